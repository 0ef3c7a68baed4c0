// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace souffleur {

// The reply placeholders Souffleur knows ("customer.last_name", "ticket.reference"…) and the ticket channels, with
// the names an agent reads for them, and the values the app fills from the ticket card. One table, so a field's
// key never reaches the screen and a test can hold every reply of a knowledge base against it.
class TicketFields final
{
    Q_DECLARE_TR_FUNCTIONS(souffleur::TicketFields)
public:
    // The translated name of a placeholder ("civilité du client"); an unknown key is shown as itself.
    static QString label(const QString &key);
    // Every key label() knows.
    static QStringList knownKeys();
    // The keys fromCustomer() and withCivility() can fill; any other placeholder is typed by the agent.
    static QStringList filledKeys();
    // The translated name of a channel: phone, email, chat ("téléphone", "e-mail", "chat").
    static QString channelLabel(const QString &channel);
    static QStringList channelLabels(const QStringList &channels);

    // Values from the ticket card: customer.name, .title, .first_name, .last_name, .account (and .contract, the
    // same number: the card asks for "account or contract").
    static QMap<QString, QString> fromCustomer(const QString &customerName, const QString &account);
    // Adds customer.civility ("Madame", "Mr"…) in the reply's language, derived from the courtesy title of
    // customer.name, unless the agent typed one or the name has no title.
    static QMap<QString, QString> withCivility(QMap<QString, QString> values, const QString &replyLocale);
};

} // namespace souffleur
