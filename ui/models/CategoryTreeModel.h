// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QAbstractItemModel>

#include <vector>

namespace souffleur {

// The category tree for a view, with names in the agent's locale (falling back to the knowledge base's default).
class CategoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTreeModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, PathRole };

    explicit CategoryTreeModel(QObject *parent = nullptr);
    ~CategoryTreeModel() override;

    void setCategories(const QList<Category> &categories, const QString &locale, const QString &defaultLocale);
    void setLocale(const QString &locale);
    QModelIndex indexOf(const QString &categoryId) const;
    // "Internet > Panne > Box sans synchro".
    QString path(const QString &categoryId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Category category;
        Node *parent = nullptr;
        std::vector<Node *> children;
        int row = 0;
    };
    Node *nodeOf(const QModelIndex &index) const;
    void rebuild();

    QList<Category> m_categories;
    std::vector<std::unique_ptr<Node>> m_nodes;
    Node m_root;
    QString m_locale;
    QString m_defaultLocale;
};

} // namespace souffleur
