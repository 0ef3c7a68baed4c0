// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel/ProcessMapView.h"

#include "style/Theme.h"

#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QPainterPath>
#include <QQueue>
#include <QtMath>

namespace souffleur {

namespace {

// The map's measures in units of the font's size (`em`), so that the boxes hold three lines of their text whatever
// the font: box, gaps between columns and rows.
constexpr qreal kBoxWidth = 13;
constexpr qreal kBoxHeight = 4.5;
constexpr qreal kColumnGap = 3;
constexpr qreal kRowGap = 3.5;

Theme::Tone toneOf(StepType type)
{
    switch (type) {
    case StepType::Action: return Theme::Tone::Info;
    case StepType::Question: return Theme::Tone::Warning;
    case StepType::Resolution: return Theme::Tone::Success;
    case StepType::Escalation: return Theme::Tone::Error;
    }
    return Theme::Tone::Neutral;
}

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

ProcessMapView::ProcessMapView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("processMap"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void ProcessMapView::setProcedure(const QList<Step> &steps)
{
    m_steps = steps;
    m_current.clear();
    m_visited.clear();
    rebuild();
}

void ProcessMapView::setProgress(const QString &currentStep, const QStringList &visited)
{
    m_current = currentStep;
    m_visited = visited;
    rebuild();
}

void ProcessMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
    QGraphicsView::changeEvent(event);
}

void ProcessMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitToWidth();
}

void ProcessMapView::fitToWidth()
{
    // Fit narrow panels by width only; tall maps scroll.
    const QRectF r = scene()->itemsBoundingRect();
    if (r.width() > 0) {
        const qreal scale = qMin<qreal>(1.0, (viewport()->width() - Theme::em(this, 0.6)) / r.width());
        setTransform(QTransform::fromScale(scale, scale));
    }
}

void ProcessMapView::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    if (m_steps.isEmpty())
        return;
    const qreal em = Theme::em(this, 1);
    const qreal boxWidth = kBoxWidth * em;
    const qreal boxHeight = kBoxHeight * em;
    const qreal rowGap = kRowGap * em;
    const QPalette &p = palette();

    // Layers by breadth-first distance from the entry step; unreachable steps go to a last layer.
    QHash<QString, int> layer;
    QHash<QString, const Step *> byId;
    for (const Step &st : m_steps)
        byId.insert(st.id, &st);
    QQueue<QString> queue;
    layer.insert(m_steps.constFirst().id, 0);
    queue.enqueue(m_steps.constFirst().id);
    // Every arrow out of a step: its `next`, each answer (labelled), or for an action without `next` the step
    // that follows it in order.
    auto edgesOf = [&](const Step &st) {
        QList<QPair<QString, QString>> out;
        if (!st.next.isEmpty())
            out.append({st.next, QString()});
        for (const Answer &a : st.answers)
            out.append({a.next, a.label});
        if (st.type == StepType::Action && st.next.isEmpty()) {
            const qsizetype i = m_steps.indexOf(st);
            if (i >= 0 && i + 1 < m_steps.size())
                out.append({m_steps.at(i + 1).id, QString()});
        }
        return out;
    };
    while (!queue.isEmpty()) {
        const QString id = queue.dequeue();
        for (const auto &[t, label] : edgesOf(*byId.value(id))) {
            if (byId.contains(t) && !layer.contains(t)) {
                layer.insert(t, layer.value(id) + 1);
                queue.enqueue(t);
            }
        }
    }
    int maxLayer = 0;
    for (int l : std::as_const(layer))
        maxLayer = qMax(maxLayer, l);
    QHash<int, int> columnsUsed;
    QHash<QString, QRectF> box;
    for (const Step &st : m_steps) {
        const int l = layer.value(st.id, maxLayer + 1);
        const int col = columnsUsed[l]++;
        box.insert(st.id, QRectF(col * (boxWidth + kColumnGap * em), l * (boxHeight + rowGap), boxWidth, boxHeight));
    }

    const QPen edgePen(Theme::line(p), em * 0.11);
    const QPen pathPen(Theme::text(p, Theme::Tone::Current), em * 0.2);
    for (const Step &st : m_steps) {
        const QRectF from = box.value(st.id);
        for (const auto &[target, label] : edgesOf(st)) {
            if (!box.contains(target))
                continue;
            const QRectF to = box.value(target);
            const QPointF a(from.center().x(), from.bottom());
            const QPointF b(to.center().x(), to.top());
            QPainterPath path(a);
            path.cubicTo(a + QPointF(0, rowGap / 2), b - QPointF(0, rowGap / 2), b);
            const bool taken = m_visited.contains(st.id) && (m_visited.contains(target) || target == m_current)
                               && m_visited.indexOf(target) == m_visited.indexOf(st.id) + 1;
            s->addPath(path, taken ? pathPen : edgePen);
            const QPointF tip = b;
            QPolygonF arrow({tip, tip + QPointF(-0.4, -0.7) * em, tip + QPointF(0.4, -0.7) * em});
            s->addPolygon(arrow, taken ? pathPen : edgePen, taken ? pathPen.color() : edgePen.color());
            if (!label.isEmpty()) {
                auto *text = s->addSimpleText(elided(label, 18));
                text->setBrush(Theme::muted(p));
                text->setPos(path.pointAtPercent(0.5) + QPointF(0.3, -0.6) * em);
            }
        }
    }
    for (const Step &st : m_steps) {
        const QRectF r = box.value(st.id);
        const bool current = st.id == m_current;
        const bool visited = m_visited.contains(st.id);
        const QPen pen(current ? pathPen.color() : Theme::line(p), em * (current ? 0.23 : 0.08));
        const QColor fill = Theme::tint(p, toneOf(st.type));
        auto *rect = s->addRect(r, pen, fill);
        rect->setToolTip(st.text);
        auto *text = s->addText(QStringLiteral("%1. %2").arg(m_steps.indexOf(st) + 1).arg(elided(st.text, 70)));
        text->setTextWidth(boxWidth - em * 0.6);
        text->setPos(r.topLeft() + QPointF(em * 0.15, 0));
        text->setDefaultTextColor(visited && !current ? Theme::readable(p, Theme::muted(p), {fill}) : p.color(QPalette::Text));
        if (st.type == StepType::Question) {
            QFont f = text->font();
            f.setBold(true);
            text->setFont(f);
        }
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-em * 0.75, -em * 0.75, em * 0.75, em * 0.75));
    fitToWidth();
}

} // namespace souffleur
