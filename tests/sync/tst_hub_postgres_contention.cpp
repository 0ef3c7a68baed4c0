// SPDX-License-Identifier: GPL-3.0-or-later
// Hub processes over one PostgreSQL database when the database is contended or stalls (issue 17, points 10 and
// 12): the same outbox records uploaded through two hubs in opposite orders, and the hub's own database backend
// stopped (SIGSTOP) under a running hub. A private PostgreSQL cluster (PostgresServer), started once.
#include "ProcessRun.h"
#include "PostgresServer.h"

#include "hub/PostgresUrl.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

#include <signal.h>

using namespace souffleur;
using souffleur::test::Run;

namespace {

Run run(const QStringList &args)
{
    return test::run(QStringLiteral(SOUFFLEUR_HUB), args);
}

// Sends SIGCONT to a stopped process when it goes out of scope, so that a failing test never leaves a database
// backend stopped (the cluster could not shut down).
struct Continue
{
    qint64 pid = 0;
    ~Continue()
    {
        if (pid > 0)
            ::kill(pid_t(pid), SIGCONT);
    }
};

} // namespace

class TestHubPostgresContention final : public QObject
{
    Q_OBJECT
private:
    PostgresServer m_pg;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<QProcess>> m_hubs;

    // A `serve` process over `url` with these extra options; its port, or 0.
    quint16 startHub(const QString &url, const QStringList &extra = {})
    {
        auto hub = std::make_unique<QProcess>();
        hub->start(QStringLiteral(SOUFFLEUR_HUB), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), url}
                                                      + extra);
        if (!hub->waitForStarted() || !hub->waitForReadyRead(15000))
            return 0;
        const QString line = QString::fromUtf8(hub->readLine()).trimmed();
        m_hubs.push_back(std::move(hub));
        return line.startsWith(u"listening=127.0.0.1:") ? quint16(line.section(QLatin1Char(':'), -1).toUInt()) : 0;
    }

    QString addUser(const QString &url, const QString &name)
    {
        const Run r = run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--db"), url});
        return r.exitCode == 0 ? r.lastLine() : QString();
    }

    QNetworkReply *send(quint16 port, const QString &target, const QString &token, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(target)));
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(60000);
        return body.isEmpty() ? m_network.get(req) : m_network.post(req, body);
    }

    static void waitFor(const QList<QNetworkReply *> &replies)
    {
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished()) {
                QEventLoop loop;
                connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
            }
        }
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // The process id of the database backend serving the hub connected to `database`.
    qint64 hubBackend(const QString &database)
    {
        qint64 pid = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("probe"));
            auto url = hub::PostgresUrl::parse(m_pg.url(database));
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setUserName(url->user);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = '%1' "
                                          "AND application_name = 'souffleur-hub' AND pid <> pg_backend_pid()").arg(database))
                    && q.next())
                    pid = q.value(0).toLongLong();
                if (pid == 0 || q.next()) {
                    qWarning() << "no single hub backend:" << q.lastError().text();
                    pid = 0;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return pid;
    }

