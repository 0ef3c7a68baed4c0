// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncProtocol.h"

#include "content/ContentJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace souffleur::sync {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isInt(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

template <typename T, typename F>
QMap<QString, T> perLocale(const QJsonValue &value, F convert)
{
    QMap<QString, T> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), convert(it.value()));
    return out;
}

} // namespace

QJsonObject fromKbMeta(const KbMeta &meta)
{
    return {{QStringLiteral("name"), meta.name},
            {QStringLiteral("default_locale"), meta.defaultLocale},
            {QStringLiteral("locales"), json::fromStrings(meta.locales)}};
}

Result<KbMeta> toKbMeta(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("default_locale")).isString() || !o.value(QStringLiteral("locales")).isArray())
        return makeError(QObject::tr("The knowledge base payload lacks default_locale or locales."));
    return KbMeta{str(o, "name"), str(o, "default_locale"), json::toStrings(o.value(QStringLiteral("locales")))};
}

Result<Item> toItem(const QJsonObject &o)
{
    Item item;
    item.id = str(o, "id");
    if (item.id.isEmpty())
        return makeError(QObject::tr("An item payload has no id."));
    if (!kindFromString(str(o, "kind"), &item.kind))
        return makeError(QObject::tr("Item %1 has an unknown kind.").arg(item.id));
    if (!isInt(o.value(QStringLiteral("version"))) || o.value(QStringLiteral("version")).toInt() < 1)
        return makeError(QObject::tr("Item %1 has no valid version.").arg(item.id));
    item.version = o.value(QStringLiteral("version")).toInt();
    item.locale = str(o, "locale");
    item.translationGroup = str(o, "translation_group");
    item.content = json::readContent(o);
    item.categories = json::toStrings(o.value(QStringLiteral("categories")));
    item.tags = json::toStrings(o.value(QStringLiteral("tags")));
    item.channels = json::toStrings(o.value(QStringLiteral("channels")));
    item.audience = o.value(QStringLiteral("audience")).toString(item.audience);
    item.state = o.value(QStringLiteral("state")).toString(item.state);
    item.confidence = o.value(QStringLiteral("confidence")).toString(item.confidence);
    item.owner = str(o, "owner");
    item.updatedAt = str(o, "updated_at");
    item.reviewedAt = str(o, "reviewed_at");
    item.reviewIntervalDays = o.value(QStringLiteral("review_interval_days")).toInt(item.reviewIntervalDays);
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &v : history) {
        const QJsonObject h = v.toObject();
        item.history.append({h.value(QStringLiteral("version")).toInt(), str(h, "updated_at"), str(h, "author"),
                             str(h, "note"), json::readContent(h)});
    }
    return item;
}

Result<Category> toCategory(const QJsonObject &o)
{
    Category c;
    c.id = str(o, "id");
    if (c.id.isEmpty() || !o.value(QStringLiteral("names")).isObject())
        return makeError(QObject::tr("A category payload has no id or no names."));
    c.parent = str(o, "parent");
    c.position = o.value(QStringLiteral("position")).toInt();
    const auto asString = [](const QJsonValue &v) { return v.toString(); };
    const auto asList = [](const QJsonValue &v) { return json::toStrings(v); };
    c.names = perLocale<QString>(o.value(QStringLiteral("names")), asString);
    c.descriptions = perLocale<QString>(o.value(QStringLiteral("descriptions")), asString);
    c.keywords = perLocale<QStringList>(o.value(QStringLiteral("keywords")), asList);
    c.examples = perLocale<QStringList>(o.value(QStringLiteral("examples")), asList);
    return c;
}

Result<Ticket> toTicket(const QJsonObject &o)
{
    Ticket t{str(o, "text"), str(o, "category"), str(o, "locale")};
    if (t.text.isEmpty() || t.category.isEmpty())
        return makeError(QObject::tr("A ticket payload has no text or no category."));
    return t;
}

QString ticketId(const Ticket &t)
{
    const QByteArray key = t.category.toUtf8() + '\x1f' + t.text.toUtf8() + '\x1f' + t.locale.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList outboxTypes()
{
    return {QStringLiteral("suggestion"), QStringLiteral("feedback"), QStringLiteral("usage"),
            QStringLiteral("classification")};
}

} // namespace souffleur::sync
