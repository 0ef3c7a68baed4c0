// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The replication wire format shared by the hub (core/hub) and the desktop (core/sync): protocol versions,
// entity names and the JSON of each entity's payload. docs/sync-protocol.md is the reference.
namespace souffleur::sync {

constexpr int kProtocolMin = 1;
constexpr int kProtocolMax = 1;
// The content schema the payloads follow: the bundle format's version (docs/bundle-format.md).
constexpr int kContentSchema = 1;

// Kinds of replicated entities. Order matters when a publish is written to the log: puts go kb, category
// (parents first), item, ticket; tombstones go ticket, item, category (children first). Any prefix of the log is
// then consistent (no item links a category the desktop does not have yet), so a page may end anywhere.
namespace entity {
inline QString kb() { return QStringLiteral("kb"); }
inline QString category() { return QStringLiteral("category"); }
inline QString item() { return QStringLiteral("item"); }
inline QString ticket() { return QStringLiteral("ticket"); }
} // namespace entity

// The knowledge base's own fields (name, default locale, locales): one entity with id "kb".
struct KbMeta
{
    QString name;
    QString defaultLocale;
    QStringList locales;
    bool operator==(const KbMeta &) const = default;
};

QJsonObject fromKbMeta(const KbMeta &meta);
Result<KbMeta> toKbMeta(const QJsonObject &o);

// Strict enough to refuse a payload of the wrong shape (the hub is trusted, but a proxy or a bug is not): the
// fields that identify the entity must be present and typed; the rest follows ContentJson's lenient reading.
Result<Item> toItem(const QJsonObject &o);
Result<Category> toCategory(const QJsonObject &o);
Result<Ticket> toTicket(const QJsonObject &o);

// Tickets have no id of their own: the hub names them by a hash of (category, text, locale).
QString ticketId(const Ticket &ticket);

QByteArray compact(const QJsonObject &o);

// Outbox record types the hub accepts (docs/sync-protocol.md, "Outbox").
QStringList outboxTypes();

} // namespace souffleur::sync
