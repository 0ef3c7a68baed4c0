// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ItemListModel.h"

#include "style/Theme.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace souffleur {

namespace {
// Group rows carry this internal id; item rows carry their group's row.
constexpr quintptr kGroupRow = quintptr(-1);

// The list's "changed" badge: a dot of the palette's warning colour, one em square; made again when that colour
// changes (a model has no palette of its own: the application's is the views').
QIcon changedDot()
{
    static QColor madeFor;
    static QIcon dot;
    const QColor colour = Theme::text(QGuiApplication::palette(), Theme::Tone::Warning);
    if (dot.isNull() || colour != madeFor) {
        const int size = std::max(8, QFontInfo(QGuiApplication::font()).pixelSize());
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(pixmap.rect()).adjusted(size * 0.2, size * 0.2, -size * 0.2, -size * 0.2));
        dot = QIcon(pixmap);
        madeFor = colour;
    }
    return dot;
}
} // namespace

ItemListModel::ItemListModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ItemListModel::kindTitle(ItemKind kind, int count)
{
    switch (kind) {
    case ItemKind::Procedure: return tr("Procedures (%1)").arg(count);
    case ItemKind::Reply: return tr("Standard replies (%1)").arg(count);
    case ItemKind::Article: return tr("Articles (%1)").arg(count);
    }
    return {};
}

void ItemListModel::setEntries(const QList<ItemListEntry> &entries)
{
    beginResetModel();
    m_groups.clear();
    for (ItemKind kind : {ItemKind::Procedure, ItemKind::Reply, ItemKind::Article}) {
        Group g{kind, {}};
        for (const ItemListEntry &e : entries)
            if (e.kind == kind)
                g.entries.append(e);
        if (!g.entries.isEmpty())
            m_groups.append(g);
    }
    endResetModel();
}

int ItemListModel::entryCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.entries.size());
    return n;
}

QModelIndex ItemListModel::firstItem() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

void ItemListModel::retranslate()
{
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), {Qt::DisplayRole});
}

QModelIndex ItemListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).entries.size() ? createIndex(row, 0, quintptr(parent.row())) : QModelIndex();
}

QModelIndex ItemListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupRow);
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).entries.size());
    return 0;
}

int ItemListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ItemListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void ItemListModel::setChangedIds(const QSet<QString> &ids)
{
    if (ids == m_changed)
        return;
    m_changed = ids;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        if (!m_groups.at(g).entries.isEmpty())
            emit dataChanged(index(0, 0, group), index(int(m_groups.at(g).entries.size()) - 1, 0, group));
    }
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return kindTitle(g.kind, int(g.entries.size()));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case KindRole:
            return int(g.kind);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const ItemListEntry &e = m_groups.at(int(index.internalId())).entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::AccessibleTextRole:
        return m_changed.contains(e.id) ? tr("%1 (changed)").arg(e.title) : e.title;
    case Qt::ToolTipRole: {
        QString d = e.detail;
        d.remove(QChar(0x0002)).remove(QChar(0x0003));
        if (m_changed.contains(e.id))
            d = tr("Changed since you last opened it.") + (d.isEmpty() ? QString() : QStringLiteral("\n") + d);
        return d.isEmpty() ? QVariant() : QVariant(d);
    }
    case Qt::DecorationRole:
        if (m_changed.contains(e.id)) {
            // A small amber dot: the list's "changed" badge, in the warning colour of the palette in force.
            return changedDot();
        }
        return {};
    case Qt::FontRole:
        if (m_changed.contains(e.id)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case ChangedRole:
        return m_changed.contains(e.id);
    case IdRole:
        return e.id;
    case KindRole:
        return int(e.kind);
    case DetailRole:
        return e.detail;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace souffleur
