// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "bundle/BundleImporter.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "common/InputLimits.h"
#include "content/ContentJson.h"
#include "store/ContentRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <random>

using namespace souffleur;
using namespace souffleur::test;

namespace {

using Mutation = std::function<void(QJsonObject &)>;

// A small valid bundle (data/bundle-base.json) whose indices the invalid-bundle cases refer to:
// categories[0] internet, [1] internet.panne; items[0] x (procedure), [1] r (reply), [2] a (article);
// steps of x: [0] start, [1] check, [2] q, [3] ok, [4] esc.
QJsonObject baseBundle()
{
    return QJsonDocument::fromJson(readAll(fixture(u"bundle-base.json"_qs))).object();
}

// Helpers that edit a nested part of the bundle in place.
QJsonObject arrayObject(const QJsonObject &o, const QString &key, int i)
{
    return o.value(key).toArray().at(i).toObject();
}
void setArrayObject(QJsonObject &o, const QString &key, int i, const QJsonObject &value)
{
    QJsonArray a = o.value(key).toArray();
    a.replace(i, value);
    o.insert(key, a);
}
void editItem(QJsonObject &root, int i, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject item = arrayObject(root, u"items"_qs, i);
    edit(item);
    setArrayObject(root, u"items"_qs, i, item);
}
void editCategory(QJsonObject &root, int i, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject c = arrayObject(root, u"categories"_qs, i);
    edit(c);
    setArrayObject(root, u"categories"_qs, i, c);
}
void editStep(QJsonObject &root, int item, int step, const std::function<void(QJsonObject &)> &edit)
{
    editItem(root, item, [&](QJsonObject &o) {
        QJsonObject s = arrayObject(o, u"steps"_qs, step);
        edit(s);
        setArrayObject(o, u"steps"_qs, step, s);
    });
}
void appendTo(QJsonObject &root, const QString &key, const QJsonValue &value)
{
    QJsonArray a = root.value(key).toArray();
    a.append(value);
    root.insert(key, a);
}

} // namespace

class TestBundle final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void fixtureIsValid();
    void roundTripIsExact();
    void contentHashIgnoresInsertionOrder();
    void importingTwiceChangesNothing();
    void higherVersionMovesPreviousIntoHistory();
    void lowerVersionIsReportedNotApplied();
    void invalidBundleRejected_data();
    void invalidBundleRejected();
    void reportsEveryProblem();
    void failedImportRollsBack();

private:
    std::unique_ptr<Store> openStore(const QString &name);
    static QString hashOf(const Store &store);
    static QByteArray exportOf(const Store &store);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBundle::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Store> TestBundle::openStore(const QString &name)
{
    auto store = Store::open(m_dir->filePath(name));
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(*store);
}

QString TestBundle::hashOf(const Store &store)
{
    auto h = ContentRepository(store).contentHash();
    return h ? *h : u"error: "_qs + h.error().toString();
}

QByteArray TestBundle::exportOf(const Store &store)
{
    auto kb = ContentRepository(store).knowledgeBase();
    return kb ? BundleWriter::toBytes(*kb) : QByteArray("error");
}

void TestBundle::fixtureIsValid()
{
    auto kb = BundleReader::readFile(fixture(u"small-kb.json"_qs));
    QVERIFY2(kb.ok(), errorText(kb));
    QCOMPARE(kb->defaultLocale, u"fr-FR"_qs);
    QCOMPARE(kb->locales, (QStringList{u"fr-FR"_qs, u"en-GB"_qs}));
    QCOMPARE(kb->categories.size(), 4);
    QCOMPARE(kb->items.size(), 5);
    QCOMPARE(kb->tickets.size(), 4);
    const Item &proc = kb->items.constFirst();
    QCOMPARE(proc.kind, ItemKind::Procedure);
    QCOMPARE(proc.content.steps.size(), 4);
    QCOMPARE(proc.content.steps.at(1).type, StepType::Question);
    QCOMPARE(proc.content.steps.at(1).answers.size(), 2);
    QCOMPARE(proc.content.steps.at(3).escalateTo, u"Support technique niveau 2"_qs);
    QCOMPARE(proc.history.size(), 2);
    const Item &reply = kb->items.at(2);
    QCOMPARE(reply.kind, ItemKind::Reply);
    QCOMPARE(parsePlaceholders(reply.content.body).size(), 4);
    QVERIFY(reply.content.body.contains(u"{{customer.first_name|Madame, Monsieur}}"_qs));
}

