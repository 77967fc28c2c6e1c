"""SQLite: the full-text index also indexes each entry's kind (portal.search.index_schema), so
that a search of one kind of entries is narrowed inside the index. PostgreSQL: nothing changes.
"""

from django.db import migrations


def recreate_index(apps, schema_editor):
    from portal.search import index_schema

    if schema_editor.connection.vendor == "sqlite":
        index_schema.drop(schema_editor)
        index_schema.create(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("portal", "0009_branding_and_home_sections")]

    operations = [migrations.RunPython(recreate_index, migrations.RunPython.noop)]
