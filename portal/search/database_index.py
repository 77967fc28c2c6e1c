"""The search index in the database: SQLite FTS5 or PostgreSQL full text, the same SQL around.

Both index the stems of ``SearchEntry`` and its facet tokens (migrations portal 0005 and 0012):
SQLite in the FTS5 tables ``portal_searchfts`` and ``portal_searchfacetfts`` (kept by triggers),
PostgreSQL in the stored columns ``search_vector`` (``cs_unaccent`` configuration) and
``facet_values``, each with a GIN index. A search's text, kind and chosen filters are worked out
in the indexes; the page of results with its total is one SQL query around them. The facet
counts are intersections of bitmaps (``facet_bitmaps``) with the ids of the entries the text
matches, one more query. Query terms are stems of ``[a-z0-9]`` only and facet tokens slugs or
digests (``facet_token``), so match expressions cannot be malformed.
"""

import json
from dataclasses import replace

from django.db import connection

from portal.models import SearchEntry
from portal.search.engine import SearchResult
from portal.search.facet_bitmaps import FacetBitmaps, facet_bitmaps, id_bitmap
from portal.search.index_schema import facet_token

ENTRY = "portal_searchentry"
FACET = "portal_searchfacet"
EXPANDED_WEIGHT = 0.5  # of the score of all terms, next to the full score of the typed ones
ENTRY_FIELDS = (
    "id",
    "source",
    "kind",
    "title",
    "url",
    "text",
    "title_stems",
    "keywords",
    "stems",
    "folded_title",
    "page_id",
    "object_id",
)
ENTRY_COLUMNS = ", ".join(f"e.{name}" for name in ENTRY_FIELDS)


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