void TestBundle::roundTripIsExact()
{
    auto fixtureKb = BundleReader::readFile(fixture(u"small-kb.json"_qs));
    QVERIFY2(fixtureKb.ok(), errorText(fixtureKb));

    auto first = openStore(u"first.sqlite"_qs);
    QVERIFY(first);
    auto report = BundleImporter::importFile(*first, fixture(u"small-kb.json"_qs));
    QVERIFY2(report.ok(), errorText(report));
    QCOMPARE(report->categories, 4);
    QCOMPARE(report->itemsAdded, 5);
    QCOMPARE(report->ticketsAdded, 4);

    // Export through the file writer, as `souffleur-kb export` does.
    const QString exported = m_dir->filePath(u"export1.json"_qs);
    auto kb1 = ContentRepository(*first).knowledgeBase();
    QVERIFY2(kb1.ok(), errorText(kb1));
    QVERIFY(BundleWriter::writeFile(*kb1, exported).ok());
    const QByteArray bytes1 = readAll(exported);
    QVERIFY(!bytes1.isEmpty());

    // Nothing of the fixture was lost or altered on the way through the store (its lists are already sorted).
    QCOMPARE(QJsonDocument(json::fromKnowledgeBase(*kb1)).toJson(),
             QJsonDocument(json::fromKnowledgeBase(*fixtureKb)).toJson());
    QCOMPARE(kb1->name, u"Petite base de test"_qs);

    auto second = openStore(u"second.sqlite"_qs);
    QVERIFY(second);
    auto report2 = BundleImporter::importFile(*second, exported);
    QVERIFY2(report2.ok(), errorText(report2));
    QCOMPARE(report2->itemsAdded, 5);
    const QByteArray bytes2 = exportOf(*second);
    QCOMPARE(bytes2, bytes1);
    QCOMPARE(hashOf(*second), hashOf(*first));
    QVERIFY(!hashOf(*first).startsWith(u"error"_qs));

    // Every field of every item, including history, compares equal.
    auto kb2 = ContentRepository(*second).knowledgeBase();
    QVERIFY(kb2.ok());
    QCOMPARE(kb2->items.size(), kb1->items.size());
    for (qsizetype i = 0; i < kb1->items.size(); ++i)
        QVERIFY2(kb2->items.at(i) == kb1->items.at(i), qPrintable(kb1->items.at(i).id));
    QVERIFY(kb2->categories == kb1->categories);
    QCOMPARE(kb2->name, kb1->name);
    QCOMPARE(kb2->defaultLocale, kb1->defaultLocale);
    QCOMPARE(kb2->locales, kb1->locales);
    // Tickets come back in insertion order, which the export sorts: compare them as sets.
    const auto sorted = [](QList<Ticket> tickets) {
        std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
            return std::tie(a.category, a.text, a.locale) < std::tie(b.category, b.text, b.locale);
        });
        return tickets;
    };
    QCOMPARE(sorted(kb2->tickets), sorted(kb1->tickets));
    QCOMPARE(kb2->tickets.size(), 4);
}

void TestBundle::contentHashIgnoresInsertionOrder()
{
    auto kb = BundleReader::readFile(fixture(u"small-kb.json"_qs));
    QVERIFY2(kb.ok(), errorText(kb));
    auto ordered = openStore(u"ordered.sqlite"_qs);
    QVERIFY(ordered);
    QVERIFY(BundleImporter::import(*ordered, *kb).ok());

    for (unsigned seed : {1u, 2u, 3u}) {
        KnowledgeBase shuffled = *kb;
        std::mt19937 random(seed);
        std::shuffle(shuffled.categories.begin(), shuffled.categories.end(), random);
        std::shuffle(shuffled.items.begin(), shuffled.items.end(), random);
        std::shuffle(shuffled.tickets.begin(), shuffled.tickets.end(), random);
        for (Item &item : shuffled.items) {
            std::shuffle(item.tags.begin(), item.tags.end(), random);
            std::shuffle(item.channels.begin(), item.channels.end(), random);
            std::shuffle(item.categories.begin(), item.categories.end(), random);
        }
        auto store = openStore(u"shuffled-%1.sqlite"_qs.arg(seed));
        QVERIFY(store);
        auto r = BundleImporter::import(*store, shuffled);
        QVERIFY2(r.ok(), errorText(r));
        QCOMPARE(hashOf(*store), hashOf(*ordered));
        QCOMPARE(exportOf(*store), exportOf(*ordered));
    }

    // And the hash does see a change of content.
    KnowledgeBase changed = *kb;
    changed.items[2].content.tone = u"Sec."_qs;
    auto other = openStore(u"changed.sqlite"_qs);
    QVERIFY(other);
    QVERIFY(BundleImporter::import(*other, changed).ok());
    QVERIFY(hashOf(*other) != hashOf(*ordered));
}

