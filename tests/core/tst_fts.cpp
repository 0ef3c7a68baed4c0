// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "search/SearchService.h"
#include "store/ContentRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace souffleur;
using namespace souffleur::test;

namespace {

Item makeItem(const QString &id, ItemKind kind, const QString &locale, const QString &group, const QString &title,
              const QString &body = {})
{
    Item item;
    item.id = id;
    item.kind = kind;
    item.locale = locale;
    item.translationGroup = group;
    item.content.title = title;
    if (kind == ItemKind::Procedure)
        item.content.steps = {Step{u"start"_qs, StepType::Resolution, body.isEmpty() ? u"Fin."_qs : body, {}, {}, {}, {}}};
    else
        item.content.body = body.isEmpty() ? u"Texte."_qs : body;
    return item;
}

} // namespace

class TestFts final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void staysInSyncOnInsertUpdateDelete();
    void rolledBackWriteLeavesNoTrace();
    void accentInsensitiveFrench_data();
    void accentInsensitiveFrench();
    void typoTolerant_data();
    void typoTolerant();
    void variantsCollapseToAgentLocale_data();
    void variantsCollapseToAgentLocale();
    void archivedHiddenUnlessAsked();
    void punctuationOnlyFindsNothing_data();
    void punctuationOnlyFindsNothing();
    void ftsSyntaxDoesNotError_data();
    void ftsSyntaxDoesNotError();

private:
    // Ids of the hits for `text` in `locale`, or a list with one "error: …" entry.
    QStringList idsFor(const QString &text, const QString &locale = u"fr-FR"_qs);
    bool integrityOk();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestFts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = Store::open(m_dir->filePath(u"store.sqlite"_qs));
    QVERIFY2(store.ok(), errorText(store));
    m_store = std::move(*store);
    QVERIFY(m_store->setMeta(u"default_locale"_qs, u"fr-FR"_qs).ok());
    QVERIFY(m_store->setMeta(u"locales"_qs, u"fr-FR,en-GB"_qs).ok());
}

void TestFts::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestFts::idsFor(const QString &text, const QString &locale)
{
    SearchQuery query;
    query.text = text;
    query.locale = locale;
    auto hits = SearchService(*m_store).search(query);
    if (!hits)
        return {u"error: "_qs + hits.error().toString()};
    QStringList ids;
    for (const SearchHit &h : std::as_const(*hits))
        ids.append(h.id);
    return ids;
}

