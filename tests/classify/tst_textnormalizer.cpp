// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/TextNormalizer.h"

#include <QSet>
#include <QTest>

#include <numeric>

using namespace souffleur;

class TestTextNormalizer final : public QObject
{
    Q_OBJECT
private slots:
    void folds_data();
    void folds();
    void tokenizes_data();
    void tokenizes();
    void stemsTogether_data();
    void stemsTogether();
    void detectsLanguage_data();
    void detectsLanguage();
    void missingAccentsShareCharacterGrams();
    void featuresAreGolden();
};

void TestTextNormalizer::folds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("french accents") << u"État Général À Noël"_qs << u"etat general a noel"_qs;
    QTest::newRow("ligatures") << u"Œuvre cœur Æsop ﬁbre"_qs << u"oeuvre coeur aesop fibre"_qs;
    QTest::newRow("full-width (NFKC)") << u"ＢＯＸ４Ｇ"_qs << u"box4g"_qs;
    QTest::newRow("cedilla and umlaut") << u"Ça reçu naïf Straße"_qs << u"ca recu naif strasse"_qs;
    QTest::newRow("english unchanged") << u"Router is DOWN"_qs << u"router is down"_qs;
}

void TestTextNormalizer::folds()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::fold(input), expected);
}

void TestTextNormalizer::tokenizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("codes and numbers") << u"Ticket SFR-1234 : pas de 4G, facture de 12,50 €"_qs << u"fr-FR"_qs
                                       << QStringList{u"ticket"_qs, u"sfr-1234"_qs, u"pas"_qs, u"de"_qs, u"4g"_qs,
                                                      u"facture"_qs, u"de"_qs, u"12,50"_qs};
    QTest::newRow("french elisions") << u"L'internet d’aujourd'hui qu'il n'a pas"_qs << u"fr"_qs
                                     << QStringList{u"internet"_qs, u"aujourdhui"_qs, u"il"_qs, u"a"_qs, u"pas"_qs};
    QTest::newRow("hyphenated words split") << u"Arc-en-ciel sur la box wi-fi."_qs << u"fr"_qs
                                            << QStringList{u"arc"_qs, u"en"_qs, u"ciel"_qs, u"sur"_qs, u"la"_qs,
                                                           u"box"_qs, u"wi"_qs, u"fi"_qs};
    QTest::newRow("english possessive and contraction") << u"The customer's router doesn't work!"_qs << u"en"_qs
                                                         << QStringList{u"the"_qs, u"customer"_qs, u"router"_qs,
                                                                        u"doesnt"_qs, u"work"_qs};
    QTest::newRow("version and date codes") << u"Firmware v2.3 since 06/12"_qs << u"en"_qs
                                            << QStringList{u"firmware"_qs, u"v2.3"_qs, u"since"_qs, u"06/12"_qs};
    QTest::newRow("accents folded") << u"Débit très LENT"_qs << u"fr"_qs
                                    << QStringList{u"debit"_qs, u"tres"_qs, u"lent"_qs};
}

void TestTextNormalizer::tokenizes()
{
    QFETCH(QString, input);
    QFETCH(QString, locale);
    QFETCH(QStringList, words);
    TextNormalizer normalizer;
    QCOMPARE(normalizer.normalize(input, locale).words, words);
}

void TestTextNormalizer::stemsTogether_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("locale");
    QTest::newRow("fr plural") << u"problèmes"_qs << u"problème"_qs << u"fr"_qs;
    QTest::newRow("fr participle") << u"facturé"_qs << u"facture"_qs << u"fr"_qs;
    QTest::newRow("fr verb forms") << u"synchronise"_qs << u"synchroniser"_qs << u"fr"_qs;
    QTest::newRow("en plural") << u"routers"_qs << u"router"_qs << u"en"_qs;
    QTest::newRow("en verb forms") << u"charged"_qs << u"charging"_qs << u"en"_qs;
    QTest::newRow("detected fr") << u"Les lignes sont coupées"_qs << u"la ligne est coupée"_qs
                                                 << QString();
}

void TestTextNormalizer::stemsTogether()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, locale);
    TextNormalizer normalizer;
    const QStringList stemsA = normalizer.normalize(a, locale).stems;
    const QStringList stemsB = normalizer.normalize(b, locale).stems;
    // The content words (the last of each text) share their stem, and the stem is not merely the folded word.
    QCOMPARE(stemsA.constLast(), stemsB.constLast());
    QVERIFY(stemsA.constLast() != normalizer.normalize(a, locale).words.constLast()
            || stemsB.constLast() != normalizer.normalize(b, locale).words.constLast());
}

