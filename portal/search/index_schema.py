"""The database side of the search index, created by migration portal 0005 (the text), reshaped
by 0010 (the kind) and completed by 0012 (the facet values).

SQLite: the FTS5 table ``portal_searchfts`` over the three stem columns of
``portal_searchentry`` and its kind, and the FTS5 table ``portal_searchfacetfts`` over its facet
tokens (both with external content, kept by triggers, so every insert, update and delete of an
entry, the ORM's bulk operations included, reaches them). The kind is indexed with the text so
that a search of one kind of entries (life situations, services) intersects the kind's list of
entries with the words' inside the index rather than reading every entry that has a word; the
facet tokens ("obvod:poruba", ``facet_token``) in a table of their own, so that the chosen
filters are a set of entries worked out in the index, while the text's BM25 scores stay those of
the text alone (FTS5 weighs a match by the length of the whole row). Django rebuilds a SQLite
table when a migration alters it, which drops its triggers: a later migration that alters
``SearchEntry`` must drop and create the index around it (as 0012 does).

PostgreSQL: the stored column ``search_vector`` (title A, keywords B, body D, configuration
``cs_unaccent``) with a GIN index, and the stored array ``facet_values`` (the facet tokens) with
a GIN index of its own; the planner combines the two.
"""

import hashlib
import re

_PLAIN_TOKEN = re.compile(r"[A-Za-z0-9_-]+:[A-Za-z0-9_-]+")


def facet_token(name, value):
    """The one word a facet value is indexed and filtered by: "obvod:poruba". A value with other
    characters than a slug's (none of the portal's facets has one) is indexed by a digest."""
    token = f"{name}:{value}"
    if _PLAIN_TOKEN.fullmatch(token):
        return token.lower()
    return f"{name}:h" + hashlib.sha256(token.encode()).hexdigest()[:24]


def facet_tokens(facets):
    """The facet tokens of ``facets`` (name -> values) as the entry's ``facet_tokens`` text."""
    tokens = (
        facet_token(name, str(value)[:100]) for name, chosen in facets.items() for value in chosen
    )
    return " ".join(dict.fromkeys(tokens))


def _fts5(table, columns, options, triggers):
    """Statements creating the FTS5 ``table`` over ``columns`` of the entries, the triggers that
    keep it (named ``triggers``_insert, …; an update only when it changes ``columns``), and
    filling it."""
    new = ", ".join(f"new.{column}" for column in columns.split(", "))
    old = ", ".join(f"old.{column}" for column in columns.split(", "))
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({columns},"
        f" content='portal_searchentry', content_rowid='id', {options})",
        f"CREATE TRIGGER IF NOT EXISTS {triggers}_insert AFTER INSERT ON portal_searchentry"
        f" BEGIN INSERT INTO {table}(rowid, {columns}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {triggers}_delete AFTER DELETE ON portal_searchentry"
        f" BEGIN INSERT INTO {table}({table}, rowid, {columns})"
        f" VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {triggers}_update AFTER UPDATE OF {columns}"
        " ON portal_searchentry"
        f" BEGIN INSERT INTO {table}({table}, rowid, {columns})"
        f" VALUES ('delete', old.id, {old});"
        f" INSERT INTO {table}(rowid, {columns}) VALUES (new.id, {new}); END",
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
    ]


SQLITE_CREATE = _fts5(
    "portal_searchfts",
    "title_stems, keywords, stems, kind",
    "tokenize='unicode61', prefix='3 5'",
    "portal_searchentry_fts",
)
# Facet tokens are whole words ("obvod:ostrava-jih"); only whether an entry has one matters.
SQLITE_FACETS_CREATE = _fts5(
    "portal_searchfacetfts",
    "facet_tokens",
    "tokenize=\"unicode61 tokenchars ':-_'\", detail=none",
    "portal_searchentry_facetfts",
)
SQLITE_FACETS_DROP = [
    "DROP TRIGGER IF EXISTS portal_searchentry_facetfts_insert",
    "DROP TRIGGER IF EXISTS portal_searchentry_facetfts_delete",
    "DROP TRIGGER IF EXISTS portal_searchentry_facetfts_update",
    "DROP TABLE IF EXISTS portal_searchfacetfts",
]
SQLITE_DROP = [
    *SQLITE_FACETS_DROP,
    "DROP TRIGGER IF EXISTS portal_searchentry_fts_insert",
    "DROP TRIGGER IF EXISTS portal_searchentry_fts_delete",
    "DROP TRIGGER IF EXISTS portal_searchentry_fts_update",
    "DROP TABLE IF EXISTS portal_searchfts",
]
POSTGRES_CREATE = [
    "ALTER TABLE portal_searchentry ADD COLUMN IF NOT EXISTS search_vector tsvector"
    " GENERATED ALWAYS AS ("
    "setweight(to_tsvector('cs_unaccent'::regconfig, coalesce(title_stems, '')), 'A') ||"
    " setweight(to_tsvector('cs_unaccent'::regconfig, coalesce(keywords, '')), 'B') ||"
    " setweight(to_tsvector('cs_unaccent'::regconfig, coalesce(stems, '')), 'D')) STORED",
    "CREATE INDEX IF NOT EXISTS portal_searchentry_vector ON portal_searchentry"
    " USING GIN (search_vector)",
]
POSTGRES_FACETS_CREATE = [
    "ALTER TABLE portal_searchentry ADD COLUMN IF NOT EXISTS facet_values text[]"
    " GENERATED ALWAYS AS (string_to_array(facet_tokens, ' ')) STORED",
    "CREATE INDEX IF NOT EXISTS portal_searchentry_facet_values ON portal_searchentry"
    " USING GIN (facet_values)",
]
POSTGRES_FACETS_DROP = [
    "DROP INDEX IF EXISTS portal_searchentry_facet_values",
    "ALTER TABLE portal_searchentry DROP COLUMN IF EXISTS facet_values",
]
POSTGRES_DROP = [
    *POSTGRES_FACETS_DROP,
    "DROP INDEX IF EXISTS portal_searchentry_vector",
    "ALTER TABLE portal_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, sqlite, postgresql):
    """Run the statements of the database ``schema_editor`` works on (other databases: none)."""
    statements = {"sqlite": sqlite, "postgresql": postgresql}.get(schema_editor.connection.vendor)
    for statement in statements or ():
        schema_editor.execute(statement)


def create(schema_editor):
    """The text index (migrations 0005 and 0010)."""
    _run(schema_editor, SQLITE_CREATE, POSTGRES_CREATE)


def create_facet_index(schema_editor):
    """The index of the facet tokens (migration 0012, once the entries have them)."""
    _run(schema_editor, SQLITE_FACETS_CREATE, POSTGRES_FACETS_CREATE)


def drop_facet_index(schema_editor):
    _run(schema_editor, SQLITE_FACETS_DROP, POSTGRES_FACETS_DROP)


def drop(schema_editor):
    _run(schema_editor, SQLITE_DROP, POSTGRES_DROP)
