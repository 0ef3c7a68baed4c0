// SPDX-License-Identifier: GPL-3.0-or-later
// The demo knowledge base read as a French contact center's quality team would: every reply placeholder is a field
// the app knows, the customer's fields are always filled (by the ticket card or a fallback), the courtesy title comes
// from the handed-over name, phone scripts avoid what quality grids ban, products exist, facts agree, and the French
// text follows French typography.
#include "bundle/BundleReader.h"
#include "content/ReplyTemplate.h"
#include "content/TicketFields.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace souffleur;

namespace {

QList<Item> itemsOf(const KnowledgeBase &kb, ItemKind kind, const QString &locale = {})
{
    QList<Item> out;
    for (const Item &i : kb.items)
        if (i.kind == kind && (locale.isEmpty() || i.locale == locale))
            out << i;
    return out;
}

// Every text of an item a reader sees (the current version, not its history).
QStringList textsOf(const Item &item)
{
    QStringList texts{item.content.title, item.content.summary, item.content.subject, item.content.body, item.content.tone};
    for (const Step &s : item.content.steps) {
        texts << s.text << s.escalateTo << s.collect;
        for (const Answer &a : s.answers)
            texts << a.label;
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestDemoReplies final : public QObject
{
    Q_OBJECT
    KnowledgeBase m_kb;

private slots:
    void initTestCase()
    {
        auto kb = BundleReader::readFile(QStringLiteral(SOUFFLEUR_SOURCE_DIR "/resources/demo/demo-kb.json"));
        QVERIFY2(kb.ok(), kb.ok() ? "" : qPrintable(kb.error().toString()));
        m_kb = *kb;
        QVERIFY(itemsOf(m_kb, ItemKind::Reply).size() >= 40);
    }

    void everyPlaceholderIsAKnownField()
    {
        const QStringList known = TicketFields::knownKeys();
        for (const Item &reply : itemsOf(m_kb, ItemKind::Reply))
            for (const QString &text : {reply.content.subject, reply.content.body})
                for (const QString &name : ReplyTemplate(text).placeholderNames())
                    QVERIFY2(known.contains(name), qPrintable(reply.id + QStringLiteral(": ") + name));
    }

    void customerFieldsAreAlwaysFilled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("title, first and last name") << "Mme Claire Martin";
        QTest::newRow("title and last name") << "M. Martin";
        QTest::newRow("first and last name") << "Claire Martin";
    }
    void customerFieldsAreAlwaysFilled()
    {
        QFETCH(QString, name);
        const QMap<QString, QString> card = TicketFields::fromCustomer(name, QStringLiteral("0612345678"));
        // English replies greet by first name with no fallback (the agent is asked before copying); French ones
        // must read well from any name the phone software hands over.
        const bool fullName = name == QLatin1String("Mme Claire Martin");
        for (const Item &reply : itemsOf(m_kb, ItemKind::Reply, fullName ? QString() : QStringLiteral("fr-FR"))) {
            const QMap<QString, QString> values = TicketFields::withCivility(card, reply.locale);
            for (const QString &text : {reply.content.subject, reply.content.body})
                for (const QString &missing : ReplyTemplate(text).unfilled(values))
                    QVERIFY2(!missing.startsWith(QLatin1String("customer.")), qPrintable(reply.id + QStringLiteral(": ") + missing));
        }
    }

    void courtesyTitleComesFromTheName()
    {
        for (const Item &reply : itemsOf(m_kb, ItemKind::Reply)) {
            if (reply.id != QLatin1String("reply.sim-blocked-puk.fr"))
                continue;
            const auto values = TicketFields::withCivility(TicketFields::fromCustomer(QStringLiteral("Mme Claire Martin"), {}), reply.locale);
            const QString text = ReplyTemplate(reply.content.body).filledText(values);
            QVERIFY2(text.startsWith(QStringLiteral("Merci, Madame, ")), qPrintable(text.left(60)));
            QVERIFY(!text.contains(QStringLiteral("Madame, Monsieur")));
            return;
        }
        QFAIL("reply.sim-blocked-puk.fr is missing");
    }

    void frenchChatRepliesNameTheCustomerWithACommaAndAFallback()
    {
        static const QRegularExpression noComma(QStringLiteral("[\\p{L}] \\{\\{customer\\.first_name"));
        for (const Item &reply : itemsOf(m_kb, ItemKind::Reply, QStringLiteral("fr-FR"))) {
            if (!reply.channels.contains(QLatin1String("chat")))
                continue;  // an e-mail opens « Bonjour Claire, »
            QVERIFY2(!noComma.match(reply.content.body).hasMatch(), qPrintable(reply.id));
            for (const Placeholder &p : parsePlaceholders(reply.content.body))
                if (p.name == QLatin1String("customer.first_name") && !reply.content.body.contains(QLatin1String("{{customer.last_name")))
                    QVERIFY2(p.hasFallback, qPrintable(reply.id));
        }
    }

    void frenchRepliesAvoidWhatQualityGridsBan()
    {
        static const QStringList banned{QStringLiteral("pas de souci"), QStringLiteral("aucun problème"),
                                        QStringLiteral("aucun souci"), QStringLiteral("désolé pour ce souci"),
                                        QStringLiteral("on va ")};
        // « Suite à notre échange » opens a sentence; « la suite à donner » is good French.
        static const QRegularExpression suiteA(QStringLiteral("(^|[.!?\\n]\\s*)Suite à"));
        for (const Item &reply : itemsOf(m_kb, ItemKind::Reply, QStringLiteral("fr-FR"))) {
            for (const QString &phrase : banned)
                QVERIFY2(!reply.content.body.contains(phrase, Qt::CaseInsensitive), qPrintable(reply.id + QStringLiteral(": ") + phrase));
            QVERIFY2(!suiteA.match(reply.content.body).hasMatch(), qPrintable(reply.id));
        }
    }

    void offersNameProductsTheDemoDefines()
    {
        QString articles;
        for (const Item &a : itemsOf(m_kb, ItemKind::Article))
            articles += a.content.body;
        static const QRegularExpression wrapper(QStringLiteral("^(l’offre |l'offre |the )|( plan)$"));
        for (const Item &reply : itemsOf(m_kb, ItemKind::Reply))
            for (const Placeholder &p : parsePlaceholders(reply.content.body))
                if (p.name == QLatin1String("offer.name") && p.hasFallback) {
                    const QString product = QString(p.fallback).remove(wrapper);
                    QVERIFY2(articles.contains(product), qPrintable(reply.id + QStringLiteral(": ") + product));
                }
    }

    void factsAgree_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("IBAN digits checked, fr") << "(\\d+|deux|quatre) derniers chiffres de l[’']IBAN";
        QTest::newRow("IBAN digits checked, en") << "last (\\d+|two|four) digits of the IBAN";
        QTest::newRow("account lock, fr") << "verrouill\\S* (?:\\*\\*)?(\\d+) minutes";
        QTest::newRow("account lock, en") << "lock(?:s|ed)? for (?:\\*\\*)?(\\d+) minutes";
    }
    void factsAgree()
    {
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern);
        QMap<QString, QString> seen;  // value -> where
        for (const Item &item : std::as_const(m_kb.items))
            for (const QString &text : textsOf(item))
                for (auto it = re.globalMatch(text); it.hasNext();)
                    seen.insert(it.next().captured(1).replace(QStringLiteral("two"), QStringLiteral("2"))
                                    .replace(QStringLiteral("deux"), QStringLiteral("2")), item.id);
        QVERIFY2(seen.size() == 1, qPrintable(QStringList(seen.keys()).join(QLatin1Char(' ')) + QStringLiteral(" in ")
                                              + QStringList(seen.values()).join(QLatin1Char(' '))));
    }

    void frenchTextFollowsFrenchTypography()
    {
        static const QRegularExpression plainSpaceBefore(QStringLiteral(" [:;!?»%]|« "));
        for (const Item &item : itemsOf(m_kb, ItemKind::Procedure, QStringLiteral("fr-FR"))
                                    + itemsOf(m_kb, ItemKind::Reply, QStringLiteral("fr-FR"))
                                    + itemsOf(m_kb, ItemKind::Article, QStringLiteral("fr-FR")))
            for (const QString &text : textsOf(item)) {
                QVERIFY2(!text.contains(QLatin1Char('\'')), qPrintable(item.id + QStringLiteral(": ") + text.left(80)));
                const auto m = plainSpaceBefore.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(item.id + QStringLiteral(": …") + text.mid(qMax(0, int(m.capturedStart()) - 30), 40)));
            }
        for (const Category &c : std::as_const(m_kb.categories))
            QVERIFY2(!c.name(QStringLiteral("fr-FR")).contains(QStringLiteral("roaming"), Qt::CaseInsensitive), qPrintable(c.id));
    }
};

QTEST_GUILESS_MAIN(TestDemoReplies)
#include "tst_demo_replies.moc"
