"""The site search on SQLite FTS5 as one ranked query.

Wagtail's SQLite backend orders results by a correlated subquery that runs the FTS ``MATCH``
again for every matching row, so a common word over 6 000 services takes seconds. This runs the
same match and the same score (``bm25`` times ``title_norm + 1``, as the backend computes it for a
plain-text query) once, sorted and sliced in SQLite. ``CROSS JOIN`` keeps the full-text match as
the outer loop (SQLite otherwise counts by probing the match once per index entry). Used only
with Wagtail's database backend on SQLite with FTS5; everything else goes through ``.search()``.
"""

from django.conf import settings
from django.db import connection
from django.db.utils import OperationalError

from portal.models import SearchEntry

DATABASE_BACKEND = "wagtail.search.backends.database"


def _tables():
    from modelsearch.conf import get_app_config

    config = get_app_config()
    fts = config.get_model("SQLiteFTSIndexEntry", require_ready=False)
    return config.get_model("IndexEntry")._meta.db_table, fts._meta.db_table


def available():
    """True when the default search backend is Wagtail's SQLite FTS5 backend."""
    if connection.vendor != "sqlite":
        return False
    if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] != DATABASE_BACKEND:
        return False
    from wagtail.search.backends import get_search_backend

    return type(get_search_backend()).__name__ == "SQLiteSearchBackend"


class RankedEntries:
    """Entries matching any of ``terms`` (ASCII stems), best first; sliceable, countable."""

    ordered = True

    def __init__(self, terms, kind=None):
        self.terms = terms
        self.kind = kind

    def _from_where(self):
        from django.contrib.contenttypes.models import ContentType

        index_table, fts_table = _tables()
        entry_table = SearchEntry._meta.db_table
        match = " OR ".join(f'"{term}"' for term in self.terms)
        sql = (
            f" FROM {fts_table} CROSS JOIN {index_table} ie ON ie.id = {fts_table}.rowid"
            f" CROSS JOIN {entry_table} se ON se.id = CAST(ie.object_id AS INTEGER)"
            f" WHERE {fts_table} MATCH %s AND ie.content_type_id = %s"
        )
        params = [f"{{title body}} : ({match})", ContentType.objects.get_for_model(SearchEntry).pk]
        if self.kind:
            sql += " AND se.kind = %s"
            params.append(self.kind)
        return sql, params, fts_table

    def count(self):
        sql, params, _ = self._from_where()
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*)" + sql, params)
            return cursor.fetchone()[0]

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start = key.start or 0
        stop = key.stop if key.stop is not None else start + 1000
        sql, params, fts_table = self._from_where()
        query = (
            f"SELECT se.*{sql} ORDER BY bm25({fts_table}) * (ie.title_norm + 1), se.id DESC"
            " LIMIT %s OFFSET %s"
        )
        try:
            return list(SearchEntry.objects.raw(query, [*params, max(stop - start, 0), start]))
        except OperationalError:  # a malformed MATCH can only come from a bug; show nothing
            return []
