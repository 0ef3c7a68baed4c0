// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's side panel on the demo knowledge base: type a ticket, see its category and procedure; pick another
// category and it is recorded as a correction; the panel works at 380 px wide.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "panel/ProcedurePane.h"
#include "panel/RepliesPane.h"
#include "panel/TicketCard.h"
#include "store/Store.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"
#include "store/SqlUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;

class TestAssistPanel final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translator m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    AssistPanel *panel() const { return m_window->assistPanel(); }

    // Types the ticket and waits for the result of the whole text. The keys go in without the event loop running,
    // so the card announces the text once, when the typing pauses (debounced); the panel asks for that text's
    // result at the announcement and drops older ones: a result counted after it is the whole text's.
    void typeTicket(const QString &text)
    {
        auto *notes = panel()->findChild<QPlainTextEdit *>(QStringLiteral("ticketNotes"));
        notes->clear();
        QTest::keyClicks(notes, text);
        int atAnnouncement = -1;
        const QMetaObject::Connection announced = connect(panel()->ticketCard(), &TicketCard::ticketChanged, this,
                                                          [&] { atAnnouncement = panel()->resultCount(); });
        const auto disconnectAtEnd = qScopeGuard([&] { disconnect(announced); });
        QTRY_VERIFY_WITH_TIMEOUT(atAnnouncement >= 0 && panel()->resultCount() > atAnnouncement, 10000);
        QCOMPARE(notes->toPlainText(), text);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isEnabled(), 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::freshSettings(m_dir.path());
        m_translator.apply(QStringLiteral("en"));
        m_executor = std::make_unique<StoreExecutor>();
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
    }

    // Each test function gets a new narrow window with an empty ticket, on the store the first one made (the demo
    // knowledge base, its classifier trained and saved). A window once made wide keeps state of its own (its
    // minimum width), hence not one window for the whole suite.
    void init()
    {
        m_services = std::make_unique<DesktopServices>(*m_executor);
        m_window = std::make_unique<MainWindow>(*m_services, m_translator);
        m_window->resize(380, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openStore(m_dir.filePath(QStringLiteral("agent.sqlite")), true);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isReady(), 120000);
        QCOMPARE(m_window->mode(), MainWindow::Mode::Assist);
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
    }

    void clearTicketShowsCategoryAndProcedure()
    {
        typeTicket(QStringLiteral("ma box ne synchronise plus depuis ce matin, le voyant DSL clignote et plus d'internet"));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->categoryId(), QStringLiteral("internet.panne.synchro"), 30000);
        const QString crumb = panel()->findChild<QLabel *>(QStringLiteral("categoryBreadcrumb"))->text();
        QVERIFY2(crumb.contains(QStringLiteral("Router not syncing")), qPrintable(crumb));
        QVERIFY(crumb.contains(QStringLiteral("%")));
        QVERIFY(!panel()->procedurePane()->itemId().isEmpty());
        QVERIFY(panel()->procedurePane()->walk()->steps().size() >= 3);
    }

    void choosingAnotherCategoryRecordsACorrection()
    {
        // A ticket of its own: the correction teaches the classifier (the suite's store is shared), so it must not be
        // the ticket another test expects in its usual category.
        typeTicket(QStringLiteral("je conteste le montant de ma facture de ce mois, il est trop cher"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->categoryId().isEmpty(), 30000);
        auto *chip = panel()->findChild<QPushButton *>(QStringLiteral("alternative-0"));
        QVERIFY(chip->isVisible());
        const QString other = chip->property("categoryId").toString();
        QVERIFY(!other.isEmpty());
        // At 380 px a chip shows the category's name, not a cut "Name…· <1 %": the likelihood is in the tooltip.
        QVERIFY2(!chip->text().contains(QLatin1Char('%')), qPrintable(chip->text()));
        // It shows the category's name (cut at the end only when it must be), found whole in the tooltip's path.
        QVERIFY2(chip->toolTip().contains(chip->text().remove(QChar(0x2026))), qPrintable(chip->toolTip()));
        QVERIFY2(chip->toolTip().contains(QLatin1Char('%')), qPrintable(chip->toolTip()));
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel()->categoryId(), other, 30000);
        QVERIFY(panel()->findChild<QLabel *>(QStringLiteral("categoryBreadcrumb"))->text().contains(QStringLiteral("chosen by you")));
        // The correction is in the store, as a ticket of source 'correction'.
        Store::Options options;
        options.createIfMissing = false;
        auto store = Store::open(m_dir.filePath(QStringLiteral("agent.sqlite")), options);
        QVERIFY(store.ok());
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto n = sql::scalar((*store)->database(),
                                 QStringLiteral("SELECT count(*) FROM tickets WHERE source = 'correction' AND category_id = ?"), {other});
            return n && n->toInt() == 1;
        }(), 30000);
        // And the classifier learns from it in the background: a new model, trained with the correction, is saved.
        const int trainings = panel()->trainingsDone();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->trainingsDone() > trainings, 60000);
        auto summary = sql::scalar((*store)->database(), QStringLiteral("SELECT training_summary FROM classifier_model"));
        QVERIFY(summary.ok());
        const QJsonObject sources = QJsonDocument::fromJson(summary->toString().toUtf8()).object().value(u"sources").toObject();
        QCOMPARE(sources.value(u"corrections").toInt(), 1);
        QCOMPARE((*store)->meta(QStringLiteral("classifier.stale")), QStringLiteral("0"));
    }

    void offTopicTextIsNotForcedIntoACategory()
    {
        panel()->newTicket();
        typeTicket(QStringLiteral("what is the recipe for a good chocolate cake with strawberries"));
        const QString crumb = panel()->findChild<QLabel *>(QStringLiteral("categoryBreadcrumb"))->text();
        QVERIFY2(crumb.contains(QStringLiteral("Not sure")), qPrintable(crumb));
    }

    void layoutFitsIn380Pixels()
    {
        QVERIFY2(m_window->width() <= 400, qPrintable(QStringLiteral("window %1 px, minimum %2, panel minimum %3")
                                                           .arg(m_window->width()).arg(m_window->minimumSizeHint().width())
                                                           .arg(panel()->minimumSizeHint().width())));
        const QWidget *tabs = panel()->findChild<QTabWidget *>(QStringLiteral("assistTabs"));
        QVERIFY(tabs->width() <= m_window->width());
        QVERIFY(panel()->minimumSizeHint().width() <= 380);
    }

    void wideWindowShowsTheProcedureBesideTheReplies()
    {
        typeTicket(QStringLiteral("ma box ne synchronise plus depuis ce matin, le voyant DSL clignote et plus d'internet"));
        auto *tabs = panel()->findChild<QTabWidget *>(QStringLiteral("assistTabs"));
        m_window->resize(1000, 900);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isWide(), 30000);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->indexOf(panel()->procedurePane()), -1);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget(), panel()->repliesPane());
        // Both in view at once: the next step while copying a reply.
        QVERIFY(panel()->procedurePane()->isVisible());
        QVERIFY(panel()->repliesPane()->isVisible());
        QVERIFY(tabs->tabText(0).startsWith(QStringLiteral("Replies (")));
        m_window->resize(380, 900);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isWide(), 30000);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->indexOf(panel()->procedurePane()), 0);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Procedure"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget(), panel()->procedurePane());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }
};

QTEST_MAIN(TestAssistPanel)
#include "tst_assist_panel.moc"
