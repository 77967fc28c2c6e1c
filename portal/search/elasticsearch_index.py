"""The search index in Elasticsearch, when ``ELASTICSEARCH_URL`` is set.

The same entries as in the database (which stays current next to it and answers while
Elasticsearch is unreachable), in the index ``<ELASTICSEARCH_INDEX_PREFIX>search``: the stems
of title, keywords and body (already analysed by the portal, so split on whitespace only) ranked
by BM25 with the same field weights, and facet values as keywords ("druh:azylove-domy"). Facet
counts are aggregations, each filtered by the chosen values of the other facets.

Next to the portal's stems, the title and the text are indexed as written, by Elasticsearch's
own Czech analysis (``index_settings``): diacritics folded, the portal's filler words dropped,
Czech stemming, and on the query side the coordinators' lexicon as synonyms. The text as typed
is matched there too, never required, so that it only adds to the ranking.
"""

import logging

from django.conf import settings

from portal.search.analysis import GENERIC_MEANING_WORDS
from portal.search.engine import SearchResult
from portal.search.normalise import STOP_WORDS, fold, stem

logger = logging.getLogger(__name__)

INDEX_SUFFIX = "search"
FIELDS = ["title_stems^10", "keywords^4", "stems"]
TEXT_FIELDS = ["title^3", "text"]  # as written, by the Czech analysis: adds to the ranking only
TYPED_BOOST = 2  # the words as typed weigh more than what the lexicon adds (as in the database)
MAX_FACET_VALUES = 500
MAX_OBJECTS = 10_000  # Elasticsearch's default result window
CZECH_TEXT = {"type": "text", "analyzer": "czech", "search_analyzer": "czech_lexicon"}
MAPPING = {
    "properties": {
        "kind": {"type": "keyword"},
        "title_stems": {"type": "text", "analyzer": "whitespace"},
        "keywords": {"type": "text", "analyzer": "whitespace"},
        "stems": {"type": "text", "analyzer": "whitespace"},
        "title": CZECH_TEXT,
        "text": CZECH_TEXT,
        "folded_title": {"type": "keyword"},
        "facets": {"type": "keyword"},
    }
}
_clients = {}


def synonym_rules(lexicon_rows):
    """The lexicon as Elasticsearch synonym rules, in folded words: what people type, then
    each word of what they mean as an alternative ("azylak => azylak, azylove, domy")."""
    rules = []
    for phrase, meaning, _refines_only in lexicon_rows:
        typed = " ".join(fold(phrase))
        meant = [
            word
            for word in dict.fromkeys(fold(meaning))
            if word not in STOP_WORDS and stem(word) not in GENERIC_MEANING_WORDS
        ]
        if typed and meant:
            rules.append(f"{typed} => {', '.join(dict.fromkeys([typed, *meant]))}")
    return rules


def index_settings(lexicon_rows):
    """Czech analysis of the texts as written: ``czech`` when indexing, ``czech_lexicon`` (the
    same with the lexicon's synonyms) when searching."""
    return {
        "analysis": {
            "filter": {
                "portal_stop": {"type": "stop", "stopwords": sorted(STOP_WORDS)},
                "czech_stemmer": {"type": "stemmer", "language": "czech"},
                "portal_lexicon": {
                    "type": "synonym_graph",
                    "synonyms": synonym_rules(lexicon_rows),
                    "lenient": True,
                },
            },
            "analyzer": {
                "czech": {
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "portal_stop", "czech_stemmer"],
                },
                "czech_lexicon": {
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "asciifolding",
                        "portal_lexicon",
                        "portal_stop",
                        "czech_stemmer",
                    ],
                },
            },
        }
    }


def _lexicon_rows():
    from portal.models import SearchSynonym

    return list(SearchSynonym.objects.values_list("phrase", "meaning", "refines_only"))


def _backend_settings():
    return settings.WAGTAILSEARCH_BACKENDS.get("default", {})


def configured():
    """True when the default search backend is Elasticsearch (``ELASTICSEARCH_URL``)."""
    return bool(_backend_settings().get("URLS"))


def index_name():
    return f"{_backend_settings().get('INDEX_PREFIX', 'portal_')}{INDEX_SUFFIX}"


def client():
    from elasticsearch import Elasticsearch

    config = _backend_settings()
    key = (tuple(config["URLS"]), config.get("TIMEOUT", 5))
    if key not in _clients:
        options = {"request_timeout": config.get("TIMEOUT", 5), **config.get("OPTIONS", {})}
        _clients[key] = Elasticsearch(config["URLS"], **options)
    return _clients[key]


def _errors():
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    return (TransportError, ApiError)


def entry_document(entry, facets):
    return {
        "kind": entry.kind,
        "title_stems": entry.title_stems,
        "keywords": entry.keywords,
        "stems": entry.stems,
        "title": entry.title,
        "text": entry.text,
        "folded_title": entry.folded_title,
        "facets": [f"{name}:{value}" for name, values in facets.items() for value in values],
    }


