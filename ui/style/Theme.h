// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace souffleur {

// Semantic colours (info, success, warning, error, the current step, quiet text) and sizes in font units, derived
// from the palette and the font in force instead of hard-coded, so that every widget reads on light, dark and
// high-contrast palettes alike. Colours are computed when a widget renders; widgets render again on
// QEvent::PaletteChange. Every text colour returned here reaches minimumContrast() against the backgrounds it is
// meant for (WCAG 2 contrast ratio), falling back to the palette's own text colour when nothing softer does.
class Theme final
{
public:
    // Neutral is the palette's text; Quiet is secondary text (as muted()); Current marks where the agent is.
    enum class Tone { Neutral, Quiet, Info, Success, Warning, Error, Current };

    // Text of the tone: readable on the palette's Base and Window and on the tone's quiet tints (on a strong tint,
    // pass it through readable()).
    static QColor text(const QPalette &palette, Tone tone);
    // A quiet background for notices, cards and highlights of the tone, behind the palette's text colour.
    // `surface` is what the tint is laid on: Base for text views, Window for labels and frames.
    static QColor tint(const QPalette &palette, Tone tone, QPalette::ColorRole surface = QPalette::Base);
    // A louder background (an unfilled placeholder, which must be seen), still behind readable text.
    static QColor strongTint(const QPalette &palette, Tone tone, QPalette::ColorRole surface = QPalette::Base);
    // Secondary text (hints, meta lines, steps already done) and text of what is not reached yet: softer than the
    // palette's text, never below the minimum contrast on Base and Window.
    static QColor muted(const QPalette &palette);
    static QColor faint(const QPalette &palette);
    // Lines that must be seen but not read (map edges, chip outlines): 3:1 against Base (WCAG non-text contrast).
    static QColor line(const QPalette &palette);
    // The first colour from `preferred` towards `fallback` that reaches the minimum contrast on every background.
    static QColor readable(const QPalette &palette, const QColor &preferred, const QList<QColor> &backgrounds);

    // A copy of `palette` for a label or frame shown as a notice of the tone: Window is the tint, WindowText the
    // tone's text (readable on the tint).
    static QPalette notice(const QPalette &palette, Tone tone);

    // Gives `widget` the tone's text colour (WindowText, ButtonText and Text), or, as a notice, the tone's tint behind
    // readable WindowText (it then fills its background; buttons inside keep their colours), and keeps it so whenever
    // the palette around it changes. Calling again changes the tone.
    static void setTextTone(QWidget *widget, Tone tone);
    // `tonedText` false: the palette's own text on the tint (a card to read, rather than a notice to notice).
    static void setNoticeTone(QWidget *widget, Tone tone, bool tonedText = true);
    // A flat push button drawn as a rounded chip with an outline that can be seen (3:1) on the palette, sized in
    // font units; kept so when the palette changes.
    static void setChipStyle(QWidget *widget);

    // WCAG 2 relative luminance (0..1) and contrast ratio (1..21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    // What text must reach: 4.5 (WCAG AA), 7 (AAA) where the palette itself is high contrast.
    static double minimumContrast(const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // "#rrggbb", for HTML and style sheets generated at render time.
    static QString css(const QColor &color);

    // Sizes in units of the widget's font, so that they follow the font size and the screen's DPI: `ems` times
    // the font's pixel size, and `count` text lines.
    static int em(const QWidget *widget, qreal ems);
    static int lines(const QWidget *widget, qreal count);
};

} // namespace souffleur
