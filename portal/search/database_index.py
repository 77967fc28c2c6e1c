"""The search index in the database: SQLite FTS5 or PostgreSQL full text, the same SQL around.

Both index the stems of ``SearchEntry`` (migration portal 0005): SQLite in the FTS5 table
``portal_searchfts`` (kept by triggers), PostgreSQL in the stored column ``search_vector``
(GIN index, ``cs_unaccent`` configuration). Only the text match differs per database; the
filters, the page of results with its total, and the facet counts are one SQL query each.
Query terms are stems of ``[a-z0-9]`` only, so the match expressions cannot be malformed.
"""

from django.db import connection

from portal.models import SearchEntry
from portal.search.engine import SearchResult

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
    # How the facet rows are joined to the matches: SQLite's CROSS JOIN keeps the (small) set of
    # matches as the outer loop.
    join = "JOIN"

    def match(self, groups, kinds):
        """SQL selecting (id, score) of the entries of ``kinds`` matching a term of every group
        (a list of lists of ``Term``)."""
        raise NotImplementedError

    def _kinds(self, kinds, alias="e"):
        if not kinds:
            return "", []
        return f" AND {alias}.kind IN ({_placeholders(kinds)})", list(kinds)

    def matched(self, request):
        """SQL of (id, score) for every entry the request's text and kinds allow."""
        if request.groups:
            return self.boosted(request)
        kinds_sql, kinds_params = self._kinds(request.kinds)
        if request.rank_groups:
            ranked, ranked_params = self.match(request.rank_groups, request.kinds)
            return (
                f"SELECT e.id AS id, COALESCE(r.score, 0) AS score FROM {ENTRY} e"
                f" LEFT JOIN ({ranked}) r ON r.id = e.id WHERE 1 = 1{kinds_sql}",
                [*ranked_params, *kinds_params],
            )
        return f"SELECT e.id AS id, 0 AS score FROM {ENTRY} e WHERE 1 = 1{kinds_sql}", kinds_params

    def boosted(self, request):
        """The text match; entries matching the words as typed score more than entries
        matching only what the lexicon adds."""
        matched, params = self.match(request.groups, request.kinds)
        if not request.typed_terms:
            return matched, params
        typed, typed_params = self.match([request.typed_terms], request.kinds)
        return (
            f"SELECT a.id AS id, a.score * {EXPANDED_WEIGHT} + COALESCE(t.score, 0) AS score"
            f" FROM ({matched}) a"
            f" LEFT JOIN ({typed}) t ON t.id = a.id",
            [*params, *typed_params],
        )

    def _filters(self, filters, skip=None):
        sql, params = "", []
        for name, values in filters.items():
            if values and name != skip:
                sql += (
                    f" AND m.id IN (SELECT entry_id FROM {FACET}"
                    f" WHERE name = %s AND value IN ({_placeholders(values)}))"
                )
                params += [name, *values]
        return sql, params

    def search(self, request):
        """One query: the page of entries with their total, and the facet counts."""
        matched, params = self.matched(request)
        where, where_params = self._filters(request.filters)
        if request.order == "title":
            order = "e.folded_title, e.id"
        else:
            order = "m.score, e.folded_title, e.id"
        ctes = [f"m AS MATERIALIZED ({matched})"]
        hits_params = [*where_params, request.limit, request.offset]
        counts, counts_params = "", []
        if request.facets:
            facet_ctes, facet_cte_params, counts, counts_params = self._facet_counts(request)
            ctes += facet_ctes
            params += facet_cte_params
        hits = (
            f"SELECT * FROM (SELECT 'hit' AS part, {ENTRY_COLUMNS}, m.score AS score,"
            f" COUNT(*) OVER () AS total, ROW_NUMBER() OVER (ORDER BY {order}) AS position,"
            " NULL AS facet, NULL AS facet_value, CAST(NULL AS BIGINT) AS facet_count"
            f" FROM m JOIN {ENTRY} e ON e.id = m.id WHERE 1 = 1{where}"
            f" ORDER BY {order} LIMIT %s OFFSET %s) hits"
        )
        params += hits_params
        sql = hits
        if counts:
            sql += f" UNION ALL {counts}"
            params += counts_params
        with connection.cursor() as cursor:
            cursor.execute(f"WITH {', '.join(ctes)} {sql}", params)
            rows = cursor.fetchall()
        return self._result(request, rows, matched, where)

    def _result(self, request, rows, matched, where):
        entries, counts = [], {name: {} for name in request.facets}
        total = 0
        for row in sorted(rows, key=lambda row: (row[0] != "hit", row[15] or 0)):
            if row[0] == "hit":
                entry = SearchEntry(**dict(zip(ENTRY_FIELDS, row[1:13], strict=True)))
                entry.score, total = row[13], row[14]
                entries.append(entry)
            else:
                counts[row[16]][row[17]] = row[18]
        if not entries and request.offset:
            total = self._count(request)
        return SearchResult(entries, total, counts)

    def object_ids(self, request):
        matched, matched_params = self.matched(request)
        where, where_params = self._filters(request.filters)
        order = "e.folded_title, e.id" if request.order == "title" else "m.score, e.id"
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH m AS ({matched}) SELECT e.object_id FROM m JOIN {ENTRY} e ON e.id = m.id"
                f" WHERE 1 = 1{where} ORDER BY {order}",
                [*matched_params, *where_params],
            )
            return [row[0] for row in cursor.fetchall()]

    def _count(self, request):
        matched, matched_params = self.matched(request)
        where, where_params = self._filters(request.filters)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH m AS ({matched}) SELECT COUNT(*) FROM m WHERE 1 = 1{where}",
                [*matched_params, *where_params],
            )
            return cursor.fetchone()[0]

    def _facet_counts(self, request):
        """(CTEs, their params, SELECT, its params) of the facet counts: for each facet, the
        entries matching the text and the chosen values of every other facet (a facet's own
        choice does not hide its other options). Per entry, ``sat`` lists the facets whose
        choice it satisfies; a value of facet F counts the entry when it satisfies every chosen
        facet except possibly F."""
        names = list(request.facets)
        chosen = {name: values for name, values in request.filters.items() if values}
        select = (
            "SELECT 'facet', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            f" NULL, NULL, NULL, NULL, f.name, f.value, COUNT(*) FROM m {self.join} {FACET} f"
            " ON f.entry_id = m.id"
        )
        in_names = f"f.name IN ({_placeholders(names)})"
        if not chosen:
            return [], [], f"{select} WHERE {in_names} GROUP BY f.name, f.value", names
        conditions = " OR ".join(
            f"(f.name = %s AND f.value IN ({_placeholders(values)}))" for values in chosen.values()
        )
        others = " ".join("WHEN %s THEN %s" for _ in chosen)
        ctes = [
            f"sat AS MATERIALIZED (SELECT f.entry_id, f.name FROM m {self.join} {FACET} f"
            f" ON f.entry_id = m.id WHERE {conditions} GROUP BY f.entry_id, f.name)",
            "nsat AS MATERIALIZED (SELECT entry_id, COUNT(*) AS n FROM sat GROUP BY entry_id)",
        ]
        sql = (
            f"{select} LEFT JOIN nsat ON nsat.entry_id = f.entry_id"
            " LEFT JOIN sat ON sat.entry_id = f.entry_id AND sat.name = f.name"
            f" WHERE {in_names}"
            " AND COALESCE(nsat.n, 0) - (CASE WHEN sat.entry_id IS NULL THEN 0 ELSE 1 END)"
            f" >= (CASE f.name {others} ELSE %s END) GROUP BY f.name, f.value"
        )
        cte_params = []
        for name, values in chosen.items():
            cte_params += [name, *values]
        params = [*names]
        for name in chosen:
            params += [name, len(chosen) - 1]
        params.append(len(chosen))
        return ctes, cte_params, sql, params


