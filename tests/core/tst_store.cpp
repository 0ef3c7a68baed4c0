// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "store/ContentRepository.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

namespace {

// Some content of every shape the schema-1 tables hold, written through the repository.
bool addContent(Store &store)
{
    ContentRepository repo(store);
    Category root;
    root.id = u"internet"_qs;
    root.names = {{u"fr-FR"_qs, u"Internet"_qs}, {u"en-GB"_qs, u"Internet"_qs}};
    Category child;
    child.id = u"internet.panne"_qs;
    child.parent = root.id;
    child.names = {{u"fr-FR"_qs, u"Panne"_qs}};
    child.keywords = {{u"fr-FR"_qs, {u"coupure"_qs}}};

    Item item;
    item.id = u"proc.panne.fr"_qs;
    item.kind = ItemKind::Procedure;
    item.locale = u"fr-FR"_qs;
    item.translationGroup = u"proc.panne"_qs;
    item.content.title = u"Panne générale"_qs;
    item.content.steps = {Step{u"start"_qs, StepType::Resolution, u"Vérifier la carte des incidents."_qs, {}, {}, {}, {}}};
    item.categories = {child.id};
    item.tags = {u"panne"_qs};
    item.channels = {u"phone"_qs};
    item.version = 2;
    item.history = {HistoryEntry{1, u"2026-01-01T00:00:00Z"_qs, u"m.durand"_qs, u"Création"_qs,
                                 ItemContent{u"Panne"_qs, {}, {}, {}, {}, {}}}};

    return store.setMeta(u"default_locale"_qs, u"fr-FR"_qs).ok() && store.setMeta(u"locales"_qs, u"fr-FR,en-GB"_qs).ok()
           && repo.putCategory(root).ok() && repo.putCategory(child).ok() && repo.putItem(item).ok()
           && repo.addTicket(Ticket{u"plus d'internet"_qs, child.id, u"fr-FR"_qs}).ok();
}

QString hashOf(const Store &store)
{
    auto h = ContentRepository(store).contentHash();
    return h ? *h : u"error: "_qs + h.error().toString();
}

const QStringList kSchema1Tables{u"categories"_qs, u"category_texts"_qs, u"item_categories"_qs, u"item_channels"_qs,
                                 u"item_tags"_qs,  u"item_versions"_qs,  u"items"_qs,           u"items_fts"_qs,
                                 u"meta"_qs,       u"tickets"_qs};
const QStringList kSchema2Tables{u"classifier_model"_qs, u"item_views"_qs, u"outbox"_qs};
const QStringList kSchema3Tables{u"my_feedback"_qs};

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT
private slots:
    void createsSchema();
    void reopensWithoutMigrating();
    void migratesEachStep_data();
    void migratesEachStep();
    void failedMigrationLeavesOldFile();
    void refusesNewerSchema();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void refusesForeignDatabase_data();
    void refusesForeignDatabase();
    void refusesMissingFileWhenNotCreating();
};

void TestStore::createsSchema()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/folder/store.sqlite"_qs);
    auto store = Store::open(path);
    QVERIFY2(store.ok(), errorText(store));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    QCOMPARE(currentSchemaVersion(), storeMigrations().constLast().version);
    QVERIFY((*store)->backupPath().isEmpty());

    const QSqlDatabase db = (*store)->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA user_version"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), currentSchemaVersion());
    QVERIFY(q.exec(u"PRAGMA application_id"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), Store::applicationId);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
    QCOMPARE(q.value(0).toString().toLower(), u"wal"_qs);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();

    const QStringList tables = tableNames(db);
    for (const QString &t : kSchema1Tables + kSchema2Tables + kSchema3Tables)
        QVERIFY2(tables.contains(t), qPrintable(u"missing table "_qs + t + u" in "_qs + tables.join(u", "_qs)));
    QVERIFY(addContent(**store));
}

void TestStore::reopensWithoutMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_qs);
    QString hash;
    {
        auto store = Store::open(path);
        QVERIFY2(store.ok(), errorText(store));
        QVERIFY(addContent(**store));
        hash = hashOf(**store);
    }
    Store::Options options;
    options.createIfMissing = false;
    auto again = Store::open(path, options);
    QVERIFY2(again.ok(), errorText(again));
    QCOMPARE((*again)->schemaVersion(), currentSchemaVersion());
    QVERIFY((*again)->backupPath().isEmpty());
    QCOMPARE(hashOf(**again), hash);
    QVERIFY(QDir(dir.path()).entryList({u"*.bak-v*"_qs}).isEmpty());
}