void TestBundle::importingTwiceChangesNothing()
{
    auto store = openStore(u"store.sqlite"_qs);
    QVERIFY(store);
    auto first = BundleImporter::importFile(*store, fixture(u"small-kb.json"_qs));
    QVERIFY2(first.ok(), errorText(first));
    const QString hash = hashOf(*store);
    const QByteArray bytes = exportOf(*store);

    auto second = BundleImporter::importFile(*store, fixture(u"small-kb.json"_qs));
    QVERIFY2(second.ok(), errorText(second));
    QCOMPARE(second->itemsAdded, 0);
    QCOMPARE(second->itemsUpdated, 0);
    QCOMPARE(second->itemsUnchanged, 5);
    QVERIFY(second->itemsOlder.isEmpty());
    QCOMPARE(second->ticketsAdded, 0);
    QCOMPARE(second->ticketsKnown, 4);
    QCOMPARE(hashOf(*store), hash);
    QCOMPARE(exportOf(*store), bytes);
}

void TestBundle::higherVersionMovesPreviousIntoHistory()
{
    auto kb = BundleReader::readFile(fixture(u"small-kb.json"_qs));
    QVERIFY2(kb.ok(), errorText(kb));
    auto store = openStore(u"store.sqlite"_qs);
    QVERIFY(store);
    QVERIFY(BundleImporter::import(*store, *kb).ok());
    ContentRepository repo(*store);
    auto before = repo.item(u"art.fibre.en"_qs);
    QVERIFY(before.ok() && before->has_value());
    QCOMPARE((*before)->version, 1);
    QVERIFY((*before)->history.isEmpty());

    KnowledgeBase next = *kb;
    auto it = std::find_if(next.items.begin(), next.items.end(), [](const Item &i) { return i.id == u"art.fibre.en"_qs; });
    QVERIFY(it != next.items.end());
    it->version = 2;
    it->content.title = u"2 Gb/s Fibre plan"_qs;
    it->content.body = u"# 2 Gb/s Fibre plan\n\nTwice as fast."_qs;
    it->updatedAt = u"2026-10-01T08:00:00Z"_qs;
    const QString bundle = m_dir->filePath(u"next.json"_qs);
    QVERIFY(BundleWriter::writeFile(next, bundle).ok());

    auto report = BundleImporter::importFile(*store, bundle);
    QVERIFY2(report.ok(), errorText(report));
    QCOMPARE(report->itemsUpdated, 1);
    QCOMPARE(report->itemsUnchanged, 4);
    QCOMPARE(report->itemsAdded, 0);

    auto after = repo.item(u"art.fibre.en"_qs);
    QVERIFY(after.ok() && after->has_value());
    const Item &item = **after;
    QCOMPARE(item.version, 2);
    QCOMPARE(item.content.title, u"2 Gb/s Fibre plan"_qs);
    QCOMPARE(item.history.size(), 1);
    QCOMPARE(item.history.constFirst().version, 1);
    QCOMPARE(item.history.constFirst().content, (*before)->content);

    // The search index follows the new version.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM items_fts WHERE items_fts MATCH 'twice'"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"INSERT INTO items_fts(items_fts) VALUES('integrity-check')"_qs));
}

void TestBundle::lowerVersionIsReportedNotApplied()
{
    auto kb = BundleReader::readFile(fixture(u"small-kb.json"_qs));
    QVERIFY2(kb.ok(), errorText(kb));
    auto store = openStore(u"store.sqlite"_qs);
    QVERIFY(store);
    QVERIFY(BundleImporter::import(*store, *kb).ok());
    const QString hash = hashOf(*store);

    KnowledgeBase older = *kb;
    Item &proc = older.items.first();
    QCOMPARE(proc.id, u"proc.box-sync.fr"_qs);
    QCOMPARE(proc.version, 3);
    proc.version = 2;
    proc.history.resize(1);
    proc.content.title = u"Ancien titre"_qs;
    const QString bundle = m_dir->filePath(u"older.json"_qs);
    QVERIFY(BundleWriter::writeFile(older, bundle).ok());

    auto report = BundleImporter::importFile(*store, bundle);
    QVERIFY2(report.ok(), errorText(report));
    QCOMPARE(report->itemsOlder, QStringList{u"proc.box-sync.fr"_qs});
    QCOMPARE(report->itemsUpdated, 0);
    QVERIFY2(report->summary().contains(u"proc.box-sync.fr"_qs), qPrintable(report->summary()));
    QCOMPARE(hashOf(*store), hash);
    auto stored = ContentRepository(*store).item(u"proc.box-sync.fr"_qs);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->version, 3);
    QCOMPARE((*stored)->content.title, u"Box sans synchronisation"_qs);
}

