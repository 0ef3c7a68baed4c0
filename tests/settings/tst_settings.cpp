// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: every key's default, a round trip through the file under the key names older versions wrote (the file
// is the contract with existing installations), invalid values, the version, and the file's mode.
#include "SettingsTestSupport.h"

#include "settings/Settings.h"

#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

class TestSettings final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        useFreshSettings(*m_dir);
    }

    void defaults()
    {
        const Settings settings;
        QCOMPARE(settings.version(), 0);
        QCOMPARE(settings.language(), QString());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QVERIFY(settings.splitterState().isEmpty());
        QCOMPARE(settings.alwaysOnTop(), false);
        QCOMPARE(settings.compact(), false);
        QVERIFY(settings.hubUrl().isEmpty());
        QCOMPARE(settings.handoffHttpPort(), std::optional<quint16>(0));
        QCOMPARE(settings.userName(), QString());
        QCOMPARE(settings.keychainFallbackNoticed(), false);
    }

    void roundTripUnderTheOldKeyNames()
    {
        {
            Settings settings;
            settings.setLanguage(QStringLiteral("fr"));
            settings.setWindowGeometry(QByteArrayLiteral("geo\x01"));
            settings.setWindowState(QByteArrayLiteral("state\x02"));
            settings.setSplitterState(QByteArrayLiteral("split\x03"));
            settings.setAlwaysOnTop(true);
            settings.setCompact(true);
            settings.setHubUrl(QUrl(QStringLiteral("https://hub.example:8470")));
            settings.setHandoffHttpPort(8765);
            settings.setUserName(QStringLiteral("Claire"));
            settings.setKeychainFallbackNoticed(true);
            settings.setVersion(Settings::kCurrentVersion);
            settings.sync();
        }
        const Settings again;
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QCOMPARE(again.windowGeometry(), QByteArrayLiteral("geo\x01"));
        QCOMPARE(again.windowState(), QByteArrayLiteral("state\x02"));
        QCOMPARE(again.splitterState(), QByteArrayLiteral("split\x03"));
        QCOMPARE(again.alwaysOnTop(), true);
        QCOMPARE(again.compact(), true);
        QCOMPARE(again.hubUrl(), QUrl(QStringLiteral("https://hub.example:8470")));
        QCOMPARE(again.handoffHttpPort(), std::optional<quint16>(8765));
        QCOMPARE(again.userName(), QStringLiteral("Claire"));
        QCOMPARE(again.keychainFallbackNoticed(), true);
        QCOMPARE(again.version(), Settings::kCurrentVersion);

        // The names existing files use.
        const QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(raw.value(QStringLiteral("window/geometry")).toByteArray(), QByteArrayLiteral("geo\x01"));
        QCOMPARE(raw.value(QStringLiteral("window/state")).toByteArray(), QByteArrayLiteral("state\x02"));
        QCOMPARE(raw.value(QStringLiteral("window/splitter")).toByteArray(), QByteArrayLiteral("split\x03"));
        QCOMPARE(raw.value(QStringLiteral("window/alwaysOnTop")).toBool(), true);
        QCOMPARE(raw.value(QStringLiteral("window/compact")).toBool(), true);
        QCOMPARE(raw.value(QStringLiteral("sync/hubUrl")).toString(), QStringLiteral("https://hub.example:8470"));
        QCOMPARE(raw.value(QStringLiteral("handoff/httpPort")).toInt(), 8765);
        QCOMPARE(raw.value(QStringLiteral("user/name")).toString(), QStringLiteral("Claire"));
        QCOMPARE(raw.value(QStringLiteral("settings/version")).toInt(), Settings::kCurrentVersion);
    }

    void aFileOfTodayReadsAsBefore()
    {
        // What version 0 wrote (no version key), read through the typed class.
        {
            QSettings raw;
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
            raw.setValue(QStringLiteral("window/alwaysOnTop"), true);
            raw.setValue(QStringLiteral("window/compact"), QStringLiteral("true"));  // INI text, as Qt writes it
            raw.setValue(QStringLiteral("sync/hubUrl"), QStringLiteral("http://127.0.0.1:8080"));
            raw.setValue(QStringLiteral("handoff/httpPort"), QStringLiteral("8765"));
            raw.setValue(QStringLiteral("user/name"), QStringLiteral("Marc"));
            raw.sync();
        }
        Settings settings;
        QCOMPARE(settings.version(), 0);
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(settings.alwaysOnTop(), true);
        QCOMPARE(settings.compact(), true);
        QCOMPARE(settings.hubUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(settings.handoffHttpPort(), std::optional<quint16>(8765));
        QCOMPARE(settings.userName(), QStringLiteral("Marc"));
    }

    void aPortThatIsNotAPort_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("text") << QStringLiteral("eighty");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("too large") << QStringLiteral("65536");
    }

    void aPortThatIsNotAPort()
    {
        QFETCH(QString, stored);
        QSettings().setValue(QStringLiteral("handoff/httpPort"), stored);
        QCOMPARE(Settings().handoffHttpPort(), std::nullopt);
    }

    void aNewerFileIsLeftAsItIs()
    {
        QSettings().setValue(QStringLiteral("settings/version"), 99);
        Settings settings;
        settings.migrate();
        QCOMPARE(settings.version(), 99);
    }

    void fileIsTheUsersOnly()
    {
        Settings settings;
        settings.setLanguage(QStringLiteral("fr"));
        settings.sync();
        QCOMPARE(QFileInfo(settings.fileName()).absolutePath(), settings.folder());
        QCOMPARE(modeOf(settings.fileName()), 0600);
        QCOMPARE(modeOf(settings.folder()), 0700);
        // Rewritten (QSettings replaces the file): still 0600.
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
        QCOMPARE(modeOf(settings.fileName()), 0600);
    }

    void anOlderFileIsTightened()
    {
        const QString file = Settings().fileName();
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(file), 0644);
        Settings().migrate();
        QCOMPARE(modeOf(file), 0600);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
