// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the ticket CSV reader (core/common/Csv.cpp) and the character check the ticket importer applies to each
// field (core/common/TextSafety.cpp).
#include "common/Csv.h"
#include "common/TextSafety.h"

#include <cstddef>
#include <cstdint>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto records = souffleur::parseCsv(bytes, QStringLiteral("fuzz.csv"));
    if (records) {
        for (const souffleur::CsvRecord &r : std::as_const(*records)) {
            for (const QString &field : r.fields)
                (void)souffleur::unsafeCharacter(field, true);
        }
    }
    return 0;
}
