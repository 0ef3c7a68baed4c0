// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QAbstractItemModel>
#include <QSet>

namespace souffleur {

// One row of an item list: an item of a category, or a search hit.
struct ItemListEntry
{
    ItemKind kind = ItemKind::Article;
    QString id;
    QString title;
    QString detail;  // summary, or a search snippet with U+0002/U+0003 around matched terms
    QString locale;
};

// Items grouped by kind: three top-level rows (procedures, replies, articles; empty groups hidden), the items
// beneath. Serves both the category listing and the search results.
class ItemListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemListModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, DetailRole, IsGroupRole, ChangedRole };

    explicit ItemListModel(QObject *parent = nullptr);

    void setEntries(const QList<ItemListEntry> &entries);
    int entryCount() const;
    // The index of the first item (not group) row, or invalid.
    QModelIndex firstItem() const;
    // Items changed since the agent last opened them: marked with a dot, in bold, and said in the tooltip.
    void setChangedIds(const QSet<QString> &ids);
    // Re-labels the group rows (after a language change).
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString kindTitle(ItemKind kind, int count);

private:
    struct Group
    {
        ItemKind kind;
        QList<ItemListEntry> entries;
    };
    QList<Group> m_groups;
    QSet<QString> m_changed;
};

} // namespace souffleur
