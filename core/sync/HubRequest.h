// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace souffleur::sync {

// A request to a hub's API (docs/sync-protocol.md), as the desktop engine and a site relay send it: the path under
// the hub URL's own path, the bearer token, JSON, HTTP/1.1 (the hub speaks nothing else), a transfer timeout, and
// for https:// TLS 1.2 or later with `caCertificates` trusted in addition to the system's (checks never turned off).
struct HubRequestOptions
{
    QString token;
    QList<QSslCertificate> caCertificates;
    int transferTimeoutMs = 30000;
    QByteArray userAgent;
};

QNetworkRequest hubRequest(const QUrl &hub, const QString &path, const QUrlQuery &query, bool withBody,
                           const HubRequestOptions &options);

} // namespace souffleur::sync
