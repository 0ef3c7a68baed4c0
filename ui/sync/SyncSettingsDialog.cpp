// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncSettingsDialog.h"
#include "style/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace souffleur {

SyncSettingsDialog::SyncSettingsDialog(QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_token(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Hub connection"));
    QSettings settings;
    m_url->setObjectName(QStringLiteral("hubUrl"));
    m_url->setText(settings.value(QStringLiteral("sync/hubUrl")).toString());
    m_url->setPlaceholderText(QStringLiteral("https://hub.example.com:8470"));
    m_token->setObjectName(QStringLiteral("hubToken"));
    m_token->setText(settings.value(QStringLiteral("sync/token")).toString());
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_problem->setObjectName(QStringLiteral("hubProblem"));
    m_problem->setWordWrap(true);
    Theme::setTextTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    auto *intro = new QLabel(tr("Leave the address empty to work from the local knowledge only. The token is kept in "
                                "your settings file."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Hub address"), m_url);
    form->addRow(tr("Access token"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(Theme::em(this, 38), 0);
}

QString SyncSettingsDialog::hubUrl() const
{
    return m_url->text().trimmed();
}

QString SyncSettingsDialog::token() const
{
    return m_token->text().trimmed();
}

bool SyncSettingsDialog::save()
{
    const QUrl url(hubUrl(), QUrl::StrictMode);
    if (!hubUrl().isEmpty()) {
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            m_problem->setText(tr("The hub address must start with http:// or https:// and name a host."));
            m_problem->show();
            return false;
        }
        if (token().isEmpty()) {
            m_problem->setText(tr("Enter the access token your administrator gave you."));
            m_problem->show();
            return false;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("sync/hubUrl"), hubUrl());
    settings.setValue(QStringLiteral("sync/token"), token());
    return true;
}

} // namespace souffleur
