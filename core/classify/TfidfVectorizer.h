// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDataStream>
#include <QHash>
#include <QList>

namespace souffleur {

// A sparse feature vector: 0-based indices in increasing order and their values.
struct SparseVector
{
    QList<int> indices;
    QList<float> values;
};

// TF-IDF over the hashed terms of TextNormalizer, with a vocabulary learned from the training texts.
//
// Why a vocabulary rather than plain feature hashing: the vocabulary keeps only terms seen in training (and, for
// character n-grams, seen in at least two texts), so the weight matrix holds no empty columns and no collisions,
// and idf needs a per-term document count anyway. Terms are stored as their 64-bit hashes, not as strings: the
// model stays compact and lookups allocate nothing.
//
// Values are sublinear (1 + ln tf) times the smoothed idf; the word block and the character block are each
// L2-normalized, so that a long text's thousands of character n-grams do not drown its few words, then weighted
// and the whole vector normalized again.
class TfidfVectorizer final
{
public:
    struct Options
    {
        int minDfWord = 1;
        int minDfChar = 2;
        float charWeight = 1.0f;  // weight of the character block relative to the word block
        bool operator==(const Options &) const = default;
    };

    TfidfVectorizer() = default;
    // `documents` holds each training text's terms (with repeats).
    static TfidfVectorizer fit(const QList<QList<quint64>> &documents, const Options &options);

    SparseVector transform(const QList<quint64> &terms) const;
    int dimension() const { return static_cast<int>(m_idf.size()); }
    const Options &options() const { return m_options; }

    void write(QDataStream &out) const;
    bool read(QDataStream &in);

private:
    Options m_options;
    QHash<quint64, int> m_index;  // term hash -> column; word terms first, then character terms
    QList<float> m_idf;
    int m_wordColumns = 0;
};

} // namespace souffleur