void TestTextNormalizer::detectsLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("fr sentence") << u"Bonjour, ma box ne marche plus depuis ce matin"_qs << u"fr"_qs;
    QTest::newRow("fr without stop words but accents") << u"Débit dégradé, télé figée"_qs << u"fr"_qs;
    QTest::newRow("en sentence") << u"Hello, my router is not working since this morning"_qs << u"en"_qs;
    QTest::newRow("en question") << u"How do I change my password?"_qs << u"en"_qs;
    QTest::newRow("no clue -> fallback") << u"box 4G KO"_qs << u"en"_qs;
}

void TestTextNormalizer::detectsLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(TextNormalizer::detectLanguage(text), language);
}

void TestTextNormalizer::missingAccentsShareCharacterGrams()
{
    TextNormalizer normalizer;
    const auto accented = normalizer.features(u"électricité coupée"_qs, u"fr"_qs);
    const auto plain = normalizer.features(u"electricite coupee"_qs, u"fr"_qs);
    QSet<quint64> charsA, charsB;
    for (quint64 t : accented) {
        if (TextNormalizer::blockOf(t) == TextNormalizer::Block::Char)
            charsA.insert(t);
    }
    for (quint64 t : plain) {
        if (TextNormalizer::blockOf(t) == TextNormalizer::Block::Char)
            charsB.insert(t);
    }
    QVERIFY(!charsA.isEmpty());
    QCOMPARE(charsA, charsB);
}

void TestTextNormalizer::featuresAreGolden()
{
    // Trained models store feature hashes: every process, on every machine, and every later version must compute
    // exactly these values. They were computed once (the short one also by an independent implementation of the
    // hash, FNV-1a from 1469598103934665603 then a SplitMix64 finalizer) and are written here: a change to the hash,
    // the tokenizer, the stemmers or the n-gram settings fails this test, and means stored models must be retrained.
    TextNormalizer normalizer;

    // "box": its stem unigram, then the character 2- to 5-grams of " box ".
    const QList<quint64> box{
        0x5559c15242f1f26dULL,                                                                  // u "box"
        0xdd3f26cdf8f558ddULL, 0xebc478227587f6a9ULL, 0x8726679960b72deeULL, 0xee0db9dd98fbbe61ULL,  // " b" "bo" "ox" "x "
        0x9001e1d85802a783ULL, 0xb6406c3cef9a076cULL, 0xcf32d8e70698c29cULL,                         // " bo" "box" "ox "
        0x8a0b424745a40708ULL, 0xee7bef92f70c8178ULL,                                                // " box" "box "
        0xefcadb9472161942ULL,                                                                       // " box "
    };
    QCOMPARE(normalizer.features(u"box"_qs, u"fr-FR"_qs), box);

    // A whole ticket: its stems, then how many feature terms it gives and their sum modulo 2^64 (any changed hash
    // changes the sum; the order of the terms does not matter to the vectorizer, nor to the sum).
    const QString ticket = u"Ma box SFR-1234 ne synchronise plus depuis l'orage, voyant DSL rouge"_qs;
    const QStringList stems{u"ma"_qs,     u"box"_qs,  u"sfr-1234"_qs, u"ne"_qs,  u"synchronis"_qs, u"plus"_qs,
                            u"depuis"_qs, u"orag"_qs, u"voi"_qs,      u"dsl"_qs, u"roug"_qs};
    QCOMPARE(normalizer.normalize(ticket, u"fr-FR"_qs).stems, stems);
    const QList<quint64> features = normalizer.features(ticket, u"fr-FR"_qs);
    QCOMPARE(features.size(), qsizetype(219));
    QCOMPARE(std::accumulate(features.cbegin(), features.cend(), quint64(0)), 0x6f9ac2346a88f809ULL);
    // A copy of a normalizer (its own stemmers) agrees, and a different text differs.
    TextNormalizer copy(normalizer);
    QCOMPARE(copy.features(ticket, u"fr-FR"_qs), features);
    QVERIFY(normalizer.features(u"Ma box ne synchronise plus"_qs, u"fr-FR"_qs) != features);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
