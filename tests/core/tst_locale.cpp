// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "common/Locale.h"
#include "store/ContentRepository.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

namespace {

Item article(const QString &id, const QString &locale, const QString &group, const QString &title,
             const QStringList &categories, const QString &state = u"published"_qs)
{
    Item item;
    item.id = id;
    item.kind = ItemKind::Article;
    item.locale = locale;
    item.translationGroup = group;
    item.content.title = title;
    item.content.body = u"Texte."_qs;
    item.categories = categories;
    item.state = state;
    return item;
}

} // namespace

class TestLocale final : public QObject
{
    Q_OBJECT
private slots:
    void languageOf_data();
    void languageOf();
    void validTags_data();
    void validTags();
    void fallbackChain_data();
    void fallbackChain();
    void pickVariant_data();
    void pickVariant();
    void itemsInCategoryFallBack_data();
    void itemsInCategoryFallBack();
    void itemsInCategoryPrefersPublishedVariant();
};

void TestLocale::languageOf_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("fr-FR") << u"fr-FR"_qs << u"fr"_qs;
    QTest::newRow("en_GB") << u"en_GB"_qs << u"en"_qs;
    QTest::newRow("bare") << u"de"_qs << u"de"_qs;
    QTest::newRow("upper") << u"FR-fr"_qs << u"fr"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestLocale::languageOf()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(souffleur::languageOf(locale), language);
}

void TestLocale::validTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fr-FR") << u"fr-FR"_qs << true;
    QTest::newRow("en-GB") << u"en-GB"_qs << true;
    QTest::newRow("fr") << u"fr"_qs << true;
    QTest::newRow("underscore") << u"fr_FR"_qs << false;
    QTest::newRow("lower region") << u"fr-fr"_qs << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("words") << u"French"_qs << false;
}

void TestLocale::validTags()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(isValidLocaleTag(tag), valid);
}

void TestLocale::fallbackChain_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("defaultLocale");
    QTest::addColumn<QStringList>("available");
    QTest::addColumn<QStringList>("chain");
    const QStringList frEn{u"fr-FR"_qs, u"en-GB"_qs};
    QTest::newRow("own locale first") << u"en-GB"_qs << u"fr-FR"_qs << frEn << QStringList{u"en-GB"_qs, u"fr-FR"_qs};
    QTest::newRow("default is own") << u"fr-FR"_qs << u"fr-FR"_qs << frEn << QStringList{u"fr-FR"_qs, u"en-GB"_qs};
    QTest::newRow("same language before default")
        << u"en-US"_qs << u"fr-FR"_qs << frEn << QStringList{u"en-US"_qs, u"en-GB"_qs, u"fr-FR"_qs};
    QTest::newRow("other region of the language")
        << u"fr-BE"_qs << u"en-GB"_qs << QStringList{u"en-GB"_qs, u"fr-CA"_qs, u"fr-FR"_qs}
        << QStringList{u"fr-BE"_qs, u"fr-CA"_qs, u"fr-FR"_qs, u"en-GB"_qs};
    QTest::newRow("unknown language: default then rest")
        << u"de-DE"_qs << u"fr-FR"_qs << QStringList{u"en-GB"_qs, u"fr-FR"_qs} << QStringList{u"de-DE"_qs, u"fr-FR"_qs, u"en-GB"_qs};
    QTest::newRow("no preference") << QString() << u"fr-FR"_qs << QStringList{u"en-GB"_qs, u"fr-FR"_qs}
                                   << QStringList{u"fr-FR"_qs, u"en-GB"_qs};
    QTest::newRow("nothing available") << u"en-GB"_qs << u"fr-FR"_qs << QStringList() << QStringList{u"en-GB"_qs, u"fr-FR"_qs};
}

void TestLocale::fallbackChain()
{
    QFETCH(QString, preferred);
    QFETCH(QString, defaultLocale);
    QFETCH(QStringList, available);
    QFETCH(QStringList, chain);
    QCOMPARE(localeFallbackChain(preferred, defaultLocale, available), chain);
}

void TestLocale::pickVariant_data()
{
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("defaultLocale");
    QTest::addColumn<int>("index");
    const QStringList frEn{u"fr-FR"_qs, u"en-GB"_qs};
    QTest::newRow("en agent, both") << frEn << u"en-GB"_qs << u"fr-FR"_qs << 1;
    QTest::newRow("fr agent, both") << frEn << u"fr-FR"_qs << u"fr-FR"_qs << 0;
    QTest::newRow("en agent, fr only") << QStringList{u"fr-FR"_qs} << u"en-GB"_qs << u"fr-FR"_qs << 0;
    QTest::newRow("en-US agent gets en-GB") << frEn << u"en-US"_qs << u"fr-FR"_qs << 1;
    QTest::newRow("de agent gets the default") << QStringList{u"en-GB"_qs, u"fr-FR"_qs} << u"de-DE"_qs << u"fr-FR"_qs << 1;
    QTest::newRow("de agent, default missing: first")
        << QStringList{u"en-GB"_qs, u"es-ES"_qs} << u"de-DE"_qs << u"fr-FR"_qs << 0;
    QTest::newRow("same language beats default")
        << QStringList{u"en-GB"_qs, u"fr-CA"_qs} << u"fr-FR"_qs << u"en-GB"_qs << 1;
    QTest::newRow("empty") << QStringList() << u"fr-FR"_qs << u"fr-FR"_qs << -1;
}

