// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Csv.h"

#include "common/InputLimits.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>

namespace souffleur {

Result<QList<CsvRecord>> parseCsv(const QByteArray &data, const QString &sourceName)
{
    if (data.size() > limits::kMaxCsvBytes)
        return makeError(QObject::tr("%1 is larger than the limit of %2 MiB for a CSV file.")
                             .arg(sourceName).arg(limits::kMaxCsvBytes / (1024 * 1024)));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return makeError(QObject::tr("%1 is not valid UTF-8 text.").arg(sourceName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false;  // just closed a quoted field: only a separator or line end may follow
    bool fieldStarted = false;
    const qsizetype n = text.size();
    const auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !fieldStarted))
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        fieldStarted = false;
        afterQuote = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        // Checked as the field grows, so that one huge field or row is refused without being held whole.
        if (field.size() > limits::kMaxCsvFieldLength)
            return makeError(QObject::tr("%1, line %2: a field is over the limit of %3 characters.")
                                 .arg(sourceName).arg(record.line).arg(limits::kMaxCsvFieldLength));
        if (record.fields.size() > limits::kMaxCsvFields)
            return makeError(QObject::tr("%1, line %2: the row has over the limit of %3 fields.")
                                 .arg(sourceName).arg(record.line).arg(limits::kMaxCsvFields));
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
            afterQuote = false;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (afterQuote) {
            return makeError(QObject::tr("%1, line %2: unexpected text after a closing quote.").arg(sourceName).arg(line));
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return makeError(QObject::tr("%1, line %2: a quote inside an unquoted field (quote the whole field "
                                             "and double the quote).").arg(sourceName).arg(line));
            inQuotes = true;
            fieldStarted = true;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return makeError(QObject::tr("%1, line %2: a quoted field is never closed.").arg(sourceName).arg(record.line));
    if (field.size() > limits::kMaxCsvFieldLength)
        return makeError(QObject::tr("%1, line %2: a field is over the limit of %3 characters.")
                             .arg(sourceName).arg(record.line).arg(limits::kMaxCsvFieldLength));
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

Result<QList<CsvRecord>> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parseCsv(file.readAll(), QFileInfo(path).fileName());
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace souffleur
