// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CategoryTreeModel.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace souffleur {

CategoryTreeModel::CategoryTreeModel(QObject *parent) : QAbstractItemModel(parent) {}
CategoryTreeModel::~CategoryTreeModel() = default;

void CategoryTreeModel::setCategories(const QList<Category> &categories, const QString &locale, const QString &defaultLocale)
{
    beginResetModel();
    m_categories = categories;
    m_locale = locale;
    m_defaultLocale = defaultLocale;
    rebuild();
    endResetModel();
}

void CategoryTreeModel::setLocale(const QString &locale)
{
    m_locale = locale;
    // Names change, structure does not: the order among siblings follows `position` and stays.
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {Qt::DisplayRole, Qt::ToolTipRole});
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch({});
}

void CategoryTreeModel::rebuild()
{
    m_nodes.clear();
    m_root.children.clear();
    QHash<QString, Node *> byId;
    for (const Category &c : std::as_const(m_categories)) {
        auto node = std::make_unique<Node>();
        node->category = c;
        byId.insert(c.id, node.get());
        m_nodes.push_back(std::move(node));
    }
    for (const auto &node : m_nodes) {
        Node *parent = byId.value(node->category.parent, &m_root);
        node->parent = parent;
        parent->children.push_back(node.get());
    }
    std::function<void(Node *)> sortChildren = [&](Node *n) {
        std::sort(n->children.begin(), n->children.end(), [](const Node *a, const Node *b) {
            return std::tie(a->category.position, a->category.id) < std::tie(b->category.position, b->category.id);
        });
        for (size_t i = 0; i < n->children.size(); ++i) {
            n->children[i]->row = int(i);
            sortChildren(n->children[i]);
        }
    };
    sortChildren(&m_root);
}

CategoryTreeModel::Node *CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)]);
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Category &c = nodeOf(index)->category;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.name(m_locale, m_defaultLocale);
    case Qt::ToolTipRole: {
        const QString d = c.descriptions.value(m_locale, c.descriptions.value(m_defaultLocale));
        return d.isEmpty() ? QVariant() : QVariant(d);
    }
    case IdRole:
        return c.id;
    case PathRole:
        return path(c.id);
    default:
        return {};
    }
}

QModelIndex CategoryTreeModel::indexOf(const QString &categoryId) const
{
    for (const auto &node : m_nodes)
        if (node->category.id == categoryId)
            return createIndex(node->row, 0, node.get());
    return {};
}

QString CategoryTreeModel::path(const QString &categoryId) const
{
    QStringList parts;
    for (QModelIndex i = indexOf(categoryId); i.isValid(); i = parent(i))
        parts.prepend(nodeOf(i)->category.name(m_locale, m_defaultLocale));
    return parts.join(QStringLiteral(" › "));
}

} // namespace souffleur
