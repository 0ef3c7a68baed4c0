// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

namespace souffleur {

// An agent's way through a procedure's flow graph: the current step, the steps done and the answers given.
// Guards against broken graphs (a `next` to nowhere ends the walk; a loop is allowed, since "try again" is a real
// step, but the path records every visit).
class ProcedureWalk final
{
public:
    struct Visit
    {
        QString stepId;
        QString answer;  // the answer chosen at a question, empty otherwise
    };

    explicit ProcedureWalk(QList<Step> steps);

    const Step *current() const;
    bool finished() const;            // at a resolution or an escalation, or nowhere left to go
    bool escalated() const;           // finished at an escalation step
    const QList<Visit> &path() const { return m_path; }
    int stepNumber(const QString &stepId) const;  // 1-based, 0 when unknown
    const QList<Step> &steps() const { return m_steps; }

    // Marks an action step done and moves to its next step.
    bool advance();
    // Answers the current question with answer `index` and follows its branch.
    bool answer(int index);
    // Goes back one step (undo of the last advance or answer).
    bool back();
    void restart();

    // The path as text for the ticket notes: "1. Restart the router ✓ / 2. Light fixed? → No / …".
    QString pathText(const QString &doneMark = QStringLiteral("✓")) const;

private:
    const Step *find(const QString &id) const;
    void moveTo(const QString &id);

    QList<Step> m_steps;
    QList<Visit> m_path;   // every visited step, the last one is the current step
    QString m_current;
};

} // namespace souffleur
