// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the knowledge bundle reader (core/bundle/BundleReader.cpp) with any bytes: it must refuse or accept, never
// crash, hang or read out of bounds.
#include "bundle/BundleReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)souffleur::BundleReader::read(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