bool TestFts::integrityOk()
{
    QSqlQuery q(m_store->database());
    if (!q.exec(u"INSERT INTO items_fts(items_fts) VALUES('integrity-check')"_qs)) {
        qWarning("FTS integrity-check failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void TestFts::staysInSyncOnInsertUpdateDelete()
{
    ContentRepository repo(*m_store);
    QVERIFY(integrityOk());
    QCOMPARE(idsFor(u"modem"_qs), QStringList());

    Item item = makeItem(u"art.modem"_qs, ItemKind::Article, u"fr-FR"_qs, u"art.modem"_qs, u"Réinitialiser le modem"_qs,
                         u"Appuyer sur le bouton reset pendant dix secondes."_qs);
    QVERIFY(repo.putItem(item).ok());
    QCOMPARE(idsFor(u"modem"_qs), QStringList{u"art.modem"_qs});
    QCOMPARE(idsFor(u"bouton"_qs), QStringList{u"art.modem"_qs});  // body words are indexed too
    QVERIFY(integrityOk());

    item.content.title = u"Réinitialiser le routeur"_qs;
    item.version = 2;
    QVERIFY(repo.putItem(item).ok());
    QCOMPARE(idsFor(u"modem"_qs), QStringList());
    QCOMPARE(idsFor(u"routeur"_qs), QStringList{u"art.modem"_qs});
    QVERIFY(integrityOk());

    item.content.body = u"Débrancher l'alimentation."_qs;
    QVERIFY(repo.putItem(item).ok());
    QCOMPARE(idsFor(u"bouton"_qs), QStringList());
    QCOMPARE(idsFor(u"alimentation"_qs), QStringList{u"art.modem"_qs});
    QVERIFY(integrityOk());

    QVERIFY(repo.deleteItem(item.id).ok());
    QCOMPARE(idsFor(u"routeur"_qs), QStringList());
    QCOMPARE(idsFor(u"alimentation"_qs), QStringList());
    QVERIFY(integrityOk());

    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM items_fts WHERE items_fts MATCH 'routeur'"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestFts::rolledBackWriteLeavesNoTrace()
{
    ContentRepository repo(*m_store);
    {
        Transaction tx(m_store->database());
        QVERIFY(tx.isActive());
        QVERIFY(repo.putItem(makeItem(u"art.temp"_qs, ItemKind::Article, u"fr-FR"_qs, {}, u"Brouillon éphémère"_qs)).ok());
        QCOMPARE(idsFor(u"ephemere"_qs), QStringList{u"art.temp"_qs});
        // no commit: rolled back
    }
    QCOMPARE(idsFor(u"ephemere"_qs), QStringList());
    QVERIFY(integrityOk());
}

void TestFts::accentInsensitiveFrench_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("etat finds État") << u"etat"_qs << u"art.etat"_qs;
    QTest::newRow("ETAT finds État") << u"ETAT"_qs << u"art.etat"_qs;
    QTest::newRow("état finds État") << u"état"_qs << u"art.etat"_qs;
    QTest::newRow("factur finds Facturation") << u"factur"_qs << u"proc.facturation"_qs;
    QTest::newRow("ecran finds écran in a body") << u"ecran"_qs << u"reply.ecran"_qs;
    QTest::newRow("Écran finds écran") << u"Écran"_qs << u"reply.ecran"_qs;
    QTest::newRow("prefix without accents") << u"reseau"_qs << u"art.etat"_qs;
    QTest::newRow("two words, all required") << u"etat ligne"_qs << u"art.etat"_qs;
    QTest::newRow("step text of a procedure") << u"echeancier"_qs << u"proc.facturation"_qs;
}

void TestFts::accentInsensitiveFrench()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    ContentRepository repo(*m_store);
    QVERIFY(repo.putItem(makeItem(u"art.etat"_qs, ItemKind::Article, u"fr-FR"_qs, {}, u"État de la ligne"_qs,
                                  u"Consulter le réseau."_qs)).ok());
    QVERIFY(repo.putItem(makeItem(u"proc.facturation"_qs, ItemKind::Procedure, u"fr-FR"_qs, {}, u"Facturation contestée"_qs,
                                  u"Proposer un échéancier."_qs)).ok());
    QVERIFY(repo.putItem(makeItem(u"reply.ecran"_qs, ItemKind::Reply, u"fr-FR"_qs, {}, u"Décodeur"_qs,
                                  u"Votre écran reste noir ?"_qs)).ok());
    QCOMPARE(idsFor(query), QStringList{expected});
}

void TestFts::typoTolerant_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a letter missing") << u"facturaton"_qs << QStringList{u"proc.facturation"_qs};
    QTest::newRow("two letters swapped") << u"ehceancier"_qs << QStringList{u"proc.facturation"_qs};
    QTest::newRow("missing accent and a letter") << u"decodeu"_qs << QStringList{u"reply.ecran"_qs};
    QTest::newRow("a typo next to a good word") << u"ecran noire"_qs << QStringList{u"reply.ecran"_qs};
    QTest::newRow("too far from anything") << u"zzzzzzzz"_qs << QStringList{};
    QTest::newRow("short words are not guessed") << u"ecr"_qs << QStringList{u"reply.ecran"_qs};
}

void TestFts::typoTolerant()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ContentRepository repo(*m_store);
    QVERIFY(repo.putItem(makeItem(u"proc.facturation"_qs, ItemKind::Procedure, u"fr-FR"_qs, {}, u"Facturation contestée"_qs,
                                  u"Proposer un échéancier."_qs)).ok());
    QVERIFY(repo.putItem(makeItem(u"reply.ecran"_qs, ItemKind::Reply, u"fr-FR"_qs, {}, u"Décodeur"_qs,
                                  u"Votre écran reste noir ?"_qs)).ok());
    QCOMPARE(idsFor(query), expected);
}

void TestFts::variantsCollapseToAgentLocale_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en-GB agent") << u"livebox"_qs << u"en-GB"_qs << u"proc.livebox.en"_qs;
    QTest::newRow("fr-FR agent") << u"livebox"_qs << u"fr-FR"_qs << u"proc.livebox.fr"_qs;
    QTest::newRow("en-US agent, same language") << u"livebox"_qs << u"en-US"_qs << u"proc.livebox.en"_qs;
    QTest::newRow("de-DE agent, default locale") << u"livebox"_qs << u"de-DE"_qs << u"proc.livebox.fr"_qs;
    // A word of only one variant finds that variant alone: there is nothing to collapse.
    QTest::newRow("french word, en-GB agent") << u"redemarrer"_qs << u"en-GB"_qs << u"proc.livebox.fr"_qs;
}

