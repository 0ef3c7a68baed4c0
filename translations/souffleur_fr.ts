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
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>review overdue (last %1)</source>
        <translation>relecture en retard (dernière&#xa0;: %1)</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>relecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Ton&#xa0;: %1</translation>
    </message>
    <message>
        <source>validated content</source>
        <translation>contenu validé</translation>
    </message>
    <message>
        <source>content not validated</source>
        <translation>contenu non validé</translation>
    </message>
    <message>
        <source>content being written</source>
        <translation>contenu en cours de rédaction</translation>
    </message>
    <message>
        <source>archived content</source>
        <translation>contenu archivé</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 categories, %2 items added, %3 updated, %4 unchanged, %5 tickets added (%6 already known)</source>
        <translation>%1 catégories, %2 éléments ajoutés, %3 mis à jour, %4 inchangés, %5 demandes d’exemple ajoutées (%6 déjà connues)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not imported because the store has a newer version: %1</source>
        <translation>
            <numerusform>%n élément non importé car la base en a une version plus récente&#xa0;: %1</numerusform>
            <numerusform>%n éléments non importés car la base en a une version plus récente&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de commencer l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1. Nothing was imported.</source>
        <translation>L’import n’a pas pu être enregistré&#xa0;: %1. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid knowledge bundle: nothing was imported.</source>
        <translation>%1 n’est pas un fichier de connaissances valide&#xa0;: rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid knowledge bundle (%n problem(s)): nothing was imported.</source>
        <translation>
            <numerusform>%1 n’est pas un fichier de connaissances valide (%n problème)&#xa0;: rien n’a été importé.</numerusform>
            <numerusform>%1 n’est pas un fichier de connaissances valide (%n problèmes)&#xa0;: rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo knowledge base is missing from this build.</source>
        <translation>La base de connaissances de démonstration manque dans cette version.</translation>
    </message>
    <message>
        <source>%1 is empty; expected a header text,category[,locale].</source>
        <translation>%1 est vide&#x202f;; en-tête attendu&#xa0;: text,category[,locale].</translation>
    </message>
    <message>
        <source>%1, line 1: the header must be text,category or text,category,locale (found &quot;%2&quot;).</source>
        <translation>%1, ligne 1&#xa0;: l’en-tête doit être text,category ou text,category,locale (trouvé «&#x202f;%2&#x202f;»).</translation>
    </message>
    <message>
        <source>%1: expected %2 fields, found %3</source>
        <translation>%1&#xa0;: %2 champs attendus, %3 trouvés</translation>
    </message>
    <message>
        <source>%1: the text is empty</source>
        <translation>%1&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation>%1&#xa0;: catégorie inconnue «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a locale tag such as fr-FR</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n’est pas un code de langue comme fr-FR</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n invalid row(s): nothing was imported.</source>
        <translation>
            <numerusform>%1 contient %n ligne invalide&#xa0;: rien n’a été importé.</numerusform>
            <numerusform>%1 contient %n lignes invalides&#xa0;: rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets could not be saved; nothing was imported.</source>
        <translation>Les demandes d’exemple n’ont pas pu être enregistrées&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 n’est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>%1, line %2: unexpected text after a closing quote.</source>
        <translation>%1, ligne %2&#xa0;: texte inattendu après un guillemet fermant.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted field (quote the whole field and double the quote).</source>
        <translation>%1, ligne %2&#xa0;: guillemet dans un champ non entouré de guillemets (entourez tout le champ et doublez le guillemet).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, ligne %2&#xa0;: un champ entre guillemets n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Cannot read the knowledge store %1: %2</source>
        <translation>Impossible de lire la base locale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Souffleur knowledge store (it is not an SQLite database, or it is corrupt). The file was left untouched.</source>
        <translation>%1 n’est pas une base de connaissances Souffleur (ce n’est pas une base SQLite, ou elle est endommagée). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The knowledge store %1 does not exist.</source>
        <translation>La base de connaissances %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the knowledge store %1: %2</source>
        <translation>Impossible d’ouvrir la base de connaissances %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable knowledge store (corrupt file?). The file was left untouched.</source>
        <translation>%1 n’est pas une base de connaissances lisible (fichier endommagé&#x202f;?). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The knowledge store %1 was written by a newer version of Souffleur (schema %2; this version knows up to %3). Please update Souffleur. The file was left untouched.</source>
        <translation>La base de connaissances %1 a été écrite par une version plus récente de Souffleur (schéma %2&#x202f;; cette version connaît jusqu’au %3). Mettez Souffleur à jour. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Souffleur knowledge store. The file was left untouched.</source>
        <translation>%1 est une base SQLite d’une autre application, pas une base de connaissances Souffleur. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The knowledge store %1 needs an upgrade and was opened read-only.</source>
        <translation>La base de connaissances %1 doit être mise à niveau et a été ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed.</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not start the upgrade of %1</source>
        <translation>Impossible de commencer la mise à niveau de %1</translation>
    </message>
    <message>
        <source>Upgrading the knowledge store to schema %1 (%2) failed; the store was left at schema %3, unchanged.</source>
        <translation>La mise à niveau de la base de connaissances vers le schéma %1 (%2) a échoué&#x202f;; la base est restée au schéma %3, inchangée.</translation>
    </message>
    <message>
        <source>Could not commit the upgrade of %1</source>
        <translation>Impossible d’enregistrer la mise à niveau de %1</translation>
    </message>
    <message>
        <source>This is not a Souffleur classifier model.</source>
        <translation>Ce n’est pas un modèle de classement automatique Souffleur.</translation>
    </message>
    <message>
        <source>The classifier model has format %1; this version reads format %2. Train the classifier again.</source>
        <translation>Le modèle de classement automatique est au format %1&#x202f;; cette version lit le format %2. Relancez l’apprentissage du classement automatique.</translation>
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
        <translation>Il n’y a pas de modèle entraîné à enregistrer.</translation>
    </message>
    <message>
        <source>Training needs examples of at least two categories (found %1).</source>
        <translation>L’apprentissage demande des exemples d’au moins deux catégories (%1 trouvée(s)).</translation>
    </message>
    <message>
        <source>%1 is empty; expected a header line `text,category`.</source>
        <translation>%1 est vide&#x202f;; ligne d’en-tête attendue&#xa0;: `text,category`.</translation>
    </message>
    <message>
        <source>%1, line %2: the header must name the columns `text` and `category`.</source>
        <translation>%1, ligne %2&#xa0;: l’en-tête doit nommer les colonnes `text` et `category`.</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, found %4.</source>
        <translation>%1, ligne %2&#xa0;: %3 champs attendus, %4 trouvés.</translation>
    </message>
    <message>
        <source>%1, line %2: the text and the category must not be empty.</source>
        <translation>%1, ligne %2&#xa0;: le texte et la catégorie ne doivent pas être vides.</translation>
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
        <translation>Erreur interne&#xa0;: les lignes d’entraînement et les étiquettes ne sont pas en même nombre.</translation>
    </message>
    <message>
        <source>Internal error: class index out of range.</source>
        <translation>Erreur interne&#xa0;: indice de classe hors limites.</translation>
    </message>
    <message>
        <source>Training needs examples of at least two categories.</source>
        <translation>L’apprentissage demande des exemples d’au moins deux catégories.</translation>
    </message>
    <message>
        <source>Invalid classifier parameters: %1</source>
        <translation>Paramètres de classement invalides&#xa0;: %1</translation>
    </message>
    <message>
        <source>LIBLINEAR could not train the classifier.</source>
        <translation>LIBLINEAR n’a pas pu entraîner le classement.</translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation>Impossible de démarrer la décompression.</translation>
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation>Les données compressées sont corrompues ou tronquées.</translation>
    </message>
    <message>
        <source>The compressed data expands beyond %1 bytes.</source>
        <translation>Les données compressées dépassent %1 octets une fois décompressées.</translation>
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation>Les données compressées sont tronquées.</translation>
    </message>
    <message>
        <source>The synchronised changes could not be saved; nothing was changed</source>
        <translation>Les modifications synchronisées n’ont pas pu être enregistrées&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>The hub sent a change of an unknown kind &quot;%1&quot;; please update Souffleur.</source>
        <translation>Le serveur central a envoyé une modification d’un type inconnu «&#x202f;%1&#x202f;»&#x202f;; mettez Souffleur à jour.</translation>
    </message>
    <message>
        <source>This page comes from another hub or epoch than the replica&apos;s; a resync is needed.</source>
        <translation>Cette page vient d’un autre serveur central ou d’une autre époque que la réplique&#x202f;; une resynchronisation est nécessaire.</translation>
    </message>
    <message>
        <source>The hub sent changes out of order (%1 after %2).</source>
        <translation>Le serveur central a envoyé des modifications dans le désordre (%1 après %2).</translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) could not be applied; nothing from this page was kept.</source>
        <translation>La modification %1 (%2 %3) n’a pas pu être appliquée&#x202f;; rien de cette page n’a été conservé.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s %1 %2 could not be applied; nothing was changed.</source>
        <translation>L’élément %1 %2 de l’instantané n’a pas pu être appliqué&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 snapshot(s), %2 page(s), %3 change(s) applied; %4 record(s) uploaded, %5 duplicate(s), %6 rejected; %7 retry(ies); checkpoint %8, %9 record(s) still in the outbox</source>
        <translation>%1 instantané(s), %2 page(s), %3 modification(s) appliquée(s)&#x202f;; %4 enregistrement(s) envoyé(s), %5 doublon(s), %6 refusé(s)&#x202f;; %7 nouvel(les) essai(s)&#x202f;; point de reprise %8, %9 enregistrement(s) encore dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>The hub sent a malformed change (protocol error).</source>
        <translation>Le serveur central a envoyé une modification mal formée (erreur de protocole).</translation>
    </message>
    <message>
        <source>The knowledge base payload lacks default_locale or locales.</source>
        <translation>Les données de la base de connaissances n’ont pas de default_locale ou de locales.</translation>
    </message>
    <message>
        <source>An item payload has no id.</source>
        <translation>Un élément reçu n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Item %1 has an unknown kind.</source>
        <translation>L’élément %1 est d’un type inconnu.</translation>
    </message>
    <message>
        <source>Item %1 has no valid version.</source>
        <translation>L’élément %1 n’a pas de version valide.</translation>
    </message>
    <message>
        <source>A category payload has no id or no names.</source>
        <translation>Une catégorie reçue n’a pas d’identifiant ou pas de nom.</translation>
    </message>
    <message>
        <source>A ticket payload has no text or no category.</source>
        <translation>Une demande d’exemple reçue n’a pas de texte ou pas de catégorie.</translation>
    </message>
    <message>
        <source>Say why you suggest this edit: the reviewer needs the reason.</source>
        <translation>Dites pourquoi vous proposez cette correction&#xa0;: le relecteur a besoin du motif.</translation>
    </message>
    <message>
        <source>The suggested text is the same as the current one: nothing to send.</source>
        <translation>Le texte proposé est identique au texte actuel&#xa0;: rien à envoyer.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Could not record your feedback</source>
        <translation>Impossible d’enregistrer votre retour</translation>
    </message>
    <message>
        <source>Cannot read the site key %1: %2</source>
        <translation>Impossible de lire la clé de site %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The site key %1 is shorter than 16 bytes; use a long random secret (e.g. head -c 32 /dev/urandom | base64).</source>
        <translation>La clé de site %1 fait moins de 16 octets&#x202f;; utilisez un long secret aléatoire (par ex. head -c 32 /dev/urandom | base64).</translation>
    </message>
    <message>
        <source>This is not a signed Souffleur sync bundle (no signature line).</source>
        <translation>Ce n’est pas un fichier de synchronisation Souffleur signé (pas de ligne de signature).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it was altered, or signed with another site key. Nothing was imported.</source>
        <translation>La signature du fichier ne correspond pas&#xa0;: il a été modifié, ou signé avec une autre clé de site. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle is signed but is not a Souffleur sync bundle.</source>
        <translation>Le fichier est signé mais n’est pas un fichier de synchronisation Souffleur.</translation>
    </message>
    <message>
        <source>The bundle has format version %1; this Souffleur reads version %2.</source>
        <translation>Le fichier est au format version %1&#x202f;; ce Souffleur lit la version %2.</translation>
    </message>
    <message>
        <source>This bundle carries %1, not %2.</source>
        <translation>Ce fichier contient %1, et non %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you only.</source>
        <translation>Impossible de rendre %1 lisible par vous seul.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer lacks its list (protocol error).</source>
        <translation>Il manque la liste dans la réponse du serveur central (erreur de protocole).</translation>
    </message>
    <message>
        <source>A receipt names no record (protocol error).</source>
        <translation>Un accusé de réception ne nomme aucun enregistrement (erreur de protocole).</translation>
    </message>
    <message>
        <source>The receipt of %1 has an unknown status &quot;%2&quot; (protocol error).</source>
        <translation>L’accusé de réception de %1 a un état inconnu «&#x202f;%2&#x202f;» (erreur de protocole).</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to an upload has no receipts (protocol error).</source>
        <translation>La réponse du serveur central à un envoi n’a aucun accusé de réception (erreur de protocole).</translation>
    </message>
    <message>
        <source>The hub&apos;s snapshot page is malformed (protocol error).</source>
        <translation>La page d’instantané du serveur central est mal formée (erreur de protocole).</translation>
    </message>
    <message>
        <source>The answer is not a Souffleur hub&apos;s hello.</source>
        <translation>La réponse n’est pas le salut d’un serveur central Souffleur.</translation>
    </message>
    <message>
        <source>A review outcome has no uuid or an unknown status (protocol error).</source>
        <translation>Une décision de relecture n’a pas d’uuid ou a un état inconnu (erreur de protocole).</translation>
    </message>
    <message>
        <source>The upstream&apos;s user list is malformed.</source>
        <translation>La liste des utilisateurs du serveur amont est mal formée.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MiB for a knowledge bundle: nothing was imported.</source>
        <translation>%1 dépasse la limite de %2 Mio pour un fichier de connaissances : rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 has %2 rows, over the limit of %3 tickets in one file: nothing was imported.</source>
        <translation>%1 a %2 lignes, au-delà de la limite de %3 fiches par fichier : rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: the text contains the control or bidirectional character %2</source>
        <translation>%1 : le texte contient le caractère de contrôle ou bidirectionnel %2</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MiB for a CSV file.</source>
        <translation>%1 dépasse la limite de %2 Mio pour un fichier CSV.</translation>
    </message>
    <message>
        <source>%1, line %2: a field is over the limit of %3 characters.</source>
        <translation>%1, ligne %2 : un champ dépasse la limite de %3 caractères.</translation>
    </message>
    <message>
        <source>%1, line %2: the row has over the limit of %3 fields.</source>
        <translation>%1, ligne %2 : la ligne dépasse la limite de %3 champs.</translation>
    </message>
    <message>
        <source>%1 is not a Souffleur knowledge store (it is empty). The file was left untouched; create a store with “souffleur-kb init”.</source>
        <translation>%1 n’est pas une base de connaissances Souffleur (il est vide). Le fichier n’a pas été modifié ; créez une base avec « souffleur-kb init ».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Souffleur, the agent&apos;s prompter.</source>
        <translation>Souffleur, le souffleur du conseiller.</translation>
    </message>
    <message>
        <source>The knowledge store file (default: %1).</source>
        <translation>Le fichier de la base de connaissances (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The interface language: fr or en (default: the system&apos;s).</source>
        <translation>La langue de l’interface&#xa0;: fr ou en (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Do not fill a new store with the demo knowledge base.</source>
        <translation>Ne pas remplir une nouvelle base avec la base de démonstration.</translation>
    </message>
    <message>
        <source>Start with this ticket text (from the phone software).</source>
        <translation>Commencer avec ce texte de fiche (remonté par la téléphonie).</translation>
    </message>
    <message>
        <source>The customer&apos;s name for the ticket.</source>
        <translation>Le nom du client pour la fiche.</translation>
    </message>
    <message>
        <source>The customer&apos;s account or contract number.</source>
        <translation>Le numéro de compte ou de contrat du client.</translation>
    </message>
    <message>
        <source>The ticket&apos;s channel: phone, email or chat.</source>
        <translation>Le canal de la fiche&#xa0;: phone (téléphone), email (e-mail) ou chat.</translation>
    </message>
    <message>
        <source>The customer&apos;s language for the ticket: fr or en.</source>
        <translation>La langue du client pour la fiche&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Accept hand-offs over HTTP on 127.0.0.1:PORT (default: the handoff/httpPort setting, 0: off).</source>
        <translation>Accepter les transmissions par HTTP sur 127.0.0.1:PORT (par défaut&#xa0;: le réglage handoff/httpPort&#x202f;; 0&#xa0;: désactivé).</translation>
    </message>
    <message>
        <source>Print the token the phone software must send to the HTTP endpoint, and exit.</source>
        <translation>Afficher le jeton que la téléphonie doit envoyer au point d’accès HTTP, puis quitter.</translation>
    </message>
    <message>
        <source>A souffleur://ticket?… link from the phone software.</source>
        <translation>Un lien souffleur://ticket?… remonté par la téléphonie.</translation>
    </message>
    <message>
        <source>The hand-off port must be a number from 1 to 65535 (0: off).</source>
        <translation>Le port de transmission doit être un nombre de 1 à 65535 (0&#xa0;: désactivé).</translation>
    </message>
    <message>
        <source>Print how long the window took to be ready for a ticket (startup_ms=N), then quit.</source>
        <translation>Afficher le temps mis par la fenêtre pour être prête à recevoir une fiche (startup_ms=N), puis quitter.</translation>
    </message>
</context>
<context>
    <name>souffleur::AssistPanel</name>
    <message>
        <source>Preparing the classifier…</source>
        <translation>Préparation du classement automatique…</translation>
    </message>
    <message>
        <source>The classifier is not available: %1</source>
        <translation>Le classement automatique n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not classify the ticket: %1</source>
        <translation>Impossible de classer la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the customer&apos;s problem in the notes: the category and its procedure appear here.</source>
        <translation>Saisissez la demande du client dans les notes&#xa0;: la catégorie et sa procédure s’affichent ici.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
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
        <source>The procedure for the ticket&apos;s category appears here.</source>
        <translation>La procédure de la catégorie de la fiche s’affiche ici.</translation>
    </message>
    <message>
        <source>No procedure for this ticket yet.</source>
        <translation>Pas encore de procédure pour cette fiche.</translation>
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
        <translation>Impossible d’enregistrer la correction&#xa0;: %1</translation>
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
        <translation>✓ Correct</translation>
    </message>
    <message>
        <source>Confirm this category (it teaches the classifier)</source>
        <translation>Confirmer cette catégorie (le classement automatique en tient compte)</translation>
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
    <message>
        <source>Learning the categories from the knowledge base… Search and browsing work meanwhile.</source>
        <translation>Apprentissage des catégories de la base de connaissances… La recherche et la navigation restent disponibles.</translation>
    </message>
    <message>
        <source>The classifier could not learn from the latest changes: %1</source>
        <translation>Le classement automatique n’a pas pu apprendre des dernières modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>This knowledge base has no categories yet.</source>
        <translation>Cette base de connaissances n’a pas encore de catégories.</translation>
    </message>
    <message>
        <source>The classifier has learned from your corrections.</source>
        <translation>Le classement automatique a appris de vos corrections.</translation>
    </message>
    <message>
        <source>Ticket handed over by the phone software.</source>
        <translation>Fiche remontée par la téléphonie.</translation>
    </message>
    <message>
        <source>Confirm the category</source>
        <translation>Confirmer la catégorie</translation>
    </message>
    <message>
        <source>Ticket category</source>
        <translation>Catégorie de la fiche</translation>
    </message>
    <message>
        <source>Procedure, replies and articles</source>
        <translation>Procédure, réponses types et articles</translation>
    </message>
    <message>
        <source>Side panel tabs</source>
        <translation>Onglets du panneau</translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation>moins de 1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>souffleur::FeedbackBar</name>
    <message>
        <source>Changed since you last opened it: version %1 → %2</source>
        <translation>Modifié depuis votre dernière consultation&#xa0;: version %1 → %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>ton</translation>
    </message>
    <message numerus="yes">
        <source>step(s) %1</source>
        <translation>
            <numerusform>étape %1</numerusform>
            <numerusform>étapes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) added</source>
        <translation>
            <numerusform>%n étape ajoutée</numerusform>
            <numerusform>%n étapes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) removed</source>
        <translation>
            <numerusform>%n étape supprimée</numerusform>
            <numerusform>%n étapes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit suggested — awaiting review</source>
        <translation>Correction proposée — en attente de relecture</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Suggest edit</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Propose a correction; a team lead reviews it</source>
        <translation>Proposer une correction&#x202f;; un superviseur la relit</translation>
    </message>
    <message>
        <source>Report this as outdated, wrong or unclear</source>
        <translation>Signaler comme obsolète, contenant une erreur ou peu clair</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Contient une erreur</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Peu clair</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Send flag</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Helpful?</source>
        <translation>Utile&#x202f;?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Suggest an edit of this item</source>
        <translation>Proposer une correction de cet élément</translation>
    </message>
    <message>
        <source>Flag this item</source>
        <translation>Signaler cet élément</translation>
    </message>
    <message>
        <source>Why flag it</source>
        <translation>Motif du signalement</translation>
    </message>
    <message>
        <source>Flag comment</source>
        <translation>Commentaire du signalement</translation>
    </message>
    <message>
        <source>Cancel the flag</source>
        <translation>Annuler le signalement</translation>
    </message>
    <message>
        <source>This was helpful</source>
        <translation>C’était utile</translation>
    </message>
    <message>
        <source>This was not helpful</source>
        <translation>Ce n’était pas utile</translation>
    </message>
    <message>
        <source>Your suggested edit was accepted</source>
        <translation>Votre correction a été acceptée</translation>
    </message>
    <message>
        <source>Your suggested edit was accepted: %1</source>
        <translation>Votre correction a été acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your suggested edit was declined</source>
        <translation>Votre correction a été refusée</translation>
    </message>
    <message>
        <source>Your suggested edit was declined: %1</source>
        <translation>Votre correction a été refusée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>souffleur::FeedbackController</name>
    <message>
        <source>Could not read your feedback on this item: %1</source>
        <translation>Impossible de lire vos retours sur cet élément&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit suggested — it goes to the team leads with the next synchronisation.</source>
        <translation>Correction proposée — elle partira vers les superviseurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Thanks — flag recorded for the team leads.</source>
        <translation>Merci — signalement enregistré pour les superviseurs.</translation>
    </message>
    <message>
        <source>Thanks for your answer.</source>
        <translation>Merci pour votre réponse.</translation>
    </message>
    <message>
        <source>Your feedback could not be recorded: %1</source>
        <translation>Votre retour n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>souffleur::FileSecretBackend</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a token file (%2).</source>
        <translation>%1 n’est pas un fichier de jetons (%2).</translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffBanner</name>
    <message>
        <source>%1 — ticket handed over by the phone software.</source>
        <translation>%1 — fiche remontée par la téléphonie.</translation>
    </message>
    <message>
        <source>Your current ticket is unchanged.</source>
        <translation>Votre fiche en cours n’a pas changé.</translation>
    </message>
    <message>
        <source>Previous ticket restored.</source>
        <translation>Fiche précédente rétablie.</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Fiche précédente</translation>
    </message>
    <message>
        <source>Bring back the ticket this one replaced (Ctrl+Shift+P)</source>
        <translation>Rétablir la fiche que celle-ci a remplacée (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Restore the previous ticket</source>
        <translation>Rétablir la fiche précédente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>Hand-off notice</source>
        <translation>Avis de transmission</translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffHttpRequest</name>
    <message>
        <source>The request headers exceed %1 bytes.</source>
        <translation>Les en-têtes de la requête dépassent %1 octets.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>Ce n’est pas une requête HTTP/1.1.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>Un en-tête de la requête est mal formé.</translation>
    </message>
    <message>
        <source>The request header “%1” is repeated.</source>
        <translation>L’en-tête de requête « %1 » est répété.</translation>
    </message>
    <message>
        <source>Only /ticket is served here.</source>
        <translation>Seul /ticket est servi ici.</translation>
    </message>
    <message>
        <source>Use GET or POST on /ticket.</source>
        <translation>Utilisez GET ou POST sur /ticket.</translation>
    </message>
    <message>
        <source>Requests must be addressed to 127.0.0.1 or localhost.</source>
        <translation>Les requêtes doivent être adressées à 127.0.0.1 ou localhost.</translation>
    </message>
    <message>
        <source>Requests sent by a web page (Origin: %1) are refused: hand-offs come from the phone software, not from a browser.</source>
        <translation>Les requêtes envoyées par une page web (Origin : %1) sont refusées : les fiches sont remontées par la téléphonie, pas par un navigateur.</translation>
    </message>
    <message>
        <source>Requests sent by a web page (Sec-Fetch-Site: %1) are refused: hand-offs come from the phone software, not from a browser.</source>
        <translation>Les requêtes envoyées par une page web (Sec-Fetch-Site : %1) sont refusées : les fiches sont remontées par la téléphonie, pas par un navigateur.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not chunked.</source>
        <translation>Envoyez le corps avec un Content-Length, pas en morceaux (chunked).</translation>
    </message>
    <message>
        <source>The Content-Length header is malformed.</source>
        <translation>L’en-tête Content-Length est mal formé.</translation>
    </message>
    <message>
        <source>The request body exceeds %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>A POST needs a Content-Length.</source>
        <translation>Un POST doit avoir un Content-Length.</translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffHttpServer</name>
    <message>
        <source>The hand-off token is missing or too short (16 characters at least).</source>
        <translation>Le jeton de transmission manque ou est trop court (16 caractères au moins).</translation>
    </message>
    <message>
        <source>Cannot listen for hand-offs on 127.0.0.1:%1: %2</source>
        <translation>Impossible d’écouter les transmissions sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>With POST, send the ticket&apos;s fields in the JSON body, not in the URL.</source>
        <translation>Avec POST, envoyez les champs de la fiche dans le corps JSON, pas dans l’URL.</translation>
    </message>
    <message>
        <source>Send the token in the “Authorization: Bearer TOKEN” header, not in the URL.</source>
        <translation>Envoyez le jeton dans l’en-tête « Authorization: Bearer JETON », pas dans l’URL.</translation>
    </message>
    <message>
        <source>Missing or wrong token: send “Authorization: Bearer TOKEN”.</source>
        <translation>Jeton absent ou erroné : envoyez « Authorization: Bearer JETON ».</translation>
    </message>
</context>
<context>
    <name>souffleur::HandoffServer</name>
    <message>
        <source>Another Souffleur is already running on this knowledge store.</source>
        <translation>Un autre Souffleur est déjà ouvert sur cette base de connaissances.</translation>
    </message>
    <message>
        <source>Cannot listen for hand-offs on %1: %2</source>
        <translation>Impossible d’écouter les transmissions sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hand-off message is not a JSON object.</source>
        <translation>Le message de transmission n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This Souffleur speaks hand-off protocol %1; the other one does not.</source>
        <translation>Ce Souffleur parle le protocole de transmission %1&#x202f;; l’autre non.</translation>
    </message>
    <message>
        <source>Unknown hand-off message “%1”.</source>
        <translation>Message de transmission inconnu «&#x202f;%1&#x202f;».</translation>
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
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Changed since you last opened it.</source>
        <translation>Modifié depuis votre dernière consultation.</translation>
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
    <name>souffleur::LongWorkIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this work; nothing of it is kept</source>
        <translation>Arrêter ce travail&#x202f;; rien n’en est gardé</translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation>Annuler le travail en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>souffleur::MainWindow</name>
    <message>
        <source>About Souffleur</source>
        <translation>À propos de Souffleur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Souffleur %1&lt;/h3&gt;&lt;p&gt;The agent&apos;s prompter: the right procedure and reply for the customer&apos;s problem, at once.&lt;/p&gt;&lt;p&gt;Knowledge store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Souffleur %1&lt;/h3&gt;&lt;p&gt;Le souffleur du conseiller&#xa0;: la bonne procédure et la bonne réponse type pour la demande du client, tout de suite.&lt;/p&gt;&lt;p&gt;Base de connaissances&#xa0;: %2&lt;/p&gt;</translation>
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
        <translation>&amp;Importer un fichier de connaissances…</translation>
    </message>
    <message>
        <source>&amp;Export knowledge bundle…</source>
        <translation>&amp;Exporter un fichier de connaissances…</translation>
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
        <translation>Impossible d’ouvrir la base de connaissances</translation>
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation>Impossible de lire la base de connaissances</translation>
    </message>
    <message>
        <source>Nothing in this category yet.</source>
        <translation>Rien dans cette catégorie pour le moment.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour «&#x202f;%1&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n résultat pour «&#x202f;%1&#x202f;»</numerusform>
            <numerusform>%n résultats pour «&#x202f;%1&#x202f;»</numerusform>
        </translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <source>Import a knowledge bundle</source>
        <translation>Importer un fichier de connaissances</translation>
    </message>
    <message>
        <source>Knowledge bundles (*.json);;All files (*)</source>
        <translation>Fichiers de connaissances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>L’import a échoué</translation>
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
        <translation>Fichiers de connaissances (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Ticket assistant</source>
        <translation>Assistant de &amp;fiche</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>Base de &amp;connaissances</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation>Connexion au &amp;serveur central…</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Fiche &amp;précédente</translation>
    </message>
    <message>
        <source>Bring back the ticket put aside by a hand-off or a new ticket (Ctrl+Shift+P)</source>
        <translation>Rétablir la fiche mise de côté par une transmission ou une nouvelle fiche (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Always on &amp;top</source>
        <translation>Toujours au &amp;premier plan</translation>
    </message>
    <message>
        <source>Keep Souffleur above the phone software (Ctrl+Shift+T)</source>
        <translation>Garder Souffleur au-dessus du logiciel de téléphonie (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Compact</translation>
    </message>
    <message>
        <source>Only the notes of the ticket card, no search bar (Ctrl+Shift+M)</source>
        <translation>Seulement les notes de la fiche, sans barre de recherche (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Synchronised with the hub up to change %1</source>
        <translation>Synchronisé avec le serveur central jusqu’au changement %1</translation>
    </message>
    <message>
        <source>Local knowledge, content hash %1</source>
        <translation>Connaissances locales, empreinte du contenu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procédure</numerusform>
            <numerusform>%n procédures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n réponse type</numerusform>
            <numerusform>%n réponses types</numerusform>
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
        <translation>Apprentissage des catégories…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Import canceled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export canceled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
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
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Transférer à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collect first:</source>
        <translation>Recueillir d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Undo the last step (Backspace)</source>
        <translation>Défaire la dernière étape (Retour arrière)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Copy the steps taken, for the ticket notes</source>
        <translation>Copier les étapes suivies, pour les notes de la fiche</translation>
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
    <message>
        <source>Done, next step</source>
        <translation>Fait, étape suivante</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Défaire la dernière étape</translation>
    </message>
    <message>
        <source>Restart the procedure</source>
        <translation>Recommencer la procédure</translation>
    </message>
    <message>
        <source>Start the procedure again from its first step</source>
        <translation>Reprendre la procédure à sa première étape</translation>
    </message>
    <message>
        <source>Copy the steps taken</source>
        <translation>Copier les étapes suivies</translation>
    </message>
    <message>
        <source>Show the process map</source>
        <translation>Afficher le logigramme</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Guided procedure</source>
        <translation>Procédure guidée</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
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
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Ton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not filled yet: %1</source>
        <translation>Pas encore renseigné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unfilled placeholders</source>
        <translation>Champs non renseignés</translation>
    </message>
    <message>
        <source>This reply still has unfilled placeholders: %1.
Copy it anyway?</source>
        <translation>Cette réponse contient encore des champs non renseignés&#xa0;: %1.
La copier quand même&#x202f;?</translation>
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
    <message>
        <source>Copy the reply</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Reply subject</source>
        <translation>Objet de la réponse</translation>
    </message>
    <message>
        <source>Reply warning</source>
        <translation>Avertissement sur la réponse</translation>
    </message>
    <message>
        <source>Reply languages</source>
        <translation>Langues de la réponse</translation>
    </message>
    <message>
        <source>Reply fields</source>
        <translation>Champs de la réponse</translation>
    </message>
</context>
<context>
    <name>souffleur::SecretStore</name>
    <message>
        <source>No system keychain is available: your access tokens are kept in %1, readable by you only.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: vos jetons d’accès sont gardés dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>The token is kept in a file readable by you only (no system keychain is available).</source>
        <translation>Le jeton est gardé dans un fichier lisible par vous seul (aucun trousseau système n’est disponible).</translation>
    </message>
    <message>
        <source>The token is kept in your system keychain.</source>
        <translation>Le jeton est gardé dans votre trousseau système.</translation>
    </message>
    <message>
        <source>Cannot read the token from %1: %2</source>
        <translation>Impossible de lire le jeton dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store the token in %1: %2</source>
        <translation>Impossible d’enregistrer le jeton dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>souffleur::SuggestEditDialog</name>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>Suggest an edit</source>
        <translation>Proposer une correction</translation>
    </message>
    <message>
        <source>Edit “%1” (version %2, %3) as you think it should read. A team lead reviews your suggestion before it reaches everyone.</source>
        <translation>Modifiez «&#x202f;%1&#x202f;» (version %2, %3) comme il devrait se lire selon vous. Un superviseur relit votre correction avant qu’elle ne soit diffusée à tous.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Texte (Markdown)</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Étape %1 (%2)</translation>
    </message>
    <message>
        <source>  Answer %1</source>
        <translation>  Réponse %1</translation>
    </message>
    <message>
        <source>Why? (required: what is wrong or missing, and how you know)</source>
        <translation>Pourquoi&#x202f;? (obligatoire&#xa0;: ce qui est erroné ou manquant, et comment vous le savez)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Undo the last change in the field being edited (Ctrl+Z)</source>
        <translation>Défaire la dernière modification du champ en cours (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refaire (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Send suggestion</source>
        <translation>Envoyer la correction</translation>
    </message>
    <message>
        <source>Nothing is changed yet: edit the text first.</source>
        <translation>Rien n’est encore modifié&#xa0;: modifiez d’abord le texte.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Say why you suggest this edit: the reviewer needs the reason.</source>
        <translation>Dites pourquoi vous proposez cette correction&#xa0;: le relecteur a besoin du motif.</translation>
    </message>
</context>
<context>
    <name>souffleur::SyncSettingsDialog</name>
    <message>
        <source>Hub connection</source>
        <translation>Connexion au serveur central</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>The hub address must start with http:// or https:// and name a host.</source>
        <translation>L’adresse du serveur central doit commencer par http:// ou https:// et nommer un hôte.</translation>
    </message>
    <message>
        <source>Enter the access token your administrator gave you.</source>
        <translation>Saisissez le jeton d’accès fourni par votre administrateur.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Leave the address empty to work from the local knowledge only.</source>
        <translation>Laissez l’adresse vide pour travailler avec les connaissances locales seulement.</translation>
    </message>
</context>
<context>
    <name>souffleur::SyncStatusWidget</name>
    <message>
        <source>Knowledge version: %1</source>
        <translation>Version des connaissances&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Your suggestions, flags and votes waiting to go to the hub</source>
        <translation>Vos corrections, signalements et votes en attente d’envoi au serveur central</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation>En ligne · synchro %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <translation>Hors ligne · dernière synchro %1</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchro</translation>
    </message>
    <message>
        <source>Not connected to a hub.</source>
        <translation>Non connecté à un serveur central.</translation>
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
        <translation>Langue&#xa0;: automatique</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
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
        <translation>Notes de la fiche&#xa0;: saisissez ce que dit le client…</translation>
    </message>
    <message>
        <source>Ticket notes</source>
        <translation>Notes de la fiche</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>souffleur::TicketFields</name>
    <message>
        <source>customer&apos;s name</source>
        <translation>nom complet du client</translation>
    </message>
    <message>
        <source>customer&apos;s title as typed</source>
        <translation>civilité telle que saisie</translation>
    </message>
    <message>
        <source>customer&apos;s courtesy title</source>
        <translation>civilité du client</translation>
    </message>
    <message>
        <source>customer&apos;s first name</source>
        <translation>prénom du client</translation>
    </message>
    <message>
        <source>customer&apos;s last name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>numéro client</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>numéro de contrat</translation>
    </message>
    <message>
        <source>new address</source>
        <translation>nouvelle adresse</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>votre prénom</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nom de l’entreprise</translation>
    </message>
    <message>
        <source>ticket reference</source>
        <translation>référence du dossier</translation>
    </message>
    <message>
        <source>activation date</source>
        <translation>date d’activation</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>appointment date</source>
        <translation>date du rendez-vous</translation>
    </message>
    <message>
        <source>appointment options</source>
        <translation>créneaux proposés</translation>
    </message>
    <message>
        <source>appointment time slot</source>
        <translation>créneau du rendez-vous</translation>
    </message>
    <message>
        <source>area</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>bill date</source>
        <translation>date de la facture</translation>
    </message>
    <message>
        <source>bill month</source>
        <translation>mois de la facture</translation>
    </message>
    <message>
        <source>callback time</source>
        <translation>heure de rappel</translation>
    </message>
    <message>
        <source>date of the change</source>
        <translation>date du changement</translation>
    </message>
    <message>
        <source>TV channel</source>
        <translation>chaîne TV</translation>
    </message>
    <message>
        <source>coverage level</source>
        <translation>niveau de couverture</translation>
    </message>
    <message>
        <source>eligible technology</source>
        <translation>technologie éligible</translation>
    </message>
    <message>
        <source>fee amount</source>
        <translation>montant des frais</translation>
    </message>
    <message>
        <source>masked IBAN</source>
        <translation>IBAN masqué</translation>
    </message>
    <message>
        <source>expected repair time</source>
        <translation>délai de rétablissement</translation>
    </message>
    <message>
        <source>line number</source>
        <translation>numéro de ligne</translation>
    </message>
    <message>
        <source>moving date</source>
        <translation>date du déménagement</translation>
    </message>
    <message>
        <source>minimum term</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>plan name</source>
        <translation>nom de l’offre</translation>
    </message>
    <message>
        <source>plan price</source>
        <translation>prix de l’offre</translation>
    </message>
    <message>
        <source>plan start date</source>
        <translation>date de début de l’offre</translation>
    </message>
    <message>
        <source>option name</source>
        <translation>nom de l’option</translation>
    </message>
    <message>
        <source>option price</source>
        <translation>prix de l’option</translation>
    </message>
    <message>
        <source>payment deadline</source>
        <translation>date limite de paiement</translation>
    </message>
    <message>
        <source>number transfer date</source>
        <translation>date de portabilité</translation>
    </message>
    <message>
        <source>refund amount</source>
        <translation>montant du remboursement</translation>
    </message>
    <message>
        <source>refund date</source>
        <translation>date du remboursement</translation>
    </message>
    <message>
        <source>roaming allowance</source>
        <translation>enveloppe en itinérance</translation>
    </message>
    <message>
        <source>country visited</source>
        <translation>pays de séjour</translation>
    </message>
    <message>
        <source>room</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>parcel tracking number</source>
        <translation>numéro de suivi du colis</translation>
    </message>
    <message>
        <source>termination date</source>
        <translation>date de résiliation</translation>
    </message>
    <message>
        <source>usage period</source>
        <translation>période de consommation</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
</context>
<context>
    <name>souffleur::TicketHandoff</name>
    <message>
        <source>The hand-off was refused: give one souffleur:// link, not %1.</source>
        <translation>Transmission refusée&#xa0;: donnez un seul lien souffleur://, pas %1.</translation>
    </message>
    <message>
        <source>The hand-off was refused: give either a souffleur:// link or the ticket options, not both.</source>
        <translation>Transmission refusée&#xa0;: donnez soit un lien souffleur://, soit les options de la fiche, pas les deux.</translation>
    </message>
    <message>
        <source>The running Souffleur did not answer within %1 s.</source>
        <translation>Le Souffleur ouvert n’a pas répondu en %1&#xa0;s.</translation>
    </message>
    <message>
        <source>The hand-off was refused: it carries no ticket field.</source>
        <translation>Transmission refusée&#xa0;: elle ne contient aucun champ de fiche.</translation>
    </message>
    <message>
        <source>The hand-off was refused: it is larger than %1 bytes.</source>
        <translation>Transmission refusée&#xa0;: elle dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The hand-off was refused.</source>
        <translation>Transmission refusée.</translation>
    </message>
    <message>
        <source>the ticket text</source>
        <translation>le texte de la fiche</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>le compte</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>la langue</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>le canal</translation>
    </message>
    <message>
        <source>The hand-off was refused: %1 is too long (%2 characters, at most %3).</source>
        <translation>Transmission refusée&#xa0;: %1 est trop long (%2 caractères, %3 au plus).</translation>
    </message>
    <message>
        <source>The hand-off was refused: %1 contains a control character (%2).</source>
        <translation>Transmission refusée&#xa0;: %1 contient un caractère de contrôle (%2).</translation>
    </message>
    <message>
        <source>The hand-off was refused: it is not valid UTF-8 once percent-decoded.</source>
        <translation>Transmission refusée&#xa0;: une fois décodée (%), elle n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>The hand-off was refused: “%1” is given twice.</source>
        <translation>Transmission refusée&#xa0;: «&#x202f;%1&#x202f;» est donné deux fois.</translation>
    </message>
    <message>
        <source>The hand-off was refused: the language must be fr or en, not “%1”.</source>
        <translation>Transmission refusée&#xa0;: la langue doit être fr ou en, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The hand-off was refused: the channel must be phone, email or chat, not “%1”.</source>
        <translation>Transmission refusée&#xa0;: le canal doit être phone, email ou chat, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The hand-off was refused: unknown field “%1” (known: text, name, account, lang, channel).</source>
        <translation>Transmission refusée&#xa0;: champ inconnu «&#x202f;%1&#x202f;» (connus&#xa0;: text, name, account, lang, channel).</translation>
    </message>
    <message>
        <source>The hand-off was refused: “%1” is not a souffleur:// link.</source>
        <translation>Transmission refusée&#xa0;: «&#x202f;%1&#x202f;» n’est pas un lien souffleur://.</translation>
    </message>
    <message>
        <source>The hand-off was refused: souffleur://%1 is not known (use souffleur://ticket?…).</source>
        <translation>Transmission refusée&#xa0;: souffleur://%1 est inconnu (utilisez souffleur://ticket?…).</translation>
    </message>
    <message>
        <source>The hand-off was refused: the link carries no ticket field.</source>
        <translation>Transmission refusée&#xa0;: le lien ne contient aucun champ de fiche.</translation>
    </message>
    <message>
        <source>The hand-off was refused: “%1” must be a string.</source>
        <translation>Transmission refusée&#xa0;: «&#x202f;%1&#x202f;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>The hand-off was refused: it is not valid JSON (%1 at byte %2).</source>
        <translation>Transmission refusée&#xa0;: ce n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The hand-off was refused: it must be a JSON object.</source>
        <translation>Transmission refusée&#xa0;: il faut un objet JSON.</translation>
    </message>
</context>
<context>
    <name>souffleur::sync::SyncEngine</name>
    <message>
        <source>The hub address &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>L’adresse du serveur central «&#x202f;%1&#x202f;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>No token given for the hub.</source>
        <translation>Aucun jeton n’a été donné pour le serveur central.</translation>
    </message>
    <message>
        <source>Polling %1</source>
        <translation>Interrogation de %1</translation>
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to %1 took longer than %2 s.</source>
        <translation>La réponse du serveur central à %1 a pris plus de %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The hub did not answer %1 within %2 s.</source>
        <translation>Le serveur central n’a pas répondu à %1 en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation>Le serveur central est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to %1 was cut: %2</source>
        <translation>La réponse du serveur central à %1 a été coupée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to %1 is not valid JSON (protocol error).</source>
        <translation>La réponse du serveur central à %1 n’est pas du JSON valide (erreur de protocole).</translation>
    </message>
    <message>
        <source>The hub answered %1 to %2: %3</source>
        <translation>Le serveur central a répondu %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — nouvel essai dans %2&#xa0;s</translation>
    </message>
    <message>
        <source>The hub refused the token (%1). Ask an administrator for a new one.</source>
        <translation>Le serveur central a refusé le jeton (%1). Demandez-en un nouveau à un administrateur.</translation>
    </message>
    <message>
        <source>%1 failed; will retry later. %2</source>
        <translation>%1 a échoué&#x202f;; nouvel essai plus tard. %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>The server at %1 is not a Souffleur hub.</source>
        <translation>Le serveur %1 n’est pas un serveur central Souffleur.</translation>
    </message>
    <message>
        <source>The hub speaks protocol %1–%2 and this Souffleur %3–%4; update the older one.</source>
        <translation>Le serveur central parle le protocole %1–%2 et ce Souffleur %3–%4&#x202f;; mettez à jour le plus ancien.</translation>
    </message>
    <message>
        <source>First synchronisation with this hub: replaying its log</source>
        <translation>Première synchronisation avec ce serveur central&#xa0;: relecture de son journal</translation>
    </message>
    <message>
        <source>The hub changed (new hub or epoch): replaying its log</source>
        <translation>Le serveur central a changé (nouveau serveur central ou nouvelle époque)&#xa0;: relecture de son journal</translation>
    </message>
    <message>
        <source>First synchronisation with this hub: downloading a snapshot</source>
        <translation>Première synchronisation avec ce serveur central&#xa0;: téléchargement d’un instantané</translation>
    </message>
    <message>
        <source>The hub changed (new hub or epoch): resynchronising from a snapshot</source>
        <translation>Le serveur central a changé (nouveau serveur central ou nouvelle époque)&#xa0;: resynchronisation depuis un instantané</translation>
    </message>
    <message>
        <source>The hub keeps asking for a resync; giving up.</source>
        <translation>Le serveur central redemande sans cesse une resynchronisation&#x202f;; abandon.</translation>
    </message>
    <message>
        <source>Resuming the snapshot download</source>
        <translation>Reprise du téléchargement de l’instantané</translation>
    </message>
    <message>
        <source>The hub&apos;s content changed during the snapshot download; starting it again</source>
        <translation>Le contenu du serveur central a changé pendant le téléchargement de l’instantané&#x202f;; nouveau départ</translation>
    </message>
    <message>
        <source>Downloading the snapshot</source>
        <translation>Téléchargement de l’instantané</translation>
    </message>
    <message>
        <source>The hub&apos;s snapshot page is malformed (protocol error).</source>
        <translation>La page d’instantané du serveur central est mal formée (erreur de protocole).</translation>
    </message>
    <message>
        <source>Snapshot page: %1 entities</source>
        <translation>Page d’instantané&#xa0;: %1 entités</translation>
    </message>
    <message>
        <source>Snapshot applied: %1 entities at sequence %2</source>
        <translation>Instantané appliqué&#xa0;: %1 entités à la séquence %2</translation>
    </message>
    <message>
        <source>The hub&apos;s log no longer reaches this replica: resynchronising from a snapshot</source>
        <translation>Le journal du serveur central ne remonte plus jusqu’à cette réplique&#xa0;: resynchronisation depuis un instantané</translation>
    </message>
    <message>
        <source>Downloading changes</source>
        <translation>Téléchargement des modifications</translation>
    </message>
    <message>
        <source>The hub announced more changes but sent none (protocol error).</source>
        <translation>Le serveur central a annoncé d’autres modifications mais n’en a envoyé aucune (erreur de protocole).</translation>
    </message>
    <message>
        <source>Applied %1 change(s) after sequence %2</source>
        <translation>%1 modification(s) appliquée(s) après la séquence %2</translation>
    </message>
    <message>
        <source>Uploading the outbox</source>
        <translation>Envoi de la boîte d’envoi</translation>
    </message>
    <message>
        <source>Could not record the receipts</source>
        <translation>Impossible d’enregistrer les accusés de réception</translation>
    </message>
    <message>
        <source>Outbox: %1 record(s) acknowledged</source>
        <translation>Boîte d’envoi&#xa0;: %1 enregistrement(s) acquitté(s)</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n outbox record(s); they stay in the outbox:</source>
        <translation>
            <numerusform>Le serveur central a refusé %n envoi&#x202f;; il reste dans la boîte d’envoi&#xa0;:</numerusform>
            <numerusform>Le serveur central a refusé %n envois&#x202f;; ils restent dans la boîte d’envoi&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some outbox records got no receipt; they will be sent again.</source>
        <translation>Certains enregistrements de la boîte d’envoi n’ont pas reçu d’accusé&#x202f;; ils seront renvoyés.</translation>
    </message>
    <message>
        <source>it was not issued for the host name &quot;%1&quot;</source>
        <translation>il n’a pas été émis pour le nom d’hôte «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <source>it is not valid yet (check the clocks)</source>
        <translation>il n’est pas encore valable (vérifiez les horloges)</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>il a été révoqué</translation>
    </message>
    <message>
        <source>it is not signed by a trusted certificate authority (for a private CA, give its certificate: souffleur-kb sync --ca-file CA.pem)</source>
        <translation>il n’est pas signé par une autorité de certification de confiance (pour une AC privée, donnez son certificat&#xa0;: souffleur-kb sync --ca-file CA.pem)</translation>
    </message>
    <message>
        <source>The TLS connection to the hub failed: %1</source>
        <translation>La connexion TLS au serveur central a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is refused: %1</source>
        <translation>Le certificat du serveur central est refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not record the review outcomes</source>
        <translation>Impossible d’enregistrer les décisions de relecture</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) reviewed by a team lead</source>
        <translation>
            <numerusform>%n correction relue par un superviseur</numerusform>
            <numerusform>%n corrections relues par un superviseur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>souffleur::sync::SyncScheduler</name>
    <message>
        <source>Not connected to a hub: you are using the knowledge stored on this computer. Your suggestions are kept here.</source>
        <translation>Non connecté à un serveur central&#xa0;: vous utilisez les connaissances enregistrées sur cet ordinateur. Vos propositions sont conservées ici.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Up to date, but the hub refused %n of your records; they are kept here. Tell your team lead.</source>
        <translation>
            <numerusform>À jour, mais le serveur central a refusé %n de vos enregistrements&#x202f;; il est conservé ici. Prévenez votre superviseur.</numerusform>
            <numerusform>À jour, mais le serveur central a refusé %n de vos enregistrements&#x202f;; ils sont conservés ici. Prévenez votre superviseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with the hub.</source>
        <translation>À jour avec le serveur central.</translation>
    </message>
    <message>
        <source>Up to date with the hub (last synchronised %1).</source>
        <translation>À jour avec le serveur central (dernière synchronisation %1).</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. You are using the local knowledge; your suggestions are kept and will be sent later.</source>
        <translation>Hors ligne&#xa0;: le serveur central est injoignable. Vous utilisez les connaissances locales&#x202f;; vos propositions sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>Offline: you are using the local knowledge from %1; your suggestions are kept and will be sent later.</source>
        <translation>Hors ligne&#xa0;: vous utilisez les connaissances locales du %1&#x202f;; vos propositions sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>The hub refused your access token: you are using the local knowledge and your suggestions wait here. Ask your administrator for a new token (File › Hub connection).</source>
        <translation>Le serveur central a refusé votre jeton d’accès&#xa0;: vous utilisez les connaissances locales et vos propositions attendent ici. Demandez un nouveau jeton à votre administrateur (Fichier › Connexion au serveur central).</translation>
    </message>
    <message>
        <source>Synchronisation fails: %1 You are using the local knowledge; your suggestions are kept.</source>
        <translation>La synchronisation échoue&#xa0;: %1 Vous utilisez les connaissances locales&#x202f;; vos propositions sont conservées.</translation>
    </message>
</context>
</TS>
