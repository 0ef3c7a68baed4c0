// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/TextNormalizer.h"

#include "common/Locale.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <libstemmer.h>

#include <array>
#include <map>

namespace souffleur {

namespace {

// Accent folding of the Latin range, computed once: the base letter of each character's canonical
// decomposition, plus the ligatures and letters that have none (œ, æ, ß, ø, ł, đ).
struct FoldTable
{
    static constexpr int size = 0x250;
    std::array<QString, size> map;

    FoldTable()
    {
        for (int c = 0; c < size; ++c) {
            QChar ch = QChar(c).toLower();
            QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
            QString out;
            for (QChar d : std::as_const(decomposed)) {
                if (d.category() != QChar::Mark_NonSpacing)
                    out.append(d);
            }
            map[static_cast<size_t>(c)] = out;
        }
        auto set = [this](char16_t c, const char *to) { map[c] = QString::fromLatin1(to); };
        set(u'\u0152', "oe"); set(u'\u0153', "oe"); set(u'\u00c6', "ae"); set(u'\u00e6', "ae");
        set(u'\u00df', "ss"); set(u'\u00d8', "o"); set(u'\u00f8', "o"); set(u'\u0141', "l"); set(u'\u0142', "l");
        set(u'\u0110', "d"); set(u'\u0111', "d"); set(u'\u0131', "i");
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

void appendFolded(QString &out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < FoldTable::size) {
        out.append(foldTable().map[u]);
        return;
    }
    if (c.category() == QChar::Mark_NonSpacing)
        return;
    out.append(c.toLower());
}

QString foldWord(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word)
        appendFolded(out, c);
    return out;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

// Characters that glue the parts of a code ("SFR-1234", "v2.3", "12,50", "06/12") when letters or digits
// surround them.
bool isJoiner(QChar c)
{
    return c == u'-' || c == u'.' || c == u'/' || c == u'_' || c == u',' || c == u':';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// French elided articles and pronouns: "l'", "d'", "qu'"... They carry no topic, and leaving them glued to the
// noun would make "l'internet" and "internet" different words.
bool isElision(QStringView prefix)
{
    static const QSet<QString> elisions{u"l"_qs, u"d"_qs, u"j"_qs, u"m"_qs, u"n"_qs, u"s"_qs, u"t"_qs, u"c"_qs,
                                        u"qu"_qs, u"jusqu"_qs, u"lorsqu"_qs, u"puisqu"_qs, u"quoiqu"_qs};
    return elisions.contains(prefix.toString());
}

// Stop words that tell French from English (accent-folded). Only words that are not also common in the other
// language: "a", "on", "me", "ne" are left out.
const QSet<QString> &frenchMarkers()
{
    static const QSet<QString> words{
        u"le"_qs, u"la"_qs, u"les"_qs, u"un"_qs, u"une"_qs, u"des"_qs, u"du"_qs, u"et"_qs, u"est"_qs, u"pas"_qs,
        u"je"_qs, u"mon"_qs, u"ma"_qs, u"mes"_qs, u"ce"_qs, u"cette"_qs, u"il"_qs, u"elle"_qs, u"nous"_qs,
        u"vous"_qs, u"ils"_qs, u"sur"_qs, u"pour"_qs, u"avec"_qs, u"dans"_qs, u"au"_qs, u"aux"_qs, u"qui"_qs,
        u"que"_qs, u"quoi"_qs, u"comment"_qs, u"pourquoi"_qs, u"ou"_qs, u"plus"_qs, u"bonjour"_qs, u"merci"_qs,
        u"depuis"_qs, u"mais"_qs, u"tres"_qs, u"tout"_qs, u"rien"_qs, u"suis"_qs, u"ai"_qs, u"mais"_qs,
        u"votre"_qs, u"notre"_qs, u"mon"_qs, u"son"_qs, u"sa"_qs, u"ses"_qs, u"leur"_qs, u"quand"_qs,
        u"puis"_qs, u"fait"_qs, u"peux"_qs, u"veux"_qs, u"marche"_qs, u"depuis"_qs, u"aussi"_qs, u"encore"_qs};
    return words;
}

const QSet<QString> &englishMarkers()
{
    static const QSet<QString> words{
        u"the"_qs, u"an"_qs, u"and"_qs, u"is"_qs, u"are"_qs, u"not"_qs, u"i"_qs, u"my"_qs, u"you"_qs,
        u"your"_qs, u"it"_qs, u"this"_qs, u"that"_qs, u"to"_qs, u"of"_qs, u"in"_qs, u"for"_qs, u"with"_qs,
        u"what"_qs, u"how"_qs, u"why"_qs, u"when"_qs, u"can"_qs, u"do"_qs, u"does"_qs, u"was"_qs, u"have"_qs,
        u"has"_qs, u"please"_qs, u"hello"_qs, u"thanks"_qs, u"from"_qs, u"at"_qs, u"be"_qs, u"will"_qs,
        u"would"_qs, u"working"_qs, u"since"_qs, u"there"_qs, u"they"_qs, u"we"_qs, u"our"_qs, u"is"_qs,
        u"doesn"_qs, u"don"_qs, u"cant"_qs, u"dont"_qs, u"doesnt"_qs, u"isnt"_qs, u"which"_qs, u"where"_qs,
        u"me"_qs, u"get"_qs, u"need"_qs, u"want"_qs, u"should"_qs, u"could"_qs, u"tell"_qs, u"about"_qs};
    return words;
}

// A stable 64-bit hash (FNV-1a then a SplitMix64 finalizer) of a term's UTF-16 code units. It must never
// change: trained models store these values. qHash is seeded per process, hence unusable here.
class TermHash final
{
public:
    explicit TermHash(quint64 tag) { add(tag); }
    void add(quint64 v)
    {
        m_h ^= v;
        m_h *= 1099511628211ULL;
    }
    void add(QStringView s)
    {
        for (QChar c : s)
            add(c.unicode());
    }
    quint64 finish(TextNormalizer::Block block) const
    {
        quint64 z = m_h + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return (z & ~(1ULL << 63)) | (static_cast<quint64>(block) << 63);
    }

private:
    quint64 m_h = 1469598103934665603ULL;
};

} // namespace

// One Snowball stemmer per language, created on first use, with a cache: ticket vocabularies are small and
// repetitive, and training stems the same words thousands of times.
struct TextNormalizer::Stemmers
{
    struct Entry
    {
        sb_stemmer *stemmer = nullptr;
        QHash<QString, QString> cache;
    };
    std::map<QString, Entry> byLanguage;

