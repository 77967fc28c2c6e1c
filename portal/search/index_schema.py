"""The database side of the search index, created by migration portal 0005.

SQLite: the FTS5 table ``portal_searchfts`` over the three stem columns of
``portal_searchentry`` and its kind (external content, kept by triggers, so every insert, update
and delete of an entry, the ORM's bulk operations included, reaches the index). The kind is
indexed so that a search for one kind of entries (life situations, services) intersects the
kind's list of entries with the words' inside the index rather than reading every entry that
has a word. Django rebuilds a SQLite table when a migration alters it, which drops its triggers:
a later migration that alters ``SearchEntry`` must call ``create`` again.

PostgreSQL: the stored column ``search_vector`` (title A, keywords B, body D, configuration
``cs_unaccent``) with a GIN index.
"""

SQLITE_COLUMNS = "title_stems, keywords, stems, kind"
_NEW = ", ".join(f"new.{column}" for column in SQLITE_COLUMNS.split(", "))
_OLD = ", ".join(f"old.{column}" for column in SQLITE_COLUMNS.split(", "))
SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS portal_searchfts USING fts5({SQLITE_COLUMNS},"
    " content='portal_searchentry', content_rowid='id', tokenize='unicode61', prefix='3 5')",
    "CREATE TRIGGER IF NOT EXISTS portal_searchentry_fts_insert AFTER INSERT ON"
    f" portal_searchentry BEGIN INSERT INTO portal_searchfts(rowid, {SQLITE_COLUMNS})"
    f" VALUES (new.id, {_NEW}); END",
    "CREATE TRIGGER IF NOT EXISTS portal_searchentry_fts_delete AFTER DELETE ON"
    " portal_searchentry BEGIN INSERT INTO portal_searchfts(portal_searchfts, rowid,"
    f" {SQLITE_COLUMNS}) VALUES ('delete', old.id, {_OLD}); END",
    "CREATE TRIGGER IF NOT EXISTS portal_searchentry_fts_update AFTER UPDATE ON"
    " portal_searchentry BEGIN INSERT INTO portal_searchfts(portal_searchfts, rowid,"
    f" {SQLITE_COLUMNS}) VALUES ('delete', old.id, {_OLD}); INSERT INTO"
    f" portal_searchfts(rowid, {SQLITE_COLUMNS}) VALUES (new.id, {_NEW}); END",
    "INSERT INTO portal_searchfts(portal_searchfts) VALUES ('rebuild')",
]
SQLITE_DROP = [
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
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS portal_searchentry_vector",
    "ALTER TABLE portal_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def create(schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_CREATE)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_CREATE)


def drop(schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_DROP)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_DROP)
