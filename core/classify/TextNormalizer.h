// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace souffleur {

// Which features the normalizer emits; part of a trained model, so that prediction sees the same features.
struct NormalizerOptions
{
    bool wordBigrams = true;
    int charMin = 2;  // character n-grams, on accent-folded words padded with a space on each side
    int charMax = 5;  // 0 turns character n-grams off
    // Character n-grams also span word boundaries ("e box" in "mise en box"): they catch word pairs and
    // split or glued words ("wi fi" / "wifi").
    bool charAcrossWords = false;
    // Word unigrams of the unstemmed (folded) words too, besides the stems.
    bool surfaceWords = false;
    // The language assumed when detection finds no clue (a knowledge base's main language).
    QString fallbackLanguage = QStringLiteral("en");
    bool operator==(const NormalizerOptions &) const = default;
};

// The normalized form of one text.
struct NormalizedText
{
    QString language;      // "fr", "en", … (given or detected)
    QStringList words;     // lower-cased, accent-folded surface tokens ("sfr-1234", "4g", "etat")
    QStringList stems;     // the same tokens, stemmed for the language, then accent-folded
};

// Turns ticket text into comparable tokens and features for French and English (docs/classifier.md):
// NFKC, lower case, accent folding, tokenization that keeps numbers and codes ("4G", "SFR-1234"), French elisions
// removed ("l'internet" -> "internet"), Snowball stemming for the text's language (detected when not given), and
// hashed feature terms: word uni/bi-grams of stems and character n-grams of the folded words (typos, missing
// accents).
//
// Snowball stemmers keep state, so a normalizer owns its own and must not be shared between threads; copies get
// their own stemmers.
class TextNormalizer final
{
public:
    // Feature namespaces: the top bits of every term hash, so that the vectorizer can tell words from characters.
    enum class Block : quint64 { Word = 0, Char = 1 };

    explicit TextNormalizer(NormalizerOptions options = {});
    TextNormalizer(const TextNormalizer &other);
    TextNormalizer &operator=(const TextNormalizer &other);
    TextNormalizer(TextNormalizer &&) noexcept;
    TextNormalizer &operator=(TextNormalizer &&) noexcept;
    ~TextNormalizer();

    const NormalizerOptions &options() const { return m_options; }

    // `languageOrLocale` may be "fr", "fr-FR", "en_GB" or empty (then the language is detected).
    NormalizedText normalize(const QString &text, const QString &languageOrLocale = {});

    // Hashed feature terms of `text`, one entry per occurrence (the vectorizer counts them).
    QList<quint64> features(const QString &text, const QString &languageOrLocale = {});
    QList<quint64> features(const NormalizedText &normalized) const;

    static Block blockOf(quint64 term) { return static_cast<Block>(term >> 63); }

    // NFKC + lower case + accent folding of a whole string ("État" -> "etat", "Œuvre" -> "oeuvre").
    static QString fold(const QString &text);

    // "fr" or "en" from stop words and accented letters; `fallback` when the text gives no clue.
    static QString detectLanguage(const QString &text, const QString &fallback = QStringLiteral("en"));

private:
    struct Stemmers;
    QString stem(const QString &language, const QString &word);
    static QString detect(const QStringList &foldedWords, int accentedLetters, const QString &fallback);

    NormalizerOptions m_options;
    std::unique_ptr<Stemmers> m_stemmers;
};

} // namespace souffleur
