// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON form of the content model (docs/bundle-format.md). Writing is canonical: empty optional fields are
// left out and QJsonObject keeps keys sorted, so equal content always gives equal bytes. Reading here is
// lenient and meant for data Souffleur wrote itself (the store); bundles from outside go through BundleReader,
// which validates.
namespace souffleur::json {

QJsonArray fromSteps(const QList<Step> &steps);
QList<Step> toSteps(const QJsonArray &array);

// The fields of an item's versioned content, for its kind, merged into `object`.
void writeContent(QJsonObject &object, ItemKind kind, const ItemContent &content);
ItemContent readContent(const QJsonObject &object);

QJsonObject fromHistoryEntry(ItemKind kind, const HistoryEntry &entry);
QJsonObject fromItem(const Item &item);
QJsonObject fromCategory(const Category &category);
QJsonObject fromTicket(const Ticket &ticket);
// The whole bundle document, items and categories sorted by id, tickets by (category, text, locale).
QJsonObject fromKnowledgeBase(const KnowledgeBase &kb);

QJsonArray fromStrings(const QStringList &list);
QStringList toStrings(const QJsonValue &value);

} // namespace souffleur::json
