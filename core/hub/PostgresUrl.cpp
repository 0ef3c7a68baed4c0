// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/PostgresUrl.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace souffleur::hub {

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

Error invalid(const QString &text, const QString &why)
{
    return makeError(QObject::tr("Invalid PostgreSQL URL \"%1\": %2 (expected "
                                 "postgresql://user[:password]@host[:port]/dbname, or ?host=/socket/dir for a Unix socket).")
                         .arg(text, why));
}

} // namespace

QStringList PostgresUrl::acceptedParameters()
{
    // libpq's connection parameters (PostgreSQL 15), less those the URL's own parts carry (dbname, user,
    // password), replication (not a hub's kind of connection) and client_encoding (the driver sets UTF-8).
    return {QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"), QStringLiteral("passfile"),
            QStringLiteral("channel_binding"), QStringLiteral("connect_timeout"), QStringLiteral("options"),
            QStringLiteral("application_name"), QStringLiteral("fallback_application_name"), QStringLiteral("keepalives"),
            QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
            QStringLiteral("tcp_user_timeout"), QStringLiteral("sslmode"), QStringLiteral("requiressl"),
            QStringLiteral("sslcompression"), QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslpassword"),
            QStringLiteral("sslrootcert"), QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"), QStringLiteral("sslsni"),
            QStringLiteral("requirepeer"), QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
            QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"), QStringLiteral("gsslib"), QStringLiteral("service"),
            QStringLiteral("target_session_attrs")};
}

QString PostgresUrl::option(const QString &key) const
{
    for (const auto &[k, v] : options)
        if (k == key)
            return v;
    return {};
}

Result<PostgresUrl> PostgresUrl::parse(const QString &text)
{
    // Redact the password before the URL appears in any message.
    QString shown = text;
    shown.replace(QRegularExpression(QStringLiteral("^([a-z]+://[^:@/?]*):[^@/?]*@")), QStringLiteral("\\1:***@"));
    QString rest;
    for (const char *scheme : {"postgresql://", "postgres://"})
        if (text.startsWith(QLatin1String(scheme)))
            rest = text.mid(qsizetype(qstrlen(scheme)));
    if (rest.isNull())
        return invalid(shown, QObject::tr("it must start with postgresql://"));

    PostgresUrl url;
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0 || slash == rest.size() - 1)
        return invalid(shown, QObject::tr("no database name"));
    url.database = decoded(rest.mid(slash + 1));
    if (url.database.contains(QLatin1Char('/')))
        return invalid(shown, QObject::tr("the database name contains '/'"));
    QString authority = rest.left(slash);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        url.user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            url.password = decoded(userInfo.mid(colon + 1));
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(shown, QObject::tr("unclosed '[' in the host"));
        url.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return invalid(shown, QObject::tr("unexpected text after the host"));
        portText = after.mid(1);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        url.host = decoded(colon < 0 ? authority : authority.left(colon));
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }

    const auto setPort = [&](const QString &value) -> bool {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        url.port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return invalid(shown, QObject::tr("the port \"%1\" is not a number from 1 to 65535").arg(portText));

    static const QRegularExpression safeValue(QStringLiteral("^[A-Za-z0-9_.,/:@+=-]+$"));
    // `options` carries server settings, "-c name=value" separated by spaces; it is quoted for libpq.
    static const QRegularExpression safeOptions(QStringLiteral("^[A-Za-z0-9_.,/:@+=% -]+$"));
    const QStringList accepted = acceptedParameters();
    for (const auto &[key, rawValue] : QUrlQuery(query).queryItems(QUrl::FullyEncoded)) {
        const QString value = decoded(rawValue);
        if (!accepted.contains(key))
            return invalid(shown, QObject::tr("unknown parameter \"%1\" (accepted: %2)").arg(key, accepted.join(u", ")));
        if (key == u"host") {
            url.host = value;
        } else if (key == u"port") {
            if (!setPort(value))
                return invalid(shown, QObject::tr("the port \"%1\" is not a number from 1 to 65535").arg(value));
        } else {
            // Passed to libpq as key=value; anything that could break out of that is refused.
            if (!(key == u"options" ? safeOptions : safeValue).match(value).hasMatch())
                return invalid(shown, QObject::tr("the value of \"%1\" has characters that are not allowed").arg(key));
            url.options.append({key, value});
        }
    }
    return url;
}

QString PostgresUrl::redacted() const
{
    const auto enc = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += enc(user) + (password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        out += host.contains(QLatin1Char(':')) ? u'[' + host + u']' : host;
    if (port > 0 && !socket)
        out += u':' + QString::number(port);
    out += u'/' + enc(database);
    QStringList params;
    if (socket)
        params.append(QStringLiteral("host=") + host);
    if (socket && port > 0)
        params.append(QStringLiteral("port=") + QString::number(port));
    for (const auto &[k, v] : options)
        params.append(k + u'=' + v);
    if (!params.isEmpty())
        out += u'?' + params.join(u'&');
    return out;
}

QString PostgresUrl::connectOptions() const
{
    // Values are single-quoted as libpq's conninfo strings take them, so spaces in `options` stay inside it
    // (parse() lets neither a quote, a backslash nor a ';' through: the driver turns ';' into spaces).
    QStringList parts;
    for (const auto &[k, v] : options)
        parts.append(k + QStringLiteral("='") + v + u'\'');
    return parts.join(u';');
}

} // namespace souffleur::hub
