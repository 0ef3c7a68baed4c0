<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>ItemHtml</name>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Standard reply</source>
        <translation>Réponse type</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>non validé</translation>
    </message>
    <message>
        <source>work in progress</source>
        <translation>en cours de rédaction</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>review overdue (last %1)</source>
        <translation>révision en retard (dernière le %1)</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revu le %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux : %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Ton : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 categories, %2 items added, %3 updated, %4 unchanged, %5 tickets added (%6 already known)</source>
        <translation>%1 catégories, %2 éléments ajoutés, %3 mis à jour, %4 inchangés, %5 tickets ajoutés (%6 déjà connus)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not imported because the store has a newer version: %1</source>
        <translation><numerusform>%n élément non importé car la base en a une version plus récente : %1</numerusform><numerusform>%n éléments non importés car la base en a une version plus récente : %1</numerusform></translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de commencer l'import : %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1. Nothing was imported.</source>
        <translation>L'import n'a pas pu être enregistré : %1. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid knowledge bundle: nothing was imported.</source>
        <translation>%1 n'est pas un paquet de connaissances valide : rien n'a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid knowledge bundle (%n problem(s)): nothing was imported.</source>
        <translation><numerusform>%1 n'est pas un paquet de connaissances valide (%n problème) : rien n'a été importé.</numerusform><numerusform>%1 n'est pas un paquet de connaissances valide (%n problèmes) : rien n'a été importé.</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>The demo knowledge base is missing from this build.</source>
        <translation>La base de connaissances de démonstration manque dans cette version.</translation>
    </message>
    <message>
        <source>%1 is empty; expected a header text,category[,locale].</source>
        <translation>%1 est vide ; en-tête attendu : text,category[,locale].</translation>
    </message>
    <message>
        <source>%1, line 1: the header must be text,category or text,category,locale (found "%2").</source>
        <translation>%1, ligne 1 : l'en-tête doit être text,category ou text,category,locale (trouvé « %2 »).</translation>
    </message>
    <message>
        <source>%1: expected %2 fields, found %3</source>
        <translation>%1 : %2 champs attendus, %3 trouvés</translation>
    </message>
    <message>
        <source>%1: the text is empty</source>
        <translation>%1 : le texte est vide</translation>
    </message>
    <message>
        <source>%1: unknown category "%2"</source>
        <translation>%1 : catégorie inconnue « %2 »</translation>
    </message>
    <message>
        <source>%1: "%2" is not a locale tag such as fr-FR</source>
        <translation>%1 : « %2 » n'est pas un code de langue comme fr-FR</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n invalid row(s): nothing was imported.</source>
        <translation><numerusform>%1 contient %n ligne invalide : rien n'a été importé.</numerusform><numerusform>%1 contient %n lignes invalides : rien n'a été importé.</numerusform></translation>
    </message>
    <message>
        <source>The tickets could not be saved; nothing was imported.</source>
        <translation>Les tickets n'ont pas pu être enregistrés ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 n'est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>%1, line %2: unexpected text after a closing quote.</source>
        <translation>%1, ligne %2 : texte inattendu après un guillemet fermant.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted field (quote the whole field and double the quote).</source>
        <translation>%1, ligne %2 : guillemet dans un champ non entouré de guillemets (entourez tout le champ et doublez le guillemet).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, ligne %2 : un champ entre guillemets n'est jamais fermé.</translation>
    </message>
    <message>
        <source>Cannot read the knowledge store %1: %2</source>
        <translation>Impossible de lire la base locale %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Souffleur knowledge store (it is not an SQLite database, or it is corrupt). The file was left untouched.</source>
        <translation>%1 n'est pas une base de connaissances Souffleur (ce n'est pas une base SQLite, ou elle est endommagée). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The knowledge store %1 does not exist.</source>
        <translation>La base de connaissances %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the knowledge store %1: %2</source>
        <translation>Impossible d'ouvrir la base de connaissances %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a readable knowledge store (corrupt file?). The file was left untouched.</source>
        <translation>%1 n'est pas une base de connaissances lisible (fichier endommagé ?). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The knowledge store %1 was written by a newer version of Souffleur (schema %2; this version knows up to %3). Please update Souffleur. The file was left untouched.</source>
        <translation>La base de connaissances %1 a été écrite par une version plus récente de Souffleur (schéma %2 ; cette version connaît jusqu'au %3). Mettez Souffleur à jour. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Souffleur knowledge store. The file was left untouched.</source>
        <translation>%1 est une base SQLite d'une autre application, pas une base de connaissances Souffleur. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The knowledge store %1 needs an upgrade and was opened read-only.</source>
        <translation>La base de connaissances %1 doit être mise à niveau et a été ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed.</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1</source>
        <translation>Impossible de commencer la mise à niveau de %1</translation>
    </message>
    <message>
        <source>Upgrading the knowledge store to schema %1 (%2) failed; the store was left at schema %3, unchanged.</source>
        <translation>La mise à niveau de la base de connaissances vers le schéma %1 (%2) a échoué ; la base est restée au schéma %3, inchangée.</translation>
    </message>
    <message>
        <source>Could not commit the upgrade of %1</source>
        <translation>Impossible d'enregistrer la mise à niveau de %1</translation>
    </message>
    <message>
        <source>This is not a Souffleur classifier model.</source>
        <translation>Ce n'est pas un modèle de classement Souffleur.</translation>
    </message>
    <message>
        <source>The classifier model has format %1; this version reads format %2. Train the classifier again.</source>
        <translation>Le modèle de classement est au format %1 ; cette version lit le format %2. Entraînez à nouveau le classement.</translation>
    </message>
    <message>
        <source>The classifier model is damaged (cannot decompress it).</source>
        <translation>Le modèle de classement est endommagé (décompression impossible).</translation>
    </message>
    <message>
        <source>The classifier model is damaged (truncated or inconsistent).</source>
        <translation>Le modèle de classement est endommagé (tronqué ou incohérent).</translation>
    </message>
    <message>
        <source>The classifier model is damaged (its parts do not match).</source>
        <translation>Le modèle de classement est endommagé (ses parties ne correspondent pas).</translation>
    </message>
    <message>
        <source>There is no trained classifier to save.</source>
        <translation>Il n'y a pas de modèle entraîné à enregistrer.</translation>
    </message>
    <message>
        <source>Training needs examples of at least two categories (found %1).</source>
        <translation>L'entraînement demande des exemples d'au moins deux catégories (%1 trouvée(s)).</translation>
    </message>
    <message>
        <source>%1 is empty; expected a header line `text,category`.</source>
        <translation>%1 est vide ; ligne d'en-tête attendue : `text,category`.</translation>
    </message>
    <message>
        <source>%1, line %2: the header must name the columns `text` and `category`.</source>
        <translation>%1, ligne %2 : l'en-tête doit nommer les colonnes `text` et `category`.</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, found %4.</source>
        <translation>%1, ligne %2 : %3 champs attendus, %4 trouvés.</translation>
    </message>
    <message>
        <source>%1, line %2: the text and the category must not be empty.</source>
        <translation>%1, ligne %2 : le texte et la catégorie ne doivent pas être vides.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>%1 has %2 malformed rows.</source>
        <translation>%1 contient %2 lignes mal formées.</translation>
    </message>
    <message>
        <source>Internal error: training rows and labels differ in number.</source>
        <translation>Erreur interne : les lignes d'entraînement et les étiquettes ne sont pas en même nombre.</translation>
    </message>
    <message>
        <source>Internal error: class index out of range.</source>
        <translation>Erreur interne : indice de classe hors limites.</translation>
    </message>
    <message>
        <source>Training needs examples of at least two categories.</source>
        <translation>L'entraînement demande des exemples d'au moins deux catégories.</translation>
    </message>
    <message>
        <source>Invalid classifier parameters: %1</source>
        <translation>Paramètres de classement invalides : %1</translation>
    </message>
    <message>
        <source>LIBLINEAR could not train the classifier.</source>
        <translation>LIBLINEAR n'a pas pu entraîner le classement.</translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The compressed data expands beyond %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The synchronised changes could not be saved; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub sent a change of an unknown kind "%1"; please update Souffleur.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page comes from another hub or epoch than the replica's; a resync is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub sent changes out of order (%1 after %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 (%2 %3) could not be applied; nothing from this page was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot's %1 %2 could not be applied; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 snapshot(s), %2 page(s), %3 change(s) applied; %4 record(s) uploaded, %5 duplicate(s), %6 rejected; %7 retry(ies); checkpoint %8, %9 record(s) still in the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub's answer has no change list (protocol error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub sent a malformed change (protocol error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The knowledge base payload lacks default_locale or locales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item payload has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 has an unknown kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 has no valid version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A category payload has no id or no names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket payload has no text or no category.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The hub address "%1" is not an http:// or https:// URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token given for the hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub's answer was cut: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub's answer to %1 is not valid JSON (protocol error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub answered %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub refused the token (%1). Ask an administrator for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed; will retry later. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 is not a Souffleur hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub speaks protocol %1–%2 and this Souffleur %3–%4; update the older one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First synchronisation with this hub: downloading a snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub changed (new hub or epoch): resynchronising from a snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub keeps asking for a resync; giving up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading the snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub's snapshot has no sequence number (protocol error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot applied: %1 entities at sequence %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub's log no longer reaches this replica: resynchronising from a snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hub announced more changes but sent none (protocol error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied %1 change(s) after sequence %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploading the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record the receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox: %1 record(s) acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The hub refused %n outbox record(s); they stay in the outbox:</source>
        <translation><numerusform>Le hub a refusé %n envoi ; il reste dans la boîte d'envoi :</numerusform><numerusform>Le hub a refusé %n envois ; ils restent dans la boîte d'envoi :</numerusform></translation>
    </message>
    <message>
        <source>Some outbox records got no receipt; they will be sent again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Souffleur, the agent's prompter.</source>
        <translation>Souffleur, le souffleur de l'agent.</translation>
    </message>
    <message>
        <source>The knowledge store file (default: %1).</source>
        <translation>Le fichier de la base de connaissances (par défaut : %1).</translation>
    </message>
    <message>
        <source>The interface language: fr or en (default: the system's).</source>
        <translation>La langue de l'interface : fr ou en (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Do not fill a new store with the demo knowledge base.</source>
        <translation>Ne pas remplir une nouvelle base avec la base de démonstration.</translation>
    </message>
    <message>
        <source>Start with this ticket text (from the phone software).</source>
        <translation>Commencer avec ce texte de ticket (venant du logiciel de téléphonie).</translation>
    </message>
    <message>
        <source>The customer's name for the ticket.</source>
        <translation>Le nom du client pour le ticket.</translation>
    </message>
    <message>
        <source>The customer's account or contract number.</source>
        <translation>Le numéro de compte ou de contrat du client.</translation>
    </message>
    <message>
        <source>The ticket's channel: phone, email or chat.</source>
        <translation>Le canal du ticket : phone, email ou chat.</translation>
    </message>
</context>
<context>
    <name>souffleur::AssistPanel</name>
    <message>
        <source>Preparing the classifier…</source>
        <translation>Préparation du classement…</translation>
    </message>
    <message>
        <source>The classifier is not available: %1</source>
        <translation>Le classement n'est pas disponible : %1</translation>
    </message>
    <message>
        <source>Could not classify the ticket: %1</source>
        <translation>Impossible de classer le ticket : %1</translation>
    </message>
    <message>
        <source>Type the customer's problem in the notes: the category and its procedure appear here.</source>
        <translation>Saisissez le problème du client dans les notes : la catégorie et sa procédure s'affichent ici.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not sure of the category.</source>
        <translation>Catégorie incertaine.</translation>
    </message>
    <message>
        <source>Pick one of the suggestions or choose it (Ctrl+Shift+C).</source>
        <translation>Prenez une des suggestions ou choisissez-la (Ctrl+Maj+C).</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>The procedure for the ticket's category appears here.</source>
        <translation>La procédure de la catégorie du ticket s'affiche ici.</translation>
    </message>
    <message>
        <source>No procedure for this ticket yet.</source>
        <translation>Pas encore de procédure pour ce ticket.</translation>
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation>Réponses (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>Could not record the correction: %1</source>
        <translation>Impossible d'enregistrer la correction : %1</translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation>Choisir la catégorie</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Juste</translation>
    </message>
    <message>
        <source>Confirm this category (it teaches the classifier)</source>
        <translation>Confirmer cette catégorie (cela entraîne le classement)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the category yourself (Ctrl+Shift+C)</source>
        <translation>Choisir vous-même la catégorie (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Procedure (Alt+1)</source>
        <translation>Procédure (Alt+1)</translation>
    </message>
    <message>
        <source>Articles (Alt+3)</source>
        <translation>Articles (Alt+3)</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Standard replies (Alt+2)</source>
        <translation>Réponses types (Alt+2)</translation>
    </message>
</context>
<context>
    <name>souffleur::ItemListModel</name>
    <message>
        <source>Procedures (%1)</source>
        <translation>Procédures (%1)</translation>
    </message>
    <message>
        <source>Standard replies (%1)</source>
        <translation>Réponses types (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
</context>
<context>
    <name>souffleur::ItemView</name>
    <message>
        <source>Choose a category on the left, or search (Ctrl+K).</source>
        <translation>Choisissez une catégorie à gauche, ou cherchez (Ctrl+K).</translation>
    </message>
    <message>
        <source>Show the %1 version</source>
        <translation>Afficher la version %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>souffleur::MainWindow</name>
    <message>
        <source>About Souffleur</source>
        <translation>À propos de Souffleur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Souffleur %1&lt;/h3&gt;&lt;p&gt;The agent's prompter: the right procedure and reply for the customer's problem, at once.&lt;/p&gt;&lt;p&gt;Knowledge store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Souffleur %1&lt;/h3&gt;&lt;p&gt;Le souffleur de l'agent : la bonne procédure et la bonne réponse pour le problème du client, tout de suite.&lt;/p&gt;&lt;p&gt;Base de connaissances : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Souffleur</source>
        <translation>Souffleur</translation>
    </message>
    <message>
        <source>Search procedures, replies and articles (Ctrl+K)</source>
        <translation>Chercher procédures, réponses et articles (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import knowledge bundle…</source>
        <translation>&amp;Importer un paquet de connaissances…</translation>
    </message>
    <message>
        <source>&amp;Export knowledge bundle…</source>
        <translation>&amp;Exporter un paquet de connaissances…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Souffleur</source>
        <translation>&amp;À propos de Souffleur</translation>
    </message>
    <message>
        <source>Opening the knowledge base…</source>
        <translation>Ouverture de la base de connaissances…</translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation>Impossible d'ouvrir la base de connaissances</translation>
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation>Impossible de lire la base de connaissances</translation>
    </message>
    <message>
        <source>%1 procedures · %2 replies · %3 articles</source>
        <translation>%1 procédures · %2 réponses · %3 articles</translation>
    </message>
    <message>
        <source>Nothing in this category yet.</source>
        <translation>Rien dans cette catégorie pour le moment.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation><numerusform>%n résultat pour « %1 »</numerusform><numerusform>%n résultats pour « %1 »</numerusform></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n'existe plus.</translation>
    </message>
    <message>
        <source>Import a knowledge bundle</source>
        <translation>Importer un paquet de connaissances</translation>
    </message>
    <message>
        <source>Knowledge bundles (*.json);;All files (*)</source>
        <translation>Paquets de connaissances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>L'import a échoué</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Export the knowledge base</source>
        <translation>Exporter la base de connaissances</translation>
    </message>
    <message>
        <source>Knowledge bundles (*.json)</source>
        <translation>Paquets de connaissances (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L'export a échoué</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Ticket assistant</source>
        <translation>Assistant de &amp;ticket</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>Base de &amp;connaissances</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nouveau ticket</translation>
    </message>
</context>
<context>
    <name>souffleur::ProcedurePane</name>
    <message>
        <source>Done — next step (Enter)</source>
        <translation>Fait — étape suivante (Entrée)</translation>
    </message>
    <message>
        <source>End of the procedure.</source>
        <translation>Fin de la procédure.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Escalader vers %1</translation>
    </message>
    <message>
        <source>Collect first:</source>
        <translation>Recueillir d'abord :</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Undo the last step (Backspace)</source>
        <translation>Annuler la dernière étape (Retour arrière)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Copy the steps taken, for the ticket notes</source>
        <translation>Copier les étapes suivies, pour les notes du ticket</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Logigramme</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Étapes de la procédure</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Logigramme</translation>
    </message>
    <message>
        <source>Show the procedure as a process map</source>
        <translation>Afficher la procédure sous forme de logigramme</translation>
    </message>
</context>
<context>
    <name>souffleur::RepliesPane</name>
    <message>
        <source>No standard reply for this category yet.</source>
        <translation>Pas encore de réponse type pour cette catégorie.</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Réponse en %1</translation>
    </message>
    <message>
        <source>not filled</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Ton : %1</translation>
    </message>
    <message>
        <source>Not filled yet: %1</source>
        <translation>Pas encore renseigné : %1</translation>
    </message>
    <message>
        <source>Unfilled placeholders</source>
        <translation>Champs non renseignés</translation>
    </message>
    <message>
        <source>This reply still has unfilled placeholders: %1.
Copy it anyway?</source>
        <translation>Cette réponse contient encore des champs non renseignés : %1.
La copier quand même ?</translation>
    </message>
    <message>
        <source>Copy reply (Ctrl+Enter)</source>
        <translation>Copier la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation>Aperçu de la réponse</translation>
    </message>
</context>
<context>
    <name>souffleur::TicketCard</name>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Account or contract no.</source>
        <translation>N° de compte ou de contrat</translation>
    </message>
    <message>
        <source>Account or contract number</source>
        <translation>Numéro de compte ou de contrat</translation>
    </message>
    <message>
        <source>Language: detect</source>
        <translation>Langue : détecter</translation>
    </message>
    <message>
        <source>Customer's language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Ticket notes: type what the customer says…</source>
        <translation>Notes du ticket : saisissez ce que dit le client…</translation>
    </message>
    <message>
        <source>Ticket notes</source>
        <translation>Notes du ticket</translation>
    </message>
</context>
</TS>