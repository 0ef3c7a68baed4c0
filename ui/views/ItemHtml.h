// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QCoreApplication>
#include <QPalette>

namespace souffleur {

// Turns items into the HTML the item view shows, in the colours of the palette given (render again when it changes).
// Kept apart from the widget so that it can be tested alone.
class ItemHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ItemHtml)
public:
    static QString reply(const Item &item, const QPalette &palette);
    // Kind, locale, version, confidence, owner and review state on one line.
    static QString metaLine(const Item &item, const QDate &today, const QPalette &palette);
    static QString kindName(ItemKind kind);
    static QString confidenceName(const QString &confidence);
};

} // namespace souffleur
