// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggest/TicketAssistant.h"

#include "classify/ClassifierRepository.h"
#include "store/ContentRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>

namespace souffleur {

TicketAssistant::TicketAssistant(Store &store) : m_store(store), m_suggester(std::make_unique<Suggester>(store)) {}
TicketAssistant::~TicketAssistant() = default;

Result<void> TicketAssistant::loadCategories()
{
    ContentRepository repo(m_store);
    auto categories = repo.categories();
    if (!categories)
        return categories.error();
    m_categories = *categories;
    m_defaultLocale = repo.defaultLocale();
    return {};
}

Result<void> TicketAssistant::load()
{
    if (auto r = loadCategories(); !r)
        return r.error();
    m_stale = m_store.meta(QStringLiteral("classifier.stale")) == QLatin1String("1");
    if (m_classifier)
        return {};
    auto saved = ClassifierRepository(m_store).load();
    if (!saved)
        return saved.error();
    if (saved->has_value())
        m_classifier = std::move(**saved);
    return {};
}

Result<std::optional<TicketAssistant::TrainingJob>> TicketAssistant::trainingJob()
{
    if (m_categories.isEmpty())
        return std::optional<TrainingJob>();
    auto set = ClassifierRepository(m_store).trainingSet();
    if (!set)
        return set.error();
    TrainingJob job{std::move(*set), {}};
    job.options.parents = job.set.parents;
    m_changesSinceJob = 0;
    return std::optional<TrainingJob>(std::move(job));
}

Result<void> TicketAssistant::adopt(const TrainingJob &job, Classifier classifier)
{
    if (auto r = ClassifierRepository(m_store).save(classifier, ClassifierRepository::summaryOf(job.set, classifier)); !r)
        return r.error();
    m_classifier = std::move(classifier);
    m_stale = m_changesSinceJob > 0;
    return m_store.setMeta(QStringLiteral("classifier.stale"), m_stale ? QStringLiteral("1") : QStringLiteral("0"));
}

bool TicketAssistant::beginTraining()
{
    m_changesSinceJob = 0;
    return !m_categories.isEmpty();
}

Result<bool> TicketAssistant::useClassifier(Classifier classifier)
{
    m_classifier = std::move(classifier);
    m_stale = m_changesSinceJob > 0;
    if (auto r = m_store.setMeta(QStringLiteral("classifier.stale"), m_stale ? QStringLiteral("1") : QStringLiteral("0")); !r)
        return r.error();
    return needsTraining();
}

Result<bool> TicketAssistant::prepare()
{
    if (auto r = load(); !r)
        return r.error();
    if (!needsTraining())
        return true;
    auto job = trainingJob();
    if (!job)
        return job.error();
    if (!job->has_value())
        return ready();
    auto classifier = Classifier::train((*job)->set.examples, (*job)->options);
    if (!classifier)
        return classifier.error();
    if (auto r = adopt(**job, std::move(*classifier)); !r)
        return r.error();
    return true;
}

QString TicketAssistant::pathOf(const QString &categoryId, const QString &locale) const
{
    QStringList parts;
    QString id = categoryId;
    for (int guard = 0; !id.isEmpty() && guard < 32; ++guard) {
        const auto it = std::find_if(m_categories.cbegin(), m_categories.cend(), [&](const Category &c) { return c.id == id; });
        if (it == m_categories.cend())
            break;
        parts.prepend(it->name(locale, m_defaultLocale));
        id = it->parent;
    }
    return parts.join(QStringLiteral(" › "));
}

QList<CategoryChoice> TicketAssistant::categories(const QString &locale) const
{
    QList<CategoryChoice> out;
    for (const Category &c : m_categories)
        out.append({c.id, pathOf(c.id, locale), 0});
    std::sort(out.begin(), out.end(), [](const CategoryChoice &a, const CategoryChoice &b) {
        return QString::localeAwareCompare(a.path, b.path) < 0;
    });
    return out;
}

Result<AssistResult> TicketAssistant::assist(const TicketInput &input)
{
    QElapsedTimer timer;
    timer.start();
    AssistResult result;
    const QString showLocale = input.locale.isEmpty() ? input.agentLocale : input.locale;
    if (m_classifier && !input.text.trimmed().isEmpty())
        result.prediction = m_classifier->predict(input.text, input.locale);

    SuggestionRequest request;
    request.text = input.text;
    request.locale = showLocale;
    request.channel = input.channel;
    for (const ScoredLabel &s : std::as_const(result.prediction.top))
        request.guesses.append({s.label, s.probability});
    request.unsure = result.prediction.unsure;
    if (!input.chosenCategory.isEmpty()) {
        result.chosenByAgent = true;
        request.guesses.removeIf([&](const CategoryGuess &g) { return g.category == input.chosenCategory; });
        request.guesses.prepend({input.chosenCategory, 1.0});
        request.unsure = false;
        result.category = CategoryChoice{input.chosenCategory, pathOf(input.chosenCategory, input.agentLocale), 1.0};
    } else if (!result.prediction.unsure && !result.prediction.label.isEmpty()) {
        result.category = CategoryChoice{result.prediction.label, pathOf(result.prediction.label, input.agentLocale),
                                         result.prediction.confidence};
    }
    for (const ScoredLabel &s : std::as_const(result.prediction.top)) {
        if (result.category && s.label == result.category->id)
            continue;
        if (result.alternatives.size() < 2)
            result.alternatives.append({s.label, pathOf(s.label, input.agentLocale), s.probability});
    }
    for (const ScoredLabel &s : std::as_const(result.prediction.top)) {
        const auto known = std::find_if(m_categories.cbegin(), m_categories.cend(), [&](const Category &c) { return c.id == s.label; });
        if (known != m_categories.cend())
            result.guesses.append({s.label, pathOf(s.label, input.agentLocale), s.probability});
    }
    if (input.text.trimmed().isEmpty() && input.chosenCategory.isEmpty()) {
        result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        return result;
    }

    auto suggestions = m_suggester->suggest(request);
    if (!suggestions)
        return suggestions.error();
    result.suggestions = *suggestions;

    ContentRepository repo(m_store);
    if (!result.suggestions.procedures.isEmpty()) {
        auto item = repo.item(result.suggestions.procedures.constFirst().id);
        if (item && item->has_value())
            result.procedure = **item;
    }
    for (const Suggestion &s : std::as_const(result.suggestions.replies)) {
        auto item = repo.item(s.id);
        if (!item || !item->has_value())
            continue;
        QList<Item> group{**item};
        auto variants = repo.variants((*item)->translationGroup);
        if (variants) {
            for (const ItemSummary &v : std::as_const(*variants)) {
                if (v.id == s.id)
                    continue;
                auto other = repo.item(v.id);
                if (other && other->has_value())
                    group.append(**other);
            }
        }
        result.replies.append(group);
    }
    for (const Suggestion &s : std::as_const(result.suggestions.articles)) {
        auto item = repo.item(s.id);
        if (item && item->has_value())
            result.articles.append(**item);
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

Result<void> TicketAssistant::recordCorrection(const QString &text, const QString &categoryId, const QString &locale)
{
    if (text.trimmed().isEmpty() || categoryId.isEmpty())
        return {};
    auto added = ContentRepository(m_store).addTicket({text.trimmed(), categoryId, locale}, QStringLiteral("correction"));
    if (!added)
        return added.error();
    ++m_changesSinceJob;
    m_stale = true;
    return m_store.setMeta(QStringLiteral("classifier.stale"), QStringLiteral("1"));
}

} // namespace souffleur
