// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the hand-off parsers (core/handoff/TicketHandoff.cpp): a souffleur:// link as text, the same bytes as a
// query string and as a JSON body.
#include "handoff/TicketHandoff.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)souffleur::TicketHandoff::fromUrl(QString::fromUtf8(bytes));
    (void)souffleur::TicketHandoff::fromQuery(bytes);
    (void)souffleur::TicketHandoff::fromJson(bytes);
    return 0;
}
