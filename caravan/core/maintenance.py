from django.db import connection


def statistics_refresh() -> bool:
    """Refresh SQLite's planner statistics (PRAGMA optimize); a no-op on other databases."""
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA optimize=0x10002")
    return True
