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
        """One query: the page of entries with their total, and the facet counts.

        ``m`` are the entries the text matches. With filters chosen, ``n`` keeps those that
        miss at most one chosen facet (an index lookup per entry and chosen facet): the hits
        miss none, and an entry missing one counts only for that facet's values (a facet's own
        choice does not hide its other options). Only the page's entries are read in full.
        """
        matched, params = self.matched(request)
        chosen = {name: values for name, values in request.filters.items() if values}
        ctes = [f"m AS MATERIALIZED ({matched})"]
        if chosen:
            near, near_params = self._near(chosen)
            ctes.append(near)
            params += near_params
            hits = f"SELECT id, score FROM n WHERE sat = {len(chosen)}"
        else:
            hits = "SELECT id, score FROM m"
        order = "folded_title, id" if request.order == "title" else "score, folded_title, id"
        ctes.append(
            f"h AS MATERIALIZED (SELECT x.id AS id, x.score AS score, e.folded_title AS"
            f" folded_title FROM ({hits}) x JOIN {ENTRY} e ON e.id = x.id)"
        )
        sql = (
            f"SELECT 'hit' AS part, {ENTRY_COLUMNS}, p.score AS score, p.total AS total,"
            " p.position AS position, NULL AS facet, NULL AS facet_value,"
            " CAST(NULL AS BIGINT) AS facet_count FROM (SELECT id, score,"
            f" COUNT(*) OVER () AS total, ROW_NUMBER() OVER (ORDER BY {order}) AS position"
            f" FROM h ORDER BY {order} LIMIT %s OFFSET %s) p JOIN {ENTRY} e ON e.id = p.id"
        )
        params += [request.limit, request.offset]
        if request.facets:
            counts, counts_params = self._facet_counts(request.facets, chosen)
            sql += f" UNION ALL {counts}"
            params += counts_params
        with connection.cursor() as cursor:
            cursor.execute(f"WITH {', '.join(ctes)} {sql}", params)
            rows = cursor.fetchall()
        return self._result(request, rows)

    def _near(self, chosen):
        """The CTE ``n``: matched entries missing at most one chosen facet, with ``sat`` (how
        many chosen facets they satisfy) and ``missing`` (the one they miss)."""
        flags, params = [], list(chosen)  # the names in ``missing``, then the flags' values
        for position, (name, values) in enumerate(chosen.items()):
            flags.append(
                f"CASE WHEN EXISTS (SELECT 1 FROM {FACET} WHERE entry_id = m.id AND name = %s"
                f" AND value IN ({_placeholders(values)})) THEN 1 ELSE 0 END AS s{position}"
            )
            params += [name, *values]
        satisfied = " + ".join(f"s{position}" for position in range(len(chosen)))
        missing = " ".join(f"WHEN s{position} = 0 THEN %s" for position in range(len(chosen)))
        return (
            f"n AS MATERIALIZED (SELECT id, score, {satisfied} AS sat,"
            f" CASE {missing} END AS missing FROM (SELECT id, score, {', '.join(flags)} FROM m) s"
            f" WHERE {satisfied} >= {len(chosen) - 1})",
            params,
        )

    def _facet_counts(self, names, chosen):
        """SELECT of the facet counts: the values of every facet of the hits, and the values
        of a chosen facet of the entries that miss only it."""
        select = (
            "SELECT 'facet', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            " NULL, NULL, NULL, NULL, c.name, c.value, COUNT(*) FROM"
        )
        in_names = f"f.name IN ({_placeholders(names)})"
        if not chosen:
            return (
                f"{select} (SELECT f.name AS name, f.value AS value FROM m {self.join} {FACET} f"
                f" ON f.entry_id = m.id WHERE {in_names}) c GROUP BY c.name, c.value",
                list(names),
            )
        return (
            f"{select} (SELECT f.name AS name, f.value AS value FROM n {self.join} {FACET} f"
            f" ON f.entry_id = n.id WHERE n.sat = {len(chosen)} AND {in_names}"
            f" UNION ALL SELECT f.name, f.value FROM n {self.join} {FACET} f"
            f" ON f.entry_id = n.id AND f.name = n.missing WHERE n.sat = {len(chosen) - 1}"
            f" AND {in_names}) c GROUP BY c.name, c.value",
            [*names, *names],
        )

    def _result(self, request, rows):
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
                # MATERIALIZED: matched once; inlined, SQLite ran the text match per filter row.
                f"WITH m AS MATERIALIZED ({matched}) SELECT e.object_id FROM m JOIN {ENTRY} e"
                " ON e.id = m.id"
                f" WHERE 1 = 1{where} ORDER BY {order}",
                [*matched_params, *where_params],
            )
            return [row[0] for row in cursor.fetchall()]

    def _count(self, request):
        matched, matched_params = self.matched(request)
        where, where_params = self._filters(request.filters)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH m AS MATERIALIZED ({matched}) SELECT COUNT(*) FROM m WHERE 1 = 1{where}",
                [*matched_params, *where_params],
            )
            return cursor.fetchone()[0]


class SQLiteIndex(DatabaseIndex):
    join = "CROSS JOIN"
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

    def match(self, groups, kinds, expression=None):
        """The words in the text columns; one kind (the catalogue's services, the life
        situations) in the index, several by the entries' column."""
        score = f"bm25(portal_searchfts, {', '.join(str(w) for w in self.WEIGHTS)}) AS score"
        expression = f"{self.TEXT_COLUMNS} : ({expression or self._expression(groups)})"
        if len(kinds) == 1 and kinds[0].isalpha():
            return (
                f"SELECT rowid AS id, {score} FROM portal_searchfts WHERE portal_searchfts"
                " MATCH %s",
                [f'{expression} AND kind : "{kinds[0]}"'],
            )
        kinds_sql, kinds_params = self._kinds(kinds)
        sql = (
            f"SELECT e.id AS id, {score} FROM portal_searchfts CROSS JOIN {ENTRY} e"
            f" ON e.id = portal_searchfts.rowid WHERE portal_searchfts MATCH %s{kinds_sql}"
        )
        return sql, [expression, *kinds_params]

    def boosted(self, request):
        """The boosted text match as one FTS5 query (not a second match over every entry that
        has a typed word). bm25 adds up the score of every phrase of the expression, so
        ``Q AND (T OR T OR T OR T OR Q)`` finds exactly what the query Q finds and scores
        2 × Q + 4 × T, where T are the typed words: the order of 0.5 × Q + T."""
        if not request.typed_terms:
            return self.match(request.groups, request.kinds)
        query = self._expression(request.groups)
        typed = self._expression([request.typed_terms])
        either = " OR ".join([typed] * self.TYPED_COPIES + [f"({query})"])
        return self.match([], request.kinds, expression=f"({query}) AND ({either})")


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
