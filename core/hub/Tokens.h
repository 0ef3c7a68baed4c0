// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace souffleur::hub {

// Bearer tokens: 32 random bytes from the system's CSPRNG, base64url without padding (43 characters). The hub
// stores only their SHA-256, so a copy of its database does not let anyone in.
QString newToken();
QByteArray tokenHash(const QString &token);

} // namespace souffleur::hub
