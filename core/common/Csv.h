// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace souffleur {

// One record of a CSV file and the line it starts on (1-based, counting the header).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF, quoted fields with "" escapes and embedded line breaks).
// Malformed input (an unterminated quote, text after a closing quote, invalid UTF-8) is an Error naming the line.
Result<QList<CsvRecord>> parseCsv(const QByteArray &data, const QString &sourceName);
Result<QList<CsvRecord>> readCsvFile(const QString &path);

// Quotes a field when it needs it.
QString csvField(const QString &value);

} // namespace souffleur
