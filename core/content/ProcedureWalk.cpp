// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ProcedureWalk.h"

namespace souffleur {

ProcedureWalk::ProcedureWalk(QList<Step> steps) : m_steps(std::move(steps))
{
    restart();
}

const Step *ProcedureWalk::find(const QString &id) const
{
    for (const Step &s : m_steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

int ProcedureWalk::stepNumber(const QString &stepId) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).id == stepId)
            return int(i) + 1;
    return 0;
}

const Step *ProcedureWalk::current() const
{
    return find(m_current);
}

bool ProcedureWalk::finished() const
{
    const Step *s = current();
    if (!s)
        return true;
    if (s->type == StepType::Resolution || s->type == StepType::Escalation)
        return true;
    return s->type == StepType::Action && !find(s->next) && stepNumber(s->id) == int(m_steps.size());
}

bool ProcedureWalk::escalated() const
{
    const Step *s = current();
    return s && s->type == StepType::Escalation;
}

void ProcedureWalk::moveTo(const QString &id)
{
    m_current = id;
    m_path.append({id, {}});
}

bool ProcedureWalk::advance()
{
    const Step *s = current();
    if (!s || s->type != StepType::Action)
        return false;
    // An action without `next` continues with the following step in document order.
    QString next = s->next;
    if (next.isEmpty()) {
        const int n = stepNumber(s->id);
        if (n <= 0 || n >= m_steps.size())
            return false;
        next = m_steps.at(n).id;
    }
    if (!find(next))
        return false;
    moveTo(next);
    return true;
}

bool ProcedureWalk::answer(int index)
{
    const Step *s = current();
    if (!s || s->type != StepType::Question || index < 0 || index >= s->answers.size())
        return false;
    const Answer a = s->answers.at(index);
    if (!find(a.next))
        return false;
    m_path.last().answer = a.label;
    moveTo(a.next);
    return true;
}

bool ProcedureWalk::back()
{
    if (m_path.size() <= 1)
        return false;
    m_path.removeLast();
    m_path.last().answer.clear();
    m_current = m_path.last().stepId;
    return true;
}

void ProcedureWalk::restart()
{
    m_path.clear();
    m_current.clear();
    if (!m_steps.isEmpty())
        moveTo(m_steps.constFirst().id);
}

QString ProcedureWalk::pathText(const QString &doneMark) const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_path.size(); ++i) {
        const Visit &v = m_path.at(i);
        const Step *s = find(v.stepId);
        if (!s)
            continue;
        QString line = QStringLiteral("%1. %2").arg(stepNumber(v.stepId)).arg(s->text);
        if (!v.answer.isEmpty())
            line += QStringLiteral(" → ") + v.answer;
        else if (i + 1 < m_path.size())
            line += QLatin1Char(' ') + doneMark;
        else if (s->type == StepType::Escalation)
            line += QStringLiteral(" → ") + s->escalateTo;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace souffleur
