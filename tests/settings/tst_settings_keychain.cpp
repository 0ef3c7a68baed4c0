// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain: QtKeychain over a GNOME Keyring that with-private-keyring.sh starts in a private D-Bus
// session. Tokens round-trip through it, the fallback file is never written, and a version 0 settings file gives
// its clear-text token to it. Skipped when not run under that script (never the developer's own keychain).
#include "SettingsTestSupport.h"

#include "settings/FileSecretBackend.h"
#include "settings/KeychainBackend.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

class TestSettingsKeychain final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString fallbackFile() const { return Settings().folder() + QStringLiteral("/tokens.json"); }

    std::unique_ptr<SecretStore> newStore() const
    {
        return std::make_unique<SecretStore>(std::make_unique<KeychainBackend>(QStringLiteral("Souffleur-test")),
                                             std::make_unique<FileSecretBackend>(fallbackFile()));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SOUFFLEUR_IN_PRIVATE_KEYRING") != u"1")
            QSKIP("run through with-private-keyring.sh (ctest does): never the user's own keychain");
        QVERIFY(m_dir.isValid());
        useFreshSettings(m_dir);
    }

    void tokensRoundTripThroughTheKeychain()
    {
        auto store = newStore();
        QSignalSpy fallback(store.get(), &SecretStore::fallbackEngaged);
        const Result<void> stored = await(store->write(SecretStore::Secret::HubToken, QStringLiteral("real-token-1")));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(fallback.count(), 0);
        QVERIFY(!store->usingFallback());
        QVERIFY(!QFile::exists(fallbackFile()));
        // A second store (as at the next start) reads it back from the keychain.
        auto next = newStore();
        QCOMPARE(*await(next->read(SecretStore::Secret::HubToken)), QStringLiteral("real-token-1"));
        QVERIFY(await(next->write(SecretStore::Secret::HubToken, QString())).ok());
        QCOMPARE(*await(newStore()->read(SecretStore::Secret::HubToken)), QString());
    }

    void versionZeroMovesItsTokenIntoTheKeychain()
    {
        {
            QSettings raw;
            raw.clear();
            raw.setValue(QStringLiteral("sync/token"), QStringLiteral("legacy-real-token"));
            raw.sync();
        }
        auto store = newStore();
        QVERIFY(await(store->migrateLegacy()).ok());
        QVERIFY(!QSettings().contains(QStringLiteral("sync/token")));
        QCOMPARE(Settings().version(), 1);
        QVERIFY(!QFile::exists(fallbackFile()));
        // Straight from the keychain, not from any file.
        KeychainBackend keychain(QStringLiteral("Souffleur-test"));
        SecretBackend::Answer answer;
        bool answered = false;
        keychain.read(QStringLiteral("hub-token"), [&](const SecretBackend::Answer &a) {
            answer = a;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QCOMPARE(int(answer.status), int(SecretBackend::Status::Ok));
        QCOMPARE(answer.value, QStringLiteral("legacy-real-token"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsKeychain)
#include "tst_settings_keychain.moc"
