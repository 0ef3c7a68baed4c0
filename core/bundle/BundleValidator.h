// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TextSafety.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace souffleur::bundle {

// Walks the JSON tree of a bundle (BundleReader), turning every deviation from the format, and every text over its
// limit (common/InputLimits.h) or with a character no text may hold (common/TextSafety.h), into a located message.
class Validator
{
public:
    explicit Validator(QString source) : m_source(std::move(source)) {}

    void fail(const QString &where, const QString &what) { m_problems.append(m_source + QStringLiteral(": ") + where + QStringLiteral(": ") + what); }
    const QStringList &problems() const { return m_problems; }

    void checkKeys(const QJsonObject &o, const QString &where, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(where, QStringLiteral("unknown field \"%1\"").arg(it.key()));
    }

    QString string(const QJsonObject &o, const QString &where, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, QStringLiteral("missing required field \"%1\"").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(where + QLatin1Char('.') + key, QStringLiteral("must be a string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(where + QLatin1Char('.') + key, QStringLiteral("must not be empty"));
        return v.toString();
    }

    // Length and characters of one text; single-line texts (titles, ids, names) refuse tabs and line breaks too.
    void checkText(const QString &where, const QString &value, qsizetype maxLength, bool multiLine)
    {
        if (value.size() > maxLength)
            fail(where, QStringLiteral("is %1 characters long, over the limit of %2").arg(value.size()).arg(maxLength));
        const QString bad = unsafeCharacter(value, multiLine);
        if (!bad.isEmpty())
            fail(where, QStringLiteral("contains the control or bidirectional character %1").arg(bad));
    }

    QString text(const QJsonObject &o, const QString &where, const QString &key, bool required, qsizetype maxLength,
                 bool multiLine)
    {
        const QString value = string(o, where, key, required);
        checkText(where + QLatin1Char('.') + key, value, maxLength, multiLine);
        return value;
    }

    // Says whether a list is within its limit; the caller skips a list that is not (nothing of it is read).
    bool withinCount(const QString &where, qsizetype count, qsizetype maxCount)
    {
        if (count <= maxCount)
            return true;
        fail(where, QStringLiteral("has %1 entries, over the limit of %2").arg(count).arg(maxCount));
        return false;
    }

    int integer(const QJsonObject &o, const QString &where, const QString &key, int fallback, int minimum)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < minimum || d > 1e9) {
            fail(where + QLatin1Char('.') + key, QStringLiteral("must be a whole number of at least %1").arg(minimum));
            return fallback;
        }
        return int(d);
    }

    QStringList strings(const QJsonObject &o, const QString &where, const QString &key, qsizetype maxCount,
                        qsizetype maxLength)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(where + QLatin1Char('.') + key, QStringLiteral("must be a list of strings"));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        if (!withinCount(where + QLatin1Char('.') + key, a.size(), maxCount))
            return {};
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("%1.%2[%3]").arg(where, key).arg(i);
            if (!a.at(i).isString()) {
                fail(at, QStringLiteral("must be a string"));
            } else {
                checkText(at, a.at(i).toString(), maxLength, false);
                out.append(a.at(i).toString());
            }
        }
        return out;
    }

    QString oneOf(const QJsonObject &o, const QString &where, const QString &key, const QStringList &allowed,
                  const QString &fallback)
    {
        const QString v = string(o, where, key, false);
        if (v.isEmpty())
            return fallback;
        if (!allowed.contains(v)) {
            fail(where + QLatin1Char('.') + key, QStringLiteral("\"%1\" is not one of %2").arg(v, allowed.join(QStringLiteral(", "))));
            return fallback;
        }
        return v;
    }

private:
    QString m_source;
    QStringList m_problems;
};

} // namespace souffleur::bundle
