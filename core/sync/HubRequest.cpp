// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/HubRequest.h"

#include <QSslConfiguration>

namespace souffleur::sync {

QNetworkRequest hubRequest(const QUrl &hub, const QString &path, const QUrlQuery &query, bool withBody,
                           const HubRequestOptions &options)
{
    QUrl url = hub;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + options.token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, options.userAgent);
    if (withBody)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(options.transferTimeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!options.caCertificates.isEmpty())
            tls.addCaCertificates(options.caCertificates);
        req.setSslConfiguration(tls);
    }
    return req;
}

} // namespace souffleur::sync
