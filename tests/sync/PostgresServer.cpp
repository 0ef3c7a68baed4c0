// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

constexpr char kUser[] = "souffleur";

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresServer::~PostgresServer()
{
    if (m_running)
        (void)pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")});
}

QString PostgresServer::runTool(const QString &tool, const QStringList &args, bool asOwner)
{
    QProcess p;
    p.setWorkingDirectory(m_dir->path());  // a folder the postgres user can enter
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = QDir(m_bin).filePath(tool);
    if (asOwner && m_asPostgres) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (runuser.isEmpty())
            return QStringLiteral("runuser not found (needed to run %1 as postgres)").arg(tool);
        p.start(runuser, QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("%1 did not finish: %2").arg(tool, p.errorString());
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 failed (exit %3): %4")
            .arg(tool, args.join(u' ')).arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

QString PostgresServer::pgCtl(const QStringList &args)
{
    return runTool(QStringLiteral("pg_ctl"), QStringList{QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data"))} + args, true);
}

QString PostgresServer::prepareFolder()
{
    m_bin = qEnvironmentVariable("SOUFFLEUR_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
    if (!QFileInfo(QDir(m_bin).filePath(QStringLiteral("initdb"))).isExecutable())
        return QStringLiteral("PostgreSQL 15 is not installed (no %1/initdb; apt-get install postgresql-15, or set "
                              "SOUFFLEUR_PG_BINDIR)").arg(m_bin);
    // Unix socket paths are limited to about 100 bytes: a short folder under /tmp.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/souffleur-pg-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return QStringLiteral("running as root but there is no postgres user to run initdb as");
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
            return QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
    }
    m_port = freePort();
    if (m_port == 0)
        return QStringLiteral("no free port on 127.0.0.1");
    return {};
}

QString PostgresServer::start()
{
    if (QString e = prepareFolder(); !e.isEmpty())
        return e;
    if (QString e = runTool(QStringLiteral("initdb"),
                            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"),
                             QLatin1String(kUser), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                             QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
                             QStringLiteral("--no-instructions")}, true);
        !e.isEmpty())
        return e;
    return restart();
}

QString PostgresServer::startReplicaOf(const PostgresServer &primary)
{
    if (QString e = prepareFolder(); !e.isEmpty())
        return e;
    if (QString e = runTool(QStringLiteral("pg_basebackup"),
                            {QStringLiteral("-h"), primary.m_dir->path(), QStringLiteral("-p"), QString::number(primary.m_port),
                             QStringLiteral("-U"), QLatin1String(kUser), QStringLiteral("-D"),
                             m_dir->filePath(QStringLiteral("data")), QStringLiteral("-R"), QStringLiteral("-X"),
                             QStringLiteral("stream"), QStringLiteral("--no-sync")}, true);
        !e.isEmpty())
        return e;
    return restart();
}

QString PostgresServer::restart()
{
    if (m_running) {
        if (QString e = pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")}); !e.isEmpty())
            return e;
        m_running = false;
    }
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_dir->path()).arg(m_port);
    if (QString e = pgCtl({QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                           QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), options, QStringLiteral("start")});
        !e.isEmpty()) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        return e + (log.open(QIODevice::ReadOnly) ? QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll()) : QString());
    }
    m_running = true;
    return {};
}

QString PostgresServer::createDatabase(const QString &name)
{
    return runTool(QStringLiteral("createdb"), {QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"),
                                                 QString::number(m_port), QStringLiteral("-U"), QLatin1String(kUser), name},
                   false);
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(QLatin1String(kUser), database, m_dir->path()).arg(m_port);
}

QString PostgresServer::tcpUrl(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(QLatin1String(kUser)).arg(m_port).arg(database);
}
