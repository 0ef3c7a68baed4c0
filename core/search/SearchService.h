// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

namespace souffleur {

class Store;

struct SearchHit
{
    ItemKind kind = ItemKind::Article;
    QString id;
    QString locale;
    QString translationGroup;
    QString title;
    QString snippet;  // matched terms wrapped in U+0002 ... U+0003, for the view to highlight
    double score = 0; // higher is better
};

struct SearchQuery
{
    QString text;
    QString locale;   // the agent's locale: its variant wins when several variants of an item match
    int limit = 20;
    bool includeArchived = false;
};

// Full-text search over the FTS5 index: accent-insensitive (unicode61 remove_diacritics 2) and prefix-matching
// ("factur" finds "Facturation"), ranked by BM25 with the title weighted above the summary and the body. One hit
// per translation group. Typo-tolerant as a last resort: when nothing matches, misspelt words are replaced by the
// nearest terms of the index ("facturaton" finds "Facturation"). Used by the window and by `souffleur-kb search`.
class SearchService final
{
public:
    explicit SearchService(const Store &store) : m_store(store) {}

    Result<QList<SearchHit>> search(const SearchQuery &query) const;

    // The FTS5 MATCH expression for what the user typed ("" when nothing searchable): each word becomes a
    // quoted prefix term, all required.
    static QString matchExpression(const QString &text, const QString &joiner = QStringLiteral(" AND "));

    static constexpr char16_t highlightStart = 0x0002;
    static constexpr char16_t highlightEnd = 0x0003;

private:
    Result<QList<SearchHit>> run(const QString &match, const SearchQuery &query) const;
    // The words of `text` that the index does not hold replaced by its nearest terms (edit distance 1, or 2 for
    // long words), any of them; "" when no word could be corrected.
    QString correctedExpression(const QString &text) const;

    const Store &m_store;
};

} // namespace souffleur
