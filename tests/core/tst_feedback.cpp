// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's feedback in the outbox (suggested edits, flags, votes), its survival across reopening the store,
// schema 3, and what the "changed" badge reports.
#include "TestSupport.h"

#include "feedback/FeedbackRecorder.h"
#include "feedback/ItemChangeTracker.h"
#include "store/ContentRepository.h"
#include "store/Migrations.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;
using namespace souffleur::test;

namespace {

Item reply()
{
    Item item;
    item.id = u"reply.retard.fr"_qs;
    item.kind = ItemKind::Reply;
    item.locale = u"fr-FR"_qs;
    item.translationGroup = u"reply.retard"_qs;
    item.content.title = u"Retard de livraison"_qs;
    item.content.body = u"Bonjour {{customer.first_name|Madame, Monsieur}}, votre colis arrive."_qs;
    item.version = 3;
    return item;
}

Item procedure()
{
    Item item;
    item.id = u"proc.box.fr"_qs;
    item.kind = ItemKind::Procedure;
    item.locale = u"fr-FR"_qs;
    item.translationGroup = u"proc.box"_qs;
    item.content.title = u"Box sans synchro"_qs;
    item.content.steps = {Step{u"a"_qs, StepType::Action, u"Redémarrer la box"_qs, u"b"_qs, {}, {}, {}},
                          Step{u"b"_qs, StepType::Resolution, u"C'est réglé"_qs, {}, {}, {}, {}}};
    item.version = 1;
    return item;
}

QJsonObject outboxPayload(Store &store, const QString &uuid, QString *type = nullptr)
{
    auto q = sql::exec(store.database(), u"SELECT type, payload FROM outbox WHERE uuid = ?"_qs, {uuid});
    if (!q || !q->next())
        return {};
    if (type)
        *type = q->value(0).toString();
    return QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
}

} // namespace

