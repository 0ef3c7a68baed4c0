// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ContentRepository.h"

#include "common/Locale.h"
#include "content/ContentJson.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace souffleur {

namespace {

QString toJsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Loads a two-column link table (item_id, value) into item_id -> sorted values, for one item or all.
Result<QHash<QString, QStringList>> loadLinks(const QSqlDatabase &db, const QString &table, const QString &column,
                                              const QString &onlyId)
{
    const QString where = onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE item_id = ?");
    auto q = sql::exec(db, QStringLiteral("SELECT item_id, %1 FROM %2%3 ORDER BY item_id, %1").arg(column, table, where),
                       onlyId.isEmpty() ? QVariantList() : QVariantList{onlyId});
    if (!q)
        return q.error();
    QHash<QString, QStringList> links;
    while (q->next())
        links[q->value(0).toString()].append(q->value(1).toString());
    return links;
}

} // namespace

QString ContentRepository::defaultLocale() const
{
    return m_store.meta(QStringLiteral("default_locale"), QStringLiteral("fr-FR"));
}

QStringList ContentRepository::locales() const
{
    return m_store.meta(QStringLiteral("locales"), defaultLocale()).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString ContentRepository::searchTextOf(const Item &item)
{
    QStringList parts;
    const ItemContent &c = item.content;
    if (!c.subject.isEmpty())
        parts << c.subject;
    if (!c.body.isEmpty())
        parts << c.body;
    for (const Step &s : c.steps) {
        parts << s.text;
        for (const Answer &a : s.answers)
            parts << a.label;
        if (!s.escalateTo.isEmpty())
            parts << s.escalateTo;
        parts << s.collect;
    }
    parts << item.tags;
    return parts.join(QLatin1Char('\n'));
}

Result<void> ContentRepository::putCategory(const Category &c)
{
    const QSqlDatabase db = m_store.database();
    auto r = sql::exec(db, QStringLiteral("INSERT INTO categories (id, parent_id, position) VALUES (?, ?, ?) "
                                          "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, "
                                          "position = excluded.position"),
                       {c.id, c.parent.isEmpty() ? QVariant() : QVariant(c.parent), c.position});
    if (!r)
        return r.error();
    if (auto d = sql::exec(db, QStringLiteral("DELETE FROM category_texts WHERE category_id = ?"), {c.id}); !d)
        return d.error();
    QStringList locales = c.names.keys();
    for (const QString &l : c.descriptions.keys() + c.keywords.keys() + c.examples.keys())
        if (!locales.contains(l))
            locales.append(l);
    for (const QString &locale : std::as_const(locales)) {
        auto t = sql::exec(db, QStringLiteral("INSERT INTO category_texts (category_id, locale, name, description, "
                                              "keywords, examples) VALUES (?, ?, ?, ?, ?, ?)"),
                           {c.id, locale, c.names.value(locale), c.descriptions.value(locale),
                            toJsonText(json::fromStrings(c.keywords.value(locale))),
                            toJsonText(json::fromStrings(c.examples.value(locale)))});
        if (!t)
            return t.error();
    }
    return {};
}

Result<void> ContentRepository::putItem(const Item &item)
{
    const QSqlDatabase db = m_store.database();
    const ItemContent &c = item.content;
    auto r = sql::exec(db, QStringLiteral(
        "INSERT INTO items (id, kind, locale, translation_group, title, summary, subject, body, tone, steps, audience, "
        "state, confidence, version, owner, updated_at, reviewed_at, review_interval_days, search_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, locale = excluded.locale, "
        "translation_group = excluded.translation_group, title = excluded.title, summary = excluded.summary, "
        "subject = excluded.subject, body = excluded.body, tone = excluded.tone, steps = excluded.steps, "
        "audience = excluded.audience, state = excluded.state, confidence = excluded.confidence, "
        "version = excluded.version, owner = excluded.owner, updated_at = excluded.updated_at, "
        "reviewed_at = excluded.reviewed_at, review_interval_days = excluded.review_interval_days, "
        "search_text = excluded.search_text"),
        {item.id, kindToString(item.kind), item.locale,
         item.translationGroup.isEmpty() ? item.id : item.translationGroup, c.title, c.summary, c.subject, c.body,
         c.tone, toJsonText(json::fromSteps(c.steps)), item.audience, item.state, item.confidence, item.version,
         item.owner, item.updatedAt, item.reviewedAt, item.reviewIntervalDays, searchTextOf(item)});
    if (!r)
        return r.error();

    for (const char *table : {"item_categories", "item_tags", "item_channels", "item_versions"}) {
        if (auto d = sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE item_id = ?").arg(QLatin1String(table)), {item.id}); !d)
            return d.error();
    }
    const auto insertAll = [&](const QString &statement, const QStringList &values) -> Result<void> {
        for (const QString &v : values)
            if (auto i = sql::exec(db, statement, {item.id, v}); !i)
                return i.error();
        return {};
    };
    if (auto i = insertAll(QStringLiteral("INSERT INTO item_categories (item_id, category_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), item.categories); !i)
        return i;
    if (auto i = insertAll(QStringLiteral("INSERT INTO item_tags (item_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"), item.tags); !i)
        return i;
    if (auto i = insertAll(QStringLiteral("INSERT INTO item_channels (item_id, channel) VALUES (?, ?) ON CONFLICT DO NOTHING"), item.channels); !i)
        return i;
    for (const HistoryEntry &h : item.history) {
        QJsonObject content;
        json::writeContent(content, item.kind, h.content);
        auto i = sql::exec(db, QStringLiteral("INSERT INTO item_versions (item_id, version, updated_at, author, note, content) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                           {item.id, h.version, h.updatedAt, h.author, h.note,
                            QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact))});
        if (!i)
            return i.error();
    }
    return {};
}

Result<void> ContentRepository::deleteItem(const QString &id)
{
    auto r = sql::exec(m_store.database(), QStringLiteral("DELETE FROM items WHERE id = ?"), {id});
    if (!r)
        return r.error();
    return {};
}

Result<bool> ContentRepository::addTicket(const Ticket &t, const QString &source)
{
    auto r = sql::exec(m_store.database(),
                       QStringLiteral("INSERT OR IGNORE INTO tickets (text, category_id, locale, source) VALUES (?, ?, ?, ?)"),
                       {t.text, t.category, t.locale, source});
    if (!r)
        return r.error();
    return r->numRowsAffected() > 0;
}

Result<QList<Item>> ContentRepository::items() const
{
    return loadItems({});
}

Result<std::optional<Item>> ContentRepository::item(const QString &id) const
{
    auto list = loadItems(id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Item>();
    return std::optional<Item>(list->constFirst());
}

Result<QList<Item>> ContentRepository::loadItems(const QString &onlyId) const
{
    const QSqlDatabase db = m_store.database();
    auto cats = loadLinks(db, QStringLiteral("item_categories"), QStringLiteral("category_id"), onlyId);
    auto tags = loadLinks(db, QStringLiteral("item_tags"), QStringLiteral("tag"), onlyId);
    auto channels = loadLinks(db, QStringLiteral("item_channels"), QStringLiteral("channel"), onlyId);
    if (!cats || !tags || !channels)
        return (!cats ? cats : !tags ? tags : channels).error();

    const QString where = onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE item_id = ?");
    const QVariantList binds = onlyId.isEmpty() ? QVariantList() : QVariantList{onlyId};
    QHash<QString, QList<HistoryEntry>> history;
    auto h = sql::exec(db, QStringLiteral("SELECT item_id, version, updated_at, author, note, content FROM item_versions"
                                          "%1 ORDER BY item_id, version").arg(where), binds);
    if (!h)
        return h.error();
    while (h->next()) {
        HistoryEntry e;
        e.version = h->value(1).toInt();
        e.updatedAt = h->value(2).toString();
        e.author = h->value(3).toString();
        e.note = h->value(4).toString();
        e.content = json::readContent(parseObject(h->value(5).toString()));
        history[h->value(0).toString()].append(e);
    }

    auto q = sql::exec(db, QStringLiteral(
        "SELECT id, kind, locale, translation_group, title, summary, subject, body, tone, steps, audience, state, "
        "confidence, version, owner, updated_at, reviewed_at, review_interval_days FROM items%1 ORDER BY id")
        .arg(onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE id = ?")), binds);
    if (!q)
        return q.error();
    QList<Item> out;
    while (q->next()) {
        Item item;
        item.id = q->value(0).toString();
        kindFromString(q->value(1).toString(), &item.kind);
        item.locale = q->value(2).toString();
        item.translationGroup = q->value(3).toString();
        item.content.title = q->value(4).toString();
        item.content.summary = q->value(5).toString();
        item.content.subject = q->value(6).toString();
        item.content.body = q->value(7).toString();
        item.content.tone = q->value(8).toString();
        item.content.steps = json::toSteps(parseArray(q->value(9).toString()));
        item.audience = q->value(10).toString();
        item.state = q->value(11).toString();
        item.confidence = q->value(12).toString();
        item.version = q->value(13).toInt();
        item.owner = q->value(14).toString();
        item.updatedAt = q->value(15).toString();
        item.reviewedAt = q->value(16).toString();
        item.reviewIntervalDays = q->value(17).toInt();
        item.categories = cats->value(item.id);
        item.tags = tags->value(item.id);
        item.channels = channels->value(item.id);
        item.history = history.value(item.id);
        out.append(item);
    }
    return out;
}

Result<QList<Category>> ContentRepository::categories() const
{
    const QSqlDatabase db = m_store.database();
    auto q = sql::exec(db, QStringLiteral("SELECT id, parent_id, position FROM categories ORDER BY id"));
    if (!q)
        return q.error();
    QList<Category> out;
    QHash<QString, qsizetype> index;
    while (q->next()) {
        Category c;
        c.id = q->value(0).toString();
        c.parent = q->value(1).toString();
        c.position = q->value(2).toInt();
        index.insert(c.id, out.size());
        out.append(c);
    }
    auto t = sql::exec(db, QStringLiteral("SELECT category_id, locale, name, description, keywords, examples "
                                          "FROM category_texts"));
    if (!t)
        return t.error();
    while (t->next()) {
        const auto it = index.constFind(t->value(0).toString());
        if (it == index.cend())
            continue;
        Category &c = out[*it];
        const QString locale = t->value(1).toString();
        if (const QString name = t->value(2).toString(); !name.isEmpty())
            c.names.insert(locale, name);
        if (const QString d = t->value(3).toString(); !d.isEmpty())
            c.descriptions.insert(locale, d);
        if (const QStringList k = json::toStrings(parseArray(t->value(4).toString())); !k.isEmpty())
            c.keywords.insert(locale, k);
        if (const QStringList e = json::toStrings(parseArray(t->value(5).toString())); !e.isEmpty())
            c.examples.insert(locale, e);
    }
    return out;
}

Result<QList<Ticket>> ContentRepository::tickets() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT text, category_id, locale FROM tickets ORDER BY id"));
    if (!q)
        return q.error();
    QList<Ticket> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<ItemSummary> ContentRepository::readSummary(const QString &id) const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT kind, locale, translation_group, title, summary, version, "
                                                          "state FROM items WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("no item %1").arg(id));
    ItemSummary s;
    s.id = id;
    kindFromString(q->value(0).toString(), &s.kind);
    s.locale = q->value(1).toString();
    s.translationGroup = q->value(2).toString();
    s.title = q->value(3).toString();
    s.summary = q->value(4).toString();
    s.version = q->value(5).toInt();
    s.state = q->value(6).toString();
    return s;
}

Result<QList<ItemSummary>> ContentRepository::variants(const QString &translationGroup) const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT id FROM items WHERE translation_group = ? ORDER BY locale"),
                       {translationGroup});
    if (!q)
        return q.error();
    QList<ItemSummary> out;
    while (q->next()) {
        auto s = readSummary(q->value(0).toString());
        if (!s)
            return s.error();
        out.append(*s);
    }
    for (ItemSummary &s : out)
        for (const ItemSummary &other : std::as_const(out))
            if (other.id != s.id)
                s.otherLocales.append(other.locale);
    return out;
}

Result<QList<ItemSummary>> ContentRepository::itemsInCategory(const QString &categoryId, const QString &preferredLocale) const
{
    auto q = sql::exec(m_store.database(), QStringLiteral(
        "SELECT i.id, i.kind, i.locale, i.translation_group, i.title, i.summary, i.version, i.state "
        "FROM items i JOIN item_categories c ON c.item_id = i.id WHERE c.category_id = ? AND i.state != 'archived' "
        "ORDER BY i.translation_group, i.locale"), {categoryId});
    if (!q)
        return q.error();
    QMap<QString, QList<ItemSummary>> groups;
    QStringList order;
    while (q->next()) {
        ItemSummary s;
        s.id = q->value(0).toString();
        kindFromString(q->value(1).toString(), &s.kind);
        s.locale = q->value(2).toString();
        s.translationGroup = q->value(3).toString();
        s.title = q->value(4).toString();
        s.summary = q->value(5).toString();
        s.version = q->value(6).toInt();
        s.state = q->value(7).toString();
        if (!groups.contains(s.translationGroup))
            order.append(s.translationGroup);
        groups[s.translationGroup].append(s);
    }
    // Variants not linked to the category (a translation that forgot the link) still count for the fallback.
    const QString fallback = defaultLocale();
    QList<ItemSummary> out;
    for (const QString &group : std::as_const(order)) {
        // An archived translation never stands in for a published one.
        auto all = variants(group);
        QList<ItemSummary> candidates;
        if (all)
            for (const ItemSummary &v : std::as_const(*all))
                if (v.state != QLatin1String("archived"))
                    candidates.append(v);
        if (candidates.isEmpty())
            candidates = groups.value(group);
        QStringList locales;
        for (const ItemSummary &s : candidates)
            locales.append(s.locale);
        out.append(candidates.at(pickLocaleVariant(locales, preferredLocale, fallback)));
    }
    std::stable_sort(out.begin(), out.end(), [](const ItemSummary &a, const ItemSummary &b) {
        const bool pa = a.state == QLatin1String("published"), pb = b.state == QLatin1String("published");
        if (pa != pb)
            return pa;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return out;
}

Result<KnowledgeBase> ContentRepository::knowledgeBase() const
{
    KnowledgeBase kb;
    kb.name = m_store.meta(QStringLiteral("name"));
    kb.defaultLocale = defaultLocale();
    kb.locales = locales();
    auto cats = categories();
    if (!cats)
        return cats.error();
    kb.categories = *cats;
    auto its = items();
    if (!its)
        return its.error();
    kb.items = *its;
    auto tks = tickets();
    if (!tks)
        return tks.error();
    kb.tickets = *tks;
    return kb;
}

Result<QString> ContentRepository::contentHash() const
{
    auto kb = knowledgeBase();
    if (!kb)
        return kb.error();
    const QByteArray canonical = QJsonDocument(json::fromKnowledgeBase(*kb)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<QMap<QString, int>> ContentRepository::counts() const
{
    const QSqlDatabase db = m_store.database();
    QMap<QString, int> out;
    auto q = sql::exec(db, QStringLiteral("SELECT kind, locale, count(*) FROM items GROUP BY kind, locale"));
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toString() + QLatin1Char('.') + q->value(1).toString(), q->value(2).toInt());
    for (const char *table : {"categories", "tickets"}) {
        auto c = sql::exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!c)
            return c.error();
        out.insert(QLatin1String(table), c->next() ? c->value(0).toInt() : 0);
    }
    return out;
}

Result<QMap<ItemKind, int>> ContentRepository::itemCounts() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT kind, count(*) FROM items GROUP BY kind"));
    if (!q)
        return q.error();
    QMap<ItemKind, int> out;
    while (q->next()) {
        ItemKind kind;
        if (kindFromString(q->value(0).toString(), &kind))
            out.insert(kind, q->value(1).toInt());
    }
    return out;
}

} // namespace souffleur
