// SPDX-License-Identifier: GPL-3.0-or-later
// The window made to sit beside the phone software: always on top and compact mode (menu, shortcut, remembered),
// geometry remembered, shortcuts shown, every control of the side panel named for screen readers, usable from
// 380 px wide.
//
// Each test function gets a new window with settings of its own (what it remembers is what it saved itself), on
// the store prepared once.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "panel/ProcedurePane.h"
#include "panel/TicketCard.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace souffleur;

class TestWindowBesidePhone final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translator m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    AssistPanel *panel() const { return m_window->assistPanel(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_services, m_translator);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openStore(m_dir.filePath(QStringLiteral("agent.sqlite")), true);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isReady(), 60000);
    }

    void reopenWindow()
    {
        m_window->close();  // saves geometry and state, like quitting
        openWindow();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_translator.apply(QStringLiteral("en"));
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
    }

    void init()
    {
        // Settings of this test function's own: the window starts from the defaults.
        guitest::freshSettings(m_dir.path());
        QVERIFY(QSettings().allKeys().isEmpty());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
    }

    void alwaysOnTopIsAToggleAndIsRemembered()
    {
        QAction *onTop = action("alwaysOnTopAction");
        QVERIFY(onTop);
        QVERIFY(!m_window->isAlwaysOnTop());
        QCOMPARE(onTop->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->isAlwaysOnTop());
        QVERIFY(onTop->isChecked());
        QVERIFY(m_window->isVisible());  // changing the flag must not leave the window hidden
        reopenWindow();
        QVERIFY(m_window->isAlwaysOnTop());
        QVERIFY(action("alwaysOnTopAction")->isChecked());
        action("alwaysOnTopAction")->trigger();
        QVERIFY(!m_window->isAlwaysOnTop());
        reopenWindow();
        QVERIFY(!m_window->isAlwaysOnTop());
    }

    void compactModeShowsOnlyTheNotesAndIsRemembered()
    {
        QAction *compact = action("compactAction");
        QVERIFY(compact);
        QCOMPARE(compact->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        auto *name = panel()->findChild<QLineEdit *>(QStringLiteral("customerName"));
        auto *notes = panel()->findChild<QPlainTextEdit *>(QStringLiteral("ticketNotes"));
        auto *searchBar = m_window->findChild<QToolBar *>(QStringLiteral("searchBar"));
        QVERIFY(name->isVisible());
        QVERIFY(searchBar->isVisible());
        TicketCard::Snapshot s;
        s.name = QStringLiteral("Claire Martin");
        s.account = QStringLiteral("HX-4471-22");
        s.text = QStringLiteral("box rouge");
        panel()->ticketCard()->restore(s);

        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->isCompact());
        QVERIFY(!name->isVisible());
        QVERIFY(!panel()->findChild<QComboBox *>(QStringLiteral("ticketChannel"))->isVisible());
        QVERIFY(notes->isVisible());
        QVERIFY(!searchBar->isVisible());
        // Who is on the line stays in sight, on one line.
        auto *summary = panel()->findChild<QLabel *>(QStringLiteral("ticketSummary"));
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->text(), QStringLiteral("Claire Martin · HX-4471-22"));
        // Searching still works: the bar comes back for it.
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(searchBar->isVisible());

        reopenWindow();
        QVERIFY(m_window->isCompact());
        QVERIFY(action("compactAction")->isChecked());
        QVERIFY(!m_window->findChild<QToolBar *>(QStringLiteral("searchBar"))->isVisible());
        QVERIFY(!panel()->findChild<QLineEdit *>(QStringLiteral("customerName"))->isVisible());
    }

    void compactFitsIn380Pixels()
    {
        m_window->setCompact(true);
        m_window->resize(380, 800);
        QTRY_COMPARE(m_window->width(), 380);
        QVERIFY2(m_window->minimumSizeHint().width() <= 380, qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QVERIFY(panel()->findChild<QTabWidget *>(QStringLiteral("assistTabs"))->width() <= 380);
        // A very long customer name does not widen the window.
        TicketCard::Snapshot s;
        s.name = QString(150, QLatin1Char('W'));
        panel()->ticketCard()->restore(s);
        QVERIFY(m_window->minimumSizeHint().width() <= 380);
        m_window->setCompact(false);
        QVERIFY(m_window->minimumSizeHint().width() <= 380);
    }

    void geometryIsRemembered()
    {
        m_window->setCompact(false);
        m_window->resize(430, 700);
        QTRY_COMPARE(m_window->size(), QSize(430, 700));
        reopenWindow();
        QCOMPARE(m_window->size(), QSize(430, 700));
    }

    void menusAndTooltipsShowShortcuts()
    {
        for (const char *name : {"alwaysOnTopAction", "compactAction", "previousTicketAction"}) {
            QAction *a = action(name);
            QVERIFY2(a && !a->shortcut().isEmpty(), name);
            // Menus show an action's shortcut by itself; its tooltip says it too.
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
        }
    }

    void everyControlOfTheSidePanelHasAnAccessibleName()
    {
        // With a ticket in, so that the category chips, procedure buttons and reply controls exist.
        TicketCard::Snapshot s;
        s.text = QStringLiteral("ma box ne synchronise plus, le voyant DSL clignote");
        const int before = panel()->resultCount();
        panel()->ticketCard()->restore(s);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->resultCount() > before, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->procedurePane()->itemId().isEmpty(), 10000);
        QStringList unnamed;
        for (QWidget *w : panel()->findChildren<QWidget *>()) {
            // A scroll area's viewport is part of the area, which carries the name.
            auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
            if (area && area->viewport() == w)
                continue;
            const bool control = (w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(w);
            if (control && w->accessibleName().isEmpty())
                unnamed << QStringLiteral("%1 (%2 in %3)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), w->parentWidget()->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }
};

QTEST_MAIN(TestWindowBesidePhone)
#include "tst_window_beside_phone.moc"
