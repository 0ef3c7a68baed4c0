// SPDX-License-Identifier: GPL-3.0-or-later
// The user's files are the user's only (issue 14): created through the real code paths, the desktop store with its
// -wal/-shm files and upgrade backup are 0600 in 0700 folders, an older 0644 store is tightened when opened, the
// hub's data folder (`souffleur-hub init`, a real process) is 0700 with 0600 files, and the desktop app started
// on a machine without keychain leaves a 0600 settings file and a 0600 token file in a 0700 folder.
#include "SettingsTestSupport.h"

#include "store/Migrations.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

class TestSettingsFiles final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    static int run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(program, args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aNewStoreIsTheUsersOnly()
    {
        const QString file = path(QStringLiteral("data/Souffleur/knowledge.sqlite"));
        auto store = Store::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        QVERIFY(sql::exec((*store)->database(), QStringLiteral("INSERT INTO meta(key, value) VALUES ('probe', 'x')")).ok());
        QCOMPARE(modeOf(path(QStringLiteral("data"))), 0700);
        QCOMPARE(modeOf(path(QStringLiteral("data/Souffleur"))), 0700);
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-shm")), 0600);
    }

    void anOlderStoreIsTightenedAndItsBackupIsPrivate()
    {
        const QString file = path(QStringLiteral("kb.sqlite"));
        const QList<Migration> v1{{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")}}};
        QList<Migration> v2 = v1;
        v2.append({2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE extra(x)")}});
        Store::Options options;
        options.migrations = &v1;
        QVERIFY(Store::open(file, options).ok());
        // As versions before this one left it.
        for (const QString &f : QStringList{file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
            if (QFile::exists(f))
                QVERIFY(QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(file), 0644);
        options.migrations = &v2;
        auto upgraded = Store::open(file, options);
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().toString()));
        QCOMPARE(modeOf(file), 0600);
        QVERIFY(!(*upgraded)->backupPath().isEmpty());
        QCOMPARE(modeOf((*upgraded)->backupPath()), 0600);
    }

    void theHubsDataFolderIsTheHubsOnly()
    {
        const QString data = path(QStringLiteral("hubdata"));
        QCOMPARE(run(QStringLiteral(SOUFFLEUR_HUB), {QStringLiteral("init"), QStringLiteral("--data"), data}), 0);
        QCOMPARE(modeOf(data), 0700);
        const QStringList files = QDir(data).entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("hub.sqlite")));
        for (const QString &f : files)
            QVERIFY2(modeOf(QDir(data).filePath(f)) == 0600, qPrintable(f));
        // A folder the admin made beforehand (0755) is tightened when the hub is created in it.
        const QString made = path(QStringLiteral("premade"));
        QVERIFY(QDir().mkpath(made));
        QVERIFY(QFile::setPermissions(made, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QCOMPARE(run(QStringLiteral(SOUFFLEUR_HUB), {QStringLiteral("init"), QStringLiteral("--data"), made}), 0);
        QCOMPARE(modeOf(made), 0700);
    }

    void theDesktopsSettingsAndTokensAreTheUsersOnly()
    {
        // The real app on a machine without a keychain: it keeps the hand-off token in the private file.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = path(QString::fromLatin1(var).toLower());
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            env.insert(QString::fromLatin1(var), dir);
        }
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/souffleur-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QCOMPARE(run(QStringLiteral(SOUFFLEUR_APP), {QStringLiteral("--show-handoff-token")}, env), 0);
        const QString folder = path(QStringLiteral("xdg_config_home/Souffleur"));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(folder + QStringLiteral("/Souffleur.conf")), 0600);
        QCOMPARE(modeOf(folder + QStringLiteral("/tokens.json")), 0600);
    }
};

QTEST_GUILESS_MAIN(TestSettingsFiles)
#include "tst_settings_files.moc"
