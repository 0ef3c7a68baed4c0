// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContentJson.h"

#include <algorithm>

namespace souffleur::json {

namespace {

void putIfNotEmpty(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putIfNotEmpty(QJsonObject &o, const QString &key, const QStringList &value)
{
    if (!value.isEmpty())
        o.insert(key, fromStrings(value));
}

template <typename V, typename F>
QJsonObject perLocale(const QMap<QString, V> &map, F convert)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), convert(it.value()));
    return o;
}

} // namespace

QJsonArray fromStrings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QJsonArray fromSteps(const QList<Step> &steps)
{
    QJsonArray array;
    for (const Step &s : steps) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("type"), stepTypeToString(s.type)},
                      {QStringLiteral("text"), s.text}};
        putIfNotEmpty(o, QStringLiteral("next"), s.next);
        if (!s.answers.isEmpty()) {
            QJsonArray answers;
            for (const Answer &a : s.answers)
                answers.append(QJsonObject{{QStringLiteral("label"), a.label}, {QStringLiteral("next"), a.next}});
            o.insert(QStringLiteral("answers"), answers);
        }
        putIfNotEmpty(o, QStringLiteral("escalate_to"), s.escalateTo);
        putIfNotEmpty(o, QStringLiteral("collect"), s.collect);
        array.append(o);
    }
    return array;
}

QList<Step> toSteps(const QJsonArray &array)
{
    QList<Step> steps;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Step s;
        s.id = o.value(QStringLiteral("id")).toString();
        stepTypeFromString(o.value(QStringLiteral("type")).toString(), &s.type);
        s.text = o.value(QStringLiteral("text")).toString();
        s.next = o.value(QStringLiteral("next")).toString();
        const QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
        for (const QJsonValue &a : answers) {
            const QJsonObject ao = a.toObject();
            s.answers.append({ao.value(QStringLiteral("label")).toString(), ao.value(QStringLiteral("next")).toString()});
        }
        s.escalateTo = o.value(QStringLiteral("escalate_to")).toString();
        s.collect = toStrings(o.value(QStringLiteral("collect")));
        steps.append(s);
    }
    return steps;
}

void writeContent(QJsonObject &o, ItemKind kind, const ItemContent &c)
{
    o.insert(QStringLiteral("title"), c.title);
    putIfNotEmpty(o, QStringLiteral("summary"), c.summary);
    switch (kind) {
    case ItemKind::Procedure:
        o.insert(QStringLiteral("steps"), fromSteps(c.steps));
        break;
    case ItemKind::Reply:
        putIfNotEmpty(o, QStringLiteral("subject"), c.subject);
        o.insert(QStringLiteral("body"), c.body);
        putIfNotEmpty(o, QStringLiteral("tone"), c.tone);
        break;
    case ItemKind::Article:
        o.insert(QStringLiteral("body"), c.body);
        break;
    }
}

ItemContent readContent(const QJsonObject &o)
{
    ItemContent c;
    c.title = o.value(QStringLiteral("title")).toString();
    c.summary = o.value(QStringLiteral("summary")).toString();
    c.steps = toSteps(o.value(QStringLiteral("steps")).toArray());
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.body = o.value(QStringLiteral("body")).toString();
    c.tone = o.value(QStringLiteral("tone")).toString();
    return c;
}

QJsonObject fromHistoryEntry(ItemKind kind, const HistoryEntry &h)
{
    QJsonObject o{{QStringLiteral("version"), h.version}};
    putIfNotEmpty(o, QStringLiteral("updated_at"), h.updatedAt);
    putIfNotEmpty(o, QStringLiteral("author"), h.author);
    putIfNotEmpty(o, QStringLiteral("note"), h.note);
    writeContent(o, kind, h.content);
    return o;
}

QJsonObject fromItem(const Item &item)
{
    QJsonObject o{{QStringLiteral("id"), item.id},
                  {QStringLiteral("kind"), kindToString(item.kind)},
                  {QStringLiteral("locale"), item.locale},
                  {QStringLiteral("translation_group"), item.translationGroup},
                  {QStringLiteral("audience"), item.audience},
                  {QStringLiteral("state"), item.state},
                  {QStringLiteral("confidence"), item.confidence},
                  {QStringLiteral("version"), item.version},
                  {QStringLiteral("review_interval_days"), item.reviewIntervalDays}};
    writeContent(o, item.kind, item.content);
    putIfNotEmpty(o, QStringLiteral("categories"), item.categories);
    putIfNotEmpty(o, QStringLiteral("tags"), item.tags);
    putIfNotEmpty(o, QStringLiteral("channels"), item.channels);
    putIfNotEmpty(o, QStringLiteral("owner"), item.owner);
    putIfNotEmpty(o, QStringLiteral("updated_at"), item.updatedAt);
    putIfNotEmpty(o, QStringLiteral("reviewed_at"), item.reviewedAt);
    if (!item.history.isEmpty()) {
        QJsonArray history;
        for (const HistoryEntry &h : item.history)
            history.append(fromHistoryEntry(item.kind, h));
        o.insert(QStringLiteral("history"), history);
    }
    return o;
}

QJsonObject fromCategory(const Category &c)
{
    const auto asString = [](const QString &s) { return QJsonValue(s); };
    const auto asList = [](const QStringList &l) { return QJsonValue(fromStrings(l)); };
    QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("position"), c.position},
                  {QStringLiteral("names"), perLocale(c.names, asString)}};
    if (!c.parent.isEmpty())
        o.insert(QStringLiteral("parent"), c.parent);
    if (!c.descriptions.isEmpty())
        o.insert(QStringLiteral("descriptions"), perLocale(c.descriptions, asString));
    if (!c.keywords.isEmpty())
        o.insert(QStringLiteral("keywords"), perLocale(c.keywords, asList));
    if (!c.examples.isEmpty())
        o.insert(QStringLiteral("examples"), perLocale(c.examples, asList));
    return o;
}

QJsonObject fromTicket(const Ticket &t)
{
    QJsonObject o{{QStringLiteral("text"), t.text}, {QStringLiteral("category"), t.category}};
    putIfNotEmpty(o, QStringLiteral("locale"), t.locale);
    return o;
}

QJsonObject fromKnowledgeBase(const KnowledgeBase &kb)
{
    QList<Category> categories = kb.categories;
    std::sort(categories.begin(), categories.end(), [](const Category &a, const Category &b) { return a.id < b.id; });
    QList<Item> items = kb.items;
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.id < b.id; });
    QList<Ticket> tickets = kb.tickets;
    std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
        return std::tie(a.category, a.text, a.locale) < std::tie(b.category, b.text, b.locale);
    });

    QJsonArray cats, its, tks;
    for (const Category &c : categories)
        cats.append(fromCategory(c));
    for (const Item &i : items)
        its.append(fromItem(i));
    for (const Ticket &t : tickets)
        tks.append(fromTicket(t));
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("souffleur-kb-bundle")},
                  {QStringLiteral("format_version"), 1},
                  {QStringLiteral("default_locale"), kb.defaultLocale},
                  {QStringLiteral("locales"), fromStrings(kb.locales)},
                  {QStringLiteral("categories"), cats},
                  {QStringLiteral("items"), its}};
    putIfNotEmpty(o, QStringLiteral("name"), kb.name);
    if (!tks.isEmpty())
        o.insert(QStringLiteral("tickets"), tks);
    return o;
}

} // namespace souffleur::json
