// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <QMap>
#include <optional>

namespace souffleur {

class Store;

// What a list shows of an item, without its body.
struct ItemSummary
{
    QString id;
    ItemKind kind = ItemKind::Article;
    QString locale;
    QString translationGroup;
    QString title;
    QString summary;
    int version = 1;
    QString state;
    QStringList otherLocales;  // locales of the other variants of its translation group
};

// Reads and writes the knowledge content of a Store. Writes keep the FTS index in step through the schema's
// triggers; callers wrap several writes in one Transaction when they belong together.
class ContentRepository final
{
public:
    explicit ContentRepository(const Store &store) : m_store(store) {}

    Result<void> putCategory(const Category &category);
    // Inserts or replaces the whole item: content, links, tags, channels and history.
    Result<void> putItem(const Item &item);
    Result<void> deleteItem(const QString &id);
    // Returns whether the ticket was new (identical text, category and locale is stored once).
    Result<bool> addTicket(const Ticket &ticket, const QString &source = QStringLiteral("import"));

    Result<std::optional<Item>> item(const QString &id) const;
    Result<QList<Item>> items() const;
    Result<QList<Category>> categories() const;
    Result<QList<Ticket>> tickets() const;

    // Items linked to `categoryId`, one per translation group in the best locale for `preferredLocale`
    // (fallback to the default locale), published first then by title.
    Result<QList<ItemSummary>> itemsInCategory(const QString &categoryId, const QString &preferredLocale) const;
    // The variants of one translation group, one per locale.
    Result<QList<ItemSummary>> variants(const QString &translationGroup) const;

    // The whole content as a bundle would carry it.
    Result<KnowledgeBase> knowledgeBase() const;
    // SHA-256 of the canonical JSON of the whole content: equal content, equal hash, whatever the insertion order.
    Result<QString> contentHash() const;
    // Counts for `status`: "categories", "tickets", "<kind>.<locale>".
    Result<QMap<QString, int>> counts() const;
    // Items per kind, all locales together (the desktop's status bar).
    Result<QMap<ItemKind, int>> itemCounts() const;

    QString defaultLocale() const;
    QStringList locales() const;

    // The text the full-text index holds for an item besides its title and summary.
    static QString searchTextOf(const Item &item);

private:
    // All items, or the one with id `onlyId`.
    Result<QList<Item>> loadItems(const QString &onlyId) const;
    Result<ItemSummary> readSummary(const QString &id) const;

    const Store &m_store;
};

} // namespace souffleur
