// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "souffleur.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBundle, "souffleur.core.bundle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "souffleur.core.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClassify, "souffleur.core.classify", QtInfoMsg)
