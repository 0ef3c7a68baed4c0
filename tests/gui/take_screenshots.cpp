// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots from the real window on the demo knowledge base (not a test; run it under Xvfb,
// see docs/screenshots/README.md): for French and English, a ticket handed over as the phone software would, its
// category, the procedure walked a few steps, and the best reply filled in from the ticket, at 380, 420 and 1000 px.
// With --palette dark or --palette high-contrast, the same side panel in that palette (Fusion style), at 420 px:
// procedure, reply and process map, named side-panel-PALETTE-LANG-420-*.png.
//   souffleur_screenshots [--palette dark|high-contrast] OUTDIR
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "panel/AssistPanel.h"
#include "panel/ProcedurePane.h"
#include "panel/RepliesPane.h"
#include "panel/TicketCard.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include "ThemePalettes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace souffleur;

namespace {

struct Scene
{
    QString language;
    QString name, account, text;
};

// `palette` empty: the light originals at 420 and 1000 px; else the palette's name, at 420 px with the map.
bool shoot(const Scene &scene, const QString &storePath, const QString &outDir, const QString &palette, QTextStream &err)
{
    Translator translator;
    translator.apply(scene.language);
    StoreExecutor executor;
    DesktopServices services(executor);
    MainWindow window(services, translator);
    window.resize(420, 960);
    window.show();
    window.openStore(storePath, true);
    AssistPanel *panel = window.assistPanel();
    if (!QTest::qWaitFor([&] { return panel->isReady(); }, 120000)) {
        err << "the side panel did not get ready\n";
        return false;
    }
    TicketCard *card = panel->ticketCard();
    card->setCustomerName(scene.name);
    card->setAccount(scene.account);
    card->setChannel(QStringLiteral("phone"));
    const int before = panel->resultCount();
    card->setText(scene.text);
    if (!QTest::qWaitFor([&] { return panel->resultCount() > before && !panel->procedurePane()->itemId().isEmpty(); }, 30000)) {
        err << "no procedure for the ticket\n";
        return false;
    }
    QTest::qWait(TicketCard::debounceMs * 3);  // the result of the whole text, not of a prefix
    // A few steps into the procedure, taking the answer that leads further (the second when there are two: the
    // first is usually the quick way out), or "done" on an action.
    ProcedurePane *procedure = panel->procedurePane();
    for (int step = 0; step < 3; ++step)
        if (!procedure->chooseAnswer(1) && !procedure->chooseAnswer(0))
            procedure->markDone();
    panel->repliesPane()->selectReply(0);

    const QString prefix = QDir(outDir).filePath(QStringLiteral("side-panel-") + (palette.isEmpty() ? QString() : palette + QLatin1Char('-'))
                                                 + scene.language);
    const auto save = [&](const QString &path) {
        QTest::qWait(300);
        if (!window.grab().save(path)) {
            err << "cannot write " << path << '\n';
            return false;
        }
        return true;
    };
    // 420 px, then 380 px: the narrowest the panel is made for, beside the phone software (category chips, reply
    // fields).
    const auto saveTabs = [&](int width) {
        window.resize(width, 960);
        panel->showTab(0);
        if (!save(prefix + QStringLiteral("-%1-procedure.png").arg(width)))
            return false;
        panel->showTab(1);
        return save(prefix + QStringLiteral("-%1-reply.png").arg(width));
    };
    if (!saveTabs(420) || !saveTabs(380))
        return false;
    if (!palette.isEmpty()) {
        panel->showTab(0);
        auto *map = panel->findChild<QAbstractButton *>(QStringLiteral("procedureToggleMap"));
        map->setChecked(true);
        const bool saved = save(prefix + QStringLiteral("-420-map.png"));
        map->setChecked(false);
        return saved;
    }
    window.resize(1000, 960);
    if (!QTest::qWaitFor([&] { return panel->isWide(); }, 5000))
        err << "the panel did not switch to its wide layout\n";
    panel->showTab(1);
    return save(prefix + QStringLiteral("-1000.png"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Souffleur"));
    QApplication::setApplicationName(QStringLiteral("Souffleur screenshots"));
    QStandardPaths::setTestModeEnabled(true);  // the agent's own settings are neither read nor written
    QTextStream err(stderr);
    QStringList args = QApplication::arguments().mid(1);
    QString palette;
    if (args.size() == 3 && args.at(0) == u"--palette") {
        palette = args.at(1);
        args = args.mid(2);
        QApplication::setStyle(QStringLiteral("Fusion"));
        if (palette == u"dark")
            QApplication::setPalette(testing::darkPalette());
        else if (palette == u"high-contrast")
            QApplication::setPalette(testing::highContrastPalette());
        else
            args.clear();
    }
    if (args.size() != 1 || args.at(0).startsWith(u'-')) {
        err << "usage: souffleur_screenshots [--palette dark|high-contrast] OUTDIR\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.sqlite"));
    const QList<Scene> scenes{
        {QStringLiteral("fr"), QStringLiteral("Mme Claire Martin"), QStringLiteral("FX-4821-7730"),
         QStringLiteral("Mme Martin n'a plus internet depuis ce matin, la box ne synchronise plus et le voyant DSL clignote")},
        {QStringLiteral("en"), QStringLiteral("Mr John Carter"), QStringLiteral("FX-5519-2046"),
         QStringLiteral("Customer has had no internet since this morning, the router does not sync and the DSL light keeps blinking")},
    };
    for (const Scene &scene : scenes) {
        if (!shoot(scene, store, args.at(0), palette, err)) {
            err << "screenshots in " << scene.language << " failed\n";
            return 1;
        }
    }
    return 0;
}
