// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleReader.h"

#include "bundle/BundleValidator.h"

#include "common/InputLimits.h"
#include "common/Locale.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace souffleur {

namespace {

using bundle::Validator;

const QStringList kChannels{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat")};
const QStringList kAudiences{QStringLiteral("internal"), QStringLiteral("customer")};
const QStringList kStates{QStringLiteral("draft"), QStringLiteral("published"), QStringLiteral("archived")};
const QStringList kConfidences{QStringLiteral("wip"), QStringLiteral("not_validated"), QStringLiteral("validated")};

QString at(const QString &list, qsizetype index, const QString &id)
{
    return id.isEmpty() ? QStringLiteral("%1[%2]").arg(list).arg(index)
                        : QStringLiteral("%1[%2] (%3)").arg(list).arg(index).arg(id);
}

QList<Step> readSteps(Validator &v, const QJsonObject &o, const QString &where)
{
    QList<Step> steps;
    const QJsonValue value = o.value(QStringLiteral("steps"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        v.fail(where, QStringLiteral("a procedure needs a non-empty \"steps\" list"));
        return steps;
    }
    const QJsonArray array = value.toArray();
    if (!v.withinCount(where + QStringLiteral(".steps"), array.size(), limits::kMaxSteps))
        return steps;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString sw = QStringLiteral("%1.steps[%2]").arg(where).arg(i);
        if (!array.at(i).isObject()) {
            v.fail(sw, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject so = array.at(i).toObject();
        v.checkKeys(so, sw, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("next"),
                             QStringLiteral("answers"), QStringLiteral("escalate_to"), QStringLiteral("collect")});
        Step s;
        s.id = v.text(so, sw, QStringLiteral("id"), true, limits::kMaxIdLength, false);
        if (!s.id.isEmpty() && ids.contains(s.id))
            v.fail(sw + QStringLiteral(".id"), QStringLiteral("duplicate step id \"%1\"").arg(s.id));
        ids.insert(s.id);
        const QString type = v.string(so, sw, QStringLiteral("type"), true);
        if (!type.isEmpty() && !stepTypeFromString(type, &s.type))
            v.fail(sw + QStringLiteral(".type"), QStringLiteral("\"%1\" is not one of action, question, resolution, escalation").arg(type));
        s.text = v.text(so, sw, QStringLiteral("text"), true, limits::kMaxBodyLength, true);
        s.next = v.string(so, sw, QStringLiteral("next"), false);
        s.escalateTo = v.text(so, sw, QStringLiteral("escalate_to"), s.type == StepType::Escalation, limits::kMaxTitleLength, false);
        s.collect = v.strings(so, sw, QStringLiteral("collect"), limits::kMaxTags, limits::kMaxTitleLength);
        const QJsonValue answers = so.value(QStringLiteral("answers"));
        if (s.type == StepType::Question) {
            const QJsonArray aa = answers.toArray();
            if (!answers.isArray() || aa.size() < 2)
                v.fail(sw, QStringLiteral("a question needs at least two \"answers\""));
            if (!v.withinCount(sw + QStringLiteral(".answers"), aa.size(), limits::kMaxTags))
                continue;
            for (qsizetype j = 0; j < aa.size(); ++j) {
                const QString aw = QStringLiteral("%1.answers[%2]").arg(sw).arg(j);
                const QJsonObject ao = aa.at(j).toObject();
                v.checkKeys(ao, aw, {QStringLiteral("label"), QStringLiteral("next")});
                s.answers.append({v.text(ao, aw, QStringLiteral("label"), true, limits::kMaxTitleLength, false),
                                  v.string(ao, aw, QStringLiteral("next"), true)});
            }
        } else if (!answers.isUndefined()) {
            v.fail(sw + QStringLiteral(".answers"), QStringLiteral("only a question step has answers"));
        }
        if ((s.type == StepType::Resolution || s.type == StepType::Escalation) && !s.next.isEmpty())
            v.fail(sw + QStringLiteral(".next"), QStringLiteral("a %1 ends the procedure and has no next step").arg(type));
        steps.append(s);
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        const QString sw = QStringLiteral("%1.steps[%2]").arg(where).arg(i);
        if (!s.next.isEmpty() && !ids.contains(s.next))
            v.fail(sw + QStringLiteral(".next"), QStringLiteral("unknown step \"%1\"").arg(s.next));
        for (qsizetype j = 0; j < s.answers.size(); ++j)
            if (!s.answers.at(j).next.isEmpty() && !ids.contains(s.answers.at(j).next))
                v.fail(QStringLiteral("%1.answers[%2].next").arg(sw).arg(j), QStringLiteral("unknown step \"%1\"").arg(s.answers.at(j).next));
    }
    return steps;
}

void checkPlaceholders(Validator &v, const QString &where, const QString &text)
{
    QStringList problems;
    parsePlaceholders(text, &problems);
    for (const QString &p : std::as_const(problems))
        v.fail(where, p);
}

ItemContent readContent(Validator &v, const QJsonObject &o, const QString &where, ItemKind kind)
{
    ItemContent c;
    c.title = v.text(o, where, QStringLiteral("title"), true, limits::kMaxTitleLength, false);
    c.summary = v.text(o, where, QStringLiteral("summary"), false, limits::kMaxBodyLength, true);
    switch (kind) {
    case ItemKind::Procedure:
        c.steps = readSteps(v, o, where);
        break;
    case ItemKind::Reply:
        c.subject = v.text(o, where, QStringLiteral("subject"), false, limits::kMaxTitleLength, false);
        c.body = v.text(o, where, QStringLiteral("body"), true, limits::kMaxBodyLength, true);
        c.tone = v.text(o, where, QStringLiteral("tone"), false, limits::kMaxTitleLength, false);
        checkPlaceholders(v, where + QStringLiteral(".subject"), c.subject);
        checkPlaceholders(v, where + QStringLiteral(".body"), c.body);
        break;
    case ItemKind::Article:
        c.body = v.text(o, where, QStringLiteral("body"), true, limits::kMaxBodyLength, true);
        break;
    }
    return c;
}

QMap<QString, QString> perLocaleStrings(Validator &v, const QJsonObject &o, const QString &where, const QString &key,
                                        const QStringList &locales, qsizetype maxLength, bool multiLine)
{
    QMap<QString, QString> out;
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return out;
    if (!value.isObject()) {
        v.fail(where + QLatin1Char('.') + key, QStringLiteral("must be an object of locale: text"));
        return out;
    }
    const QJsonObject m = value.toObject();
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (!locales.contains(it.key()))
            v.fail(where + QLatin1Char('.') + key, QStringLiteral("locale \"%1\" is not among the bundle's locales").arg(it.key()));
        else if (!it.value().isString())
            v.fail(QStringLiteral("%1.%2.%3").arg(where, key, it.key()), QStringLiteral("must be a string"));
        else {
            v.checkText(QStringLiteral("%1.%2.%3").arg(where, key, it.key()), it.value().toString(), maxLength, multiLine);
            out.insert(it.key(), it.value().toString());
        }
    }
    return out;
}

QMap<QString, QStringList> perLocaleLists(Validator &v, const QJsonObject &o, const QString &where, const QString &key,
                                          const QStringList &locales)
{
    QMap<QString, QStringList> out;
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return out;
    if (!value.isObject()) {
        v.fail(where + QLatin1Char('.') + key, QStringLiteral("must be an object of locale: [texts]"));
        return out;
    }
    const QJsonObject m = value.toObject();
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (!locales.contains(it.key()))
            v.fail(where + QLatin1Char('.') + key, QStringLiteral("locale \"%1\" is not among the bundle's locales").arg(it.key()));
        else
            out.insert(it.key(), v.strings(m, where + QLatin1Char('.') + key, it.key(), limits::kMaxExamples, limits::kMaxTitleLength));
    }
    return out;
}

} // namespace