class DatabaseIndex:
    # The aggregate of a column of ids as one text, "3,5,8".
    ID_LIST = "string_agg(({})::text, ',')"

    def match(self, request, filters, scored=True):
        """SQL of (id, score) of the entries of the request's kinds that match a term of every
        group of its text (if any) and a chosen value of every facet of ``filters``; lower
        scores fit better, 0 without a text (or unless ``scored``)."""
        raise NotImplementedError

    def _kinds(self, kinds, alias="e"):
        if not kinds:
            return "", []
        return f" AND {alias}.kind IN ({_placeholders(kinds)})", list(kinds)

    def matched(self, request, filters):
        """SQL of (id, score) for every entry the request finds with ``filters``; without a text
        but with ``rank_by``, every entry the filters allow, ranked by its fit to that text."""
        if request.groups or not request.rank_groups:
            return self.match(request, filters)
        allowed, params = self.match(request, filters, scored=False)
        by_fit = replace(request, analysis=request.rank_by, rank_by=None, match_all=False)
        ranked, ranked_params = self.match(by_fit, {})
        return (
            f"SELECT a.id AS id, COALESCE(r.score, 0) AS score FROM ({allowed}) a"
            f" LEFT JOIN ({ranked}) r ON r.id = a.id",
            [*params, *ranked_params],
        )

    def search(self, request):
        """One query for the page of entries with their total, one for the facet counts.

        ``m`` are the entries the text, the kinds and the chosen filters find, worked out in
        the index; only the page's entries are read in full.
        """
        chosen = self._chosen(request)
        matched, params = self.matched(request, chosen)
        order = "folded_title, id" if request.order == "title" else "score, folded_title, id"
        sql = (
            f"WITH m AS MATERIALIZED ({matched}), h AS MATERIALIZED (SELECT m.id AS id,"
            f" m.score AS score, e.folded_title AS folded_title FROM m JOIN {ENTRY} e"
            f" ON e.id = m.id) SELECT {ENTRY_COLUMNS}, p.score, p.total FROM (SELECT id, score,"
            f" COUNT(*) OVER () AS total, ROW_NUMBER() OVER (ORDER BY {order}) AS position"
            f" FROM h ORDER BY {order} LIMIT %s OFFSET %s) p JOIN {ENTRY} e ON e.id = p.id"
            " ORDER BY p.position"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, request.limit, request.offset])
            rows = cursor.fetchall()
        entries = []
        for *fields, score, _total in rows:
            entry = SearchEntry(**dict(zip(ENTRY_FIELDS, fields, strict=True)))
            entry.score = score
            entries.append(entry)
        if rows:
            total = rows[0][-1]
        else:  # a page past the last one is empty, the total is not
            total = self._count(request) if request.offset else 0
        counts = {name: {} for name in request.facets}
        # Without filters, nothing found means nothing to count: no attempt of a search that
        # finds nothing (every word, corrected, part of them) asks the index for its text again.
        if request.facets and (total or chosen):
            bitmaps = facet_bitmaps(self._load_bitmaps)
            counts = bitmaps.counts(self._text_matches(request, bitmaps), request.facets, chosen)
        return SearchResult(entries, total, counts)

    def _text_matches(self, request, bitmaps):
        """A bitmap of the entries of the request's kinds that its text finds, filters aside
        (of every entry of its kinds without a text)."""
        if not request.groups:
            return bitmaps.of_kinds(request.kinds)
        matched, params = self.match(request, {}, scored=False)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {self.ID_LIST.format('t.id')} FROM ({matched}) t", params)
            return id_bitmap(cursor.fetchone()[0])

    def _load_bitmaps(self):
        """The ``FacetBitmaps`` of every kind and facet value of the index."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT kind, {self.ID_LIST.format('id')} FROM {ENTRY} GROUP BY kind")
            kinds = {kind: id_bitmap(ids) for kind, ids in cursor.fetchall()}
            values = {}
            for name, value, ids in self._facet_values(cursor):
                values.setdefault(name, {})[value] = id_bitmap(ids)
        return FacetBitmaps(kinds, values)

    def _facet_values(self, cursor):
        """(name, value, "ids") of every facet value of the index."""
        cursor.execute(
            f"SELECT name, value, {self.ID_LIST.format('entry_id')} FROM {FACET}"
            " GROUP BY name, value"
        )
        return cursor.fetchall()

    def _chosen(self, request):
        return {name: values for name, values in request.filters.items() if values}

    def object_ids(self, request):
        matched, params = self.matched(request, self._chosen(request))
        order = "e.folded_title, e.id" if request.order == "title" else "m.score, e.id"
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH m AS MATERIALIZED ({matched}) SELECT e.object_id FROM m JOIN {ENTRY} e"
                f" ON e.id = m.id ORDER BY {order}",
                params,
            )
            return [row[0] for row in cursor.fetchall()]

    def _count(self, request):
        matched, params = self.match(request, self._chosen(request), scored=False)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM ({matched}) m", params)
            return cursor.fetchone()[0]


class SQLiteIndex(DatabaseIndex):
    ID_LIST = "group_concat({})"
    # bm25 weights of the columns title_stems, keywords, stems, kind (matched, not scored)
    WEIGHTS = (10.0, 4.0, 1.0, 0.0)
    TEXT_COLUMNS = "{title_stems keywords stems}"

    # In the boosted match, the typed phrases count this many times and the whole query twice.
    TYPED_COPIES = round(2 / EXPANDED_WEIGHT)

    @staticmethod
    def _expression(groups):
        return " AND ".join(
            "(" + " OR ".join(f'"{t.stem}"*' if t.prefix else f'"{t.stem}"' for t in group) + ")"
            for group in groups
        )

    def _text(self, request, boosted):
        """The text as an FTS5 expression over the stem columns, or "" without one.

        Boosted, the words as typed score more than what the lexicon adds, in the one match:
        bm25 adds up the score of every phrase of the expression, so ``Q AND (T OR T OR T OR T
        OR Q)`` finds exactly what the query Q finds and scores 2 × Q + 4 × T, where T are the
        typed words: the order of 0.5 × Q + T."""
        if not request.groups:
            return ""
        query = self._expression(request.groups)
        if boosted and request.typed_terms:
            typed = self._expression([request.typed_terms])
            either = " OR ".join([typed] * self.TYPED_COPIES + [f"({query})"])
            query = f"({query}) AND ({either})"
        return f"{self.TEXT_COLUMNS} : ({query})"

    def _facet_values(self, cursor):
        """Each facet value's entries from its token's list in the facets' index, which holds
        them in order: grouping the facet rows would read the table's row of each."""
        cursor.execute(f"SELECT DISTINCT name, value FROM {FACET}")
        pairs = cursor.fetchall()
        tokens = [f'"{facet_token(name, value)}"' for name, value in pairs]
        cursor.execute(
            "SELECT (SELECT group_concat(rowid) FROM portal_searchfacetfts"
            " WHERE portal_searchfacetfts MATCH t.value) FROM json_each(%s) t ORDER BY t.key",
            [json.dumps(tokens)],
        )
        return [(*pair, ids) for pair, (ids,) in zip(pairs, cursor.fetchall(), strict=True)]

    @staticmethod
    def _facets(filters):
        """The filters as an FTS5 expression of the facets' index: a value of every facet."""
        return " AND ".join(
            "(" + " OR ".join(f'"{facet_token(name, value)}"' for value in values) + ")"
            for name, values in filters.items()
        )

    def match(self, request, filters, scored=True):
        """The text and one kind (the catalogue's services, the life situations) in the text
        index, several kinds by the entries' column; the filters in the facets' index, as the
        set of entries that the text's matches are checked against (``+rowid``: not a lookup of
        the text index per entry of that set)."""
        text = self._text(request, boosted=scored)
        kinds = request.kinds
        one_kind = len(kinds) == 1 and kinds[0].isalpha()
        parts = [text] if text else []
        if one_kind:
            parts.append(f'kind : "{kinds[0]}"')
        kinds_sql, kinds_params = ("", []) if one_kind else self._kinds(kinds)
        facets = self._facets(filters)
        if not parts:
            if not facets:
                every = f"SELECT e.id AS id, 0 AS score FROM {ENTRY} e WHERE 1 = 1{kinds_sql}"
                return every, kinds_params
            return (
                f"SELECT e.id AS id, 0 AS score FROM portal_searchfacetfts CROSS JOIN {ENTRY} e"
                f" ON e.id = portal_searchfacetfts.rowid WHERE portal_searchfacetfts MATCH %s"
                f"{kinds_sql}",
                [facets, *kinds_params],
            )
        score = "0"
        if text and scored:
            score = f"bm25(portal_searchfts, {', '.join(str(w) for w in self.WEIGHTS)})"
        sql, params = (
            f"SELECT portal_searchfts.rowid AS id, {score} AS score FROM portal_searchfts",
            [" AND ".join(parts)],
        )
        if kinds_sql:
            sql += f" CROSS JOIN {ENTRY} e ON e.id = portal_searchfts.rowid"
        sql += f" WHERE portal_searchfts MATCH %s{kinds_sql}"
        params += kinds_params
        if facets:
            sql += (
                " AND +portal_searchfts.rowid IN (SELECT rowid FROM portal_searchfacetfts"
                " WHERE portal_searchfacetfts MATCH %s)"
            )
            params.append(facets)
        return sql, params


