// SPDX-License-Identifier: GPL-3.0-or-later
// No hard-coded colour or pixel size in the widgets' sources (ui/): colours come from the palette through
// ui/style/Theme, sizes from the font. Reads the sources themselves; every hit is reported as file:line.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

class TestThemeSources final : public QObject
{
    Q_OBJECT
private:
    struct Hit
    {
        QString where;
        QString line;
    };

    // Lines of ui/ sources matching `pattern`, outside preprocessor lines; `allowed` exempts files by path suffix.
    static QList<Hit> find(const QRegularExpression &pattern, const QStringList &allowed = {})
    {
        QList<Hit> hits;
        const QString root = QStringLiteral(SOUFFLEUR_SOURCE_DIR "/ui");
        QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() - 2);
            if (std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) { return relative.endsWith(a); }))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                ++number;
                if (line.startsWith(QLatin1Char('#')))
                    continue;
                if (pattern.match(line).hasMatch())
                    hits.append({QStringLiteral("%1:%2").arg(relative).arg(number), line});
            }
        }
        return hits;
    }

    static QString report(const QList<Hit> &hits)
    {
        QStringList lines;
        for (const Hit &h : hits)
            lines << h.where + QStringLiteral(": ") + h.line;
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void sourcesAreThere()
    {
        // Guards the other cases against passing on an empty tree (a wrong configured path).
        QVERIFY(QFile::exists(QStringLiteral(SOUFFLEUR_SOURCE_DIR "/ui/style/Theme.cpp")));
        QVERIFY(find(QRegularExpression(QStringLiteral("Q_OBJECT"))).size() > 10);
    }

    void noHardCodedColours_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("allowed");
        // "#rgb", "#rrggbb", "#aarrggbb" (not an HTML entity such as &#160;).
        QTest::newRow("hex colour") << QStringLiteral("(?<!&)#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\b") << QStringList();
        QTest::newRow("QColor from numbers") << QStringLiteral("QColor\\s*\\(\\s*(0x|\\d)") << QStringList();
        // Theme.cpp holds the tones' hues, the one place colours are named.
        QTest::newRow("QColor::fromRgb/Hsl/Hsv") << QStringLiteral("QColor::from(Rgb|Rgba|Hsl|Hsv)F?\\s*\\(\\s*\\d")
                                                 << QStringList{QStringLiteral("/style/Theme.cpp")};
        QTest::newRow("named colour") << QStringLiteral("Qt::(white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray"
                                                        "|darkRed|darkGreen|darkBlue|darkCyan|darkMagenta|darkYellow)\\b")
                                      << QStringList();
        QTest::newRow("colour by name") << QStringLiteral("(color|background)\\s*:\\s*[a-z]+\\s*[;}\"]") << QStringList();
    }

    void noHardCodedColours()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, allowed);
        const QList<Hit> hits = find(QRegularExpression(pattern), allowed);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("use a palette role or ui/style/Theme:\n") + report(hits)));
    }

    void noPixelSizes_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("allowed");
        // ("%1px" is a size computed from the font.)
        QTest::newRow("px in HTML or a style sheet") << QStringLiteral("(?<![%\\w])\\d+(\\.\\d+)?\\s*px\\b") << QStringList();
        QTest::newRow("fixed, minimum or maximum size") << QStringLiteral("set(Fixed|Minimum|Maximum)(Width|Height|Size)\\s*\\(\\s*\\d")
                                                        << QStringList();
        QTest::newRow("resize to numbers") << QStringLiteral("\\bresize\\s*\\(\\s*\\d") << QStringList();
        QTest::newRow("elide to a width") << QStringLiteral("elidedText\\s*\\([^)]*,\\s*\\d+\\s*\\)") << QStringList();
        QTest::newRow("HTML width or padding") << QStringLiteral("(width|cellpadding|cellspacing)=\\\\\"[1-9]\\d*\\\\\"") << QStringList();
        // Margins and spacing other than none. MainWindow.cpp is being split in another branch; its one title margin
        // goes with the split.
        QTest::newRow("margins and spacing") << QStringLiteral("(setContentsMargins|QMargins|setSpacing)\\s*\\(\\s*(\\d+\\s*,\\s*)*[1-9]")
                                             << QStringList{QStringLiteral("/MainWindow.cpp")};
    }

    void noPixelSizes()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, allowed);
        const QList<Hit> hits = find(QRegularExpression(pattern), allowed);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("size it from the font (Theme::em, Theme::lines, fontMetrics()):\n") + report(hits)));
    }
};

QTEST_GUILESS_MAIN(TestThemeSources)
#include "tst_theme_sources.moc"
