// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/TicketHandoff.h"

#include "common/TextSafety.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

namespace souffleur {

namespace {

QString fieldLabel(const QString &name)
{
    if (name == QLatin1String(TicketHandoff::kText))
        return TicketHandoff::tr("the ticket text");
    if (name == QLatin1String(TicketHandoff::kName))
        return TicketHandoff::tr("the customer's name");
    if (name == QLatin1String(TicketHandoff::kAccount))
        return TicketHandoff::tr("the account");
    if (name == QLatin1String(TicketHandoff::kLanguage))
        return TicketHandoff::tr("the language");
    return TicketHandoff::tr("the channel");
}

Result<QString> checkValue(const QString &name, QString value, qsizetype maxLength, bool multiLine)
{
    if (multiLine)
        value.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (value.size() > maxLength)
        return makeError(TicketHandoff::tr("The hand-off was refused: %1 is too long (%2 characters, at most %3).")
                             .arg(fieldLabel(name)).arg(value.size()).arg(maxLength));
    const QString bad = unsafeCharacter(value, multiLine);
    if (!bad.isEmpty())
        return makeError(TicketHandoff::tr("The hand-off was refused: %1 contains a control character (%2).")
                             .arg(fieldLabel(name), bad));
    return multiLine ? value : value.trimmed();
}

// Percent-decodes one query component as UTF-8; invalid UTF-8 is refused rather than replaced with U+FFFD.
Result<QString> decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString out = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(TicketHandoff::tr("The hand-off was refused: it is not valid UTF-8 once percent-decoded."));
    return out;
}

} // namespace

bool TicketHandoff::isEmpty() const
{
    return text.isEmpty() && customerName.isEmpty() && account.isEmpty() && language.isEmpty() && channel.isEmpty();
}

QString TicketHandoff::locale() const
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("fr-FR");
    if (language == QLatin1String("en"))
        return QStringLiteral("en-GB");
    return {};
}

QJsonObject TicketHandoff::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    };
    put(kText, text);
    put(kName, customerName);
    put(kAccount, account);
    put(kLanguage, language);
    put(kChannel, channel);
    return o;
}

Result<TicketHandoff> TicketHandoff::fromFields(const QList<std::pair<QString, QString>> &fields)
{
    TicketHandoff h;
    QSet<QString> seen;
    for (const auto &[name, value] : fields) {
        if (seen.contains(name))
            return makeError(tr("The hand-off was refused: “%1” is given twice.").arg(name));
        seen.insert(name);
        if (name == QLatin1String(kText)) {
            auto v = checkValue(name, value, kMaxText, true);
            if (!v)
                return v.error();
            h.text = *v;
        } else if (name == QLatin1String(kName)) {
            auto v = checkValue(name, value, kMaxName, false);
            if (!v)
                return v.error();
            h.customerName = *v;
        } else if (name == QLatin1String(kAccount)) {
            auto v = checkValue(name, value, kMaxAccount, false);
            if (!v)
                return v.error();
            h.account = *v;
        } else if (name == QLatin1String(kLanguage)) {
            const QString lang = value.trimmed().toLower();
            if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en"))
                return makeError(tr("The hand-off was refused: the language must be fr or en, not “%1”.")
                                     .arg(value.left(20)));
            h.language = lang;
        } else if (name == QLatin1String(kChannel)) {
            const QString channel = value.trimmed().toLower();
            if (!channel.isEmpty() && channel != QLatin1String("phone") && channel != QLatin1String("email")
                && channel != QLatin1String("chat"))
                return makeError(tr("The hand-off was refused: the channel must be phone, email or chat, not “%1”.")
                                     .arg(value.left(20)));
            h.channel = channel;
        } else {
            return makeError(tr("The hand-off was refused: unknown field “%1” (known: text, name, account, lang, channel).")
                                 .arg(name.left(40)));
        }
    }
    return h;
}

Result<TicketHandoff> TicketHandoff::fromQuery(const QByteArray &query)
{
    if (query.size() > kMaxMessageBytes)
        return makeError(tr("The hand-off was refused: it is larger than %1 bytes.").arg(kMaxMessageBytes));
    QList<std::pair<QString, QString>> fields;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto name = decodeComponent(eq < 0 ? pair : pair.left(eq));
        if (!name)
            return name.error();
        auto value = decodeComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1));
        if (!value)
            return value.error();
        fields.append({*name, *value});
    }
    return fromFields(fields);
}

Result<TicketHandoff> TicketHandoff::fromUrl(const QString &url)
{
    if (url.size() > kMaxMessageBytes)
        return makeError(tr("The hand-off was refused: it is larger than %1 bytes.").arg(kMaxMessageBytes));
    // Parsed by hand rather than with QUrl: QUrl "repairs" what it does not like, and a hand-off must be taken
    // exactly as sent or refused.
    const QString prefix = QStringLiteral("souffleur:");
    if (!url.startsWith(prefix, Qt::CaseInsensitive))
        return makeError(tr("The hand-off was refused: “%1” is not a souffleur:// link.").arg(url.left(40)));
    QString rest = url.mid(prefix.size());
    if (rest.startsWith(QLatin1String("//")))
        rest = rest.mid(2);
    const qsizetype fragment = rest.indexOf(QLatin1Char('#'));
    if (fragment >= 0)
        rest.truncate(fragment);
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    QString target = question < 0 ? rest : rest.left(question);
    while (target.endsWith(QLatin1Char('/')))
        target.chop(1);
    if (target.compare(QLatin1String("ticket"), Qt::CaseInsensitive) != 0)
        return makeError(tr("The hand-off was refused: souffleur://%1 is not known (use souffleur://ticket?…).")
                             .arg(target.left(40)));
    // Browsers and desktops may pass non-ASCII characters un-encoded: encode them as UTF-8 like the rest.
    const QByteArray query = question < 0 ? QByteArray() : rest.mid(question + 1).toUtf8();
    auto h = fromQuery(query);
    if (h && h->isEmpty())
        return makeError(tr("The hand-off was refused: the link carries no ticket field."));
    return h;
}

Result<TicketHandoff> TicketHandoff::fromJson(const QJsonObject &object)
{
    QList<std::pair<QString, QString>> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            return makeError(tr("The hand-off was refused: “%1” must be a string.").arg(it.key().left(40)));
        fields.append({it.key(), it.value().toString()});
    }
    return fromFields(fields);
}

Result<TicketHandoff> TicketHandoff::fromJson(const QByteArray &json)
{
    if (json.size() > kMaxMessageBytes)
        return makeError(tr("The hand-off was refused: it is larger than %1 bytes.").arg(kMaxMessageBytes));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(tr("The hand-off was refused: it is not valid JSON (%1 at byte %2).")
                             .arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return makeError(tr("The hand-off was refused: it must be a JSON object."));
    return fromJson(doc.object());
}

} // namespace souffleur