void TestStore::migratesEachStep_data()
{
    QTest::addColumn<int>("from");
    for (const Migration &m : storeMigrations())
        if (m.version < currentSchemaVersion())
            QTest::addRow("from schema %d", m.version) << m.version;
}

void TestStore::migratesEachStep()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_qs);
    QList<Migration> old;
    for (const Migration &m : storeMigrations())
        if (m.version <= from)
            old.append(m);

    QString hash;
    {
        Store::Options options;
        options.migrations = &old;
        auto store = Store::open(path, options);
        QVERIFY2(store.ok(), errorText(store));
        QCOMPARE((*store)->schemaVersion(), from);
        QVERIFY(addContent(**store));
        hash = hashOf(**store);
        QVERIFY(!hash.startsWith(u"error"_qs));
        // The tables of the later schemas are not there yet.
        const QStringList tables = tableNames((*store)->database());
        QCOMPARE(tables.contains(kSchema2Tables.constFirst()), from >= 2);
        QCOMPARE(tables.contains(kSchema3Tables.constFirst()), from >= 3);
    }

    const QString backup = path + u".bak-v%1"_qs.arg(from);
    QVERIFY(!QFileInfo::exists(backup));
    {
        // Read-only, an old store cannot be upgraded: refused, untouched.
        const QByteArray bytes = fileHash(path);
        Store::Options readOnly;
        readOnly.readOnly = true;
        auto store = Store::open(path, readOnly);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(u"upgrade"_qs), qPrintable(store.error().message));
        QCOMPARE(fileHash(path), bytes);
        QVERIFY(!QFileInfo::exists(backup));
    }
    {
        auto store = Store::open(path);
        QVERIFY2(store.ok(), errorText(store));
        QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
        QCOMPARE((*store)->backupPath(), QFileInfo(backup).absoluteFilePath());
        QCOMPARE(hashOf(**store), hash);
        const QStringList tables = tableNames((*store)->database());
        for (const QString &t : kSchema1Tables + kSchema2Tables + kSchema3Tables)
            QVERIFY2(tables.contains(t), qPrintable(t));
        QCOMPARE(RawDb(path).scalar(u"PRAGMA user_version"_qs).toInt(), currentSchemaVersion());
    }

    // The backup is a complete store at the old schema.
    QVERIFY(QFileInfo::exists(backup));
    {
        RawDb raw(backup);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_qs).toInt(), from);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_qs).toInt(), Store::applicationId);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
    }
    Store::Options options;
    options.migrations = &old;
    options.createIfMissing = false;
    options.readOnly = true;
    auto backupStore = Store::open(backup, options);
    QVERIFY2(backupStore.ok(), errorText(backupStore));
    QCOMPARE((*backupStore)->schemaVersion(), from);
    QCOMPARE(hashOf(**backupStore), hash);
}

