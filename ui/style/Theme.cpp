// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <functional>

namespace souffleur {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t), float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

// The hue of each tone; its lightness is then moved towards the palette's text until it reads. These are the
// only colour constants of the UI: everything else comes from the palette.
QColor hueOf(const QPalette &palette, Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Neutral: return palette.color(QPalette::Text);
    case Theme::Tone::Quiet: return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
    case Theme::Tone::Info: return QColor::fromHsl(213, 190, 110);
    case Theme::Tone::Success: return QColor::fromHsl(145, 160, 95);
    case Theme::Tone::Warning: return QColor::fromHsl(38, 230, 120);
    case Theme::Tone::Error: return QColor::fromHsl(356, 190, 110);
    case Theme::Tone::Current: return palette.color(QPalette::Highlight);
    }
    return palette.color(QPalette::Text);
}

double worstContrast(const QColor &fg, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &bg : backgrounds)
        worst = std::min(worst, Theme::contrast(fg, bg));
    return worst;
}

// The strongest mix of the tone into the surface (up to `strength`) behind which the surface's text still reads.
QColor tintOf(const QPalette &palette, Theme::Tone tone, QPalette::ColorRole surface, qreal strength)
{
    const QColor base = palette.color(surface);
    const QColor text = palette.color(surface == QPalette::Window ? QPalette::WindowText : QPalette::Text);
    const double target = std::min(Theme::minimumContrast(palette), Theme::contrast(text, base));
    const QColor hue = hueOf(palette, tone);
    for (qreal s = strength; s > 0.0; s -= 0.02) {
        const QColor c = mix(base, hue, s);
        if (Theme::contrast(text, c) >= target)
            return c;
    }
    return base;
}

// Dark surfaces need more of the hue for a tint to be seen at all.
qreal quietStrength(const QPalette &palette)
{
    return Theme::isDark(palette) ? 0.26 : 0.16;
}

// Keeps a widget's colours when the palette around it changes: a widget's own colour roles (and its style sheet)
// are not inherited, so they are made again from its parent's palette on every PaletteChange the widget receives.
class PaletteFollower final : public QObject
{
    Q_DISABLE_COPY_MOVE(PaletteFollower)
public:
    using Apply = std::function<void(QWidget *widget, const QPalette &around)>;

    explicit PaletteFollower(QWidget *widget) : QObject(widget), m_widget(widget) { widget->installEventFilter(this); }
    void setApply(Apply apply)
    {
        m_apply = std::move(apply);
        run();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Its own setPalette()/setStyleSheet() sends the widget a PaletteChange too: not a change around it.
        if (watched == m_widget && event->type() == QEvent::PaletteChange && !m_applying)
            run();
        return false;
    }

private:
    void run()
    {
        const QWidget *parent = m_widget->parentWidget();
        m_applying = true;
        m_apply(m_widget, parent ? parent->palette() : QApplication::palette(m_widget));
        m_applying = false;
    }

    QWidget *m_widget;
    Apply m_apply;
    bool m_applying = false;
};

void follow(QWidget *widget, PaletteFollower::Apply apply)
{
    // Not findChild(): without Q_OBJECT, qobject_cast would take any child (a layout) for the follower.
    PaletteFollower *follower = nullptr;
    for (QObject *child : widget->children())
        if (auto *f = dynamic_cast<PaletteFollower *>(child))
            follower = f;
    if (!follower)
        follower = new PaletteFollower(widget);
    follower->setApply(std::move(apply));
}

} // namespace

void Theme::setTextTone(QWidget *widget, Tone tone)
{
    follow(widget, [tone](QWidget *w, const QPalette &around) {
        QPalette own;
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
            own.setColor(role, text(around, tone));
        w->setPalette(own);
    });
}

void Theme::setNoticeTone(QWidget *widget, Tone tone, bool tonedText)
{
    follow(widget, [tone, tonedText](QWidget *w, const QPalette &around) {
        // Buttons inside a notice keep their own colours: they draw their own background.
        const QPalette p = notice(around, tone);
        QPalette own;
        own.setColor(QPalette::Window, p.color(QPalette::Window));
        own.setColor(QPalette::WindowText, tonedText ? p.color(QPalette::WindowText) : around.color(QPalette::WindowText));
        w->setAutoFillBackground(true);
        w->setPalette(own);
    });
}

void Theme::setChipStyle(QWidget *widget)
{
    follow(widget, [](QWidget *w, const QPalette &around) {
        const QString sheet = QStringLiteral("QPushButton { border: %1px solid %2; border-radius: %3px; padding: %4px %5px; }")
                                  .arg(std::max(1, em(w, 0.08)))
                                  .arg(css(line(around)))
                                  .arg(em(w, 0.7))
                                  .arg(em(w, 0.15))
                                  .arg(em(w, 0.6));
        if (w->styleSheet() != sheet)
            w->setStyleSheet(sheet);
    });
}

double Theme::luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double Theme::minimumContrast(const QPalette &palette)
{
    return contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 15.0 ? 7.0 : 4.5;
}

bool Theme::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QString Theme::css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QColor Theme::readable(const QPalette &palette, const QColor &preferred, const QList<QColor> &backgrounds)
{
    const QColor fallback = palette.color(QPalette::Text);
    const double target = std::min(minimumContrast(palette), worstContrast(fallback, backgrounds));
    for (qreal t = 0.0; t < 1.0; t += 0.05) {
        const QColor c = mix(preferred, fallback, t);
        if (worstContrast(c, backgrounds) >= target)
            return c;
    }
    return fallback;
}

QColor Theme::tint(const QPalette &palette, Tone tone, QPalette::ColorRole surface)
{
    return tintOf(palette, tone, surface, quietStrength(palette));
}

QColor Theme::strongTint(const QPalette &palette, Tone tone, QPalette::ColorRole surface)
{
    return tintOf(palette, tone, surface, 0.5);
}

QColor Theme::text(const QPalette &palette, Tone tone)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Text);
    if (tone == Tone::Quiet)
        return muted(palette);
    return readable(palette, hueOf(palette, tone),
                    {palette.color(QPalette::Base), palette.color(QPalette::Window), tint(palette, tone, QPalette::Base),
                     tint(palette, tone, QPalette::Window)});
}

QColor Theme::muted(const QPalette &palette)
{
    return readable(palette, hueOf(palette, Tone::Quiet),
                    {palette.color(QPalette::Base), palette.color(QPalette::Window)});
}

QColor Theme::faint(const QPalette &palette)
{
    return readable(palette, mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55),
                    {palette.color(QPalette::Base), palette.color(QPalette::Window)});
}

QColor Theme::line(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (qreal t = 0.45; t < 1.0; t += 0.05) {
        const QColor c = mix(base, text, t);
        if (contrast(c, base) >= 3.0)
            return c;
    }
    return text;
}

QPalette Theme::notice(const QPalette &palette, Tone tone)
{
    QPalette p = palette;
    const QColor background = tint(palette, tone, QPalette::Window);
    const QColor foreground = readable(palette, text(palette, tone), {background});
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    return p;
}

int Theme::em(const QWidget *widget, qreal ems)
{
    return qRound(QFontInfo(widget->font()).pixelSize() * ems);
}

int Theme::lines(const QWidget *widget, qreal count)
{
    return qRound(QFontMetricsF(widget->font()).lineSpacing() * count);
}

} // namespace souffleur
