// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace souffleur {

// The one check for characters that have no place in text shown to the agent, shared by the hand-off, bundles and
// ticket files: C0 and C1 controls (ESC could drive a terminal, NUL truncates, BEL rings; tab and line breaks are
// allowed only where the text may span lines), bidirectional embeddings, overrides, isolates and marks (they reorder
// what the agent reads: "Trojan Source"), the line and paragraph separators, non-characters and lone surrogates.
// Returns the first such character as "U+202E", or an empty string when the text is clean.
QString unsafeCharacter(const QString &value, bool multiLine);

} // namespace souffleur