private slots:
    void initTestCase()
    {
        SOUFFLEUR_START_POSTGRES(m_pg);
    }

    void cleanupTestCase()
    {
        for (const auto &hub : m_hubs) {
            hub->kill();
            hub->waitForFinished();
        }
    }

    // The same records through two hubs at once, one in the desktop's order, the other reversed (a desktop
    // retrying at another hub while the first still works, or a relay forwarding what the desktop also sent):
    // both uploads succeed every round, each record is stored once.
    void oppositeUploadOrdersDoNotDeadlock()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("orders")), QString());
        const QString url = m_pg.url(QStringLiteral("orders"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), url}).exitCode, 0);
        const QString token = addUser(url, QStringLiteral("agent"));
        QVERIFY(!token.isEmpty());
        const quint16 a = startHub(url);
        const quint16 b = startHub(url);
        QVERIFY(a != 0 && b != 0);

        constexpr int kRounds = 30;
        constexpr int kRecords = 40;
        for (int round = 0; round < kRounds; ++round) {
            QJsonArray forward;
            for (int i = 0; i < kRecords; ++i)
                forward.append(QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("type"), QStringLiteral("feedback")},
                                           {QStringLiteral("payload"), QJsonObject{{QStringLiteral("round"), round}, {QStringLiteral("i"), i}}}});
            QJsonArray backward;
            for (qsizetype i = forward.size() - 1; i >= 0; --i)
                backward.append(forward.at(i));
            const auto body = [](const QJsonArray &records) {
                return QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson(QJsonDocument::Compact);
            };
            QNetworkReply *first = send(a, QStringLiteral("/v1/outbox"), token, body(forward));
            QNetworkReply *second = send(b, QStringLiteral("/v1/outbox"), token, body(backward));
            waitFor({first, second});
            int accepted = 0;
            for (QNetworkReply *reply : {first, second}) {
                const QByteArray answer = reply->readAll();
                QVERIFY2(status(reply) == 200, qPrintable(QStringLiteral("round %1: %2 %3").arg(round).arg(status(reply))
                                                              .arg(QString::fromUtf8(answer))));
                const QJsonObject json = QJsonDocument::fromJson(answer).object();
                QCOMPARE(json.value(QStringLiteral("accepted")).toInt() + json.value(QStringLiteral("duplicate")).toInt(), kRecords);
                accepted += json.value(QStringLiteral("accepted")).toInt();
                reply->deleteLater();
            }
            QCOMPARE(accepted, kRecords);
        }
        const Run received = run({QStringLiteral("received"), QStringLiteral("--db"), url});
        QCOMPARE(received.out.count(QLatin1Char('\n')), kRounds * kRecords);
    }

    // The hub's database backend stops answering (SIGSTOP: the connection stays open, the kernel keeps acking,
    // no keepalive or statement timeout can notice): the hub answers 503 within its --db-timeout instead of
    // hanging, keeps answering 503 at once while the call is stuck, and serves again once the backend resumes.
    void stalledDatabaseAnswers503()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("stall")), QString());
        const QString url = m_pg.url(QStringLiteral("stall"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), url}).exitCode, 0);
        const QString token = addUser(url, QStringLiteral("agent"));
        QVERIFY(!token.isEmpty());
        const quint16 port = startHub(url, {QStringLiteral("--db-timeout"), QStringLiteral("2")});
        QVERIFY(port != 0);
        QNetworkReply *hello = send(port, QStringLiteral("/v1/hello"), token);
        waitFor({hello});
        QCOMPARE(status(hello), 200);
        hello->deleteLater();

        const qint64 backend = hubBackend(QStringLiteral("stall"));
        QVERIFY(backend > 0);
        QCOMPARE(::kill(pid_t(backend), SIGSTOP), 0);
        Continue resume{backend};

        QElapsedTimer clock;
        clock.start();
        QNetworkReply *stalled = send(port, QStringLiteral("/v1/changes?since=0"), token);
        waitFor({stalled});
        const qint64 firstMs = clock.elapsed();
        QCOMPARE(status(stalled), 503);
        QVERIFY2(firstMs < 8000, qPrintable(QString::number(firstMs)));
        stalled->deleteLater();
        // While the stuck call lasts, requests are refused at once rather than queued behind it.
        clock.restart();
        QNetworkReply *next = send(port, QStringLiteral("/v1/hello"), token);
        waitFor({next});
        QCOMPARE(status(next), 503);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        next->deleteLater();

        QCOMPARE(::kill(pid_t(backend), SIGCONT), 0);
        resume.pid = 0;
        const auto answers = [&] {
            QNetworkReply *r = send(port, QStringLiteral("/v1/hello"), token);
            waitFor({r});
            r->deleteLater();
            return status(r);
        };
        QTRY_COMPARE_WITH_TIMEOUT(answers(), 200, 10000);
    }
};

QTEST_GUILESS_MAIN(TestHubPostgresContention)
#include "tst_hub_postgres_contention.moc"
