// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbCommand.h"

namespace souffleur::kb {

// The agent's feedback on an item, recorded exactly as the desktop's feedback bar does (FeedbackRecorder: a row of
// my_feedback and an outbox record in one transaction, uploaded by the next sync). Each prints the record's uuid
// and the number of records waiting to go up. ITEM is an item id; with --locale, its variant in that locale.
//   suggest-edit ITEM --field title|summary|subject|body|tone --text TEXT --reason WHY
//   flag ITEM --reason outdated|wrong|unclear [--comment TEXT]
//   vote ITEM --helpful | --not-helpful
// --author NAME says who the agent is (default: $USER, as the desktop when no name is configured).
int runSuggestEdit(Context &ctx);
int runFlag(Context &ctx);
int runVote(Context &ctx);

} // namespace souffleur::kb