class SQLiteIndex(DatabaseIndex):
    join = "CROSS JOIN"
    # bm25 weights of the columns title_stems, keywords, stems
    WEIGHTS = (10.0, 4.0, 1.0)

    def match(self, groups, kinds):
        expression = " AND ".join(
            "(" + " OR ".join(f'"{t.stem}"*' if t.prefix else f'"{t.stem}"' for t in group) + ")"
            for group in groups
        )
        weights = ", ".join(str(weight) for weight in self.WEIGHTS)
        kinds_sql, kinds_params = self._kinds(kinds)
        sql = (
            f"SELECT e.id AS id, bm25(portal_searchfts, {weights}) AS score"
            f" FROM portal_searchfts CROSS JOIN {ENTRY} e ON e.id = portal_searchfts.rowid"
            f" WHERE portal_searchfts MATCH %s{kinds_sql}"
        )
        return sql, [expression, *kinds_params]


class PostgresIndex(DatabaseIndex):
    # ts_rank weights of D (body), C (unused), B (keywords), A (title)
    WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"

    def match(self, groups, kinds):
        expression = " & ".join(
            "(" + " | ".join(f"{t.stem}:*" if t.prefix else t.stem for t in group) + ")"
            for group in groups
        )
        kinds_sql, kinds_params = self._kinds(kinds)
        sql = (
            "SELECT e.id AS id, -ts_rank(%s::float4[], e.search_vector, q.query) AS score"
            f" FROM {ENTRY} e, to_tsquery('cs_unaccent', %s) AS q(query)"
            f" WHERE e.search_vector @@ q.query{kinds_sql}"
        )
        return sql, [self.WEIGHTS, expression, *kinds_params]
