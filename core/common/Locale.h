// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace souffleur {

// The order in which locale variants are tried for an agent: their own locale, then another region of the same
// language (fr-BE for fr-FR), then the knowledge base's default locale, then anything.
QStringList localeFallbackChain(const QString &preferred, const QString &defaultLocale,
                                const QStringList &available);

// The variant of a translation group to show: the first of `candidates` found along the fallback chain.
// Returns -1 when `candidates` is empty.
int pickLocaleVariant(const QStringList &candidates, const QString &preferred, const QString &defaultLocale);

// "fr" from "fr-FR" / "fr_FR".
QString languageOf(const QString &locale);

// Whether a tag looks like a BCP 47 language-region tag we accept ("fr-FR", "en-GB", "fr").
bool isValidLocaleTag(const QString &locale);

} // namespace souffleur
