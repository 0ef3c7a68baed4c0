// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggest/Suggester.h"

#include "classify/TextNormalizer.h"
#include "common/Locale.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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

Suggester::Suggester(const Store &store) : m_store(store), m_normalizer(std::make_unique<TextNormalizer>()) {}
Suggester::~Suggester() = default;

QString Suggester::salientExpression(const QString &text, const QString &locale, QStringList *terms) const
{
    const NormalizedText n = m_normalizer->normalize(text, locale);
    QStringList out;
    for (qsizetype i = 0; i < n.words.size() && i < n.stems.size(); ++i) {
        const QString &word = n.words.at(i);
        QString stem = n.stems.at(i);
        if (word.size() < 3 || stopWords().contains(word))
            continue;
        // Only letters and digits reach FTS5 (a code such as "sfr-1234" becomes two terms).
        stem.replace(QLatin1Char('-'), QLatin1Char(' '));
        for (const QString &part : stem.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part.size() < 2 || out.contains(part))
                continue;
            bool plain = true;
            for (const QChar c : part)
                plain = plain && c.isLetterOrNumber();
            if (plain)
                out.append(part);
        }
        if (out.size() >= 16)
            break;
    }
    if (terms)
        *terms = out;
    QStringList quoted;
    for (const QString &t : std::as_const(out))
        quoted.append(QLatin1Char('"') + t + QStringLiteral("\"*"));
    return quoted.join(QStringLiteral(" OR "));
}

Result<SuggestionList> Suggester::suggest(const SuggestionRequest &request) const
{
    const QSqlDatabase db = m_store.database();
    QHash<QString, Candidate> candidates;  // by translation group

    // 1. Category links.
    QList<QPair<QString, double>> weighted;
    for (qsizetype i = 0; i < request.guesses.size(); ++i) {
        const CategoryGuess &g = request.guesses.at(i);
        const double w = (i == 0 && !request.unsure ? kCategoryWeight : kAlternativeWeight) * g.probability;
        weighted.append({g.category, w});
        if (i == 0 && !request.unsure) {
            auto parent = sql::scalar(db, QStringLiteral("SELECT parent_id FROM categories WHERE id = ?"), {g.category});
            if (parent && !parent->toString().isEmpty())
                weighted.append({parent->toString(), kParentWeight * g.probability});
        }
    }
    for (const auto &[category, weight] : std::as_const(weighted)) {
        auto q = sql::exec(db, QStringLiteral("SELECT i.translation_group, i.kind FROM item_categories c "
                                              "JOIN items i ON i.id = c.item_id "
                                              "WHERE c.category_id = ? AND i.state = 'published'"), {category});
        if (!q)
            return q.error();
        while (q->next()) {
            Candidate &c = candidates[q->value(0).toString()];
            c.group = q->value(0).toString();
            kindFromString(q->value(1).toString(), &c.kind);
            if (weight > c.categoryScore) {
                c.categoryScore = weight;
                c.reasons.removeIf([](const QString &r) { return r.startsWith(QLatin1String("category:")); });
                c.reasons.prepend(QStringLiteral("category:%1 (%2)").arg(category, percent(weight / kCategoryWeight)));
            }
        }
    }

    // 2. Full-text relevance of the ticket's salient terms.
    QStringList terms;
    const QString match = salientExpression(request.text, request.locale, &terms);
    if (!match.isEmpty()) {
        auto q = sql::exec(db, QStringLiteral(
            "SELECT i.translation_group, i.kind, bm25(items_fts, 10.0, 4.0, 1.0) AS rank "
            "FROM items_fts JOIN items i ON i.seq = items_fts.rowid "
            "WHERE items_fts MATCH ? AND i.state = 'published' ORDER BY rank LIMIT 60"), {match});
        if (!q)
            return q.error();
        while (q->next()) {
            Candidate &c = candidates[q->value(0).toString()];
            c.group = q->value(0).toString();
            kindFromString(q->value(1).toString(), &c.kind);
            c.textScore = std::max(c.textScore, -q->value(2).toDouble());
        }
    }
    double bestText = 0;
    for (const Candidate &c : std::as_const(candidates))
        bestText = std::max(bestText, c.textScore);
    const double textWeight = request.unsure ? kTextWeightUnsure : kTextWeight;

    // 3. Pick each group's variant for the agent's locale, then channel fit.
    const QString defaultLocale = m_store.meta(QStringLiteral("default_locale"));
    SuggestionList out;
    QList<Suggestion> all;
    for (const Candidate &c : std::as_const(candidates)) {
        auto v = sql::exec(db, QStringLiteral("SELECT id, locale, title, "
                                              "(SELECT group_concat(channel) FROM item_channels WHERE item_id = items.id) "
                                              "FROM items WHERE translation_group = ? AND state = 'published'"), {c.group});
        if (!v)
            return v.error();
        QStringList ids, locales, titles, channels;
        while (v->next()) {
            ids << v->value(0).toString();
            locales << v->value(1).toString();
            titles << v->value(2).toString();
            channels << v->value(3).toString();
        }
        const int pick = pickLocaleVariant(locales, request.locale, defaultLocale);
        if (pick < 0)
            continue;
        Suggestion s;
        s.kind = c.kind;
        s.id = ids.at(pick);
        s.locale = locales.at(pick);
        s.title = titles.at(pick);
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
        const QStringList itemChannels = channels.at(pick).split(QLatin1Char(','), Qt::SkipEmptyParts);
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
    for (Suggestion &s : all) {
        QList<Suggestion> &list = s.kind == ItemKind::Procedure ? out.procedures
                                  : s.kind == ItemKind::Reply   ? out.replies
                                                                : out.articles;
        if (list.size() >= request.perKind)
            continue;
        // Say which of the ticket's terms the shown item matched (only for the few shown: it reads their text).
        if (!terms.isEmpty()) {
            auto text = sql::scalar(db, QStringLiteral("SELECT title || ' ' || summary || ' ' || search_text "
                                                       "FROM items WHERE id = ?"), {s.id});
            QStringList matched;
            const QString folded = text ? TextNormalizer::fold(text->toString()) : QString();
            for (const QString &t : std::as_const(terms))
                if (folded.contains(t))
                    matched.append(t);
            if (!matched.isEmpty())
                s.reasons.append(QStringLiteral("terms:%1").arg(matched.join(QLatin1Char(','))));
        }
        list.append(s);
    }
    return out;
}

} // namespace souffleur
