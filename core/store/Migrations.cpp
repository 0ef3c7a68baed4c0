// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

namespace souffleur {

namespace {

// Schema 1: the knowledge content (DESIGN.md section 2). Procedure steps are kept as a JSON array in one column:
// the flow graph is always read and written whole, and SQLite's JSON1 can still query it when needed.
// Tables have an INTEGER PRIMARY KEY where FTS5 refers to rowids, because VACUUM may renumber implicit rowids.
Migration schema1()
{
    return {1, QStringLiteral("knowledge content and full-text index"), {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE categories ("
                       " id TEXT PRIMARY KEY,"
                       " parent_id TEXT REFERENCES categories(id) DEFERRABLE INITIALLY DEFERRED,"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE category_texts ("
                       " category_id TEXT NOT NULL REFERENCES categories(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " locale TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " keywords TEXT NOT NULL DEFAULT '[]',"
                       " examples TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (category_id, locale))"),
        // Small columns first: queries that filter on kind, state or group then read only the start of a row,
        // never the overflow pages of a long body.
        QStringLiteral("CREATE TABLE items ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('procedure', 'reply', 'article')),"
                       " locale TEXT NOT NULL,"
                       " translation_group TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'published', 'archived')),"
                       " audience TEXT NOT NULL DEFAULT 'internal' CHECK (audience IN ('internal', 'customer')),"
                       " confidence TEXT NOT NULL DEFAULT 'validated' CHECK (confidence IN ('wip', 'not_validated', 'validated')),"
                       " version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),"
                       " review_interval_days INTEGER NOT NULL DEFAULT 365,"
                       " updated_at TEXT NOT NULL DEFAULT '',"
                       " reviewed_at TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL,"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " tone TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " steps TEXT NOT NULL DEFAULT '[]',"
                       " search_text TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX items_group ON items (translation_group, locale)"),
        QStringLiteral("CREATE TABLE item_categories ("
                       " item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " category_id TEXT NOT NULL REFERENCES categories(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " PRIMARY KEY (item_id, category_id))"),
        // Covering indexes for the suggestion ranker's category links: category -> item -> kind, state, group
        // without reading a table row.
        QStringLiteral("CREATE INDEX item_categories_by_category ON item_categories (category_id, item_id)"),
        QStringLiteral("CREATE INDEX items_by_id_kind ON items (id, kind, state, translation_group)"),
        QStringLiteral("CREATE TABLE item_tags ("
                       " item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " tag TEXT NOT NULL, PRIMARY KEY (item_id, tag))"),
        QStringLiteral("CREATE TABLE item_channels ("
                       " item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'chat')),"
                       " PRIMARY KEY (item_id, channel))"),
        QStringLiteral("CREATE TABLE item_versions ("
                       " item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " content TEXT NOT NULL,"
                       " PRIMARY KEY (item_id, version))"),
        QStringLiteral("CREATE TABLE tickets ("
                       " id INTEGER PRIMARY KEY,"
                       " text TEXT NOT NULL,"
                       " category_id TEXT NOT NULL,"
                       " locale TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT 'import',"
                       " UNIQUE (text, category_id, locale))"),
        // External-content FTS5 index over items; the triggers keep it in step inside the writer's transaction.
        QStringLiteral("CREATE VIRTUAL TABLE items_fts USING fts5("
                       " title, summary, search_text,"
                       " content='items', content_rowid='seq',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN"
                       " INSERT INTO items_fts (rowid, title, summary, search_text)"
                       " VALUES (new.seq, new.title, new.summary, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN"
                       " INSERT INTO items_fts (items_fts, rowid, title, summary, search_text)"
                       " VALUES ('delete', old.seq, old.title, old.summary, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER items_fts_update AFTER UPDATE ON items BEGIN"
                       " INSERT INTO items_fts (items_fts, rowid, title, summary, search_text)"
                       " VALUES ('delete', old.seq, old.title, old.summary, old.search_text);"
                       " INSERT INTO items_fts (rowid, title, summary, search_text)"
                       " VALUES (new.seq, new.title, new.summary, new.search_text); END"),
    }};
}

// Schema 2: the agent's own local state, which replication never overwrites: which version of an item the agent
// last opened (for "changed" badges), the outbox of records waiting to go up to the hub, and the trained
// classifier (a derived artefact, rebuilt from the content and tickets whenever they change).
Migration schema2()
{
    return {2, QStringLiteral("agent-local state: item views and outbox"), {
        QStringLiteral("CREATE TABLE item_views ("
                       " item_id TEXT PRIMARY KEY,"
                       " seen_version INTEGER NOT NULL,"
                       " seen_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE classifier_model ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " trained_at TEXT NOT NULL,"
                       " training_summary TEXT NOT NULL,"
                       " data BLOB NOT NULL)"),
    }};
}

// Schema 3: the agent's own account of the feedback they gave (suggested edits, flags, helpful votes). The outbox
// row goes once the hub acknowledges it, but a suggestion is still "awaiting review" after that, and the agent must
// still see it after a restart: this table keeps one row per record, written in the same transaction as the
// outbox row, and replication never touches it.
Migration schema3()
{
    return {3, QStringLiteral("agent-local record of feedback given"), {
        QStringLiteral("CREATE TABLE my_feedback ("
                       " uuid TEXT PRIMARY KEY,"
                       " item_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('suggestion', 'flag', 'helpful')),"
                       " base_version INTEGER NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX my_feedback_by_item ON my_feedback (item_id, kind, created_at)"),
    }};
}

// Schema 4: what a team lead decided about a suggestion, learnt from the hub at sync (POST /v1/outcomes): '' while
// nobody has, then 'accepted' or 'declined' with the lead's note.
Migration schema4()
{
    return {4, QStringLiteral("review outcomes of the agent's suggestions"), {
        QStringLiteral("ALTER TABLE my_feedback ADD COLUMN outcome TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE my_feedback ADD COLUMN outcome_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE my_feedback ADD COLUMN outcome_at TEXT NOT NULL DEFAULT ''"),
    }};
}

} // namespace

const QList<Migration> &storeMigrations()
{
    static const QList<Migration> migrations{schema1(), schema2(), schema3(), schema4()};
    return migrations;
}

int currentSchemaVersion()
{
    return storeMigrations().constLast().version;
}

} // namespace souffleur
