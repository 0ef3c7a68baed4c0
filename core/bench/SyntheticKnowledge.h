// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QRandomGenerator>

namespace souffleur {

// Sizes of a synthetic knowledge base for `souffleur-kb bench`.
struct SyntheticSizes
{
    int articles = 20000;
    int replies = 5000;
    int procedures = 2000;
    int categories = 150;  // leaves, under 10 roots
    int tickets = 15000;   // labeled examples (the classifier's training set)
    quint32 seed = 1;
};

// Builds a deterministic (for a seed), realistic-looking French/English telecom knowledge base of any size: each
// leaf category has its own topic words, so that classification and ranking have real signal to find, mixed with
// the shared vocabulary of a contact center. Also makes ~300-character ticket texts for queries.
class SyntheticKnowledge final
{
public:
    explicit SyntheticKnowledge(const SyntheticSizes &sizes);

    KnowledgeBase build();
    // A ticket of about `length` characters for a random leaf; `category` receives its id.
    QString ticket(int length, QString *category);

private:
    QString sentence(int leaf, bool french, int words);
    QString leafId(int leaf) const;

    SyntheticSizes m_sizes;
    QRandomGenerator m_random;
    QList<QStringList> m_topicWordsFr;
    QList<QStringList> m_topicWordsEn;
};

} // namespace souffleur
