"""The one query engine behind every search box: ranked, filtered, counted in the index.

A ``SearchRequest`` names the text (an ``Analysis``), the kinds of entries, the chosen facet
values (OR within a facet, AND across facets) and the facets to count. ``search`` answers with
the entries of one page, best first, their total and the facet counts, computed by the index:
SQLite FTS5 with BM25, PostgreSQL full text with ``ts_rank`` over a GIN-indexed vector, or
Elasticsearch (when ``ELASTICSEARCH_URL`` is set) with the database as its fallback. Fields
weigh title > keywords (type, target groups, place) > body; no word is required, entries that
match more (and rarer) words of the query rank higher.
"""

import logging
from dataclasses import dataclass, field

from django.db import connection

from portal.search.analysis import Analysis

logger = logging.getLogger(__name__)


@dataclass
class SearchRequest:
    analysis: Analysis | None = None  # the text; None or empty: every entry of the kinds
    kinds: tuple = ()
    filters: dict = field(default_factory=dict)  # facet name -> chosen values
    facets: tuple = ()  # facet names to count
    rank_by: Analysis | None = None  # order by fit to this text without requiring a match
    order: str = "relevance"  # or "title"
    offset: int = 0
    limit: int = 20
    match_all: bool = False  # every typed word (or its meaning) must match, not just any

    @property
    def terms(self):
        return self.analysis.terms() if self.analysis else []

    @property
    def groups(self):
        """The text as groups of terms: an entry must match a term of every group."""
        groups = self.analysis.groups if self.match_all and self.analysis else []
        if groups:
            return groups
        return [self.terms] if self.terms else []

    @property
    def typed_terms(self):
        """The terms of the words typed (not what the lexicon adds): they weigh double."""
        if not self.analysis or not self.analysis.expansions:
            return []
        typed = {term.stem for term in self.analysis.typed_terms()}
        return [term for term in self.terms if term.stem in typed]

    @property
    def rank_groups(self):
        return [self.rank_by.terms()] if self.rank_by and not self.terms else []


@dataclass
class SearchResult:
    entries: list  # SearchEntry objects with ``score`` (lower is better)
    total: int
    facet_counts: dict = field(default_factory=dict)  # facet name -> {value: count}


def _database_index():
    from portal.search import database_index

    if connection.vendor == "postgresql":
        return database_index.PostgresIndex()
    return database_index.SQLiteIndex()


def current_index():
    """Elasticsearch when configured (falling back to the database), else the database."""
    from portal.search import elasticsearch_index

    if elasticsearch_index.configured():
        return elasticsearch_index.ElasticsearchIndex(fallback=_database_index())
    return _database_index()


def search(request):
    """Run ``request`` on the current index; a request without any term finds nothing."""
    if request.analysis is not None and not request.terms:
        return SearchResult([], 0, {name: {} for name in request.facets})
    return current_index().search(request)


def object_ids(request):
    """The object ids of every entry the request finds, best first (no page, no facets)."""
    if request.analysis is not None and not request.terms:
        return []
    return current_index().object_ids(request)
