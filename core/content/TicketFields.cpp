// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/TicketFields.h"

#include "content/CustomerName.h"

#include <array>

namespace souffleur {

namespace {

struct FieldName
{
    const char *key;
    const char *label;
};

// QT_TRANSLATE_NOOP keeps the labels in the .ts files; label() translates them at run time, in the current language.
constexpr std::array fieldNames{
    FieldName{"customer.name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "customer's name")},
    FieldName{"customer.title", QT_TRANSLATE_NOOP("souffleur::TicketFields", "customer's title as typed")},
    FieldName{"customer.civility", QT_TRANSLATE_NOOP("souffleur::TicketFields", "customer's courtesy title")},
    FieldName{"customer.first_name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "customer's first name")},
    FieldName{"customer.last_name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "customer's last name")},
    FieldName{"customer.account", QT_TRANSLATE_NOOP("souffleur::TicketFields", "customer number")},
    FieldName{"customer.contract", QT_TRANSLATE_NOOP("souffleur::TicketFields", "contract number")},
    FieldName{"customer.new_address", QT_TRANSLATE_NOOP("souffleur::TicketFields", "new address")},
    FieldName{"agent.first_name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "your first name")},
    FieldName{"company.name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "company name")},
    FieldName{"ticket.reference", QT_TRANSLATE_NOOP("souffleur::TicketFields", "ticket reference")},
    FieldName{"activation.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "activation date")},
    FieldName{"amount", QT_TRANSLATE_NOOP("souffleur::TicketFields", "amount")},
    FieldName{"appointment.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "appointment date")},
    FieldName{"appointment.options", QT_TRANSLATE_NOOP("souffleur::TicketFields", "appointment options")},
    FieldName{"appointment.slot", QT_TRANSLATE_NOOP("souffleur::TicketFields", "appointment time slot")},
    FieldName{"area", QT_TRANSLATE_NOOP("souffleur::TicketFields", "area")},
    FieldName{"bill.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "bill date")},
    FieldName{"bill.month", QT_TRANSLATE_NOOP("souffleur::TicketFields", "bill month")},
    FieldName{"callback.time", QT_TRANSLATE_NOOP("souffleur::TicketFields", "callback time")},
    FieldName{"change.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "date of the change")},
    FieldName{"channel.name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "TV channel")},
    FieldName{"coverage.level", QT_TRANSLATE_NOOP("souffleur::TicketFields", "coverage level")},
    FieldName{"eligibility.technology", QT_TRANSLATE_NOOP("souffleur::TicketFields", "eligible technology")},
    FieldName{"fee.amount", QT_TRANSLATE_NOOP("souffleur::TicketFields", "fee amount")},
    FieldName{"iban.masked", QT_TRANSLATE_NOOP("souffleur::TicketFields", "masked IBAN")},
    FieldName{"incident.eta", QT_TRANSLATE_NOOP("souffleur::TicketFields", "expected repair time")},
    FieldName{"line.number", QT_TRANSLATE_NOOP("souffleur::TicketFields", "line number")},
    FieldName{"move.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "moving date")},
    FieldName{"offer.commitment", QT_TRANSLATE_NOOP("souffleur::TicketFields", "minimum term")},
    FieldName{"offer.name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "plan name")},
    FieldName{"offer.price", QT_TRANSLATE_NOOP("souffleur::TicketFields", "plan price")},
    FieldName{"offer.start_date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "plan start date")},
    FieldName{"option.name", QT_TRANSLATE_NOOP("souffleur::TicketFields", "option name")},
    FieldName{"option.price", QT_TRANSLATE_NOOP("souffleur::TicketFields", "option price")},
    FieldName{"payment.deadline", QT_TRANSLATE_NOOP("souffleur::TicketFields", "payment deadline")},
    FieldName{"porting.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "number transfer date")},
    FieldName{"refund.amount", QT_TRANSLATE_NOOP("souffleur::TicketFields", "refund amount")},
    FieldName{"refund.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "refund date")},
    FieldName{"roaming.allowance", QT_TRANSLATE_NOOP("souffleur::TicketFields", "roaming allowance")},
    FieldName{"roaming.country", QT_TRANSLATE_NOOP("souffleur::TicketFields", "country visited")},
    FieldName{"room", QT_TRANSLATE_NOOP("souffleur::TicketFields", "room")},
    FieldName{"shipment.tracking", QT_TRANSLATE_NOOP("souffleur::TicketFields", "parcel tracking number")},
    FieldName{"termination.date", QT_TRANSLATE_NOOP("souffleur::TicketFields", "termination date")},
    FieldName{"usage.months", QT_TRANSLATE_NOOP("souffleur::TicketFields", "usage period")},
};

constexpr std::array channelNames{
    FieldName{"phone", QT_TRANSLATE_NOOP("souffleur::TicketFields", "phone")},
    FieldName{"email", QT_TRANSLATE_NOOP("souffleur::TicketFields", "e-mail")},
    FieldName{"chat", QT_TRANSLATE_NOOP("souffleur::TicketFields", "chat")},
};

template<typename Table>
QString lookUp(const Table &table, const QString &key)
{
    for (const FieldName &f : table)
        if (key == QLatin1String(f.key))
            return QCoreApplication::translate("souffleur::TicketFields", f.label);
    return key;
}

// The courtesy title a reply says, from the one typed before the name. "Mlle" is answered "Madame": French
// administrations and contact centers have dropped "Mademoiselle", and an English reply says "Ms".
QString civilityFor(const QString &typedTitle, bool french)
{
    QString t = typedTitle.toLower();
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    static const QStringList women{QStringLiteral("mme"), QStringLiteral("madame"), QStringLiteral("mlle"),
                                   QStringLiteral("mademoiselle"), QStringLiteral("mrs"), QStringLiteral("ms"),
                                   QStringLiteral("miss")};
    static const QStringList men{QStringLiteral("m"), QStringLiteral("monsieur"), QStringLiteral("mr")};
    if (women.contains(t)) {
        if (french)
            return QStringLiteral("Madame");
        return t == QLatin1String("mrs") ? QStringLiteral("Mrs") : t == QLatin1String("miss") ? QStringLiteral("Miss") : QStringLiteral("Ms");
    }
    if (men.contains(t))
        return french ? QStringLiteral("Monsieur") : QStringLiteral("Mr");
    return {};  // Dr, Me, Mx…: no safe guess; the reply's fallback applies
}

} // namespace

QString TicketFields::label(const QString &key)
{
    return lookUp(fieldNames, key);
}

QStringList TicketFields::knownKeys()
{
    QStringList keys;
    for (const FieldName &f : fieldNames)
        keys << QLatin1String(f.key);
    return keys;
}

QStringList TicketFields::filledKeys()
{
    return {QStringLiteral("customer.name"), QStringLiteral("customer.title"), QStringLiteral("customer.civility"),
            QStringLiteral("customer.first_name"), QStringLiteral("customer.last_name"),
            QStringLiteral("customer.account"), QStringLiteral("customer.contract")};
}

QString TicketFields::channelLabel(const QString &channel)
{
    return lookUp(channelNames, channel);
}

QStringList TicketFields::channelLabels(const QStringList &channels)
{
    QStringList labels;
    for (const QString &c : channels)
        labels << channelLabel(c);
    return labels;
}

QMap<QString, QString> TicketFields::fromCustomer(const QString &customerName, const QString &account)
{
    QMap<QString, QString> f;
    const QString name = customerName.simplified();
    if (!name.isEmpty()) {
        f.insert(QStringLiteral("customer.name"), name);
        const CustomerName parts = CustomerName::parse(name);
        if (!parts.title.isEmpty())
            f.insert(QStringLiteral("customer.title"), parts.title);
        if (!parts.first.isEmpty())
            f.insert(QStringLiteral("customer.first_name"), parts.first);
        if (!parts.last.isEmpty())
            f.insert(QStringLiteral("customer.last_name"), parts.last);
    }
    if (const QString number = account.trimmed(); !number.isEmpty()) {
        f.insert(QStringLiteral("customer.account"), number);
        f.insert(QStringLiteral("customer.contract"), number);
    }
    return f;
}

QMap<QString, QString> TicketFields::withCivility(QMap<QString, QString> values, const QString &replyLocale)
{
    const QString key = QStringLiteral("customer.civility");
    if (!values.value(key).trimmed().isEmpty())
        return values;
    const QString civility = civilityFor(CustomerName::parse(values.value(QStringLiteral("customer.name"))).title,
                                         replyLocale.startsWith(QLatin1String("fr")));
    if (!civility.isEmpty())
        values.insert(key, civility);
    return values;
}

} // namespace souffleur
