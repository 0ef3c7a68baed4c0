// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleImporter.h"

#include "bundle/BundleReader.h"
#include "common/Logging.h"
#include "store/ContentRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QHash>
#include <QObject>
#include <QSqlError>

namespace souffleur {

QString ImportReport::summary() const
{
    QString s = QObject::tr("%1 categories, %2 items added, %3 updated, %4 unchanged, %5 tickets added (%6 already known)")
                    .arg(categories).arg(itemsAdded).arg(itemsUpdated).arg(itemsUnchanged).arg(ticketsAdded).arg(ticketsKnown);
    if (!itemsOlder.isEmpty())
        s += QLatin1Char('\n')
             + QObject::tr("%n item(s) not imported because the store has a newer version: %1", nullptr, int(itemsOlder.size()))
                   .arg(itemsOlder.join(QStringLiteral(", ")));
    return s;
}

namespace {

// Never shown: the caller asked for the cancel and reports it itself (its future is canceled).
Error canceledError()
{
    return makeError(QStringLiteral("canceled"));
}

} // namespace

Result<ImportReport> BundleImporter::import(Store &store, const KnowledgeBase &kb, const ImportControl &control)
{
    const int total = int(kb.categories.size() + kb.items.size() + kb.tickets.size());
    int done = 0;
    // After each category, item and ticket: reports progress and says whether to stop.
    const auto step = [&] {
        ++done;
        if (control.progress)
            control.progress(done, total);
        return control.canceled && control.canceled();
    };
    ContentRepository repo(store);
    ImportReport report;
    auto existing = repo.items();
    if (!existing)
        return existing.error();
    QHash<QString, Item> current;
    for (const Item &i : std::as_const(*existing))
        current.insert(i.id, i);

    Transaction tx(store.database());
    if (!tx.isActive())
        return makeError(QObject::tr("Cannot start the import: %1").arg(store.database().lastError().text()));

    const bool fresh = store.meta(QStringLiteral("default_locale")).isEmpty();
    if (fresh) {
        if (auto r = store.setMeta(QStringLiteral("default_locale"), kb.defaultLocale); !r)
            return r.error();
        if (auto r = store.setMeta(QStringLiteral("name"), kb.name); !r)
            return r.error();
    }
    QStringList locales = repo.locales();
    if (fresh)
        locales.clear();
    for (const QString &l : kb.locales)
        if (!locales.contains(l))
            locales.append(l);
    if (auto r = store.setMeta(QStringLiteral("locales"), locales.join(QLatin1Char(','))); !r)
        return r.error();

    for (const Category &c : kb.categories) {
        if (auto r = repo.putCategory(c); !r)
            return r.error();
        ++report.categories;
        if (step())
            return canceledError();
    }
    for (const Item &incoming : kb.items) {
        const auto it = current.constFind(incoming.id);
        if (it == current.cend()) {
            if (auto r = repo.putItem(incoming); !r)
                return r.error();
            ++report.itemsAdded;
            if (step())
                return canceledError();
            continue;
        }
        if (incoming.version < it->version) {
            report.itemsOlder.append(incoming.id);
            if (step())
                return canceledError();
            continue;
        }
        if (incoming.version == it->version) {
            ++report.itemsUnchanged;
            if (step())
                return canceledError();
            continue;
        }
        Item merged = incoming;
        bool known = false;
        for (const HistoryEntry &h : std::as_const(merged.history))
            known = known || h.version == it->version;
        if (!known) {
            merged.history.append({it->version, it->updatedAt, it->owner, QString(), it->content});
            std::sort(merged.history.begin(), merged.history.end(),
                      [](const HistoryEntry &a, const HistoryEntry &b) { return a.version < b.version; });
        }
        if (auto r = repo.putItem(merged); !r)
            return r.error();
        ++report.itemsUpdated;
        if (step())
            return canceledError();
    }
    for (const Ticket &t : kb.tickets) {
        auto added = repo.addTicket(t);
        if (!added)
            return added.error();
        ++(*added ? report.ticketsAdded : report.ticketsKnown);
        if (step())
            return canceledError();
    }
    if (control.canceled && control.canceled())
        return canceledError();
    if (!tx.commit())
        return makeError(QObject::tr("The import could not be saved: %1. Nothing was imported.")
                             .arg(store.database().lastError().text()));
    qCDebug(lcBundle) << "imported" << report.summary();
    return report;
}

Result<ImportReport> BundleImporter::importFile(Store &store, const QString &path, const ImportControl &control)
{
    auto kb = BundleReader::readFile(path);
    if (!kb)
        return kb.error();
    if (control.canceled && control.canceled())
        return canceledError();
    return import(store, *kb, control);
}

} // namespace souffleur
