"""The search engine on Elasticsearch: the index and the requests we send (always), and a real
server (only when ELASTICSEARCH_URL is set)."""

import os

import pytest
from django.test import override_settings

from portal.search import elasticsearch_index
from portal.search.analysis import analyse
from portal.search.engine import SearchRequest, current_index
from portal.settings.base import search_backends

ELASTICSEARCH = search_backends("http://es.example:9200", "kp_")


def test_without_a_url_the_database_index_answers():
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends("", "portal_")):
        assert not elasticsearch_index.configured()
        assert type(current_index()).__name__ in {"SQLiteIndex", "PostgresIndex"}


def test_with_a_url_elasticsearch_answers_and_the_database_stands_by():
    with override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH):
        index = current_index()

        assert elasticsearch_index.configured()
        assert elasticsearch_index.index_name() == "kp_search"
        assert isinstance(index, elasticsearch_index.ElasticsearchIndex)
        assert type(index.fallback).__name__ in {"SQLiteIndex", "PostgresIndex"}


def test_stems_are_indexed_as_the_portal_made_them_and_facets_as_keywords():
    fields = elasticsearch_index.MAPPING["properties"]

    for name in ("title_stems", "keywords", "stems"):
        assert fields[name] == {"type": "text", "analyzer": "whitespace"}
    assert fields["facets"] == {"type": "keyword"}
    assert elasticsearch_index.FIELDS == ["title_stems^10", "keywords^4", "stems"]


def test_request_needs_every_word_filters_after_and_counts_facets_as_aggregations():
    request = SearchRequest(
        analysis=analyse("azylovy dum"),
        kinds=("sluzba",),
        filters={"druh": ["azylove-domy"], "obvod": ["poruba", "jih"]},
        facets=("druh", "obvod"),
        match_all=True,
        offset=20,
        limit=10,
    )

    body = elasticsearch_index.query_body(request)

    groups = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert len(groups) == 2  # "azyl" and "dům"
    assert body["query"]["bool"]["filter"] == [{"terms": {"kind": ["sluzba"]}}]
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"facets": ["druh:azylove-domy"]}},
        {"terms": {"facets": ["obvod:poruba", "obvod:jih"]}},
    ]
    district = body["aggs"]["obvod"]
    assert district["filter"]["bool"]["filter"] == [{"terms": {"facets": ["druh:azylove-domy"]}}]
    assert district["aggs"]["values"]["terms"]["include"] == "obvod:.*"
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)


def test_response_becomes_entries_in_order_and_facet_counts(db):
    from portal.models import SearchEntry

    for key in ("page:2", "page:1"):
        SearchEntry.objects.create(source=key, kind="sluzba", title=key, url="/")
    response = {
        "hits": {"total": {"value": 7}, "hits": [{"_id": "page:1"}, {"_id": "page:2"}]},
        "aggregations": {
            "obvod": {"values": {"buckets": [{"key": "obvod:poruba", "doc_count": 4}]}}
        },
    }

    result = elasticsearch_index.read_response(response, SearchRequest(facets=("obvod",)))

    assert [entry.source for entry in result.entries] == ["page:1", "page:2"]
    assert result.total == 7
    assert result.facet_counts == {"obvod": {"poruba": 4}}


@pytest.mark.django_db
def test_unreachable_elasticsearch_falls_back_to_the_database(caplog):
    backends = search_backends("http://127.0.0.1:9", "kp_")
    backends["default"]["TIMEOUT"] = 1
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        result = current_index().search(SearchRequest(analysis=analyse("azyl")))

    assert result.entries == []
    assert "searching the database index instead" in caplog.text


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)
@pytest.mark.django_db
def test_real_elasticsearch_finds_everyday_phrasing_and_counts_facets(demo_site):
    from portal.search import indexing
    from portal.search.query import answer

    indexing.rebuild()
    elasticsearch_index.client().indices.refresh(index=elasticsearch_index.index_name())
    found = answer(
        "nemam kde spat",
        lambda a: SearchRequest(analysis=a, kinds=("sluzba",), facets=("druh",), limit=3),
    )

    assert found.result.entries
    assert found.result.facet_counts["druh"]
