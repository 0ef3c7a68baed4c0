// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb bench: builds a synthetic store in a temporary directory and prints one figure per line.
#include "KbCommand.h"

#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleImporter.h"
#include "classify/ClassifierRepository.h"
#include "search/SearchService.h"
#include "store/Store.h"
#include "suggest/Suggester.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace souffleur::kb {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

// Peak resident set size of this process, from /proc (Linux).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

bool intOption(Context &ctx, const QString &name, int *value)
{
    if (!ctx.parser.isSet(name))
        return true;
    bool ok = false;
    *value = ctx.parser.value(name).toInt(&ok);
    if (!ok || *value < 0) {
        ctx.err << "error: --" << name << " takes a whole number" << Qt::endl;
        return false;
    }
    return true;
}

QString fmt(double v)
{
    return QString::number(v, 'f', v < 10 ? 3 : 1);
}

} // namespace

int runBench(Context &ctx)
{
    SyntheticSizes sizes;
    int queries = 2000;
    int seed = 1;
    if (!intOption(ctx, QStringLiteral("articles"), &sizes.articles) || !intOption(ctx, QStringLiteral("replies"), &sizes.replies)
        || !intOption(ctx, QStringLiteral("procedures"), &sizes.procedures) || !intOption(ctx, QStringLiteral("queries"), &queries)
        || !intOption(ctx, QStringLiteral("seed"), &seed))
        return ExitUsage;
    sizes.seed = quint32(seed);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        ctx.err << "error: cannot create a temporary directory" << Qt::endl;
        return ExitFailure;
    }

    SyntheticKnowledge generator(sizes);
    const KnowledgeBase kb = generator.build();
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store) {
        ctx.err << "error: " << store.error().toString() << Qt::endl;
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto imported = BundleImporter::import(**store, kb);
    const double importS = double(timer.nsecsElapsed()) / 1e9;
    if (!imported) {
        ctx.err << "error: " << imported.error().toString() << Qt::endl;
        return ExitFailure;
    }
    const qsizetype items = kb.items.size() + kb.categories.size() + kb.tickets.size();
    ctx.out << "import_items_per_s=" << fmt(double(items) / importS) << Qt::endl;

    timer.restart();
    ClassifierRepository classifiers(**store);
    auto trained = classifiers.trainAndSave();
    const double trainS = double(timer.nsecsElapsed()) / 1e9;
    auto classifier = trained ? classifiers.load() : Result<std::optional<Classifier>>(trained.error());
    if (!classifier || !classifier->has_value()) {
        ctx.err << "error: training failed: " << (classifier ? QStringLiteral("no model") : classifier.error().toString()) << Qt::endl;
        return ExitFailure;
    }
    ctx.out << "train_s=" << fmt(trainS) << '\n'
            << "train_examples=" << trained->value(QStringLiteral("examples")).toInt() << Qt::endl;

    QStringList tickets;
    for (int i = 0; i < queries; ++i)
        tickets << generator.ticket(300, nullptr);

    QList<double> classifyMs, suggestMs, searchMs;
    {
        Suggester suggester(**store);  // holds prepared statements: gone before the store closes
        SearchService search(**store);
        for (const QString &t : std::as_const(tickets)) {
            timer.restart();
            const Prediction p = (*classifier)->predict(t);
            classifyMs << double(timer.nsecsElapsed()) / 1e6;
            SuggestionRequest request;
            request.text = t;
            request.locale = QStringLiteral("fr-FR");
            request.unsure = p.unsure;
            for (const ScoredLabel &l : p.top)
                request.guesses.append({l.label, l.probability});
            auto s = suggester.suggest(request);
            suggestMs << double(timer.nsecsElapsed()) / 1e6;  // suggest = classify + rank, as the side panel does
            if (!s) {
                ctx.err << "error: " << s.error().toString() << Qt::endl;
                return ExitFailure;
            }
            timer.restart();
            auto hits = search.search({t.left(24), QStringLiteral("fr-FR"), 20, false});
            searchMs << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    ctx.out << "classify_p50_ms=" << fmt(percentile(classifyMs, 0.5)) << '\n'
            << "classify_p99_ms=" << fmt(percentile(classifyMs, 0.99)) << '\n'
            << "suggest_p50_ms=" << fmt(percentile(suggestMs, 0.5)) << '\n'
            << "suggest_p99_ms=" << fmt(percentile(suggestMs, 0.99)) << '\n'
            << "search_p99_ms=" << fmt(percentile(searchMs, 0.99)) << '\n';
    store->reset();
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(dir.filePath(QStringLiteral("bench.sqlite") + suffix)).size();
    ctx.out << "store_mb=" << fmt(double(bytes) / 1048576.0) << '\n'
            << "peak_rss_mb=" << fmt(peakRssMb()) << Qt::endl;
    return ExitOk;
}

} // namespace souffleur::kb
