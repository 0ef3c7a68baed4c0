// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Gzip.h"

#include <QObject>

#include <zlib.h>

namespace souffleur::sync {

namespace {

constexpr int kGzipWindowBits = 15 + 16;  // 16: write a gzip header and trailer instead of zlib's
constexpr int kAutoWindowBits = 15 + 32;  // 32: detect gzip or zlib from the header

} // namespace

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

Result<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize)
{
    z_stream stream{};
    if (inflateInit2(&stream, kAutoWindowBits) != Z_OK)
        return makeError(QObject::tr("Cannot start decompression."));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return makeError(QObject::tr("The compressed data is corrupt or truncated."));
        }
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (out.size() > maxSize) {
            inflateEnd(&stream);
            return makeError(QObject::tr("The compressed data expands beyond %1 bytes.").arg(maxSize));
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return makeError(QObject::tr("The compressed data is truncated."));
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace souffleur::sync
