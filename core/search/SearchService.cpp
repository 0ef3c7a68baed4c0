// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchService.h"

#include "common/Locale.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QHash>
#include <QRegularExpression>

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

Result<QList<SearchHit>> SearchService::search(const SearchQuery &query) const
{
    const QString all = matchExpression(query.text);
    if (all.isEmpty())
        return QList<SearchHit>();
    auto hits = run(all, query);
    // When no item holds every word, any word will do: an agent would rather see near misses than nothing.
    if (hits && hits->isEmpty() && all.contains(QLatin1String(" AND ")))
        return run(matchExpression(query.text, QStringLiteral(" OR ")), query);
    return hits;
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
