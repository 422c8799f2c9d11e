from django.db import migrations

SQLITE_UP = ("CREATE VIRTUAL TABLE IF NOT EXISTS catalog_search_fts "
             "USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0')")
SQLITE_DOWN = "DROP TABLE IF EXISTS catalog_search_fts"
POSTGRES_UP = ("CREATE INDEX IF NOT EXISTS catalog_search_gin ON catalog_searchdocument "
               "USING gin (to_tsvector('simple', tokens))")
POSTGRES_DOWN = "DROP INDEX IF EXISTS catalog_search_gin"


def _run(statements):
    def apply(apps, schema_editor):
        statement = statements.get(schema_editor.connection.vendor)
        if statement:
            schema_editor.execute(statement)
    return apply


class Migration(migrations.Migration):
    dependencies = [("catalog", "0004_search_document")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        ),
    ]