void TestBundle::invalidBundleRejected_data()
{
    QTest::addColumn<QByteArray>("bundle");
    QTest::addColumn<QString>("expected");  // one of the reported problems, exactly
    QTest::addColumn<int>("problems");      // how many problems, or -1 when others follow from the first

    const auto row = [](const char *name, const Mutation &mutate, const QString &expected, int problems = 1) {
        QJsonObject root = baseBundle();
        mutate(root);
        QTest::newRow(name) << QJsonDocument(root).toJson() << (u"bad.json: "_qs + expected) << problems;
    };

    // Rows whose expected text starts with '^' are regular expressions. The missing ':' is at the '[' of line 3,
    // column 13; Qt reports the offset of the character after the token it choked on, so 14 is accepted too.
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"souffleur-kb-bundle\",\n  \"locales\" [\"fr-FR\"]\n}\n")
                              << u"^bad\\.json:3:1[34]: JSON syntax error: missing name separator$"_qs << 1;
    QTest::newRow("not JSON, trailing comma") << QByteArray("{\n  \"format\": \"souffleur-kb-bundle\",\n  \"items\": [],\n}\n")
                                              << u"^bad\\.json:4:[12]: JSON syntax error: "_qs << 1;
    QTest::newRow("not JSON, truncated") << QByteArray("{\n  \"format\": \"souffle")
                                         << u"^bad\\.json:2:\\d+: JSON syntax error: "_qs << 1;
    QTest::newRow("empty file") << QByteArray() << u"^bad\\.json:1:1: JSON syntax error: "_qs << 1;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"bad.json: the top level must be a JSON object"_qs << 1;
    row("wrong format", [](QJsonObject &o) { o.insert(u"format"_qs, u"souffleur-kb"_qs); },
        u"(top level).format: must be \"souffleur-kb-bundle\""_qs);
    row("unsupported format_version", [](QJsonObject &o) { o.insert(u"format_version"_qs, 2); },
        u"(top level).format_version: version 2 is not supported (this Souffleur reads version 1)"_qs);
    row("missing format_version", [](QJsonObject &o) { o.remove(u"format_version"_qs); },
        u"(top level): missing required field \"format_version\""_qs);
    row("missing locales", [](QJsonObject &o) { o.remove(u"locales"_qs); },
        u"(top level).locales: at least one locale is required"_qs, -1);
    row("empty locales", [](QJsonObject &o) { o.insert(u"locales"_qs, QJsonArray()); },
        u"(top level).locales: at least one locale is required"_qs, -1);
    row("bad locale tag", [](QJsonObject &o) { o.insert(u"locales"_qs, QJsonArray{u"fr-FR"_qs, u"en-GB"_qs, u"english"_qs}); },
        u"(top level).locales: \"english\" is not a locale tag such as fr-FR"_qs);
    row("default_locale not in locales", [](QJsonObject &o) { o.insert(u"default_locale"_qs, u"de-DE"_qs); },
        u"(top level).default_locale: \"de-DE\" is not listed in locales"_qs, -1);
    row("missing default_locale", [](QJsonObject &o) { o.remove(u"default_locale"_qs); },
        u"(top level): missing required field \"default_locale\""_qs, -1);
    row("unknown top-level field", [](QJsonObject &o) { o.insert(u"itmes"_qs, QJsonArray()); },
        u"(top level): unknown field \"itmes\""_qs);
    row("missing items", [](QJsonObject &o) { o.remove(u"items"_qs); },
        u"(top level): missing required list \"items\""_qs);
    row("duplicate category id",
        [](QJsonObject &o) { appendTo(o, u"categories"_qs, QJsonObject{{u"id"_qs, u"internet"_qs},
                                                                       {u"names"_qs, QJsonObject{{u"fr-FR"_qs, u"Encore"_qs}}}}); },
        u"categories[2] (internet).id: duplicate category id \"internet\""_qs);
    row("bad category id", [](QJsonObject &o) { editCategory(o, 0, [](QJsonObject &c) { c.insert(u"id"_qs, u"Internet Fixe"_qs); }); },
        u"categories[0] (Internet Fixe).id: \"Internet Fixe\" may only hold a-z, 0-9, '.', '_' and '-'"_qs, -1);
    row("unknown parent", [](QJsonObject &o) { editCategory(o, 1, [](QJsonObject &c) { c.insert(u"parent"_qs, u"nope"_qs); }); },
        u"categories[1] (internet.panne).parent: unknown category \"nope\""_qs);
    row("parent cycle", [](QJsonObject &o) { editCategory(o, 0, [](QJsonObject &c) { c.insert(u"parent"_qs, u"internet.panne"_qs); }); },
        u"categories[1] (internet.panne).parent: the parent chain loops back to \"internet.panne\""_qs, 2);
    row("category is its own parent", [](QJsonObject &o) { editCategory(o, 0, [](QJsonObject &c) { c.insert(u"parent"_qs, u"internet"_qs); }); },
        u"categories[0] (internet).parent: the parent chain loops back to \"internet\""_qs);
    row("category without default-locale name",
        [](QJsonObject &o) { editCategory(o, 1, [](QJsonObject &c) { c.insert(u"names"_qs, QJsonObject{{u"en-GB"_qs, u"Outage"_qs}}); }); },
        u"categories[1] (internet.panne).names: needs a name in the default locale fr-FR"_qs);
    row("category name in unknown locale",
        [](QJsonObject &o) { editCategory(o, 0, [](QJsonObject &c) {
            c.insert(u"names"_qs, QJsonObject{{u"fr-FR"_qs, u"Internet"_qs}, {u"de-DE"_qs, u"Internet"_qs}}); }); },
        u"categories[0] (internet).names: locale \"de-DE\" is not among the bundle's locales"_qs);
    row("unknown category field", [](QJsonObject &o) { editCategory(o, 0, [](QJsonObject &c) { c.insert(u"name"_qs, u"x"_qs); }); },
        u"categories[0] (internet): unknown field \"name\""_qs);
    row("duplicate item id", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"id"_qs, u"x"_qs); }); },
        u"items[2] (x).id: duplicate item id \"x\""_qs);
    row("bad item id", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"id"_qs, u"a b"_qs); }); },
        u"items[2] (a b).id: \"a b\" may only hold letters, digits, '.', '_' and '-'"_qs);
    row("unknown kind", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"kind"_qs, u"faq"_qs); }); },
        u"items[2] (a).kind: \"faq\" is not one of procedure, reply, article"_qs);
    row("missing kind", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.remove(u"kind"_qs); }); },
        u"items[2] (a): missing required field \"kind\""_qs);
    row("item locale not in bundle", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"locale"_qs, u"de-DE"_qs); }); },
        u"items[2] (a).locale: \"de-DE\" is not among the bundle's locales"_qs);
    row("missing title", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.remove(u"title"_qs); }); },
        u"items[2] (a): missing required field \"title\""_qs);
    row("empty title", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"title"_qs, u"  "_qs); }); },
        u"items[2] (a).title: must not be empty"_qs);
    row("unknown item field", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"titel"_qs, u"x"_qs); }); },
        u"items[2] (a): unknown field \"titel\""_qs);
    row("unknown category link",
        [](QJsonObject &o) { editItem(o, 0, [](QJsonObject &i) { i.insert(u"categories"_qs, QJsonArray{u"internet"_qs, u"nope"_qs}); }); },
        u"items[0] (x).categories: unknown category \"nope\""_qs);
    row("two items of one group in one locale",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) {
            i.insert(u"translation_group"_qs, u"x"_qs);
            i.insert(u"locale"_qs, u"fr-FR"_qs); }); },
        u"items[2] (a).translation_group: \"x\" already has a fr-FR variant (x)"_qs);
    row("procedure without steps", [](QJsonObject &o) { editItem(o, 0, [](QJsonObject &i) { i.remove(u"steps"_qs); }); },
        u"items[0] (x): a procedure needs a non-empty \"steps\" list"_qs);
    row("procedure with empty steps", [](QJsonObject &o) { editItem(o, 0, [](QJsonObject &i) { i.insert(u"steps"_qs, QJsonArray()); }); },
        u"items[0] (x): a procedure needs a non-empty \"steps\" list"_qs);
    row("question with one answer",
        [](QJsonObject &o) { editStep(o, 0, 2, [](QJsonObject &s) {
            s.insert(u"answers"_qs, QJsonArray{QJsonObject{{u"label"_qs, u"Oui"_qs}, {u"next"_qs, u"ok"_qs}}}); }); },
        u"items[0] (x).steps[2]: a question needs at least two \"answers\""_qs);
    row("question without answers", [](QJsonObject &o) { editStep(o, 0, 2, [](QJsonObject &s) { s.remove(u"answers"_qs); }); },
        u"items[0] (x).steps[2]: a question needs at least two \"answers\""_qs);
    row("next to an unknown step", [](QJsonObject &o) { editStep(o, 0, 1, [](QJsonObject &s) { s.insert(u"next"_qs, u"nope"_qs); }); },
        u"items[0] (x).steps[1].next: unknown step \"nope\""_qs);
    row("answer to an unknown step",
        [](QJsonObject &o) { editStep(o, 0, 2, [](QJsonObject &s) {
            s.insert(u"answers"_qs, QJsonArray{QJsonObject{{u"label"_qs, u"Oui"_qs}, {u"next"_qs, u"ok"_qs}},
                                               QJsonObject{{u"label"_qs, u"Non"_qs}, {u"next"_qs, u"nope"_qs}}}); }); },
        u"items[0] (x).steps[2].answers[1].next: unknown step \"nope\""_qs);
    row("duplicate step id", [](QJsonObject &o) { editStep(o, 0, 3, [](QJsonObject &s) { s.insert(u"id"_qs, u"start"_qs); }); },
        u"items[0] (x).steps[3].id: duplicate step id \"start\""_qs, -1);
    row("unknown step type", [](QJsonObject &o) { editStep(o, 0, 1, [](QJsonObject &s) { s.insert(u"type"_qs, u"wait"_qs); }); },
        u"items[0] (x).steps[1].type: \"wait\" is not one of action, question, resolution, escalation"_qs);
    row("escalation without escalate_to", [](QJsonObject &o) { editStep(o, 0, 4, [](QJsonObject &s) { s.remove(u"escalate_to"_qs); }); },
        u"items[0] (x).steps[4]: missing required field \"escalate_to\""_qs);
    row("resolution with a next step", [](QJsonObject &o) { editStep(o, 0, 3, [](QJsonObject &s) { s.insert(u"next"_qs, u"start"_qs); }); },
        u"items[0] (x).steps[3].next: a resolution ends the procedure and has no next step"_qs);
    row("answers on an action", [](QJsonObject &o) { editStep(o, 0, 0, [](QJsonObject &s) { s.insert(u"answers"_qs, QJsonArray()); }); },
        u"items[0] (x).steps[0].answers: only a question step has answers"_qs);
    row("reply with unclosed placeholder",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"body"_qs, u"Bonjour {{customer.first_name, merci."_qs); }); },
        u"items[1] (r).body: unclosed \"{{\" at character 8"_qs);
    row("reply with unclosed placeholder before another",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"body"_qs, u"{{a {{agent.first_name}}"_qs); }); },
        u"items[1] (r).body: unclosed \"{{\" at character 0"_qs);
    row("reply with invalid placeholder name",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"body"_qs, u"Bonjour {{Customer Name}}"_qs); }); },
        u"items[1] (r).body: invalid placeholder name \"Customer Name\" at character 8"_qs);
    row("reply with empty placeholder name",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"body"_qs, u"Bonjour {{|Madame}}"_qs); }); },
        u"items[1] (r).body: invalid placeholder name \"\" at character 8"_qs);
    row("reply subject with bad placeholder",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"subject"_qs, u"Dossier {{ticket.id"_qs); }); },
        u"items[1] (r).subject: unclosed \"{{\" at character 8"_qs);
    row("reply without body", [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.remove(u"body"_qs); }); },
        u"items[1] (r): missing required field \"body\""_qs);
    row("article without body", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.remove(u"body"_qs); }); },
        u"items[2] (a): missing required field \"body\""_qs);
    row("bad channel", [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"channels"_qs, QJsonArray{u"email"_qs, u"fax"_qs}); }); },
        u"items[1] (r).channels: \"fax\" is not one of phone, email, chat"_qs);
    row("bad state", [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"state"_qs, u"deleted"_qs); }); },
        u"items[1] (r).state: \"deleted\" is not one of draft, published, archived"_qs);
    row("bad audience", [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"audience"_qs, u"public"_qs); }); },
        u"items[1] (r).audience: \"public\" is not one of internal, customer"_qs);
    row("bad confidence", [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) { i.insert(u"confidence"_qs, u"sure"_qs); }); },
        u"items[1] (r).confidence: \"sure\" is not one of wip, not_validated, validated"_qs);
    row("version zero", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"version"_qs, 0); }); },
        u"items[2] (a).version: must be a whole number of at least 1"_qs);
    row("fractional version", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"version"_qs, 1.5); }); },
        u"items[2] (a).version: must be a whole number of at least 1"_qs);
    row("bad reviewed_at", [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"reviewed_at"_qs, u"hier"_qs); }); },
        u"items[2] (a).reviewed_at: \"hier\" is not an ISO 8601 date"_qs);
    row("history version not below item version",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) {
            i.insert(u"history"_qs, QJsonArray{QJsonObject{{u"version"_qs, 2}, {u"title"_qs, u"R"_qs}, {u"body"_qs, u"B"_qs}}}); }); },
        u"items[1] (r).history[0].version: versions must increase and stay below the item's version 2"_qs);
    row("history versions not increasing",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) {
            i.insert(u"version"_qs, 5);
            i.insert(u"history"_qs, QJsonArray{QJsonObject{{u"version"_qs, 3}, {u"title"_qs, u"A"_qs}, {u"body"_qs, u"B"_qs}},
                                               QJsonObject{{u"version"_qs, 2}, {u"title"_qs, u"A"_qs}, {u"body"_qs, u"B"_qs}}}); }); },
        u"items[2] (a).history[1].version: versions must increase and stay below the item's version 5"_qs);
    row("history entry with bad placeholder",
        [](QJsonObject &o) { editItem(o, 1, [](QJsonObject &i) {
            i.insert(u"history"_qs, QJsonArray{QJsonObject{{u"version"_qs, 1}, {u"title"_qs, u"R"_qs}, {u"body"_qs, u"{{x"_qs}}}); }); },
        u"items[1] (r).history[0].body: unclosed \"{{\" at character 0"_qs);
    row("ticket with unknown category",
        [](QJsonObject &o) { appendTo(o, u"tickets"_qs, QJsonObject{{u"text"_qs, u"ça coupe"_qs}, {u"category"_qs, u"nope"_qs}}); },
        u"tickets[1].category: unknown category \"nope\""_qs);
    row("ticket without text",
        [](QJsonObject &o) { appendTo(o, u"tickets"_qs, QJsonObject{{u"category"_qs, u"internet"_qs}}); },
        u"tickets[1]: missing required field \"text\""_qs);
    row("ticket with bad locale",
        [](QJsonObject &o) { appendTo(o, u"tickets"_qs, QJsonObject{{u"text"_qs, u"x"_qs}, {u"category"_qs, u"internet"_qs},
                                                                    {u"locale"_qs, u"french"_qs}}); },
        u"tickets[1].locale: \"french\" is not a locale tag such as fr-FR"_qs);

    // Limits (common/InputLimits.h) and characters that would hide or spoof text (common/TextSafety.h).
    row("title over its limit",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"title"_qs, QString(limits::kMaxTitleLength + 1, u'T')); }); },
        u"items[2] (a).title: is %1 characters long, over the limit of %2"_qs.arg(limits::kMaxTitleLength + 1).arg(limits::kMaxTitleLength));
    row("body over its limit",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"body"_qs, QString(limits::kMaxBodyLength + 1, u'b')); }); },
        u"items[2] (a).body: is %1 characters long, over the limit of %2"_qs.arg(limits::kMaxBodyLength + 1).arg(limits::kMaxBodyLength));
    row("tag over its limit",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"tags"_qs, QJsonArray{QString(limits::kMaxTagLength + 1, u'g')}); }); },
        u"items[2] (a).tags[0]: is %1 characters long, over the limit of %2"_qs.arg(limits::kMaxTagLength + 1).arg(limits::kMaxTagLength));
    row("too many tags",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) {
            QJsonArray tags;
            for (qsizetype k = 0; k <= limits::kMaxTags; ++k)
                tags.append(u"t%1"_qs.arg(k));
            i.insert(u"tags"_qs, tags); }); },
        u"items[2] (a).tags: has %1 entries, over the limit of %2"_qs.arg(limits::kMaxTags + 1).arg(limits::kMaxTags));
    row("too many steps",
        [](QJsonObject &o) { editItem(o, 0, [](QJsonObject &i) {
            QJsonArray steps;
            for (qsizetype k = 0; k <= limits::kMaxSteps; ++k)
                steps.append(QJsonObject{{u"id"_qs, u"s%1"_qs.arg(k)}, {u"type"_qs, u"action"_qs}, {u"text"_qs, u"t"_qs}});
            i.insert(u"steps"_qs, steps); }); },
        u"items[0] (x).steps: has %1 entries, over the limit of %2"_qs.arg(limits::kMaxSteps + 1).arg(limits::kMaxSteps));
    row("id over its limit",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"id"_qs, QString(limits::kMaxIdLength + 1, u'a')); }); },
        u"items[2] (%1).id: is %2 characters long, over the limit of %3"_qs.arg(QString(limits::kMaxIdLength + 1, u'a'))
            .arg(limits::kMaxIdLength + 1).arg(limits::kMaxIdLength));
    row("right-to-left override in a title",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"title"_qs, u"Facture \u202Eexe.pdf"_qs); }); },
        u"items[2] (a).title: contains the control or bidirectional character U+202E"_qs);
    row("escape in a title",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"title"_qs, u"Box \x1b[31mrouge"_qs); }); },
        u"items[2] (a).title: contains the control or bidirectional character U+001B"_qs);
    row("line break in a title",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"title"_qs, u"Deux\nlignes"_qs); }); },
        u"items[2] (a).title: contains the control or bidirectional character U+000A"_qs);
    row("bell in a body",
        [](QJsonObject &o) { editItem(o, 2, [](QJsonObject &i) { i.insert(u"body"_qs, u"Texte\n\tavec une cloche \x07"_qs); }); },
        u"items[2] (a).body: contains the control or bidirectional character U+0007"_qs);
    row("isolate in a category name",
        [](QJsonObject &o) { QJsonArray cats = o.value(u"categories"_qs).toArray();
            QJsonObject c = cats.at(0).toObject();
            c.insert(u"names"_qs, QJsonObject{{u"fr-FR"_qs, u"Inter\u2067net"_qs}});
            cats[0] = c;
            o.insert(u"categories"_qs, cats); },
        u"categories[0] (internet).names.fr-FR: contains the control or bidirectional character U+2067"_qs);
}

