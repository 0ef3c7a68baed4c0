// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and what their actions do (see MainWindow.h for the split).
#include "MainWindow.h"

#include "browser/KnowledgeBrowser.h"
#include "dialogs/Dialogs.h"
#include "status/LongWorkIndicator.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "services/DesktopServices.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include "settings/Settings.h"
#include <QStandardPaths>
#include <QStatusBar>

namespace souffleur {

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importBundle);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportBundle);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_hubAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSyncSettings);
    m_hubAction->setObjectName(QStringLiteral("hubSettingsAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_assistAction = m_viewMenu->addAction(QString(), this, [this] { setMode(Mode::Assist); });
    m_assistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_browseAction = m_viewMenu->addAction(QString(), this, [this] { setMode(Mode::Browse); });
    m_browseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_newTicketAction = m_fileMenu->addAction(QString(), this, [this] {
        setMode(Mode::Assist);
        m_assist->newTicket();
    });
    m_newTicketAction->setShortcut(QKeySequence::New);
    m_fileMenu->insertAction(m_importAction, m_newTicketAction);
    m_previousTicketAction = new QAction(this);
    m_previousTicketAction->setObjectName(QStringLiteral("previousTicketAction"));
    m_previousTicketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previousTicketAction->setEnabled(false);
    connect(m_previousTicketAction, &QAction::triggered, this, [this] {
        setMode(Mode::Assist);
        m_assist->restorePreviousTicket();
    });
    connect(m_assist, &AssistPanel::previousTicketChanged, m_previousTicketAction, &QAction::setEnabled);
    m_fileMenu->insertAction(m_importAction, m_previousTicketAction);
    m_fileMenu->insertSeparator(m_importAction);
    m_viewMenu->addSeparator();
    m_searchAction = m_viewMenu->addAction(QString(), this, &MainWindow::focusSearch);
    m_searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    m_viewMenu->addSeparator();
    m_onTopAction = m_viewMenu->addAction(QString(), this, &MainWindow::setAlwaysOnTop);
    m_onTopAction->setObjectName(QStringLiteral("alwaysOnTopAction"));
    m_onTopAction->setCheckable(true);
    m_onTopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_compactAction = m_viewMenu->addAction(QString(), this, &MainWindow::setCompact);
    m_compactAction->setObjectName(QStringLiteral("compactAction"));
    m_compactAction->setCheckable(true);
    m_compactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QString setting = Settings().language();
    for (const QString &code : {QString(), QStringLiteral("fr"), QStringLiteral("en")}) {
        QAction *a = m_languageMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == setting);
        a->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Souffleur"),
                           tr("<h3>Souffleur %1</h3><p>The agent's prompter: the right procedure and reply for the "
                              "customer's problem, at once.</p><p>Knowledge store: %2</p>")
                               .arg(QStringLiteral(SOUFFLEUR_VERSION), m_storePath.toHtmlEscaped()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Souffleur"));
    m_browser->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import knowledge bundle…"));
    m_exportAction->setText(tr("&Export knowledge bundle…"));
    m_quitAction->setText(tr("&Quit"));
    m_hubAction->setText(tr("&Hub connection…"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_assistAction->setText(tr("&Ticket assistant"));
    m_browseAction->setText(tr("&Knowledge base"));
    m_newTicketAction->setText(tr("&New ticket"));
    m_previousTicketAction->setText(tr("&Previous ticket"));
    m_previousTicketAction->setToolTip(tr("Bring back the ticket put aside by a hand-off or a new ticket (Ctrl+Shift+P)"));
    m_onTopAction->setText(tr("Always on &top"));
    m_onTopAction->setToolTip(tr("Keep Souffleur above the phone software (Ctrl+Shift+T)"));
    m_compactAction->setText(tr("&Compact"));
    m_compactAction->setToolTip(tr("Only the notes of the ticket card, no search bar (Ctrl+Shift+M)"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions()) {
        const QString code = a->data().toString();
        a->setText(code.isEmpty() ? tr("System default") : code == QLatin1String("fr") ? QStringLiteral("Français")
                                                                                        : QStringLiteral("English"));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Souffleur"));
    refreshStatus();
}

void MainWindow::importBundle()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import a knowledge bundle"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                     tr("Knowledge bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Importing %1…").arg(path));
    auto importing = m_services.bundles().importFile(path);
    m_longWork->track(tr("Importing…"), QFuture<void>(importing));
    importing
        .then(this, [this](const Result<ImportReport> &r) {
            statusBar()->clearMessage();
            if (!r) {
                showError(tr("Import failed"), r.error().message, r.error().details.join(QLatin1Char('\n')));
                return;
            }
            refreshContent();
            MessageBox::information(this, tr("Import finished"), r->summary());
        })
        .onCanceled(this, [this] { statusBar()->showMessage(tr("Import canceled: nothing was imported."), 5000); });
}

void MainWindow::exportBundle()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the knowledge base"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + QStringLiteral("/knowledge.json"),
                                                     tr("Knowledge bundles (*.json)"));
    if (path.isEmpty())
        return;
    auto exported = m_services.bundles().exportFile(path);
    m_longWork->track(tr("Exporting…"), QFuture<void>(exported));
    exported
        .then(this, [this, path](const Result<void> &r) {
            if (!r)
                showError(tr("Export failed"), r.error().message);
            else
                statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
        })
        .onCanceled(this, [this] { statusBar()->showMessage(tr("Export canceled: no file was written."), 5000); });
}

void MainWindow::setLanguage(const QString &setting)
{
    Settings().setLanguage(setting);
    m_translator.apply(Translator::effectiveLanguage(setting));
}

} // namespace souffleur
