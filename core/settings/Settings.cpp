// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "common/PrivateFiles.h"
#include "settings/SettingsLog.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>

Q_LOGGING_CATEGORY(lcSettings, "souffleur.core.settings", QtInfoMsg)

namespace souffleur {

namespace {

// Every key of the file, in one place (docs/settings.md lists them with their defaults).
namespace key {
const QString version = QStringLiteral("settings/version");
const QString language = QStringLiteral("ui/language");
const QString geometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString splitter = QStringLiteral("window/splitter");
const QString alwaysOnTop = QStringLiteral("window/alwaysOnTop");
const QString compact = QStringLiteral("window/compact");
const QString hubUrl = QStringLiteral("sync/hubUrl");
const QString handoffPort = QStringLiteral("handoff/httpPort");
const QString userName = QStringLiteral("user/name");
const QString fallbackNoticed = QStringLiteral("secrets/fallbackNoticed");
} // namespace key

// Files already made private in this process: a stat per Settings object is cheap, but once is enough.
QMutex g_privateMutex;
QSet<QString> g_privateFiles;

} // namespace

Settings::Settings()
{
    makePrivate();
}

QString Settings::fileName() const
{
    return m_settings.fileName();
}

QString Settings::folder() const
{
    return QFileInfo(m_settings.fileName()).absolutePath();
}

void Settings::makePrivate()
{
    if (m_settings.format() != QSettings::NativeFormat && m_settings.format() != QSettings::IniFormat)
        return;
    const QString file = m_settings.fileName();
    QMutexLocker lock(&g_privateMutex);
    if (g_privateFiles.contains(file))
        return;
    // Before QSettings first writes it: QSettings keeps the mode of an existing file when it rewrites it.
    auto made = privatefiles::makeDir(folder());
    if (made)
        made = privatefiles::restrict(folder());
    if (made)
        made = privatefiles::makeFile(file);
    if (!made)
        qCWarning(lcSettings) << made.error().message;
    g_privateFiles.insert(file);
}

int Settings::version() const
{
    return m_settings.value(key::version, 0).toInt();
}

void Settings::setVersion(int version)
{
    m_settings.setValue(key::version, version);
}

void Settings::migrate()
{
    const int from = version();
    if (from > kCurrentVersion) {
        qCWarning(lcSettings) << "settings file" << fileName() << "has version" << from << "from a newer Souffleur; left as it is";
        return;
    }
    // Version 0 -> 1 is SecretStore::migrateLegacy(): it must wait for the keychain's answer. Later synchronous
    // steps go here, each guarded by `from < N`.
    if (auto r = privatefiles::restrict(fileName()); !r)
        qCWarning(lcSettings) << r.error().message;
}

QString Settings::language() const
{
    return m_settings.value(key::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(key::language, language);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key::geometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key::windowState, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(key::splitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(key::splitter, state);
}

bool Settings::alwaysOnTop() const
{
    return m_settings.value(key::alwaysOnTop, false).toBool();
}

void Settings::setAlwaysOnTop(bool on)
{
    m_settings.setValue(key::alwaysOnTop, on);
}

bool Settings::compact() const
{
    return m_settings.value(key::compact, false).toBool();
}

void Settings::setCompact(bool on)
{
    m_settings.setValue(key::compact, on);
}

QUrl Settings::hubUrl() const
{
    return QUrl(m_settings.value(key::hubUrl).toString());
}

void Settings::setHubUrl(const QUrl &url)
{
    // Kept as the text the agent typed (an empty string when none), as before versions.
    m_settings.setValue(key::hubUrl, url.toString());
}

std::optional<quint16> Settings::handoffHttpPort() const
{
    bool ok = false;
    const uint port = m_settings.value(key::handoffPort, 0).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}

void Settings::setHandoffHttpPort(quint16 port)
{
    m_settings.setValue(key::handoffPort, port);
}

QString Settings::userName() const
{
    return m_settings.value(key::userName).toString();
}

void Settings::setUserName(const QString &name)
{
    m_settings.setValue(key::userName, name);
}

bool Settings::keychainFallbackNoticed() const
{
    return m_settings.value(key::fallbackNoticed, false).toBool();
}

void Settings::setKeychainFallbackNoticed(bool noticed)
{
    m_settings.setValue(key::fallbackNoticed, noticed);
}

QString Settings::legacySecret(const QString &name) const
{
    return m_settings.value(name).toString();
}

void Settings::removeLegacySecret(const QString &name)
{
    m_settings.remove(name);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace souffleur