void TestLocale::pickVariant()
{
    QFETCH(QStringList, candidates);
    QFETCH(QString, preferred);
    QFETCH(QString, defaultLocale);
    QFETCH(int, index);
    QCOMPARE(pickLocaleVariant(candidates, preferred, defaultLocale), index);
}

void TestLocale::itemsInCategoryFallBack_data()
{
    QTest::addColumn<QString>("agentLocale");
    QTest::addColumn<QStringList>("ids");  // sorted by title
    // Titles: "A …" (fr only), "B …"/"Bee …" (both), "C …" (fr linked, en not linked).
    QTest::newRow("en-GB agent") << u"en-GB"_qs << QStringList{u"a.fr"_qs, u"b.en"_qs, u"c.en"_qs};
    QTest::newRow("fr-FR agent") << u"fr-FR"_qs << QStringList{u"a.fr"_qs, u"b.fr"_qs, u"c.fr"_qs};
    QTest::newRow("en-US agent") << u"en-US"_qs << QStringList{u"a.fr"_qs, u"b.en"_qs, u"c.en"_qs};
    QTest::newRow("de-DE agent: default locale") << u"de-DE"_qs << QStringList{u"a.fr"_qs, u"b.fr"_qs, u"c.fr"_qs};
}

void TestLocale::itemsInCategoryFallBack()
{
    QFETCH(QString, agentLocale);
    QFETCH(QStringList, ids);
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"store.sqlite"_qs));
    QVERIFY2(store.ok(), errorText(store));
    Store &s = **store;
    QVERIFY(s.setMeta(u"default_locale"_qs, u"fr-FR"_qs).ok());
    QVERIFY(s.setMeta(u"locales"_qs, u"fr-FR,en-GB"_qs).ok());
    ContentRepository repo(s);
    Category cat;
    cat.id = u"internet"_qs;
    cat.names = {{u"fr-FR"_qs, u"Internet"_qs}};
    QVERIFY(repo.putCategory(cat).ok());
    Category other;
    other.id = u"mobile"_qs;
    other.names = {{u"fr-FR"_qs, u"Mobile"_qs}};
    QVERIFY(repo.putCategory(other).ok());

    const QStringList inCat{cat.id};
    QVERIFY(repo.putItem(article(u"a.fr"_qs, u"fr-FR"_qs, u"a"_qs, u"A seulement en français"_qs, inCat)).ok());
    QVERIFY(repo.putItem(article(u"b.fr"_qs, u"fr-FR"_qs, u"b"_qs, u"B en français"_qs, inCat)).ok());
    QVERIFY(repo.putItem(article(u"b.en"_qs, u"en-GB"_qs, u"b"_qs, u"Bee in English"_qs, inCat)).ok());
    QVERIFY(repo.putItem(article(u"c.fr"_qs, u"fr-FR"_qs, u"c"_qs, u"C lié"_qs, inCat)).ok());
    QVERIFY(repo.putItem(article(u"c.en"_qs, u"en-GB"_qs, u"c"_qs, u"C not linked"_qs, {})).ok());
    QVERIFY(repo.putItem(article(u"m.en"_qs, u"en-GB"_qs, u"m"_qs, u"Mobile only"_qs, {other.id})).ok());
    QVERIFY(repo.putItem(article(u"z.fr"_qs, u"fr-FR"_qs, u"z"_qs, u"Z archivé"_qs, inCat, u"archived"_qs)).ok());

    auto list = repo.itemsInCategory(cat.id, agentLocale);
    QVERIFY2(list.ok(), errorText(list));
    QStringList got;
    for (const ItemSummary &summary : std::as_const(*list))
        got.append(summary.id);
    QCOMPARE(got, ids);
    for (const ItemSummary &summary : std::as_const(*list)) {
        QCOMPARE(summary.kind, ItemKind::Article);
        QVERIFY(!summary.title.isEmpty());
    }
}

// A variant that is archived in the agent's locale must not hide the published one of another locale.
void TestLocale::itemsInCategoryPrefersPublishedVariant()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"store.sqlite"_qs));
    QVERIFY2(store.ok(), errorText(store));
    Store &s = **store;
    QVERIFY(s.setMeta(u"default_locale"_qs, u"fr-FR"_qs).ok());
    ContentRepository repo(s);
    Category cat;
    cat.id = u"internet"_qs;
    cat.names = {{u"fr-FR"_qs, u"Internet"_qs}};
    QVERIFY(repo.putCategory(cat).ok());
    QVERIFY(repo.putItem(article(u"t.fr"_qs, u"fr-FR"_qs, u"t"_qs, u"Tarifs"_qs, {cat.id})).ok());
    QVERIFY(repo.putItem(article(u"t.en"_qs, u"en-GB"_qs, u"t"_qs, u"Old prices"_qs, {cat.id}, u"archived"_qs)).ok());

    auto list = repo.itemsInCategory(cat.id, u"en-GB"_qs);
    QVERIFY2(list.ok(), errorText(list));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->constFirst().id, u"t.fr"_qs);
    // The French agent is not affected.
    auto fr = repo.itemsInCategory(cat.id, u"fr-FR"_qs);
    QVERIFY2(fr.ok(), errorText(fr));
    QCOMPARE(fr->size(), 1);
    QCOMPARE(fr->constFirst().id, u"t.fr"_qs);
}

QTEST_GUILESS_MAIN(TestLocale)
#include "tst_locale.moc"
