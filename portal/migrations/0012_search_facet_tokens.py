"""Search entries carry their facet values as words of an index (``facet_tokens``,
"obvod:poruba"), so that the chosen filters are a set of entries worked out in the index
(SQLite: the FTS5 table ``portal_searchfacetfts``; PostgreSQL: a GIN-indexed array) instead of a
lookup per matching entry and filter. The tokens of existing entries are written from their
facet rows.

SQLite rebuilds the entries' table to add a column, which would drop the full-text triggers: the
text index is dropped first and created again at the end (text updates now only when the text
changes), with the facets' index beside it.
"""

from django.db import migrations, models

BATCH = 2000


def drop_index(apps, schema_editor):
    from portal.search import index_schema

    if schema_editor.connection.vendor == "sqlite":
        index_schema.drop(schema_editor)


def fill_tokens_and_create_indexes(apps, schema_editor):
    from portal.search import index_schema

    SearchEntry = apps.get_model("portal", "SearchEntry")
    SearchFacet = apps.get_model("portal", "SearchFacet")
    facets = {}
    for entry_id, name, value in SearchFacet.objects.values_list("entry_id", "name", "value"):
        facets.setdefault(entry_id, {}).setdefault(name, []).append(value)
    entries = [
        SearchEntry(pk=entry_id, facet_tokens=index_schema.facet_tokens(values))
        for entry_id, values in facets.items()
    ]
    SearchEntry.objects.bulk_update(entries, ["facet_tokens"], batch_size=BATCH)
    if schema_editor.connection.vendor == "sqlite":
        index_schema.create(schema_editor)
    index_schema.create_facet_index(schema_editor)


def drop_facet_index(apps, schema_editor):
    from portal.search import index_schema

    index_schema.drop_facet_index(schema_editor)
    if schema_editor.connection.vendor == "sqlite":
        index_schema.drop(schema_editor)  # created again after the column is removed


def create_text_index(apps, schema_editor):
    from portal.search import index_schema

    if schema_editor.connection.vendor == "sqlite":
        index_schema.create(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("portal", "0011_search_entry_display")]

    operations = [
        migrations.RunPython(drop_index, create_text_index),
        migrations.AddField(
            model_name="searchentry",
            name="facet_tokens",
            field=models.TextField(
                blank=True,
                help_text="Hodnoty filtrů položky jako slova indexu („obvod:poruba“), podle "
                "kterých vyhledávání filtruje přímo v indexu.",
                verbose_name="Hodnoty filtrů v indexu",
            ),
        ),
        migrations.RunPython(fill_tokens_and_create_indexes, drop_facet_index),
    ]
