// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace souffleur {

// Every message box of the app goes through here, so that tests can answer it instead of a person (KeePassXC's
// MessageBox::setNextAnswer): setNextAnswer() answers the next box without showing it; setAutoAnswer() answers
// every box with its default button, for suites that must never block on one. Answered boxes are kept in
// answered() for the test to check.
class MessageBox final
{
public:
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString details;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::Ok;
    };

    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               const QString &details = {});
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

    // Test hooks.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setAutoAnswer(bool on);
    static QList<Shown> answered();
    static void clearAnswered();

private:
    static QMessageBox::StandardButton show(QWidget *parent, const Shown &box);
};

// Every file dialog of the app goes through here; tests say the next file name with setNextFileName() (an empty
// name is the person canceling), and no dialog shows.
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

    // Test hook.
    static void setNextFileName(const QString &fileName);

private:
    static std::optional<QString> takeNext();
};

} // namespace souffleur