void TestBundle::invalidBundleRejected()
{
    QFETCH(QByteArray, bundle);
    QFETCH(QString, expected);
    QFETCH(int, problems);

    // The base bundle itself is valid: each row's problem comes from its mutation alone.
    QVERIFY2(BundleReader::read(QJsonDocument(baseBundle()).toJson(), u"base.json"_qs).ok(),
             errorText(BundleReader::read(QJsonDocument(baseBundle()).toJson(), u"base.json"_qs)));

    auto store = openStore(u"store.sqlite"_qs);
    QVERIFY(store);
    auto seeded = BundleImporter::importFile(*store, fixture(u"small-kb.json"_qs));
    QVERIFY2(seeded.ok(), errorText(seeded));
    const QString hash = hashOf(*store);
    const QString name = store->meta(u"name"_qs);
    const QString locales = store->meta(u"locales"_qs);

    const QString path = m_dir->filePath(u"bad.json"_qs);
    QVERIFY(writeAll(path, bundle));
    auto report = BundleImporter::importFile(*store, path);
    QVERIFY2(!report.ok(), "an invalid bundle must be rejected");
    const Error &error = report.error();
    const QRegularExpression pattern(expected);
    const bool found = expected.startsWith(u'^')
                           ? std::any_of(error.details.cbegin(), error.details.cend(),
                                         [&](const QString &d) { return pattern.match(d).hasMatch(); })
                           : error.details.contains(expected);
    QVERIFY2(found,
             qPrintable(u"expected \""_qs + expected + u"\" among:\n"_qs + error.details.join(u'\n')));
    if (problems >= 0)
        QVERIFY2(error.details.size() == problems, qPrintable(error.details.join(u'\n')));
    QVERIFY2(error.message.contains(u"bad.json"_qs) && error.message.contains(u"nothing was imported"_qs),
             qPrintable(error.message));

    QCOMPARE(hashOf(*store), hash);
    QCOMPARE(store->meta(u"name"_qs), name);
    QCOMPARE(store->meta(u"locales"_qs), locales);
}

