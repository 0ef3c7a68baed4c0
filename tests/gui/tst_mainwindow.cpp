// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window on the demo store, the way an agent would: search, pick a category, open a
// procedure, switch language. The window's item models are checked by QAbstractItemModelTester all along.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "models/ItemListModel.h"
#include "panel/ProcedurePane.h"
#include "views/ItemView.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
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
    std::unique_ptr<QAbstractItemModelTester> m_itemsTester;
    std::unique_ptr<QAbstractItemModelTester> m_categoriesTester;

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
        QVERIFY(m_dir.isValid());
        guitest::freshSettings(m_dir.path());
        m_translator = std::make_unique<Translator>();
        m_translator->apply(QStringLiteral("fr"));
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
        m_window = std::make_unique<MainWindow>(*m_services, *m_translator);
        // From the first reset on: loading, searches, categories, changed marks, the language switch.
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_itemsTester = std::make_unique<QAbstractItemModelTester>(itemList()->model(), Mode::QtTest);
        m_categoriesTester = std::make_unique<QAbstractItemModelTester>(categoryTree()->model(), Mode::QtTest);
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

    // Each test function starts from the French interface and the browser with an empty search.
    void init()
    {
        m_window->findChild<QAction *>(QStringLiteral("language-fr"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->contentLocale(), QStringLiteral("fr-FR"), 30000);
        m_window->setMode(MainWindow::Mode::Browse);
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
    }

    void searchFindsPrefixesWithoutAccents()
    {
        m_window->setMode(MainWindow::Mode::Browse);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), 30000);
        QTest::keyClicks(search, QStringLiteral("factur"));
        // The search's results are in (the list title and entries change together; a category listed before
        // would otherwise pass for them).
        auto *heading = m_window->findChild<QLabel *>(QStringLiteral("listTitle"));
        QTRY_VERIFY2_WITH_TIMEOUT(heading->text().contains(QStringLiteral("factur")) && !listedTitles().isEmpty(),
                                  qPrintable(heading->text()), 30000);
        // Grouped by kind: every top-level row is a group heading.
        const QAbstractItemModel *model = itemList()->model();
        for (int g = 0; g < model->rowCount(); ++g)
            QVERIFY(model->index(g, 0).data(ItemListModel::IsGroupRole).toBool());

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
        // The demo's "Box sans synchronisation", among the category's procedures.
        QModelIndex first;
        for (int r = 0; r < model->rowCount(firstGroup) && !first.isValid(); ++r) {
            if (model->index(r, 0, firstGroup).data(ItemListModel::IdRole).toString() == u"proc.box-sync.fr")
                first = model->index(r, 0, firstGroup);
        }
        QVERIFY2(first.isValid(), qPrintable(listedTitles().join(QStringLiteral(", "))));
        itemList()->setCurrentIndex(first);
        auto *title = m_window->findChild<QLabel *>(QStringLiteral("itemTitle"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), first.data().toString(), 30000);
        // The procedure opens as a guided checklist with its numbered steps.
        auto *view = m_window->findChild<ItemView *>(QStringLiteral("itemView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->procedurePane()->walk() != nullptr, 30000);
        QVERIFY(view->procedurePane()->walk()->steps().size() >= 3);
        // Its steps in order, the first one current (▶): the demo procedure's own words.
        const QString firstStep = QStringLiteral("Avant tout diagnostic, consulter l’outil de supervision réseau");
        const QString secondStep = QStringLiteral("Informer le client de l’incident et du délai de rétablissement annoncé");
        const QString thirdStep = QStringLiteral("tat du voyant");
        QTRY_VERIFY_WITH_TIMEOUT(view->bodyText().contains(firstStep), 30000);
        const QString body = view->bodyText();
        QVERIFY2(body.indexOf(QStringLiteral("\u25B6 1")) >= 0 && body.indexOf(QStringLiteral("\u25B6 1")) < body.indexOf(firstStep),
                 qPrintable(body));
        QVERIFY2(body.indexOf(firstStep) < body.indexOf(secondStep) && body.indexOf(secondStep) < body.indexOf(thirdStep),
                 qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("\u25B6 2")));
    }

    void switchingLanguageShowsEnglishContent()
    {
        // An item is open: the French procedure.
        m_window->showItem(QStringLiteral("proc.box-sync.fr"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("itemMeta"))->text().contains(QStringLiteral("fr-FR")), 30000);
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
        m_itemsTester.reset();
        m_categoriesTester.reset();
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
