// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchService.h"

#include "classify/TextNormalizer.h"
#include "common/Locale.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace souffleur {

QString SearchService::matchExpression(const QString &text, const QString &joiner)
{
    // Only letters and digits reach FTS5, each word double-quoted: user input can never form FTS5 syntax.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        const QString term = QLatin1Char('"') + w + QStringLiteral("\"*");
        if (!terms.contains(term))
            terms.append(term);
    }
    return terms.join(joiner);
}

namespace {

// Optimal string alignment distance (Levenshtein plus adjacent transpositions, the commonest typo), giving up
// beyond `limit`.
int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1;
        before.swap(previous);
        previous.swap(current);
    }
    return previous[m];
}

} // namespace

Result<QList<SearchHit>> SearchService::search(const SearchQuery &query) const
{
    const QString all = matchExpression(query.text);
    if (all.isEmpty())
        return QList<SearchHit>();
    auto hits = run(all, query);
    // When no item holds every word, any word will do: an agent would rather see near misses than nothing.
    if (hits && hits->isEmpty() && all.contains(QLatin1String(" AND ")))
        hits = run(matchExpression(query.text, QStringLiteral(" OR ")), query);
    // Still nothing: a word may be misspelt ("facturaton", "conexion"); look for the index's nearest terms.
    if (hits && hits->isEmpty()) {
        const QString corrected = correctedExpression(query.text);
        if (!corrected.isEmpty())
            return run(corrected, query);
    }
    return hits;
}

QString SearchService::correctedExpression(const QString &text) const
{
    const QSqlDatabase db = m_store.database();
    // fts5vocab in the temp schema: the index's own term list, nothing written to the file.
    if (!sql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.souffleur_search_vocab "
                                      "USING fts5vocab(main, items_fts, row)")))
        return {};
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList alternatives;
    bool changed = false;
    auto it = word.globalMatch(TextNormalizer::fold(text));
    while (it.hasNext()) {
        const QString w = it.next().captured();
        // Short words are too ambiguous to correct, and a word the index holds (as a prefix) is no typo.
        auto known = sql::exec(db, QStringLiteral("SELECT 1 FROM temp.souffleur_search_vocab WHERE term >= ? AND term < ? LIMIT 1"),
                               {w, QString(w + QChar(0xFFFF))});
        if (w.size() < 4 || (known && known->next())) {
            alternatives.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
            continue;
        }
        // Terms starting with the same letter (typos rarely hit the first one), nearest first, then most used.
        const int limit = w.size() >= 8 ? 2 : 1;
        QList<QPair<int, QPair<qint64, QString>>> near;
        if (auto q = sql::exec(db, QStringLiteral("SELECT term, doc FROM temp.souffleur_search_vocab "
                                                  "WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?"),
                               {w.left(1), QString(w.left(1) + QChar(0xFFFF)), int(w.size()) - limit, int(w.size()) + limit})) {
            while (q->next()) {
                const QString term = q->value(0).toString();
                const int d = editDistance(w, term, limit);
                if (d <= limit)
                    near.append(qMakePair(d, qMakePair(-q->value(1).toLongLong(), term)));
            }
        }
        std::sort(near.begin(), near.end());
        QStringList terms;
        for (qsizetype k = 0; k < near.size() && k < 3; ++k)
            terms.append(QLatin1Char('"') + near.at(k).second.second + QLatin1Char('"'));
        if (terms.isEmpty())
            continue;
        changed = true;
        alternatives.append(terms.size() == 1 ? terms.constFirst() : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return changed ? alternatives.join(QStringLiteral(" OR ")) : QString();
}

Result<QList<SearchHit>> SearchService::run(const QString &match, const SearchQuery &query) const
{
    const QString sql = QStringLiteral(
        "SELECT i.kind, i.id, i.locale, i.translation_group, i.title,"
        " snippet(items_fts, -1, char(2), char(3), '…', 14), bm25(items_fts, 10.0, 4.0, 1.0) AS rank "
        "FROM items_fts JOIN items i ON i.seq = items_fts.rowid "
        "WHERE items_fts MATCH ?%1 ORDER BY rank LIMIT ?")
        .arg(query.includeArchived ? QString() : QStringLiteral(" AND i.state != 'archived'"));
    // Fetch more rows than asked: several locale variants of one item collapse into one hit below.
    auto q = sql::exec(m_store.database(), sql, {match, qMax(1, query.limit) * 4});
    if (!q)
        return q.error();
    const QString defaultLocale = m_store.meta(QStringLiteral("default_locale"));
    QList<SearchHit> hits;
    QHash<QString, qsizetype> byGroup;
    while (q->next()) {
        SearchHit h;
        kindFromString(q->value(0).toString(), &h.kind);
        h.id = q->value(1).toString();
        h.locale = q->value(2).toString();
        h.translationGroup = q->value(3).toString();
        h.title = q->value(4).toString();
        h.snippet = q->value(5).toString();
        h.score = -q->value(6).toDouble();
        const auto existing = byGroup.constFind(h.translationGroup);
        if (existing == byGroup.cend()) {
            byGroup.insert(h.translationGroup, hits.size());
            hits.append(h);
            continue;
        }
        // Keep the better-ranked position but the variant in the agent's locale.
        SearchHit &kept = hits[*existing];
        const QStringList chain = localeFallbackChain(query.locale, defaultLocale, {kept.locale, h.locale});
        if (chain.indexOf(h.locale) < chain.indexOf(kept.locale)) {
            const double score = kept.score;
            kept = h;
            kept.score = score;
        }
    }
    if (hits.size() > query.limit)
        hits.resize(query.limit);
    return hits;
}

} // namespace souffleur
