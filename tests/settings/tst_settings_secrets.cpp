// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore over a fake keychain and the real private-file fallback: tokens go to the keychain and never to the
// settings file; without a keychain it says so once and uses a 0600 file in a 0700 folder; a refusing keychain is
// an error, not a silent fallback; version 0 files give up their clear-text tokens, and keep them when they cannot
// be stored. The real QtKeychain backend without any D-Bus session falls back too.
#include "FakeKeychain.h"
#include "SettingsTestSupport.h"

#include "settings/FileSecretBackend.h"
#include "settings/KeychainBackend.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

class TestSettingsSecrets final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString fallbackFile() const { return Settings().folder() + QStringLiteral("/tokens.json"); }

    // A store over `keychain` (owned by the store) and the real file fallback.
    std::unique_ptr<SecretStore> storeOver(FakeKeychain *keychain) const
    {
        return std::make_unique<SecretStore>(std::unique_ptr<SecretBackend>(keychain),
                                             std::make_unique<FileSecretBackend>(fallbackFile()));
    }

    QJsonObject fileEntries() const
    {
        QFile file(fallbackFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QByteArray settingsText()
    {
        QFile file(Settings().fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeTodaysFile()
    {
        QSettings raw;
        raw.setValue(QStringLiteral("sync/hubUrl"), QStringLiteral("http://127.0.0.1:8080"));
        raw.setValue(QStringLiteral("sync/token"), QStringLiteral("hub-secret-123"));
        raw.setValue(QStringLiteral("handoff/token"), QStringLiteral("handoff-secret-4567890"));
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        raw.sync();
    }

private slots:
    void initTestCase()
    {
        // The real backend must never reach the developer's own keychain: no session bus in this process.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/souffleur-test-bus");
        qunsetenv("DISPLAY");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        useFreshSettings(*m_dir);
    }

    void theKeychainKeepsTheToken()
    {
        auto *keychain = new FakeKeychain;
        auto store = storeOver(keychain);
        QSignalSpy fallback(store.get(), &SecretStore::fallbackEngaged);
        QVERIFY(await(store->write(SecretStore::Secret::HubToken, QStringLiteral("tok-1"))).ok());
        QCOMPARE(keychain->entries.value(QStringLiteral("hub-token")), QStringLiteral("tok-1"));
        QCOMPARE(*await(store->read(SecretStore::Secret::HubToken)), QStringLiteral("tok-1"));
        QCOMPARE(*await(store->read(SecretStore::Secret::HandoffToken)), QString());
        QVERIFY(!QFile::exists(fallbackFile()));
        QVERIFY(!settingsText().contains("tok-1"));
        QVERIFY(!store->usingFallback());
        QCOMPARE(fallback.count(), 0);
        QCOMPARE(store->takeFallbackNotice(), QString());
        QVERIFY(store->whereKept().contains(QStringLiteral("keychain")));
        // An empty token removes it.
        QVERIFY(await(store->write(SecretStore::Secret::HubToken, QString())).ok());
        QVERIFY(!keychain->entries.contains(QStringLiteral("hub-token")));
        QCOMPARE(*await(store->read(SecretStore::Secret::HubToken)), QString());
    }

    void withoutKeychainItSaysSoOnceAndUsesAPrivateFile()
    {
        auto *keychain = new FakeKeychain(FakeKeychain::Mode::Unavailable);
        auto store = storeOver(keychain);
        QSignalSpy fallback(store.get(), &SecretStore::fallbackEngaged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system keychain")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("no system keychain")));
        QVERIFY(await(store->write(SecretStore::Secret::HubToken, QStringLiteral("tok-2"))).ok());
        QVERIFY(await(store->write(SecretStore::Secret::HandoffToken, QStringLiteral("hand-2"))).ok());
        QCOMPARE(*await(store->read(SecretStore::Secret::HubToken)), QStringLiteral("tok-2"));
        QCOMPARE(fallback.count(), 1);
        QVERIFY(store->usingFallback());
        QCOMPARE(keychain->calls, 1);  // asked once, then the file only
        QCOMPARE(fileEntries().value(QStringLiteral("hub-token")).toString(), QStringLiteral("tok-2"));
        QCOMPARE(fileEntries().value(QStringLiteral("handoff-token")).toString(), QStringLiteral("hand-2"));
        QCOMPARE(modeOf(fallbackFile()), 0600);
        QCOMPARE(modeOf(QFileInfo(fallbackFile()).absolutePath()), 0700);
        QVERIFY(!settingsText().contains("tok-2"));
        QVERIFY(store->whereKept().contains(QStringLiteral("file")));

        // The notice, once per installation: this start, and never again.
        const QString notice = store->takeFallbackNotice();
        QVERIFY(notice.contains(fallbackFile()));
        QCOMPARE(store->takeFallbackNotice(), QString());
        auto next = storeOver(new FakeKeychain(FakeKeychain::Mode::Unavailable));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system keychain")));
        QCOMPARE(*await(next->read(SecretStore::Secret::HubToken)), QStringLiteral("tok-2"));
        QVERIFY(next->usingFallback());
        QCOMPARE(next->takeFallbackNotice(), QString());
    }

    void aRefusingKeychainIsAnErrorNotAFallback()
    {
        auto store = storeOver(new FakeKeychain(FakeKeychain::Mode::Refusing));
        const Result<void> stored = await(store->write(SecretStore::Secret::HubToken, QStringLiteral("tok-3")));
        QVERIFY(!stored);
        QVERIFY(stored.error().message.contains(QStringLiteral("access denied")));
        QVERIFY(!store->usingFallback());
        QVERIFY(!QFile::exists(fallbackFile()));
        QVERIFY(!await(store->read(SecretStore::Secret::HubToken)));
    }

    void whenTheKeychainComesBackTheFileCopyMovesIn()
    {
        {
            auto away = storeOver(new FakeKeychain(FakeKeychain::Mode::Unavailable));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system keychain")));
            QVERIFY(await(away->write(SecretStore::Secret::HubToken, QStringLiteral("tok-4"))).ok());
        }
        auto *keychain = new FakeKeychain;
        auto back = storeOver(keychain);
        QCOMPARE(*await(back->read(SecretStore::Secret::HubToken)), QStringLiteral("tok-4"));  // found in the file
        QVERIFY(await(back->write(SecretStore::Secret::HubToken, QStringLiteral("tok-5"))).ok());
        QCOMPARE(keychain->entries.value(QStringLiteral("hub-token")), QStringLiteral("tok-5"));
        QVERIFY(!fileEntries().contains(QStringLiteral("hub-token")));  // no stale copy left in the file
    }

    void readOrCreateCreatesOnceAndKeeps()
    {
        auto *keychain = new FakeKeychain;
        auto store = storeOver(keychain);
        int generated = 0;
        auto generate = [&generated] { return QStringLiteral("generated-token-%1-0123456789").arg(++generated); };
        const QString first = *await(store->readOrCreate(SecretStore::Secret::HandoffToken, 16, generate));
        const QString second = *await(store->readOrCreate(SecretStore::Secret::HandoffToken, 16, generate));
        QCOMPARE(first, second);
        QCOMPARE(generated, 1);
        QCOMPARE(keychain->entries.value(QStringLiteral("handoff-token")), first);
    }

    void versionZeroGivesUpItsTokens()
    {
        writeTodaysFile();
        auto *keychain = new FakeKeychain;
        auto store = storeOver(keychain);
        // Before the migration has run, the tokens are still found (a read at start may come first).
        QCOMPARE(*await(store->read(SecretStore::Secret::HubToken)), QStringLiteral("hub-secret-123"));
        QVERIFY(await(store->migrateLegacy()).ok());
        QCOMPARE(keychain->entries.value(QStringLiteral("hub-token")), QStringLiteral("hub-secret-123"));
        QCOMPARE(keychain->entries.value(QStringLiteral("handoff-token")), QStringLiteral("handoff-secret-4567890"));
        const QSettings raw;
        QVERIFY(!raw.contains(QStringLiteral("sync/token")));
        QVERIFY(!raw.contains(QStringLiteral("handoff/token")));
        QCOMPARE(raw.value(QStringLiteral("sync/hubUrl")).toString(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(Settings().version(), 1);
        QVERIFY(!settingsText().contains("secret"));
        QCOMPARE(*await(store->read(SecretStore::Secret::HubToken)), QStringLiteral("hub-secret-123"));
        // Once is enough: a second run asks the keychain nothing.
        const int calls = keychain->calls;
        QVERIFY(await(store->migrateLegacy()).ok());
        QCOMPARE(keychain->calls, calls);
    }

    void versionZeroKeepsItsTokensWhenTheyCannotBeStored()
    {
        writeTodaysFile();
        auto store = storeOver(new FakeKeychain(FakeKeychain::Mode::Refusing));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("token left in the settings file")));
        QVERIFY(!await(store->migrateLegacy()));
        const QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("sync/token")).toString(), QStringLiteral("hub-secret-123"));
        QCOMPARE(Settings().version(), 0);
        // Nothing lost: the next start tries again and still finds the token meanwhile.
        QCOMPARE(*await(store->read(SecretStore::Secret::HubToken)), QStringLiteral("hub-secret-123"));
    }

    void versionZeroWithoutKeychainMovesToThePrivateFile()
    {
        writeTodaysFile();
        auto store = storeOver(new FakeKeychain(FakeKeychain::Mode::Unavailable));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system keychain")));
        QVERIFY(await(store->migrateLegacy()).ok());
        QCOMPARE(fileEntries().value(QStringLiteral("hub-token")).toString(), QStringLiteral("hub-secret-123"));
        QCOMPARE(modeOf(fallbackFile()), 0600);
        QVERIFY(!settingsText().contains("secret"));
        QCOMPARE(Settings().version(), 1);
    }

    void theRealKeychainWithoutDbusFallsBack()
    {
        // QtKeychain itself, on a machine with no session bus (a bare CI machine, a kiosk).
        SecretStore store(std::make_unique<KeychainBackend>(QStringLiteral("Souffleur-test")),
                          std::make_unique<FileSecretBackend>(fallbackFile()));
        QSignalSpy fallback(&store, &SecretStore::fallbackEngaged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system keychain")));
        QVERIFY(await(store.write(SecretStore::Secret::HubToken, QStringLiteral("tok-6"))).ok());
        QCOMPARE(fallback.count(), 1);
        QCOMPARE(fileEntries().value(QStringLiteral("hub-token")).toString(), QStringLiteral("tok-6"));
        QCOMPARE(*await(store.read(SecretStore::Secret::HubToken)), QStringLiteral("tok-6"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsSecrets)
#include "tst_settings_secrets.moc"
