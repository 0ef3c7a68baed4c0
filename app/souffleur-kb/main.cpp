// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb: the headless tool over a local knowledge store (see README "Using souffleur-kb").
#include "KbCommand.h"

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
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("souffleur-kb",
        "Headless tool over a Souffleur knowledge store.\n\nCommands:\n"
        "  init [--demo]            create a store, empty or from the demo knowledge base\n"
        "  import BUNDLE.json       validate and import a knowledge bundle\n"
        "  import-tickets FILE.csv  import labeled tickets (text,category[,locale])\n"
        "  export BUNDLE.json       export the whole knowledge base\n"
        "  status                   key=value summary: schema, counts, content hash\n"
        "  search \"QUERY\"           full-text search (--locale, --limit)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("store"), QCoreApplication::translate("souffleur-kb", "The knowledge store file (default: %1).")
                                      .arg(Store::defaultPath()), QStringLiteral("PATH")},
        {QStringLiteral("demo"), QCoreApplication::translate("souffleur-kb", "init: fill a new store with the demo knowledge base.")},
        {QStringLiteral("locale"), QCoreApplication::translate("souffleur-kb", "The agent's locale, e.g. fr-FR."), QStringLiteral("L")},
        {QStringLiteral("limit"), QCoreApplication::translate("souffleur-kb", "At most N results."), QStringLiteral("N")},
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
