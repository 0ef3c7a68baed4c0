// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/TfidfVectorizer.h"

#include "classify/TextNormalizer.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace souffleur {

TfidfVectorizer TfidfVectorizer::fit(const QList<QList<quint64>> &documents, const Options &options)
{
    QHash<quint64, int> df;
    QList<quint64> unique;
    for (const QList<quint64> &doc : documents) {
        unique = doc;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        for (quint64 term : std::as_const(unique))
            ++df[term];
    }

    // Sorted term order makes the column numbering, hence the trained weights, independent of hash-table order.
    QList<quint64> words;
    QList<quint64> chars;
    for (auto it = df.cbegin(); it != df.cend(); ++it) {
        const bool isWord = TextNormalizer::blockOf(it.key()) == TextNormalizer::Block::Word;
        if (it.value() >= (isWord ? options.minDfWord : options.minDfChar))
            (isWord ? words : chars).append(it.key());
    }
    std::sort(words.begin(), words.end());
    std::sort(chars.begin(), chars.end());

    TfidfVectorizer v;
    v.m_options = options;
    v.m_wordColumns = static_cast<int>(words.size());
    v.m_index.reserve(words.size() + chars.size());
    v.m_idf.reserve(words.size() + chars.size());
    const double n = static_cast<double>(documents.size());
    for (const QList<quint64> *block : {&words, &chars}) {
        for (quint64 term : *block) {
            v.m_index.insert(term, static_cast<int>(v.m_idf.size()));
            v.m_idf.append(static_cast<float>(std::log((1.0 + n) / (1.0 + df.value(term))) + 1.0));
        }
    }
    return v;
}

SparseVector TfidfVectorizer::transform(const QList<quint64> &terms) const
{
    QList<int> columns;
    columns.reserve(terms.size());
    for (quint64 term : terms) {
        if (auto it = m_index.constFind(term); it != m_index.constEnd())
            columns.append(*it);
    }
    std::sort(columns.begin(), columns.end());

    SparseVector out;
    double wordNorm = 0;
    double charNorm = 0;
    for (qsizetype i = 0; i < columns.size();) {
        qsizetype j = i + 1;
        while (j < columns.size() && columns.at(j) == columns.at(i))
            ++j;
        const int column = columns.at(i);
        const double value = (1.0 + std::log(static_cast<double>(j - i))) * m_idf.at(column);
        out.indices.append(column);
        out.values.append(static_cast<float>(value));
        (column < m_wordColumns ? wordNorm : charNorm) += value * value;
        i = j;
    }
    const double wordScale = wordNorm > 0 ? 1.0 / std::sqrt(wordNorm) : 0.0;
    const double charScale = charNorm > 0 ? m_options.charWeight / std::sqrt(charNorm) : 0.0;
    const double wordPart = wordNorm > 0 ? 1.0 : 0.0;
    const double charPart = charNorm > 0 ? double(m_options.charWeight) * m_options.charWeight : 0.0;
    const double total = wordPart + charPart > 0 ? 1.0 / std::sqrt(wordPart + charPart) : 0.0;
    for (qsizetype k = 0; k < out.indices.size(); ++k) {
        const double scale = (out.indices.at(k) < m_wordColumns ? wordScale : charScale) * total;
        out.values[k] = static_cast<float>(out.values.at(k) * scale);
    }
    return out;
}

void TfidfVectorizer::write(QDataStream &out) const
{
    out << qint32(m_options.minDfWord) << qint32(m_options.minDfChar) << std::bit_cast<quint32>(m_options.charWeight)
        << qint32(m_wordColumns) << qint32(m_idf.size());
    // Columns in order, so the reader rebuilds the exact same index.
    QList<quint64> byColumn(m_idf.size());
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        byColumn[it.value()] = it.key();
    for (qsizetype c = 0; c < m_idf.size(); ++c)
        out << byColumn.at(c) << std::bit_cast<quint32>(m_idf.at(c));
}

bool TfidfVectorizer::read(QDataStream &in)
{
    qint32 minDfWord = 0, minDfChar = 0, wordColumns = 0, columns = 0;
    quint32 charWeight = 0;
    in >> minDfWord >> minDfChar >> charWeight >> wordColumns >> columns;
    m_options.charWeight = std::bit_cast<float>(charWeight);
    if (in.status() != QDataStream::Ok || columns < 0 || wordColumns < 0 || wordColumns > columns)
        return false;
    m_options.minDfWord = minDfWord;
    m_options.minDfChar = minDfChar;
    m_wordColumns = wordColumns;
    m_index.clear();
    m_idf.clear();
    m_index.reserve(columns);
    m_idf.reserve(columns);
    for (qint32 c = 0; c < columns; ++c) {
        quint64 term = 0;
        quint32 idf = 0;
        in >> term >> idf;
        if (in.status() != QDataStream::Ok)
            return false;
        m_index.insert(term, c);
        m_idf.append(std::bit_cast<float>(idf));
    }
    return m_index.size() == columns;
}

} // namespace souffleur
