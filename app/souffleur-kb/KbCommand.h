// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace souffleur::kb {

// What every souffleur-kb command receives: the parsed options, its own positional arguments (after the command
// name), and the two output streams. A command returns the process exit code.
struct Context
{
    const QCommandLineParser &parser;
    QStringList args;
    QString storePath;
    QTextStream &out;
    QTextStream &err;
};

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

int runInit(Context &ctx);
int runImport(Context &ctx);
int runImportTickets(Context &ctx);
int runExport(Context &ctx);
int runStatus(Context &ctx);
int runSearch(Context &ctx);
int runTrain(Context &ctx);
int runClassify(Context &ctx);
int runSuggest(Context &ctx);
int runEvaluate(Context &ctx);
int runBench(Context &ctx);

} // namespace souffleur::kb
