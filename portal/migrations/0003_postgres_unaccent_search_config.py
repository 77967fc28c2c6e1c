"""On PostgreSQL: the ``cs_unaccent`` text search configuration (``simple`` + ``unaccent``).

Elsewhere (SQLite) this migration does nothing: the site search indexes stems that are already
folded to ASCII, and SQLite FTS5 ignores diacritics by itself.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'cs_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION cs_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION cs_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS cs_unaccent;"


def create_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_search")]

    operations = [migrations.RunPython(create_config, drop_config)]
