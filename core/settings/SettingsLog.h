// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// souffleur.core.settings: the settings file and where the tokens are kept (defined in Settings.cpp).
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
