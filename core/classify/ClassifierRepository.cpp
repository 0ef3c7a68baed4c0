// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/ClassifierRepository.h"

#include <QHash>

#include "store/ContentRepository.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace souffleur {

Result<StoreTrainingSet> ClassifierRepository::trainingSet(const StoreTrainingOptions &options) const
{
    StoreTrainingSet set;
    ContentRepository content(m_store);
    auto categories = content.categories();
    if (!categories)
        return categories.error();
    QSet<QString> known;
    for (const Category &c : std::as_const(*categories)) {
        known.insert(c.id);
        if (!c.parent.isEmpty())
            set.parents.insert(c.id, c.parent);
    }
    for (const char *source : {"tickets", "corrections", "category_texts", "linked_items", "skipped_tickets"})
        set.countsBySource.insert(QLatin1String(source), 0);

    const QSqlDatabase db = m_store.database();
    auto tickets = sql::exec(db, QStringLiteral("SELECT text, category_id, locale, source FROM tickets ORDER BY id"));
    if (!tickets)
        return tickets.error();
    while (tickets->next()) {
        const QString category = tickets->value(1).toString();
        // A ticket filed under a category that no longer exists would resurrect it as a class.
        if (!known.contains(category)) {
            ++set.countsBySource[u"skipped_tickets"_qs];
            continue;
        }
        const bool correction = tickets->value(3).toString() == u"correction";
        set.examples.append({tickets->value(0).toString(), category, tickets->value(2).toString(),
                             correction ? options.correctionWeight : 1.0});
        ++set.countsBySource[correction ? u"corrections"_qs : u"tickets"_qs];
    }

    if (options.includeCategoryTexts) {
        for (const Category &c : std::as_const(*categories)) {
            const auto add = [&](const QString &text, const QString &locale) {
                if (text.trimmed().isEmpty())
                    return;
                set.examples.append({text, c.id, locale, 1.0});
                ++set.countsBySource[u"category_texts"_qs];
            };
            for (auto it = c.names.cbegin(); it != c.names.cend(); ++it)
                add(it.value(), it.key());
            for (auto it = c.descriptions.cbegin(); it != c.descriptions.cend(); ++it)
                add(it.value(), it.key());
            // Keywords are one text per locale: alone, a single keyword is too short to be a useful example.
            for (auto it = c.keywords.cbegin(); it != c.keywords.cend(); ++it)
                add(it.value().join(u' '), it.key());
            for (auto it = c.examples.cbegin(); it != c.examples.cend(); ++it) {
                for (const QString &example : it.value())
                    add(example, it.key());
            }
        }
    }

    if (options.includeLinkedItems) {
        auto items = sql::exec(db, QStringLiteral("SELECT i.title, i.summary, i.locale, ic.category_id FROM items i "
                                                  "JOIN item_categories ic ON ic.item_id = i.id "
                                                  "WHERE i.state <> 'archived' ORDER BY i.seq, ic.category_id"));
        if (!items)
            return items.error();
        QHash<QString, int> perCategory;
        while (items->next()) {
            const QString category = items->value(3).toString();
            if (!known.contains(category) || perCategory[category] >= options.maxLinkedItemsPerCategory)
                continue;
            ++perCategory[category];
            const QString title = items->value(0).toString();
            const QString summary = items->value(1).toString();
            const QString text = summary.isEmpty() ? title : title + u". " + summary;
            if (text.trimmed().isEmpty())
                continue;
            set.examples.append({text, category, items->value(2).toString(), 1.0});
            ++set.countsBySource[u"linked_items"_qs];
        }
    }
    return set;
}

QJsonObject ClassifierRepository::summaryOf(const StoreTrainingSet &set, const Classifier &classifier)
{
    QJsonObject sources;
    for (auto it = set.countsBySource.cbegin(); it != set.countsBySource.cend(); ++it)
        sources.insert(it.key(), it.value());
    return QJsonObject{
        {u"trained_at"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"sources"_qs, sources},
        {u"examples"_qs, int(set.examples.size())},
        {u"classes"_qs, QJsonArray::fromStringList(classifier.labels())},
        {u"training"_qs, classifier.report().toJson()},
    };
}

Result<void> ClassifierRepository::save(const Classifier &classifier, const QJsonObject &trainingSummary) const
{
    if (!classifier.isTrained())
        return makeError(QObject::tr("There is no trained classifier to save."));
    const QString trainedAt = trainingSummary.value(u"trained_at"_qs)
                                  .toString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    auto r = sql::exec(m_store.database(),
                       QStringLiteral("INSERT OR REPLACE INTO classifier_model (id, trained_at, training_summary, data) "
                                      "VALUES (1, ?, ?, ?)"),
                       {trainedAt,
                        QString::fromUtf8(QJsonDocument(trainingSummary).toJson(QJsonDocument::Compact)),
                        classifier.serialize()});
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<Classifier>> ClassifierRepository::load() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT data FROM classifier_model WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Classifier>();
    const QByteArray data = q->value(0).toByteArray();
    q->finish();
    auto classifier = Classifier::deserialize(data);
    if (!classifier)
        return classifier.error();
    return std::optional<Classifier>(std::move(*classifier));
}

Result<QJsonObject> ClassifierRepository::savedSummary() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT training_summary FROM classifier_model WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonObject();
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

Result<QJsonObject> ClassifierRepository::trainAndSave(const StoreTrainingOptions &storeOptions,
                                                       const ClassifierOptions &classifierOptions) const
{
    auto set = trainingSet(storeOptions);
    if (!set)
        return set.error();
    ClassifierOptions options = classifierOptions;
    if (options.parents.isEmpty())
        options.parents = set->parents;
    auto classifier = Classifier::train(set->examples, options);
    if (!classifier)
        return classifier.error();
    const QJsonObject summary = summaryOf(*set, *classifier);
    if (auto r = save(*classifier, summary); !r)
        return r.error();
    return summary;
}

QFuture<Result<Classifier>> ClassifierRepository::trainAsync(QList<TrainingExample> examples, ClassifierOptions options)
{
    return QtConcurrent::run([examples = std::move(examples), options = std::move(options)]() {
        return Classifier::train(examples, options);
    });
}

} // namespace souffleur