def write(entries_with_facets, forgotten_keys):
    """Index ``(entry, facets)`` pairs and delete ``forgotten_keys``; errors are logged (the
    database index stays right, ``manage.py rebuild_search_entries`` catches up)."""
    actions = []
    for key in forgotten_keys:
        actions.append({"delete": {"_index": index_name(), "_id": key}})
    for entry, facets in entries_with_facets:
        actions.append({"index": {"_index": index_name(), "_id": entry.source}})
        actions.append(entry_document(entry, facets))
    if not actions:
        return
    try:
        es = client()
        if not es.indices.exists(index=index_name()):
            _create(es)
        es.bulk(operations=actions, refresh=False)
    except _errors() as error:
        logger.warning("Elasticsearch unavailable (%s); its search index was not updated", error)


def _create(es):
    es.indices.create(
        index=index_name(), mappings=MAPPING, settings=index_settings(_lexicon_rows())
    )


def recreate():
    """A new, empty index (its synonyms are the lexicon as it is now)."""
    try:
        es = client()
        es.indices.delete(index=index_name(), ignore_unavailable=True)
        _create(es)
    except _errors() as error:
        logger.warning("Elasticsearch unavailable (%s); its search index was not rebuilt", error)


def _facet_filter(name, values):
    return {"terms": {"facets": [f"{name}:{value}" for value in values]}}


def _group_query(terms, fields=FIELDS):
    """Any of ``terms`` in the weighted fields (BM25 of each field, the best one counts)."""
    exact = " ".join(term.stem for term in terms)
    should = [{"multi_match": {"query": exact, "fields": fields, "operator": "or"}}]
    should += [
        {"multi_match": {"query": term.stem, "fields": fields, "type": "phrase_prefix"}}
        for term in terms
        if term.prefix
    ]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _text_query(groups):
    """A term of every group."""
    return {"bool": {"must": [_group_query(group) for group in groups]}}


def _ranking(request):
    """Clauses that only add to the score: the words as typed (stems and text as written)."""
    should = []
    if request.typed_terms:
        stems = " ".join(term.stem for term in request.typed_terms)
        should.append({"multi_match": {"query": stems, "fields": FIELDS, "boost": TYPED_BOOST}})
    if request.analysis is not None and request.analysis.text:
        should.append(
            {
                "multi_match": {
                    "query": request.analysis.text,
                    "fields": TEXT_FIELDS,
                    "operator": "or",
                }
            }
        )
    return should


def query_body(request):
    """The Elasticsearch request for ``request`` (a dict, so configuration tests can read it).

    Required: a term of every group (each meaningful word typed, or what the lexicon says it
    means); filler words and the words that only say who needs help are never required."""
    kinds = [{"terms": {"kind": list(request.kinds)}}] if request.kinds else []
    if request.groups:
        query = {
            "bool": {
                "must": [_text_query(request.groups)],
                "should": _ranking(request),
                "filter": kinds,
            }
        }
    elif request.rank_groups:
        query = {"bool": {"should": [_text_query(request.rank_groups)], "filter": kinds}}
    else:
        query = {"bool": {"filter": kinds}}
    chosen = {name: values for name, values in request.filters.items() if values}
    body = {
        "query": query,
        "from": request.offset,
        "size": request.limit,
        "track_total_hits": True,
        "_source": False,
        "sort": ["_score", "folded_title"] if request.order != "title" else ["folded_title"],
    }
    if chosen:
        body["post_filter"] = {"bool": {"filter": [_facet_filter(n, v) for n, v in chosen.items()]}}
    if request.facets:
        body["aggs"] = {
            name: {
                "filter": {
                    "bool": {
                        "filter": [_facet_filter(n, v) for n, v in chosen.items() if n != name]
                    }
                },
                "aggs": {
                    "values": {
                        "terms": {
                            "field": "facets",
                            "include": f"{name}:.*",
                            "size": MAX_FACET_VALUES,
                        }
                    }
                },
            }
            for name in request.facets
        }
    return body


def read_response(response, request):
    from portal.models import SearchEntry

    keys = [hit["_id"] for hit in response["hits"]["hits"]]
    by_key = SearchEntry.objects.in_bulk(keys, field_name="source")
    entries = []
    for position, key in enumerate(keys):
        if key in by_key:
            entry = by_key[key]
            entry.score = position
            entries.append(entry)
    counts = {}
    for name in request.facets:
        buckets = response.get("aggregations", {}).get(name, {}).get("values", {})
        counts[name] = {
            bucket["key"].split(":", 1)[1]: bucket["doc_count"]
            for bucket in buckets.get("buckets", [])
        }
    return SearchResult(entries, response["hits"]["total"]["value"], counts)


class ElasticsearchIndex:
    def __init__(self, fallback):
        self.fallback = fallback

    def search(self, request):
        try:
            response = client().search(index=index_name(), **query_body(request))
        except _errors() as error:
            logger.warning(
                "Elasticsearch unavailable (%s); searching the database index instead", error
            )
            return self.fallback.search(request)
        return read_response(response, request)

    def object_ids(self, request):
        from dataclasses import replace

        every = replace(request, offset=0, limit=MAX_OBJECTS, facets=())
        return [entry.object_id for entry in self.search(every).entries]
