// SPDX-License-Identifier: GPL-3.0-or-later
// The running window receives tickets from the phone software: a second start of the real `souffleur` binary
// (command line or souffleur:// link) and the loopback HTTP endpoint. A valid hand-off fills the ticket card and
// puts the agent's ticket aside (one action brings it back); a malformed one is refused with a clear message and
// changes nothing.
#include "HandoffTestSupport.h"

#include "MainWindow.h"
#include "handoff/HandoffBanner.h"
#include "handoff/HandoffCoordinator.h"
#include "handoff/HandoffHttpServer.h"
#include "handoff/HandoffServer.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "panel/TicketCard.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>

using namespace souffleur;
using namespace handofftest;

class TestHandoffWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;
    Translator m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<HandoffCoordinator> m_handoffs;
    quint16 m_port = 0;
    const QByteArray m_token = HandoffHttpServer::generateToken().toLatin1();

    TicketCard *card() const { return m_window->assistPanel()->ticketCard(); }
    HandoffBanner *banner() const { return m_window->assistPanel()->handoffBanner(); }
    QStringList storeArgs() const { return {QStringLiteral("--store"), m_store}; }

    void agentTypes(const QString &text)
    {
        TicketCard::Snapshot s;
        s.name = QStringLiteral("Agent's customer");
        s.account = QStringLiteral("AG-1");
        s.channel = QStringLiteral("phone");
        s.text = text;
        card()->restore(s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolate(m_dir.path());
        m_store = m_dir.filePath(QStringLiteral("agent.sqlite"));
        m_translator.apply(QStringLiteral("en"));
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
        m_window = std::make_unique<MainWindow>(*m_services, m_translator);
        m_window->resize(420, 860);
        m_window->show();
        m_window->openStore(m_store, true);
        m_handoffs = std::make_unique<HandoffCoordinator>(*m_window);
        const auto listening = m_handoffs->listenLocal(HandoffServer::serverName(m_store));
        QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));
        const auto port = m_handoffs->listenHttp(0, QString::fromLatin1(m_token));
        QVERIFY(port.ok());
        m_port = *port;
        QTRY_VERIFY_WITH_TIMEOUT(m_window->assistPanel()->isReady(), 60000);
    }

    // The HTTP endpoint listens at the start of every test function (httpNotReachableOnceClosed closes it).
    void init()
    {
        if (!m_handoffs->httpServer()->isListening()) {
            const auto port = m_handoffs->httpServer()->listen(m_port, QString::fromLatin1(m_token));
            QVERIFY2(port.ok() && *port == m_port, qPrintable(port.ok() ? QString::number(*port) : port.error().message));
        }
    }

    void secondStartHandsItsTicketOver()
    {
        agentTypes(QStringLiteral("what the agent was typing"));
        const TicketCard::Snapshot before = card()->snapshot();
        const Run r = runApp(storeArgs() + QStringList{
            QStringLiteral("--ticket-text"), QStringLiteral("Ma box ne synchronise plus depuis ce matin"),
            QStringLiteral("--customer-name"), QStringLiteral("Claire Martin"), QStringLiteral("--account"), QStringLiteral("HX-4471-22"),
            QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--ticket-language"), QStringLiteral("fr")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(card()->text(), QStringLiteral("Ma box ne synchronise plus depuis ce matin"));
        QCOMPARE(card()->fields().value(QStringLiteral("customer.name")), QStringLiteral("Claire Martin"));
        QCOMPARE(card()->fields().value(QStringLiteral("customer.account")), QStringLiteral("HX-4471-22"));
        QCOMPARE(card()->channel(), QStringLiteral("email"));
        QCOMPARE(card()->locale(), QStringLiteral("fr-FR"));
        QCOMPARE(m_window->mode(), MainWindow::Mode::Assist);
        // Said in the panel, with the way back to the agent's ticket.
        QVERIFY(!banner()->isHidden());
        QVERIFY(!banner()->isError());
        QVERIFY(banner()->findChild<QPushButton *>(QStringLiteral("handoffRestore"))->isVisibleTo(banner()));
        auto *previous = m_window->findChild<QAction *>(QStringLiteral("previousTicketAction"));
        QVERIFY(previous->isEnabled());

        // The previous ticket comes back, and the handed-over one can come back in turn.
        const TicketCard::Snapshot handedOver = card()->snapshot();
        previous->trigger();
        QCOMPARE(card()->snapshot(), before);
        previous->trigger();
        QCOMPARE(card()->snapshot(), handedOver);
    }

    void linkFromTheCrm()
    {
        agentTypes(QStringLiteral("another ticket"));
        const Run r = runApp(storeArgs() << QStringLiteral(
                                    "souffleur://ticket?text=Plus%20de%20r%C3%A9seau%0Adepuis%20hier&name=Zo%C3%A9%20L%C3%A9ger&channel=chat&lang=fr"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(card()->text(), QStringLiteral("Plus de réseau\ndepuis hier"));
        QCOMPARE(card()->fields().value(QStringLiteral("customer.name")), QStringLiteral("Zoé Léger"));
        QCOMPARE(card()->channel(), QStringLiteral("chat"));
        // Fields the hand-off does not give are those of a new ticket: the agent's account does not linger.
        QVERIFY(!card()->fields().contains(QStringLiteral("customer.account")));
    }

    void malformedHandOffIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad channel in a link") << QStringList{QStringLiteral("souffleur://ticket?text=x&channel=fax")}
                                               << QStringLiteral("the channel must be phone, email or chat, not “fax”");
        QTest::newRow("bad language option") << QStringList{QStringLiteral("--ticket-text"), QStringLiteral("x"),
                                                            QStringLiteral("--ticket-language"), QStringLiteral("de")}
                                              << QStringLiteral("the language must be fr or en");
        QTest::newRow("text too long") << QStringList{QStringLiteral("--ticket-text"), QString(8001, QLatin1Char('x'))}
                                       << QStringLiteral("too long (8001 characters, at most 8000)");
        QTest::newRow("control character") << QStringList{QStringLiteral("--customer-name"), QStringLiteral("Eve\x1b[2J")}
                                           << QStringLiteral("control character (U+001B)");
        QTest::newRow("link and options") << QStringList{QStringLiteral("souffleur://ticket?text=x"), QStringLiteral("--account"),
                                                         QStringLiteral("1")}
                                          << QStringLiteral("not both");
        QTest::newRow("not a link") << QStringList{QStringLiteral("http://example.com/")} << QStringLiteral("not a souffleur:// link");
    }
    void malformedHandOffIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        agentTypes(QStringLiteral("the agent's notes, which must stay"));
        const TicketCard::Snapshot before = card()->snapshot();
        const int applied = m_handoffs->appliedCount();
        const Run r = runApp(storeArgs() + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("souffleur: The hand-off was refused")), qPrintable(r.err));
        QCOMPARE(card()->snapshot(), before);
        QCOMPARE(m_handoffs->appliedCount(), applied);
        // The agent sees it in the window, where they look, not only the phone software's log.
        QVERIFY(banner()->isError());
        QVERIFY2(banner()->message().contains(expected), qPrintable(banner()->message()));
        QVERIFY(banner()->message().contains(QStringLiteral("Your current ticket is unchanged.")));
    }

    void handOffDoesNotTakeTheKeyboardFromThePhoneSoftware()
    {
        agentTypes(QStringLiteral("typed before the call"));
        // Another application's window stands for the phone software, where the agent is typing.
        QWidget phone;
        phone.setWindowTitle(QStringLiteral("phone"));
        phone.resize(300, 200);
        phone.show();
        phone.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&phone));
        const Run r = runApp(storeArgs() + QStringList{QStringLiteral("--ticket-text"), QStringLiteral("appel entrant")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(card()->text(), QStringLiteral("appel entrant"));
        QCOMPARE(QApplication::activeWindow(), &phone);
        // The banner's buttons never take the focus either.
        QCOMPARE(banner()->findChild<QPushButton *>(QStringLiteral("handoffRestore"))->focusPolicy(), Qt::NoFocus);
        // Its button brings the previous ticket back, like the menu.
        QTest::mouseClick(banner()->findChild<QPushButton *>(QStringLiteral("handoffRestore")), Qt::LeftButton);
        QCOMPARE(card()->text(), QStringLiteral("typed before the call"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void newTicketPutsTheTicketAsideToo()
    {
        agentTypes(QStringLiteral("half-typed ticket"));
        const TicketCard::Snapshot before = card()->snapshot();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(card()->text().isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(card()->snapshot(), before);
    }

    void plainSecondStartOnlyComesForward()
    {
        agentTypes(QStringLiteral("unchanged"));
        const TicketCard::Snapshot before = card()->snapshot();
        const Run r = runApp(storeArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(card()->snapshot(), before);
    }

    void otherStoreIsAnotherInstance()
    {
        // Not this window's store: that start would become a running instance of its own, so it is not started
        // here; its single-instance name differs, which is what keeps the two apart.
        QVERIFY(HandoffServer::serverName(m_dir.filePath(QStringLiteral("other.sqlite"))) != HandoffServer::serverName(m_store));
    }

    void httpWrongTokenIs401()
    {
        agentTypes(QStringLiteral("kept"));
        const TicketCard::Snapshot before = card()->snapshot();
        HttpReply r = http(m_port, "GET /ticket?text=hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QVERIFY(r.head.contains("WWW-Authenticate: Bearer"));
        r = http(m_port, post(R"({"text":"hello"})", "not-the-token-at-all-0000000000000000000000"));
        QCOMPARE(r.status, 401);
        r = http(m_port, "GET /ticket?text=hello HTTP/1.1\r\nAuthorization: Bearer " + m_token.left(m_token.size() - 1) + "\r\n\r\n");
        QCOMPARE(r.status, 401);
        QCOMPARE(card()->snapshot(), before);
    }

    void httpMalformedIs400AndChangesNothing()
    {
        agentTypes(QStringLiteral("kept"));
        const TicketCard::Snapshot before = card()->snapshot();
        const std::pair<QByteArray, QString> bad[] = {
            {R"({"text":"a","channel":"fax"})", QStringLiteral("not “fax”")},
            {R"({"text":)", QStringLiteral("not valid JSON")},
            {R"({"account":4471})", QStringLiteral("must be a string")},
            {R"({})", QStringLiteral("no ticket field")},
            {R"({"txt":"a"})", QStringLiteral("unknown field “txt”")},
        };
        for (const auto &[body, expected] : bad) {
            const HttpReply r = http(m_port, post(body, m_token));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(true), false);
            QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(expected), r.head.constData());
            QCOMPARE(card()->snapshot(), before);
            QVERIFY(banner()->isError());
        }
        // Protocol errors.
        QCOMPARE(http(m_port, "GET /other HTTP/1.1\r\n\r\n").status, 404);
        QCOMPARE(http(m_port, "PUT /ticket HTTP/1.1\r\nContent-Length: 0\r\n\r\n").status, 405);
        QCOMPARE(http(m_port, "nonsense\r\n\r\n").status, 400);
        QCOMPARE(http(m_port, "GET /ticket?text=a HTTP/1.1\r\nHost: evil.example:8080\r\nAuthorization: Bearer " + m_token + "\r\n\r\n").status, 403);
        // A second Host (post() sends one already) is a repeated header: refused before anything else.
        QCOMPARE(http(m_port, post(R"({"text":"a"})", m_token, "Host: evil.example:8080\r\n")).status, 400);
        QCOMPARE(http(m_port, "POST /ticket HTTP/1.1\r\nAuthorization: Bearer " + m_token + "\r\n\r\n").status, 411);
        QCOMPARE(http(m_port, "POST /ticket?text=a HTTP/1.1\r\nAuthorization: Bearer " + m_token + "\r\nContent-Length: 2\r\n\r\n{}").status,
                 400);
        QCOMPARE(card()->snapshot(), before);
    }

    void httpTooBigIs413()
    {
        // Refused on the declared size, before the body is read.
        HttpReply r = http(m_port, "POST /ticket HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
                                       + "\r\nContent-Length: 200000\r\n\r\n{\"text\":\"");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("too_large"));
        // Headers without end.
        r = http(m_port, "GET /ticket?text=a HTTP/1.1\r\nX-Filler: " + QByteArray(20000, 'x'));
        QCOMPARE(r.status, 413);
        // A body within the byte limit whose text is over the character limit is a 400 that says so.
        r = http(m_port, post(R"({"text":")" + QByteArray(9000, 'a') + R"("})", m_token));
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("at most 8000")));
    }

    void httpGoodHandOffFillsTheCard()
    {
        agentTypes(QStringLiteral("before the call"));
        HttpReply r = http(m_port, post(R"({"text":"Facture trop élevée ce mois-ci","name":"Léa Roux","account":"HX-9","channel":"phone","lang":"fr"})",
                                        m_token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(card()->text(), QStringLiteral("Facture trop élevée ce mois-ci"));
        QCOMPARE(card()->fields().value(QStringLiteral("customer.name")), QStringLiteral("Léa Roux"));
        QVERIFY(!banner()->isError());

        // A long ticket, sent the way curl sends bodies over 1 KiB (it waits for "100 Continue").
        const QString longText = QString(3000, QLatin1Char('z'));
        r = http(m_port, "POST /ticket HTTP/1.1\r\nAuthorization: Bearer " + m_token + "\r\nExpect: 100-continue\r\nContent-Length: "
                             + QByteArray::number(longText.size() + 12) + "\r\n\r\n");
        QCOMPARE(r.status, 100);
        r = http(m_port, post(R"({"text":")" + longText.toLatin1() + R"("})", m_token));
        QCOMPARE(r.status, 200);
        QCOMPARE(card()->text(), longText);

        r = http(m_port, "GET /ticket?text=No+signal+since+yesterday&lang=en HTTP/1.1\r\nHost: localhost:"
                             + QByteArray::number(m_port) + "\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
        QCOMPARE(r.status, 200);
        QCOMPARE(card()->text(), QStringLiteral("No signal since yesterday"));
        QCOMPARE(card()->locale(), QStringLiteral("en-GB"));
        // The classifier follows the handed-over ticket like a typed one.
        const int results = m_window->assistPanel()->resultCount();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->assistPanel()->resultCount() > results, 10000);
    }

    void httpNotReachableOnceClosed()
    {
        m_handoffs->httpServer()->close();
        QCOMPARE(http(m_port, post(R"({"text":"a"})", m_token)).status, 0);
    }

    void cleanupTestCase()
    {
        m_handoffs.reset();
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }
};

QTEST_MAIN(TestHandoffWindow)
#include "tst_handoff_window.moc"
