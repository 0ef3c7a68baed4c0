// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur: the desktop app. Wires the store executor and the desktop services, the translator, the main window and the ticket hand-off
// (single instance, souffleur:// links, the loopback endpoint); nothing else.
#include "MainWindow.h"
#include "handoff/HandoffClient.h"
#include "handoff/HandoffCoordinator.h"
#include "handoff/HandoffHttpServer.h"
#include "handoff/HandoffServer.h"
#include "handoff/TicketHandoff.h"
#include "i18n/Translator.h"
#include "handoff/HandoffBanner.h"
#include "panel/AssistPanel.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include <QApplication>
#include <QTimer>
#include <QTextStream>
#include <QElapsedTimer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QEventLoop>
#include <QStatusBar>

#include <cstdio>

using namespace souffleur;

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("souffleur: ") + message + QLatin1Char('\n')), stderr);
}

// This start's hand-off: the ticket options, or one souffleur:// link (what the desktop passes for %u).
// std::nullopt when there is none.
std::optional<Result<TicketHandoff>> handoffOf(const QCommandLineParser &parser)
{
    const QStringList links = parser.positionalArguments();
    QList<std::pair<QString, QString>> fields;
    const std::pair<const char *, const char *> options[] = {{"ticket-text", TicketHandoff::kText},
                                                             {"customer-name", TicketHandoff::kName},
                                                             {"account", TicketHandoff::kAccount},
                                                             {"ticket-language", TicketHandoff::kLanguage},
                                                             {"channel", TicketHandoff::kChannel}};
    for (const auto &[option, field] : options)
        if (parser.isSet(QLatin1String(option)))
            fields.append({QLatin1String(field), parser.value(QLatin1String(option))});
    if (links.isEmpty() && fields.isEmpty())
        return std::nullopt;
    if (links.size() > 1)
        return Result<TicketHandoff>(makeError(TicketHandoff::tr("The hand-off was refused: give one souffleur:// link, not %1.")
                                                   .arg(links.size())));
    if (!links.isEmpty() && !fields.isEmpty())
        return Result<TicketHandoff>(makeError(
            TicketHandoff::tr("The hand-off was refused: give either a souffleur:// link or the ticket options, not both.")));
    return links.isEmpty() ? TicketHandoff::fromFields(fields) : TicketHandoff::fromUrl(links.first());
}

// The token the phone software sends to the HTTP endpoint: generated on first use and kept (the phone software is
// configured with it once), in the keychain like the hub's token.
QFuture<Result<QString>> handoffToken()
{
    return SecretStore::instance()->readOrCreate(SecretStore::Secret::HandoffToken, 16, &HandoffHttpServer::generateToken);
}

