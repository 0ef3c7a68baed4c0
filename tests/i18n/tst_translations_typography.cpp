// SPDX-License-Identifier: GPL-3.0-or-later
// The translation files as a French proofreader and the release check read them: French typography (no-break
// spaces before « : ; ! ? % », inside guillemets, curly apostrophes), every plural through its numerus forms, the
// same %1… placeholders as the source, and no unfinished French string.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" «") + m.source.left(60) + QStringLiteral("»");
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

const QString tsDir = QStringLiteral(SOUFFLEUR_SOURCE_DIR "/translations/");

} // namespace

class TestTranslationsTypography final : public QObject
{
    Q_OBJECT
private slots:
    void french()
    {
        QString error;
        const QList<Message> messages = readTs(tsDir + QStringLiteral("souffleur_fr.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        // A plain (breaking) space before a high sign, or a wide no-break space before « ; ! ? »; a percent sign
        // is one when it is not a placeholder (%1, %n, %L1).
        static const QRegularExpression badSpace(QStringLiteral("[ \\x{00A0}][;!?]| [:»]| %(?![0-9nL])|«(?!\\x{202F})|(?<!\\x{202F})»"));
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("%1: %2").arg(where(m), m.type);
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1: %2 numerus forms, French needs 2").arg(where(m)).arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where(m) + QStringLiteral(": empty");
                if (t.contains(QLatin1Char('\'')))
                    problems << where(m) + QStringLiteral(": straight apostrophe in « ") + t + QStringLiteral(" »");
                if (const auto bad = badSpace.match(t); bad.hasMatch())
                    problems << where(m) + QStringLiteral(": space before a sign in « ") + t + QStringLiteral(" »");
                if (placeholders(t) != placeholders(m.source))
                    problems << where(m) + QStringLiteral(": placeholders differ in « ") + t + QStringLiteral(" »");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void englishPlurals()
    {
        QString error;
        const QList<Message> messages = readTs(tsDir + QStringLiteral("souffleur_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        // English is the source language: a plain message may stay unfinished (the source is shown), but a plural
        // must have both forms, or the user reads "1 procedure(s)".
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("%1: %2").arg(where(m), m.type);
            if (!m.numerus)
                continue;
            if (m.type == QLatin1String("unfinished") || m.translations.size() != 2)
                problems << where(m) + QStringLiteral(": numerus forms missing");
            for (const QString &t : m.translations)
                if (t.trimmed().isEmpty() || t.contains(QStringLiteral("(s)")) || placeholders(t) != placeholders(m.source))
                    problems << where(m) + QStringLiteral(": bad numerus form « ") + t + QStringLiteral(" »");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsTypography)
#include "tst_translations_typography.moc"
