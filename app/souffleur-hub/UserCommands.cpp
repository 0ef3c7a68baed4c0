// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub user add|revoke|list: who may use the hub, with which role.
#include "HubCommand.h"

#include "hub/Tokens.h"

namespace souffleur::hub {

int runUser(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == u"add" && ctx.args.size() == 2) {
        const auto role = roleFromString(ctx.parser.value(QStringLiteral("role")));
        if (!role)
            return usage(ctx, "user add NAME --role agent|lead|admin|relay (--data DIR | --db URL)");
        const QString name = ctx.args.at(1).trimmed();
        const QString site = ctx.parser.value(QStringLiteral("site")).trimmed();
        if (name.isEmpty() || (ctx.parser.isSet(QStringLiteral("site")) && site.isEmpty()))
            return usage(ctx, "user add NAME --role agent|lead|admin|relay [--site SITE] (--data DIR | --db URL)");
        auto storage = openCentralStorage(ctx, true, tr("add users"));
        if (!storage)
            return fail(ctx, storage.error());
        const QString token = newToken();
        if (auto r = (*storage)->addUser({name, *role, false, {}, site}, tokenHash(token)); !r)
            return fail(ctx, r.error());
        // The token is shown once and never stored in clear: the last line holds it alone, for scripts.
        ctx.out << tr("Added %1 (%2). Their token, shown only this once:").arg(name, roleToString(*role)) << '\n'
                << token << Qt::endl;
        return ExitOk;
    }
    if (sub == u"revoke" && ctx.args.size() == 2) {
        auto storage = openCentralStorage(ctx, false, tr("revoke users"));
        if (!storage)
            return fail(ctx, storage.error());
        auto revoked = (*storage)->revokeUser(ctx.args.at(1));
        if (!revoked)
            return fail(ctx, revoked.error());
        if (!*revoked)
            return fail(ctx, makeError(tr("No user named \"%1\".").arg(ctx.args.at(1))));
        ctx.out << tr("Revoked %1: their token is refused from now on.").arg(ctx.args.at(1)) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"list" && ctx.args.size() == 1) {
        auto storage = openStorage(ctx, false);
        if (!storage)
            return fail(ctx, storage.error());
        auto users = (*storage)->users();
        if (!users)
            return fail(ctx, users.error());
        for (const HubUser &u : std::as_const(*users))
            ctx.out << u.name << '\t' << roleToString(u.role) << '\t' << (u.revoked ? "revoked" : "active")
                    << (u.site.isEmpty() ? QString() : QLatin1Char('\t') + u.site) << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    return usage(ctx, "user add NAME --role agent|lead|admin|relay [--site SITE] | user revoke NAME | user list   (with --data DIR or --db URL)");
}

} // namespace souffleur::hub