void TestFts::variantsCollapseToAgentLocale()
{
    QFETCH(QString, query);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    ContentRepository repo(*m_store);
    // Different titles weigh the variants differently in BM25, so the agent's variant is not always ranked first.
    QVERIFY(repo.putItem(makeItem(u"proc.livebox.fr"_qs, ItemKind::Procedure, u"fr-FR"_qs, u"proc.livebox"_qs,
                                  u"Livebox : redémarrer la Livebox"_qs, u"Redémarrer la Livebox."_qs)).ok());
    QVERIFY(repo.putItem(makeItem(u"proc.livebox.en"_qs, ItemKind::Procedure, u"en-GB"_qs, u"proc.livebox"_qs,
                                  u"Livebox restart"_qs, u"Restart the router."_qs)).ok());
    QVERIFY(repo.putItem(makeItem(u"proc.autre"_qs, ItemKind::Procedure, u"fr-FR"_qs, {}, u"Autre chose"_qs)).ok());
    QCOMPARE(idsFor(query, locale), QStringList{expected});
}

void TestFts::archivedHiddenUnlessAsked()
{
    ContentRepository repo(*m_store);
    Item item = makeItem(u"art.old"_qs, ItemKind::Article, u"fr-FR"_qs, {}, u"Ancienne offre ADSL"_qs);
    item.state = u"archived"_qs;
    QVERIFY(repo.putItem(item).ok());
    QCOMPARE(idsFor(u"adsl"_qs), QStringList());
    SearchQuery query;
    query.text = u"adsl"_qs;
    query.includeArchived = true;
    auto hits = SearchService(*m_store).search(query);
    QVERIFY2(hits.ok(), errorText(hits));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().id, u"art.old"_qs);
    QCOMPARE(hits->constFirst().kind, ItemKind::Article);
}

void TestFts::punctuationOnlyFindsNothing_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_qs;
    QTest::newRow("punctuation") << u"?!.,;:"_qs;
    QTest::newRow("quotes and stars") << u"\"\" ** --"_qs;
    QTest::newRow("symbols") << u"€ @ # ( ) { } [ ]"_qs;
}

void TestFts::punctuationOnlyFindsNothing()
{
    QFETCH(QString, query);
    QVERIFY(ContentRepository(*m_store).putItem(makeItem(u"art.a"_qs, ItemKind::Article, u"fr-FR"_qs, {}, u"Question ?"_qs)).ok());
    QCOMPARE(SearchService::matchExpression(query), QString());
    QCOMPARE(idsFor(query), QStringList());
}

void TestFts::ftsSyntaxDoesNotError_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("finds");  // whether the Facturation item is expected among the hits
    QTest::newRow("unbalanced quote") << u"\"factur"_qs << true;
    QTest::newRow("quote inside") << u"fact\"ur"_qs << true;
    QTest::newRow("star") << u"factur*"_qs << true;
    QTest::newRow("lone star") << u"*"_qs << false;
    QTest::newRow("NEAR(") << u"NEAR(factur"_qs << true;
    QTest::newRow("NEAR( unbalanced") << u"NEAR(factur contest"_qs << true;
    QTest::newRow("minus") << u"-factur"_qs << true;
    QTest::newRow("column filter") << u"title:factur"_qs << true;
    QTest::newRow("boolean words") << u"factur AND OR NOT"_qs << true;
    QTest::newRow("caret and plus") << u"^factur +contest"_qs << true;
    QTest::newRow("braces") << u"{title summary}: factur"_qs << true;
}

void TestFts::ftsSyntaxDoesNotError()
{
    QFETCH(QString, query);
    QFETCH(bool, finds);
    QVERIFY(ContentRepository(*m_store)
                .putItem(makeItem(u"proc.facturation"_qs, ItemKind::Procedure, u"fr-FR"_qs, {}, u"Facturation contestée"_qs))
                .ok());
    const QStringList ids = idsFor(query);
    QVERIFY2(ids.isEmpty() || !ids.constFirst().startsWith(u"error"_qs), qPrintable(ids.join(u' ')));
    if (finds)
        QCOMPARE(ids, QStringList{u"proc.facturation"_qs});
}

QTEST_GUILESS_MAIN(TestFts)
#include "tst_fts.moc"
