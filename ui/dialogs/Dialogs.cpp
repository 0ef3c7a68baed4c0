// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/Dialogs.h"

#include <QFileDialog>

namespace souffleur {

namespace {

// Test hooks: set and read on the UI thread only.
std::optional<QMessageBox::StandardButton> g_nextAnswer;
bool g_autoAnswer = false;
QList<MessageBox::Shown> g_answered;
std::optional<QString> g_nextFileName;

} // namespace

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    return show(parent, {QMessageBox::Warning, title, text, details, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, {QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, {QMessageBox::Question, title, text, {}, buttons, defaultButton});
}

QMessageBox::StandardButton MessageBox::show(QWidget *parent, const Shown &shown)
{
    if (g_nextAnswer || g_autoAnswer) {
        const QMessageBox::StandardButton answer = g_nextAnswer.value_or(shown.defaultButton);
        g_nextAnswer.reset();
        g_answered.append(shown);
        return answer;
    }
    QMessageBox box(shown.icon, shown.title, shown.text, shown.buttons, parent);
    box.setDefaultButton(shown.defaultButton);
    if (!shown.details.isEmpty())
        box.setDetailedText(shown.details);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswer = button;
}

void MessageBox::setAutoAnswer(bool on)
{
    g_autoAnswer = on;
}

QList<MessageBox::Shown> MessageBox::answered()
{
    return g_answered;
}

void MessageBox::clearAnswered()
{
    g_answered.clear();
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

std::optional<QString> FileDialog::takeNext()
{
    auto next = std::move(g_nextFileName);
    g_nextFileName.reset();
    return next;
}

} // namespace souffleur
