// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace souffleur {

// A ticket handed over by the phone (CTI) software: the customer's problem, name, account, language and the
// channel. Whatever way it arrives (command line, souffleur:// URL, the running instance's local socket, the
// loopback HTTP endpoint), it goes through the same parser, so the same limits and the same messages apply
// everywhere (docs/cti-integration.md). Values are never trusted: sizes are capped, the language and channel
// must be known ones, and control and bidirectional-override characters are refused (they would hide or spoof
// text in the agent's window). A refused hand-off says why, in words the agent or the integrator can act on.
struct TicketHandoff
{
    Q_DECLARE_TR_FUNCTIONS(souffleur::TicketHandoff)
public:
    QString text;          // the ticket notes; may span lines
    QString customerName;
    QString account;
    QString language;      // "", "fr" or "en"
    QString channel;       // "", "phone", "email" or "chat"

    // Field names, the same in URLs, JSON and the local protocol.
    static constexpr const char *kText = "text";
    static constexpr const char *kName = "name";
    static constexpr const char *kAccount = "account";
    static constexpr const char *kLanguage = "lang";
    static constexpr const char *kChannel = "channel";

    // Limits, in characters (UTF-16 code units, what the agent sees), and for a whole message in bytes.
    static constexpr qsizetype kMaxText = 8000;
    static constexpr qsizetype kMaxName = 200;
    static constexpr qsizetype kMaxAccount = 64;
    static constexpr qsizetype kMaxMessageBytes = 128 * 1024;

    bool isEmpty() const;
    // The content locale of the language ("" when not given): fr-FR or en-GB.
    QString locale() const;
    QJsonObject toJson() const;
    bool operator==(const TicketHandoff &other) const = default;

    // Validates named values (e.g. from a query string or the command line). Unknown or repeated names are
    // refused: a misspelt "acount" must not silently lose the account. Empty values count as not given.
    static Result<TicketHandoff> fromFields(const QList<std::pair<QString, QString>> &fields);
    // souffleur://ticket?text=…&name=…&account=…&channel=…&lang=… (percent-encoded UTF-8).
    static Result<TicketHandoff> fromUrl(const QString &url);
    // A query string (no leading '?'), percent-encoded UTF-8, '+' meaning a space as in HTML forms.
    static Result<TicketHandoff> fromQuery(const QByteArray &query);
    // A JSON object of string values with the same names.
    static Result<TicketHandoff> fromJson(const QJsonObject &object);
    static Result<TicketHandoff> fromJson(const QByteArray &json);
};

} // namespace souffleur
