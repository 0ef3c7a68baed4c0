<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ItemHtml</name>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue (last %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 categories, %2 items added, %3 updated, %4 unchanged, %5 tickets added (%6 already known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not imported because the store has a newer version: %1</source>
        <translation>
            <numerusform>%n item not imported because the store has a newer version: %1</numerusform>
            <numerusform>%n items not imported because the store has a newer version: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid knowledge bundle: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid knowledge bundle (%n problem(s)): nothing was imported.</source>
        <translation>
            <numerusform>%1 is not a valid knowledge bundle (%n problem): nothing was imported.</numerusform>
            <numerusform>%1 is not a valid knowledge bundle (%n problems): nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo knowledge base is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; expected a header text,category[,locale].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the header must be text,category or text,category,locale (found &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2 fields, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a locale tag such as fr-FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n invalid row(s): nothing was imported.</source>
        <translation>
            <numerusform>%1 has %n invalid row: nothing was imported.</numerusform>
            <numerusform>%1 has %n invalid rows: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets could not be saved; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted field (quote the whole field and double the quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the knowledge store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Souffleur knowledge store (it is not an SQLite database, or it is corrupt). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the knowledge store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable knowledge store (corrupt file?). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge store %1 was written by a newer version of Souffleur (schema %2; this version knows up to %3). Please update Souffleur. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Souffleur knowledge store. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge store %1 needs an upgrade and was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the knowledge store to schema %1 (%2) failed; the store was left at schema %3, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the upgrade of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Souffleur classifier model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier model has format %1; this version reads format %2. Train the classifier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier model is damaged (cannot decompress it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier model is damaged (truncated or inconsistent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier model is damaged (its parts do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained classifier to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs examples of at least two categories (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; expected a header line `text,category`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header must name the columns `text` and `category`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, found %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text and the category must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 malformed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: training rows and labels differ in number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: class index out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs examples of at least two categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid classifier parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIBLINEAR could not train the classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data expands beyond %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronised changes could not be saved; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent a change of an unknown kind &quot;%1&quot;; please update Souffleur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page comes from another hub or epoch than the replica&apos;s; a resync is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent changes out of order (%1 after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) could not be applied; nothing from this page was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s %1 %2 could not be applied; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snapshot(s), %2 page(s), %3 change(s) applied; %4 record(s) uploaded, %5 duplicate(s), %6 rejected; %7 retry(ies); checkpoint %8, %9 record(s) still in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent a malformed change (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base payload lacks default_locale or locales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item payload has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category payload has no id or no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket payload has no text or no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you suggest this edit: the reviewer needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested text is the same as the current one: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record your feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the site key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site key %1 is shorter than 16 bytes; use a long random secret (e.g. head -c 32 /dev/urandom | base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a signed Souffleur sync bundle (no signature line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it was altered, or signed with another site key. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is signed but is not a Souffleur sync bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has format version %1; this Souffleur reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle carries %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer lacks its list (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt names no record (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of %1 has an unknown status &quot;%2&quot; (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to an upload has no receipts (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s snapshot page is malformed (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a Souffleur hub&apos;s hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review outcome has no uuid or an unknown status (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream&apos;s user list is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MiB for a knowledge bundle: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows, over the limit of %3 tickets in one file: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text contains the control or bidirectional character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MiB for a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a field is over the limit of %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the row has over the limit of %3 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Souffleur knowledge store (it is empty). The file was left untouched; create a store with “souffleur-kb init”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Souffleur, the agent&apos;s prompter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge store file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: fr or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fill a new store with the demo knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this ticket text (from the phone software).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name for the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s account or contract number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s channel: phone, email or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s language for the ticket: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept hand-offs over HTTP on 127.0.0.1:PORT (default: the handoff/httpPort setting, 0: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the token the phone software must send to the HTTP endpoint, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A souffleur://ticket?… link from the phone software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off port must be a number from 1 to 65535 (0: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how long the window took to be ready for a ticket (startup_ms=N), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::AssistPanel</name>
    <message>
        <source>Preparing the classifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not classify the ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s problem in the notes: the category and its procedure appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure of the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the suggestions or choose it (Ctrl+Shift+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure for the ticket&apos;s category appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure for this ticket yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this category (it teaches the classifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category yourself (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard replies (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning the categories from the knowledge base… Search and browsing work meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier could not learn from the latest changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This knowledge base has no categories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier has learned from your corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket handed over by the phone software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure, replies and articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::FeedbackBar</name>
    <message>
        <source>Changed since you last opened it: version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>step(s) %1</source>
        <translation>
            <numerusform>step %1</numerusform>
            <numerusform>steps %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) added</source>
        <translation>
            <numerusform>%n step added</numerusform>
            <numerusform>%n steps added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) removed</source>
        <translation>
            <numerusform>%n step removed</numerusform>
            <numerusform>%n steps removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit suggested — awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a correction; a team lead reviews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this as outdated, wrong or unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest an edit of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your suggested edit was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your suggested edit was accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your suggested edit was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your suggested edit was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::FeedbackController</name>
    <message>
        <source>Could not read your feedback on this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit suggested — it goes to the team leads with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks — flag recorded for the team leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your feedback could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::FileSecretBackend</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a token file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffBanner</name>
    <message>
        <source>%1 — ticket handed over by the phone software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current ticket is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the ticket this one replaced (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffHttpRequest</name>
    <message>
        <source>The request headers exceed %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request header “%1” is repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only /ticket is served here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GET or POST on /ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests must be addressed to 127.0.0.1 or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent by a web page (Origin: %1) are refused: hand-offs come from the phone software, not from a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent by a web page (Sec-Fetch-Site: %1) are refused: hand-offs come from the phone software, not from a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body exceeds %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST needs a Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffHttpServer</name>
    <message>
        <source>The hand-off token is missing or too short (16 characters at least).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for hand-offs on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With POST, send the ticket&apos;s fields in the JSON body, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token in the “Authorization: Bearer TOKEN” header, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or wrong token: send “Authorization: Bearer TOKEN”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffServer</name>
    <message>
        <source>Another Souffleur is already running on this knowledge store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for hand-offs on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Souffleur speaks hand-off protocol %1; the other one does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hand-off message “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::ItemListModel</name>
    <message>
        <source>Procedures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard replies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you last opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::ItemView</name>
    <message>
        <source>Choose a category on the left, or search (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::LongWorkIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work; nothing of it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::MainWindow</name>
    <message>
        <source>About Souffleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Souffleur %1&lt;/h3&gt;&lt;p&gt;The agent&apos;s prompter: the right procedure and reply for the customer&apos;s problem, at once.&lt;/p&gt;&lt;p&gt;Knowledge store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Souffleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search procedures, replies and articles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import knowledge bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export knowledge bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Souffleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this category yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a knowledge bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge bundles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the ticket put aside by a hand-off or a new ticket (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Souffleur above the phone software (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the notes of the ticket card, no search bar (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised with the hub up to change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local knowledge, content hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning the categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::ProcedurePane</name>
    <message>
        <source>Done — next step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last step (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the steps taken, for the ticket notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the procedure as a process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the procedure again from its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the steps taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::RepliesPane</name>
    <message>
        <source>No standard reply for this category yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfilled placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply still has unfilled placeholders: %1.
Copy it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::SecretStore</name>
    <message>
        <source>No system keychain is available: your access tokens are kept in %1, readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in a file readable by you only (no system keychain is available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the token in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::SuggestEditDialog</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1” (version %2, %3) as you think it should read. A team lead reviews your suggestion before it reaches everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (required: what is wrong or missing, and how you know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change in the field being edited (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed yet: edit the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you suggest this edit: the reviewer needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::SyncSettingsDialog</name>
    <message>
        <source>Hub connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must start with http:// or https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the address empty to work from the local knowledge only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::SyncStatusWidget</name>
    <message>
        <source>Knowledge version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Your suggestions, flags and votes waiting to go to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::TicketCard</name>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket notes: type what the customer says…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::TicketFields</name>
    <message>
        <source>customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s title as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s courtesy title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bill month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected repair time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number transfer date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roaming allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termination date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::TicketHandoff</name>
    <message>
        <source>The hand-off was refused: give one souffleur:// link, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: give either a souffleur:// link or the ticket options, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Souffleur did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: it carries no ticket field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: it is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: %1 is too long (%2 characters, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: %1 contains a control character (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: it is not valid UTF-8 once percent-decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: the language must be fr or en, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: the channel must be phone, email or chat, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: unknown field “%1” (known: text, name, account, lang, channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: “%1” is not a souffleur:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: souffleur://%1 is not known (use souffleur://ticket?…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: the link carries no ticket field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: “%1” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off was refused: it must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>souffleur::sync::SyncEngine</name>
    <message>
        <source>The hub address &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given for the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to %1 took longer than %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not answer %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to %1 was cut: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to %1 is not valid JSON (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the token (%1). Ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; will retry later. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 is not a Souffleur hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub speaks protocol %1–%2 and this Souffleur %3–%4; update the older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First synchronisation with this hub: replaying its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub changed (new hub or epoch): replaying its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First synchronisation with this hub: downloading a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub changed (new hub or epoch): resynchronising from a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub keeps asking for a resync; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the snapshot download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s content changed during the snapshot download; starting it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s snapshot page is malformed (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot page: %1 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot applied: %1 entities at sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s log no longer reaches this replica: resynchronising from a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub announced more changes but sent none (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 change(s) after sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 record(s) acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n outbox record(s); they stay in the outbox:</source>
        <translation>
            <numerusform>The hub refused %n outbox record; it stays in the outbox:</numerusform>
            <numerusform>The hub refused %n outbox records; they stay in the outbox:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some outbox records got no receipt; they will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not issued for the host name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid yet (check the clocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed by a trusted certificate authority (for a private CA, give its certificate: souffleur-kb sync --ca-file CA.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to the hub failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the review outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) reviewed by a team lead</source>
        <translation>
            <numerusform>%n suggestion reviewed by a team lead</numerusform>
            <numerusform>%n suggestions reviewed by a team lead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>souffleur::sync::SyncScheduler</name>
    <message>
        <source>Not connected to a hub: you are using the knowledge stored on this computer. Your suggestions are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to date, but the hub refused %n of your records; they are kept here. Tell your team lead.</source>
        <translation>
            <numerusform>Up to date, but the hub refused %n of your records; it is kept here. Tell your team lead.</numerusform>
            <numerusform>Up to date, but the hub refused %n of your records; they are kept here. Tell your team lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the hub (last synchronised %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. You are using the local knowledge; your suggestions are kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: you are using the local knowledge from %1; your suggestions are kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused your access token: you are using the local knowledge and your suggestions wait here. Ask your administrator for a new token (File › Hub connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation fails: %1 You are using the local knowledge; your suggestions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
