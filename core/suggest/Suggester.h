// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <QHash>
#include <QMap>

#include <memory>
#include <optional>

namespace souffleur {

class Store;
class TextNormalizer;
namespace sql {
class StatementCache;
}

// A category the classifier proposes for a ticket, with its calibrated probability.
struct CategoryGuess
{
    QString category;
    double probability = 0;
};

struct SuggestionRequest
{
    QString text;
    QString locale;   // the agent's (or the ticket's) locale, e.g. fr-FR
    QString channel;  // phone, email, chat, or empty
    // The classifier's answer: best first; `unsure` when it abstained (the guesses are then only hints).
    QList<CategoryGuess> guesses;
    bool unsure = true;
    int perKind = 5;
};

// One suggested item and why it was chosen, in words an agent or a lead can check.
struct Suggestion
{
    ItemKind kind = ItemKind::Article;
    QString id;
    QString locale;
    QString title;
    double score = 0;
    QStringList reasons;
};

struct SuggestionList
{
    QList<Suggestion> procedures;
    QList<Suggestion> replies;
    QList<Suggestion> articles;
};

// Ranks the procedures, replies and articles for a ticket: links to the classifier's categories (weighted by
// their probability, the parent of the best category counting a little), full-text relevance of the ticket's
// salient terms (FTS5 BM25 on stems used as prefixes), the agent's locale (one variant per translation group)
// and the ticket's channel. Deterministic for the same store and input. Must be used on the store's thread.
class Suggester final
{
public:
    explicit Suggester(const Store &store);
    ~Suggester();
    Q_DISABLE_COPY_MOVE(Suggester)

    Result<SuggestionList> suggest(const SuggestionRequest &request) const;

    // The FTS5 expression of the ticket's salient terms: stems of its words used as prefixes, any of them, keeping
    // the few rarest in the knowledge base (a word found in a large share of the items says little, and matching it
    // would make the query score most of the index).
    QString salientExpression(const QString &text, const QString &locale, QStringList *terms = nullptr) const;

    // Re-reads the index's term statistics. Also done by itself when the store changed (see refreshCaches).
    void reloadVocabulary() const;

    static constexpr int maxSalientTerms = 6;
    static constexpr qint64 postingBudget = 600;
    static constexpr int kMaxPerKind = 10;  // perKind is clamped to 1..10
    static constexpr int kMaxLinks = 4;     // three guesses and the best one's parent
    static constexpr int kTextRows = 50;    // full-text rows ranked per ticket

private:
    // The category links, read once into memory: a linked-items query per guess scanned every link of the category
    // to find the few of each kind, which was most of the ranking time on a large knowledge base.
    struct LinkIndex
    {
        struct Linked
        {
            QString group;
            ItemKind kind = ItemKind::Article;
        };
        QHash<QString, QList<Linked>> byCategory;      // in store order, at most 3 * kMaxPerKind of each kind
        QHash<QString, QStringList> categoriesOfGroup;  // translation group -> categories it is linked to
        QHash<QString, QString> parentOf;
    };
    // Drops the caches (vocabulary, links) when the store changed since they were read: a change made through this
    // connection (total_changes) or committed by another one, such as a sync process (data_version).
    void refreshCaches() const;
    const LinkIndex &linkIndex() const;
    void explainTerms(SuggestionList &list, const QStringList &terms) const;
    // How many items hold a word starting with `prefix`.
    qint64 documentFrequency(const QString &prefix) const;


    const Store &m_store;
    std::unique_ptr<TextNormalizer> m_normalizer;
    // Term -> number of items holding it, from fts5vocab; loaded on first use.
    mutable QMap<QString, qint64> m_vocabulary;
    mutable qint64 m_documents = -1;
    mutable std::optional<LinkIndex> m_links;
    mutable QPair<qint64, qint64> m_stamp{-1, -1};
    std::unique_ptr<sql::StatementCache> m_statements;  // the ranker's hot queries, prepared once
    mutable QString m_defaultLocale;
};

} // namespace souffleur
