// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub: the replication hub and site relay. Replication itself is not built yet (issue 5); this entry
// point already answers --help and --version so that packaging and deployment scripts can rely on it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("souffleur-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUFFLEUR_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("souffleur-hub",
        "Souffleur replication hub. The serve, relay, user and publish commands are not available in this version."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("souffleur-hub", "What to do."));
    parser.process(app);
    QTextStream err(stderr);
    err << QCoreApplication::translate("souffleur-hub", "error: this version of souffleur-hub has no commands yet; see --help")
        << Qt::endl;
    return 2;
}
