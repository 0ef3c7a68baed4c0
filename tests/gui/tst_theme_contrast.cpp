// SPDX-License-Identifier: GPL-3.0-or-later
// The side panel reads in a light, a dark and a high-contrast palette: with a ticket handed over, a procedure walked
// a few steps and a reply filled in, every piece of text it shows (the checklist and its current step, the current
// step's card, the reply with its placeholders marked, the category line, notices, badges, the process map, the
// status bar) reaches a WCAG contrast ratio of at least 4.5 against what is behind it. The palette is switched
// while the window is open, so this also proves that everything is drawn again on a palette change.
#include "MainWindow.h"
#include "feedback/FeedbackBar.h"
#include "handoff/HandoffBanner.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "panel/ProcedurePane.h"
#include "panel/RepliesPane.h"
#include "panel/TicketCard.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"
#include "style/Theme.h"
#include "views/ItemHtml.h"

#include "ThemePalettes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFrame>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>
#include <QToolButton>

using namespace souffleur;

namespace {

constexpr double kMinimum = 4.5;  // WCAG 2 AA, normal text

QString ratioText(const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1 on %2 = %3").arg(fg.name(), bg.name()).arg(Theme::contrast(fg, bg), 0, 'f', 2);
}

// The colour behind a widget: its own when it fills its background, else the nearest ancestor's that does.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    return widget->palette().color(QPalette::Window);
}

// Checks every run of text of `doc` against what is behind it (its own background, its table cell's or block's,
// else `base`); returns how many runs or cells had a background of their own.
int checkDocument(const QString &what, const QTextDocument &doc, const QColor &text, const QColor &base, QStringList &problems)
{
    int backgrounds = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QColor under = base;
        const QTextCursor cursor(block);
        if (const QTextTable *table = cursor.currentTable()) {
            const QBrush cell = table->cellAt(cursor).format().background();
            if (cell.style() != Qt::NoBrush) {
                under = cell.color();
                ++backgrounds;
            }
        }
        if (block.blockFormat().background().style() != Qt::NoBrush)
            under = block.blockFormat().background().color();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const QColor fg = format.foreground().style() != Qt::NoBrush ? format.foreground().color() : text;
            QColor bg = under;
            if (format.background().style() != Qt::NoBrush) {
                bg = format.background().color();
                ++backgrounds;
            }
            if (Theme::contrast(fg, bg) < kMinimum)
                problems << QStringLiteral("%1 \"%2\": %3").arg(what, fragment.text().left(40), ratioText(fg, bg));
        }
    }
    return backgrounds;
}

void checkLabel(const QLabel *label, QStringList &problems)
{
    QVERIFY2(label, "label missing");
    const QColor fg = label->palette().color(label->foregroundRole());
    const QColor bg = backgroundOf(label);
    QTextDocument doc;
    doc.setHtml(Qt::mightBeRichText(label->text()) ? label->text() : label->text().toHtmlEscaped());
    checkDocument(label->objectName(), doc, fg, bg, problems);
}

} // namespace