void TestStore::failedMigrationLeavesOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_qs);
    const QList<Migration> first{storeMigrations().constFirst()};
    const QList<Migration> broken{storeMigrations().constFirst(),
                                  Migration{2, u"broken"_qs, {u"CREATE TABLE good_table (x INTEGER)"_qs,
                                                              u"INSERT INTO items (id) VALUES"_qs /* bad SQL */}}};
    QString hash;
    {
        Store::Options options;
        options.migrations = &first;
        auto store = Store::open(path, options);
        QVERIFY2(store.ok(), errorText(store));
        QVERIFY(addContent(**store));
        hash = hashOf(**store);
    }
    const QByteArray bytes = fileHash(path);

    {
        Store::Options options;
        options.migrations = &broken;
        auto store = Store::open(path, options);
        QVERIFY(!store.ok());
        const QString message = store.error().message;
        QVERIFY2(message.contains(u"schema 2"_qs) && message.contains(u"left at schema 1"_qs), qPrintable(message));
        QVERIFY2(!store.error().details.isEmpty(), "the SQL error should be in the details");
    }

    QCOMPARE(fileHash(path), bytes);
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_qs).toInt(), 1);
        QVERIFY(!tableNames(raw.db()).contains(u"good_table"_qs));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM items"_qs).toInt(), 1);
    }
    {
        Store::Options options;
        options.migrations = &first;
        options.createIfMissing = false;
        auto store = Store::open(path, options);
        QVERIFY2(store.ok(), errorText(store));
        QCOMPARE((*store)->schemaVersion(), 1);
        QCOMPARE(hashOf(**store), hash);
    }

    // Once fixed, the upgrade goes through on the same file.
    auto store = Store::open(path);
    QVERIFY2(store.ok(), errorText(store));
    QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
    QCOMPARE(hashOf(**store), hash);
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_qs);
    {
        auto store = Store::open(path);
        QVERIFY2(store.ok(), errorText(store));
        QVERIFY(addContent(**store));
    }
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_qs));
    }
    const QByteArray before = fileHash(path);

    auto store = Store::open(path);
    QVERIFY(!store.ok());
    const QString message = store.error().message;
    QVERIFY2(message.contains(u"newer"_qs), qPrintable(message));
    QVERIFY2(message.contains(u"99"_qs), qPrintable(message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(QDir(dir.path()).entryList({u"*.bak-v*"_qs}).isEmpty());

    Store::Options readOnly;
    readOnly.readOnly = true;
    QVERIFY(!Store::open(path, readOnly).ok());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(RawDb(path).scalar(u"PRAGMA user_version"_qs).toInt(), 99);
}

void TestStore::refusesCorruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("fromStore");  // start from a real store and damage it

    QByteArray random(16384, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << false;
    QTest::newRow("text file") << QByteArray("text,category\nma box clignote,internet.panne\n") << false;
    QTest::newRow("one byte") << QByteArray("\0", 1) << false;
    QTest::newRow("sqlite header then garbage") << QByteArray("SQLite format 3\0", 16) + random << false;
    QTest::newRow("store with pages overwritten") << random << true;
}

void TestStore::refusesCorruptFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, fromStore);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_qs);
    if (fromStore) {
        {
            auto store = Store::open(path);
            QVERIFY2(store.ok(), errorText(store));
            QVERIFY(addContent(**store));
        }
        // Keep the 100-byte database header, overwrite everything after it (including the schema table).
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 4096);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = content.at(i % content.size());
        QVERIFY(writeAll(path, bytes));
    } else {
        QVERIFY(writeAll(path, content));
    }
    const QByteArray before = fileHash(path);

    auto store = Store::open(path);
    QVERIFY2(!store.ok(), "a corrupt file must be refused");
    QVERIFY2(store.error().message.contains(u"untouched"_qs), qPrintable(store.error().toString()));
    QCOMPARE(fileHash(path), before);
    QVERIFY(QDir(dir.path()).entryList({u"*.bak-v*"_qs}).isEmpty());
}

void TestStore::refusesForeignDatabase_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("other tables") << QStringList{u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_qs,
                                                 u"INSERT INTO customers (name) VALUES ('Dupont')"_qs};
    QTest::newRow("other tables and user_version")
        << QStringList{u"CREATE TABLE notes (body TEXT)"_qs, u"INSERT INTO notes VALUES ('x')"_qs, u"PRAGMA user_version = 1"_qs};
    QTest::newRow("souffleur-like tables without application id")
        << QStringList{u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_qs,
                       u"CREATE TABLE items (id TEXT)"_qs};
    QTest::newRow("other application id") << QStringList{u"PRAGMA application_id = 1234"_qs, u"PRAGMA user_version = 1"_qs,
                                                         u"CREATE TABLE t (x)"_qs};
}

void TestStore::refusesForeignDatabase()
{
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_qs);
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        for (const QString &s : statements)
            QVERIFY(raw.exec(s));
    }
    const QByteArray before = fileHash(path);

    auto store = Store::open(path);
    QVERIFY2(!store.ok(), "another application's database must be refused");
    QVERIFY2(store.error().message.contains(u"another application"_qs), qPrintable(store.error().toString()));
    QCOMPARE(fileHash(path), before);
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_qs).toString().toLower(), u"delete"_qs);
    QVERIFY(!tableNames(raw.db()).contains(u"categories"_qs));
}

void TestStore::refusesMissingFileWhenNotCreating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent/store.sqlite"_qs);
    Store::Options options;
    options.createIfMissing = false;
    auto store = Store::open(path, options);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(u"does not exist"_qs), qPrintable(store.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"absent"_qs)));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