void TestBundle::reportsEveryProblem()
{
    QJsonObject root = baseBundle();
    editItem(root, 1, [](QJsonObject &i) { i.insert(u"channels"_qs, QJsonArray{u"fax"_qs}); });
    editStep(root, 0, 1, [](QJsonObject &s) { s.insert(u"next"_qs, u"nope"_qs); });
    appendTo(root, u"tickets"_qs, QJsonObject{{u"text"_qs, u"t"_qs}, {u"category"_qs, u"nope"_qs}});

    auto store = openStore(u"store.sqlite"_qs);
    QVERIFY(store);
    const QString hash = hashOf(*store);
    const QString path = m_dir->filePath(u"three.json"_qs);
    QVERIFY(writeAll(path, QJsonDocument(root).toJson()));
    auto report = BundleImporter::importFile(*store, path);
    QVERIFY(!report.ok());
    const QStringList expected{u"three.json: items[0] (x).steps[1].next: unknown step \"nope\""_qs,
                               u"three.json: items[1] (r).channels: \"fax\" is not one of phone, email, chat"_qs,
                               u"three.json: tickets[1].category: unknown category \"nope\""_qs};
    QCOMPARE(report.error().details, expected);
    QVERIFY2(report.error().message.contains(u"3"_qs), qPrintable(report.error().message));
    QCOMPARE(hashOf(*store), hash);
    QCOMPARE(ContentRepository(*store).items()->size(), 0);
}

// A knowledge base that passes no validation fails inside the store's transaction: nothing of it remains.
void TestBundle::failedImportRollsBack()
{
    auto store = openStore(u"store.sqlite"_qs);
    QVERIFY(store);
    QVERIFY(BundleImporter::importFile(*store, fixture(u"small-kb.json"_qs)).ok());
    const QString hash = hashOf(*store);

    auto kb = BundleReader::read(QJsonDocument(baseBundle()).toJson(), u"base.json"_qs);
    QVERIFY2(kb.ok(), errorText(kb));
    kb->name = u"Autre nom"_qs;
    kb->locales.append(u"es-ES"_qs);
    kb->items.last().state = u"deleted"_qs;  // violates the items table's CHECK: the last item write fails
    auto report = BundleImporter::import(*store, *kb);
    QVERIFY(!report.ok());
    QCOMPARE(hashOf(*store), hash);
    QVERIFY(!store->meta(u"locales"_qs).contains(u"es-ES"_qs));
    auto x = ContentRepository(*store).item(u"x"_qs);
    QVERIFY(x.ok());
    QVERIFY(!x->has_value());
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
