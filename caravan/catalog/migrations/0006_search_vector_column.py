from django.db import migrations

# PostgreSQL keeps the tsvector stored beside the tokens: matching then reads a ready vector
# instead of parsing every candidate's tokens, and the planner gets statistics for the column.
POSTGRES_UP = [
    "ALTER TABLE catalog_searchdocument ADD COLUMN IF NOT EXISTS vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED",
    "CREATE INDEX IF NOT EXISTS catalog_search_vector ON catalog_searchdocument USING gin (vector)",
    "DROP INDEX IF EXISTS catalog_search_gin",
]
POSTGRES_DOWN = [
    "CREATE INDEX IF NOT EXISTS catalog_search_gin ON catalog_searchdocument "
    "USING gin (to_tsvector('simple', tokens))",
    "DROP INDEX IF EXISTS catalog_search_vector",
    "ALTER TABLE catalog_searchdocument DROP COLUMN IF EXISTS vector",
]


def _run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)
    return apply


class Migration(migrations.Migration):
    dependencies = [("catalog", "0005_search_index")]

    operations = [migrations.RunPython(_run(POSTGRES_UP), _run(POSTGRES_DOWN))]
