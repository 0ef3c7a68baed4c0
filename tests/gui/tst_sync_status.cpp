// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar against a real souffleur-hub process on 127.0.0.1: online after a sync (and the window shows the
// content that came down), the agent's records uploaded (pending back to 0), offline when the hub stops, back
// online when it returns.
//
// The hub runs for the whole suite (a test function that stops it starts it again); each test function gets a
// window of its own on a new empty store, with settings of its own.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "feedback/FeedbackBar.h"
#include "i18n/Translator.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "settings/FileSecretBackend.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/StoreExecutor.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncStatusWidget.h"
#include "views/ItemView.h"

#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace souffleur;

class TestSyncStatus final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    QProcess m_hub;
    quint16 m_port = 0;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_token;
    int m_stores = 0;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    QString hubRun(QStringList args, int *exitCode = nullptr)
    {
        args << QStringLiteral("--data") << m_data;
        QProcess p;
        p.start(QStringLiteral(SOUFFLEUR_HUB), args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    bool startHub(const QString &listen)
    {
        m_hub.start(QStringLiteral(SOUFFLEUR_HUB), {QStringLiteral("serve"), QStringLiteral("--listen"), listen,
                                                    QStringLiteral("--data"), m_data});
        if (!m_hub.waitForStarted())
            return false;
        for (int i = 0; i < 100 && !m_hub.canReadLine(); ++i)
            m_hub.waitForReadyRead(100);
        const QString line = QString::fromUtf8(m_hub.readLine()).trimmed();
        if (!line.startsWith(u"listening=127.0.0.1:"))
            return false;
        m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
        return m_port > 0;
    }

    SyncStatusWidget *status() const { return m_window->syncStatus(); }
    sync::SyncScheduler *scheduler() const { return m_window->syncScheduler(); }
    FeedbackBar *viewBar() const { return m_window->findChild<ItemView *>(QStringLiteral("itemView"))->feedbackBar(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("hub"));
        int code = -1;
        hubRun({QStringLiteral("init")}, &code);
        QCOMPARE(code, 0);
        const QString out = hubRun({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agent"),
                                    QStringLiteral("--role"), QStringLiteral("agent")}, &code);
        QCOMPARE(code, 0);
        m_token = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).constLast().trimmed();
        hubRun({QStringLiteral("publish"), QStringLiteral(SOUFFLEUR_SOURCE_DIR "/tests/core/data/small-kb.json")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(startHub(QStringLiteral("127.0.0.1:0")));
        // The token where the desktop keeps it (files of this test's folder, never the user's keychain).
        m_secrets = std::make_unique<SecretStore>(
            std::make_unique<FileSecretBackend>(m_dir.filePath(QStringLiteral("keychain.json"))),
            std::make_unique<FileSecretBackend>(m_dir.filePath(QStringLiteral("tokens.json"))));
        SecretStore::setInstance(m_secrets.get());
        auto stored = m_secrets->write(SecretStore::Secret::HubToken, m_token);
        QTRY_VERIFY(stored.isFinished());
        QVERIFY(stored.result().ok());
        m_translator = std::make_unique<Translator>();
        m_translator->apply(QStringLiteral("en"));
    }

    void init()
    {
        if (m_hub.state() != QProcess::Running)
            QVERIFY(startHub(QStringLiteral("127.0.0.1:%1").arg(m_port)));
        guitest::freshSettings(m_dir.path());
        Settings().setHubUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));

        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
        m_window = std::make_unique<MainWindow>(*m_services, *m_translator);
        m_window->show();
        // An empty store: everything it will show comes from the hub.
        m_window->openStore(m_dir.filePath(QStringLiteral("agent-%1.sqlite").arg(++m_stores)), false);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 20000);
        QVERIFY(scheduler());
        // Quick retries for the test; no periodic poll to race with.
        scheduler()->setTiming({600000, 200, 400, 1});
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }

    void onlineAfterSync()
    {
        QTRY_COMPARE_WITH_TIMEOUT(scheduler()->state(), sync::LinkState::Online, 20000);
        QVERIFY(scheduler()->lastSync().isValid());
        QVERIFY2(status()->linkText().contains(QStringLiteral("Online")), qPrintable(status()->linkText()));
        // The window shows what came down: the hub's categories, and its checkpoint as the content version.
        QTRY_VERIFY(m_window->findChild<QTreeView *>(QStringLiteral("categoryTree"))->model()->rowCount() >= 2);
        QTRY_VERIFY(status()->findChild<QLabel *>(QStringLiteral("statusContentVersion"))->text().contains(QLatin1Char('#')));
        QTRY_COMPARE(status()->pending(), 0);
    }

    void pendingGoesUpThenToZero()
    {
        QTRY_COMPARE_WITH_TIMEOUT(scheduler()->state(), sync::LinkState::Online, 20000);
        m_window->setMode(MainWindow::Mode::Browse);
        m_window->showItem(QStringLiteral("proc.box-sync.fr"));
        QTRY_VERIFY(viewBar()->item().has_value());
        viewBar()->rateHelpful(true);
        QTRY_COMPARE(status()->pending(), 1);
        const int passes = scheduler()->passes();
        scheduler()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler()->passes() > passes, 20000);
        QCOMPARE(scheduler()->state(), sync::LinkState::Online);
        QCOMPARE(status()->pending(), 0);
        QVERIFY(hubRun({QStringLiteral("received")}).contains(QStringLiteral("proc.box-sync.fr")));
    }

    void offlineWhenTheHubStops()
    {
        QTRY_COMPARE_WITH_TIMEOUT(scheduler()->state(), sync::LinkState::Online, 20000);
        m_window->setMode(MainWindow::Mode::Browse);
        m_window->showItem(QStringLiteral("proc.box-sync.fr"));
        QTRY_VERIFY(viewBar()->item().has_value());
        QTRY_COMPARE(status()->pending(), 0);
        m_hub.kill();
        m_hub.waitForFinished();
        viewBar()->rateHelpful(false);
        QTRY_COMPARE(status()->pending(), 1);
        scheduler()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler()->state(), sync::LinkState::Offline, 20000);
        QVERIFY2(status()->linkText().contains(QStringLiteral("Offline")), qPrintable(status()->linkText()));
        const QString message = status()->findChild<QToolButton *>(QStringLiteral("statusLink"))->toolTip();
        QVERIFY2(message.startsWith(QStringLiteral("Offline: you are using the local knowledge from")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("will be sent later")), qPrintable(message));
        QCOMPARE(status()->pending(), 1);  // kept

        // The hub comes back on the same address: the back-off retry finds it and sends the vote.
        QVERIFY(startHub(QStringLiteral("127.0.0.1:%1").arg(m_port)));
        QTRY_COMPARE_WITH_TIMEOUT(scheduler()->state(), sync::LinkState::Online, 30000);
        QTRY_COMPARE(status()->pending(), 0);
    }

    void cleanupTestCase()
    {
        m_hub.kill();
        m_hub.waitForFinished();
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_sync_status.moc"
