// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the hand-off endpoint's request reading (core/handoff/HandoffHttpRequest.cpp) as a connection delivers it:
// the whole input at once, and every prefix a slow client would send first.
#include "handoff/HandoffHttpRequest.h"
#include "handoff/TicketHandoff.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using souffleur::HandoffHttpRequest;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HandoffHttpRequest r = HandoffHttpRequest::parse(bytes, 47110);
    if (r.state == HandoffHttpRequest::State::Complete) {
        (void)souffleur::TicketHandoff::fromQuery(r.query);
        (void)souffleur::TicketHandoff::fromJson(r.body);
    }
    // Prefixes, at a few cut points (all of them would make each run quadratic).
    for (qsizetype cut : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
        if (cut > 0)
            (void)HandoffHttpRequest::parse(bytes.left(cut), 47110);
    }
    return 0;
}