class PostgresIndex(DatabaseIndex):
    # ts_rank weights of D (body), C (unused), B (keywords), A (title)
    WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"

    @staticmethod
    def _expression(groups):
        return " & ".join(
            "(" + " | ".join(f"{t.stem}:*" if t.prefix else t.stem for t in group) + ")"
            for group in groups
        )

    def _plain(self, groups, kinds, filters, scored):
        """(id, score) of the entries matching ``groups`` (if any), ``kinds`` and ``filters``:
        the text by the vector's GIN index, each filter by the facet array's."""
        score, score_params = "0", []
        tables, tables_params = f"{ENTRY} e", []
        where = "1 = 1"
        if groups:
            tables += ", to_tsquery('cs_unaccent', %s) AS q(query)"
            tables_params.append(self._expression(groups))
            where += " AND e.search_vector @@ q.query"
            if scored:
                score = "-ts_rank(%s::float4[], e.search_vector, q.query)"
                score_params.append(self.WEIGHTS)
        kinds_sql, params = self._kinds(kinds)
        where += kinds_sql
        for name, values in filters.items():
            where += " AND e.facet_values && %s::text[]"
            params.append([facet_token(name, value) for value in values])
        return (
            f"SELECT e.id AS id, {score} AS score FROM {tables} WHERE {where}",
            [*score_params, *tables_params, *params],
        )

    def match(self, request, filters, scored=True):
        """The text match; scored, entries matching the words as typed score more than entries
        matching only what the lexicon adds."""
        matched, params = self._plain(request.groups, request.kinds, filters, scored)
        if not (scored and request.groups and request.typed_terms):
            return matched, params
        typed, typed_params = self._plain([request.typed_terms], request.kinds, {}, True)
        return (
            f"SELECT a.id AS id, a.score * {EXPANDED_WEIGHT} + COALESCE(t.score, 0) AS score"
            f" FROM ({matched}) a LEFT JOIN ({typed}) t ON t.id = a.id",
            [*params, *typed_params],
        )
