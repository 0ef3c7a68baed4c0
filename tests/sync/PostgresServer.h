// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private PostgreSQL 15 cluster for one test binary: initdb into a temporary folder, pg_ctl start on a free
// port of 127.0.0.1 with its Unix socket in that folder, stopped and removed by the destructor. initdb refuses to
// run as root, so as root the cluster belongs to the `postgres` user (runuser). Binaries come from
// $SOUFFLEUR_PG_BINDIR or /usr/lib/postgresql/15/bin. The cluster trusts local connections of its user
// `souffleur`; fsync is off (a test cluster, thrown away).
class PostgresServer final
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    Q_DISABLE_COPY_MOVE(PostgresServer)

    // Empty on success, else why the cluster could not start.
    QString start();
    // A hot standby of `primary` (pg_basebackup -R: streaming replication), on its own folder and port.
    QString startReplicaOf(const PostgresServer &primary);
    // Stops the server (a clean and fast shutdown) and starts it again on the same port.
    QString restart();
    QString createDatabase(const QString &name);

    // The hub's --db URL over the Unix socket, or over TCP to 127.0.0.1.
    QString url(const QString &database) const;
    QString tcpUrl(const QString &database) const;
    quint16 port() const { return m_port; }

    // The message a test gives when start() fails: FAIL under CI=true, SKIP otherwise.
    static bool mustRun() { return qEnvironmentVariable("CI") == u"true"; }

private:
    QString prepareFolder();
    QString pgCtl(const QStringList &args);
    QString runTool(const QString &tool, const QStringList &args, bool asOwner);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
};

// Starts `server` in a test's initTestCase(): fails under CI=true, skips locally when PostgreSQL is not there.
#define SOUFFLEUR_START_POSTGRES(server)                                                                          \
    do {                                                                                                         \
        const QString why = (server).start();                                                                    \
        if (!why.isEmpty()) {                                                                                    \
            if (PostgresServer::mustRun())                                                                       \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required in CI: ") + why));                      \
            QSKIP(qPrintable(why + QStringLiteral(" (skipped outside CI; with CI=true this fails)")));         \
        }                                                                                                        \
    } while (false)
