// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb commands of the classifier: train, classify, suggest, evaluate (contracts in issue 3 and
// docs/classifier.md; other tools parse their output).
#include "KbCommand.h"

#include "classify/ClassifierRepository.h"
#include "classify/Evaluation.h"
#include "store/Store.h"
#include "suggest/TicketAssistant.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace souffleur::kb {

namespace {

int fail(Context &ctx, const Error &error)
{
    ctx.err << "error: " << error.toString() << Qt::endl;
    return ExitFailure;
}

Result<std::unique_ptr<Store>> openExisting(Context &ctx)
{
    Store::Options options;
    options.createIfMissing = false;
    return Store::open(ctx.storePath, options);
}

// The saved model, trained first when the store has none.
Result<Classifier> classifierOf(Store &store)
{
    ClassifierRepository repo(store);
    auto saved = repo.load();
    if (!saved)
        return saved.error();
    if (!saved->has_value()) {
        if (auto trained = repo.trainAndSave(); !trained)
            return trained.error();
        saved = repo.load();
        if (!saved)
            return saved.error();
        if (!saved->has_value())
            return makeError(QStringLiteral("the store has nothing to train a classifier on (no categories)"));
    }
    return std::move(**saved);
}

} // namespace

int runTrain(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.err << "usage: souffleur-kb --store PATH train" << Qt::endl;
        return ExitUsage;
    }
    auto store = openExisting(ctx);
    if (!store)
        return fail(ctx, store.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = ClassifierRepository(**store).trainAndSave();
    if (!summary)
        return fail(ctx, summary.error());
    if (auto r = (*store)->setMeta(QStringLiteral("classifier.stale"), QStringLiteral("0")); !r)
        return fail(ctx, r.error());
    const QJsonObject sources = summary->value(QStringLiteral("sources")).toObject();
    ctx.out << "Trained on " << summary->value(QStringLiteral("examples")).toInt() << " examples, "
            << summary->value(QStringLiteral("classes")).toInt() << " categories" << Qt::endl;
    for (auto it = sources.begin(); it != sources.end(); ++it)
        ctx.out << "  " << it.key() << ": " << it.value().toInt() << Qt::endl;
    ctx.out << "summary=" << QString::fromUtf8(QJsonDocument(*summary).toJson(QJsonDocument::Compact)) << '\n'
            << "train_s=" << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 2) << Qt::endl;
    return ExitOk;
}

int runClassify(Context &ctx)
{
    if (ctx.args.size() > 1) {
        ctx.err << "usage: souffleur-kb --store PATH classify [TEXT]   (or one text per line on stdin)" << Qt::endl;
        return ExitUsage;
    }
    auto store = openExisting(ctx);
    if (!store)
        return fail(ctx, store.error());
    auto classifier = classifierOf(**store);
    if (!classifier)
        return fail(ctx, classifier.error());
    const QString locale = ctx.parser.value(QStringLiteral("locale"));
    const auto classifyOne = [&](const QString &text) {
        const Prediction p = classifier->predict(text, locale);
        ctx.out << (p.unsure ? QStringLiteral("?") : p.label) << '\t' << QString::number(p.confidence, 'f', 4) << '\n';
    };
    if (ctx.args.size() == 1) {
        classifyOne(ctx.args.constFirst());
    } else {
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line))
            classifyOne(line);
    }
    ctx.out.flush();
    return ExitOk;
}

int runSuggest(Context &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << "usage: souffleur-kb --store PATH suggest \"TICKET TEXT\" [--locale L] [--channel C]" << Qt::endl;
        return ExitUsage;
    }
    auto store = openExisting(ctx);
    if (!store)
        return fail(ctx, store.error());
    TicketAssistant assistant(**store);
    if (auto ready = assistant.prepare(); !ready)
        return fail(ctx, ready.error());
    TicketInput input;
    input.text = ctx.args.constFirst();
    input.locale = ctx.parser.value(QStringLiteral("locale"));
    input.agentLocale = input.locale.isEmpty() ? (*store)->meta(QStringLiteral("default_locale")) : input.locale;
    input.channel = ctx.parser.value(QStringLiteral("channel"));
    if (!input.channel.isEmpty() && !QStringList{u"phone"_qs, u"email"_qs, u"chat"_qs}.contains(input.channel)) {
        ctx.err << "error: --channel is one of phone, email, chat" << Qt::endl;
        return ExitUsage;
    }
    auto r = assistant.assist(input);
    if (!r)
        return fail(ctx, r.error());
    if (r->category)
        ctx.out << "category=" << r->category->id << '\t' << r->category->path << '\t'
                << QString::number(r->category->probability, 'f', 4) << (r->prediction.parentAnswer ? "\t(parent)" : "") << '\n';
    else
        ctx.out << "category=?\t(unsure)\t" << QString::number(r->prediction.confidence, 'f', 4) << '\n';
    for (const CategoryChoice &a : std::as_const(r->alternatives))
        ctx.out << "alternative=" << a.id << '\t' << a.path << '\t' << QString::number(a.probability, 'f', 4) << '\n';
    const auto printKind = [&](const char *kind, const QList<Suggestion> &list) {
        for (const Suggestion &s : list)
            ctx.out << kind << '\t' << s.id << '\t' << s.locale << '\t' << s.title << '\t' << QString::number(s.score, 'f', 3)
                    << '\t' << s.reasons.join(QStringLiteral("; ")) << '\n';
    };
    printKind("procedure", r->suggestions.procedures);
    printKind("reply", r->suggestions.replies);
    printKind("article", r->suggestions.articles);
    ctx.out << "time_ms=" << QString::number(r->milliseconds, 'f', 2) << Qt::endl;
    return ExitOk;
}

int runEvaluate(Context &ctx)
{
    const QString train = ctx.parser.value(QStringLiteral("train"));
    const QString test = ctx.parser.value(QStringLiteral("test"));
    if (!ctx.args.isEmpty() || train.isEmpty() || test.isEmpty()) {
        ctx.err << "usage: souffleur-kb evaluate --train TRAIN.csv --test TEST.csv [--predictions OUT.csv] [--oos-label LABEL]"
                << Qt::endl;
        return ExitUsage;
    }
    auto report = evaluateCsv(train, test, ctx.parser.value(QStringLiteral("oos-label")),
                              ctx.parser.value(QStringLiteral("predictions")));
    if (!report)
        return fail(ctx, report.error());
    ctx.out << "train_s=" << QString::number(report->trainSeconds, 'f', 2) << '\n'
            << "predict_ms_per_text=" << QString::number(report->predictSecondsPerText * 1000.0, 'f', 3) << '\n'
            << "classes=" << report->training.classes << " C=" << report->training.C
            << " threshold=" << QString::number(report->training.threshold, 'f', 3) << '\n'
            << formatEvaluationLine(*report) << Qt::endl;
    return ExitOk;
}

} // namespace souffleur::kb
