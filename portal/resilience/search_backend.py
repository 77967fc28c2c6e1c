"""Elasticsearch with a fallback: while the cluster is unreachable or too slow, the same
search runs against Wagtail's database backend (configured as the "fallback" backend in
``WAGTAILSEARCH_BACKENDS``, which Wagtail keeps indexed alongside Elasticsearch).
"""

import logging

from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchResults,
)

logger = logging.getLogger(__name__)

FALLBACK_ALIAS = "fallback"
ELASTICSEARCH_ERRORS = (TransportError, ApiError)


class FallbackSearchResults(Elasticsearch9SearchResults):
    def _fallback_results(self, error):
        logger.warning(
            "Elasticsearch unavailable (%s); searching the database index instead", error
        )
        compiler = self.query_compiler
        database = get_search_backend(FALLBACK_ALIAS)
        autocomplete = isinstance(compiler, self.backend.autocomplete_query_compiler_class)
        method = database.autocomplete if autocomplete else database.search
        results = method(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        results = results[self.start : self.stop] if self.stop else results[self.start :]
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results

    def _do_search(self):
        try:
            # The Elasticsearch results are a generator: consume it here to catch its errors.
            return list(super()._do_search())
        except ELASTICSEARCH_ERRORS as error:
            return self._fallback_results(error).results()

    def _do_count(self):
        try:
            return super()._do_count()
        except ELASTICSEARCH_ERRORS as error:
            return self._fallback_results(error).count()

    def facet(self, field_name):
        try:
            return super().facet(field_name)
        except ELASTICSEARCH_ERRORS as error:
            return self._fallback_results(error).facet(field_name)


class FallbackElasticsearchBackend(Elasticsearch9SearchBackend):
    results_class = FallbackSearchResults


SearchBackend = FallbackElasticsearchBackend
