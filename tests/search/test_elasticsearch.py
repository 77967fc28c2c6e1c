"""Elasticsearch: the settings we produce (always) and a real server (only if configured)."""

import os

import pytest

from portal.settings.base import search_backends


def test_without_a_url_the_database_backend_is_used():
    assert search_backends("", "portal_")["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )


def test_elasticsearch_settings_fold_accents_on_index_and_query_side():
    backend = search_backends("http://es.example:9200", "kp_")["default"]
    analysis = backend["INDEX_SETTINGS"]["settings"]["analysis"]

    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert backend["INDEX_PREFIX"] == "kp_"
    assert backend["URLS"] == ["http://es.example:9200"]
    for name in ("default", "default_search"):
        filters = analysis["analyzer"][name]["filter"]
        assert filters[-1] == "asciifolding"
        assert filters.index("czech_stemmer") < filters.index("asciifolding")
        assert "czech_stop" in filters
    assert analysis["filter"]["czech_stemmer"] == {"type": "stemmer", "language": "czech"}
    assert analysis["filter"]["czech_stop"]["stopwords"] == "_czech_"


def test_wagtail_backend_merges_our_analyzers_into_its_index_settings():
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

    params = dict(search_backends("http://es.example:9200", "kp_")["default"])
    params.pop("BACKEND")
    backend = Elasticsearch9SearchBackend(params)

    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert "asciifolding" in analyzers["default"]["filter"]
    assert "edgengram_analyzer" in analyzers  # Wagtail's own analyzers are kept
    assert backend.index_prefix == "kp_"


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)
@pytest.mark.django_db
def test_real_elasticsearch_finds_inflected_query_without_diacritics(demo_site):
    from django.core.management import call_command

    from portal.search.query import search_entries

    call_command("update_index", verbosity=0)
    titles = [entry.title for entry in search_entries("domovu senioru")[:3]]
    assert any(title.startswith("Domov pro seniory") for title in titles)


def test_on_postgresql_search_and_autocomplete_use_the_unaccent_configuration():
    from portal.search.postgres_backend import SearchBackend

    params = dict(search_backends("", "portal_", "django.db.backends.postgresql")["default"])
    assert params.pop("BACKEND") == "portal.search.postgres_backend"
    backend = SearchBackend(params)

    assert backend.config == backend.autocomplete_config == "cs_unaccent"


@pytest.mark.django_db
def test_postgresql_autocomplete_ignores_diacritics(home_page):
    from django.db import connection
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    if connection.vendor != "postgresql":
        pytest.skip("the cs_unaccent configuration exists only on PostgreSQL")
    home_page.add_child(instance=Page(title="Pečovatelská služba Ukázka", slug="pecovatelska"))

    found = get_search_backend().autocomplete("pecovatelsk", Page)

    assert [page.title for page in found] == ["Pečovatelská služba Ukázka"]
