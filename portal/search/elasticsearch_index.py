"""The search index in Elasticsearch, when ``ELASTICSEARCH_URL`` is set.

The same entries as in the database (which stays current next to it and answers while
Elasticsearch is unreachable), in the index ``<ELASTICSEARCH_INDEX_PREFIX>search``: the stems
of title, keywords and body (already analysed by the portal, so split on whitespace only) ranked
by BM25 with the same field weights, and facet values as keywords ("druh:azylove-domy"). Facet
counts are aggregations, each filtered by the chosen values of the other facets.
"""

import logging

from django.conf import settings

from portal.search.engine import SearchResult

logger = logging.getLogger(__name__)

INDEX_SUFFIX = "search"
FIELDS = ["title_stems^10", "keywords^4", "stems"]
MAX_FACET_VALUES = 500
MAX_OBJECTS = 10_000  # Elasticsearch's default result window
MAPPING = {
    "properties": {
        "kind": {"type": "keyword"},
        "title_stems": {"type": "text", "analyzer": "whitespace"},
        "keywords": {"type": "text", "analyzer": "whitespace"},
        "stems": {"type": "text", "analyzer": "whitespace"},
        "folded_title": {"type": "keyword"},
        "facets": {"type": "keyword"},
    }
}
_clients = {}


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
            es.indices.create(index=index_name(), mappings=MAPPING)
        es.bulk(operations=actions, refresh=False)
    except _errors() as error:
        logger.warning("Elasticsearch unavailable (%s); its search index was not updated", error)


def recreate():
    try:
        es = client()
        es.indices.delete(index=index_name(), ignore_unavailable=True)
        es.indices.create(index=index_name(), mappings=MAPPING)
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


def query_body(request):
    """The Elasticsearch request for ``request`` (a dict, so configuration tests can read it)."""
    kinds = [{"terms": {"kind": list(request.kinds)}}] if request.kinds else []
    if request.groups:
        query = {"bool": {"must": [_text_query(request.groups)], "filter": kinds}}
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