class TestFeedback final : public QObject
{
    Q_OBJECT
private slots:
    void suggestionPayloadAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"agent.sqlite"_qs);
        QString uuid;
        {
            auto store = Store::open(path);
            QVERIFY2(store.ok(), errorText(store));
            FeedbackRecorder recorder(**store, u"alice"_qs);
            QCOMPARE(*recorder.pendingCount(), 0);
            ItemContent proposed = reply().content;
            proposed.body = u"Bonjour {{customer.first_name|Madame, Monsieur}}, votre colis arrive demain."_qs;
            auto r = recorder.suggestEdit(reply(), proposed, u"  Le délai a changé  "_qs);
            QVERIFY2(r.ok(), errorText(r));
            QCOMPARE(r->pending, 1);
            uuid = r->uuid;
            QString type;
            const QJsonObject p = outboxPayload(**store, uuid, &type);
            QCOMPARE(type, u"suggestion"_qs);
            QCOMPARE(p.value(u"item_id").toString(), u"reply.retard.fr"_qs);
            QCOMPARE(p.value(u"item_kind").toString(), u"reply"_qs);
            QCOMPARE(p.value(u"base_version").toInt(), 3);
            QCOMPARE(p.value(u"locale").toString(), u"fr-FR"_qs);
            QCOMPARE(p.value(u"reason").toString(), u"Le délai a changé"_qs);
            QCOMPARE(p.value(u"author").toString(), u"alice"_qs);
            QCOMPARE(p.value(u"changed_fields").toArray(), QJsonArray{u"body"_qs});
            QCOMPARE(p.value(u"proposed").toObject().value(u"body").toString(), proposed.body);
            QCOMPARE(p.value(u"proposed").toObject().value(u"title").toString(), reply().content.title);
            auto state = recorder.state(reply().id, 3);
            QVERIFY(state.ok() && state->suggestionPending);
        }
        {
            // Reopened: the record and the "awaiting review" state are still there.
            auto store = Store::open(path);
            QVERIFY2(store.ok(), errorText(store));
            FeedbackRecorder recorder(**store);
            QCOMPARE(*recorder.pendingCount(), 1);
            QVERIFY(!outboxPayload(**store, uuid).isEmpty());
            QVERIFY(recorder.state(reply().id, 3)->suggestionPending);
            // Once the hub acknowledged the record it leaves the outbox, but the suggestion still awaits review.
            QVERIFY(sql::exec((*store)->database(), u"DELETE FROM outbox"_qs).ok());
            QCOMPARE(*recorder.pendingCount(), 0);
            QVERIFY(recorder.state(reply().id, 3)->suggestionPending);
            // A newer published version answers it.
            QVERIFY(!recorder.state(reply().id, 4)->suggestionPending);
        }
    }

    void refusesEmptyReasonOrNoChange()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(u"agent.sqlite"_qs));
        QVERIFY(store.ok());
        FeedbackRecorder recorder(**store);
        ItemContent proposed = reply().content;
        proposed.title = u"Autre titre"_qs;
        auto noReason = recorder.suggestEdit(reply(), proposed, u"   "_qs);
        QVERIFY(!noReason.ok());
        QVERIFY2(noReason.error().message.contains(u"why"_qs), qPrintable(noReason.error().message));
        auto same = recorder.suggestEdit(reply(), reply().content, u"raison"_qs);
        QVERIFY(!same.ok());
        QCOMPARE(*recorder.pendingCount(), 0);
        QCOMPARE(RawDb((*store)->path()).scalar(u"SELECT count(*) FROM my_feedback"_qs).toInt(), 0);
    }

    void flagsAndVotes()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(u"agent.sqlite"_qs));
        QVERIFY(store.ok());
        FeedbackRecorder recorder(**store, u"bob"_qs);
        auto f = recorder.flag(procedure(), FlagReason::Unclear, u"étape 1 ambiguë"_qs);
        QVERIFY2(f.ok(), errorText(f));
        QString type;
        QJsonObject p = outboxPayload(**store, f->uuid, &type);
        QCOMPARE(type, u"feedback"_qs);
        QCOMPARE(p.value(u"kind").toString(), u"flag"_qs);
        QCOMPARE(p.value(u"reason").toString(), u"unclear"_qs);
        QCOMPARE(p.value(u"comment").toString(), u"étape 1 ambiguë"_qs);
        QCOMPARE(p.value(u"version").toInt(), 1);
        auto yes = recorder.rateHelpful(procedure(), true);
        QVERIFY(yes.ok());
        auto no = recorder.rateHelpful(procedure(), false);
        QVERIFY(no.ok());
        QCOMPARE(no->pending, 3);
        p = outboxPayload(**store, no->uuid, &type);
        QCOMPARE(p.value(u"kind").toString(), u"helpful"_qs);
        QCOMPARE(p.value(u"helpful").toBool(true), false);
        auto state = recorder.state(procedure().id, 1);
        QVERIFY(state.ok());
        QCOMPARE(state->flag, std::optional<FlagReason>(FlagReason::Unclear));
        QCOMPARE(state->helpful, std::optional<bool>(false));  // the latest vote counts
        QVERIFY(!state->suggestionPending);
    }

    void schema3KeepsOutboxOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_qs);
        QList<Migration> upTo2;
        for (const Migration &m : storeMigrations())
            if (m.version <= 2)
                upTo2.append(m);
        {
            Store::Options options;
            options.migrations = &upTo2;
            auto store = Store::open(path, options);
            QVERIFY(store.ok());
            QCOMPARE((*store)->schemaVersion(), 2);
            QVERIFY(sql::exec((*store)->database(), u"INSERT INTO outbox (uuid, type, payload, created_at) VALUES ('u1', 'feedback', '{}', 'x')"_qs).ok());
        }
        auto store = Store::open(path);
        QVERIFY2(store.ok(), errorText(store));
        QCOMPARE((*store)->schemaVersion(), currentSchemaVersion());
        QCOMPARE(*FeedbackRecorder(**store).pendingCount(), 1);
        QVERIFY(tableNames((*store)->database()).contains(u"my_feedback"_qs));
        QVERIFY(FeedbackRecorder(**store).rateHelpful(reply(), true).ok());
    }

    void changeSinceLastView()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(u"agent.sqlite"_qs));
        QVERIFY(store.ok());
        ContentRepository repo(**store);
        Item v1 = procedure();
        QVERIFY(repo.putItem(v1).ok());
        ItemChangeTracker tracker(**store);
        // Never opened: no badge, and opening records the first view.
        auto first = tracker.open(v1);
        QVERIFY(first.ok() && !first->has_value());
        QVERIFY(tracker.changedItemIds()->isEmpty());

        Item v2 = v1;
        v2.version = 2;
        v2.history = {HistoryEntry{1, u"2026-01-01T00:00:00Z"_qs, u"lead"_qs, u"première version"_qs, v1.content}};
        v2.content.steps[1].text = u"Problème réglé, clôturer le ticket"_qs;
        v2.content.steps.append(Step{u"c"_qs, StepType::Escalation, u"Escalader"_qs, {}, {}, u"N2"_qs, {}});
        v2.content.title = u"Box sans synchronisation"_qs;
        QVERIFY(repo.putItem(v2).ok());
        QCOMPARE(*tracker.changedItemIds(), QSet<QString>{v1.id});
        auto stored = repo.item(v1.id);
        QVERIFY(stored.ok() && stored->has_value());
        auto change = tracker.open(**stored);
        QVERIFY(change.ok() && change->has_value());
        const ItemChange &c = **change;
        QCOMPARE(c.seenVersion, 1);
        QCOMPARE(c.currentVersion, 2);
        QVERIFY(c.detailsKnown);
        QCOMPARE(c.fields, QStringList{u"title"_qs});
        QCOMPARE(c.changedSteps, QList<int>{2});
        QCOMPARE(c.addedSteps, 1);
        QCOMPARE(c.removedSteps, 0);
        // Opened: no longer changed, and an older copy shown later does not bring the badge back.
        QVERIFY(tracker.changedItemIds()->isEmpty());
        QVERIFY(tracker.recordView(v1.id, 1).ok());
        QVERIFY(!tracker.changeSinceLastView(**stored)->has_value());

        // A version whose predecessor the history no longer holds: the versions only.
        const ItemChange unknown = ItemChangeTracker::diff(v2, 7);
        QVERIFY(!unknown.detailsKnown);
        QCOMPARE(unknown.seenVersion, 7);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
