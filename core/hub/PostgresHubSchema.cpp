// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresHubStorage's tables: creating them, checking them, upgrading them in place.
#include "hub/PostgresHubInternal.h"

#include <QObject>
#include <QSqlQuery>

namespace souffleur::hub {

using namespace pghub;

namespace {

// The same tables as the SQLite hub (schema 101). Payloads are TEXT, not JSONB: the publisher compares them byte
// for byte with what it would write, and desktops hash what they receive, so they must come back exactly as
// stored. Timestamps the hub makes are timestamptz; a desktop's created_at is kept as it sent it.
QStringList schema101()
{
    return {
        QStringLiteral("CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)"),
        QStringLiteral("CREATE TABLE content ("
                       " entity text NOT NULL, id text NOT NULL,"
                       " version bigint NOT NULL, seq bigint NOT NULL,"
                       " deleted boolean NOT NULL DEFAULT false, payload text NOT NULL DEFAULT '',"
                       " PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE TABLE publishes ("
                       " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_name text NOT NULL,"
                       " at timestamptz NOT NULL DEFAULT now(),"
                       " from_seq bigint NOT NULL, to_seq bigint NOT NULL,"
                       " puts integer NOT NULL, tombstones integer NOT NULL)"),
        QStringLiteral("CREATE TABLE changes ("
                       " seq bigint PRIMARY KEY,"
                       " entity text NOT NULL, id text NOT NULL, version bigint NOT NULL,"
                       " op text NOT NULL CHECK (op IN ('put', 'tombstone')),"
                       " payload text NOT NULL DEFAULT '',"
                       " publish_id bigint NOT NULL REFERENCES publishes (id))"),
        QStringLiteral("CREATE TABLE users ("
                       " name text PRIMARY KEY,"
                       " role text NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),"
                       " token_hash text NOT NULL UNIQUE,"
                       " revoked boolean NOT NULL DEFAULT false,"
                       " created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)"),
        QStringLiteral("CREATE TABLE received ("
                       " uuid text PRIMARY KEY, user_name text NOT NULL, type text NOT NULL, payload text NOT NULL,"
                       " created_at text NOT NULL DEFAULT '', received_at timestamptz NOT NULL DEFAULT now(),"
                       " status text NOT NULL DEFAULT 'new')"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('store_kind', 'hub'), ('head', '0'), ('floor', '0')"),
    };
}

// Schema 102: the relay role and review outcomes (see SqliteHubStorage's migration 102; forward_note is only used by SQLite relays but
// kept in step so that both backends have the same tables).
QStringList migration102()
{
    return {
        QStringLiteral("ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check"),
        QStringLiteral("ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('agent', 'lead', 'admin', 'relay'))"),
        QStringLiteral("ALTER TABLE received ADD COLUMN forward_note text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN outcome text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN outcome_note text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN reviewed_by text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN reviewed_at timestamptz"),
    };
}

// Schema 103: users' and relays' sites (see SqliteHubStorage's migration 103).
QStringList migration103()
{
    return {QStringLiteral("ALTER TABLE users ADD COLUMN IF NOT EXISTS site text NOT NULL DEFAULT ''")};
}

} // namespace

Result<void> PostgresHubStorage::prepareSchema(bool create)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    // Two hubs started together over an empty database must not both create the tables.
    if (auto r = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLock}); !r)
        return r.error();
    auto exists = run(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL"));
    if (!exists)
        return exists.error();
    const bool hasMeta = (*exists)->next() && (*exists)->value(0).toBool();
    if (!hasMeta) {
        if (!create)
            return makeError(QObject::tr("The database %1 holds no hub. Create one with `souffleur-hub init --db URL`.")
                                 .arg(m_url.redacted()));
        auto tables = run(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                         "AND tablename IN ('content', 'changes', 'publishes', 'users', 'received')"));
        if (!tables)
            return tables.error();
        if ((*tables)->next() && (*tables)->value(0).toInt() > 0)
            return makeError(QObject::tr("The database %1 already has tables of the same names as the hub's and is not "
                                         "a hub database; use an empty database.").arg(m_url.redacted()));
        for (const QString &statement : schema101() + migration102() + migration103())
            if (auto r = execute(statement); !r)
                return r.error();
        if (auto r = run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('hub_id', ?), "
                                        "('epoch', ?)"), {QString::number(kSchemaVersion), newId(), newId()}); !r)
            return r.error();
        return tx.commit();
    }
    auto meta = run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('store_kind', 'schema_version', 'hub_id')"));
    if (!meta)
        return meta.error();
    QHash<QString, QString> values;
    while ((*meta)->next())
        values.insert((*meta)->value(0).toString(), (*meta)->value(1).toString());
    if (values.value(QStringLiteral("store_kind")) != u"hub" || values.value(QStringLiteral("hub_id")).isEmpty())
        return makeError(QObject::tr("The database %1 is not a hub database (its meta table is another application's).")
                             .arg(m_url.redacted()));
    const int version = values.value(QStringLiteral("schema_version")).toInt();
    if (version > kSchemaVersion)
        return makeError(QObject::tr("The hub database %1 has schema version %2, newer than this souffleur-hub knows "
                                     "(%3); use a newer souffleur-hub. Nothing was changed.")
                             .arg(m_url.redacted()).arg(version).arg(kSchemaVersion));
    if (version < 101)
        return makeError(QObject::tr("The hub database %1 has an unknown schema version (%2).")
                             .arg(m_url.redacted()).arg(version));
    // Migrations run here, inside this transaction and under the schema lock: two hubs starting together upgrade once.
    if (version < 102) {
        for (const QString &statement : migration102())
            if (auto r = execute(statement); !r)
                return r.error();
    }
    if (version < 103) {
        for (const QString &statement : migration103())
            if (auto r = execute(statement); !r)
                return r.error();
    }
    if (version < kSchemaVersion) {
        if (auto r = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"), {QString::number(kSchemaVersion)}); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace souffleur::hub
