// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window on the demo store, the way an agent would: search, pick a category, open a
// procedure, switch language.
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "models/ItemListModel.h"
#include "panel/ProcedurePane.h"
#include "views/ItemView.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace souffleur;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    QTreeView *itemList() const { return m_window->findChild<QTreeView *>(QStringLiteral("itemList")); }
    QTreeView *categoryTree() const { return m_window->findChild<QTreeView *>(QStringLiteral("categoryTree")); }

    // All item titles currently listed, group by group.
    QStringList listedTitles() const
    {
        QStringList titles;
        const QAbstractItemModel *model = itemList()->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r)
                titles << model->index(r, 0, group).data().toString();
        }
        return titles;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_translator = std::make_unique<Translator>();
        m_translator->apply(QStringLiteral("fr"));
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
        m_window = std::make_unique<MainWindow>(*m_services, *m_translator);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openStore(m_dir.filePath(QStringLiteral("agent.sqlite")), true);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 20000);
        QVERIFY(categoryTree()->model()->rowCount() >= 4);
        QVERIFY(MessageBox::answered().isEmpty());
        // The French interface is really loaded from the embedded translation.
        QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->placeholderText(),
                 QStringLiteral("Chercher procédures, réponses et articles (Ctrl+K)"));
    }

    void searchFindsPrefixesWithoutAccents()
    {
        m_window->setMode(MainWindow::Mode::Browse);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), 30000);
        QTest::keyClicks(search, QStringLiteral("factur"));
        QTRY_VERIFY_WITH_TIMEOUT(!listedTitles().isEmpty(), 30000);
        // Grouped by kind: every top-level row is a group heading.
        const QAbstractItemModel *model = itemList()->model();
        for (int g = 0; g < model->rowCount(); ++g)
            QVERIFY(model->index(g, 0).data(ItemListModel::IsGroupRole).toBool());
        const QString heading = m_window->findChild<QLabel *>(QStringLiteral("listTitle"))->text();
        QVERIFY2(heading.contains(QStringLiteral("factur")), qPrintable(heading));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("resiliation"));
        QTRY_VERIFY_WITH_TIMEOUT(listedTitles().join(QLatin1Char(' ')).contains(QStringLiteral("ésiliation"), Qt::CaseInsensitive), 30000);
        search->clear();
    }

    void openingAProcedureShowsItsSteps()
    {
        m_window->selectCategory(QStringLiteral("internet.panne.synchro"));
        // The list shows the category (breadcrumb in the list title), not the earlier search results.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("listTitle"))->text().contains(QStringLiteral("Box sans synchro")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!listedTitles().isEmpty(), 30000);
        const QAbstractItemModel *model = itemList()->model();
        const QModelIndex firstGroup = model->index(0, 0);
        QCOMPARE(firstGroup.data(ItemListModel::KindRole).toInt(), int(ItemKind::Procedure));
        const QModelIndex first = model->index(0, 0, firstGroup);
        itemList()->setCurrentIndex(first);
        auto *title = m_window->findChild<QLabel *>(QStringLiteral("itemTitle"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), first.data().toString(), 30000);
        // The procedure opens as a guided checklist with its numbered steps.
        auto *view = m_window->findChild<ItemView *>(QStringLiteral("itemView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->procedurePane()->walk() != nullptr, 30000);
        QVERIFY(view->procedurePane()->walk()->steps().size() >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(view->bodyText().contains(QStringLiteral("1")), 30000);
        QVERIFY(view->bodyText().size() > 100);
    }

    void switchingLanguageShowsEnglishContent()
    {
        auto *english = m_window->findChild<QAction *>(QStringLiteral("language-en"));
        QVERIFY(english);
        english->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->contentLocale(), QStringLiteral("en-GB"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("itemMeta"))->text().contains(QStringLiteral("en-GB")), 30000);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QCOMPARE(search->placeholderText(), QStringLiteral("Search procedures, replies and articles (Ctrl+K)"));
        m_window->findChild<QAction *>(QStringLiteral("language-fr"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->contentLocale(), QStringLiteral("fr-FR"), 30000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
