// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggest/Suggester.h"

#include "classify/TextNormalizer.h"
#include "common/Locale.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace souffleur {

namespace {

// Words that say nothing about the problem. Folded (no accents), French and English, as agents write them.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {
                 "les", "des", "une", "est", "pas", "que", "qui", "pour", "dans", "sur", "avec", "son", "ses", "mon",
                 "mes", "ma", "sa", "ce", "cette", "ces", "il", "elle", "ils", "elles", "nous", "vous", "leur", "plus",
                 "mais", "car", "donc", "depuis", "tout", "tous", "tres", "bien", "fait", "faire", "avoir", "etre", "ete",
                 "client", "cliente", "cli", "appelle", "appel", "dit", "bonjour", "merci", "aussi", "encore", "deja",
                 "comme", "quand", "alors", "the", "and", "for", "with", "that", "this", "from", "have", "has", "had",
                 "was", "are", "not", "but", "his", "her", "she", "they", "them", "their", "you", "your", "our",
                 "customer", "cust", "says", "said", "calls", "called", "hello", "thanks", "please", "since", "been",
                 "still", "again", "also", "very", "just", "can", "cannot", "would", "could", "what", "when", "there"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

constexpr double kCategoryWeight = 3.0;
constexpr double kAlternativeWeight = 1.5;
constexpr double kParentWeight = 0.8;
constexpr double kTextWeight = 1.5;
constexpr double kTextWeightUnsure = 3.0;
constexpr double kOtherLocalePenalty = 0.3;
constexpr double kOtherChannelPenalty = 1.0;

struct Candidate
{
    QString group;
    ItemKind kind = ItemKind::Article;
    double categoryScore = 0;
    double textScore = 0;  // BM25, higher is better
    QStringList reasons;
};

QString percent(double p)
{
    return QStringLiteral("%1 %").arg(qRound(p * 100));
}

} // namespace

Suggester::Suggester(const Store &store)
    : m_store(store), m_normalizer(std::make_unique<TextNormalizer>()),
      m_statements(std::make_unique<sql::StatementCache>(store.database()))
{
}
Suggester::~Suggester() = default;

