// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QGraphicsView>

namespace souffleur {

// The visual process map of a procedure: its steps as boxes in layers (breadth-first from the entry step),
// arrows for `next` and for each answer (labelled), the current step and the path taken highlighted; drawn in the
// palette's colours and the font's units, and again when either changes.
class ProcessMapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessMapView)
public:
    explicit ProcessMapView(QWidget *parent = nullptr);

    void setProcedure(const QList<Step> &steps);
    void setProgress(const QString &currentStep, const QStringList &visited);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitToWidth();

    QList<Step> m_steps;
    QString m_current;
    QStringList m_visited;
};

} // namespace souffleur