Result<KnowledgeBase> BundleReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > limits::kMaxBundleBytes)
        return makeError(QObject::tr("%1 is larger than the limit of %2 MiB for a knowledge bundle: nothing was imported.")
                             .arg(QFileInfo(path).fileName()).arg(limits::kMaxBundleBytes / (1024 * 1024)));
    return read(file.readAll(), QFileInfo(path).fileName());
}

Result<KnowledgeBase> BundleReader::read(const QByteArray &data, const QString &sourceName)
{
    if (data.size() > limits::kMaxBundleBytes)
        return makeError(QObject::tr("%1 is larger than the limit of %2 MiB for a knowledge bundle: nothing was imported.")
                             .arg(sourceName).arg(limits::kMaxBundleBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(QObject::tr("%1 is not a valid knowledge bundle: nothing was imported.").arg(sourceName),
                         {QStringLiteral("%1:%2:%3: JSON syntax error: %4").arg(sourceName).arg(line).arg(column)
                              .arg(parseError.errorString())});
    }
    if (!doc.isObject())
        return makeError(QObject::tr("%1 is not a valid knowledge bundle: nothing was imported.").arg(sourceName),
                         {sourceName + QStringLiteral(": the top level must be a JSON object")});

    Validator v(sourceName);
    const QJsonObject root = doc.object();
    const QString top = QStringLiteral("(top level)");
    v.checkKeys(root, top, {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("name"),
                            QStringLiteral("default_locale"), QStringLiteral("locales"), QStringLiteral("categories"),
                            QStringLiteral("items"), QStringLiteral("tickets")});
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("souffleur-kb-bundle"))
        v.fail(top + QStringLiteral(".format"), QStringLiteral("must be \"souffleur-kb-bundle\""));
    const QJsonValue fv = root.value(QStringLiteral("format_version"));
    if (!fv.isDouble())
        v.fail(top, QStringLiteral("missing required field \"format_version\""));
    else if (fv.toInt() != formatVersion)
        v.fail(top + QStringLiteral(".format_version"),
               QStringLiteral("version %1 is not supported (this Souffleur reads version %2)").arg(fv.toInt()).arg(formatVersion));

    KnowledgeBase kb;
    kb.name = v.text(root, top, QStringLiteral("name"), false, limits::kMaxTitleLength, false);
    kb.locales = v.strings(root, top, QStringLiteral("locales"), limits::kMaxTags, limits::kMaxTagLength);
    if (kb.locales.isEmpty())
        v.fail(top + QStringLiteral(".locales"), QStringLiteral("at least one locale is required"));
    for (const QString &l : std::as_const(kb.locales))
        if (!isValidLocaleTag(l))
            v.fail(top + QStringLiteral(".locales"), QStringLiteral("\"%1\" is not a locale tag such as fr-FR").arg(l));
    kb.defaultLocale = v.string(root, top, QStringLiteral("default_locale"), true);
    if (!kb.defaultLocale.isEmpty() && !kb.locales.contains(kb.defaultLocale))
        v.fail(top + QStringLiteral(".default_locale"), QStringLiteral("\"%1\" is not listed in locales").arg(kb.defaultLocale));

    static const QRegularExpression categoryIdRe(QStringLiteral("^[a-z0-9._-]+$"));
    static const QRegularExpression itemIdRe(QStringLiteral("^[A-Za-z0-9._-]+$"));

    // Categories.
    for (const char *key : {"categories", "items"})
        if (!root.value(QLatin1String(key)).isArray())
            v.fail(top, QStringLiteral("missing required list \"%1\"").arg(QLatin1String(key)));
    QJsonArray cats = root.value(QStringLiteral("categories")).toArray();
    if (!v.withinCount(top + QStringLiteral(".categories"), cats.size(), limits::kMaxCategories))
        cats = {};
    QHash<QString, qsizetype> categoryIndex;
    for (qsizetype i = 0; i < cats.size(); ++i) {
        const QJsonObject o = cats.at(i).toObject();
        Category c;
        c.id = o.value(QStringLiteral("id")).toString();
        const QString where = at(QStringLiteral("categories"), i, c.id);
        if (!cats.at(i).isObject()) {
            v.fail(where, QStringLiteral("must be an object"));
            continue;
        }
        v.checkKeys(o, where, {QStringLiteral("id"), QStringLiteral("parent"), QStringLiteral("position"), QStringLiteral("names"),
                               QStringLiteral("descriptions"), QStringLiteral("keywords"), QStringLiteral("examples")});
        v.text(o, where, QStringLiteral("id"), true, limits::kMaxIdLength, false);
        if (!c.id.isEmpty() && !categoryIdRe.match(c.id).hasMatch())
            v.fail(where + QStringLiteral(".id"), QStringLiteral("\"%1\" may only hold a-z, 0-9, '.', '_' and '-'").arg(c.id));
        if (categoryIndex.contains(c.id))
            v.fail(where + QStringLiteral(".id"), QStringLiteral("duplicate category id \"%1\"").arg(c.id));
        c.parent = v.string(o, where, QStringLiteral("parent"), false);
        c.position = v.integer(o, where, QStringLiteral("position"), 0, 0);
        c.names = perLocaleStrings(v, o, where, QStringLiteral("names"), kb.locales, limits::kMaxTitleLength, false);
        if (c.names.value(kb.defaultLocale).trimmed().isEmpty())
            v.fail(where + QStringLiteral(".names"), QStringLiteral("needs a name in the default locale %1").arg(kb.defaultLocale));
        c.descriptions = perLocaleStrings(v, o, where, QStringLiteral("descriptions"), kb.locales, limits::kMaxBodyLength, true);
        c.keywords = perLocaleLists(v, o, where, QStringLiteral("keywords"), kb.locales);
        c.examples = perLocaleLists(v, o, where, QStringLiteral("examples"), kb.locales);
        categoryIndex.insert(c.id, kb.categories.size());
        kb.categories.append(c);
    }
    for (qsizetype i = 0; i < kb.categories.size(); ++i) {
        const Category &c = kb.categories.at(i);
        if (c.parent.isEmpty())
            continue;
        const QString where = at(QStringLiteral("categories"), i, c.id) + QStringLiteral(".parent");
        if (!categoryIndex.contains(c.parent)) {
            v.fail(where, QStringLiteral("unknown category \"%1\"").arg(c.parent));
            continue;
        }
        // Walk up. Only a category that is itself on the loop is reported; one below a loop is not at fault.
        QSet<QString> seen{c.id};
        for (QString p = c.parent; !p.isEmpty() && categoryIndex.contains(p); p = kb.categories.at(categoryIndex.value(p)).parent) {
            if (p == c.id) {
                v.fail(where, QStringLiteral("the parent chain loops back to \"%1\"").arg(c.id));
                break;
            }
            if (seen.contains(p))
                break;
            seen.insert(p);
        }
    }

    // Items.
    QJsonArray items = root.value(QStringLiteral("items")).toArray();
    if (!v.withinCount(top + QStringLiteral(".items"), items.size(), limits::kMaxItems))
        items = {};
    QSet<QString> itemIds;
    QHash<QString, QString> groupLocales;  // "group\nlocale" -> item id
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        Item item;
        item.id = o.value(QStringLiteral("id")).toString();
        const QString where = at(QStringLiteral("items"), i, item.id);
        if (!items.at(i).isObject()) {
            v.fail(where, QStringLiteral("must be an object"));
            continue;
        }
        v.checkKeys(o, where, {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("locale"), QStringLiteral("translation_group"),
                               QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("categories"), QStringLiteral("tags"),
                               QStringLiteral("channels"), QStringLiteral("audience"), QStringLiteral("state"),
                               QStringLiteral("confidence"), QStringLiteral("version"), QStringLiteral("owner"),
                               QStringLiteral("updated_at"), QStringLiteral("reviewed_at"), QStringLiteral("review_interval_days"),
                               QStringLiteral("history"), QStringLiteral("steps"), QStringLiteral("subject"),
                               QStringLiteral("body"), QStringLiteral("tone")});
        v.text(o, where, QStringLiteral("id"), true, limits::kMaxIdLength, false);
        if (!item.id.isEmpty() && !itemIdRe.match(item.id).hasMatch())
            v.fail(where + QStringLiteral(".id"), QStringLiteral("\"%1\" may only hold letters, digits, '.', '_' and '-'").arg(item.id));
        if (itemIds.contains(item.id))
            v.fail(where + QStringLiteral(".id"), QStringLiteral("duplicate item id \"%1\"").arg(item.id));
        itemIds.insert(item.id);
        const QString kind = v.string(o, where, QStringLiteral("kind"), true);
        if (!kind.isEmpty() && !kindFromString(kind, &item.kind)) {
            v.fail(where + QStringLiteral(".kind"), QStringLiteral("\"%1\" is not one of procedure, reply, article").arg(kind));
            continue;
        }
        item.locale = v.string(o, where, QStringLiteral("locale"), true);
        if (!item.locale.isEmpty() && !kb.locales.contains(item.locale))
            v.fail(where + QStringLiteral(".locale"), QStringLiteral("\"%1\" is not among the bundle's locales").arg(item.locale));
        item.translationGroup = v.text(o, where, QStringLiteral("translation_group"), false, limits::kMaxIdLength, false);
        if (item.translationGroup.isEmpty())
            item.translationGroup = item.id;
        const QString groupKey = item.translationGroup + QLatin1Char('\n') + item.locale;
        if (groupLocales.contains(groupKey))
            v.fail(where + QStringLiteral(".translation_group"),
                   QStringLiteral("\"%1\" already has a %2 variant (%3)").arg(item.translationGroup, item.locale, groupLocales.value(groupKey)));
        groupLocales.insert(groupKey, item.id);
        item.content = readContent(v, o, where, item.kind);
        item.categories = v.strings(o, where, QStringLiteral("categories"), limits::kMaxTags, limits::kMaxIdLength);
        for (const QString &c : std::as_const(item.categories))
            if (!categoryIndex.contains(c))
                v.fail(where + QStringLiteral(".categories"), QStringLiteral("unknown category \"%1\"").arg(c));
        item.tags = v.strings(o, where, QStringLiteral("tags"), limits::kMaxTags, limits::kMaxTagLength);
        item.channels = v.strings(o, where, QStringLiteral("channels"), limits::kMaxTags, limits::kMaxTagLength);
        for (const QString &c : std::as_const(item.channels))
            if (!kChannels.contains(c))
                v.fail(where + QStringLiteral(".channels"), QStringLiteral("\"%1\" is not one of phone, email, chat").arg(c));
        item.audience = v.oneOf(o, where, QStringLiteral("audience"), kAudiences, QStringLiteral("internal"));
        item.state = v.oneOf(o, where, QStringLiteral("state"), kStates, QStringLiteral("published"));
        item.confidence = v.oneOf(o, where, QStringLiteral("confidence"), kConfidences, QStringLiteral("validated"));
        item.version = v.integer(o, where, QStringLiteral("version"), 1, 1);
        item.owner = v.text(o, where, QStringLiteral("owner"), false, limits::kMaxTitleLength, false);
        item.updatedAt = v.string(o, where, QStringLiteral("updated_at"), false);
        item.reviewedAt = v.string(o, where, QStringLiteral("reviewed_at"), false);
        if (!item.reviewedAt.isEmpty() && !QDate::fromString(item.reviewedAt.left(10), Qt::ISODate).isValid())
            v.fail(where + QStringLiteral(".reviewed_at"), QStringLiteral("\"%1\" is not an ISO 8601 date").arg(item.reviewedAt));
        item.reviewIntervalDays = v.integer(o, where, QStringLiteral("review_interval_days"), 365, 1);

        const QJsonValue hv = o.value(QStringLiteral("history"));
        if (!hv.isUndefined() && !hv.isArray())
            v.fail(where + QStringLiteral(".history"), QStringLiteral("must be a list"));
        QJsonArray history = hv.toArray();
        if (!v.withinCount(where + QStringLiteral(".history"), history.size(), limits::kMaxHistory))
            history = {};
        int previous = 0;
        for (qsizetype j = 0; j < history.size(); ++j) {
            const QString hw = QStringLiteral("%1.history[%2]").arg(where).arg(j);
            const QJsonObject ho = history.at(j).toObject();
            HistoryEntry h;
            h.version = v.integer(ho, hw, QStringLiteral("version"), 0, 1);
            if (h.version <= previous || h.version >= item.version)
                v.fail(hw + QStringLiteral(".version"),
                       QStringLiteral("versions must increase and stay below the item's version %1").arg(item.version));
            previous = h.version;
            h.updatedAt = v.string(ho, hw, QStringLiteral("updated_at"), false);
            h.author = v.text(ho, hw, QStringLiteral("author"), false, limits::kMaxTitleLength, false);
            h.note = v.text(ho, hw, QStringLiteral("note"), false, limits::kMaxBodyLength, true);
            h.content = readContent(v, ho, hw, item.kind);
            item.history.append(h);
        }
        kb.items.append(item);
    }

    // Tickets.
    const QJsonValue tv = root.value(QStringLiteral("tickets"));
    if (!tv.isUndefined() && !tv.isArray())
        v.fail(top + QStringLiteral(".tickets"), QStringLiteral("must be a list"));
    QJsonArray tickets = tv.toArray();
    if (!v.withinCount(top + QStringLiteral(".tickets"), tickets.size(), limits::kMaxTickets))
        tickets = {};
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const QString where = at(QStringLiteral("tickets"), i, {});
        const QJsonObject o = tickets.at(i).toObject();
        v.checkKeys(o, where, {QStringLiteral("text"), QStringLiteral("category"), QStringLiteral("locale")});
        Ticket t{v.text(o, where, QStringLiteral("text"), true, limits::kMaxCsvFieldLength, true),
                 v.string(o, where, QStringLiteral("category"), true),
                 v.string(o, where, QStringLiteral("locale"), false)};
        if (!t.category.isEmpty() && !categoryIndex.contains(t.category))
            v.fail(where + QStringLiteral(".category"), QStringLiteral("unknown category \"%1\"").arg(t.category));
        if (!t.locale.isEmpty() && !isValidLocaleTag(t.locale))
            v.fail(where + QStringLiteral(".locale"), QStringLiteral("\"%1\" is not a locale tag such as fr-FR").arg(t.locale));
        kb.tickets.append(t);
    }

    if (!v.problems().isEmpty())
        return makeError(QObject::tr("%1 is not a valid knowledge bundle (%n problem(s)): nothing was imported.", nullptr,
                                     int(v.problems().size())).arg(sourceName),
                         v.problems());
    return kb;
}

} // namespace souffleur