// For the command-line paths that print and leave before any window exists: waits for the keychain's answer.
template <typename T>
T waitFor(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return future.result();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;  // for --print-startup-time: from main(), before Qt loads anything
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Souffleur"));
    QApplication::setApplicationName(QStringLiteral("Souffleur"));
    QApplication::setApplicationDisplayName(QStringLiteral("Souffleur"));
    QApplication::setApplicationVersion(QStringLiteral(SOUFFLEUR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("souffleur"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/souffleur.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Souffleur, the agent's prompter."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("store"), QApplication::translate("main", "The knowledge store file (default: %1).").arg(Store::defaultPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("language"), QApplication::translate("main", "The interface language: fr or en (default: the system's)."),
         QStringLiteral("LANG")},
        {QStringLiteral("no-demo"), QApplication::translate("main", "Do not fill a new store with the demo knowledge base.")},
        {QStringLiteral("ticket-text"), QApplication::translate("main", "Start with this ticket text (from the phone software)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("customer-name"), QApplication::translate("main", "The customer's name for the ticket."), QStringLiteral("NAME")},
        {QStringLiteral("account"), QApplication::translate("main", "The customer's account or contract number."), QStringLiteral("NUMBER")},
        {QStringLiteral("channel"), QApplication::translate("main", "The ticket's channel: phone, email or chat."), QStringLiteral("CHANNEL")},
        {QStringLiteral("ticket-language"), QApplication::translate("main", "The customer's language for the ticket: fr or en."),
         QStringLiteral("LANG")},
        {QStringLiteral("handoff-port"),
         QApplication::translate("main", "Accept hand-offs over HTTP on 127.0.0.1:PORT (default: the handoff/httpPort setting, 0: off)."),
         QStringLiteral("PORT")},
        {QStringLiteral("print-startup-time"),
         QApplication::translate("main", "Print how long the window took to be ready for a ticket (startup_ms=N), then quit.")},
        {QStringLiteral("show-handoff-token"),
         QApplication::translate("main", "Print the token the phone software must send to the HTTP endpoint, and exit.")},
    });
    parser.addPositionalArgument(QStringLiteral("link"), QApplication::translate("main", "A souffleur://ticket?… link from the phone software."),
                                 QStringLiteral("[souffleur://ticket?…]"));
    parser.process(app);

    Settings settings;
    settings.migrate();
    // Tokens that older versions kept in clear in the settings file move to the keychain (reads until then still
    // find them in the file).
    SecretStore::instance()->migrateLegacy().then(&app, [](const Result<void> &moved) {
        if (!moved)
            printError(moved.error().message);
    });
    if (parser.isSet(QStringLiteral("show-handoff-token"))) {
        const Result<QString> token = waitFor(handoffToken());
        if (!token) {
            printError(token.error().message);
            return 1;
        }
        std::fputs(qPrintable(*token + QLatin1Char('\n')), stdout);
        return 0;
    }
    // Before anything is said: a refused hand-off is shown in the running window, in the agent's language.
    Translator translator;
    const QString languageSetting = parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                                             : settings.language();
    translator.apply(Translator::effectiveLanguage(languageSetting));

    bool portOk = true;
    uint httpPort = 0;
    if (parser.isSet(QStringLiteral("handoff-port"))) {
        httpPort = parser.value(QStringLiteral("handoff-port")).toUInt(&portOk);
    } else {
        const std::optional<quint16> setting = settings.handoffHttpPort();
        portOk = setting.has_value();
        httpPort = setting.value_or(0);
    }
    if (!portOk || httpPort > 65535) {
        printError(QApplication::translate("main", "The hand-off port must be a number from 1 to 65535 (0: off)."));
        return 2;
    }
    const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : Store::defaultPath();
    const std::optional<Result<TicketHandoff>> handoff = handoffOf(parser);
    if (handoff && !*handoff)
        printError(handoff->error().message);

    // Single instance per user and store: when one is running, hand this start's ticket (or the refusal of a
    // malformed one, so that the agent sees it where they look) to it and leave at once.
    const QString serverName = HandoffServer::serverName(path);
    const QJsonObject message = !handoff   ? HandoffClient::activateMessage()
                                : *handoff ? HandoffClient::ticketMessage(**handoff)
                                           : HandoffClient::refusedMessage(handoff->error().message);
    const HandoffClient::Answer answer = HandoffClient::send(serverName, message);
    switch (answer.outcome) {
    case HandoffClient::Outcome::Delivered:
        return handoff && !*handoff ? 2 : 0;
    case HandoffClient::Outcome::Refused:
        printError(answer.message);
        return 2;
    case HandoffClient::Outcome::Failed:
        printError(answer.message);
        return 1;
    case HandoffClient::Outcome::NotRunning:
        break;
    }

    StoreExecutor executor;
    DesktopServices services(executor);
    MainWindow window(services, translator);
    HandoffCoordinator handoffs(window);
    if (auto listening = handoffs.listenLocal(serverName); !listening)
        printError(listening.error().message);  // not fatal: this window works, later starts open their own
    if (parser.isSet(QStringLiteral("print-startup-time"))) {
        QObject::connect(window.assistPanel(), &AssistPanel::readyChanged, &app, [&sinceStart](bool ready) {
            if (!ready)
                return;
            QTextStream(stdout) << "startup_ms=" << sinceStart.elapsed() << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    // Without a keychain the tokens are kept in a private file: said once (the log says it at every start).
    auto noticeFallback = [&window] {
        if (const QString notice = SecretStore::instance()->takeFallbackNotice(); !notice.isEmpty())
            window.statusBar()->showMessage(notice, 30000);
    };
    QObject::connect(SecretStore::instance(), &SecretStore::fallbackEngaged, &window, noticeFallback);
    noticeFallback();
    window.show();
    window.openStore(path, !parser.isSet(QStringLiteral("no-demo")));
    if (handoff && *handoff)
        handoffs.apply(**handoff);
    else if (handoff)
        handoffs.refuse(handoff->error().message);

    // The loopback HTTP endpoint, off unless asked for.
    if (httpPort > 0) {
        auto listen = [&window, &handoffs, httpPort](const Result<QString> &token) {
            const Result<quint16> port = token ? handoffs.listenHttp(quint16(httpPort), *token) : Result<quint16>(token.error());
            if (!port) {
                printError(port.error().message);
                window.assistPanel()->handoffBanner()->showProblem(port.error().message);
            }
        };
        handoffToken().then(&window, listen);
    }
    return app.exec();
}