class TestThemeContrast final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translator m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_light;

    AssistPanel *panel() const { return m_window->assistPanel(); }
    template <typename T> T *child(const char *name) const
    {
        // In the side panel (the browser's item view has a procedure pane of its own), else in the window.
        T *inPanel = panel()->findChild<T *>(QString::fromLatin1(name));
        return inPanel ? inPanel : m_window->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_light = QApplication::style()->standardPalette();
        QApplication::setPalette(m_light);
        m_translator.apply(QStringLiteral("en"));
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        MessageBox::setAutoAnswer(true);
        m_window = std::make_unique<MainWindow>(*m_services, m_translator);
        m_window->resize(420, 960);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openStore(m_dir.filePath(QStringLiteral("agent.sqlite")), true);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isReady(), 60000);

        TicketCard *card = panel()->ticketCard();
        card->setCustomerName(QStringLiteral("Mr John Carter"));
        card->setAccount(QStringLiteral("FX-5519-2046"));
        card->setChannel(QStringLiteral("phone"));
        card->setText(QStringLiteral("Customer has had no internet since this morning, the router does not sync and the DSL light keeps blinking"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->procedurePane()->itemId().isEmpty(), 30000);
        ProcedurePane *procedure = panel()->procedurePane();
        for (int step = 0; step < 2; ++step)
            if (!procedure->chooseAnswer(1) && !procedure->chooseAnswer(0))
                procedure->markDone();
        QVERIFY(procedure->walk()->path().size() > 1);
        QVERIFY(panel()->repliesPane()->replyCount() > 0);
        panel()->repliesPane()->selectReply(0);
    }

    void readableInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QApplication::style()->standardPalette() << false;
        QTest::newRow("dark") << testing::darkPalette() << true;
        QTest::newRow("high contrast") << testing::highContrastPalette() << true;
        QTest::newRow("light again") << QApplication::style()->standardPalette() << false;
    }

    void readableInEveryPalette()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QApplication::setPalette(palette);
        // The change reaches the widgets through posted events.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->palette().color(QPalette::Window), palette.color(QPalette::Window), 2000);
        QStringList problems;
        const auto isDark = [](const QColor &c) { return Theme::luminance(c) < 0.2; };

        // The checklist, its current step standing out on a background of its own.
        auto *checklist = child<QTextBrowser>("procedureChecklist");
        QVERIFY(checklist);
        const int cells = checkDocument(QStringLiteral("checklist"), *checklist->document(), checklist->palette().color(QPalette::Text),
                                        checklist->palette().color(QPalette::Base), problems);
        QVERIFY(cells >= 2);  // the current step's number and text stand out

        // The current step's card: tinted, and in the palette's lightness (a light card in a dark palette is the bug).
        auto *stepCard = child<QFrame>("currentStepCard");
        QVERIFY(stepCard && stepCard->autoFillBackground());
        QCOMPARE(isDark(stepCard->palette().color(QPalette::Window)), dark);
        QVERIFY(stepCard->palette().color(QPalette::Window) != palette.color(QPalette::Window));
        checkLabel(child<QLabel>("currentStepText"), problems);

        // The reply, its placeholders marked.
        panel()->showTab(1);
        auto *preview = child<QTextBrowser>("replyPreview");
        const int marked = checkDocument(QStringLiteral("reply"), *preview->document(), preview->palette().color(QPalette::Text),
                                         preview->palette().color(QPalette::Base), problems);
        QVERIFY2(marked > 0, "the reply shows no placeholder");
        checkLabel(child<QLabel>("replySubject"), problems);
        checkLabel(child<QLabel>("replyWarning"), problems);
        panel()->showTab(0);

        checkLabel(child<QLabel>("categoryBreadcrumb"), problems);

        // Notices and badges: the hand-off banner as a problem and as news, the "changed" and "suggested" badges.
        auto *banner = panel()->findChild<HandoffBanner *>();
        QVERIFY(banner);
        banner->showProblem(QStringLiteral("The phone software sent a ticket that could not be read."));
        QCOMPARE(isDark(backgroundOf(banner)), dark);
        checkLabel(banner->findChild<QLabel *>(QStringLiteral("handoffMessage")), problems);
        banner->showReceived(true);
        checkLabel(banner->findChild<QLabel *>(QStringLiteral("handoffMessage")), problems);
        FeedbackBar *feedback = panel()->procedurePane()->feedbackBar();
        ItemChange change;
        change.seenVersion = 1;
        change.currentVersion = 2;
        feedback->showChange(change);
        ItemFeedbackState state;
        state.suggestionPending = true;
        feedback->showState(state, std::numeric_limits<quint64>::max());
        feedback->showConfirmation(QStringLiteral("Thank you: your flag was recorded."));
        for (const char *name : {"changedBadge", "suggestionStatus", "feedbackConfirmation"}) {
            auto *label = feedback->findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY2(label && label->isVisible(), name);
            checkLabel(label, problems);
        }
        QCOMPARE(isDark(backgroundOf(feedback->findChild<QLabel *>(QStringLiteral("changedBadge")))), dark);

        // The status bar's link state.
        auto *link = child<QToolButton>("statusLink");
        QVERIFY(link);
        const double linkRatio = Theme::contrast(link->palette().color(QPalette::ButtonText), backgroundOf(link));
        if (linkRatio < kMinimum)
            problems << QStringLiteral("statusLink: %1").arg(ratioText(link->palette().color(QPalette::ButtonText), backgroundOf(link)));

        // The process map: box texts on their boxes, answer labels on the view's base.
        auto *map = child<QGraphicsView>("processMap");
        QVERIFY(map && map->scene());
        int texts = 0;
        for (QGraphicsItem *item : map->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
                ++texts;
                QColor under = map->palette().color(QPalette::Base);
                for (QGraphicsItem *below : map->scene()->items(text->sceneBoundingRect().center()))
                    if (auto *box = dynamic_cast<QGraphicsRectItem *>(below))
                        under = box->brush().color();
                if (Theme::contrast(text->defaultTextColor(), under) < kMinimum)
                    problems << QStringLiteral("map box \"%1\": %2").arg(text->toPlainText().left(30), ratioText(text->defaultTextColor(), under));
            } else if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                const QColor base = map->palette().color(QPalette::Base);
                if (Theme::contrast(label->brush().color(), base) < kMinimum)
                    problems << QStringLiteral("map label \"%1\": %2").arg(label->text(), ratioText(label->brush().color(), base));
            }
        }
        QVERIFY(texts >= 3);

        // It paints.
        QVERIFY(!m_window->grab().isNull());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The browser's reply view (ItemHtml): placeholders, the body's panel, meta line with an overdue review.
    void itemHtmlReadsInEveryPalette_data()
    {
        readableInEveryPalette_data();
    }

    void itemHtmlReadsInEveryPalette()
    {
        QFETCH(QPalette, palette);
        Item item;
        item.kind = ItemKind::Reply;
        item.locale = QStringLiteral("en-GB");
        item.version = 3;
        item.channels = {QStringLiteral("email")};
        item.content.subject = QStringLiteral("Your line {{customer.account}}");
        item.content.body = QStringLiteral("Hello {{customer.first_name|Sir or Madam}},\nyour line is back.");
        item.content.tone = QStringLiteral("warm");
        item.reviewedAt = QStringLiteral("2020-01-01");
        item.reviewIntervalDays = 30;
        QStringList problems;
        QTextDocument reply;
        reply.setHtml(ItemHtml::reply(item, palette));
        QVERIFY(checkDocument(QStringLiteral("reply"), reply, palette.color(QPalette::Text), palette.color(QPalette::Base), problems) >= 2);
        QTextDocument meta;
        meta.setHtml(ItemHtml::metaLine(item, QDate(2026, 1, 1), palette));
        QVERIFY(meta.toPlainText().contains(QStringLiteral("overdue")));
        checkDocument(QStringLiteral("meta"), meta, palette.color(QPalette::WindowText), palette.color(QPalette::Window), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The computations themselves, on known values (WCAG's own examples).
    void contrastRatio()
    {
        QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(Theme::contrast(Qt::red, Qt::red), 1.0);
        for (const QPalette &p : {m_light, testing::darkPalette(), testing::highContrastPalette()}) {
            for (Theme::Tone tone : {Theme::Tone::Quiet, Theme::Tone::Info, Theme::Tone::Success, Theme::Tone::Warning, Theme::Tone::Error,
                                     Theme::Tone::Current}) {
                const QColor text = Theme::text(p, tone);
                QVERIFY(Theme::contrast(text, p.color(QPalette::Base)) >= kMinimum);
                if (tone != Theme::Tone::Quiet)  // quiet text goes on plain backgrounds only
                    QVERIFY2(Theme::contrast(text, Theme::tint(p, tone)) >= kMinimum,
                             qPrintable(QStringLiteral("tone %1: %2").arg(int(tone)).arg(ratioText(text, Theme::tint(p, tone)))));
                QVERIFY(Theme::contrast(p.color(QPalette::Text), Theme::strongTint(p, tone)) >= kMinimum);
            }
        }
        // High contrast asks more of softer text.
        QVERIFY(Theme::contrast(Theme::muted(testing::highContrastPalette()), Qt::black) >= 7.0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
        QApplication::setPalette(m_light);
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_theme_contrast.moc"
