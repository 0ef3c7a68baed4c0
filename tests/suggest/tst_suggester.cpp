// SPDX-License-Identifier: GPL-3.0-or-later
// The suggestion ranker on a real store file: category links first, text relevance among them, locale and
// channel fit, explained and deterministic; and the assistant end to end with a trained classifier.
#include "bundle/BundleImporter.h"
#include "store/ContentRepository.h"
#include "store/Store.h"
#include "suggest/Suggester.h"
#include "suggest/TicketAssistant.h"

#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;

namespace {

Item item(const QString &id, ItemKind kind, const QString &locale, const QString &group, const QString &title,
          const QString &text, const QStringList &categories, const QStringList &channels = {})
{
    Item i;
    i.id = id;
    i.kind = kind;
    i.locale = locale;
    i.translationGroup = group;
    i.content.title = title;
    i.categories = categories;
    i.channels = channels;
    if (kind == ItemKind::Procedure)
        i.content.steps = {{u"s1"_qs, StepType::Action, text, {}, {}, {}, {}}, {u"s2"_qs, StepType::Resolution, u"Done"_qs, {}, {}, {}, {}}};
    else
        i.content.body = text;
    return i;
}

KnowledgeBase fixture()
{
    KnowledgeBase kb;
    kb.defaultLocale = u"fr-FR"_qs;
    kb.locales = {u"fr-FR"_qs, u"en-GB"_qs};
    Category net{u"net"_qs, {}, 0, {{u"fr-FR"_qs, u"Internet"_qs}, {u"en-GB"_qs, u"Internet"_qs}}, {}, {}, {}};
    Category sync{u"net.sync"_qs, u"net"_qs, 0, {{u"fr-FR"_qs, u"Box sans synchro"_qs}, {u"en-GB"_qs, u"Router not syncing"_qs}},
                  {}, {{u"fr-FR"_qs, {u"synchro"_qs, u"voyant"_qs}}, {u"en-GB"_qs, {u"sync"_qs, u"light"_qs}}},
                  {{u"fr-FR"_qs, {u"ma box ne synchronise plus"_qs, u"le voyant dsl clignote"_qs, u"plus de synchro sur la box"_qs}},
                   {u"en-GB"_qs, {u"my router does not sync"_qs, u"the dsl light is blinking"_qs}}}};
    Category bill{u"bill"_qs, {}, 1, {{u"fr-FR"_qs, u"Facturation"_qs}, {u"en-GB"_qs, u"Billing"_qs}},
                  {}, {{u"fr-FR"_qs, {u"facture"_qs, u"prélèvement"_qs}}, {u"en-GB"_qs, {u"bill"_qs, u"debit"_qs}}},
                  {{u"fr-FR"_qs, {u"ma facture est trop élevée"_qs, u"je conteste ma facture"_qs, u"prélèvement en double"_qs}},
                   {u"en-GB"_qs, {u"my bill is too high"_qs, u"I was charged twice"_qs}}}};
    kb.categories = {net, sync, bill};
    kb.items = {
        item(u"proc.sync.fr"_qs, ItemKind::Procedure, u"fr-FR"_qs, u"proc.sync"_qs, u"Box sans synchronisation"_qs,
             u"Redémarrer la box et vérifier le voyant DSL"_qs, {u"net.sync"_qs}),
        item(u"proc.sync.en"_qs, ItemKind::Procedure, u"en-GB"_qs, u"proc.sync"_qs, u"Router not syncing"_qs,
             u"Restart the router and check the DSL light"_qs, {u"net.sync"_qs}),
        item(u"proc.bill.fr"_qs, ItemKind::Procedure, u"fr-FR"_qs, u"proc.bill"_qs, u"Contester une facture"_qs,
             u"Vérifier la facture et le prélèvement; la box est hors sujet"_qs, {u"bill"_qs}),
        item(u"proc.net.fr"_qs, ItemKind::Procedure, u"fr-FR"_qs, u"proc.net"_qs, u"Diagnostic internet général"_qs,
             u"Questions générales sur la connexion"_qs, {u"net"_qs}),
        item(u"reply.sync.mail.fr"_qs, ItemKind::Reply, u"fr-FR"_qs, u"reply.sync.mail"_qs, u"Courriel synchro"_qs,
             u"Bonjour, votre box est resynchronisée."_qs, {u"net.sync"_qs}, {u"email"_qs}),
        item(u"reply.sync.phone.fr"_qs, ItemKind::Reply, u"fr-FR"_qs, u"reply.sync.phone"_qs, u"Script synchro"_qs,
             u"Je vais vous guider pour la box."_qs, {u"net.sync"_qs}, {u"phone"_qs}),
        item(u"art.led.fr"_qs, ItemKind::Article, u"fr-FR"_qs, u"art.led"_qs, u"Les voyants de la box"_qs,
             u"# Voyants\n\nLe voyant DSL fixe signifie que la synchronisation est établie."_qs, {}),
    };
    return kb;
}

} // namespace

