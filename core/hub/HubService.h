// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/HubStorage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <functional>

namespace souffleur::hub {

struct HttpRequest
{
    QByteArray method;         // "GET", "POST", …
    QString path;
    QUrlQuery query;
    QByteArray authorization;  // the Authorization header's value
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;  // JSON
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HubLimits
{
    qsizetype maxBody = 8 * 1024 * 1024;   // larger requests get 413
    qsizetype maxRecordPayload = 256 * 1024;
    int maxRecordsPerUpload = 1000;
    int defaultPageSize = 500;
    int maxPageSize = 5000;
};

// The HTTP API v1 of the hub (docs/sync-protocol.md), without any socket: a request in, a response out. The
// server (HubServer) and tests drive it. Every failure is a JSON error {"error": {"code", "message"}} and
// changes nothing; every write is one storage transaction.
class HubService final
{
public:
    HubService(HubStorage &storage, HubLimits limits = {}) : m_storage(storage), m_limits(limits) {}

    HttpResponse handle(const HttpRequest &request);
    const HubLimits &limits() const { return m_limits; }

    // A site relay's service (souffleur-hub relay): publishing is refused (it happens at the central hub), and a
    // desktop whose checkpoint is ahead of the relay's mirror (it synced with the central hub more recently) gets an
    // empty page instead of a resync: the relay will catch up, and nothing the desktop has is wrong.
    void setRelay(bool relay) { m_relay = relay; }
    // Called after an upload stored new records (a relay forwards them upstream at once).
    void setUploadObserver(std::function<void()> observer) { m_uploadObserver = std::move(observer); }

    static HttpResponse error(int status, const QString &code, const QString &message, const QStringList &details = {});

private:
    HttpResponse hello(const HubUser &user);
    HttpResponse changes(const HttpRequest &request);
    HttpResponse snapshot(const HttpRequest &request);
    HttpResponse snapshotPage(const HttpRequest &request);
    HttpResponse outbox(const HubUser &user, const HttpRequest &request);
    static QString relayMayUploadFor(const HubUser &relay, const QString &name, const QHash<QString, HubUser> &users);
    HttpResponse publish(const HubUser &user, const HttpRequest &request);
    HttpResponse users(const HubUser &user);
    HttpResponse outcomes(const HubUser &user, const HttpRequest &request);

    HubStorage &m_storage;
    HubLimits m_limits;
    bool m_relay = false;
    std::function<void()> m_uploadObserver;
};

} // namespace souffleur::hub
