// SPDX-License-Identifier: GPL-3.0-or-later
// The real `souffleur` binary as the phone software meets it: started twice on one store, the second start hands
// over and leaves; the HTTP endpoint is closed unless turned on, and then wants the token that
// `souffleur --show-handoff-token` prints.
#include "HandoffTestSupport.h"

#include "handoff/HandoffServer.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace souffleur;
using namespace handofftest;

class TestHandoffApp final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Starts the first instance and waits until it listens for hand-offs.
    bool startFirst(QProcess &first, const QStringList &extra)
    {
        first.setProgram(QStringLiteral(SOUFFLEUR_APP));
        first.setArguments(QStringList{QStringLiteral("--store"), m_store} + extra);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The socket a stopped instance of an earlier test function left behind would pass for this one's.
        const QString socket = HandoffServer::serverName(m_store);
        QLocalServer::removeServer(socket);
        first.start();
        return first.waitForStarted(10000)
               && QTest::qWaitFor([&] { return QFileInfo(socket).exists() || first.state() == QProcess::NotRunning; }, 30000)
               && first.state() == QProcess::Running;
    }

    static void stop(QProcess &p)
    {
        p.terminate();
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolate(m_dir.path());
        m_store = m_dir.filePath(QStringLiteral("kb.sqlite"));
    }

    void tokenIsGeneratedOnceAndKept()
    {
        const Run a = runApp({QStringLiteral("--show-handoff-token")});
        QCOMPARE(a.exitCode, 0);
        const QString token = a.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch(), qPrintable(token));
        QCOMPARE(runApp({QStringLiteral("--show-handoff-token")}).out.trimmed(), token);
    }

    void secondStartHandsOverToTheFirst()
    {
        QProcess first;
        QVERIFY(startFirst(first, {QStringLiteral("--no-demo")}));
        Run r = runApp({QStringLiteral("--store"), m_store, QStringLiteral("--ticket-text"), QStringLiteral("box rouge"),
                           QStringLiteral("--channel"), QStringLiteral("chat")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runApp({QStringLiteral("--store"), m_store, QStringLiteral("souffleur://ticket?text=a&lang=xx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the language must be fr or en, not “xx”")), qPrintable(r.err));
        QCOMPARE(first.state(), QProcess::Running);
        stop(first);
    }

    void httpEndpointIsOffByDefault()
    {
        const quint16 port = freePort();
        QProcess first;
        // The socket of the instance stopped above is still there: this start reclaims it.
        QVERIFY(startFirst(first, {QStringLiteral("--no-demo")}));
        QCOMPARE(http(port, "GET /ticket?text=a HTTP/1.1\r\n\r\n").status, 0);
        stop(first);
    }

    void httpEndpointWhenTurnedOn()
    {
        const QByteArray token = runApp({QStringLiteral("--show-handoff-token")}).out.trimmed().toLatin1();
        const quint16 port = freePort();
        QProcess first;
        QVERIFY(startFirst(first, {QStringLiteral("--no-demo"), QStringLiteral("--handoff-port"), QString::number(port)}));
        QVERIFY(QTest::qWaitFor([&] { return http(port, "GET /ticket HTTP/1.1\r\n\r\n").status != 0; }, 10000));
        QCOMPARE(http(port, post(R"({"text":"box rouge"})", "wrong")).status, 401);
        QCOMPARE(http(port, post(R"({"text":"box rouge","channel":"fax"})", token)).status, 400);
        const HttpReply ok = http(port, post(R"({"text":"box rouge","name":"Claire Martin"})", token));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("ok")).toBool(), true);
        stop(first);
    }

    void badPortIsAUsageError()
    {
        const Run r = runApp({QStringLiteral("--store"), m_store, QStringLiteral("--handoff-port"), QStringLiteral("http")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("from 1 to 65535")));
    }
};

QTEST_GUILESS_MAIN(TestHandoffApp)
#include "tst_handoff_app.moc"