class TestSuggester final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(u"s.sqlite"_qs));
        QVERIFY(store.ok());
        m_store = std::move(*store);
        QVERIFY(BundleImporter::import(*m_store, fixture()).ok());
    }

    void categoryProcedureComesFirst()
    {
        Suggester s(*m_store);
        SuggestionRequest r;
        r.text = u"client appelle, sa box ne synchronise plus, voyant DSL clignote"_qs;
        r.locale = u"fr-FR"_qs;
        r.guesses = {{u"net.sync"_qs, 0.9}, {u"bill"_qs, 0.05}};
        r.unsure = false;
        auto out = s.suggest(r);
        QVERIFY(out.ok());
        QVERIFY(!out->procedures.isEmpty());
        QCOMPARE(out->procedures.first().id, u"proc.sync.fr"_qs);
        QVERIFY(out->procedures.first().reasons.first().startsWith(u"category:net.sync (90 %)"_qs));
        // The parent's general procedure comes before the unrelated billing one.
        QStringList order;
        for (const Suggestion &p : out->procedures)
            order << p.id;
        QVERIFY(order.indexOf(u"proc.net.fr"_qs) >= 0);
        QVERIFY(order.indexOf(u"proc.bill.fr"_qs) < 0 || order.indexOf(u"proc.net.fr"_qs) < order.indexOf(u"proc.bill.fr"_qs));
        // An article not linked to the category still comes through the text, with the matched terms.
        QVERIFY(!out->articles.isEmpty());
        QCOMPARE(out->articles.first().id, u"art.led.fr"_qs);
        QVERIFY(out->articles.first().reasons.join(u' ').contains(u"terms:"_qs));
    }

    void localeAndChannelFit()
    {
        Suggester s(*m_store);
        SuggestionRequest r;
        r.text = u"router not syncing"_qs;
        r.locale = u"en-GB"_qs;
        r.channel = u"phone"_qs;
        r.guesses = {{u"net.sync"_qs, 0.8}};
        r.unsure = false;
        auto out = s.suggest(r);
        QVERIFY(out.ok());
        QCOMPARE(out->procedures.first().id, u"proc.sync.en"_qs);  // the English variant of the same procedure
        QCOMPARE(out->replies.size(), 2);
        QCOMPARE(out->replies.first().id, u"reply.sync.phone.fr"_qs);  // the phone script before the e-mail
        QVERIFY(out->replies.last().reasons.contains(u"channel:email only"_qs));
        QVERIFY(out->replies.first().reasons.join(u' ').contains(u"locale:fr-FR (no en-GB variant)"_qs));
    }

    void deterministicAndSafeOnOddInput()
    {
        Suggester s(*m_store);
        SuggestionRequest r;
        r.text = u"\"NEAR( box* -- ; DROP TABLE items"_qs;
        r.locale = u"fr-FR"_qs;
        auto a = s.suggest(r);
        auto b = s.suggest(r);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->procedures.size(), b->procedures.size());
        for (qsizetype i = 0; i < a->procedures.size(); ++i)
            QCOMPARE(a->procedures.at(i).id, b->procedures.at(i).id);
        SuggestionRequest empty;
        QVERIFY(s.suggest(empty).ok());
    }

    void assistantClassifiesAndLearnsFromCorrections()
    {
        TicketAssistant assistant(*m_store);
        auto ready = assistant.prepare();
        QVERIFY2(ready.ok() && *ready, ready.ok() ? "no model" : qPrintable(ready.error().toString()));
        TicketInput input;
        input.text = u"ma box ne synchronise plus, le voyant dsl clignote"_qs;
        input.agentLocale = u"fr-FR"_qs;
        auto r = assistant.assist(input);
        QVERIFY(r.ok());
        QVERIFY(r->procedure.has_value());
        QCOMPARE(r->procedure->id, u"proc.sync.fr"_qs);
        // The agent's choice wins and is stored as a correction.
        input.chosenCategory = u"bill"_qs;
        r = assistant.assist(input);
        QVERIFY(r.ok());
        QVERIFY(r->chosenByAgent);
        QCOMPARE(r->category->id, u"bill"_qs);
        QCOMPARE(r->procedure->id, u"proc.bill.fr"_qs);
        QVERIFY(assistant.recordCorrection(input.text, u"bill"_qs, u"fr-FR"_qs).ok());
        QCOMPARE(m_store->meta(u"classifier.stale"_qs), u"1"_qs);
        auto tickets = ContentRepository(*m_store).tickets();
        QVERIFY(tickets.ok());
        QCOMPARE(tickets->size(), 1);
        QCOMPARE(tickets->first().category, u"bill"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"
