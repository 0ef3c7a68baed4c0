// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb: the headless tool over a local knowledge store (see README "Using souffleur-kb").
#include "KbCommand.h"
#include "FeedbackCommand.h"
#include "SyncCommand.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QMap>

#include <cstdio>

using namespace souffleur;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Souffleur"));
    QCoreApplication::setApplicationName(QStringLiteral("Souffleur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUFFLEUR_VERSION));

    const QMap<QString, int (*)(kb::Context &)> commands{
        {QStringLiteral("init"), kb::runInit},
        {QStringLiteral("import"), kb::runImport},
        {QStringLiteral("import-tickets"), kb::runImportTickets},
        {QStringLiteral("export"), kb::runExport},
        {QStringLiteral("status"), kb::runStatus},
        {QStringLiteral("search"), kb::runSearch},
        {QStringLiteral("train"), kb::runTrain},
        {QStringLiteral("classify"), kb::runClassify},
        {QStringLiteral("suggest"), kb::runSuggest},
        {QStringLiteral("evaluate"), kb::runEvaluate},
        {QStringLiteral("bench"), kb::runBench},
        {QStringLiteral("sync"), kb::runSync},
        {QStringLiteral("import-changes"), kb::runImportChanges},
        {QStringLiteral("export-outbox"), kb::runExportOutbox},
        {QStringLiteral("suggest-edit"), kb::runSuggestEdit},
        {QStringLiteral("flag"), kb::runFlag},
        {QStringLiteral("vote"), kb::runVote},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("souffleur-kb",
        "Headless tool over a Souffleur knowledge store.\n\nCommands:\n"
        "  init [--demo]            create a store, empty or from the demo knowledge base\n"
        "  import BUNDLE.json       validate and import a knowledge bundle\n"
        "  import-tickets FILE.csv  import labeled tickets (text,category[,locale])\n"
        "  export BUNDLE.json       export the whole knowledge base\n"
        "  status                   key=value summary: schema, counts, content hash\n"
        "  search \"QUERY\"           full-text search (--locale, --limit)\n"
        "  train                    train the classifier from the store\n"
        "  classify [TEXT]          category<TAB>confidence per text (stdin: one per line); ? when unsure\n"
        "  suggest \"TICKET\"         what the side panel would show, with reasons (--locale, --channel)\n"
        "  evaluate --train A.csv --test B.csv [--predictions OUT.csv] [--oos-label L]\n"
        "  bench [--articles N] [--replies N] [--procedures N] [--queries N] [--seed S]\n"
        "  sync --hub URL [--token T] [--retries N] [--ca-file CA.pem]  catch up with the hub and upload the outbox\n"
        "  import-changes FILE --key-file KEY   apply a signed change bundle from the hub (offline sites)\n"
        "  export-outbox OUT --key-file KEY     write the outbox as a signed bundle for the hub\n"
        "  suggest-edit ITEM --field F --text TEXT --reason WHY   suggest an edit of one field (F: title, summary,\n"
        "                           subject, body or tone), as the desktop does; --locale picks the variant\n"
        "  flag ITEM --reason outdated|wrong|unclear [--comment TEXT]   flag an item for the team leads\n"
        "  vote ITEM --helpful|--not-helpful   say whether an item helped"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("store"), QCoreApplication::translate("souffleur-kb", "The knowledge store file (default: %1).")
                                      .arg(Store::defaultPath()), QStringLiteral("PATH")},
        {QStringLiteral("demo"), QCoreApplication::translate("souffleur-kb", "init: fill a new store with the demo knowledge base.")},
        {QStringLiteral("locale"), QCoreApplication::translate("souffleur-kb", "The agent's locale, e.g. fr-FR."), QStringLiteral("L")},
        {QStringLiteral("limit"), QCoreApplication::translate("souffleur-kb", "At most N results."), QStringLiteral("N")},
        {QStringLiteral("channel"), QCoreApplication::translate("souffleur-kb", "suggest: the ticket's channel (phone, email, chat)."), QStringLiteral("C")},
        {QStringLiteral("train"), QCoreApplication::translate("souffleur-kb", "evaluate: the training CSV (text,category)."), QStringLiteral("CSV")},
        {QStringLiteral("test"), QCoreApplication::translate("souffleur-kb", "evaluate: the test CSV (text,category)."), QStringLiteral("CSV")},
        {QStringLiteral("predictions"), QCoreApplication::translate("souffleur-kb", "evaluate: write id,predicted,confidence here."), QStringLiteral("CSV")},
        {QStringLiteral("oos-label"), QCoreApplication::translate("souffleur-kb", "evaluate: the label of out-of-scope rows."), QStringLiteral("LABEL")},
        {QStringLiteral("articles"), QCoreApplication::translate("souffleur-kb", "bench: synthetic articles (default 20000)."), QStringLiteral("N")},
        {QStringLiteral("replies"), QCoreApplication::translate("souffleur-kb", "bench: synthetic replies (default 5000)."), QStringLiteral("N")},
        {QStringLiteral("procedures"), QCoreApplication::translate("souffleur-kb", "bench: synthetic procedures (default 2000)."), QStringLiteral("N")},
        {QStringLiteral("queries"), QCoreApplication::translate("souffleur-kb", "bench: tickets to time (default 2000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QCoreApplication::translate("souffleur-kb", "bench: random seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("hub"), QCoreApplication::translate("souffleur-kb", "sync: the hub's URL, e.g. http://hub.example:8470."), QStringLiteral("URL")},
        {QStringLiteral("token"), QCoreApplication::translate("souffleur-kb", "sync: the user's token (default: $SOUFFLEUR_TOKEN)."), QStringLiteral("T")},
        {QStringLiteral("ca-file"), QCoreApplication::translate("souffleur-kb", "sync: PEM certificate(s) of the CA that issued an https:// hub's certificate, trusted in addition to the system's (for a private CA or a self-signed hub)."), QStringLiteral("CA.pem")},
        {QStringLiteral("retries"), QCoreApplication::translate("souffleur-kb", "sync: attempts per request before giving up (default 6)."), QStringLiteral("N")},
        {QStringLiteral("key-file"), QCoreApplication::translate("souffleur-kb", "import-changes, export-outbox: the site key signing bundles."), QStringLiteral("FILE")},
        {QStringLiteral("field"), QCoreApplication::translate("souffleur-kb", "suggest-edit: the field to change (title, summary, subject, body, tone)."), QStringLiteral("F")},
        {QStringLiteral("text"), QCoreApplication::translate("souffleur-kb", "suggest-edit: the field's proposed text."), QStringLiteral("TEXT")},
        {QStringLiteral("reason"), QCoreApplication::translate("souffleur-kb", "suggest-edit: why the change is needed; flag: outdated, wrong or unclear."), QStringLiteral("R")},
        {QStringLiteral("comment"), QCoreApplication::translate("souffleur-kb", "flag: a comment for the team leads."), QStringLiteral("TEXT")},
        {QStringLiteral("helpful"), QCoreApplication::translate("souffleur-kb", "vote: the item helped.")},
        {QStringLiteral("not-helpful"), QCoreApplication::translate("souffleur-kb", "vote: the item did not help.")},
        {QStringLiteral("author"), QCoreApplication::translate("souffleur-kb", "suggest-edit, flag, vote: who the agent is (default: $USER)."), QStringLiteral("NAME")},
        {QStringLiteral("timeout"), QCoreApplication::translate("souffleur-kb", "sync: seconds without an answer before a request is retried (default 30)."), QStringLiteral("S")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("souffleur-kb", "What to do."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = parser.positionalArguments();
    if (args.isEmpty() || !commands.contains(args.constFirst())) {
        err << (args.isEmpty() ? QCoreApplication::translate("souffleur-kb", "error: no command given")
                               : QCoreApplication::translate("souffleur-kb", "error: unknown command \"%1\"").arg(args.constFirst()))
            << "\n\n" << parser.helpText();
        return kb::ExitUsage;
    }
    const QString command = args.takeFirst();
    kb::Context ctx{parser, args, parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : Store::defaultPath(),
                    out, err};
    return commands.value(command)(ctx);
}
