// SPDX-License-Identifier: GPL-3.0-or-later
// Filling and copying a standard reply as an agent does: ticket fields, inline filling, the unfilled-placeholder
// prompt, the language switch, the clipboard.
#include "dialogs/Dialogs.h"
#include "panel/RepliesPane.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace souffleur;

namespace {
Item reply(const QString &locale, const QString &body)
{
    Item i;
    i.id = u"reply.callback."_qs + locale.left(2);
    i.kind = ItemKind::Reply;
    i.locale = locale;
    i.translationGroup = u"reply.callback"_qs;
    i.channels = {u"email"_qs};
    i.content.title = locale.startsWith(u"fr"_qs) ? u"Rappel technicien"_qs : u"Engineer call-back"_qs;
    i.content.subject = u"Ref {{ticket.reference}}"_qs;
    i.content.body = body;
    return i;
}
} // namespace

class TestRepliesPane final : public QObject
{
    Q_OBJECT
private slots:
    void fillsCopiesAndAsksAboutUnfilledPlaceholders()
    {
        RepliesPane pane;
        pane.resize(380, 640);
        pane.show();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        const QList<QList<Item>> groups{{reply(u"fr-FR"_qs, u"Bonjour {{customer.first_name|Madame, Monsieur}}, dossier {{ticket.reference}}."_qs),
                                         reply(u"en-GB"_qs, u"Hello {{customer.first_name|there}}, case {{ticket.reference}}."_qs)}};
        pane.setReplies(groups, u"fr-FR"_qs);
        pane.setTicketFields({{u"customer.first_name"_qs, u"Alice"_qs}});
        QCOMPARE(pane.currentReplyId(), u"reply.callback.fr"_qs);
        QCOMPARE(pane.unfilledPlaceholders(), QStringList{u"ticket.reference"_qs});
        QVERIFY(pane.findChild<QLabel *>(u"replyWarning"_qs)->isVisible());
        // Fields and channels are named, never shown by their keys.
        QVERIFY(pane.findChild<QLabel *>(u"replyWarning"_qs)->text().contains(u"ticket reference"_qs));
        QVERIFY(!pane.findChild<QLabel *>(u"replyWarning"_qs)->text().contains(u"ticket.reference"_qs));
        const QString preview = pane.findChild<QTextBrowser *>(u"replyPreview"_qs)->toPlainText();
        QVERIFY2(preview.contains(u"\u2039ticket reference\u203A"_qs) && !preview.contains(u"{{"_qs), qPrintable(preview));
        QCOMPARE(pane.findChild<QLineEdit *>(u"field-ticket.reference"_qs)->accessibleName(), u"ticket reference"_qs);
        QCOMPARE(pane.findChild<QListWidget *>()->item(0)->text(), u"Rappel technicien  [e-mail]"_qs);

        // Cancelling the prompt copies nothing.
        QApplication::clipboard()->setText(u"previous"_qs);
        QSignalSpy copied(&pane, &RepliesPane::replyCopied);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"replyCopy"_qs), Qt::LeftButton);
        QCOMPARE(copied.count(), 0);
        QCOMPARE(QApplication::clipboard()->text(), u"previous"_qs);

        // Filling the placeholder inline updates the preview and clears the warning.
        auto *ref = pane.findChild<QLineEdit *>(u"field-ticket.reference"_qs);
        QVERIFY(ref);
        QTest::keyClicks(ref, u"T-1234"_qs);
        QVERIFY(pane.unfilledPlaceholders().isEmpty());
        QVERIFY(!pane.findChild<QLabel *>(u"replyWarning"_qs)->isVisible());
        QVERIFY(pane.findChild<QTextBrowser *>(u"replyPreview"_qs)->toPlainText().contains(u"dossier T-1234"_qs));

        // Ctrl+Enter copies the final text.
        pane.findChild<QTextBrowser *>(u"replyPreview"_qs)->setFocus();
        QTest::keyClick(pane.findChild<QTextBrowser *>(u"replyPreview"_qs), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QApplication::clipboard()->text(), u"Bonjour Alice, dossier T-1234."_qs);

        // One click switches to the English variant; typed values carry over.
        QTest::mouseClick(pane.findChild<QPushButton *>(u"replyVariant-en-GB"_qs), Qt::LeftButton);
        QCOMPARE(pane.currentReplyId(), u"reply.callback.en"_qs);
        QCOMPARE(pane.filledText(), u"Hello Alice, case T-1234."_qs);
    }

    void copyAnywayKeepsThePlaceholderVisible()
    {
        RepliesPane pane;
        pane.setReplies({{reply(u"en-GB"_qs, u"Case {{ticket.reference}}."_qs)}}, u"en-GB"_qs);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(pane.copyReply());
        QCOMPARE(QApplication::clipboard()->text(), u"Case {{ticket.reference}}."_qs);
    }

    void noRepliesSaysSo()
    {
        RepliesPane pane;
        pane.setReplies({}, u"fr-FR"_qs);
        QVERIFY(!pane.copyReply());
        QVERIFY(!pane.findChild<QPushButton *>(u"replyCopy"_qs)->isEnabled());
    }
};

QTEST_MAIN(TestRepliesPane)
#include "tst_replies_pane.moc"
