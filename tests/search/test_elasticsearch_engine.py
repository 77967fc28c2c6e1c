"""The search engine on Elasticsearch: the settings, the index and the requests we send
(always), and a real server (only when ELASTICSEARCH_URL is set)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from portal.search import elasticsearch_index
from portal.search.analysis import Lexicon, analyse
from portal.search.engine import SearchRequest, current_index
from portal.settings.base import search_backends

ELASTICSEARCH = search_backends("http://es.example:9200", "kp_")
ROOT = Path(__file__).resolve().parents[2]
LEXICON = Lexicon(
    [
        ("azylák", "azylové domy", False),
        ("bere drogy", "drogy, osoby ohrožené závislostí", False),
        ("máma", "senioři", True),
    ]
)
needs_elasticsearch = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)


def test_elasticsearch_url_in_the_environment_makes_elasticsearch_the_index():
    """The settings as a deployment reads them: a fresh process with ELASTICSEARCH_URL."""
    script = (
        "import django, json; django.setup();"
        "from portal.search import elasticsearch_index as es;"
        "from portal.search.engine import current_index;"
        "index = current_index();"
        "print(json.dumps([type(index).__name__, type(index.fallback).__name__,"
        " es.index_name()]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "ELASTICSEARCH_URL": "http://es.example:9200",
        "ELASTICSEARCH_INDEX_PREFIX": "kp_",
        "DATABASE_URL": "sqlite:////tmp/portal-es-settings-test.sqlite3",
    }
    output = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert output.returncode == 0, output.stderr
    index, fallback, name = json.loads(output.stdout.strip().splitlines()[-1])
    assert (index, name) == ("ElasticsearchIndex", "kp_search")
    assert fallback == "SQLiteIndex"


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


def test_texts_as_written_get_czech_analysis_with_the_lexicon_on_the_query_side():
    fields = elasticsearch_index.MAPPING["properties"]
    analysis = elasticsearch_index.index_settings(LEXICON)["analysis"]

    for name in ("title", "text"):
        assert fields[name]["analyzer"] == "czech"
        assert fields[name]["search_analyzer"] == "czech_lexicon"
    indexing = analysis["analyzer"]["czech"]["filter"]
    searching = analysis["analyzer"]["czech_lexicon"]["filter"]
    assert indexing == ["lowercase", "asciifolding", "portal_stop", "czech_stemmer"]
    assert searching == [*indexing[:2], "portal_lexicon", *indexing[2:]]
    assert analysis["filter"]["czech_stemmer"] == {"type": "stemmer", "language": "czech"}
    assert {"chci", "kde", "mam", "nevim", "prosim"} <= set(
        analysis["filter"]["portal_stop"]["stopwords"]
    )
    synonyms = analysis["filter"]["portal_lexicon"]
    assert synonyms["type"] == "synonym_graph"
    assert synonyms["synonyms"] == [
        "azylak => azylak, azylove, domy",
        "bere drogy => bere drogy, drogy, ohrozene, zavislosti",
        "mama => mama, seniori",
    ]


def test_synonym_rules_come_from_the_lexicon_as_coordinators_keep_it(db):
    from portal.models import SearchSynonym

    SearchSynonym.objects.create(phrase="Fetuje", meaning="drogy, závislosti")

    rules = elasticsearch_index.index_settings(elasticsearch_index._lexicon_rows())
    assert (
        "fetuje => fetuje, drogy, zavislosti"
        in (rules["analysis"]["filter"]["portal_lexicon"]["synonyms"])
    )


def test_filler_and_kin_words_are_never_required_but_typed_words_weigh_more():
    request = SearchRequest(
        analysis=analyse("chci azylák pro mámu", LEXICON), kinds=("sluzba",), match_all=True
    )

    body = elasticsearch_index.query_body(request)

    required = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert len(required) == 1  # "azylák"; not "chci" (a filler) nor "mámu" (who needs help)
    required_stems = {
        word
        for clause in required[0]["bool"]["should"]
        for word in clause["multi_match"]["query"].split()
    }
    assert required_stems == {"azylak", "azyl", "dom"}
    typed, as_written = body["query"]["bool"]["should"]
    assert typed["multi_match"] == {
        "query": "azylak mam",
        "fields": ["title_stems^10", "keywords^4", "stems"],
        "boost": 2,
    }
    assert as_written["multi_match"] == {
        "query": "chci azylák pro mámu",
        "fields": ["title^3", "text"],
        "operator": "or",
    }


def test_a_chosen_situation_without_text_ranks_without_requiring_a_match():
    request = SearchRequest(rank_by=analyse("Nemám kde přespat noclehárna"), kinds=("sluzba",))

    query = elasticsearch_index.query_body(request)["query"]["bool"]

    assert "must" not in query
    assert query["should"][0]["bool"]["must"][0]["bool"]["should"][0]["multi_match"][
        "query"
    ].split() == ["presp", "nocleharn"]


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


@pytest.fixture
def real_elasticsearch(demo_site):
    """The demo content indexed in the Elasticsearch server of ELASTICSEARCH_URL."""
    from portal.search import indexing

    backends = search_backends(os.environ["ELASTICSEARCH_URL"], "portal_test_")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        indexing.rebuild()
        elasticsearch_index.client().indices.refresh(index=elasticsearch_index.index_name())
        yield elasticsearch_index.client()
        elasticsearch_index.client().indices.delete(
            index=elasticsearch_index.index_name(), ignore_unavailable=True
        )


def _catalogue_request(analysis, **options):
    return SearchRequest(
        analysis=analysis,
        kinds=("sluzba",),
        facets=("druh", "obvod", "skupina"),
        limit=3,
        **options,
    )


@needs_elasticsearch
@pytest.mark.django_db
def test_real_elasticsearch_holds_every_entry_with_its_facets(real_elasticsearch):
    from portal.models import SearchEntry, SearchFacet

    index = elasticsearch_index.index_name()
    assert real_elasticsearch.count(index=index)["count"] == SearchEntry.objects.count()
    facet = SearchFacet.objects.select_related("entry").first()
    stored = real_elasticsearch.get(index=index, id=facet.entry.source)["_source"]
    assert f"{facet.name}:{facet.value}" in stored["facets"]


@needs_elasticsearch
@pytest.mark.django_db
def test_real_elasticsearch_finds_everyday_phrasing(real_elasticsearch):
    from portal.search.query import answer

    found = answer("nemam kde spat", _catalogue_request)

    assert isinstance(current_index(), elasticsearch_index.ElasticsearchIndex)
    types = {entry.title.split(" – ")[0] for entry in found.result.entries}
    assert types & {"Noclehárna", "Azylový dům", "Nízkoprahové denní centrum"}


@needs_elasticsearch
@pytest.mark.django_db
def test_real_elasticsearch_counts_facets_as_the_database_index_does(real_elasticsearch):
    from portal.search.engine import _database_index

    request = _catalogue_request(analyse("pomoc"), filters={"obvod": ["poruba"]})

    from_elasticsearch = current_index().search(request)
    from_database = _database_index().search(request)

    assert from_elasticsearch.total == from_database.total > 0
    assert from_elasticsearch.facet_counts == from_database.facet_counts


@needs_elasticsearch
@pytest.mark.django_db
def test_real_elasticsearch_answers_a_typo_with_the_corrected_query(real_elasticsearch):
    from portal.search.query import answer

    found = answer("noclehrana", _catalogue_request)

    assert found.typed == "noclehrana"
    assert found.analysis.text == "noclehárna"
    assert found.result.entries[0].title.startswith("Noclehárna")


@needs_elasticsearch
@pytest.mark.django_db
def test_real_elasticsearch_analyses_czech_with_the_lexicon(real_elasticsearch):
    analysed = real_elasticsearch.indices.analyze(
        index=elasticsearch_index.index_name(), analyzer="czech_lexicon", text="azylák"
    )
    tokens = {token["token"] for token in analysed["tokens"]}

    assert "azylak" in tokens or "azyl" in tokens
    assert len(tokens) > 1  # what the lexicon says it means
