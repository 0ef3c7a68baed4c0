// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off parser and the single-instance protocol, without a window: every way a hand-off can be malformed
// is refused with a message that names the problem; the local server and client agree on the framing.
#include "handoff/HandoffClient.h"
#include "handoff/HandoffServer.h"
#include "handoff/TicketHandoff.h"

#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace souffleur;

class TestTicketHandoff final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_runtime;
private slots:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void validUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("channel");
        QTest::newRow("all fields, UTF-8")
            << QStringLiteral("souffleur://ticket?text=Ma%20box%20ne%20synchronise%20plus%2C%20voyant%20rouge&name=H%C3%A9l%C3%A8ne%20"
                              "L%C3%A9ger&account=HX-4471-22&channel=phone&lang=fr")
            << QStringLiteral("Ma box ne synchronise plus, voyant rouge") << QStringLiteral("Hélène Léger")
            << QStringLiteral("HX-4471-22") << QStringLiteral("fr") << QStringLiteral("phone");
        QTest::newRow("plus is a space, case folded")
            << QStringLiteral("SOUFFLEUR://Ticket/?text=no+signal&channel=CHAT&lang=EN")
            << QStringLiteral("no signal") << QString() << QString() << QStringLiteral("en") << QStringLiteral("chat");
        QTest::newRow("encoded plus and ampersand")
            << QStringLiteral("souffleur://ticket?text=1%2B1%20%26%202&account=A%26B")
            << QStringLiteral("1+1 & 2") << QString() << QStringLiteral("A&B") << QString() << QString();
        QTest::newRow("line breaks in the notes, CRLF made LF")
            << QStringLiteral("souffleur://ticket?text=line1%0D%0Aline2%0Aline3%09tab")
            << QStringLiteral("line1\nline2\nline3\ttab") << QString() << QString() << QString() << QString();
        QTest::newRow("raw non-ASCII, fragment ignored, empty value skipped")
            << QStringLiteral("souffleur:ticket?name=Zoë&text=&channel=email#x")
            << QString() << QStringLiteral("Zoë") << QString() << QString() << QStringLiteral("email");
        QTest::newRow("name trimmed, emoji kept")
            << QStringLiteral("souffleur://ticket?name=%20Claire%20%F0%9F%98%80%20")
            << QString() << QStringLiteral("Claire 😀") << QString() << QString() << QString();
    }
    void validUrls()
    {
        QFETCH(QString, url);
        const auto h = TicketHandoff::fromUrl(url);
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message));
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, account);
        QFETCH(QString, lang);
        QFETCH(QString, channel);
        QCOMPARE(h->text, text);
        QCOMPARE(h->customerName, name);
        QCOMPARE(h->account, account);
        QCOMPARE(h->language, lang);
        QCOMPARE(h->channel, channel);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");  // a piece of the message that says what is wrong
        const QString big = QString(TicketHandoff::kMaxText + 1, QLatin1Char('a'));
        QTest::newRow("other scheme") << QStringLiteral("https://ticket?text=a") << QStringLiteral("not a souffleur:// link");
        QTest::newRow("other target") << QStringLiteral("souffleur://call?text=a") << QStringLiteral("souffleur://call");
        QTest::newRow("no field") << QStringLiteral("souffleur://ticket") << QStringLiteral("no ticket field");
        QTest::newRow("only empty fields") << QStringLiteral("souffleur://ticket?text=&name=") << QStringLiteral("no ticket field");
        QTest::newRow("unknown field") << QStringLiteral("souffleur://ticket?acount=1") << QStringLiteral("unknown field “acount”");
        QTest::newRow("repeated field") << QStringLiteral("souffleur://ticket?text=a&text=b") << QStringLiteral("“text” is given twice");
        QTest::newRow("channel") << QStringLiteral("souffleur://ticket?text=a&channel=fax") << QStringLiteral("phone, email or chat, not “fax”");
        QTest::newRow("language") << QStringLiteral("souffleur://ticket?text=a&lang=de") << QStringLiteral("fr or en, not “de”");
        QTest::newRow("escape in name") << QStringLiteral("souffleur://ticket?name=a%1Bb") << QStringLiteral("control character (U+001B)");
        QTest::newRow("newline in name") << QStringLiteral("souffleur://ticket?name=a%0Ab") << QStringLiteral("control character (U+000A)");
        QTest::newRow("NUL in text") << QStringLiteral("souffleur://ticket?text=a%00b") << QStringLiteral("control character (U+0000)");
        QTest::newRow("C1 in account") << QStringLiteral("souffleur://ticket?account=%C2%85") << QStringLiteral("U+0085");
        QTest::newRow("bidi override") << QStringLiteral("souffleur://ticket?name=abc%E2%80%AEfed") << QStringLiteral("U+202E");
        QTest::newRow("invalid UTF-8") << QStringLiteral("souffleur://ticket?text=%C3%28") << QStringLiteral("not valid UTF-8");
        QTest::newRow("overlong UTF-8") << QStringLiteral("souffleur://ticket?text=%C0%AF") << QStringLiteral("not valid UTF-8");
        QTest::newRow("text too long") << QStringLiteral("souffleur://ticket?text=") + big
                                       << QStringLiteral("too long (8001 characters, at most 8000)");
        QTest::newRow("name too long") << QStringLiteral("souffleur://ticket?name=") + QString(201, QLatin1Char('n'))
                                       << QStringLiteral("at most 200");
        QTest::newRow("account too long") << QStringLiteral("souffleur://ticket?account=") + QString(65, QLatin1Char('1'))
                                          << QStringLiteral("at most 64");
        QTest::newRow("whole link too large")
            << QStringLiteral("souffleur://ticket?text=") + QString(TicketHandoff::kMaxMessageBytes, QLatin1Char('a'))
            << QStringLiteral("larger than 131072 bytes");
    }
    void malformed()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const auto h = TicketHandoff::fromUrl(url);
        QVERIFY(!h.ok());
        QVERIFY2(h.error().message.contains(expected), qPrintable(h.error().message));
        QVERIFY(h.error().message.startsWith(QStringLiteral("The hand-off was refused")));
    }

    void limitsAreInclusive()
    {
        const QString url = QStringLiteral("souffleur://ticket?text=%1&name=%2&account=%3")
                                .arg(QString(TicketHandoff::kMaxText, QLatin1Char('t')), QString(TicketHandoff::kMaxName, QLatin1Char('n')),
                                     QString(TicketHandoff::kMaxAccount, QLatin1Char('a')));
        const auto h = TicketHandoff::fromUrl(url);
        QVERIFY(h.ok());
        QCOMPARE(h->text.size(), TicketHandoff::kMaxText);
        // Multi-byte characters count as characters, not bytes: 8000 "é" (16000 bytes) fit.
        QString accents;
        for (int i = 0; i < TicketHandoff::kMaxText; ++i)
            accents += QStringLiteral("%C3%A9");
        QVERIFY(TicketHandoff::fromUrl(QStringLiteral("souffleur://ticket?text=") + accents).ok());
    }

    void json()
    {
        auto h = TicketHandoff::fromJson(QByteArrayLiteral(R"({"text":"Plus de réseau\ndepuis hier","name":"Zoé","channel":"chat","lang":"fr"})"));
        QVERIFY(h.ok());
        QCOMPARE(h->text, QStringLiteral("Plus de réseau\ndepuis hier"));
        QCOMPARE(h->locale(), QStringLiteral("fr-FR"));
        // Round trip through toJson.
        QCOMPARE(*TicketHandoff::fromJson(h->toJson()), *h);

        const std::pair<QByteArray, QString> bad[] = {
            {QByteArrayLiteral("{\"text\":"), QStringLiteral("not valid JSON")},
            {QByteArrayLiteral("[\"text\"]"), QStringLiteral("must be a JSON object")},
            {QByteArrayLiteral("{\"account\":4471}"), QStringLiteral("“account” must be a string")},
            {QByteArrayLiteral("{\"text\":\"a\",\"customer\":\"b\"}"), QStringLiteral("unknown field “customer”")},
            {QByteArrayLiteral("{\"name\":\"a\\u0007\"}"), QStringLiteral("U+0007")},
        };
        for (const auto &[json, expected] : bad) {
            const auto r = TicketHandoff::fromJson(json);
            QVERIFY2(!r.ok(), json.constData());
            QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        }
    }

    void framing()
    {
        QByteArray buffer = HandoffServer::frame({{QStringLiteral("a"), 1}});
        const QByteArray whole = buffer;
        // Incomplete frames wait for more.
        QByteArray part = whole.left(whole.size() - 1);
        QVERIFY(!HandoffServer::takeFrame(part).has_value());
        auto taken = HandoffServer::takeFrame(buffer);
        QVERIFY(taken && taken->ok());
        QCOMPARE((*taken)->value(QStringLiteral("a")).toInt(), 1);
        QVERIFY(buffer.isEmpty());
        // A declared length over the limit is refused before anything is buffered.
        QByteArray huge("\x7f\xff\xff\xff", 4);
        auto refused = HandoffServer::takeFrame(huge);
        QVERIFY(refused && !refused->ok());
    }

    // The server and the client of single instance, in one process: the client blocks, so it runs on a worker
    // thread while this thread's event loop serves.
    void localServerAndClient()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("s"));
        QCOMPARE(HandoffClient::send(name, HandoffClient::activateMessage()).outcome, HandoffClient::Outcome::NotRunning);
        HandoffServer server;
        QVERIFY(server.listen(name).ok());
        QSignalSpy tickets(&server, &HandoffServer::ticketReceived);
        QSignalSpy refusals(&server, &HandoffServer::handoffRefused);
        QSignalSpy activations(&server, &HandoffServer::activateRequested);

        TicketHandoff h;
        h.text = QStringLiteral("box rouge");
        h.account = QStringLiteral("HX-1");
        auto delivered = QtConcurrent::run([name, h] { return HandoffClient::send(name, HandoffClient::ticketMessage(h)); });
        QTRY_VERIFY(delivered.isFinished());
        QCOMPARE(delivered.result().outcome, HandoffClient::Outcome::Delivered);
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.at(0).at(0).value<TicketHandoff>(), h);

        // The server validates too: a message built by hand with a bad channel is refused with the reason.
        QJsonObject bad = HandoffClient::ticketMessage(h);
        bad.insert(QStringLiteral("ticket"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("fax")}});
        auto refused = QtConcurrent::run([name, bad] { return HandoffClient::send(name, bad); });
        QTRY_VERIFY(refused.isFinished());
        QCOMPARE(refused.result().outcome, HandoffClient::Outcome::Refused);
        QVERIFY(refused.result().message.contains(QStringLiteral("fax")));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(tickets.size(), 1);

        auto activated = QtConcurrent::run([name] { return HandoffClient::send(name, HandoffClient::activateMessage()); });
        QTRY_VERIFY(activated.isFinished());
        QCOMPARE(activated.result().outcome, HandoffClient::Outcome::Delivered);
        QCOMPARE(activations.size(), 1);

        // A second server on the same name is refused while the first lives.
        HandoffServer other;
        QVERIFY(!other.listen(name).ok());
    }

    void staleSocketIsReclaimed()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("stale"));
        // A socket file nobody listens on, as a crashed instance leaves it.
        {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        HandoffServer server;
        const auto r = server.listen(name);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }

    void serverNameDependsOnStoreAndIsStable()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite")), b = dir.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(HandoffServer::serverName(a), HandoffServer::serverName(dir.path() + QStringLiteral("/./a.sqlite")));
        QVERIFY(HandoffServer::serverName(a) != HandoffServer::serverName(b));
    }
};

QTEST_GUILESS_MAIN(TestTicketHandoff)
#include "tst_ticket_handoff.moc"
