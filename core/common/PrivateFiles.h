// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace souffleur::privatefiles {

// The user's own files (stores, settings, tokens, the hub's data) are readable by that user only: files 0600,
// folders 0700. On a shared machine (a call center's terminal server) other accounts must not read tickets,
// content or tokens. Helpers so that every place that creates such a file does it the same way.

// Creates `path` and any missing parent as 0700 folders; an existing folder is left as it is (it may be the user's
// own choice, like the current folder).
Result<void> makeDir(const QString &path);

// Creates `path` empty as 0600 if it does not exist, so that whatever writes it next (SQLite, QSettings) keeps
// that mode; an existing file of ours is tightened to 0600.
Result<void> makeFile(const QString &path);

// Tightens an existing file or folder to the owner only (0600 / 0700); a missing one is no error.
Result<void> restrict(const QString &path);

// Replaces `path` with `data`, atomically (a temporary file renamed over it), the new file created 0600.
Result<void> write(const QString &path, const QByteArray &data);

} // namespace souffleur::privatefiles
