// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Offline sync bundles (docs/sync-protocol.md, "Offline bundles"): change pages going down or outbox records going
// up, for sites with no link, in a file signed with HMAC-SHA256 under a key the site shares with its hub.
namespace souffleur::sync {

namespace bundleKind {
inline QString changes() { return QStringLiteral("changes"); }
inline QString outbox() { return QStringLiteral("outbox"); }
} // namespace bundleKind

// Reads a site key file (its bytes, surrounding whitespace trimmed); refuses a missing, empty or short key.
Result<QByteArray> readSiteKey(const QString &path);

// The file: the body as one line of compact JSON (with "format", "format_version" and "kind" added), then a line
// "hmac-sha256=HEX" over that first line's bytes.
QByteArray signBundle(QJsonObject body, const QString &kind, const QByteArray &key);

// Checks the signature before reading anything, then the format and the kind; the body on success.
Result<QJsonObject> readSignedBundle(const QByteArray &file, const QString &kind, const QByteArray &key);

} // namespace souffleur::sync
