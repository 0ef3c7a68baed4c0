// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <memory>

namespace souffleur {

class Store;
class TextNormalizer;

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

    // The FTS5 expression of the ticket's salient terms (stems of non-stop words, as prefixes, any of them).
    QString salientExpression(const QString &text, const QString &locale, QStringList *terms = nullptr) const;

private:
    const Store &m_store;
    std::unique_ptr<TextNormalizer> m_normalizer;
};

} // namespace souffleur
