// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace souffleur::limits {

// Every size limit on content that comes from outside (bundles, ticket CSV files), in one place so that the
// documentation (docs/security.md, "Limits") and the messages name the same numbers. Lengths are in characters
// (UTF-16 code units, what the agent sees), counts in entries. They sit far above real knowledge bases (the largest
// demo body is a few KiB) and far below what would make the desktop or the hub slow to load, index or show.

// Knowledge bundles (core/bundle/BundleReader.cpp).
inline constexpr qint64 kMaxBundleBytes = 64 * 1024 * 1024;
inline constexpr qsizetype kMaxIdLength = 128;          // item, step and category ids, translation groups
inline constexpr qsizetype kMaxTitleLength = 300;       // titles, category names, subjects, tones, answer labels, collected fields
inline constexpr qsizetype kMaxBodyLength = 100000;     // bodies, step texts, summaries, descriptions, subjects
inline constexpr qsizetype kMaxTagLength = 64;          // a tag, a channel, a locale
inline constexpr qsizetype kMaxItems = 20000;           // items in one bundle
inline constexpr qsizetype kMaxCategories = 5000;       // categories in one bundle
inline constexpr qsizetype kMaxSteps = 200;             // steps of one procedure
inline constexpr qsizetype kMaxTags = 50;               // tags, categories, channels of an item; answers, collected fields of a step
inline constexpr qsizetype kMaxExamples = 1000;         // keywords or examples of a category in one locale
inline constexpr qsizetype kMaxHistory = 100;           // history entries of one item
inline constexpr qsizetype kMaxTickets = 200000;        // example tickets in one bundle or CSV file

// Ticket CSV files (core/common/Csv.cpp, core/bundle/TicketCsvImporter.cpp).
inline constexpr qint64 kMaxCsvBytes = 64 * 1024 * 1024;
inline constexpr qsizetype kMaxCsvFields = 16;          // fields in one row
inline constexpr qsizetype kMaxCsvFieldLength = 20000;  // characters in one field (a ticket's text)

} // namespace souffleur::limits
