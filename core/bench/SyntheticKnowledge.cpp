// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/SyntheticKnowledge.h"

namespace souffleur {

namespace {

const QStringList &commonFr()
{
    static const QStringList w = QStringLiteral(
        "le client appelle car sa depuis hier matin ne fonctionne plus il a déjà redémarré la et vérifié les câbles "
        "mais toujours rien il demande une solution rapide car il travaille à domicile avec son ordinateur et son "
        "téléphone elle signale aussi que le voyant reste orange la facture du mois dernier semble trop élevée "
        "pouvez-vous vérifier son dossier et rappeler avant ce soir merci")
        .split(QLatin1Char(' '));
    return w;
}

const QStringList &commonEn()
{
    static const QStringList w = QStringLiteral(
        "the customer calls because since yesterday morning the service no longer works they already restarted the "
        "and checked the cables but still nothing they ask for a quick fix as they work from home with their laptop "
        "and phone she also says the light stays orange last month's bill looks too high please check the account "
        "and call back before tonight thanks")
        .split(QLatin1Char(' '));
    return w;
}

const QStringList &topicPoolFr()
{
    static const QStringList w = QStringLiteral(
        "box fibre adsl vdsl synchronisation débit lenteur wifi réseau antenne couverture sim esim puk pin portabilité "
        "rio roaming étranger facture contestation prélèvement paiement remboursement avoir résiliation préavis offre "
        "forfait option déménagement adresse espace identifiant mot-de-passe décodeur chaîne télécommande replay "
        "enregistrement rendez-vous technicien raccordement prise optique activation ligne numéro appel messagerie sms "
        "mms data internet mobile terminal smartphone garantie réparation échange livraison colis commande suivi "
        "fraude piratage sécurité courriel spam bloqué débloquer suspension coupure panne incident zone travaux "
        "orage électricité alimentation bouton voyant clignotant rouge vert bleu câble ethernet répéteur mesh canal "
        "fréquence bande interférence ping latence jeux streaming vidéo téléchargement upload mégabits gigabit "
        "tarif promotion remise geste commercial fidélité engagement échéance relance recouvrement impayé rejet iban "
        "mandat sepa chèque carte bancaire virement")
        .split(QLatin1Char(' '));
    return w;
}

const QStringList &topicPoolEn()
{
    static const QStringList w = QStringLiteral(
        "router fibre adsl vdsl sync speed slowness wifi network mast coverage sim esim puk pin porting pac roaming "
        "abroad bill dispute debit payment refund credit cancellation notice plan bundle addon moving address "
        "account login password settop channel remote catchup recording appointment engineer connection socket "
        "optical activation line number call voicemail text mms data internet mobile handset smartphone warranty "
        "repair swap delivery parcel order tracking fraud hacking security email spam blocked unblock suspension cut "
        "outage incident area roadworks storm power supply button light blinking red green blue cable ethernet "
        "extender mesh channel frequency band interference ping latency gaming streaming video download upload "
        "megabits gigabit price promotion discount goodwill loyalty contract term reminder collection unpaid "
        "rejection iban mandate directdebit cheque card transfer")
        .split(QLatin1Char(' '));
    return w;
}

} // namespace

SyntheticKnowledge::SyntheticKnowledge(const SyntheticSizes &sizes) : m_sizes(sizes), m_random(sizes.seed)
{
    // Each leaf gets five topic words (pairs of words keep French and English aligned) and a made-up code, so
    // that leaves are distinguishable but share vocabulary like real categories do.
    const qsizetype pool = std::min(topicPoolFr().size(), topicPoolEn().size());
    for (int leaf = 0; leaf < m_sizes.categories; ++leaf) {
        QStringList fr, en;
        for (int k = 0; k < 5; ++k) {
            const qsizetype i = qsizetype(m_random.bounded(quint32(pool)));
            fr << topicPoolFr().at(i);
            en << topicPoolEn().at(i);
        }
        const QString code = QStringLiteral("x%1").arg(leaf * 7919 % 100000, 5, 10, QLatin1Char('0'));
        fr << code;
        en << code;
        m_topicWordsFr.append(fr);
        m_topicWordsEn.append(en);
    }
}

QString SyntheticKnowledge::leafId(int leaf) const
{
    return QStringLiteral("r%1.c%2").arg(leaf % 10).arg(leaf);
}

QString SyntheticKnowledge::sentence(int leaf, bool french, int words)
{
    const QStringList &common = french ? commonFr() : commonEn();
    const QStringList &topic = french ? m_topicWordsFr.at(leaf) : m_topicWordsEn.at(leaf);
    QStringList out;
    for (int i = 0; i < words; ++i) {
        // About one word in three carries the topic.
        if (m_random.bounded(3) == 0)
            out << topic.at(qsizetype(m_random.bounded(quint32(topic.size()))));
        else
            out << common.at(qsizetype(m_random.bounded(quint32(common.size()))));
    }
    return out.join(QLatin1Char(' '));
}

QString SyntheticKnowledge::ticket(int length, QString *category)
{
    const int leaf = int(m_random.bounded(quint32(m_sizes.categories)));
    const bool french = m_random.bounded(2) == 0;
    if (category)
        *category = leafId(leaf);
    QString text;
    while (text.size() < length)
        text += sentence(leaf, french, 12) + QStringLiteral(". ");
    return text.left(length);
}

KnowledgeBase SyntheticKnowledge::build()
{
    KnowledgeBase kb;
    kb.name = QStringLiteral("Synthetic benchmark knowledge base");
    kb.defaultLocale = QStringLiteral("fr-FR");
    kb.locales = {QStringLiteral("fr-FR"), QStringLiteral("en-GB")};
    for (int r = 0; r < 10; ++r) {
        Category root;
        root.id = QStringLiteral("r%1").arg(r);
        root.position = r;
        root.names = {{QStringLiteral("fr-FR"), QStringLiteral("Domaine %1").arg(r)}, {QStringLiteral("en-GB"), QStringLiteral("Area %1").arg(r)}};
        kb.categories.append(root);
    }
    for (int leaf = 0; leaf < m_sizes.categories; ++leaf) {
        Category c;
        c.id = leafId(leaf);
        c.parent = QStringLiteral("r%1").arg(leaf % 10);
        c.position = leaf;
        c.names = {{QStringLiteral("fr-FR"), m_topicWordsFr.at(leaf).mid(0, 2).join(QLatin1Char(' '))},
                   {QStringLiteral("en-GB"), m_topicWordsEn.at(leaf).mid(0, 2).join(QLatin1Char(' '))}};
        c.keywords = {{QStringLiteral("fr-FR"), m_topicWordsFr.at(leaf)}, {QStringLiteral("en-GB"), m_topicWordsEn.at(leaf)}};
        kb.categories.append(c);
    }
    const auto makeItems = [&](ItemKind kind, int count, const QString &prefix) {
        for (int i = 0; i < count; ++i) {
            const int leaf = int(m_random.bounded(quint32(m_sizes.categories)));
            const bool french = i % 2 == 0;
            Item item;
            item.id = QStringLiteral("%1.%2.%3").arg(prefix).arg(i / 2).arg(french ? QStringLiteral("fr") : QStringLiteral("en"));
            item.kind = kind;
            item.locale = french ? QStringLiteral("fr-FR") : QStringLiteral("en-GB");
            item.translationGroup = QStringLiteral("%1.%2").arg(prefix).arg(i / 2);
            item.categories = {leafId(leaf)};
            item.content.title = sentence(leaf, french, 6);
            item.content.summary = sentence(leaf, french, 14);
            switch (kind) {
            case ItemKind::Procedure:
                for (int s = 0; s < 6; ++s) {
                    Step step;
                    step.id = QStringLiteral("s%1").arg(s);
                    step.text = sentence(leaf, french, 12);
                    if (s == 2) {
                        step.type = StepType::Question;
                        step.answers = {{QStringLiteral("Oui"), QStringLiteral("s3")}, {QStringLiteral("Non"), QStringLiteral("s5")}};
                    } else if (s == 4) {
                        step.type = StepType::Resolution;
                    } else if (s == 5) {
                        step.type = StepType::Escalation;
                        step.escalateTo = QStringLiteral("N2");
                    } else {
                        step.next = QStringLiteral("s%1").arg(s + 1);
                    }
                    item.content.steps.append(step);
                }
                break;
            case ItemKind::Reply:
                item.channels = {i % 3 == 0 ? QStringLiteral("email") : i % 3 == 1 ? QStringLiteral("chat") : QStringLiteral("phone")};
                item.content.body = QStringLiteral("Bonjour {{customer.first_name|Madame, Monsieur}}, ") + sentence(leaf, french, 60);
                break;
            case ItemKind::Article:
                item.content.body = QStringLiteral("# ") + item.content.title + QStringLiteral("\n\n") + sentence(leaf, french, 120)
                                    + QStringLiteral("\n\n- ") + sentence(leaf, french, 15) + QStringLiteral("\n- ") + sentence(leaf, french, 15);
                break;
            }
            kb.items.append(item);
        }
    };
    makeItems(ItemKind::Article, m_sizes.articles, QStringLiteral("art"));
    makeItems(ItemKind::Reply, m_sizes.replies, QStringLiteral("rep"));
    makeItems(ItemKind::Procedure, m_sizes.procedures, QStringLiteral("proc"));
    for (int t = 0; t < m_sizes.tickets; ++t) {
        Ticket ticket;
        ticket.text = this->ticket(40 + int(m_random.bounded(160)), &ticket.category);
        ticket.locale = QString();
        kb.tickets.append(ticket);
    }
    return kb;
}

} // namespace souffleur
