// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncSettingsDialog.h"
#include "style/Theme.h"

#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace souffleur {

SyncSettingsDialog::SyncSettingsDialog(QWidget *parent, SecretStore *secrets)
    : QDialog(parent), m_secrets(secrets ? secrets : SecretStore::instance()), m_url(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_showToken(new QToolButton(this)), m_where(new QLabel(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Hub connection"));
    m_url->setObjectName(QStringLiteral("hubUrl"));
    m_url->setText(Settings().hubUrl().toString());
    m_url->setPlaceholderText(QStringLiteral("https://hub.example.com:8470"));
    m_token->setObjectName(QStringLiteral("hubToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_showToken->setObjectName(QStringLiteral("showHubToken"));
    m_showToken->setText(tr("Show"));
    m_showToken->setToolTip(tr("Show or hide the token"));
    m_showToken->setAccessibleName(tr("Show the token"));
    m_showToken->setCheckable(true);
    connect(m_showToken, &QToolButton::toggled, this,
            [this](bool shown) { m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_token, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    m_where->setObjectName(QStringLiteral("hubTokenWhere"));
    m_where->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("hubProblem"));
    m_problem->setWordWrap(true);
    Theme::setTextTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    auto *intro = new QLabel(tr("Leave the address empty to work from the local knowledge only."), this);
    intro->setWordWrap(true);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    auto *form = new QFormLayout;
    form->addRow(tr("Hub address"), m_url);
    form->addRow(tr("Access token"), tokenRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &SyncSettingsDialog::saved, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_where);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(Theme::em(this, 38), 0);

    // The keychain answers later: the field fills in then, unless the agent already typed a new token.
    m_where->setText(m_secrets->whereKept());
    m_secrets->read(SecretStore::Secret::HubToken).then(this, [this](const Result<QString> &token) {
        m_loaded = true;
        m_where->setText(m_secrets->whereKept());
        if (!token)
            showProblem(token.error().message);
        else if (!m_edited)
            m_token->setText(*token);
    });
}

QString SyncSettingsDialog::hubUrl() const
{
    return m_url->text().trimmed();
}

QString SyncSettingsDialog::token() const
{
    return m_token->text().trimmed();
}

void SyncSettingsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

bool SyncSettingsDialog::save()
{
    const QUrl url(hubUrl(), QUrl::StrictMode);
    if (!hubUrl().isEmpty()) {
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            showProblem(tr("The hub address must start with http:// or https:// and name a host."));
            return false;
        }
        if (token().isEmpty()) {
            showProblem(tr("Enter the access token your administrator gave you."));
            return false;
        }
    }
    m_secrets->write(SecretStore::Secret::HubToken, token()).then(this, [this, address = hubUrl()](const Result<void> &stored) {
        if (!stored) {
            showProblem(stored.error().message);
            return;
        }
        Settings().setHubUrl(QUrl(address));
        emit saved();
    });
    return true;
}

} // namespace souffleur
