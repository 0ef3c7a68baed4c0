<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ItemHtml</name>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not validated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>work in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review overdue (last %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tone: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 categories, %2 items added, %3 updated, %4 unchanged, %5 tickets added (%6 already known)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) not imported because the store has a newer version: %1</source>
        <translation><numerusform>%n item not imported because the store has a newer version: %1</numerusform><numerusform>%n items not imported because the store has a newer version: %1</numerusform></translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be saved: %1. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid knowledge bundle: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is not a valid knowledge bundle (%n problem(s)): nothing was imported.</source>
        <translation><numerusform>%1 is not a valid knowledge bundle (%n problem): nothing was imported.</numerusform><numerusform>%1 is not a valid knowledge bundle (%n problems): nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo knowledge base is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty; expected a header text,category[,locale].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line 1: the header must be text,category or text,category,locale (found "%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected %2 fields, found %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the text is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown category "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a locale tag such as fr-FR</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 has %n invalid row(s): nothing was imported.</source>
        <translation><numerusform>%1 has %n invalid row: nothing was imported.</numerusform><numerusform>%1 has %n invalid rows: nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>The tickets could not be saved; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: unexpected text after a closing quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted field (quote the whole field and double the quote).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the knowledge store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Souffleur knowledge store (it is not an SQLite database, or it is corrupt). The file was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The knowledge store %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the knowledge store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable knowledge store (corrupt file?). The file was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The knowledge store %1 was written by a newer version of Souffleur (schema %2; this version knows up to %3). Please update Souffleur. The file was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Souffleur knowledge store. The file was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The knowledge store %1 needs an upgrade and was opened read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the upgrade of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the knowledge store to schema %1 (%2) failed; the store was left at schema %3, unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not commit the upgrade of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Souffleur classifier model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classifier model has format %1; this version reads format %2. Train the classifier again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classifier model is damaged (cannot decompress it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classifier model is damaged (truncated or inconsistent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classifier model is damaged (its parts do not match).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no trained classifier to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training needs examples of at least two categories (found %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty; expected a header line `text,category`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: the header must name the columns `text` and `category`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, found %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: the text and the category must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 malformed rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal error: training rows and labels differ in number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal error: class index out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training needs examples of at least two categories.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid classifier parameters: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIBLINEAR could not train the classifier.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Souffleur, the agent's prompter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The knowledge store file (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interface language: fr or en (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not fill a new store with the demo knowledge base.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::AssistPanel</name>
    <message>
        <source>Preparing the classifier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classifier is not available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not classify the ticket: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the customer's problem in the notes: the category and its procedure appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sure of the category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick one of the suggestions or choose it (Ctrl+Shift+C).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The procedure for the ticket's category appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No procedure for this ticket yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record the correction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm this category (it teaches the classifier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the category yourself (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure (Alt+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies (Alt+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles (Alt+3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::ItemListModel</name>
    <message>
        <source>Procedures (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard replies (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::ItemView</name>
    <message>
        <source>Choose a category on the left, or search (Ctrl+K).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the %1 version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::MainWindow</name>
    <message>
        <source>About Souffleur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Souffleur %1&lt;/h3&gt;&lt;p&gt;The agent's prompter: the right procedure and reply for the customer's problem, at once.&lt;/p&gt;&lt;p&gt;Knowledge store: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Souffleur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search procedures, replies and articles (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import knowledge bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export knowledge bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Souffleur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the knowledge base…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 procedures · %2 replies · %3 articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this category yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation><numerusform>%n result for “%1”</numerusform><numerusform>%n results for “%1”</numerusform></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a knowledge bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knowledge bundles (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knowledge bundles (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ticket assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::ProcedurePane</name>
    <message>
        <source>Done — next step (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the procedure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collect first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last step (Backspace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the steps taken, for the ticket notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure steps</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::RepliesPane</name>
    <message>
        <source>No standard reply for this category yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not filled yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfilled placeholders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This reply still has unfilled placeholders: %1.
Copy it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy reply (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>souffleur::TicketCard</name>
    <message>
        <source>Customer name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account or contract no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account or contract number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language: detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket notes: type what the customer says…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket notes</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>