// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb commands recording an agent's feedback: suggest-edit, flag, vote.
#include "FeedbackCommand.h"

#include "feedback/FeedbackRecorder.h"
#include "store/ContentRepository.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace souffleur::kb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("souffleur-kb", text);
}

int usage(Context &ctx, const char *text)
{
    ctx.err << tr("usage: souffleur-kb [--store PATH] ") << QLatin1String(text) << Qt::endl;
    return ExitUsage;
}

QString author(const Context &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("author")))
        return ctx.parser.value(QStringLiteral("author"));
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? qEnvironmentVariable("USERNAME") : login;
}

// The item the feedback is about: ITEM itself, or with --locale its variant in that locale.
Result<Item> findItem(Store &store, const Context &ctx)
{
    const ContentRepository repo(store);
    const QString id = ctx.args.constFirst();
    auto item = repo.item(id);
    if (!item)
        return item.error();
    if (!item->has_value())
        return makeError(tr("There is no item “%1” in the store.").arg(id));
    const QString locale = ctx.parser.value(QStringLiteral("locale"));
    if (locale.isEmpty() || (*item)->locale == locale)
        return **item;
    auto variants = repo.variants((*item)->translationGroup);
    if (!variants)
        return variants.error();
    for (const ItemSummary &v : std::as_const(*variants)) {
        if (v.locale != locale)
            continue;
        auto variant = repo.item(v.id);
        if (!variant)
            return variant.error();
        if (variant->has_value())
            return **variant;
    }
    return makeError(tr("The item “%1” has no %2 variant.").arg(id, locale));
}

// Opens the store, finds the item and records one piece of feedback with `record`.
template <typename Record>
int recordFeedback(Context &ctx, Record record)
{
    Store::Options options;
    options.createIfMissing = false;
    auto store = Store::open(ctx.storePath, options);
    if (!store) {
        ctx.err << tr("error: ") << store.error().toString() << Qt::endl;
        return ExitFailure;
    }
    auto item = findItem(**store, ctx);
    Result<RecordedFeedback> recorded = item ? record(FeedbackRecorder(**store, author(ctx)), *item) : item.error();
    if (!recorded) {
        ctx.err << tr("error: ") << recorded.error().toString() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << "uuid=" << recorded->uuid << '\n' << "outbox=" << recorded->pending << Qt::endl;
    return ExitOk;
}

} // namespace

int runSuggestEdit(Context &ctx)
{
    static const char *kUsage = "suggest-edit ITEM --field title|summary|subject|body|tone --text TEXT --reason WHY [--locale L]";
    const QString field = ctx.parser.value(QStringLiteral("field"));
    if (ctx.args.size() != 1 || field.isEmpty() || !ctx.parser.isSet(QStringLiteral("text")))
        return usage(ctx, kUsage);
    const QString text = ctx.parser.value(QStringLiteral("text"));
    const QString reason = ctx.parser.value(QStringLiteral("reason"));
    return recordFeedback(ctx, [&](FeedbackRecorder recorder, const Item &item) -> Result<RecordedFeedback> {
        ItemContent proposed = item.content;
        QString *target = field == QLatin1String("title")     ? &proposed.title
                          : field == QLatin1String("summary") ? &proposed.summary
                          : field == QLatin1String("subject") ? &proposed.subject
                          : field == QLatin1String("body")    ? &proposed.body
                          : field == QLatin1String("tone")    ? &proposed.tone
                                                              : nullptr;
        // Steps are edited in the desktop's dialog only: a procedure's step graph does not fit in one option.
        if (!target)
            return makeError(tr("--field must be title, summary, subject, body or tone, not “%1”.").arg(field));
        *target = text;
        return recorder.suggestEdit(item, proposed, reason);
    });
}

int runFlag(Context &ctx)
{
    static const char *kUsage = "flag ITEM --reason outdated|wrong|unclear [--comment TEXT] [--locale L]";
    FlagReason reason{};
    if (ctx.args.size() != 1 || !flagReasonFromString(ctx.parser.value(QStringLiteral("reason")), &reason))
        return usage(ctx, kUsage);
    const QString comment = ctx.parser.value(QStringLiteral("comment"));
    return recordFeedback(ctx, [&](FeedbackRecorder recorder, const Item &item) { return recorder.flag(item, reason, comment); });
}

int runVote(Context &ctx)
{
    static const char *kUsage = "vote ITEM --helpful|--not-helpful [--locale L]";
    const bool helpful = ctx.parser.isSet(QStringLiteral("helpful"));
    if (ctx.args.size() != 1 || helpful == ctx.parser.isSet(QStringLiteral("not-helpful")))
        return usage(ctx, kUsage);
    return recordFeedback(ctx, [&](FeedbackRecorder recorder, const Item &item) { return recorder.rateHelpful(item, helpful); });
}

} // namespace souffleur::kb
