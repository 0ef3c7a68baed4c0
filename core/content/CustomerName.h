// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace souffleur {

// A customer's name as the agent or the phone software types it ("Mme Claire Martin", "Mr. J. Carter", "Martin"),
// split for reply placeholders. A courtesy title is not a first name: "Mme Martin" has a title and a last name
// and no first name, so a reply falls back to its own wording instead of greeting "Mme" by her first name.
struct CustomerName
{
    QString title;  // "Mme", "Mr.", … as typed; empty when none
    QString first;
    QString last;

    static CustomerName parse(const QString &fullName);
};

} // namespace souffleur
