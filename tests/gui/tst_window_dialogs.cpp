// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window driven through its menus and dialogs, the dialogs answered by the test hooks of
// ui/dialogs/Dialogs.h (no special case in product code): import and export from the File menu, a broken bundle,
// and the category picker (Ctrl+Shift+C). Each test has a window and a store of its own.
#include "MainWindow.h"
#include "bundle/BundleReader.h"
#include "dialogs/Dialogs.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "services/DesktopServices.h"
#include "status/LongWorkIndicator.h"
#include "store/StoreExecutor.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QSemaphore>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace souffleur;

namespace {

const QString kSmallKb = QStringLiteral(SOUFFLEUR_SOURCE_DIR "/tests/core/data/small-kb.json");

} // namespace

class TestWindowDialogs final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translator m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QString counts() const { return m_window->findChild<QLabel *>(QStringLiteral("statusCounts"))->text(); }

    void openWindow(bool withDemo)
    {
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        m_window = std::make_unique<MainWindow>(*m_services, m_translator);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openStore(m_dir.filePath(QStringLiteral("agent-%1.sqlite").arg(++m_run)), withDemo);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 60000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_translator.apply(QStringLiteral("en"));
    }

    void init()
    {
        MessageBox::setAutoAnswer(false);
        MessageBox::clearAnswered();
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }

    void importAndExportFromTheFileMenu()
    {
        openWindow(false);
        QCOMPARE(counts(), QStringLiteral("0 procedures · 0 replies · 0 articles"));
        FileDialog::setNextFileName(kSmallKb);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::answered().size(), 1, 60000);
        const MessageBox::Shown shown = MessageBox::answered().constFirst();
        QCOMPARE(shown.icon, QMessageBox::Information);
        QCOMPARE(shown.title, QStringLiteral("Import finished"));
        QVERIFY2(shown.text.contains(QStringLiteral("5 items added")), qPrintable(shown.text));
        // The window shows the new knowledge.
        QTRY_COMPARE_WITH_TIMEOUT(counts(), QStringLiteral("2 procedures · 1 reply · 2 articles"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QTreeView *>(QStringLiteral("categoryTree"))->model()->rowCount() > 0, 60000);

        const QString exported = m_dir.filePath(QStringLiteral("exported-%1.json").arg(m_run));
        FileDialog::setNextFileName(exported);
        action("exportAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), 60000);
        auto kb = BundleReader::readFile(exported);
        QTRY_VERIFY_WITH_TIMEOUT((kb = BundleReader::readFile(exported)).ok(), 60000);  // written whole, then read
        QCOMPARE(kb->items.size(), 5);
        QCOMPARE(kb->categories.size(), 4);
        QCOMPARE(MessageBox::answered().size(), 1);  // no error box
    }

    void aBrokenBundleShowsTheErrorAndChangesNothing()
    {
        openWindow(false);
        const QString broken = m_dir.filePath(QStringLiteral("broken-%1.json").arg(m_run));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "souffleur-knowledge", "items": [ {"id": )");
        file.close();
        FileDialog::setNextFileName(broken);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::answered().size(), 1, 60000);
        const MessageBox::Shown shown = MessageBox::answered().constFirst();
        QCOMPARE(shown.icon, QMessageBox::Warning);
        QCOMPARE(shown.title, QStringLiteral("Import failed"));
        QVERIFY(!shown.text.isEmpty());
        QCOMPARE(counts(), QStringLiteral("0 procedures · 0 replies · 0 articles"));
        QCOMPARE(m_window->findChild<QTreeView *>(QStringLiteral("categoryTree"))->model()->rowCount(), 0);
    }

    void canceledFileDialogDoesNothing()
    {
        openWindow(false);
        FileDialog::setNextFileName(QString());  // the person pressed Cancel
        action("importAction")->trigger();
        QCOMPARE(MessageBox::answered().size(), 0);
        QCOMPARE(counts(), QStringLiteral("0 procedures · 0 replies · 0 articles"));
    }

    void anImportCanBeCanceledFromTheStatusBar()
    {
        openWindow(false);
        // Hold the long-work thread so that the import is still waiting when Cancel is pressed.
        QSemaphore started, release;
        auto hold = m_services->longWork().runPlain([&] {
            started.release();
            release.acquire();
        });
        started.acquire();
        FileDialog::setNextFileName(kSmallKb);
        action("importAction")->trigger();
        LongWorkIndicator *indicator = m_window->longWorkIndicator();
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->findChild<QLabel *>(QStringLiteral("longWorkLabel"))->text(), QStringLiteral("Importing…"));
        QTest::mouseClick(indicator->findChild<QToolButton *>(QStringLiteral("longWorkCancel")), Qt::LeftButton);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(!indicator->isVisible(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(), QStringLiteral("Import canceled: nothing was imported."), 60000);
        QCOMPARE(MessageBox::answered().size(), 0);
        QCOMPARE(counts(), QStringLiteral("0 procedures · 0 replies · 0 articles"));
        QVERIFY(hold.isFinished());
    }

    void theCategoryPickerChoosesACategory()
    {
        openWindow(true);
        AssistPanel *panel = m_window->assistPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 60000);
        m_window->setMode(MainWindow::Mode::Assist);
        // The picker is a modal dialog: answer it from a timer once it shows, as a person would.
        bool answered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("categoryPicker"))
                return;
            poll.stop();
            auto *filter = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(filter, QStringLiteral("Router not syncing"));
            QTest::keyClick(filter, Qt::Key_Return);
            answered = true;
        });
        poll.start();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->categoryId(), QStringLiteral("internet.panne.synchro"), 60000);
        const QString crumb = panel->findChild<QLabel *>(QStringLiteral("categoryBreadcrumb"))->text();
        QVERIFY2(crumb.contains(QStringLiteral("chosen by you")), qPrintable(crumb));
    }
};

QTEST_MAIN(TestWindowDialogs)
#include "tst_window_dialogs.moc"
