// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur: the desktop app. Wires the store executor, the translator and the main window; nothing else.
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "panel/TicketCard.h"
#include "store/Store.h"
#include "store/StoreExecutor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

using namespace souffleur;

int main(int argc, char *argv[])
{
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
    });
    parser.process(app);

    Translator translator;
    const QString languageSetting = parser.isSet(QStringLiteral("language"))
                                        ? parser.value(QStringLiteral("language"))
                                        : QSettings().value(QStringLiteral("ui/language")).toString();
    translator.apply(Translator::effectiveLanguage(languageSetting));

    StoreExecutor executor;
    MainWindow window(executor, translator);
    window.show();
    const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : Store::defaultPath();
    window.openStore(path, !parser.isSet(QStringLiteral("no-demo")));
    TicketCard *card = window.assistPanel()->ticketCard();
    card->setCustomerName(parser.value(QStringLiteral("customer-name")));
    card->setAccount(parser.value(QStringLiteral("account")));
    if (parser.isSet(QStringLiteral("channel")))
        card->setChannel(parser.value(QStringLiteral("channel")));
    card->setText(parser.value(QStringLiteral("ticket-text")));
    return app.exec();
}
