// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/KnowledgeService.h"

#include "common/Locale.h"
#include "feedback/ItemChangeTracker.h"
#include "store/StoreExecutor.h"
#include "sync/SyncState.h"

namespace souffleur {

KnowledgeService::KnowledgeService(StoreExecutor &executor, QObject *parent) : QObject(parent), m_executor(executor) {}

QFuture<Result<KnowledgeOverview>> KnowledgeService::overview()
{
    return m_executor.run([](Store &store) -> Result<KnowledgeOverview> {
        ContentRepository repo(store);
        auto categories = repo.categories();
        if (!categories)
            return categories.error();
        KnowledgeOverview out{*categories, repo.defaultLocale(), {}};
        // Counts are a nicety of the status bar: a failure to count leaves them at zero.
        if (auto counts = repo.itemCounts())
            out.counts = {counts->value(ItemKind::Procedure), counts->value(ItemKind::Reply), counts->value(ItemKind::Article)};
        return out;
    });
}

QFuture<Result<QList<ItemSummary>>> KnowledgeService::itemsInCategory(const QString &categoryId, const QString &locale)
{
    return m_executor.run([categoryId, locale](Store &store) { return ContentRepository(store).itemsInCategory(categoryId, locale); });
}

QFuture<Result<QList<SearchHit>>> KnowledgeService::search(const SearchQuery &query)
{
    return m_executor.run([query](Store &store) { return SearchService(store).search(query); });
}

QFuture<Result<ItemDetails>> KnowledgeService::item(const QString &itemId, const QString &preferredLocale)
{
    return m_executor.run([itemId, preferredLocale](Store &store) -> Result<ItemDetails> {
        ContentRepository repo(store);
        auto item = repo.item(itemId);
        if (!item)
            return item.error();
        if (!item->has_value())
            return ItemDetails{};
        auto variants = repo.variants((*item)->translationGroup);
        if (!variants)
            return variants.error();
        if (!preferredLocale.isEmpty()) {
            // Switch to the group's variant in the agent's new language, when there is one.
            QStringList locales;
            for (const ItemSummary &v : std::as_const(*variants))
                locales.append(v.locale);
            const int best = pickLocaleVariant(locales, preferredLocale, repo.defaultLocale());
            if (best >= 0 && variants->at(best).id != itemId) {
                auto other = repo.item(variants->at(best).id);
                if (other && other->has_value())
                    return ItemDetails{**other, *variants};
            }
        }
        return ItemDetails{**item, *variants};
    });
}

QFuture<LocalKnowledgeState> KnowledgeService::localState()
{
    return m_executor.run([](Store &store) {
        LocalKnowledgeState s;
        // A store that cannot say where it stands shows as never synchronised (the sync engine reports the error).
        if (auto at = sync::checkpoint(store))
            s.checkpoint = *at;
        if (s.checkpoint <= 0) {
            // Never synchronised: the content hash tells two desktops' knowledge apart.
            if (auto hash = ContentRepository(store).contentHash())
                s.contentHash = *hash;
        }
        if (auto pending = sync::pendingOutbox(store))
            s.pending = *pending;
        return s;
    });
}

QFuture<Result<QSet<QString>>> KnowledgeService::changedItemIds()
{
    return m_executor.run([](Store &store) { return ItemChangeTracker(store).changedItemIds(); });
}

} // namespace souffleur