    ~Stemmers()
    {
        for (auto &[language, entry] : byLanguage) {
            if (entry.stemmer)
                sb_stemmer_delete(entry.stemmer);
        }
    }
};

TextNormalizer::TextNormalizer(NormalizerOptions options)
    : m_options(std::move(options)), m_stemmers(std::make_unique<Stemmers>())
{
}

TextNormalizer::TextNormalizer(const TextNormalizer &other)
    : m_options(other.m_options), m_stemmers(std::make_unique<Stemmers>())
{
}

TextNormalizer &TextNormalizer::operator=(const TextNormalizer &other)
{
    if (this != &other) {
        m_options = other.m_options;
        m_stemmers = std::make_unique<Stemmers>();
    }
    return *this;
}

TextNormalizer::TextNormalizer(TextNormalizer &&) noexcept = default;
TextNormalizer &TextNormalizer::operator=(TextNormalizer &&) noexcept = default;
TextNormalizer::~TextNormalizer() = default;

QString TextNormalizer::fold(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc)
        appendFolded(out, c.toLower());
    return out;
}

QString TextNormalizer::stem(const QString &language, const QString &word)
{
    if (!m_stemmers)
        m_stemmers = std::make_unique<Stemmers>();
    auto it = m_stemmers->byLanguage.find(language);
    if (it == m_stemmers->byLanguage.end()) {
        Stemmers::Entry entry;
        // libstemmer knows ISO 639-1 codes ("fr", "en", "de"...); an unknown language is left unstemmed.
        entry.stemmer = sb_stemmer_new(language.toLatin1().constData(), "UTF_8");
        it = m_stemmers->byLanguage.emplace(language, std::move(entry)).first;
    }
    Stemmers::Entry &entry = it->second;
    if (!entry.stemmer)
        return word;
    if (auto cached = entry.cache.constFind(word); cached != entry.cache.constEnd())
        return *cached;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(entry.stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               static_cast<int>(utf8.size()));
    QString result = stemmed ? QString::fromUtf8(reinterpret_cast<const char *>(stemmed),
                                                 sb_stemmer_length(entry.stemmer))
                             : word;
    if (entry.cache.size() > 200000)  // bounds memory on a long-running desktop
        entry.cache.clear();
    entry.cache.insert(word, result);
    return result;
}

QString TextNormalizer::detect(const QStringList &foldedWords, int accentedLetters, const QString &fallback)
{
    int fr = accentedLetters;
    int en = 0;
    for (const QString &w : foldedWords) {
        if (frenchMarkers().contains(w))
            ++fr;
        if (englishMarkers().contains(w))
            ++en;
    }
    if (fr > en)
        return QStringLiteral("fr");
    if (en > fr)
        return QStringLiteral("en");
    return fallback;
}

QString TextNormalizer::detectLanguage(const QString &text, const QString &fallback)
{
    NormalizerOptions options;
    options.wordBigrams = false;
    options.charMax = 0;
    options.fallbackLanguage = fallback;
    TextNormalizer normalizer(options);
    return normalizer.normalize(text).language;
}

NormalizedText TextNormalizer::normalize(const QString &text, const QString &languageOrLocale)
{
    // NFKC first so that full-width letters, ligatures (ﬁ) and compatibility digits become plain ones.
    const QString lowered = text.normalized(QString::NormalizationForm_KC).toLower();

    // Raw tokens: runs of letters and digits, with apostrophes and joiners kept when they sit between two of them.
    QStringList raw;
    const qsizetype n = lowered.size();
    qsizetype i = 0;
    int accented = 0;
    while (i < n) {
        if (!isWordChar(lowered.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            const QChar c = lowered.at(i);
            if (isWordChar(c)) {
                if (c.unicode() >= 0xc0 && c.isLetter())
                    ++accented;
                ++i;
            } else if ((isJoiner(c) || isApostrophe(c)) && i + 1 < n && isWordChar(lowered.at(i + 1))
                       && i > start) {
                ++i;
            } else {
                break;
            }
        }
        raw.append(lowered.mid(start, i - start));
    }

    // Split what is not a code, drop elisions, keep the surface (lower-case, accents kept) for stemming.
    QStringList surface;
    surface.reserve(raw.size());
    for (const QString &token : std::as_const(raw)) {
        bool hasDigit = false;
        bool hasJoiner = false;
        for (QChar c : token) {
            hasDigit = hasDigit || c.isDigit();
            hasJoiner = hasJoiner || isJoiner(c);
        }
        QStringList parts;
        if (hasDigit && hasJoiner) {
            parts.append(token);  // a code or a number: "sfr-1234", "12,50", "v2.3"
        } else if (hasJoiner) {
            for (const QString &p : token.split(u'-', Qt::SkipEmptyParts)) {
                static const QRegularExpression joiners(QStringLiteral("[./_,:]"));
                for (const QString &q : p.split(joiners, Qt::SkipEmptyParts))
                    parts.append(q);
            }
        } else {
            parts.append(token);
        }
        for (QString part : std::as_const(parts)) {
            qsizetype apos = -1;
            for (qsizetype k = 0; k < part.size(); ++k) {
                if (isApostrophe(part.at(k))) {
                    apos = k;
                    break;
                }
            }
            if (apos > 0 && isElision(QStringView(part).left(apos)))
                part.remove(0, apos + 1);
            // English possessive: "customer's" is about the customer.
            if (part.size() > 2 && isApostrophe(part.at(part.size() - 2)) && part.endsWith(u's'))
                part.chop(2);
            static const QRegularExpression apostrophes(QStringLiteral("['\u2019\u02bc]"));
            part.remove(apostrophes);
            if (!part.isEmpty())
                surface.append(part);
        }
    }

    NormalizedText out;
    out.words.reserve(surface.size());
    for (const QString &w : std::as_const(surface))
        out.words.append(foldWord(w));
    const QString given = languageOf(languageOrLocale).toLower();
    out.language = given.isEmpty() ? detect(out.words, accented, m_options.fallbackLanguage) : given;

    out.stems.reserve(surface.size());
    for (qsizetype k = 0; k < surface.size(); ++k) {
        const QString &w = surface.at(k);
        bool hasDigit = false;
        for (QChar c : w)
            hasDigit = hasDigit || c.isDigit();
        // Codes and numbers are identifiers, not words: stemming "4g" or "12,50" would only blur them.
        out.stems.append(hasDigit ? out.words.at(k) : foldWord(stem(out.language, w)));
    }
    return out;
}

QList<quint64> TextNormalizer::features(const QString &text, const QString &languageOrLocale)
{
    return features(normalize(text, languageOrLocale));
}

QList<quint64> TextNormalizer::features(const NormalizedText &normalized) const
{
    QList<quint64> terms;
    terms.reserve(normalized.stems.size() * 2 + normalized.words.size() * 16);
    for (qsizetype k = 0; k < normalized.stems.size(); ++k) {
        TermHash unigram(u'u');
        unigram.add(normalized.stems.at(k));
        terms.append(unigram.finish(Block::Word));
        if (m_options.wordBigrams && k + 1 < normalized.stems.size()) {
            TermHash bigram(u'b');
            bigram.add(normalized.stems.at(k));
            bigram.add(0x1f);
            bigram.add(normalized.stems.at(k + 1));
            terms.append(bigram.finish(Block::Word));
        }
    }
    if (m_options.surfaceWords) {
        for (qsizetype k = 0; k < normalized.words.size(); ++k) {
            if (normalized.words.at(k) == normalized.stems.at(k))
                continue;
            TermHash surface(u's');
            surface.add(normalized.words.at(k));
            terms.append(surface.finish(Block::Word));
        }
    }
    if (m_options.charMax > 0 && m_options.charAcrossWords) {
        const QString joined = u' ' + normalized.words.join(u' ') + u' ';
        for (int size = m_options.charMin; size <= m_options.charMax; ++size) {
            for (qsizetype s = 0; s + size <= joined.size(); ++s) {
                TermHash gram(static_cast<quint64>(size));
                gram.add(QStringView(joined).mid(s, size));
                terms.append(gram.finish(Block::Char));
            }
        }
    } else if (m_options.charMax > 0) {
        QString padded;
        for (const QString &w : normalized.words) {
            padded.clear();
            padded.append(u' ').append(w).append(u' ');
            const qsizetype len = padded.size();
            for (int size = m_options.charMin; size <= m_options.charMax; ++size) {
                for (qsizetype s = 0; s + size <= len; ++s) {
                    TermHash gram(static_cast<quint64>(size));
                    gram.add(QStringView(padded).mid(s, size));
                    terms.append(gram.finish(Block::Char));
                }
            }
        }
    }
    return terms;
}

} // namespace souffleur
