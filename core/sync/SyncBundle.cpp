// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncBundle.h"

#include "sync/SyncProtocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QObject>

namespace souffleur::sync {

namespace {

constexpr auto kFormat = "souffleur-sync-bundle";
constexpr int kFormatVersion = 1;
constexpr char kSignaturePrefix[] = "hmac-sha256=";

QByteArray mac(const QByteArray &data, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex();
}

} // namespace

Result<QByteArray> readSiteKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the site key %1: %2").arg(path, file.errorString()));
    const QByteArray key = file.readAll().trimmed();
    if (key.size() < 16)
        return makeError(QObject::tr("The site key %1 is shorter than 16 bytes; use a long random secret "
                                     "(e.g. head -c 32 /dev/urandom | base64).").arg(path));
    return key;
}

QByteArray signBundle(QJsonObject body, const QString &kind, const QByteArray &key)
{
    body.insert(QStringLiteral("format"), QLatin1String(kFormat));
    body.insert(QStringLiteral("format_version"), kFormatVersion);
    body.insert(QStringLiteral("kind"), kind);
    const QByteArray line = compact(body);
    return line + '\n' + kSignaturePrefix + mac(line, key) + '\n';
}

Result<QJsonObject> readSignedBundle(const QByteArray &file, const QString &kind, const QByteArray &key)
{
    const qsizetype newline = file.indexOf('\n');
    const QByteArray line = file.left(newline);
    const QByteArray signature = newline < 0 ? QByteArray() : file.mid(newline + 1).trimmed();
    if (newline < 0 || !signature.startsWith(kSignaturePrefix))
        return makeError(QObject::tr("This is not a signed Souffleur sync bundle (no signature line)."));
    const QByteArray expected = mac(line, key);
    // Compared in full whatever the first difference, so the time taken says nothing about the right signature.
    const QByteArray given = signature.mid(qsizetype(sizeof kSignaturePrefix) - 1);
    int diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(given.size(), expected.size()); ++i)
        diff |= given.at(i) ^ expected.at(i);
    if (diff != 0)
        return makeError(QObject::tr("The bundle's signature does not match: it was altered, or signed with another "
                                     "site key. Nothing was imported."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    const QJsonObject body = doc.object();
    if (!doc.isObject() || body.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(QObject::tr("The bundle is signed but is not a Souffleur sync bundle."));
    if (body.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return makeError(QObject::tr("The bundle has format version %1; this Souffleur reads version %2.")
                             .arg(body.value(QStringLiteral("format_version")).toInt()).arg(kFormatVersion));
    if (body.value(QStringLiteral("kind")).toString() != kind)
        return makeError(QObject::tr("This bundle carries %1, not %2.").arg(body.value(QStringLiteral("kind")).toString(), kind));
    return body;
}

} // namespace souffleur::sync
