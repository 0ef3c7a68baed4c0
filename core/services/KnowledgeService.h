// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"
#include "search/SearchService.h"
#include "store/ContentRepository.h"

#include <QFuture>
#include <QObject>
#include <QSet>

#include <optional>

namespace souffleur {

class StoreExecutor;

// How many items of each kind the knowledge base holds, all locales together.
struct KnowledgeCounts
{
    int procedures = 0;
    int replies = 0;
    int articles = 0;
};

// The category tree and what the status bar says about the knowledge base.
struct KnowledgeOverview
{
    QList<Category> categories;
    QString defaultLocale;
    KnowledgeCounts counts;
};

// One item to show, with its locale variants. No item when it no longer exists (the UI says so).
struct ItemDetails
{
    std::optional<Item> item;
    QList<ItemSummary> variants;
};

// Where the local knowledge stands, as data the UI words: the hub's change number it is synchronised up to (0:
// never synchronised), else the content hash; and the outbox records waiting to go up (-1: unknown).
struct LocalKnowledgeState
{
    qint64 checkpoint = 0;
    QString contentHash;
    int pending = -1;
};

// The knowledge base as the desktop's widgets see it: categories, items in a category, search, one item in the
// agent's language, counts, and what changed since the agent last looked. Every call runs on the StoreExecutor's
// thread and answers with a QFuture; take it with QFuture::then(context, …) on the UI thread.
class KnowledgeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeService)
public:
    explicit KnowledgeService(StoreExecutor &executor, QObject *parent = nullptr);

    QFuture<Result<KnowledgeOverview>> overview();
    QFuture<Result<QList<ItemSummary>>> itemsInCategory(const QString &categoryId, const QString &locale);
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query);
    // The item; when `preferredLocale` is given, its translation in that locale if there is one.
    QFuture<Result<ItemDetails>> item(const QString &itemId, const QString &preferredLocale = {});
    QFuture<LocalKnowledgeState> localState();
    // Items changed since the agent last opened them.
    QFuture<Result<QSet<QString>>> changedItemIds();

private:
    StoreExecutor &m_executor;
};

} // namespace souffleur
