// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <optional>

namespace souffleur {

// The desktop's settings, typed: one place that knows every key, its type and its default (KeePassXC's Config is
// the model), over the user's QSettings file (~/.config/Souffleur/Souffleur.conf on Linux). Cheap to construct,
// like QSettings. The file and its folder are made readable by the user only before the first write.
// Secrets (the hub token, the hand-off token) are not here: SecretStore keeps them in the OS keychain.
// docs/settings.md lists the keys.
class Settings final
{
public:
    // Version of the file's layout. 0: before versions (tokens in clear in the file); 1: tokens moved to the
    // SecretStore (SecretStore::migrateLegacy() does that step, since the keychain answers asynchronously).
    static constexpr int kCurrentVersion = 1;

    Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QString fileName() const;
    // The folder that holds the settings file (and the token fallback file), created 0700.
    QString folder() const;

    int version() const;
    void setVersion(int version);
    // Runs the synchronous migration steps (none yet beyond version 1) and tightens the file's mode. A file from a
    // newer Souffleur is left as it is.
    void migrate();

    // ui/language: "" follows the system, else "fr" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // window/*: the main window's place and layout (opaque Qt blobs), and the View menu's two toggles.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    bool alwaysOnTop() const;
    void setAlwaysOnTop(bool on);
    bool compact() const;
    void setCompact(bool on);

    // sync/hubUrl: the hub this desktop syncs with; empty: local knowledge only.
    QUrl hubUrl() const;
    void setHubUrl(const QUrl &url);

    // handoff/httpPort: the loopback hand-off endpoint's port, 0 (the default) for off; std::nullopt when the file
    // holds something that is not a port (the caller says so).
    std::optional<quint16> handoffHttpPort() const;
    void setHandoffHttpPort(quint16 port);

    // user/name: the author named in feedback payloads; empty: the login name.
    QString userName() const;
    void setUserName(const QString &name);

    // secrets/fallbackNoticed: whether the agent was told, once, that there is no keychain and tokens are in a
    // private file.
    bool keychainFallbackNoticed() const;
    void setKeychainFallbackNoticed(bool noticed);

    // Version 0 kept tokens here in clear; SecretStore::migrateLegacy() moves them out with these.
    QString legacySecret(const QString &key) const;
    void removeLegacySecret(const QString &key);

    void sync();

private:
    void makePrivate();

    QSettings m_settings;
};

} // namespace souffleur
