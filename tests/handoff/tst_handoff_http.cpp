// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback hand-off endpoint against a hostile web page and a hostile local process: requests marked as sent by a
// page are refused and change nothing, the token is taken from the header only, and no process can hold the slots.

#include "HandoffTestSupport.h"

#include "handoff/HandoffHttpRequest.h"
#include "handoff/HandoffHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace souffleur;
using namespace handofftest;

class TestHandoffHttp final : public QObject
{
    Q_OBJECT

    HandoffHttpServer m_server;
    QByteArray m_token = HandoffHttpServer::generateToken().toLatin1();
    quint16 m_port = 0;

private slots:
    void initTestCase()
    {
        auto port = m_server.listen(0, QString::fromLatin1(m_token));
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_port = *port;
    }

    void requestFromAWebPageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("evil origin") << QByteArray("Origin: https://evil.example\r\n");
        QTest::newRow("null origin") << QByteArray("Origin: null\r\n");
        QTest::newRow("loopback origin, other port") << QByteArray("Origin: http://127.0.0.1:1\r\n");
        QTest::newRow("cross-site") << QByteArray("Sec-Fetch-Site: cross-site\r\n");
        QTest::newRow("same-site") << QByteArray("Sec-Fetch-Site: same-site\r\n");
    }

    void requestFromAWebPageIsRefused()
    {
        QFETCH(QByteArray, header);
        QSignalSpy received(&m_server, &HandoffHttpServer::ticketReceived);
        HttpReply r = http(m_port, post(R"({"text":"from a web page"})", m_token, header));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden_origin"));
        QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("web page")));
        r = http(m_port, "GET /ticket?text=from+a+page HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n"
                             + header + "\r\n");
        QCOMPARE(r.status, 403);
        QCOMPARE(received.size(), 0);
    }

    void sameOriginOrNoOriginIsServed()
    {
        QSignalSpy received(&m_server, &HandoffHttpServer::ticketReceived);
        const QByteArray origin = "Origin: http://127.0.0.1:" + QByteArray::number(m_port) + "\r\nSec-Fetch-Site: same-origin\r\n";
        QCOMPARE(http(m_port, post(R"({"text":"same origin"})", m_token, origin)).status, 200);
        QCOMPARE(http(m_port, post(R"({"text":"no origin"})", m_token)).status, 200);
        QCOMPARE(received.size(), 2);
    }

    void tokenInTheUrlIsRefused()
    {
        QSignalSpy received(&m_server, &HandoffHttpServer::ticketReceived);
        const HttpReply r = http(m_port, "GET /ticket?token=" + m_token + "&text=hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("token_in_url"));
        QCOMPARE(received.size(), 0);
        // In the header, a GET is served.
        QCOMPARE(http(m_port, "GET /ticket?text=hello HTTP/1.1\r\nAuthorization: Bearer " + m_token + "\r\n\r\n").status, 200);
        QCOMPARE(received.size(), 1);
    }

    void framingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("negative length") << QByteArray("POST /ticket HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("overflowing length") << QByteArray("POST /ticket HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n");
        QTest::newRow("signed length") << QByteArray("POST /ticket HTTP/1.1\r\nContent-Length: +2\r\n\r\n{}");
        QTest::newRow("two lengths") << QByteArray("POST /ticket HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
    }

    void framingIsStrict()
    {
        QFETCH(QByteArray, request);
        const HandoffHttpRequest r = HandoffHttpRequest::parse(request, m_port);
        QCOMPARE(r.state, HandoffHttpRequest::State::Refused);
        QCOMPARE(r.status, 400);
    }

    // A local process opens every slot and keeps each alive with a byte now and then: the phone software still gets
    // through, and each of those connections is closed at the request deadline.
    void slotsCannotBeHeld()
    {
        std::vector<std::unique_ptr<QTcpSocket>> holders;
        for (int i = 0; i < HandoffHttpServer::kMaxConnections; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket->waitForConnected(5000));
            socket->write("POST /ticket HTTP/1.1\r\n");
            socket->flush();
            holders.push_back(std::move(socket));
        }
        // The server takes pending connections in order, so the real call below comes after all the holders.
        QSignalSpy received(&m_server, &HandoffHttpServer::ticketReceived);
        QCOMPARE(http(m_port, post(R"({"text":"the real call"})", m_token)).status, 200);
        QCOMPARE(received.size(), 1);

        // The survivors trickle a header byte every 300 ms; the deadline closes them all the same.
        QElapsedTimer clock;
        clock.start();
        const auto allClosed = [&] {
            bool closed = true;
            for (auto &s : holders) {
                if (s->state() == QAbstractSocket::ConnectedState) {
                    s->write("X");
                    closed = false;
                }
            }
            return closed;
        };
        while (!allClosed() && clock.elapsed() < HandoffHttpServer::kRequestDeadlineMs + 5000)
            QTest::qWait(300);
        QVERIFY2(allClosed(), "a trickling connection outlived the request deadline");
    }
};

QTEST_GUILESS_MAIN(TestHandoffHttp)
#include "tst_handoff_http.moc"
