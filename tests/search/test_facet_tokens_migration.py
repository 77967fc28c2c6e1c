"""Migration portal 0012 gives the entries already indexed their facet tokens, so that filters
find them in the index without a rebuild."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from portal.search.engine import SearchRequest, search

BEFORE_TOKENS = [("portal", "0011_search_entry_display")]


# serialized_rollback: the root page and site come back for the tests that run after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_entries_indexed_before_the_migration_are_filtered_after_it():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_TOKENS)
    old_apps = executor.loader.project_state(BEFORE_TOKENS).apps
    OldEntry = old_apps.get_model("portal", "SearchEntry")
    OldFacet = old_apps.get_model("portal", "SearchFacet")
    shelter = OldEntry.objects.create(
        source="page:1", kind="sluzba", title="Noclehárna", url="/", title_stems="nocleharn"
    )
    OldFacet.objects.create(entry=shelter, name="obvod", value="poruba")
    OldFacet.objects.create(entry=shelter, name="forma", value="pobytova")
    OldEntry.objects.create(source="page:2", kind="sluzba", title="Poradna", url="/")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from portal.models import SearchEntry

    assert SearchEntry.objects.get(title="Noclehárna").facet_tokens in {
        "obvod:poruba forma:pobytova",
        "forma:pobytova obvod:poruba",
    }
    found = search(SearchRequest(kinds=("sluzba",), filters={"obvod": ["poruba"]}))
    assert [entry.title for entry in found.entries] == ["Noclehárna"]
    # The full-text index was created again, triggers included: a new entry reaches it.
    SearchEntry.objects.filter(title="Poradna").update(facet_tokens="obvod:poruba")
    found = search(SearchRequest(kinds=("sluzba",), filters={"obvod": ["poruba"]}, order="title"))
    assert [entry.title for entry in found.entries] == ["Noclehárna", "Poradna"]