void Suggester::reloadVocabulary() const
{
    m_vocabulary.clear();
    m_documents = 0;
    const QSqlDatabase db = m_store.database();
    // fts5vocab in the temp schema: a view of the index's own statistics, no migration, nothing written to the file.
    if (!sql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.souffleur_items_vocab "
                                      "USING fts5vocab(main, items_fts, row)")))
        return;
    if (auto q = sql::exec(db, QStringLiteral("SELECT term, doc FROM temp.souffleur_items_vocab"))) {
        while (q->next())
            m_vocabulary.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    if (auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM items")))
        m_documents = n->toLongLong();
}

void Suggester::refreshCaches() const
{
    auto q = m_statements->exec(QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version())"), {});
    QPair<qint64, qint64> stamp{-1, -1};
    if (q && (*q)->next())
        stamp = {(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()};
    if (q)
        (*q)->finish();
    if (stamp == m_stamp && stamp.first >= 0)
        return;
    m_stamp = stamp;
    m_documents = -1;
    m_vocabulary.clear();
    m_links.reset();
    m_defaultLocale = QString();
}

const Suggester::LinkIndex &Suggester::linkIndex() const
{
    if (m_links)
        return *m_links;
    LinkIndex index;
    const QSqlDatabase db = m_store.database();
    if (auto q = sql::exec(db, QStringLiteral("SELECT id, parent_id FROM categories"))) {
        while (q->next())
            if (!q->value(1).toString().isEmpty())
                index.parentOf.insert(q->value(0).toString(), q->value(1).toString());
    }
    // Store order (category, then item id), as the per-category queries this replaces read them.
    if (auto q = sql::exec(db, QStringLiteral("SELECT c.category_id, i.translation_group, i.kind FROM item_categories c "
                                              "JOIN items i ON i.id = c.item_id WHERE i.state = 'published' "
                                              "ORDER BY c.category_id, c.item_id"))) {
        QHash<QString, std::array<int, 3>> perKind;
        while (q->next()) {
            const QString category = q->value(0).toString(), group = q->value(1).toString();
            LinkIndex::Linked linked{group, ItemKind::Article};
            kindFromString(q->value(2).toString(), &linked.kind);
            QStringList &categories = index.categoriesOfGroup[group];
            if (!categories.contains(category))
                categories.append(category);
            int &count = perKind[category][linked.kind == ItemKind::Procedure ? 0 : linked.kind == ItemKind::Reply ? 1 : 2];
            if (count < 3 * kMaxPerKind) {
                ++count;
                index.byCategory[category].append(linked);
            }
        }
    }
    m_links = std::move(index);
    return *m_links;
}

qint64 Suggester::documentFrequency(const QString &prefix) const
{
    if (m_documents < 0)
        reloadVocabulary();
    // Sum over every term with this prefix: an upper bound of the items matching the prefix query, good enough to
    // tell rare words from common ones.
    qint64 df = 0;
    for (auto it = m_vocabulary.lowerBound(prefix); it != m_vocabulary.cend() && it.key().startsWith(prefix); ++it)
        df += it.value();
    return df;
}

QString Suggester::salientExpression(const QString &text, const QString &locale, QStringList *terms) const
{
    const NormalizedText n = m_normalizer->normalize(text, locale);
    QStringList candidates;
    for (qsizetype i = 0; i < n.words.size() && i < n.stems.size(); ++i) {
        const QString &word = n.words.at(i);
        if (word.size() < 3 || stopWords().contains(word))
            continue;
        // Only letters and digits reach FTS5 (a code such as "sfr-1234" becomes two terms).
        QString stem = n.stems.at(i);
        stem.replace(QLatin1Char('-'), QLatin1Char(' '));
        for (const QString &part : stem.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            bool plain = part.size() >= 2;
            for (const QChar c : part)
                plain = plain && c.isLetterOrNumber();
            if (plain && !candidates.contains(part))
                candidates.append(part);
        }
    }
    // Keep the rarest terms that the index holds at all; drop those found in more than a tenth of the items.
    QList<QPair<qint64, QString>> scored;
    for (const QString &t : std::as_const(candidates)) {
        const qint64 df = documentFrequency(t);
        if (df > 0 && (m_documents < 50 || df * 10 <= m_documents))
            scored.append({df, t});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // Bound the work of the query whatever the size of the knowledge base: stop adding terms once the items they
    // could match reach a budget (ranking scores every match).
    QStringList out;
    qint64 postings = 0;
    for (const auto &[df, term] : std::as_const(scored)) {
        if (out.size() >= maxSalientTerms || (!out.isEmpty() && postings + df > postingBudget))
            break;
        out.append(term);
        postings += df;
    }
    if (terms)
        *terms = out;
    QStringList quoted;
    for (const QString &t : std::as_const(out))
        quoted.append(QLatin1Char('"') + t + QStringLiteral("\"*"));
    return quoted.join(QStringLiteral(" OR "));
}

void Suggester::explainTerms(SuggestionList &list, const QStringList &terms) const
{
    // Say which of the ticket's terms each shown item matched: only the few shown, read in one query, and only in
    // the title and the summary, which is what an agent reads first.
    QHash<QString, Suggestion *> byId;
    for (QList<Suggestion> *kind : {&list.procedures, &list.replies, &list.articles})
        for (Suggestion &s : *kind)
            byId.insert(s.id, &s);
    if (byId.isEmpty())
        return;
    QVariantList binds;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        binds.append(it.key());
    const qsizetype idSlots = 3 * kMaxPerKind;
    auto q = m_statements->exec(QStringLiteral("SELECT id, title || ' ' || summary FROM items WHERE id IN (%1)")
                                    .arg(sql::placeholders(idSlots)), sql::padded(binds, idSlots));
    if (!q)
        return;
    while ((*q)->next()) {
        const QString folded = TextNormalizer::fold((*q)->value(1).toString());
        QStringList matched;
        for (const QString &t : terms)
            if (folded.contains(t))
                matched.append(t);
        if (!matched.isEmpty())
            byId.value((*q)->value(0).toString())->reasons.append(QStringLiteral("terms:%1").arg(matched.join(QLatin1Char(','))));
    }
    (*q)->finish();
}

Result<SuggestionList> Suggester::suggest(const SuggestionRequest &request) const
{
    const int perKind = std::clamp(request.perKind, 1, kMaxPerKind);
    const int cap = perKind * 3;  // candidates of each kind resolved before the final order
    QHash<QString, Candidate> candidates;  // by translation group
    const auto giveCategory = [](Candidate &c, const QString &category, double weight, double probability) {
        if (weight <= c.categoryScore)
            return;
        c.categoryScore = weight;
        c.reasons.removeIf([](const QString &r) { return r.startsWith(QLatin1String("category:")); });
        c.reasons.prepend(QStringLiteral("category:%1 (%2)").arg(category, percent(probability)));
    };

    refreshCaches();
    const LinkIndex &index = linkIndex();

    // 1. Category links: the guesses (the best one sure or not), and the parent of a sure best guess.
    struct Link
    {
        QString category;
        double weight;
        double probability;
    };
    QList<Link> links;
    for (qsizetype i = 0; i < request.guesses.size() && links.size() < kMaxLinks; ++i) {
        const CategoryGuess &g = request.guesses.at(i);
        const bool best = i == 0 && !request.unsure;
        links.append({g.category, (best ? kCategoryWeight : kAlternativeWeight) * g.probability, g.probability});
        if (best && index.parentOf.contains(g.category))
            links.append({index.parentOf.value(g.category), kParentWeight * g.probability, g.probability});
    }
    const auto linkOf = [&](const QString &category) -> const Link * {
        const Link *found = nullptr;
        for (const Link &l : std::as_const(links))
            if (l.category == category && (!found || l.weight > found->weight))
                found = &l;
        return found;
    };
    // Links of one category all score alike and only the best few of each kind are shown, so each kind is capped,
    // the guesses' order deciding (the text then ranks among them). A linked item beyond the cap that matches the
    // text still gets its category score below.
    for (const Link &link : std::as_const(links)) {
        std::array<int, 3> taken{};
        for (const LinkIndex::Linked &linked : index.byCategory.value(link.category)) {
            int &count = taken[linked.kind == ItemKind::Procedure ? 0 : linked.kind == ItemKind::Reply ? 1 : 2];
            if (count >= cap)
                continue;
            ++count;
            Candidate &c = candidates[linked.group];
            c.group = linked.group;
            c.kind = linked.kind;
            if (const Link *l = linkOf(link.category))
                giveCategory(c, l->category, l->weight, l->probability);
        }
    }

    // 2. Full-text relevance of the ticket's salient terms; ranking first, then only the best rows are joined.
    QStringList terms;
    const QString match = salientExpression(request.text, request.locale, &terms);
    QVariantList textOnly;
    if (!match.isEmpty()) {
        auto q = m_statements->exec(QStringLiteral(
            "SELECT i.translation_group, i.kind, f.rank FROM "
            "(SELECT rowid, bm25(items_fts, 10.0, 4.0, 1.0) AS rank FROM items_fts WHERE items_fts MATCH ? "
            " ORDER BY rank LIMIT %1) f JOIN items i ON i.seq = f.rowid WHERE i.state = 'published'").arg(kTextRows), {match});
        if (!q)
            return q.error();
        while ((*q)->next()) {
            const QString group = (*q)->value(0).toString();
            Candidate &c = candidates[group];
            if (c.group.isEmpty()) {
                c.group = group;
                kindFromString((*q)->value(1).toString(), &c.kind);
                textOnly.append(group);
            }
            c.textScore = std::max(c.textScore, -(*q)->value(2).toDouble());
        }
        (*q)->finish();
    }
    // Text candidates linked to a guessed category that the cap above left out get their category score.
    if (!links.isEmpty()) {
        for (const QVariant &group : std::as_const(textOnly))
            for (const QString &category : index.categoriesOfGroup.value(group.toString()))
                if (const Link *l = linkOf(category))
                    giveCategory(candidates[group.toString()], l->category, l->weight, l->probability);
    }
    double bestText = 0;
    for (const Candidate &c : std::as_const(candidates))
        bestText = std::max(bestText, c.textScore);
    const double textWeight = request.unsure ? kTextWeightUnsure : kTextWeight;

    // 3. Keep the best few candidates of each kind, pick each group's variant for the agent's locale in one query,
    // then channel fit.
    QList<Candidate> ranked = candidates.values();
    const auto preliminary = [&](const Candidate &c) {
        return c.categoryScore + (bestText > 0 ? textWeight * c.textScore / bestText : 0.0);
    };
    std::sort(ranked.begin(), ranked.end(), [&](const Candidate &a, const Candidate &b) {
        const double pa = preliminary(a), pb = preliminary(b);
        return pa != pb ? pa > pb : a.group < b.group;
    });
    QHash<int, int> perKindCount;
    QVariantList keptGroups;
    QList<Candidate> kept;
    for (const Candidate &c : std::as_const(ranked)) {
        if (perKindCount[int(c.kind)]++ >= cap)
            continue;
        kept.append(c);
        keptGroups.append(c.group);
    }
    QHash<QString, QList<QStringList>> variants;  // group -> [id, locale, title, channels]
    if (!keptGroups.isEmpty()) {
        auto v = m_statements->exec(QStringLiteral("SELECT translation_group, id, locale, title, "
                                                   "(SELECT group_concat(channel) FROM item_channels WHERE item_id = items.id) "
                                                   "FROM items WHERE state = 'published' AND translation_group IN (%1) ORDER BY id")
                                        .arg(sql::placeholders(3 * 3 * kMaxPerKind)),
                                    sql::padded(keptGroups, 3 * 3 * kMaxPerKind));
        if (!v)
            return v.error();
        while ((*v)->next())
            variants[(*v)->value(0).toString()].append({(*v)->value(1).toString(), (*v)->value(2).toString(),
                                                        (*v)->value(3).toString(), (*v)->value(4).toString()});
        (*v)->finish();
    }
    if (m_defaultLocale.isNull())
        m_defaultLocale = m_store.meta(QStringLiteral("default_locale"));
    QList<Suggestion> all;
    for (const Candidate &c : std::as_const(kept)) {
        const QList<QStringList> &rows = variants.value(c.group);
        QStringList locales;
        for (const QStringList &r : rows)
            locales << r.at(1);
        const int pick = pickLocaleVariant(locales, request.locale, m_defaultLocale);
        if (pick < 0)
            continue;
        const QStringList &row = rows.at(pick);
        Suggestion s;
        s.kind = c.kind;
        s.id = row.at(0);
        s.locale = row.at(1);
        s.title = row.at(2);
        s.reasons = c.reasons;
        s.score = c.categoryScore;
        if (bestText > 0 && c.textScore > 0) {
            s.score += textWeight * c.textScore / bestText;
            s.reasons.append(QStringLiteral("text:%1").arg(percent(c.textScore / bestText)));
        }
        if (!request.locale.isEmpty() && languageOf(s.locale) != languageOf(request.locale)) {
            s.score -= kOtherLocalePenalty;
            s.reasons.append(QStringLiteral("locale:%1 (no %2 variant)").arg(s.locale, request.locale));
        }
        const QStringList itemChannels = row.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!request.channel.isEmpty() && !itemChannels.isEmpty()) {
            if (itemChannels.contains(request.channel)) {
                s.reasons.append(QStringLiteral("channel:%1").arg(request.channel));
            } else {
                s.score -= kOtherChannelPenalty;
                s.reasons.append(QStringLiteral("channel:%1 only").arg(itemChannels.join(QLatin1Char('/'))));
            }
        }
        all.append(s);
    }
    std::sort(all.begin(), all.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;  // ties broken by id: stable output
    });
    SuggestionList out;
    for (const Suggestion &s : std::as_const(all)) {
        QList<Suggestion> &list = s.kind == ItemKind::Procedure ? out.procedures
                                  : s.kind == ItemKind::Reply   ? out.replies
                                                                : out.articles;
        if (list.size() < perKind)
            list.append(s);
    }
    if (!terms.isEmpty())
        explainTerms(out, terms);
    return out;
}

} // namespace souffleur
