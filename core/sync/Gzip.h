// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace souffleur::sync {

// gzip (RFC 1952) bodies for HTTP Content-Encoding. qCompress() writes zlib framing with a Qt length prefix,
// which no HTTP client understands, hence this small wrapper over zlib.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

// Inflates gzip or zlib data (the header tells which). Fails on corrupt or truncated input, and when the output
// would exceed `maxSize` (a small body must not expand into gigabytes).
Result<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize);

} // namespace souffleur::sync
