// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/TicketCsvImporter.h"

#include "common/Csv.h"
#include "common/InputLimits.h"
#include "common/TextSafety.h"
#include "common/Locale.h"
#include "store/ContentRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QObject>

namespace souffleur {

namespace {

// Maps every way of naming a category (its id, and its path of names in each locale) to its id.
QHash<QString, QString> categoryLookup(const QList<Category> &categories)
{
    QHash<QString, const Category *> byId;
    QStringList locales;
    for (const Category &c : categories) {
        byId.insert(c.id, &c);
        for (const QString &l : c.names.keys())
            if (!locales.contains(l))
                locales.append(l);
    }
    QHash<QString, QString> lookup;
    for (const Category &c : categories) {
        lookup.insert(c.id.toCaseFolded(), c.id);
        for (const QString &locale : std::as_const(locales)) {
            QStringList path;
            for (const Category *p = &c; p; p = byId.value(p->parent, nullptr))
                path.prepend(p->name(locale).simplified().toCaseFolded());
            lookup.insert(path.join(QStringLiteral(" > ")), c.id);
        }
    }
    return lookup;
}

QString normalizedPath(const QString &text)
{
    QStringList parts = text.split(QLatin1Char('>'));
    for (QString &p : parts)
        p = p.simplified().toCaseFolded();
    return parts.join(QStringLiteral(" > "));
}

} // namespace

Result<ImportReport> TicketCsvImporter::importFile(Store &store, const QString &path)
{
    auto records = readCsvFile(path);
    if (!records)
        return records.error();
    const QString name = QFileInfo(path).fileName();
    if (records->isEmpty())
        return makeError(QObject::tr("%1 is empty; expected a header text,category[,locale].").arg(name));
    QStringList header = records->constFirst().fields;
    for (QString &h : header)
        h = h.trimmed().toLower();
    if (header.size() < 2 || header.size() > 3 || header.at(0) != QLatin1String("text")
        || header.at(1) != QLatin1String("category") || (header.size() == 3 && header.at(2) != QLatin1String("locale")))
        return makeError(QObject::tr("%1, line 1: the header must be text,category or text,category,locale (found \"%2\").")
                             .arg(name, records->constFirst().fields.join(QLatin1Char(','))));

    if (records->size() - 1 > limits::kMaxTickets)
        return makeError(QObject::tr("%1 has %2 rows, over the limit of %3 tickets in one file: nothing was imported.")
                             .arg(name).arg(records->size() - 1).arg(limits::kMaxTickets));
    ContentRepository repo(store);
    auto categories = repo.categories();
    if (!categories)
        return categories.error();
    const QHash<QString, QString> lookup = categoryLookup(*categories);

    QList<Ticket> tickets;
    QStringList problems;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &r = records->at(i);
        const QString where = QStringLiteral("%1, line %2").arg(name).arg(r.line);
        if (r.fields.size() != header.size()) {
            problems.append(QObject::tr("%1: expected %2 fields, found %3").arg(where).arg(header.size()).arg(r.fields.size()));
            continue;
        }
        Ticket t{r.fields.at(0).trimmed(), {}, header.size() == 3 ? r.fields.at(2).trimmed() : QString()};
        if (t.text.isEmpty())
            problems.append(QObject::tr("%1: the text is empty").arg(where));
        const QString bad = unsafeCharacter(t.text, true);
        if (!bad.isEmpty())
            problems.append(QObject::tr("%1: the text contains the control or bidirectional character %2").arg(where, bad));
        const QString key = normalizedPath(r.fields.at(1));
        t.category = lookup.value(key, lookup.value(r.fields.at(1).trimmed().toCaseFolded()));
        if (t.category.isEmpty())
            problems.append(QObject::tr("%1: unknown category \"%2\"").arg(where, r.fields.at(1).trimmed()));
        if (!t.locale.isEmpty() && !isValidLocaleTag(t.locale))
            problems.append(QObject::tr("%1: \"%2\" is not a locale tag such as fr-FR").arg(where, t.locale));
        tickets.append(t);
    }
    if (!problems.isEmpty())
        return makeError(QObject::tr("%1 has %n invalid row(s): nothing was imported.", nullptr, int(problems.size())).arg(name),
                         problems);

    ImportReport report;
    Transaction tx(store.database());
    for (const Ticket &t : std::as_const(tickets)) {
        auto added = repo.addTicket(t);
        if (!added)
            return added.error();
        ++(*added ? report.ticketsAdded : report.ticketsKnown);
    }
    if (!tx.commit())
        return makeError(QObject::tr("The tickets could not be saved; nothing was imported."));
    return report;
}

} // namespace souffleur
