// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextSafety.h"

namespace souffleur {

QString unsafeCharacter(const QString &value, bool multiLine)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool allowedBreak = multiLine && (c == u'\n' || c == u'\t' || c == u'\r');
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                          || c == 0x2028 || c == 0x2029;
        const bool nonCharacter = c == 0xfffe || c == 0xffff;
        const bool loneSurrogate = QChar::isSurrogate(c)
                                   && !(QChar::isHighSurrogate(c) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
                                   && !(QChar::isLowSurrogate(c) && i > 0 && value.at(i - 1).isHighSurrogate());
        if ((control && !allowedBreak) || bidi || nonCharacter || loneSurrogate)
            return QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}

} // namespace souffleur
