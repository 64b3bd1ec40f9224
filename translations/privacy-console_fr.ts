<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Privacy Console</source>
        <translation>Privacy Console</translation>
    </message>
</context>
<context>
    <name>pc::ActivityChecks</name>
    <message>
        <source>Name the processing activity.</source>
        <translation>Donnez un nom à l&apos;activité de traitement.</translation>
    </message>
    <message>
        <source>Give at least one purpose with its legal basis (Art. 30(1)(b)).</source>
        <translation>Indiquez au moins une finalité avec sa base légale (art. 30(1)(b)).</translation>
    </message>
    <message>
        <source>Describe every purpose.</source>
        <translation>Décrivez chaque finalité.</translation>
    </message>
    <message>
        <source>“%1” rests on legitimate interests: say which interest.</source>
        <translation>« %1 » repose sur l&apos;intérêt légitime : précisez lequel.</translation>
    </message>
    <message>
        <source>Choose the categories of people concerned (Art. 30(1)(c)).</source>
        <translation>Choisissez les catégories de personnes concernées (art. 30(1)(c)).</translation>
    </message>
    <message>
        <source>Choose the categories of personal data (Art. 30(1)(c)).</source>
        <translation>Choisissez les catégories de données à caractère personnel (art. 30(1)(c)).</translation>
    </message>
    <message>
        <source>Special categories (%1) are processed without an Art. 9(2) condition.</source>
        <translation>Des catégories particulières (%1) sont traitées sans condition de l&apos;art. 9(2).</translation>
    </message>
    <message>
        <source>The transfer to %1 has no safeguard (Art. 44–49).</source>
        <translation>Le transfert vers %1 n&apos;est encadré par aucune garantie (art. 44 à 49).</translation>
    </message>
    <message>
        <source>Give each transfer&apos;s country as a two-letter code.</source>
        <translation>Indiquez le pays de chaque transfert par son code à deux lettres.</translation>
    </message>
    <message>
        <source>No retention rule: how long is the data kept (Art. 30(1)(f))?</source>
        <translation>Aucune règle de conservation : combien de temps les données sont-elles conservées (art. 30(1)(f)) ?</translation>
    </message>
    <message>
        <source>A data protection impact assessment is required but not done.</source>
        <translation>Une analyse d&apos;impact relative à la protection des données est requise mais n&apos;a pas été réalisée.</translation>
    </message>
    <message>
        <source>An incomplete activity cannot be approved.</source>
        <translation>Une activité incomplète ne peut pas être validée.</translation>
    </message>
    <message>
        <source>“%1” has no legal basis yet: choose one (Art. 6(1)).</source>
        <translation>« %1 » n’a pas encore de base légale : choisissez-en une (art. 6(1)).</translation>
    </message>
    <message>
        <source>%1: the period “%2” is only written down; make it a rule (a duration from an event) so that its countdown runs.</source>
        <translation>%1 : la durée « %2 » n’est qu’écrite ; faites-en une règle (une durée à compter d’un événement) pour que son décompte s’applique.</translation>
    </message>
</context>
<context>
    <name>pc::ActivityEditor</name>
    <message>
        <source>%1 (special category)</source>
        <translation>%1 (catégorie particulière)</translation>
    </message>
    <message>
        <source>— no retention rule —</source>
        <translation>— aucune règle de conservation —</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Our &amp;role:</source>
        <translation>Notre &amp;rôle :</translation>
    </message>
    <message>
        <source>&amp;Client (controller):</source>
        <translation>&amp;Client (responsable du traitement) :</translation>
    </message>
    <message>
        <source>&amp;Purposes and legal bases:</source>
        <translation>&amp;Finalités et bases légales :</translation>
    </message>
    <message>
        <source>People &amp;concerned:</source>
        <translation>Personnes &amp;concernées :</translation>
    </message>
    <message>
        <source>Personal &amp;data:</source>
        <translation>&amp;Données à caractère personnel :</translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation>Dest&amp;inataires :</translation>
    </message>
    <message>
        <source>Pr&amp;ocessors:</source>
        <translation>S&amp;ous-traitants :</translation>
    </message>
    <message>
        <source>&amp;Transfers abroad:</source>
        <translation>&amp;Transferts hors UE :</translation>
    </message>
    <message>
        <source>Re&amp;tention rule:</source>
        <translation>Règle de conser&amp;vation :</translation>
    </message>
    <message>
        <source>Retention note:</source>
        <translation>Précision sur la conservation :</translation>
    </message>
    <message>
        <source>&amp;Security measures:</source>
        <translation>Mesures de &amp;sécurité :</translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation>Source des données :</translation>
    </message>
    <message>
        <source>Impact assessment:</source>
        <translation>Analyse d&apos;impact (AIPD) :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Condition de l&apos;art. 9(2)</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Add a purpose</source>
        <translation>Ajouter une finalité</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation>Ajouter un transfert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Généralités</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <source>People and data</source>
        <translation>Personnes et données</translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>Destinataires et transferts</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation>Analyse d&apos;impact (AIPD)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — kept: %2</source>
        <translation>%1 — conservées : %2</translation>
    </message>
    <message>
        <source>Save the activity to screen it for an impact assessment.</source>
        <translation>Enregistrez le traitement pour évaluer s&apos;il demande une analyse d&apos;impact.</translation>
    </message>
    <message>
        <source>Start its assessment…</source>
        <translation>Commencer son analyse…</translation>
    </message>
    <message numerus="yes">
        <source>Screened on %1 by %2: %3 (%n criterion(s) met).</source>
        <translation>
            <numerusform>Évalué le %1 par %2 : %3 (%n critère rempli).</numerusform>
            <numerusform>Évalué le %1 par %2 : %3 (%n critères remplis).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not screened yet for an impact assessment.</source>
        <translation>Pas encore évalué pour une analyse d&apos;impact.</translation>
    </message>
    <message>
        <source>Assessment “%1”: %2</source>
        <translation>Analyse « %1 » : %2</translation>
    </message>
    <message>
        <source>to review by %1</source>
        <translation>à revoir avant le %1</translation>
    </message>
    <message>
        <source>Open its assessment</source>
        <translation>Ouvrir son analyse</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>Besoin d&apos;une AIPD :</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Évaluer le besoin…</translation>
    </message>
    <message>
        <source>The nine criteria of the European guidelines and the authority&apos;s lists: is an impact assessment needed?</source>
        <translation>Les neuf critères des lignes directrices européennes et les listes de l&apos;autorité : une analyse d&apos;impact est-elle nécessaire ?</translation>
    </message>
</context>
<context>
    <name>pc::Backup</name>
    <message>
        <source>%1 is not installed: install the PostgreSQL client tools (package postgresql-client).</source>
        <translation>%1 n’est pas installé&#xa0;: installez les outils clients de PostgreSQL (paquet postgresql-client).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 ne s’est pas terminé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>The copy cannot be written to %1.</source>
        <translation>La copie ne peut pas être écrite dans %1.</translation>
    </message>
    <message>
        <source>The database gives no way to copy it.</source>
        <translation>La base de données ne donne aucun moyen de la copier.</translation>
    </message>
    <message>
        <source>The copy cannot be written to %1: %2</source>
        <translation>La copie ne peut pas être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy could not be made: %1</source>
        <translation>La copie n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give the copy a file name.</source>
        <translation>%1 est un dossier&#xa0;: donnez un nom de fichier à la copie.</translation>
    </message>
    <message>
        <source>There is no copy at %1.</source>
        <translation>Il n’y a pas de copie à %1.</translation>
    </message>
    <message>
        <source>%1 is not a copy of an embedded database.</source>
        <translation>%1 n’est pas la copie d’une base intégrée.</translation>
    </message>
    <message>
        <source>%1 already holds a database: a copy is restored into a new one only.</source>
        <translation>%1 contient déjà une base&#xa0;: une copie n’est restaurée que dans une base neuve.</translation>
    </message>
    <message>
        <source>The copy cannot be restored to %1.</source>
        <translation>La copie ne peut pas être restaurée dans %1.</translation>
    </message>
    <message>
        <source>%1 is a copy of an embedded database, not of a server&apos;s.</source>
        <translation>%1 est la copie d’une base intégrée, pas de celle d’un serveur.</translation>
    </message>
    <message>
        <source>The database %1 is not empty: a copy is restored into a new one only.</source>
        <translation>La base %1 n’est pas vide&#xa0;: une copie n’est restaurée que dans une base neuve.</translation>
    </message>
</context>
<context>
    <name>pc::BreachEditor</name>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Occurred:</source>
        <translation>Survenue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Known since:</source>
        <translation>&amp;Connue depuis&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>R&amp;isque&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Authority &amp;notified:</source>
        <translation>Autorité &amp;notifiée le&#xa0;:</translation>
    </message>
    <message>
        <source>Authority&apos;s re&amp;ference:</source>
        <translation>Ré&amp;férence de l’autorité&#xa0;:</translation>
    </message>
    <message>
        <source>People &amp;told:</source>
        <translation>Personnes &amp;informées le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data concerned:</source>
        <translation>&amp;Données concernées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;People concerned:</source>
        <translation>&amp;Personnes concernées&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;cords concerned:</source>
        <translation>Enre&amp;gistrements concernés&#xa0;:</translation>
    </message>
    <message>
        <source>Likely &amp;consequences:</source>
        <translation>Conséquences &amp;probables&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Mesures prises&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Risk and notifications</source>
        <translation>Risque et notifications</translation>
    </message>
    <message>
        <source>Data, people and measures</source>
        <translation>Données, personnes et mesures</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>survenue</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>maîtrisée</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told</source>
        <translation>
            <numerusform>%n personne informée</numerusform>
            <numerusform>%n personnes informées</numerusform>
        </translation>
    </message>
    <message>
        <source>authority notified</source>
        <translation>autorité notifiée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>Nothing dated yet.</source>
        <translation>Rien de daté encore.</translation>
    </message>
    <message>
        <source>Notify the &amp;authority…</source>
        <translation>Notifier l&apos;&amp;autorité…</translation>
    </message>
    <message>
        <source>Follow-up to the &amp;authority…</source>
        <translation>Notification complémentaire à l&apos;&amp;autorité…</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <source>Cau&amp;se:</source>
        <translation>Cau&amp;se :</translation>
    </message>
    <message>
        <source>Contain&amp;ed:</source>
        <translation>Maîtris&amp;ée le :</translation>
    </message>
    <message>
        <source>W&amp;hy not notify:</source>
        <translation>Pour&amp;quoi ne pas notifier :</translation>
    </message>
    <message>
        <source>Reasons for the dela&amp;y:</source>
        <translation>Motifs du re&amp;tard :</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>C&amp;losed:</source>
        <translation>C&amp;lose le :</translation>
    </message>
    <message>
        <source>People&apos;s cate&amp;gories:</source>
        <translation>Caté&amp;gories de personnes :</translation>
    </message>
    <message>
        <source>Ad&amp;vice to them:</source>
        <translation>Conseils au&amp;x personnes :</translation>
    </message>
    <message>
        <source>Why not tell them (Art. 34(3)):</source>
        <translation>Pourquoi ne pas les informer (art. 34(3)) :</translation>
    </message>
    <message>
        <source>The people concerned (Art. 34)</source>
        <translation>Les personnes concernées (art. 34)</translation>
    </message>
    <message>
        <source>Nobody recorded as told yet.</source>
        <translation>Personne n&apos;est encore enregistré comme informé.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told, from %1: %2</source>
        <translation>
            <numerusform>%n personne informée, à partir du %1 : %2</numerusform>
            <numerusform>%n personnes informées, à partir du %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Letters to the people…</source>
        <translation>&amp;Courriers aux personnes…</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Attach a document to the breach</source>
        <translation>Joindre un document à la violation</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt *.log *.csv);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt *.log *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Told:</source>
        <translation>Informées :</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pièces :</translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation>Joindre un document…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
</context>
<context>
    <name>pc::BreachLettersDialog</name>
    <message>
        <source>Letters to the people concerned by %1</source>
        <translation>Courriers aux personnes concernées par %1</translation>
    </message>
    <message>
        <source>Each letter is written in the person&apos;s language from the breach&apos;s record: what happened, what it may mean for them, what was done, what they can do and whom to ask.</source>
        <translation>Chaque courrier est écrit dans la langue de la personne à partir de la fiche de la violation : ce qui s&apos;est passé, ce que cela peut signifier pour elle, ce qui a été fait, ce qu&apos;elle peut faire et à qui s&apos;adresser.</translation>
    </message>
    <message>
        <source>&amp;Everyone of %1</source>
        <translation>&amp;Toutes les personnes de %1</translation>
    </message>
    <message>
        <source>The people of these &amp;categories or concerned by these purposes:</source>
        <translation>Les personnes de ces &amp;catégories ou concernées par ces finalités :</translation>
    </message>
    <message>
        <source>The people of this &amp;list (e-mail addresses or references, one per line):</source>
        <translation>Les personnes de cette &amp;liste (adresses électroniques ou références, une par ligne) :</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Finalités de consentement</translation>
    </message>
    <message>
        <source>They are told &amp;by:</source>
        <translation>Informées &amp;par :</translation>
    </message>
    <message>
        <source>Save the &amp;letters (PDF)…</source>
        <translation>Enregistrer les c&amp;ourriers (PDF)…</translation>
    </message>
    <message>
        <source>Save the &amp;mailing list (CSV)…</source>
        <translation>Enregistrer la liste d&apos;&amp;envoi (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Record them as told</source>
        <translation>Les en&amp;registrer comme informées</translation>
    </message>
    <message>
        <source>Tick the categories or purposes of the people concerned.</source>
        <translation>Cochez les catégories ou les finalités des personnes concernées.</translation>
    </message>
    <message>
        <source>Write the e-mail addresses or references of the people concerned.</source>
        <translation>Écrivez les adresses électroniques ou les références des personnes concernées.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen</source>
        <translation>
            <numerusform>%n personne choisie</numerusform>
            <numerusform>%n personnes choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has: %1.</source>
        <translation>Personne n&apos;a : %1.</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Enregistrer les courriers</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1</source>
        <translation>
            <numerusform>%n courrier enregistré dans %1</numerusform>
            <numerusform>%n courriers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the mailing list</source>
        <translation>Enregistrer la liste d&apos;envoi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The mailing list saved to %1</source>
        <translation>La liste d&apos;envoi enregistrée dans %1</translation>
    </message>
    <message>
        <source>More than %L1 people are chosen: narrow the selection, or write the mailing list with “privacy-console breach letters”.</source>
        <translation>Plus de %L1 personnes sont choisies : resserrez la sélection, ou écrivez la liste d&apos;envoi avec « privacy-console breach letters ».</translation>
    </message>
</context>
<context>
    <name>pc::BulkInsert</name>
    <message>
        <source>Cannot write the rows of %1: %2</source>
        <translation>Impossible d&apos;écrire les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the rows of %1</source>
        <translation>Impossible d&apos;écrire les lignes de %1</translation>
    </message>
</context>
<context>
    <name>pc::CasePanel</name>
    <message>
        <source>On:</source>
        <translation>Le&#xa0;:</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>É&amp;tape suivante</translation>
    </message>
    <message>
        <source>Record what happened to the request, dated: each step goes into its history.</source>
        <translation>Enregistrer ce qui est arrivé à la demande, daté&#xa0;: chaque étape entre dans son historique.</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Courrier…</translation>
    </message>
    <message>
        <source>The &amp;person</source>
        <translation>La &amp;personne</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Find in the register or add…</source>
        <translation>Retrouver dans le registre ou ajouter…</translation>
    </message>
    <message>
        <source>Export their data (access, portability)…</source>
        <translation>Exporter ses données (accès, portabilité)…</translation>
    </message>
    <message>
        <source>Erase their data…</source>
        <translation>Effacer ses données…</translation>
    </message>
    <message>
        <source>Save the request&apos;s changes first.</source>
        <translation>Enregistrez d’abord les modifications de la demande.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Retrouver la personne</translation>
    </message>
    <message>
        <source>Add “%1” to the register</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au registre</translation>
    </message>
    <message>
        <source>Nobody in the register matches the requester.</source>
        <translation>Personne dans le registre ne correspond au demandeur.</translation>
    </message>
    <message>
        <source>People of the register who may be the requester:</source>
        <translation>Personnes du registre qui peuvent être le demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Access report (PDF)</source>
        <translation>Relevé pour le droit d’accès (PDF)</translation>
    </message>
    <message>
        <source>Portability archive (JSON and CSV in a ZIP)</source>
        <translation>Archive de portabilité (JSON et CSV dans un ZIP)</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Exporter les données de la personne</translation>
    </message>
    <message>
        <source>The export is attached to the request as a reply:</source>
        <translation>L’export est joint à la demande comme réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation>Effacer les données de la personne</translation>
    </message>
    <message>
        <source>Erase everything the register holds about this person: their record, consents, documents, the requester&apos;s details on their requests and the copies in the audit trail. A tombstone records when, by whom and why, without who they were. This cannot be undone.</source>
        <translation>Effacer tout ce que le registre détient sur cette personne&#xa0;: sa fiche, ses consentements, ses documents, les coordonnées du demandeur sur ses demandes et leurs copies dans le journal d’audit. Une trace d’effacement indique quand, par qui et pourquoi, sans dire de qui il s’agissait. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete the person</source>
        <translation>&amp;Supprimer la personne</translation>
    </message>
    <message>
        <source>&amp;Anonymise, keeping the statistics</source>
        <translation>&amp;Anonymiser, en gardant les statistiques</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n row(s) changed. Tombstone %1 proves it.</source>
        <translation>
            <numerusform>Effacé&#xa0;: %n ligne modifiée. La trace d’effacement %1 le prouve.</numerusform>
            <numerusform>Effacé&#xa0;: %n lignes modifiées. La trace d’effacement %1 le prouve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Save a copy of the document in a file.</source>
        <translation>Enregistrer une copie du document dans un fichier.</translation>
    </message>
    <message>
        <source>(destroyed on %1; its SHA-256 fingerprint is kept)</source>
        <translation>(détruit le %1&#xa0;; son empreinte SHA-256 est conservée)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Add a copy of an identity document…</source>
        <translation>Ajouter une copie de pièce d&apos;identité…</translation>
    </message>
    <message>
        <source>Kept encrypted until the identity check is recorded, and destroyed at the latest when the request is due.</source>
        <translation>Conservée chiffrée jusqu&apos;à l&apos;enregistrement de la vérification d&apos;identité, et détruite au plus tard à l&apos;échéance de la demande.</translation>
    </message>
    <message>
        <source>Record the identity check…</source>
        <translation>Enregistrer la vérification d&apos;identité…</translation>
    </message>
    <message>
        <source>Destroy the copies now…</source>
        <translation>Détruire les copies maintenant…</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message numerus="yes">
        <source>destroyed in %n day(s), on %1 at the latest</source>
        <translation>
            <numerusform>détruite dans %n jour, le %1 au plus tard</numerusform>
            <numerusform>détruite dans %n jours, le %1 au plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>destroyed today at the latest</source>
        <translation>détruite aujourd&apos;hui au plus tard</translation>
    </message>
    <message>
        <source>to be destroyed since %1</source>
        <translation>à détruire depuis le %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Add a copy of an identity document</source>
        <translation>Ajouter une copie de pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Identity documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Pièces d&apos;identité (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: scan the document again at a lower resolution.</source>
        <translation>%1 dépasse %2 Mo&#xa0;: numérisez de nouveau la pièce à une résolution plus basse.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF).</source>
        <translation>%1 n&apos;est ni un PDF ni une image (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>Record the identity check</source>
        <translation>Enregistrer la vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Destroy the identity document copies</source>
        <translation>Détruire les copies de pièces d&apos;identité</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n identity document copy(ies) of this request now, without recording an identity check? Their SHA-256 fingerprints are kept.</source>
        <translation>
            <numerusform>Détruire maintenant la copie de pièce d&apos;identité de cette demande, sans enregistrer de vérification d&apos;identité&#xa0;? Son empreinte SHA-256 est conservée.</numerusform>
            <numerusform>Détruire maintenant les %n copies de pièces d&apos;identité de cette demande, sans enregistrer de vérification d&apos;identité&#xa0;? Leurs empreintes SHA-256 sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw their consents…</source>
        <translation>Retirer ses consentements…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>%1 — given on %2</source>
        <translation>%1 — donné le %2</translation>
    </message>
    <message>
        <source>The person has no consent in force to withdraw.</source>
        <translation>La personne n’a aucun consentement en vigueur à retirer.</translation>
    </message>
    <message>
        <source>The consents this request withdraws, as of the day it was received (%1). Each withdrawal goes into the consent ledger pointing to this request, and into its history.</source>
        <translation>Les consentements que cette demande retire, à la date de sa réception (%1). Chaque retrait est inscrit au registre des consentements avec un renvoi à cette demande, et dans son historique.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>pc::CaseRepository</name>
    <message>
        <source>A request needs at least one type (access, erasure, ...).</source>
        <translation>Une demande doit comporter au moins un type (accès, effacement, ...).</translation>
    </message>
    <message>
        <source>“%1” is not a type of request.</source>
        <translation>« %1 » n&apos;est pas un type de demande.</translation>
    </message>
    <message>
        <source>A request needs the date it was received.</source>
        <translation>Une demande doit comporter sa date de réception.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La demande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A breach needs the moment the organization became aware of it.</source>
        <translation>Une violation doit comporter la date et l&apos;heure auxquelles l&apos;organisme en a pris connaissance.</translation>
    </message>
    <message>
        <source>A document needs a file name.</source>
        <translation>Un document doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Le document n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation>« %1 » n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>References are numbered for requests and breaches only.</source>
        <translation>Seules les demandes et les violations reçoivent une référence numérotée.</translation>
    </message>
    <message>
        <source>The breach no longer exists.</source>
        <translation>La violation n’existe plus.</translation>
    </message>
    <message>
        <source>An identity document copy is only ever stored encrypted.</source>
        <translation>Une copie de pièce d&apos;identité n&apos;est jamais conservée que chiffrée.</translation>
    </message>
    <message>
        <source>The breach&apos;s organization no longer exists.</source>
        <translation>L&apos;organisme de la violation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A notification is the initial one or a follow-up.</source>
        <translation>Une notification est initiale ou complémentaire.</translation>
    </message>
    <message>
        <source>A notification needs the moment it was sent.</source>
        <translation>Une notification a besoin du moment de son envoi.</translation>
    </message>
    <message>
        <source>A notification keeps the text that was sent.</source>
        <translation>Une notification conserve le texte envoyé.</translation>
    </message>
    <message>
        <source>The breach %1 was notified already; what comes now is a follow-up.</source>
        <translation>La violation %1 a déjà été notifiée ; ce qui suit est une notification complémentaire.</translation>
    </message>
    <message>
        <source>A follow-up completes the initial notification of %1, which is not recorded.</source>
        <translation>Une notification complémentaire complète la notification initiale de %1, qui n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>A follow-up cannot be sent before the notification it completes.</source>
        <translation>Une notification complémentaire ne peut pas être envoyée avant celle qu&apos;elle complète.</translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was known.</source>
        <translation>L&apos;autorité ne peut pas avoir été notifiée avant que la violation soit connue.</translation>
    </message>
    <message>
        <source>“%1” is not a way of telling people.</source>
        <translation>« %1 » n&apos;est pas un moyen d&apos;informer les personnes.</translation>
    </message>
    <message>
        <source>Say when the people were told.</source>
        <translation>Indiquez quand les personnes ont été informées.</translation>
    </message>
    <message>
        <source>The people cannot have been told before the breach was known.</source>
        <translation>Les personnes ne peuvent pas avoir été informées avant que la violation soit connue.</translation>
    </message>
</context>
<context>
    <name>pc::ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Quelqu’un d’autre a modifié cette fiche</translation>
    </message>
    <message>
        <source>This record was saved by someone else while you were editing it.</source>
        <translation>Cette fiche a été enregistrée par quelqu’un d’autre pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>This record was saved by someone else while you were editing it: %1.</source>
        <translation>Cette fiche a été enregistrée par quelqu’un d’autre pendant que vous la modifiiez&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose, field by field, which version to keep; the record is then saved with both sets of changes.</source>
        <translation>Choisissez, champ par champ, la version à garder&#xa0;; la fiche est ensuite enregistrée avec les modifications des deux.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation>Modifié par vous deux</translation>
    </message>
    <message>
        <source>Changed by them only</source>
        <translation>Modifié par l’autre seulement</translation>
    </message>
    <message>
        <source>Changed by you only</source>
        <translation>Modifié par vous seulement</translation>
    </message>
    <message>
        <source>This field can only be taken as it was saved; change it again afterwards.</source>
        <translation>Ce champ ne peut être repris que tel qu’il a été enregistré&#xa0;; modifiez-le de nouveau ensuite.</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Garder toutes les &amp;vôtres</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toutes les &amp;leurs</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
</context>
<context>
    <name>pc::Connect</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
</context>
<context>
    <name>pc::ConnectionSpec</name>
    <message>
        <source>“%1” is not a valid PostgreSQL address; expected postgresql://user@host:port/database.</source>
        <translation>« %1 » n&apos;est pas une adresse PostgreSQL valide ; format attendu : postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>Do not put a password in the database address: set PGPASSWORD or type it when asked.</source>
        <translation>N&apos;indiquez pas de mot de passe dans l&apos;adresse de la base de données : définissez PGPASSWORD ou saisissez-le lorsqu&apos;il vous est demandé.</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database.</source>
        <translation>L&apos;adresse PostgreSQL « %1 » n&apos;indique aucune base de données.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option “%1”.</source>
        <translation>Option PostgreSQL « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”.</source>
        <translation>Valeur de sslmode « %1 » inconnue.</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The SQLite address “%1” names no file.</source>
        <translation>L&apos;adresse SQLite « %1 » n&apos;indique aucun fichier.</translation>
    </message>
    <message>
        <source>“%1” is neither a file, a sqlite:/// address nor a postgresql:// address.</source>
        <translation>« %1 » n&apos;est ni un fichier, ni une adresse sqlite:///, ni une adresse postgresql://.</translation>
    </message>
</context>
<context>
    <name>pc::ConsentExport</name>
    <message>
        <source>Export the history of one person or of one purpose.</source>
        <translation>Exportez l’historique d’une personne ou d’une finalité.</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
        <source>This purpose is no longer in the register.</source>
        <translation>Cette finalité n’est plus dans le registre.</translation>
    </message>
    <message>
        <source>There is no such version of the privacy policy.</source>
        <translation>Cette version de la politique de confidentialité n’existe pas.</translation>
    </message>
    <message>
        <source>This version does not change how contact details are used: nobody needs to be told.</source>
        <translation>Cette version ne change pas l’usage des coordonnées&#xa0;: personne n’a besoin d’en être informé.</translation>
    </message>
</context>
<context>
    <name>pc::ConsentImport</name>
    <message>
        <source>The file is not text in UTF-8: save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du texte en UTF-8&#xa0;: enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark is opened and never closed.</source>
        <translation>Ligne %1&#xa0;: un guillemet est ouvert et jamais fermé.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Person (e-mail or reference)</source>
        <translation>Personne (e-mail ou référence)</translation>
    </message>
    <message>
        <source>Purpose (code or name)</source>
        <translation>Finalité (code ou nom)</translation>
    </message>
    <message>
        <source>Event (given, withdrawn, refused, expired)</source>
        <translation>Événement (donné, retiré, refusé, expiré)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>How it was collected</source>
        <translation>Moyen de recueil</translation>
    </message>
    <message>
        <source>Collection point</source>
        <translation>Point de collecte</translation>
    </message>
    <message>
        <source>Privacy policy version</source>
        <translation>Version de la politique de confidentialité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Say which column holds: %1.</source>
        <translation>Indiquez quelle colonne contient&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>aucune personne</translation>
    </message>
    <message>
        <source>nobody in the register has %1 “%2”</source>
        <translation>personne dans le registre n’a %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>l’adresse e-mail</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>la référence</translation>
    </message>
    <message>
        <source>several people have %1 “%2”</source>
        <translation>plusieurs personnes ont %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>aucune finalité</translation>
    </message>
    <message>
        <source>no purpose of this organization is called “%1”</source>
        <translation>aucune finalité de cet organisme ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>several purposes are called “%1”</source>
        <translation>plusieurs finalités s’appellent «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not given, withdrawn, refused or expired</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni donné, ni retiré, ni refusé, ni expiré</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025-03-31, 31/03/2025, with or without the time)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (2025-03-31, 31/03/2025, avec ou sans l’heure)</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <source>%1 is too long ago to be a consent</source>
        <translation>%1 est trop ancien pour être un consentement</translation>
    </message>
    <message>
        <source>“%1” is not a way of collecting consent</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moyen de recueillir un consentement</translation>
    </message>
    <message>
        <source>the privacy policy has no version “%1”</source>
        <translation>la politique de confidentialité n’a pas de version «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The register is open read-only: nothing can be imported.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::ConsentImportDialog</name>
    <message>
        <source>Import consents from a CSV file</source>
        <translation>Importer des consentements depuis un fichier CSV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Consents to import</source>
        <translation>Consentements à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: split it, or export fewer columns.</source>
        <translation>%1 dépasse 64 Mo&#xa0;: découpez-le, ou exportez moins de colonnes.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n ligne</numerusform>
            <numerusform>%1 — %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>CSV import: %1</source>
        <translation>Import CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to add · %2 already recorded · %3 with an error, left out</source>
        <translation>%1 à ajouter · %2 déjà enregistrés · %3 en erreur, laissés de côté</translation>
    </message>
    <message>
        <source>already recorded: left as it is</source>
        <translation>déjà enregistré&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) added to the ledger.</source>
        <translation>
            <numerusform>%n événement de consentement ajouté au registre.</numerusform>
            <numerusform>%n événements de consentement ajoutés au registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines left out for an error: %n.</source>
        <translation>
            <numerusform>Lignes laissées de côté pour une erreur&#xa0;: %n.</numerusform>
            <numerusform>Lignes laissées de côté pour une erreur&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ConsentLedger</name>
    <message>
        <source>The register is open read-only: no expiry can be recorded.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: aucune expiration ne peut être enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Lapsed %n month(s) after it was given, the period set for this purpose</source>
        <translation>
            <numerusform>Expiré %n mois après avoir été donné, la durée fixée pour cette finalité</numerusform>
            <numerusform>Expiré %n mois après avoir été donné, la durée fixée pour cette finalité</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is open read-only: no withdrawal can be recorded.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: aucun retrait ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Find the person in the register first: a withdrawal is recorded in their ledger.</source>
        <translation>Retrouvez d’abord la personne dans le registre&#xa0;: un retrait s’inscrit dans son historique.</translation>
    </message>
    <message>
        <source>A withdrawal is dated when it was asked, not in the future.</source>
        <translation>Un retrait est daté du jour où il a été demandé, pas dans le futur.</translation>
    </message>
    <message>
        <source>A purpose named is not one of this organization&apos;s.</source>
        <translation>Une finalité indiquée n’est pas de cet organisme.</translation>
    </message>
    <message>
        <source>The person has no consent in force to withdraw.</source>
        <translation>La personne n’a aucun consentement en vigueur à retirer.</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation>Consentement retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The register is open read-only: no consent event can be recorded.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: aucun événement de consentement ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Say what happened: given, withdrawn, refused or expired.</source>
        <translation>Indiquez ce qui s’est passé&#xa0;: donné, retiré, refusé ou expiré.</translation>
    </message>
    <message>
        <source>Say how the person expressed it (web form, e-mail, letter, in person…).</source>
        <translation>Indiquez comment la personne l’a exprimé (formulaire web, e-mail, courrier, en personne…).</translation>
    </message>
    <message>
        <source>Give the day and time it happened.</source>
        <translation>Indiquez le jour et l’heure où il a eu lieu.</translation>
    </message>
    <message>
        <source>A consent event is recorded once it has happened, not in the future.</source>
        <translation>Un événement de consentement s’enregistre une fois survenu, pas dans le futur.</translation>
    </message>
    <message>
        <source>The proof document is larger than %1 MB: keep a smaller copy (a PDF, a photo).</source>
        <translation>Le justificatif dépasse %1 Mo&#xa0;: conservez-en une copie plus légère (un PDF, une photo).</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
        <source>Choose one of the purposes of the person&apos;s organization.</source>
        <translation>Choisissez l’une des finalités de l’organisme de la personne.</translation>
    </message>
    <message>
        <source>The privacy policy version is not one of the person&apos;s organization&apos;s.</source>
        <translation>Cette version de la politique de confidentialité n’est pas celle de l’organisme de la personne.</translation>
    </message>
    <message>
        <source>This consent event is no longer in the ledger.</source>
        <translation>Cet événement de consentement n&apos;est plus dans le registre.</translation>
    </message>
</context>
<context>
    <name>pc::ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Where the person stands&lt;/b&gt; — the latest event of each purpose&apos;s history</source>
        <translation>&lt;b&gt;Où en est la personne&lt;/b&gt; — le dernier événement de l’historique de chaque finalité</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>&amp;All purposes</source>
        <translation>&amp;Toutes les finalités</translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation>&amp;Enregistrer un événement…</translation>
    </message>
    <message>
        <source>A consent given, withdrawn or refused in person, by letter, by telephone…, with its proof: added on top of the history</source>
        <translation>Un consentement donné, retiré ou refusé en personne, par courrier, par téléphone…, avec son justificatif&#xa0;: ajouté en tête de l’historique</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>This person&apos;s history (CSV)…</source>
        <translation>L’historique de cette personne (CSV)…</translation>
    </message>
    <message>
        <source>This person&apos;s history (PDF)…</source>
        <translation>L’historique de cette personne (PDF)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every event of the person&apos;s consents, newest first, with their proofs</source>
        <translation>Tous les événements des consentements de la personne, du plus récent au plus ancien, avec leurs justificatifs</translation>
    </message>
    <message>
        <source>Select an event of the ledger to see the person&apos;s consents.</source>
        <translation>Sélectionnez un événement du registre pour voir les consentements de la personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Aucun registre n’est ouvert.</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>jamais demandé</translation>
    </message>
    <message>
        <source>%1, lapsed</source>
        <translation>%1, expiré</translation>
    </message>
    <message>
        <source>does not lapse</source>
        <translation>n’expire pas</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the history</source>
        <translation>
            <numerusform>%n événement dans l’historique</numerusform>
            <numerusform>%n événements dans l’historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded through request %1; %n event(s) in the history</source>
        <translation>
            <numerusform>Enregistré par la demande %1&#xa0;; %n événement dans l’historique</numerusform>
            <numerusform>Enregistré par la demande %1&#xa0;; %n événements dans l’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation>Consentements de %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;History of “%1”&lt;/b&gt; — newest first, %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Historique de «&#xa0;%1&#xa0;»&lt;/b&gt; — du plus récent au plus ancien, %n événement</numerusform>
            <numerusform>&lt;b&gt;Historique de «&#xa0;%1&#xa0;»&lt;/b&gt; — du plus récent au plus ancien, %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;History of every purpose&lt;/b&gt; — newest first, %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Historique de toutes les finalités&lt;/b&gt; — du plus récent au plus ancien, %n événement</numerusform>
            <numerusform>&lt;b&gt;Historique de toutes les finalités&lt;/b&gt; — du plus récent au plus ancien, %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to view the proof</source>
        <translation>Double-cliquez pour voir le justificatif</translation>
    </message>
    <message>
        <source>Recorded before the moment it is dated: a planned or mistyped date</source>
        <translation>Enregistré avant la date qu’il porte&#xa0;: une date prévue ou mal saisie</translation>
    </message>
    <message>
        <source>This document has been destroyed; its fingerprint (SHA-256 %1) remains as proof of what was received.</source>
        <translation>Ce document a été détruit&#xa0;; son empreinte (SHA-256 %1) reste comme preuve de ce qui a été reçu.</translation>
    </message>
    <message>
        <source>Export a consent history</source>
        <translation>Exporter un historique des consentements</translation>
    </message>
    <message>
        <source>consents-person-%1</source>
        <translation>consentements-personne-%1</translation>
    </message>
    <message>
        <source>consents-purpose-%1</source>
        <translation>consentements-finalite-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation>L’historique n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::DashboardView</name>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Impossible de calculer le tableau de bord : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n demande ouverte</numerusform>
            <numerusform>%n demandes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>Demandes par statut</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n heure restante</numerusform>
            <numerusform>%n heures restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Violation %1</translation>
    </message>
    <message>
        <source>Consent rate per purpose</source>
        <translation>Taux de consentement par finalité</translation>
    </message>
    <message>
        <source>Consent given (%)</source>
        <translation>Consentement donné (%)</translation>
    </message>
    <message>
        <source>Processors by country</source>
        <translation>Sous-traitants par pays</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Prochaines échéances</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Retention purges due per month</source>
        <translation>Purges de conservation dues par mois</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A bar of a chart: what it counts, then how many.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, overdue: %2</source>
        <translation>%1, en retard : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 % of %Ln person(s) who decided</source>
        <translation>
            <numerusform>%1 (%2) : %3 % de %Ln personne qui a choisi</numerusform>
            <numerusform>%1 (%2) : %3 % des %Ln personnes qui ont choisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln processor(s), %2 %</source>
        <translation>
            <numerusform>%1 : %Ln sous-traitant, %2 %</numerusform>
            <numerusform>%1 : %Ln sous-traitants, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past due: %Ln retention period(s)</source>
        <translation>
            <numerusform>Échue : %Ln durée de conservation</numerusform>
            <numerusform>Échues : %Ln durées de conservation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln retention period(s) end</source>
        <translation>
            <numerusform>%1 : %Ln durée de conservation prend fin</numerusform>
            <numerusform>%1 : %Ln durées de conservation prennent fin</numerusform>
        </translation>
    </message>
    <message>
        <source>Review of the impact assessment “%1”</source>
        <translation>Révision de l&apos;analyse d&apos;impact « %1 »</translation>
    </message>
    <message>
        <source>Action of the impact assessment “%1”</source>
        <translation>Action de l&apos;analyse d&apos;impact « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n impact assessment review(s) or action(s) within 30 days</source>
        <translation>
            <numerusform>%n révision ou action d&apos;analyse d&apos;impact sous 30 jours</numerusform>
            <numerusform>%n révisions ou actions d&apos;analyses d&apos;impact sous 30 jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::Database</name>
    <message>
        <source>The database %1 was written by a newer version of Privacy Console (schema %2; this version knows schema %3 at most). Nothing was changed: update Privacy Console to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Privacy Console (schéma %2 ; cette version connaît au plus le schéma %3). Rien n&apos;a été modifié : mettez à jour Privacy Console pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation>Impossible de lire le fichier de base de données %1 : permission refusée.</translation>
    </message>
    <message>
        <source>%1 is not a Privacy Console database (not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données Privacy Console (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: it cannot be changed.</source>
        <translation>Le fichier de base de données %1 est en lecture seule : il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Aucune base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database needs to write its journal there.</source>
        <translation>Le dossier %1 est en lecture seule : la base de données doit pouvoir y écrire son journal.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL pour Qt n&apos;est pas installé (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation>Impossible de se connecter au serveur PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Privacy Console database: %2</source>
        <translation>%1 n&apos;est pas une base de données Privacy Console : %2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Impossible de passer la base de données %1 en journalisation anticipée (WAL) : %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>The change was cancelled: an inner step failed.</source>
        <translation>La modification a été annulée : une étape interne a échoué.</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
    <message>
        <source>%1 holds tables of another application (%2); Privacy Console will not change it.</source>
        <translation>%1 contient des tables d&apos;une autre application (%2) ; Privacy Console n&apos;y apportera aucune modification.</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation>la base de données est occupée par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the disk could not be written (%1)</source>
        <translation>impossible d&apos;écrire sur le disque (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pc::DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>d</source>
        <comment>letter for a day in a date pattern, as in dd/mm/yyyy</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>m</source>
        <comment>letter for a month in a date pattern, as in dd/mm/yyyy</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>y</source>
        <comment>letter for a year in a date pattern, as in dd/mm/yyyy</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>h</source>
        <comment>letter for an hour in a time pattern, as in hh:mm</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>m</source>
        <comment>letter for a minute in a time pattern, as in hh:mm</comment>
        <translation>m</translation>
    </message>
</context>
<context>
    <name>pc::DeadlineRulesDialog</name>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Deadline rules and public holidays</source>
        <translation>Règles de délai et jours fériés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>A period ending on a weekend or public holiday ends on the next working day</source>
        <translation>Un délai qui expire un samedi, un dimanche ou un jour férié est prorogé au jour ouvrable suivant</translation>
    </message>
    <message>
        <source>no fixed number of hours</source>
        <translation>pas de nombre d’heures fixé</translation>
    </message>
    <message>
        <source> hours</source>
        <translation>&#xa0;heures</translation>
    </message>
    <message>
        <source>&amp;Save the rule</source>
        <translation>&amp;Enregistrer la règle</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped rule</source>
        <translation>&amp;Rétablir la règle livrée</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Loi applicable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;website:</source>
        <translation>&amp;Site de l’autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Answer &amp;within:</source>
        <translation>Répondre &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Cited from:</source>
        <translation>Selon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Prolongation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Breach notified within:</source>
        <translation>Violation &amp;notifiée sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Nom du jour férié</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Save the year&apos;s list</source>
        <translation>&amp;Enregistrer la liste de l’année</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>The law settles these deadlines: they are shown with the articles they come from and cannot be changed.</source>
        <translation>La loi fixe ces délais&#xa0;: ils sont présentés avec les articles dont ils découlent et ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Your own reading of the law, kept in the register. Check it when the law or its decrees change.</source>
        <translation>Votre propre lecture de la loi, conservée dans le registre. Vérifiez-la lorsque la loi ou ses décrets changent.</translation>
    </message>
    <message>
        <source>The default shipped with the application, from the best sources known to it. Check it against the law and save your own reading when it differs.</source>
        <translation>La règle livrée avec l’application, tirée des meilleures sources connues. Vérifiez-la au regard de la loi et enregistrez votre propre lecture si elle diffère.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n open request(s) have a new due date.</source>
        <translation>
            <numerusform>Enregistré. %n demande ouverte a une nouvelle échéance.</numerusform>
            <numerusform>Enregistré. %n demandes ouvertes ont une nouvelle échéance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. No open request&apos;s due date changes.</source>
        <translation>Enregistré. L’échéance d’aucune demande ouverte ne change.</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Restore the shipped rule</source>
        <translation>Rétablir la règle livrée</translation>
    </message>
    <message>
        <source>Forget your own reading of the law of %1 and compute its deadlines with the rule shipped with the application?</source>
        <translation>Oublier votre lecture de la loi pour %1 et calculer ses délais avec la règle livrée avec l’application&#xa0;?</translation>
    </message>
    <message>
        <source>The holidays the law fixes are computed for every year. Add the days off declared for one year only (a holiday moved by decree, an election day).</source>
        <translation>Les jours fériés fixés par la loi sont calculés pour chaque année. Ajoutez les jours chômés décidés pour une seule année (un jour férié déplacé par décret, un jour d’élection).</translation>
    </message>
    <message>
        <source>The holidays of this country follow the moon or a yearly decision: check this list against the government&apos;s announcement each year. A year without a list counts only weekends as days off.</source>
        <translation>Les jours fériés de ce pays suivent la lune ou une décision annuelle&#xa0;: vérifiez cette liste chaque année au regard de l’annonce du gouvernement. Une année sans liste ne compte que les fins de semaine comme jours chômés.</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>the law, computed</source>
        <translation>la loi, calculé</translation>
    </message>
    <message>
        <source>Write the holiday&apos;s date as %1.</source>
        <translation>Écrivez la date du jour férié sous la forme %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of %2: choose that year first.</source>
        <translation>Le %1 n’est pas un jour de %2&#xa0;: choisissez d’abord cette année.</translation>
    </message>
    <message>
        <source>Name the holiday.</source>
        <translation>Donnez un nom au jour férié.</translation>
    </message>
    <message>
        <source>%1 is already a holiday.</source>
        <translation>Le %1 est déjà un jour férié.</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Save the year&apos;s list</source>
        <translation>Enregistrer la liste de l’année</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation>Vos modifications pour %1 ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pc::DeadlineWatch</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) today or overdue</source>
        <translation>
            <numerusform>%n échéance aujourd&apos;hui ou dépassée</numerusform>
            <numerusform>%n échéances aujourd&apos;hui ou dépassées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::DemoGenerator</name>
    <message>
        <source>The database already holds the demo organization “%1”; load the demo into a new database.</source>
        <translation>La base de données contient déjà l&apos;organisme de démonstration « %1 » ; chargez la démonstration dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Demo retention rule “%1”: %2</source>
        <translation>Règle de conservation de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>Demo category “%1”: %2</source>
        <translation>Catégorie de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>Demo data category “%1”: %2</source>
        <translation>Catégorie de données de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>Demo processor “%1”: %2</source>
        <translation>Sous-traitant de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>The demo data names a sub-processor whose parent is missing.</source>
        <translation>Les données de démonstration mentionnent un sous-traitant ultérieur dont le sous-traitant de rang supérieur est absent.</translation>
    </message>
    <message>
        <source>The demo activity “%1” refers to an unknown category or processor.</source>
        <translation>L&apos;activité de démonstration « %1 » fait référence à une catégorie ou à un sous-traitant inconnu.</translation>
    </message>
    <message>
        <source>Demo activity “%1”: %2</source>
        <translation>Activité de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>Demo consent purpose “%1”: %2</source>
        <translation>Finalité de consentement de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>The demo data of “%1” has no names or categories of people.</source>
        <translation>Les données de démonstration de « %1 » ne contiennent ni noms ni catégories de personnes.</translation>
    </message>
    <message>
        <source>Demo request %1: %2</source>
        <translation>Demande de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>The number of people must not be negative.</source>
        <translation>Le nombre de personnes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The demo reference date is not a valid date.</source>
        <translation>La date de référence de la démonstration n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The demo organizations are missing from this build.</source>
        <translation>Les organismes de démonstration ne sont pas inclus dans cette version.</translation>
    </message>
    <message>
        <source>The demo organizations cannot be read: %1</source>
        <translation>Impossible de lire les organismes de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>pc::DocumentViewer</name>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>This PDF cannot be read; save a copy to open it elsewhere.</source>
        <translation>Ce PDF est illisible&#xa0;; enregistrez-en une copie pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>This image cannot be read; save a copy to open it elsewhere.</source>
        <translation>Cette image est illisible&#xa0;; enregistrez-en une copie pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>This kind of document cannot be shown here; save a copy to open it elsewhere.</source>
        <translation>Ce type de document ne peut pas être affiché ici&#xa0;; enregistrez-en une copie pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
</context>
<context>
    <name>pc::DpiaEditor</name>
    <message>
        <source>Not given yet</source>
        <translation>Pas encore donné</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Aucun registre n’est ouvert.</translation>
    </message>
    <message>
        <source>Give the assessment a name.</source>
        <translation>Donnez un nom à l&apos;analyse.</translation>
    </message>
    <message>
        <source>Tick the processing activities it covers.</source>
        <translation>Cochez les traitements qu&apos;elle couvre.</translation>
    </message>
    <message>
        <source>Estimate how severe this risk is.</source>
        <translation>Estimez la gravité de ce risque.</translation>
    </message>
    <message>
        <source>Estimate how likely this risk is.</source>
        <translation>Estimez la vraisemblance de ce risque.</translation>
    </message>
    <message>
        <source>Name who validated the assessment.</source>
        <translation>Indiquez qui a validé l&apos;analyse.</translation>
    </message>
    <message>
        <source>Give the day of the controller&apos;s decision.</source>
        <translation>Indiquez le jour de la décision du responsable du traitement.</translation>
    </message>
    <message>
        <source>Set a day to review the assessment.</source>
        <translation>Fixez une date de révision de l&apos;analyse.</translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion is sought before validating.</source>
        <translation>L&apos;avis du DPO est recueilli avant la validation.</translation>
    </message>
    <message>
        <source>The decision cannot be dated in the future.</source>
        <translation>La décision ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>The review comes after the decision.</source>
        <translation>La révision vient après la décision.</translation>
    </message>
    <message>
        <source>Say why the people concerned were not asked for their opinion.</source>
        <translation>Dites pourquoi l&apos;avis des personnes concernées n&apos;a pas été demandé.</translation>
    </message>
    <message>
        <source>Say why the assessment was rejected.</source>
        <translation>Dites pourquoi l&apos;analyse a été refusée.</translation>
    </message>
    <message>
        <source>%1 (new version)</source>
        <translation>%1 (nouvelle version)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Activities covered:</source>
        <translation>Traitements couverts :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Rédigée par :</translation>
    </message>
    <message>
        <source>Evaluated by:</source>
        <translation>Évaluée par :</translation>
    </message>
    <message>
        <source>Validated by:</source>
        <translation>Validée par :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>The measures that protect the data, as they are or will be applied</source>
        <translation>Les mesures qui protègent les données, telles qu&apos;elles sont ou seront appliquées</translation>
    </message>
    <message>
        <source>Risk map: a circle where the measures leave each risk, a square where the action plan will take it</source>
        <translation>Cartographie : un rond là où les mesures laissent chaque risque, un carré là où le plan d&apos;action le mènera</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Délégué à la protection des données :</translation>
    </message>
    <message>
        <source>DPO&apos;s opinion:</source>
        <translation>Avis du DPO :</translation>
    </message>
    <message>
        <source>Its reasons:</source>
        <translation>Ses motifs :</translation>
    </message>
    <message>
        <source>People concerned:</source>
        <translation>Personnes concernées :</translation>
    </message>
    <message>
        <source>Their opinion:</source>
        <translation>Leur avis :</translation>
    </message>
    <message>
        <source>Why not asked:</source>
        <translation>Pourquoi non demandé :</translation>
    </message>
    <message>
        <source>What they think:</source>
        <translation>Ce qu&apos;elles en pensent :</translation>
    </message>
    <message>
        <source>How it was sought:</source>
        <translation>Comment il a été recueilli :</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Décidée le :</translation>
    </message>
    <message>
        <source>To review by:</source>
        <translation>À revoir avant le :</translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation>Motif du refus :</translation>
    </message>
    <message>
        <source>Changes made since:</source>
        <translation>Modifications apportées depuis :</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>Evaluation of the risk “%1”</source>
        <translation>Évaluation du risque « %1 »</translation>
    </message>
    <message>
        <source>Evaluation of “%1”</source>
        <translation>Évaluation de « %1 »</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>L&apos;analyse</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>pc::DpiaRepository</name>
    <message>
        <source>An impact assessment needs a name.</source>
        <translation>Une analyse d&apos;impact doit avoir un nom.</translation>
    </message>
    <message>
        <source>An impact assessment belongs to an organization.</source>
        <translation>Une analyse d&apos;impact appartient à un organisme.</translation>
    </message>
    <message>
        <source>The assessment names a measure it does not hold (%1).</source>
        <translation>L&apos;analyse cite une mesure qu&apos;elle ne contient pas (%1).</translation>
    </message>
    <message>
        <source>There is no impact assessment %1.</source>
        <translation>Il n&apos;y a pas d&apos;analyse d&apos;impact %1.</translation>
    </message>
    <message>
        <source>There is no processing activity %1.</source>
        <translation>Il n&apos;y a pas de traitement %1.</translation>
    </message>
    <message>
        <source>A screening answers each of the nine criteria.</source>
        <translation>Une évaluation répond à chacun des neuf critères.</translation>
    </message>
    <message>
        <source>A screening cannot be dated in the future.</source>
        <translation>Une évaluation ne peut pas être datée dans le futur.</translation>
    </message>
</context>
<context>
    <name>pc::Erasure</name>
    <message>
        <source>A legal hold is in force for this person: lift it before erasing their data.</source>
        <translation>Une conservation pour motif légal est en cours pour cette personne&#xa0;: levez-la avant d’effacer ses données.</translation>
    </message>
    <message numerus="yes">
        <source>Tombstone %1, %n row(s)</source>
        <translation>
            <numerusform>Trace d’effacement %1, %n ligne</numerusform>
            <numerusform>Trace d’effacement %1, %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is open read-only: nothing can be erased.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: rien ne peut être effacé.</translation>
    </message>
</context>
<context>
    <name>pc::EvaluationField</name>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Action plan:</source>
        <translation>Plan d&apos;action :</translation>
    </message>
    <message>
        <source>In charge:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Once done:</source>
        <translation>Une fois fait :</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>vraisemblance</translation>
    </message>
    <message>
        <source>How the part stands: to correct (the editors must complete it), to improve (measures to add, in the action plan) or acceptable.</source>
        <translation>Où en est la partie : à corriger (les rédacteurs doivent la compléter), améliorable (mesures à ajouter, dans le plan d&apos;action) ou acceptable.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a gauge and its value</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pc::HealthCheck</name>
    <message>
        <source>%1: constraint %2 is not validated</source>
        <translation>%1 : la contrainte %2 n&apos;est pas validée</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>%1, ligne %2 : référence à une ligne absente de %3</translation>
    </message>
</context>
<context>
    <name>pc::IdAccessDialog</name>
    <message>
        <source>Access to identity document copies</source>
        <translation>Accès aux copies de pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Copies of identity documents are kept encrypted in the register until the identity check. Officers given access read them from any desk; viewers never do, and a backup never holds them. An officer gets a key the first time they open the register; an officer who holds the vault key then gives them access here.</source>
        <translation>Les copies de pièces d&apos;identité sont conservées chiffrées dans le registre jusqu&apos;à la vérification d&apos;identité. Les délégués qui en ont reçu l&apos;accès les lisent depuis n&apos;importe quel poste ; les lecteurs jamais, et une sauvegarde ne les contient jamais. Un délégué reçoit une clé la première fois qu&apos;il ouvre le registre ; un délégué qui détient la clé du coffre lui donne alors l&apos;accès ici.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Identity document copies</source>
        <translation>Copies de pièces d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>&amp;Donner l&apos;accès</translation>
    </message>
    <message>
        <source>You hold the vault key: you may give access to the officers who wait for it.</source>
        <translation>Vous détenez la clé du coffre : vous pouvez donner l&apos;accès aux délégués qui l&apos;attendent.</translation>
    </message>
    <message>
        <source>You have not been given access yet: an officer who holds the vault key gives it to you here, on their desk.</source>
        <translation>Vous n&apos;avez pas encore reçu l&apos;accès : un délégué qui détient la clé du coffre vous le donne ici, depuis son poste.</translation>
    </message>
    <message>
        <source>Never (viewers read the registers only)</source>
        <translation>Jamais (les lecteurs ne font que lire les registres)</translation>
    </message>
    <message>
        <source>Reads them</source>
        <translation>Les lit</translation>
    </message>
    <message>
        <source>Waiting to be given access</source>
        <translation>Attend l&apos;accès</translation>
    </message>
    <message>
        <source>Has not opened the register yet</source>
        <translation>N&apos;a pas encore ouvert le registre</translation>
    </message>
</context>
<context>
    <name>pc::IdentityCheckDialog</name>
    <message>
        <source>Record the identity check</source>
        <translation>Enregistrer la vérification d&apos;identité</translation>
    </message>
    <message>
        <source>No copy of an identity document is kept with %1: record how the identity was checked.</source>
        <translation>Aucune copie de pièce d&apos;identité n&apos;est conservée avec %1&#xa0;: indiquez comment l&apos;identité a été vérifiée.</translation>
    </message>
    <message>
        <source>Only the last four characters of the document&apos;s number are kept.</source>
        <translation>Seuls les quatre derniers caractères du numéro de la pièce sont conservés.</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>Vérifiée le&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Pièce&#xa0;:</translation>
    </message>
    <message>
        <source>Last characters of its number:</source>
        <translation>Derniers caractères de son numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Vérifiée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record and destroy the copies</source>
        <translation>&amp;Enregistrer et détruire les copies</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Reading the identity document&apos;s machine-readable zone…</source>
        <translation>Lecture de la bande lisible par machine de la pièce d&apos;identité…</translation>
    </message>
    <message>
        <source>Give the day the identity was checked.</source>
        <translation>Indiquez le jour où l&apos;identité a été vérifiée.</translation>
    </message>
    <message>
        <source>The check cannot be dated in the future.</source>
        <translation>La vérification ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>The check cannot be dated before the request was received (%1).</source>
        <translation>La vérification ne peut pas être antérieure à la réception de la demande (%1).</translation>
    </message>
    <message>
        <source>Say who checked the identity.</source>
        <translation>Indiquez qui a vérifié l&apos;identité.</translation>
    </message>
    <message numerus="yes">
        <source>Recording the check destroys %n identity document copy(ies) kept with %1: only what is below remains, as the CNIL asks.</source>
        <translation>
            <numerusform>Enregistrer la vérification détruit la copie de pièce d&apos;identité conservée avec %1&#xa0;: seul ce qui suit est gardé, comme le demande la CNIL.</numerusform>
            <numerusform>Enregistrer la vérification détruit les %n copies de pièces d&apos;identité conservées avec %1&#xa0;: seul ce qui suit est gardé, comme le demande la CNIL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ImportDialog</name>
    <message>
        <source>Import request letters</source>
        <translation>Importer des lettres de demande</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Interrompre la lecture</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>Texte lu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The deadline runs from the day the letter arrived, not from its date.</source>
        <translation>Le délai court à partir du jour où la lettre est arrivée, pas de sa date.</translation>
    </message>
    <message>
        <source>Keep the copy, encrypted, until the identity check (then it is destroyed)</source>
        <translation>Garder la copie, chiffrée, jusqu’à la vérification d’identité (elle est ensuite détruite)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressée à</translation>
    </message>
    <message>
        <source>Rights asked</source>
        <translation>Droits demandés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>Lettre datée du</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <source>Create the request</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Passer ce fichier</translation>
    </message>
    <message>
        <source>No request was created from these files.</source>
        <translation>Aucune demande n’a été créée à partir de ces fichiers.</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Lecture de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3) could not be imported.</source>
        <translation>%1 (%2 sur %3) n’a pas pu être importé.</translation>
    </message>
    <message>
        <source>Next file</source>
        <translation>Fichier suivant</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>read with %1 % confidence</source>
        <translation>lu avec une confiance de %1 %</translation>
    </message>
    <message>
        <source>Not found in the letter</source>
        <translation>Introuvable dans la lettre</translation>
    </message>
    <message>
        <source>The holder&apos;s name matches the requester&apos;s.</source>
        <translation>Le nom du titulaire correspond à celui du demandeur.</translation>
    </message>
    <message>
        <source>The holder&apos;s name does not match the requester&apos;s.</source>
        <translation>Le nom du titulaire ne correspond pas à celui du demandeur.</translation>
    </message>
    <message>
        <source>On page %1 of the letter: the letter is kept without that page.</source>
        <translation>En page %1 de la lettre&#xa0;: la lettre est conservée sans cette page.</translation>
    </message>
    <message>
        <source>No identity document was found with this letter.</source>
        <translation>Aucune pièce d’identité n’a été trouvée avec cette lettre.</translation>
    </message>
    <message>
        <source>A date is not one: correct it or leave it empty.</source>
        <translation>Une date n’en est pas une&#xa0;: corrigez-la ou laissez-la vide.</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>%1: the request will be linked to this person.</source>
        <translation>%1 : la demande sera rattachée à cette personne.</translation>
    </message>
    <message>
        <source>Nothing: every value found was read clearly.</source>
        <translation>Rien : chaque valeur trouvée a été lue nettement.</translation>
    </message>
    <message>
        <source>No one in the register has this e-mail address.</source>
        <translation>Personne dans le registre n’a cette adresse électronique.</translation>
    </message>
    <message>
        <source>No e-mail address was read: nothing to look up.</source>
        <translation>Aucune adresse électronique lue : rien à rechercher.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the form, then what to check in it</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pc::LetterDialog</name>
    <message>
        <source>Letter for %1</source>
        <translation>Courrier pour %1</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Courrier&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF on the request</source>
        <translation>&amp;Enregistrer en PDF sur la demande</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Replace the text you edited with the new letter?</source>
        <translation>Remplacer le texte modifié par le nouveau courrier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>Signed in to Privacy Console %1</source>
        <translation>Connexion à Privacy Console %1</translation>
    </message>
    <message>
        <source>About Privacy Console</source>
        <translation>À propos de Privacy Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Privacy Console %1&lt;/h3&gt;&lt;p&gt;The privacy officer&apos;s register of processing activities, data subjects, consents, rights requests, processors and retention.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Privacy Console %1&lt;/h3&gt;&lt;p&gt;Le registre du délégué à la protection des données : activités de traitement, personnes concernées, consentements, demandes d&apos;exercice de droits, sous-traitants et durées de conservation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy Console</source>
        <translation>Privacy Console</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Load &amp;demo organizations…</source>
        <translation>Charger les organismes de &amp;démonstration…</translation>
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
        <source>&amp;Next register</source>
        <translation>Registre &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous register</source>
        <translation>Registre &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Privacy Console</source>
        <translation>À &amp;propos de Privacy Console</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Privacy Console databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Privacy Console (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading the demo organizations…</source>
        <translation>Chargement des organismes de démonstration…</translation>
    </message>
    <message>
        <source>Demo organizations</source>
        <translation>Organismes de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo organization(s).</source>
        <translation>
            <numerusform>%n organisme de démonstration chargé.</numerusform>
            <numerusform>%n organismes de démonstration chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Organization details…</source>
        <translation>Fiche de l’&amp;organisme…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;New processor</source>
        <translation>&amp;Nouveau sous-traitant</translation>
    </message>
    <message>
        <source>&amp;New retention rule</source>
        <translation>&amp;Nouvelle règle de conservation</translation>
    </message>
    <message>
        <source>&amp;New breach</source>
        <translation>&amp;Nouvelle violation</translation>
    </message>
    <message>
        <source>Show only “%1” in %2</source>
        <translation>N’afficher que «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>Show only the rows whose %1 is…</source>
        <translation>N’afficher que les lignes dont %1 est…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>%1 equal to:</source>
        <translation>%1 égal à&#xa0;:</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1&#xa0;: tous</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Discard them?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the organization the new record belongs to in the toolbar first.</source>
        <translation>Choisissez d’abord dans la barre d’outils l’organisme auquel appartient le nouvel enregistrement.</translation>
    </message>
    <message>
        <source>The record cannot be saved</source>
        <translation>L’enregistrement ne peut pas être sauvegardé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1” from the register? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du registre&#xa0;? Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Fiche de l’organisme</translation>
    </message>
    <message>
        <source>%1 rows are too many to sort by %2: narrow them first (organization, search, filter).</source>
        <translation>%1&#xa0;lignes, c’est trop pour les trier par %2&#xa0;: réduisez-les d’abord (organisme, recherche, filtre).</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>&amp;Deadline rules and holidays…</source>
        <translation>Règles de &amp;délai et jours fériés…</translation>
    </message>
    <message>
        <source>&amp;Import request letters…</source>
        <translation>&amp;Importer des lettres de demande…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of letters…</source>
        <translation>Importer un &amp;dossier de lettres…</translation>
    </message>
    <message>
        <source>Import request letters</source>
        <translation>Importer des lettres de demande</translation>
    </message>
    <message>
        <source>Letters and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Lettres et numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of letters</source>
        <translation>Importer un dossier de lettres</translation>
    </message>
    <message>
        <source>There is no PDF or scan (PNG, JPEG, TIFF) to import there.</source>
        <translation>Il n’y a là aucun PDF ni aucune numérisation (PNG, JPEG, TIFF) à importer.</translation>
    </message>
    <message>
        <source>The identity document copies whose time has come could not be destroyed: %1</source>
        <translation>Les copies de pièces d&apos;identité arrivées à échéance n&apos;ont pas pu être détruites&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) destroyed: the requests they came with are due.</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité détruite&#xa0;: la demande qu&apos;elle accompagnait est échue.</numerusform>
            <numerusform>%n copies de pièces d&apos;identité détruites&#xa0;: les demandes qu&apos;elles accompagnaient sont échues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention countdown</source>
        <translation>Échéances de conservation</translation>
    </message>
    <message>
        <source>Import &amp;consents from a CSV file…</source>
        <translation>Importer des &amp;consentements depuis un fichier CSV…</translation>
    </message>
    <message>
        <source>Record &amp;lapsed consents…</source>
        <translation>Enregistrer les consentements &amp;expirés…</translation>
    </message>
    <message>
        <source>&amp;Privacy policy versions…</source>
        <translation>Versions de la &amp;politique de confidentialité…</translation>
    </message>
    <message>
        <source>Export this person&apos;s consent history (CSV)…</source>
        <translation>Exporter l’historique des consentements de cette personne (CSV)…</translation>
    </message>
    <message>
        <source>Export this person&apos;s consent history (PDF)…</source>
        <translation>Exporter l’historique des consentements de cette personne (PDF)…</translation>
    </message>
    <message>
        <source>Export this purpose&apos;s consent history (CSV)…</source>
        <translation>Exporter l’historique des consentements de cette finalité (CSV)…</translation>
    </message>
    <message>
        <source>Export this purpose&apos;s consent history (PDF)…</source>
        <translation>Exporter l’historique des consentements de cette finalité (PDF)…</translation>
    </message>
    <message>
        <source>Consent history written to %1</source>
        <translation>Historique des consentements écrit dans %1</translation>
    </message>
    <message>
        <source>Lapsed consents</source>
        <translation>Consentements expirés</translation>
    </message>
    <message>
        <source>No consent has outlived its purpose&apos;s period.</source>
        <translation>Aucun consentement n’a dépassé la durée de sa finalité.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) recorded as expired.</source>
        <translation>
            <numerusform>%n consentement enregistré comme expiré.</numerusform>
            <numerusform>%n consentements enregistrés comme expirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consents older than their purpose&apos;s period (13 months for cookies, for instance): %n. Record them as expired, each dated the day it lapsed?</source>
        <translation>
            <numerusform>Consentements plus anciens que la durée de leur finalité (13 mois pour les cookies, par exemple)&#xa0;: %n. Les enregistrer comme expirés, chacun daté du jour de son expiration&#xa0;?</numerusform>
            <numerusform>Consentements plus anciens que la durée de leur finalité (13 mois pour les cookies, par exemple)&#xa0;: %n. Les enregistrer comme expirés, chacun daté du jour de son expiration&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent event recorded.</source>
        <translation>Événement de consentement enregistré.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>&amp;Reports and printing…</source>
        <translation>&amp;Rapports et impression…</translation>
    </message>
    <message>
        <source>The connection is not encrypted: on a network, ask for TLS on the server and add ?sslmode=require to the address.</source>
        <translation>La connexion n’est pas chiffrée&#xa0;: sur un réseau, demandez TLS sur le serveur et ajoutez&#xa0;?sslmode=require à l’adresse.</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1).</source>
        <translation>La connexion est chiffrée (%1).</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Your role (%1) reads the registers and changes nothing.</source>
        <translation>Votre rôle (%1) consulte les registres et ne modifie rien.</translation>
    </message>
    <message>
        <source>Changes made by other officers will show only when a register is opened again.</source>
        <translation>Les modifications des autres délégués n’apparaîtront qu’à la prochaine ouverture d’un registre.</translation>
    </message>
    <message>
        <source>Connection to the server lost — trying again; what is on screen is kept</source>
        <translation>Connexion au serveur perdue — nouvelle tentative&#xa0;; ce qui est à l’écran est conservé</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <source>Your organization is in the register: add its processing activities next (Processing register, Ctrl+N).</source>
        <translation>Votre organisation est dans le registre&#xa0;: ajoutez maintenant ses activités de traitement (Registre des activités de traitement, Ctrl+N).</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>People and consents</source>
        <translation>Personnes et consentements</translation>
    </message>
    <message>
        <source>Requests and breaches</source>
        <translation>Demandes et violations</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>Fiche &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>Fiche &amp;précédente</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistrée)</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous record (Ctrl+Page Up)</source>
        <translation>Fiche précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next record (Ctrl+Page Down)</source>
        <translation>Fiche suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Fiche précédente</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Fiche suivante</translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation>Parties de la fiche</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Colonnes affichées</translation>
    </message>
    <message>
        <source>Fit the columns to the window</source>
        <translation>Ajuster les colonnes à la fenêtre</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Beside the worklist: the open requests past their deadline, and those due soon.</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue</source>
        <translation>
            <numerusform>%n demande en retard</numerusform>
            <numerusform>%n demandes en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within five working days</source>
        <translation>
            <numerusform>%n à traiter sous cinq jours ouvrés</numerusform>
            <numerusform>%n à traiter sous cinq jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) to notify to the authority</source>
        <translation>
            <numerusform>%n violation à notifier à l&apos;autorité</numerusform>
            <numerusform>%n violations à notifier à l&apos;autorité</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n hors délai</numerusform>
            <numerusform>%n hors délai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) ended: the purge is due</source>
        <translation>
            <numerusform>%n durée de conservation échue : la purge est due</numerusform>
            <numerusform>%n durées de conservation échues : la purge est due</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) moved from this computer&apos;s folder into the register.</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité transférée du dossier de cet ordinateur dans le registre.</numerusform>
            <numerusform>%n copies de pièces d&apos;identité transférées du dossier de cet ordinateur dans le registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) stay in the folder of the desk that received them, until their officer opens the register there.</source>
        <translation>
            <numerusform>%n copie reste dans le dossier du poste qui l&apos;a reçue, jusqu&apos;à ce que son délégué y ouvre le registre.</numerusform>
            <numerusform>%n copies restent dans le dossier du poste qui les a reçues, jusqu&apos;à ce que leur délégué y ouvre le registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Access to identity document copies…</source>
        <translation>&amp;Accès aux copies de pièces d&apos;identité…</translation>
    </message>
    <message>
        <source>Import a &amp;register…</source>
        <translation>Importer un &amp;registre…</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Importer un registre</translation>
    </message>
    <message>
        <source>Register imported. Activities created: %1; updated: %2.</source>
        <translation>Registre importé. Activités créées : %1 ; mises à jour : %2.</translation>
    </message>
    <message>
        <source>&amp;Export the register…</source>
        <translation>&amp;Exporter le registre…</translation>
    </message>
    <message>
        <source>&amp;New impact assessment</source>
        <translation>&amp;Nouvelle analyse d&apos;impact</translation>
    </message>
    <message>
        <source>Screen for an impact assessment</source>
        <translation>Évaluer le besoin d&apos;une analyse d&apos;impact</translation>
    </message>
    <message>
        <source>Save the activity&apos;s changes first.</source>
        <translation>Enregistrez d&apos;abord les modifications du traitement.</translation>
    </message>
    <message>
        <source>Screening recorded: %1</source>
        <translation>Évaluation enregistrée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) or action(s) of impact assessments past their day</source>
        <translation>
            <numerusform>%n révision ou action d&apos;analyse d&apos;impact en retard</numerusform>
            <numerusform>%n révisions ou actions d&apos;analyses d&apos;impact en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impact assessment(s) to review within 30 days</source>
        <translation>
            <numerusform>%n analyse d&apos;impact à revoir dans les 30 jours</numerusform>
            <numerusform>%n analyses d&apos;impact à revoir dans les 30 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an impact assessment</source>
        <translation>Importer une analyse d&apos;impact</translation>
    </message>
    <message>
        <source>Choose the organization the assessment belongs to in the toolbar first.</source>
        <translation>Choisissez d&apos;abord dans la barre d&apos;outils l&apos;organisme auquel appartient l&apos;analyse.</translation>
    </message>
    <message>
        <source>CNIL PIA tool files (*.json)</source>
        <translation>Fichiers de l&apos;outil PIA de la CNIL (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>“%1” imported: tick the activities it covers.</source>
        <translation>« %1 » importée : cochez les traitements qu&apos;elle couvre.</translation>
    </message>
    <message>
        <source>Import an impact assess&amp;ment (CNIL PIA tool)…</source>
        <translation>Importer une analyse d&apos;i&amp;mpact (outil PIA de la CNIL)…</translation>
    </message>
    <message>
        <source>Notify the authority</source>
        <translation>Notifier l&apos;autorité</translation>
    </message>
    <message>
        <source>Save the breach&apos;s changes first: the notification is written from its saved record.</source>
        <translation>Enregistrez d&apos;abord les modifications de la violation : la notification s&apos;écrit à partir de sa fiche enregistrée.</translation>
    </message>
    <message>
        <source>%1 recorded as sent on %2.</source>
        <translation>%1 enregistrée comme envoyée le %2.</translation>
    </message>
    <message>
        <source>Letters to the people concerned</source>
        <translation>Courriers aux personnes concernées</translation>
    </message>
    <message>
        <source>Save the breach&apos;s changes first: the letters are written from its saved record.</source>
        <translation>Enregistrez d&apos;abord les modifications de la violation : les courriers s&apos;écrivent à partir de sa fiche enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) recorded as told.</source>
        <translation>
            <numerusform>%n personne enregistrée comme informée.</numerusform>
            <numerusform>%n personnes enregistrées comme informées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) today or overdue: see the worklist and the dashboard.</source>
        <translation>
            <numerusform>%n échéance aujourd&apos;hui ou dépassée : voyez la liste À traiter et le tableau de bord.</numerusform>
            <numerusform>%n échéances aujourd&apos;hui ou dépassées : voyez la liste À traiter et le tableau de bord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::MeasureList</name>
    <message>
        <source>A measure of your own</source>
        <translation>Une mesure à vous</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Measures on the data</source>
        <translation>Mesures portant sur les données</translation>
    </message>
    <message>
        <source>General security measures</source>
        <translation>Mesures générales de sécurité</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>The measure</source>
        <translation>La mesure</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this measure and its evaluation</source>
        <translation>Retirer cette mesure et son évaluation</translation>
    </message>
</context>
<context>
    <name>pc::Migrator</name>
    <message>
        <source>The database is open read-only; its schema cannot be upgraded.</source>
        <translation>La base de données est ouverte en lecture seule ; son schéma ne peut pas être mis à niveau.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, and was undone: %3</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 (%2) a échoué et a été annulée : %3</translation>
    </message>
    <message>
        <source>A row of %1 refers to a row that is no longer there.</source>
        <translation>Une ligne de %1 renvoie à une ligne qui n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>pc::Navigation</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pc::NoticeDialog</name>
    <message>
        <source>Notify the authority of %1</source>
        <translation>Notifier %1 à l&apos;autorité</translation>
    </message>
    <message>
        <source>Notification:</source>
        <translation>Notification :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Motifs du &amp;retard :</translation>
    </message>
    <message>
        <source>What it &amp;adds:</source>
        <translation>Ce qu&apos;elle &amp;ajoute :</translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;reference:</source>
        <translation>Ré&amp;férence de l&apos;autorité :</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;text…</source>
        <translation>Enregistrer en &amp;texte…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>Enregistrer comme &amp;envoyée</translation>
    </message>
    <message numerus="yes">
        <source>Initial notification, %n hour(s) after its deadline (%1): the reasons for the delay are required.</source>
        <translation>
            <numerusform>Notification initiale, %n heure après son échéance (%1) : les motifs du retard sont obligatoires.</numerusform>
            <numerusform>Notification initiale, %n heures après son échéance (%1) : les motifs du retard sont obligatoires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Initial notification.</source>
        <translation>Notification initiale.</translation>
    </message>
    <message>
        <source>Follow-up notification no. %1, completing the initial notification of %2.</source>
        <translation>Notification complémentaire n° %1, qui complète la notification initiale du %2.</translation>
    </message>
    <message>
        <source>Not known yet: %1.</source>
        <translation>Pas encore connu : %1.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Save the notification as PDF</source>
        <translation>Enregistrer la notification en PDF</translation>
    </message>
    <message>
        <source>Save the notification as text</source>
        <translation>Enregistrer la notification en texte</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <source>Copy “%1” for the authority&apos;s form</source>
        <translation>Copier « %1 » pour le formulaire de l&apos;autorité</translation>
    </message>
</context>
<context>
    <name>pc::OrganizationDialog</name>
    <message>
        <source>“%1” has unsaved changes. Discard them?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Fiche de l’organisme</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;New organization</source>
        <translation>&amp;Nouvel organisme</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>pc::OrganizationEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>Numéro d’&amp;immatriculation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Loi applicable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Policy language:</source>
        <translation>Langue de la &amp;politique&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy &amp;officer:</source>
        <translation>&amp;Délégué à la protection des données&#xa0;:</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;e-mail:</source>
        <translation>&amp;Courriel du délégué&#xa0;:</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;telephone:</source>
        <translation>&amp;Téléphone du délégué&#xa0;:</translation>
    </message>
    <message>
        <source>Officer&apos;s postal a&amp;ddress:</source>
        <translation>A&amp;dresse postale du délégué&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;presentative (Art. 27):</source>
        <translation>Re&amp;présentant (art. 27)&#xa0;:</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;contact:</source>
        <translation>&amp;Contact du représentant&#xa0;:</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Sous-traitant&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Also processes data for clients (Art. 30(2) register)</source>
        <translation>Traite aussi des données pour des clients (registre de l’art. 30(2))</translation>
    </message>
</context>
<context>
    <name>pc::PeopleRepository</name>
    <message>
        <source>The person no longer exists in the register.</source>
        <translation>La personne n&apos;existe plus dans le registre.</translation>
    </message>
    <message>
        <source>A consent event needs the date and time it happened.</source>
        <translation>Un événement de consentement doit comporter sa date et son heure.</translation>
    </message>
    <message>
        <source>A legal hold needs the date it was placed.</source>
        <translation>Un gel pour motif juridique (legal hold) doit comporter sa date de mise en place.</translation>
    </message>
</context>
<context>
    <name>pc::PolicyVersionsDialog</name>
    <message>
        <source>Privacy policy versions</source>
        <translation>Versions de la politique de confidentialité</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>People to &amp;inform…</source>
        <translation>Personnes à &amp;informer…</translation>
    </message>
    <message>
        <source>Those with a consent in force, whose contact details the new version uses otherwise: a CSV list for the message that tells them and gives them the way to say no</source>
        <translation>Les personnes ayant un consentement en vigueur, dont la nouvelle version utilise autrement les coordonnées&#xa0;: une liste CSV pour le message qui les en informe et leur donne le moyen de s’y opposer</translation>
    </message>
    <message>
        <source>This version changes how contact details are used</source>
        <translation>Cette version change l’usage des coordonnées</translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation>&amp;Ajouter cette version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>In effect from:</source>
        <translation>En vigueur depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation>Adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>used otherwise: people to inform</source>
        <translation>utilisées autrement&#xa0;: personnes à informer</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <source>Choose the organization.</source>
        <translation>Choisissez l’organisme.</translation>
    </message>
    <message>
        <source>Name the version (a date or a number, as the policy says).</source>
        <translation>Nommez la version (une date ou un numéro, comme la politique l’indique).</translation>
    </message>
    <message>
        <source>Give the day this version took effect (%1).</source>
        <translation>Indiquez le jour où cette version est entrée en vigueur (%1).</translation>
    </message>
    <message>
        <source>There is already a version “%1”.</source>
        <translation>Il existe déjà une version «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>People to inform</source>
        <translation>Personnes à informer</translation>
    </message>
    <message>
        <source>to-inform-%1.csv</source>
        <translation>a-informer-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>La liste n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to inform, written to %1.</source>
        <translation>
            <numerusform>%n personne à informer, liste écrite dans %1.</numerusform>
            <numerusform>%n personnes à informer, liste écrite dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version</source>
        <translation>Une nouvelle version</translation>
    </message>
</context>
<context>
    <name>pc::ProcessorEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Sub-processor &amp;of:</source>
        <translation>Sous-traitant &amp;ultérieur de&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer sa&amp;feguard:</source>
        <translation>&amp;Garantie du transfert&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;Courriel de contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contract signed:</source>
        <translation>&amp;Contrat signé le&#xa0;:</translation>
    </message>
    <message>
        <source>Data-processing &amp;agreement signed:</source>
        <translation>&amp;Accord de sous-traitance signé le&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement e&amp;xpires:</source>
        <translation>Fin de l’a&amp;ccord&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Politique de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>Policy chec&amp;ked on:</source>
        <translation>Politique &amp;vérifiée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data shared:</source>
        <translation>&amp;Données partagées&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En service&#xa0;:</translation>
    </message>
    <message>
        <source>Still used by the organization</source>
        <translation>Toujours utilisé par l’organisme</translation>
    </message>
    <message>
        <source>IE</source>
        <translation>IE</translation>
    </message>
    <message>
        <source>The processor</source>
        <translation>Le sous-traitant</translation>
    </message>
    <message>
        <source>Where, and contact</source>
        <translation>Localisation et contact</translation>
    </message>
    <message>
        <source>Contract and data shared</source>
        <translation>Contrat et données confiées</translation>
    </message>
</context>
<context>
    <name>pc::Purge</name>
    <message>
        <source>The purge left rows of %1 pointing to people it deleted; it was undone.</source>
        <translation>La purge laissait des lignes de %1 pointant vers des personnes supprimées&#xa0;; elle a été annulée.</translation>
    </message>
    <message>
        <source>The register is open read-only: nothing can be purged.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: rien ne peut être purgé.</translation>
    </message>
    <message>
        <source>There is no purge run %1.</source>
        <translation>Il n’y a pas de purge n°&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>pc::QuestionField</name>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
</context>
<context>
    <name>pc::RecordChecks</name>
    <message>
        <source>Give a name, an e-mail address or a customer reference, so the person can be found again.</source>
        <translation>Indiquez un nom, une adresse électronique ou une référence client, pour pouvoir retrouver la personne.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Use the two-letter country code (FR, BE, ZA, TN, VN…).</source>
        <translation>Utilisez le code pays à deux lettres (FR, BE, ZA, TN, VN…).</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future or before 1900.</source>
        <translation>La date de naissance ne peut être ni dans le futur ni avant 1900.</translation>
    </message>
    <message>
        <source>Data cannot have been collected in the future.</source>
        <translation>Des données ne peuvent pas avoir été collectées dans le futur.</translation>
    </message>
    <message>
        <source>The relationship cannot end before it started.</source>
        <translation>La relation ne peut pas finir avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>The last contact cannot be in the future.</source>
        <translation>Le dernier contact ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Name the processor.</source>
        <translation>Nommez le sous-traitant.</translation>
    </message>
    <message>
        <source>Choose the processor this sub-processor works for.</source>
        <translation>Choisissez le sous-traitant pour lequel travaille ce sous-traitant ultérieur.</translation>
    </message>
    <message>
        <source>A processor cannot be its own sub-processor.</source>
        <translation>Un sous-traitant ne peut pas être son propre sous-traitant ultérieur.</translation>
    </message>
    <message>
        <source>Use the two-letter country code (FR, US, IE…).</source>
        <translation>Utilisez le code pays à deux lettres (FR, US, IE…).</translation>
    </message>
    <message>
        <source>The data-processing agreement cannot expire before it was signed.</source>
        <translation>L’accord de sous-traitance ne peut pas prendre fin avant d’avoir été signé.</translation>
    </message>
    <message>
        <source>The data-processing agreement expired on %1.</source>
        <translation>L’accord de sous-traitance a pris fin le %1.</translation>
    </message>
    <message>
        <source>No data-processing agreement is recorded (GDPR Art. 28(3)).</source>
        <translation>Aucun accord de sous-traitance n’est enregistré (RGPD art. 28(3)).</translation>
    </message>
    <message>
        <source>The data goes abroad (%1): record the safeguard of the transfer.</source>
        <translation>Les données partent à l’étranger (%1)&#xa0;: indiquez la garantie du transfert.</translation>
    </message>
    <message>
        <source>Name the rule, as the policy says it (“Navigation data”).</source>
        <translation>Nommez la règle comme la politique la formule («&#xa0;Données de navigation&#xa0;»).</translation>
    </message>
    <message>
        <source>Give a duration of at least one %1.</source>
        <translation>Indiquez une durée d’au moins un (%1).</translation>
    </message>
    <message>
        <source>Describe the event the period counts from.</source>
        <translation>Décrivez l’événement à partir duquel la durée court.</translation>
    </message>
    <message>
        <source>Quote the promise of the policy or the law this period comes from.</source>
        <translation>Citez l’engagement de la politique ou le texte de loi dont vient cette durée.</translation>
    </message>
    <message>
        <source>Give the breach a reference for the breach register.</source>
        <translation>Donnez à la violation une référence pour le registre des violations.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Dites en quelques mots ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Give the moment the organization became aware of the breach: the notification deadline counts from it.</source>
        <translation>Indiquez le moment où l’organisme a eu connaissance de la violation&#xa0;: le délai de notification court à partir de là.</translation>
    </message>
    <message>
        <source>The organization cannot have become aware in the future.</source>
        <translation>L’organisme ne peut pas en avoir eu connaissance dans le futur.</translation>
    </message>
    <message>
        <source>The breach cannot have happened after the organization became aware of it.</source>
        <translation>La violation ne peut pas être survenue après que l’organisme en a eu connaissance.</translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was known.</source>
        <translation>L’autorité ne peut pas avoir été notifiée avant que la violation soit connue.</translation>
    </message>
    <message>
        <source>The numbers of people and records cannot be negative.</source>
        <translation>Les nombres de personnes et d’enregistrements ne peuvent pas être négatifs.</translation>
    </message>
    <message numerus="yes">
        <source>The authority had to be notified within %n hour(s) of awareness, and has not been.</source>
        <translation>
            <numerusform>L’autorité devait être notifiée dans les %n heure suivant la prise de connaissance, et ne l’a pas été.</numerusform>
            <numerusform>L’autorité devait être notifiée dans les %n heures suivant la prise de connaissance, et ne l’a pas été.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the request a reference for the request log.</source>
        <translation>Donnez à la demande une référence pour le registre des demandes.</translation>
    </message>
    <message>
        <source>Tick at least one right the person exercises.</source>
        <translation>Cochez au moins un droit exercé par la personne.</translation>
    </message>
    <message>
        <source>Give the date the request was received: the deadline counts from it.</source>
        <translation>Indiquez la date de réception de la demande&#xa0;: le délai court à partir de là.</translation>
    </message>
    <message>
        <source>A request cannot be received in the future.</source>
        <translation>Une demande ne peut pas être reçue dans le futur.</translation>
    </message>
    <message>
        <source>The letter cannot be dated after it was received.</source>
        <translation>La lettre ne peut pas être datée d’après sa réception.</translation>
    </message>
    <message>
        <source>The answer cannot be due before the request was received.</source>
        <translation>La réponse ne peut pas être due avant la réception de la demande.</translation>
    </message>
    <message>
        <source>An extended request needs the new due date and the reason given to the person.</source>
        <translation>Une demande prolongée exige la nouvelle échéance et le motif donné à la personne.</translation>
    </message>
    <message>
        <source>The extended due date cannot come before the first one.</source>
        <translation>L’échéance prolongée ne peut pas précéder la première.</translation>
    </message>
    <message>
        <source>Give the date the proof of identity was asked for.</source>
        <translation>Indiquez la date à laquelle le justificatif d’identité a été demandé.</translation>
    </message>
    <message>
        <source>Identity cannot have been asked for before the request arrived.</source>
        <translation>L’identité ne peut pas avoir été demandée avant l’arrivée de la demande.</translation>
    </message>
    <message>
        <source>A request cannot be closed before it was received.</source>
        <translation>Une demande ne peut pas être close avant d’avoir été reçue.</translation>
    </message>
    <message>
        <source>Give the date the request was closed.</source>
        <translation>Indiquez la date de clôture de la demande.</translation>
    </message>
    <message>
        <source>A refusal must give its reason, which the person is told.</source>
        <translation>Un refus doit être motivé, et le motif communiqué à la personne.</translation>
    </message>
    <message>
        <source>Name the organization.</source>
        <translation>Nommez l’organisme.</translation>
    </message>
    <message>
        <source>Choose the law the organization answers to.</source>
        <translation>Choisissez la loi applicable à l’organisme.</translation>
    </message>
    <message>
        <source>People need a way to reach the privacy officer: give an e-mail or postal address.</source>
        <translation>Les personnes doivent pouvoir joindre le délégué&#xa0;: indiquez une adresse électronique ou postale.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The breach cannot have been contained before it happened.</source>
        <translation>La violation ne peut pas avoir été maîtrisée avant d&apos;avoir eu lieu.</translation>
    </message>
    <message>
        <source>The breach cannot be closed before it was known.</source>
        <translation>La violation ne peut pas être close avant d&apos;avoir été connue.</translation>
    </message>
    <message>
        <source>Say why the breach is unlikely to result in a risk (Art. 33(1)): until then it stays among the breaches to notify.</source>
        <translation>Dites pourquoi la violation n&apos;est pas susceptible d&apos;engendrer un risque (art. 33(1)) : jusque-là, elle reste parmi les violations à notifier.</translation>
    </message>
    <message>
        <source>The breach was notified: the reason not to notify it no longer holds.</source>
        <translation>La violation a été notifiée : le motif de ne pas la notifier ne tient plus.</translation>
    </message>
    <message>
        <source>The notification came after its deadline: record the reasons for the delay.</source>
        <translation>La notification est arrivée après son échéance : consignez les motifs du retard.</translation>
    </message>
    <message>
        <source>A breach is closed once notified, or with the reason it need not be (Art. 33(1)).</source>
        <translation>Une violation se clôt une fois notifiée, ou avec le motif pour lequel elle n&apos;a pas à l&apos;être (art. 33(1)).</translation>
    </message>
    <message>
        <source>A high risk means telling the people concerned without undue delay (Art. 34), or recording why not (Art. 34(3)).</source>
        <translation>Un risque élevé impose d&apos;informer les personnes concernées dans les meilleurs délais (art. 34), ou de consigner pourquoi ce n&apos;est pas fait (art. 34(3)).</translation>
    </message>
</context>
<context>
    <name>pc::RecordCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajout de « %1 »</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Suppression de « %1 »</translation>
    </message>
    <message>
        <source>Import the register “%1”</source>
        <translation>Importer le registre « %1 »</translation>
    </message>
</context>
<context>
    <name>pc::RecordConsentDialog</name>
    <message>
        <source>Record a consent event</source>
        <translation>Enregistrer un événement de consentement</translation>
    </message>
    <message>
        <source>The form, page, desk or campaign where it was collected</source>
        <translation>Le formulaire, la page, le guichet ou la campagne où il a été recueilli</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune indiquée</translation>
    </message>
    <message>
        <source>%1, in effect from %2</source>
        <translation>%1, en vigueur depuis le %2</translation>
    </message>
    <message>
        <source>What the person said or signed, in their words if useful</source>
        <translation>Ce que la personne a dit ou signé, dans ses mots si c’est utile</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>C&amp;omment&#xa0;:</translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation>O&amp;ù&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy policy &amp;shown:</source>
        <translation>Politique de confidentialité &amp;présentée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Justificatif&#xa0;:</translation>
    </message>
    <message>
        <source>The history is kept as it happened: an event is added on top of it and never changed. A mistake is put right by recording what is true now.</source>
        <translation>L’historique est conservé tel qu’il s’est déroulé&#xa0;: un événement s’y ajoute et n’est jamais modifié. Une erreur se corrige en enregistrant ce qui est vrai aujourd’hui.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The proof of this event</source>
        <translation>Le justificatif de cet événement</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et une heure (%2).</translation>
    </message>
</context>
<context>
    <name>pc::RecordEditor</name>
    <message>
        <source>No record is open.</source>
        <translation>Aucun enregistrement n’est ouvert.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as %2, or pick it from the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Écrivez-la sous la forme %2, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <source>The server cannot be reached: your changes stay in the form. Save again (Ctrl+S) once it answers.</source>
        <translation>Le serveur est injoignable&#xa0;: vos modifications restent dans le formulaire. Enregistrez de nouveau (Ctrl+S) dès qu’il répond.</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it; it cannot be saved. Duplicate it (Ctrl+D) to keep your version.</source>
        <translation>Quelqu’un d’autre a supprimé cette fiche pendant que vous la modifiiez&#xa0;; elle ne peut pas être enregistrée. Dupliquez-la (Ctrl+D) pour garder votre version.</translation>
    </message>
    <message>
        <source>Not saved: your changes are still in the form.</source>
        <translation>Non enregistré&#xa0;: vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 changed it on %2</source>
        <translation>%1 l’a modifiée le %2</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>pc::RecordStore</name>
    <message>
        <source>“%1” has a consent history, requests, documents or a legal hold. They are kept as proof, so this person cannot be deleted here.</source>
        <translation>«&#xa0;%1&#xa0;» a un historique de consentement, des demandes, des documents ou un gel juridique. Ils sont conservés comme preuves&#xa0;: cette personne ne peut pas être supprimée ici.</translation>
    </message>
    <message>
        <source>The breach %1 has documents attached; they are kept as proof, so it cannot be deleted.</source>
        <translation>La violation %1 a des documents joints&#xa0;; ils sont conservés comme preuves, elle ne peut donc pas être supprimée.</translation>
    </message>
    <message>
        <source>The request %1 has documents or consent changes that refer to it; they are kept as proof, so it cannot be deleted.</source>
        <translation>Des documents ou des changements de consentement renvoient à la demande %1&#xa0;; ils sont conservés comme preuves, elle ne peut donc pas être supprimée.</translation>
    </message>
</context>
<context>
    <name>pc::RegisterImportDialog</name>
    <message>
        <source>Import a register</source>
        <translation>Importer un registre</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>The organization the register names</source>
        <translation>L’organisme que nomme le registre</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Registre :</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>To finish</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Register to import</source>
        <translation>Registre à importer</translation>
    </message>
    <message>
        <source>“%1”, as the register names it</source>
        <translation>« %1 », tel que le registre le nomme</translation>
    </message>
    <message>
        <source>The register already holds this file: importing it changes nothing.</source>
        <translation>Le registre contient déjà ce fichier : l’importer ne change rien.</translation>
    </message>
    <message>
        <source>list only</source>
        <translation>liste seulement</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Change : %1</translation>
    </message>
    <message>
        <source>The file gives: %1</source>
        <translation>Le fichier apporte : %1</translation>
    </message>
    <message>
        <source>To check in the file</source>
        <translation>À vérifier dans le fichier</translation>
    </message>
    <message>
        <source>Left to finish in the register</source>
        <translation>Reste à compléter dans le registre</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Choose the register: the CNIL&apos;s model filled in (.ods, .xlsx), or a table of activities of your own (.ods, .xlsx, .csv).</source>
        <translation>Choisissez le registre : le modèle de la CNIL rempli (.ods, .xlsx), ou un tableau de traitements à vous (.ods, .xlsx, .csv).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Read from the column</source>
        <translation>Lu dans la colonne</translation>
    </message>
    <message>
        <source>Spreadsheets (*.ods *.xlsx *.csv);;All files (*)</source>
        <translation>Classeurs (*.ods *.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(non lu)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>Choose the organization…</source>
        <translation>Choisissez l’organisme…</translation>
    </message>
    <message>
        <source>The register does not name its organization: choose, under “Into”, the one it goes into.</source>
        <translation>Le registre ne nomme pas son organisme : choisissez, sous « Dans », celui où il doit entrer.</translation>
    </message>
</context>
<context>
    <name>pc::RegisterRepository</name>
    <message>
        <source>The organization no longer exists.</source>
        <translation>L&apos;organisme n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A processor cannot be its own sub-processor.</source>
        <translation>Un sous-traitant ne peut pas être son propre sous-traitant ultérieur.</translation>
    </message>
    <message>
        <source>The processing activity no longer exists.</source>
        <translation>L&apos;activité de traitement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The retention rule no longer exists.</source>
        <translation>La règle de conservation n’existe plus.</translation>
    </message>
    <message>
        <source>The processor no longer exists.</source>
        <translation>Le sous-traitant n’existe plus.</translation>
    </message>
</context>
<context>
    <name>pc::RegisterTableModel</name>
    <message>
        <source>Processing register</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Règle de conservation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Date de collecte</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Fin de la relation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie de transfert</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Contrat de sous-traitance signé le</translation>
    </message>
    <message>
        <source>Policy checked</source>
        <translation>Politique vérifiée le</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>À l&apos;échéance</translation>
    </message>
    <message>
        <source>Policy wording</source>
        <translation>Formulation dans la politique</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation>Connue depuis le</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>À notifier avant le</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
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
        <source>Impact assessments</source>
        <translation>Analyses d&apos;impact</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir avant le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Rédacteur</translation>
    </message>
</context>
<context>
    <name>pc::Registers</name>
    <message>
        <source>Choose the organization the report is about.</source>
        <translation>Choisissez l’organisme dont traite le rapport.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>“%1” is not a request status.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de demande.</translation>
    </message>
    <message>
        <source>There is no impact assessment %1.</source>
        <translation>Il n&apos;y a pas d&apos;analyse d&apos;impact %1.</translation>
    </message>
</context>
<context>
    <name>pc::ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page écrite dans %1.</numerusform>
            <numerusform>%n pages écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports and printing</source>
        <translation>Rapports et impression</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Langue du document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Every request</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Demandes closes</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the tables as &amp;CSV…</source>
        <translation>Enregistrer les tableaux en &amp;CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the organization the report is about.</source>
        <translation>Choisissez l’organisme dont traite le rapport.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (%2).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>Save the tables as CSV into</source>
        <translation>Enregistrer les tableaux en CSV dans</translation>
    </message>
    <message>
        <source>This report has no table: the organization has nothing to list.</source>
        <translation>Ce rapport n’a aucun tableau&#xa0;: l’organisme n’a rien à lister.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>%n tableau écrit dans %1.</numerusform>
            <numerusform>%n tableaux écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Save to &amp;edit…</source>
        <translation>Enregistrer pour &amp;modifier…</translation>
    </message>
    <message>
        <source>An OpenDocument (.odt) or Word (.docx) file with the same content, to edit in a word processor.</source>
        <translation>Un fichier OpenDocument (.odt) ou Word (.docx) au même contenu, à modifier dans un traitement de texte.</translation>
    </message>
    <message>
        <source>Save the report to edit</source>
        <translation>Enregistrer le rapport pour le modifier</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt);;Word document (*.docx)</source>
        <translation>Texte OpenDocument (*.odt);;Document Word (*.docx)</translation>
    </message>
    <message>
        <source>%1 is neither an OpenDocument (.odt) nor a Word (.docx) file.</source>
        <translation>%1 n’est ni un fichier OpenDocument (.odt) ni un fichier Word (.docx).</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Écriture du document…</translation>
    </message>
    <message>
        <source>Filling in the CNIL&apos;s model…</source>
        <translation>Remplissage du modèle de la CNIL…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Classeur…</translation>
    </message>
    <message>
        <source>The register in the CNIL&apos;s spreadsheet model (.ods), filled in, or as a workbook of its lists (.xlsx): for whoever expects a spreadsheet; both import back into Privacy Console.</source>
        <translation>Le registre dans le modèle de tableur de la CNIL (.ods), rempli, ou en classeur de ses listes (.xlsx) : pour qui attend un tableur ; les deux se réimportent dans Privacy Console.</translation>
    </message>
    <message>
        <source>Save the register as a spreadsheet</source>
        <translation>Enregistrer le registre en classeur</translation>
    </message>
    <message>
        <source>The CNIL&apos;s register model (*.ods);;A workbook of the register&apos;s lists (*.xlsx)</source>
        <translation>Le modèle de registre de la CNIL (*.ods);;Un classeur des listes du registre (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pc::ReportWriter</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>Le rapport ne peut pas être dessiné sur cette imprimante ou ce fichier.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Le rapport ne peut pas être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The table could not be written to %1: %2</source>
        <translation>Le tableau n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::RequestEditor</name>
    <message>
        <source>— not linked to a person of the register —</source>
        <translation>— non reliée à une personne du registre —</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Rights e&amp;xercised:</source>
        <translation>Droits e&amp;xercés&#xa0;:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Reçue &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Loi applicable&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Person in the register:</source>
        <translation>Personne du registre&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;e-mail:</source>
        <translation>&amp;Courriel du demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Requester&apos;s a&amp;ddress:</source>
        <translation>A&amp;dresse du demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>On whose behalf:</source>
        <translation>Pour le compte de&#xa0;:</translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation>Lettre da&amp;tée du&#xa0;:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Answer d&amp;ue by:</source>
        <translation>Réponse d&amp;ue le&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtended to:</source>
        <translation>Pro&amp;longée au&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the e&amp;xtension:</source>
        <translation>Motif de la prolon&amp;gation&#xa0;:</translation>
    </message>
    <message>
        <source>Extension told on:</source>
        <translation>Prolongation annoncée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity asked on:</source>
        <translation>&amp;Identité demandée le&#xa0;:</translation>
    </message>
    <message>
        <source>Identity recei&amp;ved on:</source>
        <translation>Identité reç&amp;ue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Processing concerned:</source>
        <translation>&amp;Traitements concernés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Close le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;fusal reason:</source>
        <translation>Motif du re&amp;fus&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>The requester is the person concerned</source>
        <translation>Le demandeur est la personne concernée</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Changes with the steps recorded from “Next step”.</source>
        <translation>Change avec les étapes enregistrées depuis «&#xa0;Étape suivante&#xa0;».</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— personne pour l’instant —</translation>
    </message>
    <message>
        <source>%1, no longer active</source>
        <translation>%1, plus actif</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Traitée par&#xa0;:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Dates and deadline</source>
        <translation>Dates et délai</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>pc::RequestWorkflow</name>
    <message>
        <source>Write down the reasonable doubt about the person&apos;s identity: an identity document may be asked for only on a documented doubt.</source>
        <translation>Notez le doute raisonnable sur l’identité de la personne&#xa0;: une pièce d’identité ne peut être demandée que sur un doute documenté.</translation>
    </message>
    <message>
        <source>Write down what the person is asked to make clear.</source>
        <translation>Notez ce que la personne doit préciser.</translation>
    </message>
    <message>
        <source>Write down why more time is needed: the person must be told.</source>
        <translation>Notez pourquoi un délai supplémentaire est nécessaire&#xa0;: la personne doit en être informée.</translation>
    </message>
    <message>
        <source>Write down why the request is refused: the person must be told, with their right to complain to the authority.</source>
        <translation>Notez pourquoi la demande est refusée&#xa0;: la personne doit en être informée, ainsi que de son droit de saisir l’autorité.</translation>
    </message>
    <message>
        <source>Write down why the request is reopened.</source>
        <translation>Notez pourquoi la demande est rouverte.</translation>
    </message>
    <message>
        <source>Ask for an identity document…</source>
        <translation>Demander une pièce d’identité…</translation>
    </message>
    <message>
        <source>Identity document received…</source>
        <translation>Pièce d’identité reçue…</translation>
    </message>
    <message>
        <source>Ask for a clarification…</source>
        <translation>Demander des précisions…</translation>
    </message>
    <message>
        <source>Clarification received…</source>
        <translation>Précisions reçues…</translation>
    </message>
    <message>
        <source>Start work…</source>
        <translation>Commencer le traitement…</translation>
    </message>
    <message>
        <source>Extend the period…</source>
        <translation>Prolonger le délai…</translation>
    </message>
    <message>
        <source>Answered…</source>
        <translation>Réponse envoyée…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Withdrawn by the person…</source>
        <translation>Retirée par la personne…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>The reasonable doubt about the person&apos;s identity:</source>
        <translation>Le doute raisonnable sur l’identité de la personne&#xa0;:</translation>
    </message>
    <message>
        <source>What the person is asked to make clear:</source>
        <translation>Ce que la personne doit préciser&#xa0;:</translation>
    </message>
    <message>
        <source>Why more time is needed (told to the person):</source>
        <translation>Pourquoi un délai supplémentaire est nécessaire (communiqué à la personne)&#xa0;:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce qui a été fait&#xa0;:</translation>
    </message>
    <message>
        <source>Why the request is refused (told to the person):</source>
        <translation>Pourquoi la demande est refusée (communiqué à la personne)&#xa0;:</translation>
    </message>
    <message>
        <source>Why the request is reopened:</source>
        <translation>Pourquoi la demande est rouverte&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Demande reçue</translation>
    </message>
    <message>
        <source>Identity document asked for</source>
        <translation>Pièce d’identité demandée</translation>
    </message>
    <message>
        <source>Identity document received</source>
        <translation>Pièce d’identité reçue</translation>
    </message>
    <message>
        <source>Clarification asked for</source>
        <translation>Précisions demandées</translation>
    </message>
    <message>
        <source>Clarification received</source>
        <translation>Précisions reçues</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Traitement commencé</translation>
    </message>
    <message>
        <source>Period extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation>Retirée par la personne</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Courrier enregistré</translation>
    </message>
    <message>
        <source>Person found in the register</source>
        <translation>Personne retrouvée dans le registre</translation>
    </message>
    <message>
        <source>Person added to the register</source>
        <translation>Personne ajoutée au registre</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Données personnelles exportées</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>“%1” cannot follow the request&apos;s present state (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas suivre l’état actuel de la demande (%2).</translation>
    </message>
    <message>
        <source>Give the day this step happened.</source>
        <translation>Indiquez le jour de cette étape.</translation>
    </message>
    <message>
        <source>%1 is in the future: record a step once it has happened.</source>
        <translation>Le %1 est dans le futur&#xa0;: enregistrez une étape une fois qu’elle a eu lieu.</translation>
    </message>
    <message>
        <source>%1 is before the request was received (%2).</source>
        <translation>Le %1 est antérieur à la réception de la demande (%2).</translation>
    </message>
    <message>
        <source>The document cannot arrive before it was asked for (%1).</source>
        <translation>La pièce ne peut pas arriver avant d’avoir été demandée (%1).</translation>
    </message>
    <message>
        <source>The clarification cannot arrive before it was asked for (%1).</source>
        <translation>Les précisions ne peuvent pas arriver avant d’avoir été demandées (%1).</translation>
    </message>
    <message>
        <source>%1 allows no extension of the period.</source>
        <translation>%1 ne permet aucune prolongation du délai.</translation>
    </message>
    <message>
        <source>An extension must be told to the person before the first deadline, %1.</source>
        <translation>Une prolongation doit être communiquée à la personne avant la première échéance, le %1.</translation>
    </message>
    <message>
        <source>Identity document copy kept, encrypted</source>
        <translation>Copie de pièce d’identité conservée, chiffrée</translation>
    </message>
    <message>
        <source>Request letter imported</source>
        <translation>Lettre de demande importée</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Identity document copy destroyed</source>
        <translation>Copie de pièce d&apos;identité détruite</translation>
    </message>
</context>
<context>
    <name>pc::RetentionEditor</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1: kept %2 %3 from: %4.</source>
        <translation>%1&#xa0;: conservées %2 %3 à compter de&#xa0;: %4.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation>Conservées &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation>À &amp;compter de&#xa0;:</translation>
    </message>
    <message>
        <source>Other &amp;event:</source>
        <translation>Autre &amp;événement&#xa0;:</translation>
    </message>
    <message>
        <source>At the &amp;end:</source>
        <translation>À l’&amp;échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Policy sentence:</source>
        <translation>Phrase de la &amp;politique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>Référence &amp;légale&#xa0;:</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>En bref&#xa0;:</translation>
    </message>
    <message>
        <source>“Navigation data is kept for 6 months.”</source>
        <translation>«&#xa0;Les données de navigation sont conservées 6 mois.&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pc::RetentionView</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Retention countdown</source>
        <translation>Échéances de conservation</translation>
    </message>
    <message>
        <source>&amp;Periods ending:</source>
        <translation>&amp;Échéances&#xa0;:</translation>
    </message>
    <message>
        <source>already ended</source>
        <translation>déjà passées</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>d’ici 30 jours</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>d’ici 90 jours</translation>
    </message>
    <message>
        <source>within a year</source>
        <translation>d’ici un an</translation>
    </message>
    <message>
        <source>within five years</source>
        <translation>d’ici cinq ans</translation>
    </message>
    <message>
        <source>Purge what is due…</source>
        <translation>Purger ce qui est échu…</translation>
    </message>
    <message>
        <source>Shows exactly who would be deleted or anonymised today, then purges them in one go</source>
        <translation>Montre exactement qui serait supprimé ou anonymisé aujourd’hui, puis les purge en une fois</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Fin de la durée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Gel juridique</translation>
    </message>
    <message>
        <source>The countdown could not be read: %1</source>
        <translation>Les échéances n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n durée</numerusform>
            <numerusform>%n durées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended</source>
        <translation>
            <numerusform>%n déjà échue</numerusform>
            <numerusform>%n déjà échues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under a legal hold</source>
        <translation>
            <numerusform>%n sous gel juridique</numerusform>
            <numerusform>%n sous gel juridique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n soonest shown</source>
        <translation>
            <numerusform>la plus proche affichée</numerusform>
            <numerusform>les %n plus proches affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>échue depuis %n jour</numerusform>
            <numerusform>échue depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>échoit aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Finding who is due…</source>
        <translation>Recherche des personnes concernées…</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Who is due could not be found: %1</source>
        <translation>Les personnes concernées n’ont pas pu être trouvées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purge what is due</source>
        <translation>Purger ce qui est échu</translation>
    </message>
    <message>
        <source>On %1, the last retention period of these people has ended: %2 to delete, %3 to anonymise. Their consent history, requests and documents go with them; each leaves a tombstone in the register. %4 are kept under a legal hold; %5 are left to an archive.</source>
        <translation>Au %1, la dernière durée de conservation de ces personnes est échue&#xa0;: %2 à supprimer, %3 à anonymiser. Leur historique de consentements, leurs demandes et leurs documents partent avec elles&#xa0;; chacune laisse une pierre tombale dans le registre. %4 sont conservées sous gel juridique&#xa0;; %5 sont laissées à un archivage.</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Durée échue le</translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Documents / hold</source>
        <translation>Documents / gel</translation>
    </message>
    <message>
        <source>kept: legal hold</source>
        <translation>conservée&#xa0;: gel juridique</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed; the purge takes them all.</source>
        <translation>Les %1 premières sur %2 sont listées&#xa0;; la purge les prend toutes.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n person(s)</source>
        <translation>
            <numerusform>Purger %n personne</numerusform>
            <numerusform>Purger %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete or anonymise %n person(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer ou anonymiser %n personne maintenant&#xa0;? Ce ne peut pas être annulé.</numerusform>
            <numerusform>Supprimer ou anonymiser %n personnes maintenant&#xa0;? Ce ne peut pas être annulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purging %n person(s)…</source>
        <translation>
            <numerusform>Purge de %n personne…</numerusform>
            <numerusform>Purge de %n personnes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge failed and changed nothing: %1</source>
        <translation>La purge a échoué et n’a rien changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 people purged (%2 rows), %3 kept under a legal hold. The report lists the tombstones, never a name.</source>
        <translation>%1 personnes purgées (%2 lignes), %3 conservées sous gel juridique. Le rapport liste les pierres tombales, jamais un nom.</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the purge report</source>
        <translation>Enregistrer le rapport de purge</translation>
    </message>
    <message>
        <source>purge-%1.pdf</source>
        <translation>purge-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>A purge is an administrator&apos;s to run.</source>
        <translation>Seul un administrateur peut lancer une purge.</translation>
    </message>
</context>
<context>
    <name>pc::RiskMap</name>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>pc::ScreeningDialog</name>
    <message>
        <source>Is an impact assessment needed?</source>
        <translation>Une analyse d&apos;impact est-elle nécessaire ?</translation>
    </message>
    <message>
        <source>Last screened on %1 by %2: %3. Confirm or change each criterion.</source>
        <translation>Dernière évaluation le %1 par %2 : %3. Confirmez ou changez chaque critère.</translation>
    </message>
    <message>
        <source>The criteria the register points to are ticked, with the reason. Confirm or change each one: two or more make an assessment likely required.</source>
        <translation>Les critères que le registre désigne sont cochés, avec la raison. Confirmez ou changez chacun : deux ou plus rendent une analyse probablement obligatoire.</translation>
    </message>
    <message>
        <source>Why (a note)</source>
        <translation>Pourquoi (une note)</translation>
    </message>
    <message>
        <source>The register says: %1</source>
        <translation>Le registre indique : %1</translation>
    </message>
    <message>
        <source>Always needs one: %1</source>
        <translation>En exige toujours une : %1</translation>
    </message>
    <message>
        <source>Never needs one: %1</source>
        <translation>N&apos;en exige pas : %1</translation>
    </message>
    <message>
        <source>Is the processing of a type on the authority&apos;s lists?</source>
        <translation>Le traitement est-il d&apos;un type figurant sur les listes de l&apos;autorité ?</translation>
    </message>
    <message>
        <source>Screened on:</source>
        <translation>Évalué le :</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Record the screening</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n criterion(s) met.</source>
        <translation>
            <numerusform>%1 — %n critère rempli.</numerusform>
            <numerusform>%1 — %n critères remplis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ServerRoles</name>
    <message>
        <source>The connection to the server gives no way to protect the password.</source>
        <translation>La connexion au serveur ne donne aucun moyen de protéger le mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be protected: %1</source>
        <translation>Le mot de passe n’a pas pu être protégé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Roles are kept by a PostgreSQL server; the embedded database has one user.</source>
        <translation>Les rôles sont tenus par un serveur PostgreSQL&#xa0;; la base intégrée n’a qu’un utilisateur.</translation>
    </message>
    <message>
        <source>Officers sign in to a PostgreSQL server; the embedded database has one user.</source>
        <translation>Les délégués se connectent à un serveur PostgreSQL&#xa0;; la base intégrée n’a qu’un utilisateur.</translation>
    </message>
    <message>
        <source>“%1” cannot be a user name: lower-case letters, digits, dots, dashes and underscores, starting with a letter.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom d’utilisateur&#xa0;: lettres minuscules, chiffres, points, tirets et soulignés, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>The role is admin, officer or viewer, not “%1”.</source>
        <translation>Le rôle est admin, officer ou viewer, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server is not set up for officers yet: run privacy-console server-setup first.</source>
        <translation>Le serveur n’est pas encore préparé pour les délégués&#xa0;: lancez d’abord privacy-console server-setup.</translation>
    </message>
    <message>
        <source>Give the new user a password of ten characters at least.</source>
        <translation>Donnez au nouvel utilisateur un mot de passe d’au moins dix caractères.</translation>
    </message>
    <message>
        <source>The server knows no user “%1”.</source>
        <translation>Le serveur ne connaît pas d’utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a password of ten characters at least.</source>
        <translation>Choisissez un mot de passe d&apos;au moins dix caractères.</translation>
    </message>
</context>
<context>
    <name>pc::SettingsDialog</name>
    <message>
        <source>Connected.</source>
        <translation>Connexion établie.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Embedded database on this computer</source>
        <translation>Base de données intégrée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>Serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>Nom de la &amp;base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Chiffrement (sslmode) :</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Default &amp;jurisdiction:</source>
        <translation>&amp;Juridiction par défaut :</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Base de données intégrée</translation>
    </message>
    <message>
        <source>Privacy Console databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Privacy Console (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file of the embedded database.</source>
        <translation>Choisissez le fichier de la base de données intégrée.</translation>
    </message>
    <message>
        <source>Give the server and the name of the database.</source>
        <translation>Indiquez le serveur et le nom de la base de données.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>As the language writes them (%1)</source>
        <translation>Comme la langue les écrit (%1)</translation>
    </message>
    <message>
        <source>ISO 8601 (%1)</source>
        <translation>ISO 8601 (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>As the desktop has it</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Deadlines outside the window</source>
        <translation>Les échéances hors de la fenêtre</translation>
    </message>
    <message>
        <source>Tell me in the system &amp;tray what falls due today and what is overdue</source>
        <translation>M&apos;indiquer dans la zone de &amp;notification ce qui arrive à échéance aujourd&apos;hui et ce qui est en retard</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file of every deadline up to date:</source>
        <translation>&amp;Tenir à jour un fichier d&apos;agenda de toutes les échéances :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Thunderbird, Outlook or Evolution can subscribe to this file: each deadline is an event, updated rather than repeated.</source>
        <translation>Thunderbird, Outlook ou Evolution peuvent s&apos;abonner à ce fichier : chaque échéance est un événement, mis à jour plutôt que répété.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose a calendar file in a folder that exists.</source>
        <translation>Choisissez un fichier d&apos;agenda dans un dossier qui existe.</translation>
    </message>
</context>
<context>
    <name>pc::SubjectEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Référence client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Data &amp;collected on:</source>
        <translation>Données &amp;collectées le&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship &amp;started:</source>
        <translation>Relation &amp;commencée le&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship e&amp;nded:</source>
        <translation>Relation &amp;terminée le&#xa0;:</translation>
    </message>
    <message>
        <source>Termination &amp;notice:</source>
        <translation>Préavis de rés&amp;iliation&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;contact:</source>
        <translation>Dernier c&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Consentements&#xa0;:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact and category</source>
        <translation>Coordonnées et catégorie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
</context>
<context>
    <name>pc::SubjectMatch</name>
    <message>
        <source>Same e-mail address</source>
        <translation>Même adresse électronique</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Mêmes prénom et nom</translation>
    </message>
    <message>
        <source>Same last name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>That person belongs to another organization&apos;s register.</source>
        <translation>Cette personne appartient au registre d’un autre organisme.</translation>
    </message>
    <message>
        <source>The request names nobody to add to the register.</source>
        <translation>La demande ne nomme personne à ajouter au registre.</translation>
    </message>
</context>
<context>
    <name>pc::WelcomeDialog</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Privacy Console</source>
        <translation>Bienvenue dans Privacy Console</translation>
    </message>
    <message>
        <source>Keep your organization&apos;s promises on personal data, and prove it: the register of processing activities, consents and their history, rights requests against their legal deadlines, processors, retention and its purges, printed reports.</source>
        <translation>Tenez les promesses de votre organisation sur les données personnelles, et prouvez-le&#xa0;: le registre des activités de traitement, les consentements et leur historique, les demandes d’exercice des droits et leurs délais légaux, les sous-traitants, la conservation et ses purges, les registres imprimés.</translation>
    </message>
    <message>
        <source>Explore the demo organizations</source>
        <translation>Découvrir les organisations de démonstration</translation>
    </message>
    <message>
        <source>Five small software companies, in Tunisia, Belgium, South Africa, Vietnam and France, with their registers, people, consents, requests and breaches.</source>
        <translation>Cinq petites sociétés de logiciels, en Tunisie, en Belgique, en Afrique du Sud, au Viêt Nam et en France, avec leurs registres, personnes concernées, consentements, demandes et violations.</translation>
    </message>
    <message>
        <source>Set up my organization</source>
        <translation>Créer mon organisation</translation>
    </message>
    <message>
        <source>Its name, its country — which gives the law, the deadlines and the public holidays — and its privacy officer. Everything else can follow.</source>
        <translation>Son nom, son pays — qui donne la loi, les délais et les jours fériés — et son délégué à la protection des données. Tout le reste peut suivre.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>as the privacy policy names it</source>
        <translation>tel que le nomme la politique de confidentialité</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>the address the privacy policy gives for requests</source>
        <translation>l’adresse que la politique de confidentialité donne pour les demandes</translation>
    </message>
    <message>
        <source>&amp;Name of the organization:</source>
        <translation>&amp;Nom de l’organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of its privacy policy:</source>
        <translation>&amp;Langue de sa politique de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Privacy officer (DPO):</source>
        <translation>&amp;Délégué à la protection des données (DPO)&#xa0;:</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;e-mail:</source>
        <translation>&amp;Courriel du délégué&#xa0;:</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;telephone:</source>
        <translation>&amp;Téléphone du délégué&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Create the organization</source>
        <translation>Cré&amp;er l’organisation</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Law: %1.</source>
        <translation>Loi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A request is answered within %1, which may be extended by %2.</source>
        <translation>Une demande reçoit réponse dans un délai de %1, qui peut être prolongé de %2.</translation>
    </message>
    <message>
        <source>A request is answered within %1.</source>
        <translation>Une demande reçoit réponse dans un délai de %1.</translation>
    </message>
    <message numerus="yes">
        <source>A breach is notified to the authority within %n hour(s).</source>
        <translation>
            <numerusform>Une violation est notifiée à l’autorité dans les %n heure.</numerusform>
            <numerusform>Une violation est notifiée à l’autorité dans les %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines skip %1&apos;s public holidays, computed for every year.</source>
        <translation>Les délais sautent les jours fériés du pays (%1), calculés pour chaque année.</translation>
    </message>
    <message>
        <source>Deadlines skip %1&apos;s public holidays as listed for 2025–2027: check them each year (File → Deadline rules and holidays…).</source>
        <translation>Les délais sautent les jours fériés du pays (%1) tels que listés pour 2025–2027&#xa0;: vérifiez-les chaque année (Fichier → Règles de délai et jours fériés…).</translation>
    </message>
    <message>
        <source>Deadlines skip weekends; list %1&apos;s public holidays in File → Deadline rules and holidays… for them to be skipped too.</source>
        <translation>Les délais sautent les fins de semaine&#xa0;; listez les jours fériés du pays (%1) dans Fichier → Règles de délai et jours fériés… pour qu’ils le soient aussi.</translation>
    </message>
    <message>
        <source>Give the organization&apos;s name.</source>
        <translation>Donnez le nom de l’organisation.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
</context>
<context>
    <name>pc::WorklistView</name>
    <message>
        <source>Worklist: open requests, soonest due first</source>
        <translation>À traiter&#xa0;: demandes ouvertes, les plus urgentes d’abord</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;De qui&#xa0;:</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open a request with a double click or Enter.</source>
        <translation>Ouvrez une demande par un double clic ou la touche Entrée.</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Nobody&apos;s yet</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, waiting for the person since %2</source>
        <translation>%1, en attente de la personne depuis le %2</translation>
    </message>
    <message>
        <source>%1, extended</source>
        <translation>%1, prolongée</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>No open request.</source>
        <translation>Aucune demande ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n demande ouverte</numerusform>
            <numerusform>%n demandes ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within five working days</source>
        <translation>
            <numerusform>%n à échéance sous cinq jours ouvrés</numerusform>
            <numerusform>%n à échéance sous cinq jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the person</source>
        <translation>
            <numerusform>%n en attente de la personne</numerusform>
            <numerusform>%n en attente de la personne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>The open requests: how many are overdue, due soon, waiting for the person.</extracomment>
        <translation>%1&#xa0;: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Impact assessments: reviews and actions due within 30 days or late</source>
        <translation>Analyses d&apos;impact : révisions et actions à faire sous 30 jours ou en retard</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Review the assessment</source>
        <translation>Revoir l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pc::ZoneSummary</name>
    <message>
        <source>Born %1, expires %2</source>
        <translation>Né(e) le %1, expire le %2</translation>
    </message>
    <message>
        <source>Every check digit verifies.</source>
        <translation>Tous les chiffres de contrôle sont justes.</translation>
    </message>
    <message>
        <source>Check digits that fail: %1.</source>
        <translation>Chiffres de contrôle faux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The document has expired.</source>
        <translation>La pièce est expirée.</translation>
    </message>
    <message>
        <source>%1 issued by %2: %3 %4, no. %5</source>
        <translation>%1 délivré(e) par %2&#xa0;: %3 %4, n°&#xa0;%5</translation>
    </message>
    <message>
        <source>Read with too many corrections to be trusted.</source>
        <translation>Lue avec trop de corrections pour être fiable.</translation>
    </message>
</context>
<context>
    <name>pc::breaches::Letter</name>
    <message>
        <source>Important: an incident concerning your personal data (%1)</source>
        <translation>Important : un incident concernant vos données personnelles (%1)</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>We are writing to tell you about an incident at %1 that concerns your personal data. We take it seriously, and this letter says what happened, what it may mean for you and what you can do.</source>
        <translation>Nous vous écrivons pour vous informer d&apos;un incident survenu chez %1 qui concerne vos données personnelles. Nous le prenons au sérieux : ce courrier vous dit ce qui s&apos;est passé, ce que cela peut signifier pour vous et ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>It happened on %1; we learned of it on %2.</source>
        <translation>Il a eu lieu le %1 ; nous en avons eu connaissance le %2.</translation>
    </message>
    <message>
        <source>We learned of it on %1.</source>
        <translation>Nous en avons eu connaissance le %1.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>The data concerned</source>
        <translation>Les données concernées</translation>
    </message>
    <message>
        <source>What it may mean for you</source>
        <translation>Ce que cela peut signifier pour vous</translation>
    </message>
    <message>
        <source>We are still assessing the consequences; we will write to you again if they concern you.</source>
        <translation>Nous en évaluons encore les conséquences ; nous vous écrirons à nouveau si elles vous concernent.</translation>
    </message>
    <message>
        <source>What we have done</source>
        <translation>Ce que nous avons fait</translation>
    </message>
    <message>
        <source>We have taken steps to stop the incident and keep it from happening again.</source>
        <translation>Nous avons pris des mesures pour faire cesser l&apos;incident et éviter qu&apos;il se reproduise.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Be wary of messages that ask for your passwords or bank details or that claim to come from us, and tell us of anything unusual.</source>
        <translation>Méfiez-vous des messages qui vous demandent vos mots de passe ou vos coordonnées bancaires, ou qui prétendent venir de nous, et signalez-nous tout ce qui vous paraît inhabituel.</translation>
    </message>
    <message>
        <source>For any question, write to us at the address of this letter.</source>
        <translation>Pour toute question, écrivez-nous à l&apos;adresse de ce courrier.</translation>
    </message>
    <message>
        <source>For any question, or to exercise your rights, our data protection officer answers you:</source>
        <translation>Pour toute question, ou pour exercer vos droits, notre délégué à la protection des données vous répond :</translation>
    </message>
    <message>
        <source>You may also lodge a complaint with %1 (%2).</source>
        <translation>Vous pouvez aussi introduire une réclamation auprès de %1 (%2).</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>À qui vous adresser</translation>
    </message>
    <message>
        <source>We are sorry for this incident and for the worry it may cause you.</source>
        <translation>Nous regrettons cet incident et l&apos;inquiétude qu&apos;il peut vous causer.</translation>
    </message>
    <message>
        <source>%1, data protection officer, for %2</source>
        <translation>%1, délégué à la protection des données, pour %2</translation>
    </message>
    <message>
        <source>Our reference: %1 · Your reference: %2</source>
        <translation>Notre référence : %1 · Votre référence : %2</translation>
    </message>
</context>
<context>
    <name>pc::breaches::Notice</name>
    <message>
        <source>Initial notification</source>
        <translation>Notification initiale</translation>
    </message>
    <message>
        <source>Follow-up notification no. %1</source>
        <translation>Notification complémentaire n° %1</translation>
    </message>
    <message>
        <source>Prepared on %1 for %2.</source>
        <translation>Établie le %1 pour %2.</translation>
    </message>
    <message>
        <source>Organic Law 2004-63 sets no duty to notify a personal data breach to the INPDP (Art. 18 sets a duty of security). The organization informs the INPDP of its own accord; a cyber-attack is also reported to the ANCS under Decree-Law 2023-17.</source>
        <translation>La loi organique 2004-63 ne fixe aucune obligation de notifier une violation de données personnelles à l&apos;INPDP (l&apos;art. 18 pose une obligation de sécurité). L&apos;organisme informe l&apos;INPDP de sa propre initiative ; une cyberattaque est aussi signalée à l&apos;ANCS en vertu du décret-loi 2023-17.</translation>
    </message>
    <message>
        <source>The items follow Law 91/2025/QH15 and the contents Decree 13/2023/ND-CP, Art. 23(3) required of a notification to A05; confirm them against Decree 356/2025/ND-CP and A05&apos;s current form before sending.</source>
        <translation>Les rubriques suivent la loi 91/2025/QH15 et le contenu que le décret 13/2023/ND-CP, art. 23(3), exigeait d&apos;une notification à l&apos;A05 ; vérifiez-les au regard du décret 356/2025/ND-CP et du formulaire actuel de l&apos;A05 avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The items follow those the GDPR asks of a notification (Art. 33(3)), the practice the INPDP&apos;s correspondents expect; confirm with the INPDP before sending.</source>
        <translation>Les rubriques suivent celles que le RGPD exige d&apos;une notification (art. 33(3)), la pratique qu&apos;attendent les interlocuteurs de l&apos;INPDP ; vérifiez auprès de l&apos;INPDP avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Information officer</source>
        <translation>Responsable de l&apos;information (information officer)</translation>
    </message>
    <message>
        <source>the CNIL (Commission nationale de l&apos;informatique et des libertés)</source>
        <translation>la CNIL (Commission nationale de l&apos;informatique et des libertés)</translation>
    </message>
    <message>
        <source>the Data Protection Authority (Autorité de protection des données)</source>
        <translation>l&apos;Autorité de protection des données (APD)</translation>
    </message>
    <message>
        <source>the Information Regulator (South Africa)</source>
        <translation>l&apos;Information Regulator (Afrique du Sud)</translation>
    </message>
    <message>
        <source>A05, the Department of Cybersecurity and High-Tech Crime Prevention (Ministry of Public Security)</source>
        <translation>l&apos;A05, département de la cybersécurité et de la lutte contre la criminalité de haute technologie (ministère de la Sécurité publique)</translation>
    </message>
    <message>
        <source>the INPDP (Instance nationale de protection des données personnelles)</source>
        <translation>l&apos;INPDP (Instance nationale de protection des données personnelles)</translation>
    </message>
    <message>
        <source>the competent supervisory authority</source>
        <translation>l&apos;autorité de contrôle compétente</translation>
    </message>
    <message>
        <source>Notification of a personal data breach</source>
        <translation>Notification d&apos;une violation de données personnelles</translation>
    </message>
    <message>
        <source>Notification of a security compromise</source>
        <translation>Notification d&apos;une atteinte à la sécurité (security compromise)</translation>
    </message>
    <message>
        <source>Notification of a violation of personal data protection regulations</source>
        <translation>Notification d&apos;une violation des règles de protection des données personnelles</translation>
    </message>
    <message>
        <source>Information on a personal data breach</source>
        <translation>Information sur une violation de données personnelles</translation>
    </message>
    <message>
        <source>GDPR Art. 33: notification to the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of the breach; the information may be provided in phases (Art. 33(4)).</source>
        <translation>RGPD, art. 33 : notification à l&apos;autorité de contrôle dans les meilleurs délais et, si possible, 72 heures au plus tard après en avoir pris connaissance ; les informations peuvent être communiquées de manière échelonnée (art. 33(4)).</translation>
    </message>
    <message>
        <source>POPIA s22: notification to the Information Regulator as soon as reasonably possible after the discovery of the compromise.</source>
        <translation>POPIA, s22 : notification à l&apos;Information Regulator dès que raisonnablement possible après la découverte de l&apos;atteinte.</translation>
    </message>
    <message>
        <source>Law 91/2025/QH15 on personal data protection: notification to A05 within 72 hours of detecting the violation.</source>
        <translation>Loi 91/2025/QH15 sur la protection des données personnelles : notification à l&apos;A05 dans les 72 heures suivant la détection de la violation.</translation>
    </message>
    <message>
        <source>Organic Law 2004-63 of 27 July 2004 on the protection of personal data.</source>
        <translation>Loi organique 2004-63 du 27 juillet 2004 portant sur la protection des données à caractère personnel.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>a date, a time and its offset from UTC</comment>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Not known yet; to follow in a follow-up notification.</source>
        <translation>Pas encore connu ; sera précisé dans une notification complémentaire.</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Pas encore connu.</translation>
    </message>
    <message>
        <source>Registration number: %1</source>
        <translation>Numéro d&apos;immatriculation : %1</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Partie responsable (responsible party)</translation>
    </message>
    <message>
        <source>Name and address of the responsible party</source>
        <translation>Nom et adresse de la partie responsable</translation>
    </message>
    <message>
        <source>Information officer: name and contact details</source>
        <translation>Responsable de l&apos;information : nom et coordonnées</translation>
    </message>
    <message>
        <source>Personal data controller</source>
        <translation>Responsable du traitement des données personnelles</translation>
    </message>
    <message>
        <source>Name and address of the controller</source>
        <translation>Nom et adresse du responsable du traitement</translation>
    </message>
    <message>
        <source>Contact details of the person in charge of personal data protection</source>
        <translation>Coordonnées de la personne chargée de la protection des données personnelles</translation>
    </message>
    <message>
        <source>The notifying organization</source>
        <translation>L&apos;organisme qui notifie</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Data protection officer or other contact point</source>
        <translation>Délégué à la protection des données ou autre point de contact</translation>
    </message>
    <message>
        <source>The notification</source>
        <translation>La notification</translation>
    </message>
    <message>
        <source>Follow-up notification no. %1, completing the initial notification of %2</source>
        <translation>Notification complémentaire n° %1, qui complète la notification initiale du %2</translation>
    </message>
    <message>
        <source>The authority&apos;s reference: %1</source>
        <translation>Référence de l&apos;autorité : %1</translation>
    </message>
    <message>
        <source>Type of notification</source>
        <translation>Type de notification</translation>
    </message>
    <message>
        <source>Deadline to notify</source>
        <translation>Échéance de la notification</translation>
    </message>
    <message>
        <source>Earlier notifications</source>
        <translation>Notifications précédentes</translation>
    </message>
    <message>
        <source>What this notification adds</source>
        <translation>Ce que cette notification ajoute</translation>
    </message>
    <message>
        <source>Reasons for any delay in notifying</source>
        <translation>Motifs de tout retard de notification</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <source>Not contained at the time of this notification.</source>
        <translation>Pas encore maîtrisée au moment de cette notification.</translation>
    </message>
    <message>
        <source>The security compromise</source>
        <translation>L&apos;atteinte à la sécurité</translation>
    </message>
    <message>
        <source>Date of the security compromise</source>
        <translation>Date de l&apos;atteinte à la sécurité</translation>
    </message>
    <message>
        <source>Date of discovery</source>
        <translation>Date de la découverte</translation>
    </message>
    <message>
        <source>Date contained</source>
        <translation>Date de maîtrise</translation>
    </message>
    <message>
        <source>Description of the security compromise</source>
        <translation>Description de l&apos;atteinte à la sécurité</translation>
    </message>
    <message>
        <source>Type of security compromise</source>
        <translation>Type d&apos;atteinte à la sécurité</translation>
    </message>
    <message>
        <source>The violation</source>
        <translation>La violation</translation>
    </message>
    <message>
        <source>Time of the violation</source>
        <translation>Moment de la violation</translation>
    </message>
    <message>
        <source>Time the violation was detected</source>
        <translation>Moment de la détection</translation>
    </message>
    <message>
        <source>Time the violation was stopped</source>
        <translation>Moment où la violation a cessé</translation>
    </message>
    <message>
        <source>Description of the violation: place, act, organizations and people involved</source>
        <translation>Description de la violation : lieu, acte, organismes et personnes en cause</translation>
    </message>
    <message>
        <source>Nature of the violation</source>
        <translation>Nature de la violation</translation>
    </message>
    <message>
        <source>Origin and cause</source>
        <translation>Origine et cause</translation>
    </message>
    <message>
        <source>The breach</source>
        <translation>La violation</translation>
    </message>
    <message>
        <source>Date and time the breach began</source>
        <translation>Date et heure du début de la violation</translation>
    </message>
    <message>
        <source>Date and time the organization became aware of it</source>
        <translation>Date et heure de la prise de connaissance</translation>
    </message>
    <message>
        <source>Date and time it was contained</source>
        <translation>Date et heure de la maîtrise de la violation</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Nature de la violation</translation>
    </message>
    <message>
        <source>Circumstances of the breach</source>
        <translation>Circonstances de la violation</translation>
    </message>
    <message>
        <source>Personal information and data subjects</source>
        <translation>Informations personnelles et personnes concernées</translation>
    </message>
    <message>
        <source>Kinds of personal information involved</source>
        <translation>Types d&apos;informations personnelles en cause</translation>
    </message>
    <message>
        <source>Number of data subjects affected</source>
        <translation>Nombre de personnes concernées</translation>
    </message>
    <message>
        <source>Number of records affected</source>
        <translation>Nombre d&apos;enregistrements concernés</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Personal data and data subjects</source>
        <translation>Données personnelles et personnes concernées</translation>
    </message>
    <message>
        <source>Types of personal data concerned</source>
        <translation>Types de données personnelles concernées</translation>
    </message>
    <message>
        <source>Amount of personal data concerned (records)</source>
        <translation>Volume de données personnelles concernées (enregistrements)</translation>
    </message>
    <message>
        <source>Number of data subjects concerned</source>
        <translation>Nombre de personnes concernées</translation>
    </message>
    <message>
        <source>Data and people concerned</source>
        <translation>Données et personnes concernées</translation>
    </message>
    <message>
        <source>Categories of personal data concerned</source>
        <translation>Catégories de données personnelles concernées</translation>
    </message>
    <message>
        <source>Approximate number of personal data records concerned</source>
        <translation>Nombre approximatif d&apos;enregistrements de données personnelles concernés</translation>
    </message>
    <message>
        <source>Categories of people concerned</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Approximate number of people concerned</source>
        <translation>Nombre approximatif de personnes concernées</translation>
    </message>
    <message>
        <source>Consequences and measures</source>
        <translation>Conséquences et mesures</translation>
    </message>
    <message>
        <source>Possible consequences of the security compromise</source>
        <translation>Conséquences possibles de l&apos;atteinte à la sécurité</translation>
    </message>
    <message>
        <source>Measures taken or intended to address the security compromise</source>
        <translation>Mesures prises ou envisagées pour remédier à l&apos;atteinte</translation>
    </message>
    <message>
        <source>Recommended measures for the data subjects to mitigate the possible adverse effects</source>
        <translation>Mesures recommandées aux personnes concernées pour atténuer les effets négatifs possibles</translation>
    </message>
    <message>
        <source>Consequences and damage that may arise</source>
        <translation>Conséquences et dommages possibles</translation>
    </message>
    <message>
        <source>Measures taken to remedy and minimise the harm</source>
        <translation>Mesures prises pour y remédier et limiter le préjudice</translation>
    </message>
    <message>
        <source>Likely consequences of the breach</source>
        <translation>Conséquences probables de la violation</translation>
    </message>
    <message>
        <source>Measures taken or proposed to address the breach, including measures to mitigate its possible adverse effects</source>
        <translation>Mesures prises ou envisagées pour remédier à la violation, y compris pour en atténuer les éventuelles conséquences négatives</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told individually (%1), %2.</source>
        <translation>
            <numerusform>%n personne informée individuellement (%1), %2.</numerusform>
            <numerusform>%n personnes informées individuellement (%1), %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data subjects are not notified individually: %1</source>
        <translation>Les personnes concernées ne sont pas notifiées individuellement : %1</translation>
    </message>
    <message>
        <source>The people are not told individually: %1</source>
        <translation>Les personnes ne sont pas informées individuellement : %1</translation>
    </message>
    <message>
        <source>To be told without undue delay, by letter or e-mail to each person.</source>
        <translation>À informer dans les meilleurs délais, par courrier ou courriel à chaque personne.</translation>
    </message>
    <message>
        <source>Not required: the breach is not likely to result in a high risk to the people&apos;s rights and freedoms.</source>
        <translation>Non requis : la violation n&apos;est pas susceptible d&apos;engendrer un risque élevé pour les droits et libertés des personnes.</translation>
    </message>
    <message>
        <source>Notification of the data subjects</source>
        <translation>Notification des personnes concernées</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information des personnes concernées</translation>
    </message>
    <message>
        <source>How the data subjects are notified</source>
        <translation>Comment les personnes concernées sont notifiées</translation>
    </message>
    <message>
        <source>Have the people been told?</source>
        <translation>Les personnes ont-elles été informées ?</translation>
    </message>
    <message>
        <source>What the people are advised to do</source>
        <translation>Ce qui est conseillé aux personnes</translation>
    </message>
    <message>
        <source>The breach %1 was notified on %2; what goes now is a follow-up.</source>
        <translation>La violation %1 a été notifiée le %2 ; ce qui part maintenant est une notification complémentaire.</translation>
    </message>
    <message>
        <source>A follow-up completes an initial notification; %1 has none yet.</source>
        <translation>Une notification complémentaire complète une notification initiale ; %1 n&apos;en a pas encore.</translation>
    </message>
    <message>
        <source>Say what this follow-up adds to the earlier notifications.</source>
        <translation>Dites ce que cette notification complémentaire ajoute aux précédentes.</translation>
    </message>
    <message numerus="yes">
        <source>The notification goes out %n hour(s) after its deadline (%1): give the reasons for the delay; the notification cannot go without them.</source>
        <translation>
            <numerusform>La notification part %n heure après son échéance (%1) : indiquez les motifs du retard ; elle ne peut pas partir sans eux.</numerusform>
            <numerusform>La notification part %n heures après son échéance (%1) : indiquez les motifs du retard ; elle ne peut pas partir sans eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications are written in English or French, not “%1”.</source>
        <translation>Les notifications s&apos;écrivent en anglais ou en français, pas en « %1 ».</translation>
    </message>
    <message>
        <source>How it happened and, if known, the identity of the unauthorised person who may have accessed or acquired the information</source>
        <translation>Comment elle s&apos;est produite et, si elle est connue, l&apos;identité de la personne non autorisée qui a pu accéder aux informations ou les obtenir</translation>
    </message>
</context>
<context>
    <name>pc::cli</name>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>Base de données prête : %1 (schéma %2).</translation>
    </message>
    <message>
        <source>--subjects wants a whole number between 0 and 50000000, not “%1”.</source>
        <translation>--subjects attend un nombre entier compris entre 0 et 50000000, et non « %1 ».</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, et non « %1 ».</translation>
    </message>
    <message>
        <source>Loaded %1 organizations, %2 processing activities and %3 processors into %4.</source>
        <translation>%1 organismes, %2 activités de traitement et %3 sous-traitants chargés dans %4.</translation>
    </message>
    <message>
        <source>%1 data subjects, %2 consent events, %3 rights requests, %4 breaches (%5 s).</source>
        <translation>%1 personnes concernées, %2 événements de consentement, %3 demandes d&apos;exercice de droits, %4 violations (%5 s).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation>Version du schéma : %1 (à jour)</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Privacy Console writes %2; run “privacy-console init” to upgrade)</source>
        <translation>Version du schéma : %1 (cette version de Privacy Console écrit le schéma %2 ; exécutez « privacy-console init » pour mettre à niveau)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Clés étrangères : %1</translation>
    </message>
    <message>
        <source>Missing tables: %1</source>
        <translation>Tables manquantes : %1</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Lignes par table :</translation>
    </message>
    <message>
        <source>The database %1 has problems; see above.</source>
        <translation>La base de données %1 présente des problèmes ; voir ci-dessus.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>The database: a file path, sqlite:///path or postgresql://user@host:port/dbname (the password comes from PGPASSWORD or a prompt). Default: the embedded database in your data folder.</source>
        <translation>La base de données : chemin de fichier, sqlite:///chemin ou postgresql://utilisateur@hôte:port/base (le mot de passe est lu dans PGPASSWORD ou demandé à l&apos;invite). Par défaut : la base de données intégrée, dans votre dossier de données.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>--%1 does not apply to a breach.</source>
        <translation>--%1 ne s’applique pas à une violation.</translation>
    </message>
    <message>
        <source>--%1 only applies to a breach (--breach).</source>
        <translation>--%1 ne s’applique qu’à une violation (--breach).</translation>
    </message>
    <message>
        <source>Say which law applies: --jurisdiction FR, BE, EU, ZA, TN or VN.</source>
        <translation>Indiquez la loi applicable&#xa0;: --jurisdiction FR, BE, EU, ZA, TN ou VN.</translation>
    </message>
    <message>
        <source>--jurisdiction wants one of FR, BE, EU, ZA, TN or VN, not “%1”.</source>
        <translation>--jurisdiction attend FR, BE, EU, ZA, TN ou VN, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--aware wants the moment the breach became known, written YYYY-MM-DDTHH:MM, not “%1”.</source>
        <translation>--aware attend le moment où la violation a été connue, écrit AAAA-MM-JJTHH:MM, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 sets no number of hours to notify a breach.</source>
        <translation>%1&#xa0;: aucun délai en heures n’est fixé pour notifier une violation.</translation>
    </message>
    <message>
        <source>--received wants the day the request arrived, written YYYY-MM-DD, not “%1”.</source>
        <translation>--received attend le jour de réception de la demande, écrit AAAA-MM-JJ, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--paused-days wants a whole number of days between 0 and 3650, not “%1”.</source>
        <translation>--paused-days attend un nombre entier de jours entre 0 et 3650, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 allows no extension.</source>
        <translation>%1&#xa0;: aucune prolongation n’est prévue.</translation>
    </message>
    <message numerus="yes">
        <source>The clock stood still for %n day(s).</source>
        <translation>
            <numerusform>Le délai a été suspendu %n&#xa0;jour.</numerusform>
            <numerusform>Le délai a été suspendu %n&#xa0;jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends on %1, a day that does not count: %2</source>
        <translation>Le délai expire le %1, un jour qui ne compte pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>moment</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due by %1:</source>
        <translation>
            <numerusform>%n échéance d’ici le %1&#xa0;:</numerusform>
            <numerusform>%n échéances d’ici le %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>violation</translation>
    </message>
    <message>
        <source>purge</source>
        <translation>purge</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>EN RETARD de %n jour</numerusform>
            <numerusform>EN RETARD de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>--within wants a number of days between 0 and 3660, not “%1”.</source>
        <translation>--within attend un nombre de jours entre 0 et 3660, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No organization is called “%1” in this database.</source>
        <translation>Aucune organisation ne s’appelle «&#xa0;%1&#xa0;» dans cette base.</translation>
    </message>
    <message>
        <source>The letter does not name an organization of this database: say which with --organization.</source>
        <translation>La lettre ne nomme aucune organisation de cette base&#xa0;: indiquez laquelle avec --organization.</translation>
    </message>
    <message>
        <source>Created %1, received %2, due %3.</source>
        <translation>%1 créée, reçue le %2, à traiter avant le %3.</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>Lettre datée du</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4, no. %5, expires %6; check digits %7</source>
        <translation>%1 %2, %3 %4, n°&#xa0;%5, expire le %6&#xa0;; chiffres de contrôle&#xa0;: %7</translation>
    </message>
    <message>
        <source>all valid</source>
        <translation>tous justes</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 faux</translation>
    </message>
    <message>
        <source>Holder is the requester</source>
        <translation>Le titulaire est le demandeur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>import-letter wants the letter&apos;s file: import-letter LETTER [--id IDCOPY].</source>
        <translation>import-letter attend le fichier de la lettre&#xa0;: import-letter LETTRE [--id COPIE].</translation>
    </message>
    <message>
        <source>%1 takes no file name.</source>
        <translation>%1 ne prend pas de nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) ending by %1:</source>
        <translation>
            <numerusform>%n durée de conservation échue au plus tard le %1&#xa0;:</numerusform>
            <numerusform>%n durées de conservation échues au plus tard le %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>échue depuis %n jour</numerusform>
            <numerusform>échue depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>échoit aujourd’hui</translation>
    </message>
    <message>
        <source>HELD: %1</source>
        <translation>GEL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is changed. On %1, %2 people would be deleted and %3 anonymised; %4 are held by a legal hold, %5 left to an archive.</source>
        <translation>Essai à blanc&#xa0;: rien n’est modifié. Au %1, %2 personnes seraient supprimées et %3 anonymisées&#xa0;; %4 sont sous gel juridique, %5 laissées à un archivage.</translation>
    </message>
    <message>
        <source>%1 consent events, %2 requests, %3 documents</source>
        <translation>%1 consentements, %2 demandes, %3 documents</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>GEL</translation>
    </message>
    <message>
        <source>Purge run %1: %2 people purged, %3 rows deleted or anonymised, %4 held (%5 s).</source>
        <translation>Purge n°&#xa0;%1&#xa0;: %2 personnes purgées, %3 lignes supprimées ou anonymisées, %4 sous gel (%5 s).</translation>
    </message>
    <message>
        <source>The purge is done, but its report could not be written to %1: %2</source>
        <translation>La purge est faite, mais son rapport n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>retention purge wants either --dry-run (list) or --execute (purge).</source>
        <translation>retention purge attend soit --dry-run (lister), soit --execute (purger).</translation>
    </message>
    <message>
        <source>--report only applies to retention purge --execute.</source>
        <translation>--report ne s’applique qu’à retention purge --execute.</translation>
    </message>
    <message>
        <source>A purge cannot run as of a day to come: only what is due today can go.</source>
        <translation>Une purge ne peut pas se faire à une date à venir&#xa0;: seul ce qui est échu aujourd’hui peut partir.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>--%1 wants a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 attend une date écrite AAAA-MM-JJ, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>report wants the organization it is about: --organization NAME.</source>
        <translation>report attend l’organisme dont il traite&#xa0;: --organization NOM.</translation>
    </message>
    <message>
        <source>--lang is fr or en, not “%1”.</source>
        <translation>--lang vaut fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from and --to apply to the requests, breaches and consents reports.</source>
        <translation>--from et --to s’appliquent aux rapports requests, breaches et consents.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>--status applies to the requests report.</source>
        <translation>--status s’applique au rapport requests.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation>--paper vaut a4 ou letter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), written to %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n page, écrite dans %2</numerusform>
            <numerusform>%1&#xa0;: %n pages, écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This report has no table to write as CSV (the organization has nothing to list).</source>
        <translation>Ce rapport n’a aucun tableau à écrire en CSV (l’organisme n’a rien à lister).</translation>
    </message>
    <message>
        <source>This report has no table “%1”; its tables are: %2.</source>
        <translation>Ce rapport n’a pas de tableau «&#xa0;%1&#xa0;»&#xa0;; ses tableaux sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The table could not be written to %1: %2</source>
        <translation>Le tableau n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, table “%2”: %n row(s), written to %3</source>
        <translation>
            <numerusform>%1, tableau «&#xa0;%2&#xa0;»&#xa0;: %n ligne, écrite dans %3</numerusform>
            <numerusform>%1, tableau «&#xa0;%2&#xa0;»&#xa0;: %n lignes, écrites dans %3</numerusform>
        </translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>it does not follow the entry before it: an entry was removed or slipped in</source>
        <translation>elle ne suit pas l’entrée qui la précède&#xa0;: une entrée a été retirée ou glissée</translation>
    </message>
    <message>
        <source>the row data it holds is not what was recorded</source>
        <translation>les données qu’elle contient ne sont pas celles qui ont été enregistrées</translation>
    </message>
    <message>
        <source>it carries no hash</source>
        <translation>elle ne porte pas d’empreinte</translation>
    </message>
    <message>
        <source>its content is not what was recorded</source>
        <translation>son contenu n’est pas celui qui a été enregistré</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2.</source>
        <translation>Le journal d’audit est rompu à l’entrée %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s %1 entries are whole: each follows the one before it.</source>
        <translation>Les %1 entrées du journal d’audit sont intactes&#xa0;: chacune suit celle qui la précède.</translation>
    </message>
    <message>
        <source>Last entry&apos;s hash (note it down to check the trail against later): %1</source>
        <translation>Empreinte de la dernière entrée (à noter pour vérifier le journal plus tard)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is for a shared PostgreSQL server: give it with --database postgresql://user@host/db.</source>
        <translation>%1 est pour un serveur PostgreSQL partagé&#xa0;: indiquez-le avec --database postgresql://utilisateur@hote/base.</translation>
    </message>
    <message>
        <source>The server is set up for %1: schema %2, roles %3, %4 and %5.</source>
        <translation>Le serveur est préparé pour %1&#xa0;: schéma %2, rôles %3, %4 et %5.</translation>
    </message>
    <message>
        <source>user wants what to do and whom: user add NAME --role ROLE, or user disable NAME.</source>
        <translation>user attend quoi faire et pour qui&#xa0;: user add NOM --role RÔLE, ou user disable NOM.</translation>
    </message>
    <message>
        <source>user add wants the role: --role admin, officer or viewer.</source>
        <translation>user add attend le rôle&#xa0;: --role admin, officer ou viewer.</translation>
    </message>
    <message>
        <source>%1 can no longer reach this register.</source>
        <translation>%1 n’a plus accès à ce registre.</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Le même, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 signs in to this register as %2.</source>
        <translation>%1 se connecte à ce registre en tant que %2.</translation>
    </message>
    <message>
        <source>%1 wants its file: --%2 FILE.</source>
        <translation>%1 attend son fichier&#xa0;: --%2 FICHIER.</translation>
    </message>
    <message>
        <source>%1 copied to %2 (%3, %4).</source>
        <translation>%1&#xa0;: copie écrite dans %2 (%3, %4).</translation>
    </message>
    <message>
        <source>%1 restored into %2 (%3).</source>
        <translation>%1&#xa0;: copie restaurée dans %2 (%3).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Say what to do: init, demo, check, deadline, due, import-letter, retention, report, audit, server-setup, user, backup or restore (see --help).</source>
        <translation>Dites quoi faire&#xa0;: init, demo, check, deadline, due, import-letter, retention, report, audit, server-setup, user, backup ou restore (voir --help).</translation>
    </message>
    <message>
        <source>Create or update the schema, the roles and their rights on a PostgreSQL server.</source>
        <translation>Créer ou mettre à jour le schéma, les rôles et leurs droits sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Give an officer a sign-in on the server, or change their role; the password is asked, or read from standard input.</source>
        <translation>Donner à un délégué un accès au serveur, ou changer son rôle&#xa0;; le mot de passe est demandé, ou lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The officer&apos;s sign-in name on the server.</source>
        <translation>Le nom de connexion du délégué sur le serveur.</translation>
    </message>
    <message>
        <source>admin, officer or viewer.</source>
        <translation>admin, officer ou viewer.</translation>
    </message>
    <message>
        <source>The name shown for the user.</source>
        <translation>Le nom affiché pour l’utilisateur.</translation>
    </message>
    <message>
        <source>Take an officer&apos;s access to the register away; their trail stays.</source>
        <translation>Retirer à un délégué l’accès au registre&#xa0;; sa trace reste.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s chain of hashes, entry by entry; the first broken one is named.</source>
        <translation>Vérifier la chaîne d’empreintes du journal d’audit, entrée par entrée&#xa0;; la première rompue est nommée.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <source>%1 has no option %2; its options are %3.</source>
        <translation>%1 n’a pas d’option %2&#xa0;; ses options sont %3.</translation>
    </message>
    <message>
        <source>%1 does not apply to %2: it only applies to %3. The options of %2 are %4.</source>
        <translation>%1 ne s’applique pas à %2&#xa0;: elle ne s’applique qu’à %3. Les options de %2 sont %4.</translation>
    </message>
    <message>
        <source>How many days ahead to look (default 30).</source>
        <translation>Combien de jours regarder à l’avance (30 par défaut).</translation>
    </message>
    <message>
        <source>Privacy Console: the privacy officer&apos;s register of processing activities, data subjects, consents, rights requests, processors and retention.</source>
        <translation>Privacy Console&#xa0;: le registre du délégué à la protection des données — activités de traitement, personnes concernées, consentements, demandes d’exercice de droits, sous-traitants et conservation.</translation>
    </message>
    <message>
        <source>Without a verb, the application window opens (--database ADDRESS opens another register).</source>
        <translation>Sans verbe, la fenêtre de l’application s’ouvre (--database ADRESSE ouvre un autre registre).</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbes&#xa0;:</translation>
    </message>
    <message>
        <source>“privacy-console VERB --help” describes one verb, its options and examples.</source>
        <translation>«&#xa0;privacy-console VERBE --help&#xa0;» décrit un verbe, ses options et des exemples.</translation>
    </message>
    <message>
        <source>%1 wants what to do: %2 (see %1 --help).</source>
        <translation>%1 attend quoi faire&#xa0;: %2 (voir %1 --help).</translation>
    </message>
    <message>
        <source>The legal deadline of a request, or of a breach&apos;s notification, under the rules shipped with the application; reads no database.</source>
        <translation>Le délai légal d’une demande, ou de la notification d’une violation, selon les règles livrées avec l’application&#xa0;; ne lit aucune base.</translation>
    </message>
    <message>
        <source>The law that applies, by country code (FR, BE, EU, ZA, TN, VN); for a breach, EU when not given.</source>
        <translation>La loi applicable, par code de pays (FR, BE, EU, ZA, TN, VN)&#xa0;; pour une violation, EU si rien n’est indiqué.</translation>
    </message>
    <message>
        <source>The day the request arrived (YYYY-MM-DD).</source>
        <translation>Le jour de réception de la demande (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The period has been extended.</source>
        <translation>Le délai a été prolongé.</translation>
    </message>
    <message>
        <source>Days the clock stood still, waiting for an ID or a clarification.</source>
        <translation>Les jours où le délai a été suspendu, dans l’attente d’une pièce d’identité ou d’une précision.</translation>
    </message>
    <message>
        <source>The notification deadline of a breach.</source>
        <translation>Le délai de notification d’une violation.</translation>
    </message>
    <message>
        <source>When the breach became known (YYYY-MM-DDTHH:MM).</source>
        <translation>Le moment où la violation a été connue (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
        <source>The law and its citations come first; the date, YYYY-MM-DD, is on the last line.</source>
        <translation>La loi et ses références viennent d’abord&#xa0;; la date, AAAA-MM-JJ, est sur la dernière ligne.</translation>
    </message>
    <message>
        <source>The day taken as today (YYYY-MM-DD).</source>
        <translation>Le jour pris pour aujourd’hui (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Read a request letter (PDF or scan) and an identity document&apos;s copy; with --create, record the request.</source>
        <translation>Lire une lettre de demande (PDF ou numérisation) et la copie d’une pièce d’identité&#xa0;; avec --create, enregistrer la demande.</translation>
    </message>
    <message>
        <source>The letter: a PDF, or a scan or photo (PNG, JPEG, TIFF).</source>
        <translation>La lettre&#xa0;: un PDF, ou une numérisation ou une photo (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>A copy of the identity document sent with the letter.</source>
        <translation>Une copie de la pièce d’identité jointe à la lettre.</translation>
    </message>
    <message>
        <source>Print what was read as one JSON object.</source>
        <translation>Afficher ce qui a été lu en un objet JSON.</translation>
    </message>
    <message>
        <source>Record the request in the database.</source>
        <translation>Enregistrer la demande dans la base.</translation>
    </message>
    <message>
        <source>With --create: the organization addressed, by name or number, when the letter does not say.</source>
        <translation>Avec --create&#xa0;: l’organisme destinataire, par nom ou numéro, quand la lettre ne le dit pas.</translation>
    </message>
    <message>
        <source>With --create: the day the request arrived (YYYY-MM-DD; default today).</source>
        <translation>Avec --create&#xa0;: le jour de réception de la demande (AAAA-MM-JJ&#xa0;; aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Reading alone writes nothing; the organizations of the database, when there is one, help find whom the letter is addressed to.</source>
        <translation>La lecture seule n’écrit rien&#xa0;; les organismes de la base, s’il y en a une, aident à trouver à qui la lettre est adressée.</translation>
    </message>
    <message>
        <source>A register as a PDF document, or one of its tables as CSV.</source>
        <translation>Un registre en document PDF, ou l’un de ses tableaux en CSV.</translation>
    </message>
    <message>
        <source>The language of the report, fr or en (default: the application&apos;s).</source>
        <translation>La langue du rapport, fr ou en (par défaut&#xa0;: celle de l’application).</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation>Le premier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD).</source>
        <translation>Le dernier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Requests only: those open, closed, or of one status (received, answered…).</source>
        <translation>Demandes seulement&#xa0;: celles ouvertes, closes, ou d’un statut (received, answered…).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>With --out FILE.csv: which of the report&apos;s tables (default: its main list).</source>
        <translation>Avec --out FICHIER.csv&#xa0;: lequel des tableaux du rapport (par défaut&#xa0;: sa liste principale).</translation>
    </message>
    <message>
        <source>The period applies to the requests, breaches and consents reports.</source>
        <translation>La période s’applique aux rapports requests, breaches et consents.</translation>
    </message>
    <message>
        <source>Only this organization, by name or number.</source>
        <translation>Seulement cet organisme, par nom ou numéro.</translation>
    </message>
    <message>
        <source>Every person and retention rule whose period ends within the days given, soonest first, those under a legal hold marked; reads only.</source>
        <translation>Chaque personne et règle de conservation dont la durée prend fin dans les jours indiqués, la plus proche d’abord, celles sous gel juridique signalées&#xa0;; lecture seule.</translation>
    </message>
    <message>
        <source>The people whose last retention period has ended: list them, or delete or anonymise them in one transaction, a tombstone each, and write the report.</source>
        <translation>Les personnes dont la dernière durée de conservation a pris fin&#xa0;: les lister, ou les supprimer ou anonymiser en une transaction, une trace chacune, et écrire le rapport.</translation>
    </message>
    <message>
        <source>List who would be purged, change nothing.</source>
        <translation>Lister qui serait purgé, sans rien modifier.</translation>
    </message>
    <message>
        <source>Purge them, in one transaction.</source>
        <translation>Les purger, en une transaction.</translation>
    </message>
    <message>
        <source>With --execute: write the purge report (PDF) there.</source>
        <translation>Avec --execute&#xa0;: écrire là le rapport de purge (PDF).</translation>
    </message>
    <message>
        <source>The day taken as today (YYYY-MM-DD); a purge cannot run ahead of time.</source>
        <translation>Le jour pris pour aujourd’hui (AAAA-MM-JJ)&#xa0;; une purge ne peut pas devancer son échéance.</translation>
    </message>
    <message>
        <source>Create the database, or upgrade its schema.</source>
        <translation>Créer la base de données, ou mettre à niveau son schéma.</translation>
    </message>
    <message>
        <source>Fill a database with the five demo organizations.</source>
        <translation>Remplir une base avec les cinq organismes de démonstration.</translation>
    </message>
    <message>
        <source>How many data subjects to create (default 300).</source>
        <translation>Combien de personnes concernées créer (300 par défaut).</translation>
    </message>
    <message>
        <source>The day the demo data treats as today (YYYY-MM-DD).</source>
        <translation>Le jour que les données de démonstration prennent pour aujourd’hui (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The seed of the generated volume.</source>
        <translation>La graine du volume généré.</translation>
    </message>
    <message>
        <source>Verify a database: schema version, integrity, foreign keys, counts; reads only.</source>
        <translation>Vérifier une base&#xa0;: version du schéma, intégrité, clés étrangères, comptes&#xa0;; lecture seule.</translation>
    </message>
    <message>
        <source>A copy of the whole register while others work (SQLite&apos;s online backup; pg_dump&apos;s archive for a server).</source>
        <translation>Une copie de tout le registre pendant que les autres travaillent (sauvegarde en ligne de SQLite&#xa0;; archive de pg_dump pour un serveur).</translation>
    </message>
    <message>
        <source>The file of the copy.</source>
        <translation>Le fichier de la copie.</translation>
    </message>
    <message>
        <source>The copy brought back into an empty database, then checked.</source>
        <translation>La copie ramenée dans une base vide, puis vérifiée.</translation>
    </message>
    <message>
        <source>The copy to bring back.</source>
        <translation>La copie à ramener.</translation>
    </message>
    <message>
        <source>The key to identity document copies was renewed: %1&apos;s key opens none of them.</source>
        <translation>La clé des copies de pièces d&apos;identité a été renouvelée : la clé de %1 n&apos;en ouvre plus aucune.</translation>
    </message>
    <message>
        <source>The key to identity document copies will be renewed the next time an officer who holds it opens the register; until then %1 cannot reach it either.</source>
        <translation>La clé des copies de pièces d&apos;identité sera renouvelée la prochaine fois qu&apos;un délégué qui la détient ouvrira le registre ; d&apos;ici là, %1 ne peut pas non plus l&apos;atteindre.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation>Aucune demande n&apos;a la référence %1.</translation>
    </message>
    <message>
        <source>Several organizations have a request %1: say which with --organization.</source>
        <translation>Plusieurs organismes ont une demande %1 : précisez laquelle avec --organization.</translation>
    </message>
    <message>
        <source>The request&apos;s reference.</source>
        <translation>La référence de la demande.</translation>
    </message>
    <message>
        <source>Only the copies of this request.</source>
        <translation>Seulement les copies de cette demande.</translation>
    </message>
    <message>
        <source>The organization whose request it is, when several have that reference.</source>
        <translation>L’organisme dont c’est la demande, quand plusieurs ont cette référence.</translation>
    </message>
    <message>
        <source>The identity document copies waiting for their check: request, file, size, SHA-256 of the original, and the day each is destroyed at the latest.</source>
        <translation>Les copies de pièces d&apos;identité en attente de vérification : demande, fichier, taille, SHA-256 de l&apos;original et le jour où chacune sera détruite au plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %n byte(s)  SHA-256 %3  destroyed by %4</source>
        <translation>
            <numerusform>%1  %2  %n octet  SHA-256 %3  détruite au plus tard le %4</numerusform>
            <numerusform>%1  %2  %n octets  SHA-256 %3  détruite au plus tard le %4</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in this database)</source>
        <translation>(absente de cette base)</translation>
    </message>
    <message>
        <source>No identity document copy is waiting for its check.</source>
        <translation>Aucune copie de pièce d&apos;identité n&apos;attend sa vérification.</translation>
    </message>
    <message>
        <source>Decrypts each identity document copy of a request in memory and prints ok and the SHA-256 of what it decrypts to; for officers given access only.</source>
        <translation>Déchiffre en mémoire chaque copie de pièce d&apos;identité d&apos;une demande et affiche ok et le SHA-256 de ce qu&apos;elle donne ; réservé aux délégués qui en ont reçu l&apos;accès.</translation>
    </message>
    <message>
        <source>%1: destroyed on %2</source>
        <translation>%1 : détruite le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>ok  %1  SHA-256 %2</source>
        <translation>ok  %1  SHA-256 %2</translation>
    </message>
    <message>
        <source>This request has no identity document copy to verify.</source>
        <translation>Cette demande n&apos;a aucune copie de pièce d&apos;identité à vérifier.</translation>
    </message>
    <message>
        <source>Destroys the identity document copies of a request now: their ciphertext and keys go, their names and fingerprints stay, the request&apos;s history says when.</source>
        <translation>Détruit maintenant les copies de pièces d&apos;identité d&apos;une demande : leur chiffré et leurs clés disparaissent, leurs noms et empreintes restent, l&apos;historique de la demande dit quand.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) of %1 destroyed.</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité de %1 détruite.</numerusform>
            <numerusform>%n copies de pièces d&apos;identité de %1 détruites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives an officer access to the identity document copies, sealing the register&apos;s vault key to theirs; they need to have opened the register once.</source>
        <translation>Donne à un délégué l&apos;accès aux copies de pièces d&apos;identité en scellant la clé du coffre du registre pour la sienne ; il doit avoir ouvert le registre une fois.</translation>
    </message>
    <message>
        <source>The officer&apos;s sign-in name.</source>
        <translation>L&apos;identifiant de connexion du délégué.</translation>
    </message>
    <message>
        <source>id-copies grant wants whom: id-copies grant NAME.</source>
        <translation>id-copies grant attend à qui : id-copies grant NOM.</translation>
    </message>
    <message>
        <source>%1 may now read the identity document copies of this register.</source>
        <translation>%1 peut désormais lire les copies de pièces d&apos;identité de ce registre.</translation>
    </message>
    <message>
        <source>Identity document copies kept in a folder of this computer: %1 moved into the register, %2 not (their file or its key is not here; they stay where they are).</source>
        <translation>Copies de pièces d&apos;identité conservées dans un dossier de cet ordinateur : %1 transférées dans le registre, %2 non (leur fichier ou sa clé n&apos;est pas ici ; elles restent où elles sont).</translation>
    </message>
    <message>
        <source>Your key was protected by an earlier password: a new key was made, and an officer must give you access to identity document copies again.</source>
        <translation>Votre clé était protégée par un ancien mot de passe : une nouvelle clé a été créée, et un délégué doit vous redonner l&apos;accès aux copies de pièces d&apos;identité.</translation>
    </message>
    <message numerus="yes">
        <source>Identity document copies are never in a backup: %n copy(ies) left out, with the keys that open them (their names, sizes and fingerprints are in).</source>
        <translation>
            <numerusform>Les copies de pièces d&apos;identité ne sont jamais sauvegardées : %n copie laissée de côté, avec les clés qui l&apos;ouvrent (son nom, sa taille et son empreinte y sont).</numerusform>
            <numerusform>Les copies de pièces d&apos;identité ne sont jamais sauvegardées : %n copies laissées de côté, avec les clés qui les ouvrent (leurs noms, tailles et empreintes y sont).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your own sign-in password on the server; your key to identity document copies is protected by the new one at the same moment. The new password is asked, or read from standard input.</source>
        <translation>Change votre propre mot de passe de connexion au serveur ; votre clé des copies de pièces d&apos;identité est protégée par le nouveau au même moment. Le nouveau mot de passe est demandé, ou lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>Your password is changed; sign in with it from now on.</source>
        <translation>Votre mot de passe est changé ; connectez-vous désormais avec lui.</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>à vérifier : %1</translation>
    </message>
    <message>
        <source>Known to the register as</source>
        <translation>Connu du registre sous le nom</translation>
    </message>
    <message>
        <source>all valid, not sure: %1</source>
        <translation>tous valides, sans certitude : %1</translation>
    </message>
    <message>
        <source>The organization it goes into, by name or number (default: the one the register names, created when the database has none).</source>
        <translation>L’organisme où il entre, par nom ou numéro (par défaut : celui que nomme le registre, créé si la base n’en a pas).</translation>
    </message>
    <message>
        <source>Show what would be created and updated, write nothing.</source>
        <translation>Montrer ce qui serait créé et mis à jour, sans rien écrire.</translation>
    </message>
    <message>
        <source>Importing the same file again changes nothing. What the model does not hold (the legal basis of each purpose) is left for the officer, and each activity says so.</source>
        <translation>Importer à nouveau le même fichier ne change rien. Ce que le modèle ne contient pas (la base légale de chaque finalité) reste à compléter par le délégué, et chaque activité le signale.</translation>
    </message>
    <message>
        <source>register import wants one file: the register to bring in.</source>
        <translation>register import attend un fichier : le registre à reprendre.</translation>
    </message>
    <message>
        <source>Dry run: nothing is written.</source>
        <translation>Simulation : rien n’est écrit.</translation>
    </message>
    <message>
        <source>The register already holds this file: nothing to change.</source>
        <translation>Le registre contient déjà ce fichier : rien à changer.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Imported into “%1” (organization %2). Activities created: %3; updated: %4; unchanged: %5.</source>
        <translation>Importé dans « %1 » (organisme %2). Activités créées : %3 ; mises à jour : %4 ; inchangées : %5.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>on the list only</source>
        <translation>sur la liste seulement</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>feuille « %1 »</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>change : %1</translation>
    </message>
    <message>
        <source>fills: %1</source>
        <translation>apporte : %1</translation>
    </message>
    <message>
        <source>to check in the file:</source>
        <translation>à vérifier dans le fichier :</translation>
    </message>
    <message>
        <source>left to finish in the register:</source>
        <translation>reste à compléter dans le registre :</translation>
    </message>
    <message>
        <source>The organization whose register it is, by name or number.</source>
        <translation>L’organisme dont c’est le registre, par nom ou numéro.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The language of the document, fr or en (default: the application&apos;s).</source>
        <translation>La langue du document, fr ou en (par défaut : celle de l’application).</translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation>Registre écrit dans %1</translation>
    </message>
    <message>
        <source>The file to write: FILE.pdf, FILE.csv, or FILE.odt or FILE.docx to edit it in a word processor.</source>
        <translation>Le fichier à écrire : FICHIER.pdf, FICHIER.csv, ou FICHIER.odt ou FICHIER.docx pour le modifier dans un traitement de texte.</translation>
    </message>
    <message>
        <source>report wants where to write it: --out FILE.pdf, FILE.csv, FILE.odt or FILE.docx.</source>
        <translation>report attend où l’écrire : --out FICHIER.pdf, FICHIER.csv, FICHIER.odt ou FICHIER.docx.</translation>
    </message>
    <message>
        <source>--table chooses a table for a CSV file; a document holds them all.</source>
        <translation>--table choisit une table pour un fichier CSV ; un document les contient toutes.</translation>
    </message>
    <message>
        <source>%1: written to %2</source>
        <translation>%1 : écrit dans %2</translation>
    </message>
    <message>
        <source>The record of processing activities in the CNIL&apos;s model, or as a document to edit in a word processor with the content and language of its PDF report.</source>
        <translation>Le registre des activités de traitement dans le modèle de la CNIL, ou en document à modifier dans un traitement de texte, avec le contenu et la langue de son rapport PDF.</translation>
    </message>
    <message>
        <source>Bring in a register kept in the CNIL&apos;s model, or in a spreadsheet of one&apos;s own (.ods, .xlsx, .csv): every activity created or updated by its reference, in one transaction.</source>
        <translation>Reprendre un registre tenu dans le modèle de la CNIL, ou dans un tableur à soi (.ods, .xlsx, .csv) : chaque activité créée ou mise à jour d’après sa référence, en une transaction.</translation>
    </message>
    <message>
        <source>The register: the CNIL&apos;s model filled in, or a table of activities (one row each, or one sheet per list) whose columns are found by their headings.</source>
        <translation>Le registre : le modèle de la CNIL rempli, ou un tableau de traitements (une ligne chacun, ou une feuille par liste) dont les colonnes sont trouvées par leurs en-têtes.</translation>
    </message>
    <message>
        <source>%1 from “%2” (%3)</source>
        <translation>%1 depuis « %2 » (%3)</translation>
    </message>
    <message>
        <source>Sheet “%1” read as %2: %3.</source>
        <translation>Feuille « %1 » lue comme %2 : %3.</translation>
    </message>
    <message>
        <source>cnil-ods (the CNIL&apos;s register model filled in), xlsx (a workbook of the register&apos;s lists), both of which import back; odt (OpenDocument text) or docx (Word).</source>
        <translation>cnil-ods (le modèle de registre de la CNIL rempli), xlsx (un classeur des listes du registre), qui se réimportent tous deux ; odt (texte OpenDocument) ou docx (Word).</translation>
    </message>
    <message>
        <source>--format is cnil-ods, xlsx, odt or docx, not “%1”.</source>
        <translation>--format vaut cnil-ods, xlsx, odt ou docx, et non « %1 ».</translation>
    </message>
    <message>
        <source>--lang applies to xlsx, odt and docx: the CNIL&apos;s model is in French.</source>
        <translation>--lang s’applique à xlsx, odt et docx : le modèle de la CNIL est en français.</translation>
    </message>
    <message>
        <source>The organization has no processing activity “%1”.</source>
        <translation>L&apos;organisme n&apos;a pas de traitement « %1 ».</translation>
    </message>
    <message>
        <source>Bring in an impact assessment exported by the CNIL&apos;s PIA tool (.json): its answers, measures, evaluations, comments and opinions, in one transaction.</source>
        <translation>Importe une analyse d&apos;impact exportée par l&apos;outil PIA de la CNIL (.json) : ses réponses, mesures, évaluations, commentaires et avis, en une seule transaction.</translation>
    </message>
    <message>
        <source>The file the PIA tool exported.</source>
        <translation>Le fichier exporté par l&apos;outil PIA.</translation>
    </message>
    <message>
        <source>The organization it goes into, by name or number.</source>
        <translation>L&apos;organisme auquel elle appartient, par son nom ou son numéro.</translation>
    </message>
    <message>
        <source>The processing activity it covers, by reference or name; may be given more than once.</source>
        <translation>Le traitement qu&apos;elle couvre, par sa référence ou son nom ; peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>The new assessment&apos;s number is printed alone on the last line.</source>
        <translation>Le numéro de la nouvelle analyse est écrit seul sur la dernière ligne.</translation>
    </message>
    <message>
        <source>dpia import wants one file: the assessment to bring in.</source>
        <translation>dpia import attend un fichier : l&apos;analyse à importer.</translation>
    </message>
    <message>
        <source>Imported “%1” (%2). Answers: %3; measures: %4; evaluations: %5; comments: %6.</source>
        <translation>« %1 » importée (%2). Réponses : %3 ; mesures : %4 ; évaluations : %5 ; commentaires : %6.</translation>
    </message>
    <message>
        <source>Write an impact assessment as a file the CNIL&apos;s PIA tool imports.</source>
        <translation>Écrit une analyse d&apos;impact dans un fichier que l&apos;outil PIA de la CNIL importe.</translation>
    </message>
    <message>
        <source>The assessment&apos;s number (dpia list).</source>
        <translation>Le numéro de l&apos;analyse (dpia list).</translation>
    </message>
    <message>
        <source>pia-json, the PIA tool&apos;s file.</source>
        <translation>pia-json, le fichier de l&apos;outil PIA.</translation>
    </message>
    <message>
        <source>dpia export wants the number of one assessment.</source>
        <translation>dpia export attend le numéro d&apos;une analyse.</translation>
    </message>
    <message>
        <source>--format is pia-json, not “%1”.</source>
        <translation>--format vaut pia-json, pas « %1 ».</translation>
    </message>
    <message>
        <source>Impact assessment “%1” written to %2</source>
        <translation>Analyse d&apos;impact « %1 » écrite dans %2</translation>
    </message>
    <message>
        <source>The impact assessments: number, status, review date, name and the activities they cover.</source>
        <translation>Les analyses d&apos;impact : numéro, statut, date de révision, nom et traitements couverts.</translation>
    </message>
    <message>
        <source>Only this organization&apos;s, by name or number.</source>
        <translation>Seulement celles de cet organisme, par son nom ou son numéro.</translation>
    </message>
    <message>
        <source>No impact assessment.</source>
        <translation>Aucune analyse d&apos;impact.</translation>
    </message>
    <message>
        <source>Which register: the processing activities (ropa), processors, rights requests, breaches, retention rules or consents; or one impact assessment (dpia).</source>
        <translation>Quel registre : les traitements (ropa), les sous-traitants, les demandes d&apos;exercice des droits, les violations, les règles de conservation ou les consentements ; ou une analyse d&apos;impact (dpia).</translation>
    </message>
    <message>
        <source>The organization it is about, by name or number (all but dpia).</source>
        <translation>L&apos;organisme concerné, par son nom ou son numéro (sauf pour dpia).</translation>
    </message>
    <message>
        <source>The impact assessment of a dpia report, by its number (dpia list).</source>
        <translation>L&apos;analyse d&apos;impact d&apos;un rapport dpia, par son numéro (dpia list).</translation>
    </message>
    <message>
        <source>report wants which register: ropa, processors, requests, breaches, retention, consents or dpia.</source>
        <translation>report attend le registre voulu : ropa, processors, requests, breaches, retention, consents ou dpia.</translation>
    </message>
    <message>
        <source>report dpia wants the number of the assessment: --dpia NUMBER.</source>
        <translation>report dpia attend le numéro de l&apos;analyse : --dpia NUMÉRO.</translation>
    </message>
    <message>
        <source>report dpia takes the assessment&apos;s organization: leave out --organization.</source>
        <translation>report dpia prend l&apos;organisme de l&apos;analyse : retirez --organization.</translation>
    </message>
    <message>
        <source>--dpia applies to the dpia report.</source>
        <translation>--dpia s&apos;applique au rapport dpia.</translation>
    </message>
    <message>
        <source>dpia review</source>
        <translation>révision aipd</translation>
    </message>
    <message>
        <source>dpia action</source>
        <translation>action aipd</translation>
    </message>
    <message>
        <source>What falls due in the next days: open requests, breaches to notify, retention purges, and the impact assessments&apos; reviews and actions, soonest first; reads only.</source>
        <translation>Ce qui arrive à échéance dans les prochains jours : demandes ouvertes, violations à notifier, purges de conservation, et révisions et actions des analyses d&apos;impact, les plus proches d&apos;abord ; lecture seule.</translation>
    </message>
    <message>
        <source>text (default: a line each) or json (for scripts and monitoring).</source>
        <translation>text (par défaut : une ligne chacune) ou json (pour les scripts et la supervision).</translation>
    </message>
    <message>
        <source>A short plain-text summary, late first, then today, this week and later: for a daily mail from cron or a systemd timer.</source>
        <translation>Un court résumé en texte brut, le retard d&apos;abord, puis aujourd&apos;hui, cette semaine et plus tard : pour un courriel quotidien envoyé par cron ou un minuteur systemd.</translation>
    </message>
    <message>
        <source>--format is text or json, not “%1”.</source>
        <translation>--format vaut text ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>--digest is text: leave out --format json.</source>
        <translation>--digest est du texte : retirez --format json.</translation>
    </message>
    <message>
        <source>Privacy Console — what falls due by %1</source>
        <translation>Privacy Console — ce qui arrive à échéance d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation>Rien n&apos;arrive à échéance.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>In the next seven days</source>
        <translation>Dans les sept prochains jours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Write every dated duty as an iCalendar file (.ics) a calendar imports or subscribes to: each event keeps its identity from one file to the next.</source>
        <translation>Écrit chaque obligation datée dans un fichier iCalendar (.ics) qu&apos;un agenda importe ou auquel il s&apos;abonne : chaque événement garde son identité d&apos;un fichier à l&apos;autre.</translation>
    </message>
    <message>
        <source>--ics writes a file: leave out --format and --digest.</source>
        <translation>--ics écrit un fichier : retirez --format et --digest.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The breach, by its reference in the breach register.</source>
        <translation>La violation, par sa référence dans le registre des violations.</translation>
    </message>
    <message>
        <source>No breach has the reference “%1”.</source>
        <translation>Aucune violation n&apos;a la référence « %1 ».</translation>
    </message>
    <message>
        <source>Several organizations have a breach “%1”: say which with --organization.</source>
        <translation>Plusieurs organismes ont une violation « %1 » : précisez lequel avec --organization.</translation>
    </message>
    <message>
        <source>A breach&apos;s notification to the authority of its organization, under the headings of the authority&apos;s form: as a PDF to send, or as text to copy into its online form.</source>
        <translation>La notification d&apos;une violation à l&apos;autorité de son organisme, sous les rubriques du formulaire de l&apos;autorité : en PDF à envoyer, ou en texte à recopier dans son formulaire en ligne.</translation>
    </message>
    <message>
        <source>The organization of the breach, when several have the reference.</source>
        <translation>L&apos;organisme de la violation, quand plusieurs ont cette référence.</translation>
    </message>
    <message>
        <source>initial (the default) or follow-up, which completes the notifications sent.</source>
        <translation>initial (par défaut) ou follow-up, qui complète les notifications envoyées.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>The notification&apos;s language, fr or en; by default the one the authority takes.</source>
        <translation>La langue de la notification, fr ou en ; par défaut celle de l&apos;autorité.</translation>
    </message>
    <message>
        <source>A follow-up: what it adds to the earlier notifications.</source>
        <translation>Une notification complémentaire : ce qu&apos;elle ajoute aux précédentes.</translation>
    </message>
    <message>
        <source>Why the notification comes after its deadline; required then, unless the breach&apos;s record gives the reasons.</source>
        <translation>Pourquoi la notification arrive après son échéance ; obligatoire dans ce cas, sauf si la fiche de la violation en donne les motifs.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, or .txt for the form&apos;s fields.</source>
        <translation>Le fichier à écrire : .pdf, ou .txt pour les champs du formulaire.</translation>
    </message>
    <message>
        <source>Record it as sent now, kept with its text on the breach (the initial one sets when the authority was notified).</source>
        <translation>L&apos;enregistrer comme envoyée maintenant, avec son texte, sur la violation (l&apos;initiale fixe la date de notification à l&apos;autorité).</translation>
    </message>
    <message>
        <source>breach notice takes no file argument; the file to write is --out.</source>
        <translation>breach notice ne prend pas de fichier en argument ; le fichier à écrire est --out.</translation>
    </message>
    <message>
        <source>--phase is initial or follow-up, not “%1”.</source>
        <translation>--phase vaut initial ou follow-up, pas « %1 ».</translation>
    </message>
    <message>
        <source>--out names a .pdf or a .txt file.</source>
        <translation>--out désigne un fichier .pdf ou .txt.</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 écrite dans %2</translation>
    </message>
    <message>
        <source>Not known yet: %1.</source>
        <translation>Pas encore connu : %1.</translation>
    </message>
    <message>
        <source>The notification was written but not recorded: %1</source>
        <translation>La notification a été écrite mais pas enregistrée : %1</translation>
    </message>
    <message>
        <source>Recorded as sent on %1.</source>
        <translation>Enregistrée comme envoyée le %1.</translation>
    </message>
    <message>
        <source>The letters that tell the people concerned of a breach, each in the person&apos;s language: one PDF with a page per person, and a CSV for a mailing tool.</source>
        <translation>Les courriers qui informent les personnes concernées d&apos;une violation, chacun dans la langue de la personne : un PDF d&apos;une page par personne, et un CSV pour un outil d&apos;envoi.</translation>
    </message>
    <message>
        <source>Only the people of this category, by name; may be given more than once.</source>
        <translation>Seulement les personnes de cette catégorie, par son nom ; peut être donnée plusieurs fois.</translation>
    </message>
    <message>
        <source>Only the people concerned by this consent purpose, by code or name; may be given more than once.</source>
        <translation>Seulement les personnes concernées par cette finalité de consentement, par son code ou son nom ; peut être donnée plusieurs fois.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>Only these people: e-mail addresses or references separated by commas, or a file with one per line.</source>
        <translation>Seulement ces personnes : adresses électroniques ou références séparées par des virgules, ou un fichier avec une par ligne.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>The PDF file of the letters.</source>
        <translation>Le fichier PDF des courriers.</translation>
    </message>
    <message>
        <source>Also a CSV file for a mailing tool.</source>
        <translation>Aussi un fichier CSV pour un outil d&apos;envoi.</translation>
    </message>
    <message>
        <source>Record each person as told now, by this means: letter, email, phone, in_person or public_notice.</source>
        <translation>Enregistrer chaque personne comme informée maintenant, par ce moyen : letter, email, phone, in_person ou public_notice.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>Without --category, --purpose or --people, every person of the breach&apos;s organization receives a letter.</source>
        <translation>Sans --category, --purpose ni --people, chaque personne de l&apos;organisme de la violation reçoit un courrier.</translation>
    </message>
    <message>
        <source>breach letters takes no file argument; the file to write is --out.</source>
        <translation>breach letters ne prend pas de fichier en argument ; le fichier à écrire est --out.</translation>
    </message>
    <message>
        <source>--out names a .pdf file.</source>
        <translation>--out désigne un fichier .pdf.</translation>
    </message>
    <message>
        <source>--csv names a .csv file.</source>
        <translation>--csv désigne un fichier .csv.</translation>
    </message>
    <message>
        <source>--record is one of %1, not “%2”.</source>
        <translation>--record vaut l&apos;un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>--people names nobody.</source>
        <translation>--people ne désigne personne.</translation>
    </message>
    <message>
        <source>%1 has no category of people “%2”; its categories are: %3.</source>
        <translation>%1 n&apos;a pas de catégorie de personnes « %2 » ; ses catégories sont : %3.</translation>
    </message>
    <message>
        <source>%1 has no consent purpose “%2”; its purposes are: %3.</source>
        <translation>%1 n&apos;a pas de finalité de consentement « %2 » ; ses finalités sont : %3.</translation>
    </message>
    <message>
        <source>Nobody of %1 has the e-mail address or reference: %2.</source>
        <translation>Personne chez %1 n&apos;a l&apos;adresse électronique ou la référence : %2.</translation>
    </message>
    <message>
        <source>The selection names nobody; no letter was written.</source>
        <translation>La sélection ne désigne personne ; aucun courrier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n courrier écrit dans %1</numerusform>
            <numerusform>%n courriers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailing list written to %1</source>
        <translation>La liste d&apos;envoi écrite dans %1</translation>
    </message>
    <message>
        <source>The letters were written but not recorded: %1</source>
        <translation>Les courriers ont été écrits mais pas enregistrés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n person(s) told on %1.</source>
        <translation>
            <numerusform>Enregistré : %n personne informée le %1.</numerusform>
            <numerusform>Enregistré : %n personnes informées le %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::codes</name>
    <message>
        <source>France (GDPR, CNIL)</source>
        <translation>France (RGPD, CNIL)</translation>
    </message>
    <message>
        <source>Belgium (GDPR, Data Protection Authority)</source>
        <translation>Belgique (RGPD, Autorité de protection des données)</translation>
    </message>
    <message>
        <source>South Africa (POPIA, Information Regulator)</source>
        <translation>Afrique du Sud (POPIA, Information Regulator)</translation>
    </message>
    <message>
        <source>Tunisia (Organic Law 2004-63, INPDP)</source>
        <translation>Tunisie (loi organique 2004-63, INPDP)</translation>
    </message>
    <message>
        <source>Other EU/EEA member state (GDPR)</source>
        <translation>Autre État membre de l&apos;UE/EEE (RGPD)</translation>
    </message>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Consentement (art. 6(1)(a))</translation>
    </message>
    <message>
        <source>Performance of a contract (Art. 6(1)(b))</source>
        <translation>Exécution d&apos;un contrat (art. 6(1)(b))</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Obligation légale (art. 6(1)(c))</translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation>Sauvegarde des intérêts vitaux (art. 6(1)(d))</translation>
    </message>
    <message>
        <source>Public interest or official authority (Art. 6(1)(e))</source>
        <translation>Mission d&apos;intérêt public ou exercice de l&apos;autorité publique (art. 6(1)(e))</translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Intérêt légitime (art. 6(1)(f))</translation>
    </message>
    <message>
        <source>Explicit consent (Art. 9(2)(a))</source>
        <translation>Consentement explicite (art. 9(2)(a))</translation>
    </message>
    <message>
        <source>Employment and social security law (Art. 9(2)(b))</source>
        <translation>Droit du travail, de la sécurité sociale et de la protection sociale (art. 9(2)(b))</translation>
    </message>
    <message>
        <source>Vital interests, subject incapable of consent (Art. 9(2)(c))</source>
        <translation>Sauvegarde des intérêts vitaux, personne concernée hors d&apos;état de consentir (art. 9(2)(c))</translation>
    </message>
    <message>
        <source>Not-for-profit body, members (Art. 9(2)(d))</source>
        <translation>Organisme à but non lucratif, membres (art. 9(2)(d))</translation>
    </message>
    <message>
        <source>Made manifestly public by the subject (Art. 9(2)(e))</source>
        <translation>Données manifestement rendues publiques par la personne concernée (art. 9(2)(e))</translation>
    </message>
    <message>
        <source>Legal claims or courts (Art. 9(2)(f))</source>
        <translation>Droits en justice ou fonction juridictionnelle (art. 9(2)(f))</translation>
    </message>
    <message>
        <source>Substantial public interest (Art. 9(2)(g))</source>
        <translation>Motif d&apos;intérêt public important (art. 9(2)(g))</translation>
    </message>
    <message>
        <source>Preventive or occupational medicine, health care (Art. 9(2)(h))</source>
        <translation>Médecine préventive ou médecine du travail, soins de santé (art. 9(2)(h))</translation>
    </message>
    <message>
        <source>Public health (Art. 9(2)(i))</source>
        <translation>Santé publique (art. 9(2)(i))</translation>
    </message>
    <message>
        <source>Archiving, research or statistics (Art. 9(2)(j))</source>
        <translation>Archivage, recherche ou statistiques (art. 9(2)(j))</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Website visitor</source>
        <translation>Visiteur du site web</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Candidat à un emploi</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Supplier contact</source>
        <translation>Contact fournisseur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Responsable conjoint du traitement</translation>
    </message>
    <message>
        <source>Processor on behalf of a client</source>
        <translation>Sous-traitant pour le compte d&apos;un client</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Internal department</source>
        <translation>Service interne</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Autorité publique</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Décision d&apos;adéquation (art. 45)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46(2)(c))</source>
        <translation>Clauses contractuelles types (art. 46(2)(c))</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation>Règles d&apos;entreprise contraignantes (art. 47)</translation>
    </message>
    <message>
        <source>Approved code of conduct (Art. 46(2)(e))</source>
        <translation>Code de conduite approuvé (art. 46(2)(e))</translation>
    </message>
    <message>
        <source>Approved certification (Art. 46(2)(f))</source>
        <translation>Mécanisme de certification approuvé (art. 46(2)(f))</translation>
    </message>
    <message>
        <source>Authorised contractual clauses (Art. 46(3)(a))</source>
        <translation>Clauses contractuelles autorisées (art. 46(3)(a))</translation>
    </message>
    <message>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation>Dérogation pour une situation particulière (art. 49)</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Aucune garantie</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Independent controller (recipient)</source>
        <translation>Responsable du traitement distinct (destinataire)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Collection of the data</source>
        <translation>Collecte des données</translation>
    </message>
    <message>
        <source>End of the customer relationship</source>
        <translation>Fin de la relation client</translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Termination notice</source>
        <translation>Notification de la résiliation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Archive (restricted access)</source>
        <translation>Placer en archivage intermédiaire (accès restreint)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Recueil</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Web form tick box</source>
        <translation>Case à cocher d&apos;un formulaire web</translation>
    </message>
    <message>
        <source>Mobile app permission</source>
        <translation>Autorisation dans l&apos;application mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Cookie banner</source>
        <translation>Bandeau cookies</translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation>Enregistrement importé</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Postal letter</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation>Pas susceptible d&apos;engendrer un risque</translation>
    </message>
    <message>
        <source>Risk to rights and freedoms</source>
        <translation>Risque pour les droits et libertés</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifiée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Courrier de demande</translation>
    </message>
    <message>
        <source>Identity document copy</source>
        <translation>Copie de pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Vietnam (Personal Data Protection Law 91/2025, A05)</source>
        <translation>Viêt Nam (loi n°&#xa0;91/2025 sur la protection des données personnelles, A05)</translation>
    </message>
    <message>
        <source>The holder is the requester</source>
        <translation>Le titulaire est le demandeur</translation>
    </message>
    <message>
        <source>The holder is not the requester</source>
        <translation>Le titulaire n&apos;est pas le demandeur</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluante</translation>
    </message>
    <message>
        <source>Identity card (three-line zone)</source>
        <translation>Carte d&apos;identité (bande de trois lignes)</translation>
    </message>
    <message>
        <source>Identity document (two lines of 36)</source>
        <translation>Titre d&apos;identité (deux lignes de 36)</translation>
    </message>
    <message>
        <source>Passport (two lines of 44)</source>
        <translation>Passeport (deux lignes de 44)</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Required, not started</source>
        <translation>Requise, non commencée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Validated and signed</source>
        <translation>Validée et signée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Loss of confidentiality</source>
        <translation>Perte de la confidentialité</translation>
    </message>
    <message>
        <source>Loss of integrity</source>
        <translation>Perte de l&apos;intégrité</translation>
    </message>
    <message>
        <source>Loss of availability</source>
        <translation>Perte de la disponibilité</translation>
    </message>
    <message>
        <source>Initial notification</source>
        <translation>Notification initiale</translation>
    </message>
    <message>
        <source>Follow-up notification</source>
        <translation>Notification complémentaire</translation>
    </message>
    <message>
        <source>Public communication</source>
        <translation>Communication publique</translation>
    </message>
</context>
<context>
    <name>pc::consent::ConsentHistory</name>
    <message>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Where / request</source>
        <translation>Point de collecte / demande</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>demande %1</translation>
    </message>
    <message>
        <source>The first %1 events are shown; the CSV export has them all.</source>
        <translation>Les %1 premiers événements sont montrés ; l&apos;export CSV les contient tous.</translation>
    </message>
</context>
<context>
    <name>pc::dates</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A deadline: its weekday and date, then how far it is (&quot;Fri 11/12/2026 · in 3 days&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pc::deadlines::Calendar</name>
    <message>
        <source>Answer request %1</source>
        <translation>Répondre à la demande %1</translation>
    </message>
    <message>
        <source>%1 (%2): the legal deadline to answer the request.</source>
        <translation>%1 (%2) : le délai légal pour répondre à la demande.</translation>
    </message>
    <message>
        <source>Notify breach %1 to the authority</source>
        <translation>Notifier la violation %1 à l&apos;autorité</translation>
    </message>
    <message>
        <source>%1 (%2): 72 hours after the breach became known (Art. 33(1)).</source>
        <translation>%1 (%2) : 72 heures après la prise de connaissance de la violation (art. 33(1)).</translation>
    </message>
    <message>
        <source>Retention purge: %1</source>
        <translation>Purge de conservation : %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Review the impact assessment “%1”</source>
        <translation>Revoir l&apos;analyse d&apos;impact « %1 »</translation>
    </message>
    <message>
        <source>Action of the impact assessment “%1”</source>
        <translation>Action de l&apos;analyse d&apos;impact « %1 »</translation>
    </message>
    <message>
        <source>The processing agreement with %1 ends</source>
        <translation>Fin du contrat de sous-traitance avec %1</translation>
    </message>
    <message>
        <source>%1: renew or end the agreement (Art. 28(3)).</source>
        <translation>%1 : renouveler ou terminer le contrat (art. 28(3)).</translation>
    </message>
    <message>
        <source>Privacy Console deadlines</source>
        <translation>Échéances Privacy Console</translation>
    </message>
    <message>
        <source>Check the privacy policy of %1</source>
        <translation>Vérifier la politique de confidentialité de %1</translation>
    </message>
    <message>
        <source>Version %1, in effect since %2: does it still say what is done (purposes, recipients, periods, rights)? Update it where needed (Art. 24(1)).</source>
        <translation>Version %1, en vigueur depuis le %2 : dit-elle toujours ce qui est fait (finalités, destinataires, durées, droits) ? Mettez-la à jour si besoin (art. 24(1)).</translation>
    </message>
</context>
<context>
    <name>pc::deadlines::Deadlines</name>
    <message>
        <source>GDPR Art. 12(3): without undue delay and in any event within one month of receipt, counted as Regulation (EEC, Euratom) No 1182/71, Art. 3 says (the day of receipt is not counted; the month ends on the same date, or on the last day of a month that has no such date).</source>
        <translation>RGPD, art. 12, §&#xa0;3&#xa0;: dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception, calculé selon l’art. 3 du règlement (CEE, Euratom) n°&#xa0;1182/71 (le jour de la réception n’est pas compté&#xa0;; le mois expire à la même date, ou au dernier jour d’un mois qui n’a pas cette date).</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): extendable by two further months where necessary, the person being told of the extension and its reasons within the first month.</source>
        <translation>RGPD, art. 12, §&#xa0;3&#xa0;: prolongeable de deux mois si nécessaire, la personne étant informée de la prolongation et de ses motifs dans le premier mois.</translation>
    </message>
    <message>
        <source>Regulation (EEC, Euratom) No 1182/71, Art. 3(4): a period whose last day is a Saturday, a Sunday or a public holiday ends on the next working day.</source>
        <translation>Règlement (CEE, Euratom) n°&#xa0;1182/71, art. 3, §&#xa0;4&#xa0;: un délai dont le dernier jour est un samedi, un dimanche ou un jour férié expire le jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): notify the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of the breach.</source>
        <translation>RGPD, art. 33, §&#xa0;1&#xa0;: notifier l’autorité de contrôle dans les meilleurs délais et, si possible, 72&#xa0;heures au plus tard après en avoir pris connaissance.</translation>
    </message>
    <message>
        <source>GDPR (Regulation (EU) 2016/679) and the French Data Protection Act (law 78-17)</source>
        <translation>RGPD (règlement (UE) 2016/679) et loi Informatique et Libertés (loi n°&#xa0;78-17)</translation>
    </message>
    <message>
        <source>CNIL (Commission nationale de l&apos;informatique et des libertés)</source>
        <translation>CNIL (Commission nationale de l’informatique et des libertés)</translation>
    </message>
    <message>
        <source>GDPR (Regulation (EU) 2016/679) and the Belgian law of 30 July 2018</source>
        <translation>RGPD (règlement (UE) 2016/679) et loi belge du 30&#xa0;juillet 2018</translation>
    </message>
    <message>
        <source>Data Protection Authority (Autorité de protection des données)</source>
        <translation>Autorité de protection des données</translation>
    </message>
    <message>
        <source>GDPR (Regulation (EU) 2016/679)</source>
        <translation>RGPD (règlement (UE) 2016/679)</translation>
    </message>
    <message>
        <source>The supervisory authority of the member state</source>
        <translation>L’autorité de contrôle de l’État membre</translation>
    </message>
    <message>
        <source>Public holidays: list the member state&apos;s in the calendar.</source>
        <translation>Jours fériés&#xa0;: indiquez ceux de l’État membre dans le calendrier.</translation>
    </message>
    <message>
        <source>POPIA (Act 4 of 2013) and PAIA (Act 2 of 2000)</source>
        <translation>POPIA (loi n°&#xa0;4 de 2013) et PAIA (loi n°&#xa0;2 de 2000)</translation>
    </message>
    <message>
        <source>Information Regulator</source>
        <translation>Information Regulator</translation>
    </message>
    <message>
        <source>PAIA s56(1), which POPIA s23 applies to requests for access: as soon as reasonably possible, but in any event within 30 days after the request is received.</source>
        <translation>PAIA, s.&#xa0;56(1), que la s.&#xa0;23 de POPIA applique aux demandes d’accès&#xa0;: dès que raisonnablement possible, et en tout état de cause dans les 30&#xa0;jours suivant la réception de la demande.</translation>
    </message>
    <message>
        <source>PAIA s57(1): once, for a further period of not more than 30 days, the requester being told within the first 30 days.</source>
        <translation>PAIA, s.&#xa0;57(1)&#xa0;: une seule fois, pour 30&#xa0;jours au plus, le demandeur étant informé dans les 30 premiers jours.</translation>
    </message>
    <message>
        <source>Interpretation Act 33 of 1957, s4: the first day is not counted and the last day is, unless it is a Sunday or a public holiday, when the period ends on the next day that is neither.</source>
        <translation>Interpretation Act n°&#xa0;33 de 1957, s.&#xa0;4&#xa0;: le premier jour n’est pas compté, le dernier l’est, sauf s’il tombe un dimanche ou un jour férié&#xa0;; le délai expire alors le jour suivant qui n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>POPIA s22(2): as soon as reasonably possible after the discovery of the compromise; 72 hours is the target the Information Regulator&apos;s guidance follows.</source>
        <translation>POPIA, s.&#xa0;22(2)&#xa0;: dès que raisonnablement possible après la découverte de la compromission&#xa0;; 72&#xa0;heures est l’objectif que suivent les lignes directrices de l’Information Regulator.</translation>
    </message>
    <message>
        <source>Organic Law 2004-63 of 27 July 2004 on the protection of personal data</source>
        <translation>Loi organique n°&#xa0;2004-63 du 27&#xa0;juillet 2004 portant sur la protection des données à caractère personnel</translation>
    </message>
    <message>
        <source>INPDP (Instance nationale de protection des données personnelles)</source>
        <translation>INPDP (Instance nationale de protection des données personnelles)</translation>
    </message>
    <message>
        <source>Organic Law 2004-63, Art. 40: a copy of the data, free of charge, within one month of the request.</source>
        <translation>Loi organique n°&#xa0;2004-63, art. 40&#xa0;: une copie des données, sans frais, dans un délai d’un mois à compter de la demande.</translation>
    </message>
    <message>
        <source>Organic Law 2004-63 has no rule for a period ending on a day off: it ends on its last day (the safer reading).</source>
        <translation>La loi organique n°&#xa0;2004-63 ne prévoit rien pour un délai expirant un jour chômé&#xa0;: il expire à son dernier jour (la lecture la plus prudente).</translation>
    </message>
    <message>
        <source>Organic Law 2004-63 sets no breach notification (Art. 18: a duty of security); a cyber-attack is reported to the ANCS under Decree-Law 2023-17.</source>
        <translation>La loi organique n°&#xa0;2004-63 ne prévoit pas de notification des violations (art. 18&#xa0;: obligation de sécurité)&#xa0;; une cyberattaque est signalée à l’ANCS selon le décret-loi n°&#xa0;2023-17.</translation>
    </message>
    <message>
        <source>The one-month period of Art. 40 is the one the sources consulted report: confirm it in the Official Journal (JORT no. 61 of 30 July 2004).</source>
        <translation>Le délai d’un mois de l’art. 40 est celui que rapportent les sources consultées&#xa0;: vérifiez-le au Journal officiel (JORT n°&#xa0;61 du 30&#xa0;juillet 2004).</translation>
    </message>
    <message>
        <source>Law 91/2025/QH15 on personal data protection and Decree 356/2025/ND-CP, in force since 1 January 2026 (they replace Decree 13/2023/ND-CP)</source>
        <translation>Loi n°&#xa0;91/2025/QH15 sur la protection des données personnelles et décret n°&#xa0;356/2025/ND-CP, en vigueur depuis le 1er&#xa0;janvier 2026 (ils remplacent le décret n°&#xa0;13/2023/ND-CP)</translation>
    </message>
    <message>
        <source>A05, Department of Cybersecurity and High-Tech Crime Prevention (Ministry of Public Security)</source>
        <translation>A05, Département de la cybersécurité et de la prévention de la criminalité high-tech (ministère de la Sécurité publique)</translation>
    </message>
    <message>
        <source>Decree 356/2025/ND-CP: acknowledge within 2 working days; withdrawal of consent, restriction and objection within 15 days (20 when a processor or a third party must act).</source>
        <translation>Décret n°&#xa0;356/2025/ND-CP&#xa0;: accuser réception sous 2&#xa0;jours ouvrables&#xa0;; retrait du consentement, limitation et opposition sous 15&#xa0;jours (20 lorsqu’un sous-traitant ou un tiers doit agir).</translation>
    </message>
    <message>
        <source>Decree 356/2025/ND-CP: once, by up to 15 days.</source>
        <translation>Décret n°&#xa0;356/2025/ND-CP&#xa0;: une seule fois, de 15&#xa0;jours au plus.</translation>
    </message>
    <message>
        <source>Civil Code 2015, Art. 148: a period whose last day is a weekly rest day or a public holiday ends at the end of the next working day.</source>
        <translation>Code civil de 2015, art. 148&#xa0;: un délai dont le dernier jour est un jour de repos hebdomadaire ou un jour férié expire à la fin du jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>Law 91/2025/QH15: notify A05 within 72 hours of detecting the breach.</source>
        <translation>Loi n°&#xa0;91/2025/QH15&#xa0;: notifier l’A05 dans les 72&#xa0;heures suivant la détection de la violation.</translation>
    </message>
    <message>
        <source>The decree sets its own period for access, correction and erasure: check it against the request&apos;s rights. Requests received before 1 January 2026 fall under Decree 13/2023/ND-CP (72 hours).</source>
        <translation>Le décret fixe un délai propre à l’accès, à la rectification et à l’effacement&#xa0;: vérifiez-le selon les droits exercés. Les demandes reçues avant le 1er&#xa0;janvier 2026 relèvent du décret n°&#xa0;13/2023/ND-CP (72&#xa0;heures).</translation>
    </message>
</context>
<context>
    <name>pc::deadlines::DueList</name>
    <message numerus="yes">
        <source>%n person(s) to erase or anonymise</source>
        <translation>
            <numerusform>%n personne à effacer ou anonymiser</numerusform>
            <numerusform>%n personnes à effacer ou anonymiser</numerusform>
        </translation>
    </message>
    <message>
        <source>review of the impact assessment</source>
        <translation>révision de l&apos;analyse d&apos;impact</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pc::deadlines::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l’an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Belgian National Day</source>
        <translation>Fête nationale belge</translation>
    </message>
    <message>
        <source>Human Rights Day</source>
        <translation>Journée des droits de l’homme</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Journée de la famille</translation>
    </message>
    <message>
        <source>Freedom Day</source>
        <translation>Journée de la liberté</translation>
    </message>
    <message>
        <source>Workers&apos; Day</source>
        <translation>Fête des travailleurs</translation>
    </message>
    <message>
        <source>Youth Day</source>
        <translation>Journée de la jeunesse</translation>
    </message>
    <message>
        <source>National Women&apos;s Day</source>
        <translation>Journée nationale des femmes</translation>
    </message>
    <message>
        <source>Heritage Day</source>
        <translation>Journée du patrimoine</translation>
    </message>
    <message>
        <source>Day of Reconciliation</source>
        <translation>Journée de la réconciliation</translation>
    </message>
    <message>
        <source>Day of Goodwill</source>
        <translation>Journée de la bienveillance</translation>
    </message>
    <message>
        <source>Public holiday (%1 fell on a Sunday)</source>
        <translation>Jour férié (%1 tombait un dimanche)</translation>
    </message>
</context>
<context>
    <name>pc::deadlines::RequestDeadlines</name>
    <message>
        <source>The due date follows from the day the request was received.</source>
        <translation>La date limite découle du jour de réception de la demande.</translation>
    </message>
    <message>
        <source>%1 does not count: %2</source>
        <translation>Le %1 ne compte pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>No deadline rule is known for “%1”.</source>
        <translation>Aucune règle de délai n’est connue pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The clock has stood still %n day(s), waiting for the person&apos;s answer.</source>
        <translation>
            <numerusform>Le délai est suspendu depuis %n jour, dans l’attente de la réponse de la personne.</numerusform>
            <numerusform>Le délai est suspendu depuis %n jours, dans l’attente de la réponse de la personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock stood still %n day(s) while the person was asked for their identity or a clarification.</source>
        <translation>
            <numerusform>Le délai a été suspendu %n jour, le temps d’obtenir de la personne son identité ou des précisions.</numerusform>
            <numerusform>Le délai a été suspendu %n jours, le temps d’obtenir de la personne son identité ou des précisions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::deadlines::RuleBook</name>
    <message>
        <source>“%1” is not a jurisdiction the application knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une juridiction connue de l’application.</translation>
    </message>
    <message>
        <source>Name the law the rule comes from.</source>
        <translation>Indiquez la loi dont la règle découle.</translation>
    </message>
    <message>
        <source>Name the authority people can complain to.</source>
        <translation>Indiquez l’autorité auprès de laquelle les personnes peuvent se plaindre.</translation>
    </message>
    <message>
        <source>The period to answer must be at least one day or one month.</source>
        <translation>Le délai de réponse doit être d’au moins un jour ou un mois.</translation>
    </message>
    <message>
        <source>Cite the article that sets the period to answer.</source>
        <translation>Citez l’article qui fixe le délai de réponse.</translation>
    </message>
    <message>
        <source>An extension cannot be negative.</source>
        <translation>Une prolongation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Cite the article that allows the extension.</source>
        <translation>Citez l’article qui permet la prolongation.</translation>
    </message>
    <message>
        <source>The hours to notify a breach cannot be negative.</source>
        <translation>Le délai de notification d’une violation ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Cite the article that sets the hours to notify a breach.</source>
        <translation>Citez l’article qui fixe le délai de notification d’une violation.</translation>
    </message>
    <message>
        <source>%1 is not a day of %2.</source>
        <translation>Le %1 n’est pas un jour de %2.</translation>
    </message>
    <message>
        <source>Name the holiday of %1.</source>
        <translation>Donnez un nom au jour férié du %1.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>Le %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The law settles the deadlines of %1: its rule cannot be changed.</source>
        <translation>La loi fixe les délais pour %1&#xa0;: sa règle ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>pc::documents::DocumentFile</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: keep a smaller copy (a PDF, a photo).</source>
        <translation>%1 dépasse %2 Mo : gardez une copie plus légère (un PDF, une photo).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>pc::documents::Letter</name>
    <message>
        <source>the Commission nationale de l&apos;informatique et des libertés (CNIL)</source>
        <translation>la Commission nationale de l’informatique et des libertés (CNIL)</translation>
    </message>
    <message>
        <source>the Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)</source>
        <translation>l’Autorité de protection des données (APD)</translation>
    </message>
    <message>
        <source>the Information Regulator (South Africa)</source>
        <translation>l’Information Regulator (Afrique du Sud)</translation>
    </message>
    <message>
        <source>the National Authority for Personal Data Protection (INPDP)</source>
        <translation>l’Instance nationale de protection des données personnelles (INPDP)</translation>
    </message>
    <message>
        <source>the Department of Cybersecurity and High-Tech Crime Prevention (A05) of the Ministry of Public Security</source>
        <translation>le Département de la cybersécurité et de la prévention de la criminalité de haute technologie (A05) du ministère de la Sécurité publique</translation>
    </message>
    <message>
        <source>the supervisory authority of the Member State where you live or work</source>
        <translation>l’autorité de contrôle de l’État membre où vous résidez ou travaillez</translation>
    </message>
    <message>
        <source>the General Data Protection Regulation (GDPR)</source>
        <translation>le règlement général sur la protection des données (RGPD)</translation>
    </message>
    <message>
        <source>Article 12(3) of the GDPR</source>
        <translation>article 12, paragraphe 3, du RGPD</translation>
    </message>
    <message>
        <source>the Protection of Personal Information Act (POPIA)</source>
        <translation>la loi sud-africaine sur la protection des informations personnelles (POPIA)</translation>
    </message>
    <message>
        <source>section 56 of PAIA, applied by section 23 of POPIA</source>
        <translation>article 56 de la PAIA, applicable en vertu de l’article 23 de la POPIA</translation>
    </message>
    <message>
        <source>section 57 of PAIA</source>
        <translation>article 57 de la PAIA</translation>
    </message>
    <message>
        <source>Organic Law No. 2004-63 of 27 July 2004</source>
        <translation>la loi organique n° 2004-63 du 27 juillet 2004</translation>
    </message>
    <message>
        <source>Article 40 of Organic Law No. 2004-63</source>
        <translation>article 40 de la loi organique n° 2004-63</translation>
    </message>
    <message>
        <source>Organic Law No. 2004-63</source>
        <translation>loi organique n° 2004-63</translation>
    </message>
    <message>
        <source>the Personal Data Protection Law No. 91/2025/QH15</source>
        <translation>la loi n° 91/2025/QH15 sur la protection des données personnelles</translation>
    </message>
    <message>
        <source>Decree No. 356/2025/ND-CP</source>
        <translation>décret n° 356/2025/ND-CP</translation>
    </message>
    <message>
        <source>your right of access</source>
        <translation>votre droit d’accès</translation>
    </message>
    <message>
        <source>your right to rectification</source>
        <translation>votre droit de rectification</translation>
    </message>
    <message>
        <source>your right to erasure</source>
        <translation>votre droit à l’effacement</translation>
    </message>
    <message>
        <source>your right to restriction of processing</source>
        <translation>votre droit à la limitation du traitement</translation>
    </message>
    <message>
        <source>your right to object</source>
        <translation>votre droit d’opposition</translation>
    </message>
    <message>
        <source>your right to data portability</source>
        <translation>votre droit à la portabilité</translation>
    </message>
    <message>
        <source>your right to withdraw your consent</source>
        <translation>votre droit de retirer votre consentement</translation>
    </message>
    <message>
        <source>Acknowledgement of your request</source>
        <translation>Accusé de réception de votre demande</translation>
    </message>
    <message>
        <source>Your request: proof of identity</source>
        <translation>Votre demande : justificatif d’identité</translation>
    </message>
    <message>
        <source>Your request: clarification needed</source>
        <translation>Votre demande : précisions nécessaires</translation>
    </message>
    <message>
        <source>Your request: extension of the time limit</source>
        <translation>Votre demande : prolongation du délai de réponse</translation>
    </message>
    <message>
        <source>Reply to your request</source>
        <translation>Réponse à votre demande</translation>
    </message>
    <message>
        <source>Your request: our decision</source>
        <translation>Votre demande : notre décision</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Sir or Madam</source>
        <translation>Madame, Monsieur</translation>
    </message>
    <message>
        <source>Information Officer</source>
        <translation>Responsable de l’information (Information Officer)</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>a copy of an identity document (identity card, passport or driving licence)</source>
        <translation>une copie d’une pièce d’identité (carte d’identité, passeport ou permis de conduire)</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the date of the letter, under the addressee</comment>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>Re: </source>
        <translation>Objet&#xa0;: </translation>
    </message>
    <message>
        <source>Our reference: </source>
        <translation>Notre référence&#xa0;: </translation>
    </message>
</context>
<context>
    <name>pc::dossier::AccessReport</name>
    <message>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
    <message>
        <source>Held by %1, as of %2.</source>
        <translation>Détenues par %1, au %2.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Collectées le</translation>
    </message>
    <message>
        <source>Relationship since</source>
        <translation>Relation depuis le</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Fin de la relation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>What we use your data for</source>
        <translation>L’utilisation de vos données</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transfert vers</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservation&#xa0;:</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Vos consentements</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Vos demandes</translation>
    </message>
    <message>
        <source>You may ask us to correct or erase these data, to restrict their use, or object to it, and withdraw a consent at any time.</source>
        <translation>Vous pouvez nous demander de rectifier ou d’effacer ces données, d’en limiter l’utilisation ou vous y opposer, et retirer un consentement à tout moment.</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>à déterminer</translation>
    </message>
</context>
<context>
    <name>pc::dpia::DpiaPrefill</name>
    <message>
        <source>There is no processing activity %1.</source>
        <translation>Il n&apos;y a pas de traitement %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>legal basis to choose</source>
        <translation>base légale à choisir</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Finalités :</translation>
    </message>
    <message>
        <source>Controller: %1</source>
        <translation>Responsable du traitement : %1</translation>
    </message>
    <message>
        <source>Joint controllers: %1</source>
        <translation>Responsables conjoints : %1</translation>
    </message>
    <message>
        <source>Data protection officer: %1</source>
        <translation>Délégué à la protection des données : %1</translation>
    </message>
    <message>
        <source>Processors: %1</source>
        <translation>Sous-traitants : %1</translation>
    </message>
    <message>
        <source>special category</source>
        <translation>catégorie particulière</translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation>Destinataires : %1</translation>
    </message>
    <message>
        <source>People are told of the processing by the privacy policy, which names its purposes, legal bases, recipients, periods and their rights, and how to reach %1.</source>
        <translation>Les personnes sont informées du traitement par la politique de confidentialité, qui en indique les finalités, les bases légales, les destinataires, les durées et leurs droits, et comment joindre %1.</translation>
    </message>
    <message>
        <source>Requests reach %1 by e-mail or letter; each is recorded with its legal deadline, the requester&apos;s identity checked when in doubt, and the answer sent before the deadline.</source>
        <translation>Les demandes parviennent à %1 par courriel ou par courrier ; chacune est enregistrée avec son délai légal, l&apos;identité du demandeur vérifiée en cas de doute, et la réponse envoyée avant l&apos;échéance.</translation>
    </message>
    <message>
        <source>processing agreement signed on %1</source>
        <translation>contrat de sous-traitance signé le %1</translation>
    </message>
    <message>
        <source>no processing agreement recorded</source>
        <translation>aucun contrat de sous-traitance enregistré</translation>
    </message>
    <message>
        <source>No data leave the European Union.</source>
        <translation>Aucune donnée ne quitte l&apos;Union européenne.</translation>
    </message>
</context>
<context>
    <name>pc::dpia::PiaMethod</name>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Fundamental principles</source>
        <translation>Principes fondamentaux</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>What the processing is, who answers for it, and what it holds: the ground every later part stands on.</source>
        <translation>Ce qu&apos;est le traitement, qui en répond et ce qu&apos;il contient : la base de toutes les parties suivantes.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Name the processing, what it is for and what is at stake.</source>
        <translation>Nommez le traitement, dites à quoi il sert et quels en sont les enjeux.</translation>
    </message>
    <message>
        <source>Data, processes and supporting assets</source>
        <translation>Données, processus et supports</translation>
    </message>
    <message>
        <source>Describe what is processed, how it moves from collection to erasure, and on what.</source>
        <translation>Décrivez ce qui est traité, son parcours de la collecte à l&apos;effacement, et sur quels supports.</translation>
    </message>
    <message>
        <source>How the processing meets the principles of the law and lets people use their rights.</source>
        <translation>Comment le traitement respecte les principes de la loi et permet aux personnes d&apos;exercer leurs droits.</translation>
    </message>
    <message>
        <source>Proportionality and necessity</source>
        <translation>Proportionnalité et nécessité</translation>
    </message>
    <message>
        <source>Show that the purposes, the basis, the data and the periods are no more than needed.</source>
        <translation>Montrez que les finalités, la base légale, les données et les durées ne vont pas au-delà du nécessaire.</translation>
    </message>
    <message>
        <source>Controls protecting the data subjects&apos; rights</source>
        <translation>Mesures protectrices des droits des personnes</translation>
    </message>
    <message>
        <source>Show how people are told, asked, and able to exercise each of their rights, and how processors and transfers are framed.</source>
        <translation>Montrez comment les personnes sont informées, consultées et peuvent exercer chacun de leurs droits, et comment les sous-traitants et les transferts sont encadrés.</translation>
    </message>
    <message>
        <source>What could happen to the data and to the people, given the measures in place or planned.</source>
        <translation>Ce qui pourrait arriver aux données et aux personnes, compte tenu des mesures en place ou prévues.</translation>
    </message>
    <message>
        <source>Planned or existing measures</source>
        <translation>Mesures existantes ou prévues</translation>
    </message>
    <message>
        <source>List the measures that protect the data, each described as it is or will be applied.</source>
        <translation>Listez les mesures qui protègent les données, chacune décrite telle qu&apos;elle est ou sera appliquée.</translation>
    </message>
    <message>
        <source>Say what the people would suffer, what could cause it and who, which measures answer it, then how severe and how likely it is.</source>
        <translation>Dites ce que subiraient les personnes, ce qui pourrait le causer et qui, quelles mesures y répondent, puis sa gravité et sa vraisemblance.</translation>
    </message>
    <message>
        <source>The evaluation of each part, the action plan, the opinions sought and the decision.</source>
        <translation>L&apos;évaluation de chaque partie, le plan d&apos;action, les avis recueillis et la décision.</translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation>Cartographie des risques</translation>
    </message>
    <message>
        <source>Each risk placed by its severity and its likelihood.</source>
        <translation>Chaque risque placé selon sa gravité et sa vraisemblance.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>The measures still to take, who takes them and by when.</source>
        <translation>Les mesures restant à prendre, qui les prend et pour quand.</translation>
    </message>
    <message>
        <source>Opinions of the DPO and of the data subjects</source>
        <translation>Avis du DPO et des personnes concernées</translation>
    </message>
    <message>
        <source>What the data protection officer advises, and what the people concerned or their representatives said, or why they were not asked.</source>
        <translation>Ce que conseille le délégué à la protection des données, et ce qu&apos;ont dit les personnes concernées ou leurs représentants, ou pourquoi elles n&apos;ont pas été consultées.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The controller&apos;s decision on the processing, and when the assessment is to be reviewed.</source>
        <translation>La décision du responsable du traitement, et la date à laquelle l&apos;analyse doit être revue.</translation>
    </message>
    <message>
        <source>Illegitimate access to data</source>
        <translation>Accès illégitime à des données</translation>
    </message>
    <message>
        <source>Unwanted modification of data</source>
        <translation>Modification non désirée de données</translation>
    </message>
    <message>
        <source>Data disappearance</source>
        <translation>Disparition de données</translation>
    </message>
    <message>
        <source>What is the processing under consideration?</source>
        <translation>Quel est le traitement considéré ?</translation>
    </message>
    <message>
        <source>Give its name, its purposes, what is at stake for the organization and for the people, and the setting in which it is used.</source>
        <translation>Donnez son nom, ses finalités, ses enjeux pour l&apos;organisme et pour les personnes, et le contexte dans lequel il est utilisé.</translation>
    </message>
    <message>
        <source>Who is responsible for the processing?</source>
        <translation>Quelles sont les responsabilités liées au traitement ?</translation>
    </message>
    <message>
        <source>Name the controller, any joint controller and the processors, and what each answers for.</source>
        <translation>Nommez le responsable du traitement, les éventuels responsables conjoints et les sous-traitants, et ce dont chacun répond.</translation>
    </message>
    <message>
        <source>Which standards apply to the processing?</source>
        <translation>Quels sont les référentiels applicables ?</translation>
    </message>
    <message>
        <source>Codes of conduct, certifications, sector rules or reference frameworks the processing follows.</source>
        <translation>Codes de conduite, certifications, règles sectorielles ou référentiels que suit le traitement.</translation>
    </message>
    <message>
        <source>What data are processed?</source>
        <translation>Quelles sont les données traitées ?</translation>
    </message>
    <message>
        <source>Each kind of data with who receives it and how long it is kept.</source>
        <translation>Chaque type de donnée, avec ses destinataires et sa durée de conservation.</translation>
    </message>
    <message>
        <source>What is the life cycle of the data and of the processes?</source>
        <translation>Quel est le cycle de vie des données et des processus ?</translation>
    </message>
    <message>
        <source>From collection to erasure: each step, what it does with the data, and where the data go.</source>
        <translation>De la collecte à l&apos;effacement : chaque étape, ce qu&apos;elle fait des données, et où vont les données.</translation>
    </message>
    <message>
        <source>On which assets do the data rest?</source>
        <translation>Quels sont les supports des données ?</translation>
    </message>
    <message>
        <source>Applications, databases, servers, networks, paper, people and premises that hold or carry the data at each step.</source>
        <translation>Applications, bases de données, serveurs, réseaux, papier, personnes et locaux qui portent les données à chaque étape.</translation>
    </message>
    <message>
        <source>Are the purposes specified, explicit and legitimate?</source>
        <translation>Les finalités sont-elles déterminées, explicites et légitimes ?</translation>
    </message>
    <message>
        <source>Say why each purpose is precise, stated to the people and lawful.</source>
        <translation>Dites pourquoi chaque finalité est précise, annoncée aux personnes et licite.</translation>
    </message>
    <message>
        <source>On which legal basis does the processing rest?</source>
        <translation>Quel est le fondement du traitement ?</translation>
    </message>
    <message>
        <source>Consent, contract, legal obligation, vital interests, public task or legitimate interests, for each purpose.</source>
        <translation>Consentement, contrat, obligation légale, intérêts vitaux, mission d&apos;intérêt public ou intérêts légitimes, pour chaque finalité.</translation>
    </message>
    <message>
        <source>Are the data adequate, relevant and limited to what is necessary?</source>
        <translation>Les données sont-elles adéquates, pertinentes et limitées au nécessaire ?</translation>
    </message>
    <message>
        <source>For each item of data, why the purpose needs it (data minimisation).</source>
        <translation>Pour chaque donnée, pourquoi la finalité en a besoin (minimisation).</translation>
    </message>
    <message>
        <source>Are the data accurate and kept up to date?</source>
        <translation>Les données sont-elles exactes et tenues à jour ?</translation>
    </message>
    <message>
        <source>How the data are checked, corrected and kept current.</source>
        <translation>Comment les données sont vérifiées, corrigées et tenues à jour.</translation>
    </message>
    <message>
        <source>How long are the data kept?</source>
        <translation>Quelles sont les durées de conservation des données ?</translation>
    </message>
    <message>
        <source>The period of each kind of data and what justifies it: a law, the purpose, a limitation period.</source>
        <translation>La durée de chaque type de donnée et ce qui la justifie : un texte, la finalité, une prescription.</translation>
    </message>
    <message>
        <source>How are the people informed of the processing?</source>
        <translation>Comment les personnes sont-elles informées du traitement ?</translation>
    </message>
    <message>
        <source>What they are told, when, and by which means.</source>
        <translation>Ce qui leur est dit, quand, et par quels moyens.</translation>
    </message>
    <message>
        <source>Where consent is the basis, how is it obtained?</source>
        <translation>Si le consentement est la base légale, comment est-il recueilli ?</translation>
    </message>
    <message>
        <source>How consent is asked, recorded, and withdrawn as easily as it was given.</source>
        <translation>Comment le consentement est demandé, enregistré, et retiré aussi facilement qu&apos;il a été donné.</translation>
    </message>
    <message>
        <source>How can people exercise their rights of access and to portability?</source>
        <translation>Comment les personnes exercent-elles leurs droits d&apos;accès et à la portabilité ?</translation>
    </message>
    <message>
        <source>How they ask, how their identity is checked, and how the data reach them.</source>
        <translation>Comment elles en font la demande, comment leur identité est vérifiée, et comment les données leur parviennent.</translation>
    </message>
    <message>
        <source>How can people exercise their rights to rectification and erasure?</source>
        <translation>Comment les personnes exercent-elles leurs droits de rectification et d&apos;effacement ?</translation>
    </message>
    <message>
        <source>How they ask, and how the change reaches every copy and every recipient.</source>
        <translation>Comment elles en font la demande, et comment la modification atteint chaque copie et chaque destinataire.</translation>
    </message>
    <message>
        <source>How can people exercise their rights to restriction and to object?</source>
        <translation>Comment les personnes exercent-elles leurs droits de limitation et d&apos;opposition ?</translation>
    </message>
    <message>
        <source>How they ask, and how the processing stops or is restricted for them.</source>
        <translation>Comment elles en font la demande, et comment le traitement cesse ou est limité pour elles.</translation>
    </message>
    <message>
        <source>Are the processors&apos; obligations identified and set in a contract?</source>
        <translation>Les obligations des sous-traitants sont-elles identifiées et contractualisées ?</translation>
    </message>
    <message>
        <source>For each processor: what it does, where, for how long, and the contract that binds it.</source>
        <translation>Pour chaque sous-traitant : ce qu&apos;il fait, où, pour combien de temps, et le contrat qui le lie.</translation>
    </message>
    <message>
        <source>Where data leave the European Union, are they adequately protected?</source>
        <translation>Si des données quittent l&apos;Union européenne, sont-elles protégées de manière équivalente ?</translation>
    </message>
    <message>
        <source>For each country: the transfer and its safeguard (adequacy decision, standard contractual clauses, binding corporate rules…).</source>
        <translation>Pour chaque pays : le transfert et sa garantie (décision d&apos;adéquation, clauses contractuelles types, règles d&apos;entreprise contraignantes…).</translation>
    </message>
    <message>
        <source>What would the main impacts on the people be if the risk occurred?</source>
        <translation>Quels seraient les principaux impacts sur les personnes si le risque se produisait ?</translation>
    </message>
    <message>
        <source>Harm to the people: discrimination, fraud, loss of a service, distress…</source>
        <translation>Préjudices pour les personnes : discrimination, fraude, perte d&apos;un service, détresse…</translation>
    </message>
    <message>
        <source>What are the main threats that could lead to the risk?</source>
        <translation>Quelles sont les principales menaces qui pourraient mener au risque ?</translation>
    </message>
    <message>
        <source>What could happen to the data, their supports or the people who handle them.</source>
        <translation>Ce qui pourrait arriver aux données, à leurs supports ou aux personnes qui les manipulent.</translation>
    </message>
    <message>
        <source>What are the sources of the risk?</source>
        <translation>Quelles sont les sources de risques ?</translation>
    </message>
    <message>
        <source>Who or what could cause it: staff, outsiders, people close to the person, accidents.</source>
        <translation>Qui ou quoi pourrait le causer : personnel, tiers, entourage de la personne, accidents.</translation>
    </message>
    <message>
        <source>Which of the measures answer the risk?</source>
        <translation>Quelles mesures répondent au risque ?</translation>
    </message>
    <message>
        <source>Pick among the planned or existing measures.</source>
        <translation>Choisissez parmi les mesures existantes ou prévues.</translation>
    </message>
    <message>
        <source>How severe is the risk, given its impacts and the measures?</source>
        <translation>Quelle est la gravité du risque, au vu de ses impacts et des mesures ?</translation>
    </message>
    <message>
        <source>From negligible (1) to maximum (4); say why.</source>
        <translation>De négligeable (1) à maximale (4) ; dites pourquoi.</translation>
    </message>
    <message>
        <source>How likely is the risk, given its threats, sources and measures?</source>
        <translation>Quelle est la vraisemblance du risque, au vu des menaces, des sources et des mesures ?</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Which data are encrypted, where (stored, in transit), with which algorithms and how the keys are kept.</source>
        <translation>Quelles données sont chiffrées, où (stockées, en transit), avec quels algorithmes et comment les clés sont gardées.</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Which data are anonymised or pseudonymised, when, and by which technique.</source>
        <translation>Quelles données sont anonymisées ou pseudonymisées, quand, et par quelle technique.</translation>
    </message>
    <message>
        <source>Partitioning data</source>
        <translation>Cloisonnement des données</translation>
    </message>
    <message>
        <source>How the data are kept apart from other processing and other customers.</source>
        <translation>Comment les données sont séparées des autres traitements et des autres clients.</translation>
    </message>
    <message>
        <source>Logical access control</source>
        <translation>Contrôle des accès logiques</translation>
    </message>
    <message>
        <source>Profiles, authentication and how rights are granted and withdrawn.</source>
        <translation>Profils, authentification, et manière dont les droits sont accordés et retirés.</translation>
    </message>
    <message>
        <source>Traceability (logging)</source>
        <translation>Traçabilité (journalisation)</translation>
    </message>
    <message>
        <source>What is logged, how long the logs are kept and who reviews them.</source>
        <translation>Ce qui est journalisé, combien de temps les journaux sont gardés et qui les examine.</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>How data kept for a legal period are set apart and who may reach them.</source>
        <translation>Comment les données gardées pour une durée légale sont mises à part et qui peut y accéder.</translation>
    </message>
    <message>
        <source>Paper document security</source>
        <translation>Sécurité des documents papier</translation>
    </message>
    <message>
        <source>How paper holding personal data is stored, handled and destroyed.</source>
        <translation>Comment les papiers contenant des données personnelles sont rangés, manipulés et détruits.</translation>
    </message>
    <message>
        <source>Minimising the amount of personal data</source>
        <translation>Minimisation des données</translation>
    </message>
    <message>
        <source>Fields left out, data filtered, masked or reduced to what the purpose needs.</source>
        <translation>Champs supprimés, données filtrées, masquées ou réduites à ce dont la finalité a besoin.</translation>
    </message>
    <message>
        <source>Operating security</source>
        <translation>Sécurité de l&apos;exploitation</translation>
    </message>
    <message>
        <source>Updates, vulnerability management and documented operating procedures.</source>
        <translation>Mises à jour, gestion des vulnérabilités et procédures d&apos;exploitation écrites.</translation>
    </message>
    <message>
        <source>Protection against malicious software</source>
        <translation>Lutte contre les logiciels malveillants</translation>
    </message>
    <message>
        <source>Anti-malware on workstations and servers, kept up to date.</source>
        <translation>Antivirus sur les postes et les serveurs, tenu à jour.</translation>
    </message>
    <message>
        <source>Managing workstations</source>
        <translation>Gestion des postes de travail</translation>
    </message>
    <message>
        <source>Locking, updates, encryption of disks and of removable media.</source>
        <translation>Verrouillage, mises à jour, chiffrement des disques et des supports amovibles.</translation>
    </message>
    <message>
        <source>Website security</source>
        <translation>Sécurité des sites web</translation>
    </message>
    <message>
        <source>TLS, secure development, and protection against the common attacks.</source>
        <translation>TLS, développement sécurisé et protection contre les attaques courantes.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>What is backed up, how often, where, and how a restore is tested.</source>
        <translation>Ce qui est sauvegardé, à quelle fréquence, où, et comment une restauration est testée.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Who maintains the equipment, and how data are protected during maintenance.</source>
        <translation>Qui assure la maintenance, et comment les données sont protégées pendant celle-ci.</translation>
    </message>
    <message>
        <source>Processing contracts</source>
        <translation>Contrats de sous-traitance</translation>
    </message>
    <message>
        <source>The contract with each processor and the security it promises.</source>
        <translation>Le contrat avec chaque sous-traitant et la sécurité qu&apos;il garantit.</translation>
    </message>
    <message>
        <source>Network security</source>
        <translation>Sécurité des réseaux</translation>
    </message>
    <message>
        <source>Firewalls, segmentation, encrypted links and remote access.</source>
        <translation>Pare-feu, segmentation, liaisons chiffrées et accès à distance.</translation>
    </message>
    <message>
        <source>Physical access control</source>
        <translation>Contrôle d&apos;accès physique</translation>
    </message>
    <message>
        <source>Who may enter the premises and rooms where the data are, and how it is checked.</source>
        <translation>Qui peut entrer dans les locaux et salles où se trouvent les données, et comment c&apos;est contrôlé.</translation>
    </message>
    <message>
        <source>Monitoring network activity</source>
        <translation>Surveillance de l&apos;activité réseau</translation>
    </message>
    <message>
        <source>How unusual traffic and intrusions are detected.</source>
        <translation>Comment le trafic inhabituel et les intrusions sont détectés.</translation>
    </message>
    <message>
        <source>Hardware security</source>
        <translation>Sécurité des matériels</translation>
    </message>
    <message>
        <source>Inventory, protection and secure disposal of equipment.</source>
        <translation>Inventaire, protection et mise au rebut sûre des équipements.</translation>
    </message>
    <message>
        <source>Avoiding sources of risk</source>
        <translation>Éloignement des sources de risques</translation>
    </message>
    <message>
        <source>Keeping the data away from places and people that threaten them.</source>
        <translation>Tenir les données à l&apos;écart des lieux et des personnes qui les menacent.</translation>
    </message>
    <message>
        <source>Protection against non-human sources of risk</source>
        <translation>Protection contre les sources de risques non humaines</translation>
    </message>
    <message>
        <source>Fire, water, power and climate protections of the premises and equipment.</source>
        <translation>Protections des locaux et des équipements contre le feu, l&apos;eau, les coupures et la chaleur.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who answers for data protection and how the tasks are shared.</source>
        <translation>Qui répond de la protection des données et comment les tâches sont réparties.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>The written rules on data protection that everyone follows.</source>
        <translation>Les règles écrites de protection des données que chacun suit.</translation>
    </message>
    <message>
        <source>Managing privacy risks</source>
        <translation>Gestion des risques sur la vie privée</translation>
    </message>
    <message>
        <source>How the risks of each processing are assessed and followed up.</source>
        <translation>Comment les risques de chaque traitement sont évalués et suivis.</translation>
    </message>
    <message>
        <source>Privacy in projects</source>
        <translation>Protection de la vie privée dans les projets</translation>
    </message>
    <message>
        <source>How data protection is built into each new project from its start.</source>
        <translation>Comment la protection des données est intégrée à chaque nouveau projet dès son début.</translation>
    </message>
    <message>
        <source>Managing personal data breaches</source>
        <translation>Gestion des violations de données</translation>
    </message>
    <message>
        <source>How a breach is detected, recorded, assessed and notified.</source>
        <translation>Comment une violation est détectée, consignée, évaluée et notifiée.</translation>
    </message>
    <message>
        <source>Personnel management</source>
        <translation>Gestion des personnels</translation>
    </message>
    <message>
        <source>Training, confidentiality commitments, and rights removed when someone leaves.</source>
        <translation>Formation, engagements de confidentialité, et droits retirés au départ.</translation>
    </message>
    <message>
        <source>Relations with third parties</source>
        <translation>Relations avec les tiers</translation>
    </message>
    <message>
        <source>What is asked of partners and recipients who receive the data.</source>
        <translation>Ce qui est demandé aux partenaires et destinataires qui reçoivent les données.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Audits and checks that the measures are applied and work.</source>
        <translation>Audits et contrôles que les mesures sont appliquées et efficaces.</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Non estimée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Validated and signed</source>
        <translation>Validée et signée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Améliorable</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>The processing may go ahead</source>
        <translation>Le traitement peut être mis en œuvre</translation>
    </message>
    <message>
        <source>The processing should not go ahead</source>
        <translation>Le traitement ne devrait pas être mis en œuvre</translation>
    </message>
</context>
<context>
    <name>pc::dpia::ScreeningRules</name>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Évaluation ou notation</translation>
    </message>
    <message>
        <source>Automated decision with legal or similar effect</source>
        <translation>Décision automatisée avec effet juridique ou similaire</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Surveillance systématique</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Données sensibles ou à caractère hautement personnel</translation>
    </message>
    <message>
        <source>Data processed on a large scale</source>
        <translation>Données traitées à grande échelle</translation>
    </message>
    <message>
        <source>Matching or combining datasets</source>
        <translation>Croisement ou combinaison d&apos;ensembles de données</translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation>Personnes vulnérables</translation>
    </message>
    <message>
        <source>Innovative use or new technology</source>
        <translation>Usage innovant ou nouvelle technologie</translation>
    </message>
    <message>
        <source>Prevents people from exercising a right or using a service</source>
        <translation>Empêche d&apos;exercer un droit ou de bénéficier d&apos;un service</translation>
    </message>
    <message>
        <source>Profiling or predicting, from aspects such as work, finances, health, preferences, reliability, behaviour, location or movements.</source>
        <translation>Profilage ou prédiction, à partir du travail, de la situation financière, de la santé, des préférences, de la fiabilité, du comportement, de la localisation ou des déplacements.</translation>
    </message>
    <message>
        <source>A decision taken by the system alone that has a legal effect on the person or affects them as much (a contract refused, a benefit withdrawn).</source>
        <translation>Une décision prise par le seul système qui produit un effet juridique sur la personne ou l&apos;affecte autant (un contrat refusé, une prestation retirée).</translation>
    </message>
    <message>
        <source>Observing, watching or controlling people, in particular in a place open to the public or without their knowing it.</source>
        <translation>Observer, surveiller ou contrôler des personnes, en particulier dans un lieu accessible au public ou à leur insu.</translation>
    </message>
    <message>
        <source>Special categories (health, opinions, beliefs, biometrics…), criminal records, or data of a highly personal nature: location, financial, communications, private documents.</source>
        <translation>Catégories particulières (santé, opinions, convictions, biométrie…), infractions, ou données à caractère hautement personnel : localisation, finances, communications, documents privés.</translation>
    </message>
    <message>
        <source>Judge by the number of people, the volume of data, the duration and the geographical extent.</source>
        <translation>À apprécier selon le nombre de personnes, le volume de données, la durée et l&apos;étendue géographique.</translation>
    </message>
    <message>
        <source>Datasets from several processings or controllers combined in ways the people would not expect.</source>
        <translation>Des données de plusieurs traitements ou responsables combinées d&apos;une manière que les personnes n&apos;attendraient pas.</translation>
    </message>
    <message>
        <source>People in a weaker position than the controller: employees, children, patients, elderly people, asylum seekers.</source>
        <translation>Des personnes en position de faiblesse face au responsable : salariés, enfants, patients, personnes âgées, demandeurs d&apos;asile.</translation>
    </message>
    <message>
        <source>A new technological or organisational solution, such as combining fingerprint and face recognition, or connected objects.</source>
        <translation>Une solution technique ou organisationnelle nouvelle, comme l&apos;association empreinte digitale et reconnaissance faciale, ou les objets connectés.</translation>
    </message>
    <message>
        <source>The processing itself can keep people from a right, a service or a contract (a credit check before a loan).</source>
        <translation>Le traitement lui-même peut priver d&apos;un droit, d&apos;un service ou d&apos;un contrat (une vérification de solvabilité avant un prêt).</translation>
    </message>
    <message>
        <source>Health data processed by health or medico-social establishments to care for people.</source>
        <translation>Données de santé traitées par les établissements de santé ou médico-sociaux pour la prise en charge des personnes.</translation>
    </message>
    <message>
        <source>Genetic data of vulnerable people (patients, employees, children…).</source>
        <translation>Données génétiques de personnes vulnérables (patients, salariés, enfants…).</translation>
    </message>
    <message>
        <source>Profiles of people built for human resources management.</source>
        <translation>Profils de personnes établis pour la gestion des ressources humaines.</translation>
    </message>
    <message>
        <source>Constant monitoring of employees&apos; activity.</source>
        <translation>Surveillance constante de l&apos;activité des salariés.</translation>
    </message>
    <message>
        <source>Handling of alerts and reports on social and health matters.</source>
        <translation>Gestion des alertes et signalements en matière sociale et sanitaire.</translation>
    </message>
    <message>
        <source>Handling of professional alerts (whistleblowing).</source>
        <translation>Gestion des alertes professionnelles.</translation>
    </message>
    <message>
        <source>Health data gathered into a data warehouse or a registry.</source>
        <translation>Données de santé réunies dans un entrepôt de données ou un registre.</translation>
    </message>
    <message>
        <source>Profiling that may lead to excluding people from a contract, or to suspending or ending it.</source>
        <translation>Profilage pouvant conduire à exclure du bénéfice d&apos;un contrat, ou à le suspendre ou le rompre.</translation>
    </message>
    <message>
        <source>Shared files of contract breaches that may lead to exclusion from a contract or its suspension.</source>
        <translation>Fichiers mutualisés de manquements contractuels pouvant conduire à l&apos;exclusion d&apos;un contrat ou à sa suspension.</translation>
    </message>
    <message>
        <source>Profiling that uses data from external sources.</source>
        <translation>Profilage faisant appel à des données de sources externes.</translation>
    </message>
    <message>
        <source>Biometric data to recognise people, among whom vulnerable people (pupils, elderly people, patients, asylum seekers…).</source>
        <translation>Données biométriques pour reconnaître des personnes, parmi lesquelles des personnes vulnérables (élèves, personnes âgées, patients, demandeurs d&apos;asile…).</translation>
    </message>
    <message>
        <source>Processing of applications for, and management of, social housing.</source>
        <translation>Instruction des demandes et gestion des logements sociaux.</translation>
    </message>
    <message>
        <source>Social or medico-social support of people.</source>
        <translation>Accompagnement social ou médico-social des personnes.</translation>
    </message>
    <message>
        <source>Location data on a large scale.</source>
        <translation>Données de localisation à grande échelle.</translation>
    </message>
    <message>
        <source>Human resources management only, by an organization of fewer than 250 people, without profiling.</source>
        <translation>Gestion des seules ressources humaines, par un organisme de moins de 250 personnes, sans profilage.</translation>
    </message>
    <message>
        <source>Management of relations with suppliers only.</source>
        <translation>Gestion des seules relations avec les fournisseurs.</translation>
    </message>
    <message>
        <source>Activities of the social and economic committee (works council) only.</source>
        <translation>Seules activités du comité social et économique.</translation>
    </message>
    <message>
        <source>Members and donors of an association, foundation or other non-profit body, in its usual activities, without sensitive data.</source>
        <translation>Membres et donateurs d&apos;une association, d&apos;une fondation ou d&apos;un autre organisme sans but lucratif, dans ses activités habituelles, sans données sensibles.</translation>
    </message>
    <message>
        <source>Health data needed for a patient&apos;s care by a health professional working alone.</source>
        <translation>Données de santé nécessaires à la prise en charge d&apos;un patient par un professionnel de santé exerçant à titre individuel.</translation>
    </message>
    <message>
        <source>Processing by lawyers in their individual professional practice.</source>
        <translation>Traitements des avocats dans l&apos;exercice individuel de leur profession.</translation>
    </message>
    <message>
        <source>Processing by clerks of commercial courts in their duties.</source>
        <translation>Traitements des greffiers des tribunaux de commerce pour leurs activités.</translation>
    </message>
    <message>
        <source>Processing by notaries in their notarial practice.</source>
        <translation>Traitements des notaires pour leur activité notariale.</translation>
    </message>
    <message>
        <source>Electoral rolls kept by local authorities and the bodies bound to keep them.</source>
        <translation>Listes électorales tenues par les collectivités territoriales et les organismes qui en ont la charge.</translation>
    </message>
    <message>
        <source>School, after-school and early-childhood services run by local authorities and the bodies that manage them.</source>
        <translation>Services scolaires, périscolaires et de la petite enfance gérés par les collectivités territoriales et les organismes qui en ont la charge.</translation>
    </message>
    <message>
        <source>Physical access control and working-time records, without biometric devices.</source>
        <translation>Contrôle d&apos;accès physique et suivi des horaires de travail, sans dispositif biométrique.</translation>
    </message>
    <message>
        <source>Breathalyser tests strictly governed by law.</source>
        <translation>Éthylotests strictement encadrés par la loi.</translation>
    </message>
    <message>
        <source>Biometric data to identify people in a public place or a private place open to the public.</source>
        <translation>Données biométriques pour identifier des personnes dans un lieu public ou un lieu privé accessible au public.</translation>
    </message>
    <message>
        <source>Data collected from third parties to decide whether to refuse or end a contract with a person.</source>
        <translation>Données collectées auprès de tiers pour décider de refuser ou de mettre fin à un contrat avec une personne.</translation>
    </message>
    <message>
        <source>Health data collected by automated means through an active implantable medical device.</source>
        <translation>Données de santé collectées automatiquement par un dispositif médical implantable actif.</translation>
    </message>
    <message>
        <source>Data collected on a large scale from third parties to analyse or predict people&apos;s economic situation, health, preferences, reliability, behaviour, location or movements.</source>
        <translation>Données collectées à grande échelle auprès de tiers pour analyser ou prédire la situation économique, la santé, les préférences, la fiabilité, le comportement, la localisation ou les déplacements des personnes.</translation>
    </message>
    <message>
        <source>Systematic sharing, between several controllers, of special categories or highly personal data (poverty, unemployment, youth care, social work…).</source>
        <translation>Partage systématique, entre plusieurs responsables, de catégories particulières ou de données hautement personnelles (pauvreté, chômage, aide à la jeunesse, travail social…).</translation>
    </message>
    <message>
        <source>Large-scale processing of data from connected devices (Internet of Things) to analyse or predict people&apos;s situation, health, preferences, behaviour, location or movements.</source>
        <translation>Traitement à grande échelle de données d&apos;objets connectés (Internet des objets) pour analyser ou prédire la situation, la santé, les préférences, le comportement, la localisation ou les déplacements des personnes.</translation>
    </message>
    <message>
        <source>Large-scale or systematic processing of telephony, internet or other communications data, metadata or location data that can trace people, when not strictly needed for a service they asked for.</source>
        <translation>Traitement à grande échelle ou systématique de données de téléphonie, d&apos;internet ou d&apos;autres communications, de métadonnées ou de localisation permettant de suivre des personnes, lorsqu&apos;il n&apos;est pas strictement nécessaire à un service qu&apos;elles ont demandé.</translation>
    </message>
    <message>
        <source>Large-scale processing in which people&apos;s behaviour is observed, collected, established or influenced systematically and by automated means, including for advertising.</source>
        <translation>Traitement à grande échelle où le comportement des personnes est observé, collecté, établi ou influencé de manière systématique et automatisée, y compris à des fins publicitaires.</translation>
    </message>
    <message>
        <source>CNIL: list of processing operations requiring an impact assessment (deliberation 2018-327 of 11 October 2018) and list of those exempt from it (deliberation 2019-118 of 12 September 2019).</source>
        <translation>CNIL : liste des types d&apos;opérations de traitement pour lesquelles une analyse d&apos;impact est requise (délibération n° 2018-327 du 11 octobre 2018) et liste de celles qui en sont dispensées (délibération n° 2019-118 du 12 septembre 2019).</translation>
    </message>
    <message>
        <source>Data Protection Authority (APD/GBA): list of processing operations requiring an impact assessment (decision 01/2019 of 16 January 2019). It has published no list of exemptions.</source>
        <translation>Autorité de protection des données (APD/GBA) : liste des traitements pour lesquels une analyse d&apos;impact est requise (décision n° 01/2019 du 16 janvier 2019). Elle n&apos;a pas publié de liste de dispenses.</translation>
    </message>
    <message>
        <source>Art. 35 GDPR and the EDPB&apos;s criteria; the lead supervisory authority&apos;s lists apply.</source>
        <translation>Art. 35 du RGPD et critères du CEPD ; les listes de l&apos;autorité de contrôle chef de file s&apos;appliquent.</translation>
    </message>
    <message>
        <source>POPIA has no impact assessment per processing in the GDPR&apos;s form. Regulation 4(1)(b) of the POPIA Regulations asks the information officer to see that a personal information impact assessment is done: this screening serves it as good practice.</source>
        <translation>POPIA ne prévoit pas d&apos;analyse d&apos;impact par traitement sous la forme du RGPD. La règle 4(1)(b) du règlement d&apos;application de POPIA demande à l&apos;information officer de veiller à ce qu&apos;une évaluation d&apos;impact (personal information impact assessment) soit menée : cette évaluation y sert de bonne pratique.</translation>
    </message>
    <message>
        <source>Decree 13/2023 asks for an impact assessment dossier for processing personal data and another for transfers abroad, kept for the Ministry of Public Security; it has no list in the GDPR&apos;s form: this screening serves it as good practice.</source>
        <translation>Le décret 13/2023 demande un dossier d&apos;analyse d&apos;impact du traitement et un autre pour les transferts à l&apos;étranger, tenus à la disposition du ministère de la Sécurité publique ; il n&apos;a pas de liste sous la forme du RGPD : cette évaluation y sert de bonne pratique.</translation>
    </message>
    <message>
        <source>Tunisia&apos;s organic law 2004-63 has no impact assessment duty; processing is declared to or authorised by the INPDP. This screening is good practice.</source>
        <translation>La loi organique tunisienne 2004-63 n&apos;impose pas d&apos;analyse d&apos;impact ; les traitements sont déclarés à l&apos;INPDP ou autorisés par elle. Cette évaluation est une bonne pratique.</translation>
    </message>
    <message>
        <source>No impact assessment duty in the GDPR&apos;s form here: this screening is good practice.</source>
        <translation>Pas d&apos;obligation d&apos;analyse d&apos;impact sous la forme du RGPD ici : cette évaluation est une bonne pratique.</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Likely required (two criteria or more)</source>
        <translation>Probablement requise (deux critères ou plus)</translation>
    </message>
    <message>
        <source>Required (on the authority&apos;s list)</source>
        <translation>Requise (liste de l&apos;autorité)</translation>
    </message>
    <message>
        <source>Not required (on the authority&apos;s list of exemptions)</source>
        <translation>Non requise (liste de dispenses de l&apos;autorité)</translation>
    </message>
    <message>
        <source>Recommended (no legal duty here; two criteria or more)</source>
        <translation>Recommandée (sans obligation légale ici ; deux critères ou plus)</translation>
    </message>
    <message>
        <source>Not needed (no legal duty here)</source>
        <translation>Non nécessaire (sans obligation légale ici)</translation>
    </message>
    <message>
        <source>special categories of data: %1</source>
        <translation>catégories particulières de données : %1</translation>
    </message>
    <message>
        <source>data of a highly personal nature: %1</source>
        <translation>données à caractère hautement personnel : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in the register</source>
        <translation>
            <numerusform>%Ln personne dans le registre</numerusform>
            <numerusform>%Ln personnes dans le registre</numerusform>
        </translation>
    </message>
    <message>
        <source>people concerned: %1</source>
        <translation>personnes concernées : %1</translation>
    </message>
    <message>
        <source>purposes: %1</source>
        <translation>finalités : %1</translation>
    </message>
    <message>
        <source>location or tracking: %1</source>
        <translation>localisation ou suivi : %1</translation>
    </message>
</context>
<context>
    <name>pc::exchange::CnilRegisterReader</name>
    <message>
        <source>The retention of “%1” (%2) is not a duration: finish its rule.</source>
        <translation>La durée de conservation de « %1 » (%2) n’est pas une durée : complétez sa règle.</translation>
    </message>
    <message>
        <source>No main purpose is written.</source>
        <translation>Aucune finalité principale n’est écrite.</translation>
    </message>
    <message>
        <source>The activity of the sheet “%1” has no name: write it in %2.</source>
        <translation>Le traitement de la feuille « %1 » n’a pas de nom : écrivez-le en %2.</translation>
    </message>
    <message>
        <source>The activity “%1” of the list has no name: write it in %2.</source>
        <translation>Le traitement « %1 » de la liste n’a pas de nom : écrivez-le en %2.</translation>
    </message>
    <message>
        <source>Only on the list (%1): no sheet gives its data, people, recipients or retention.</source>
        <translation>Seulement sur la liste (%1) : aucune fiche ne donne ses données, personnes, destinataires ni durées de conservation.</translation>
    </message>
    <message>
        <source>Its reference %1 is also that of “%2”.</source>
        <translation>Sa référence %1 est aussi celle de « %2 ».</translation>
    </message>
    <message>
        <source>“%1” holds only the CNIL&apos;s example (“Gestion de la paie”), which is not imported: fill in one copy of the sheet “3 - Modèle de fiche de registre” per activity, or list them on the sheet “2 - Liste des traitements”.</source>
        <translation>« %1 » ne contient que l’exemple de la CNIL (« Gestion de la paie »), qui n’est pas importé : remplissez une copie de la feuille « 3 - Modèle de fiche de registre » par traitement, ou listez-les sur la feuille « 2 - Liste des traitements ».</translation>
    </message>
    <message>
        <source>“%1” holds no activity: fill in one copy of the sheet “3 - Modèle de fiche de registre” per activity.</source>
        <translation>« %1 » ne contient aucun traitement : remplissez une copie de la feuille « 3 - Modèle de fiche de registre » par traitement.</translation>
    </message>
    <message>
        <source>The CNIL&apos;s example (“Gestion de la paie”) is left out.</source>
        <translation>L’exemple de la CNIL (« Gestion de la paie ») est laissé de côté.</translation>
    </message>
</context>
<context>
    <name>pc::exchange::PiaFile</name>
    <message>
        <source>%1: “%2” should be a text.</source>
        <translation>%1 : « %2 » devrait être un texte.</translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 characters, more than the %4 a text of an assessment may hold.</source>
        <translation>%1 : « %2 » compte %3 caractères, plus que les %4 qu&apos;un texte d&apos;une analyse peut contenir.</translation>
    </message>
    <message>
        <source>%1: “%2” should be a whole number from %3 to %4, not %5.</source>
        <translation>%1 : « %2 » devrait être un nombre entier de %3 à %4, pas %5.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Il n&apos;y a pas de fichier « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than the %3 MB a file of the PIA tool may be.</source>
        <translation>« %1 » fait %2 Mo, plus que les %3 Mo que peut faire un fichier de l&apos;outil PIA.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is more than the %2 MB a file of the PIA tool may be.</source>
        <translation>« %1 » dépasse les %2 Mo que peut faire un fichier de l&apos;outil PIA.</translation>
    </message>
    <message>
        <source>“%1” is not a file of the CNIL&apos;s PIA tool: it is not JSON (%2, at character %3).</source>
        <translation>« %1 » n&apos;est pas un fichier de l&apos;outil PIA de la CNIL : ce n&apos;est pas du JSON (%2, au caractère %3).</translation>
    </message>
    <message>
        <source>“%1” is not a file of the CNIL&apos;s PIA tool: it has no “pia” part.</source>
        <translation>« %1 » n&apos;est pas un fichier de l&apos;outil PIA de la CNIL : il n&apos;a pas de partie « pia ».</translation>
    </message>
    <message>
        <source>the assessment</source>
        <translation>l&apos;analyse</translation>
    </message>
    <message>
        <source>the assessment has no name</source>
        <translation>l&apos;analyse n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>“%1” should be a list.</source>
        <translation>« %1 » devrait être une liste.</translation>
    </message>
    <message>
        <source>the answer to question %1</source>
        <translation>la réponse à la question %1</translation>
    </message>
    <message>
        <source>answer %1 is to question %2, which the PIA method does not have</source>
        <translation>la réponse %1 porte sur la question %2, que la méthode PIA ne comporte pas</translation>
    </message>
    <message>
        <source>question %1 is answered twice</source>
        <translation>la question %1 a deux réponses</translation>
    </message>
    <message>
        <source>%1: its list should hold texts.</source>
        <translation>%1 : sa liste devrait contenir des textes.</translation>
    </message>
    <message>
        <source>%1: an item of its list is too long.</source>
        <translation>%1 : un élément de sa liste est trop long.</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>mesure %1</translation>
    </message>
    <message>
        <source>measure %1 has no number of its own</source>
        <translation>la mesure %1 n&apos;a pas de numéro propre</translation>
    </message>
    <message>
        <source>the evaluation of %1</source>
        <translation>l&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>an evaluation is of measure %1, which the file does not hold</source>
        <translation>une évaluation porte sur la mesure %1, que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>an evaluation is of “%1”, which the PIA method does not have</source>
        <translation>une évaluation porte sur « %1 », que la méthode PIA ne comporte pas</translation>
    </message>
    <message>
        <source>“%1” is evaluated twice</source>
        <translation>« %1 » est évalué deux fois</translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation>commentaire %1</translation>
    </message>
    <message>
        <source>comment %1 is on measure %2, which the file does not hold</source>
        <translation>le commentaire %1 porte sur la mesure %2, que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>comment %1 is on question %2, which the PIA method does not have</source>
        <translation>le commentaire %1 porte sur la question %2, que la méthode PIA ne comporte pas</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation>« %1 » ne peut pas être importé : %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>pc::exchange::RegisterExport</name>
    <message>
        <source>The CNIL&apos;s model is missing from this installation: %1</source>
        <translation>Le modèle de la CNIL manque à cette installation : %1</translation>
    </message>
    <message>
        <source>The CNIL&apos;s model in this installation is damaged.</source>
        <translation>Le modèle de la CNIL de cette installation est endommagé.</translation>
    </message>
    <message>
        <source>The register could not be put together: memory ran out.</source>
        <translation>Le registre n’a pas pu être assemblé : la mémoire est épuisée.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>pc::exchange::RegisterImporter</name>
    <message>
        <source>The register does not name its organization (the controller of its activity sheets or of its list): say which organization it is to go into.</source>
        <translation>Le registre ne nomme pas son organisme (le responsable du traitement de ses fiches ou de sa liste) : indiquez dans quel organisme il doit entrer.</translation>
    </message>
    <message>
        <source>The register does not say the organization&apos;s country: France is taken.</source>
        <translation>Le registre n’indique pas le pays de l’organisme : la France est retenue.</translation>
    </message>
    <message>
        <source>The organization is outside the EEA: the French authority&apos;s rules are taken; change its jurisdiction if another law applies.</source>
        <translation>L’organisme est hors de l’EEE : les règles de l’autorité française sont retenues ; changez sa juridiction si une autre loi s’applique.</translation>
    </message>
    <message>
        <source>“%1” is left out: its reference %2 is already that of “%3”.</source>
        <translation>« %1 » est écartée : sa référence %2 est déjà celle de « %3 ».</translation>
    </message>
    <message>
        <source>The transfer to “%1” (%2) is left out: “%3” is not a country the register knows.</source>
        <translation>Le transfert vers « %1 » (%2) est écarté : « %3 » n’est pas un pays que le registre connaît.</translation>
    </message>
    <message>
        <source>The safeguard “%1” of the transfer to “%2” (%3) covers no transfer today: choose another.</source>
        <translation>La garantie « %1 » du transfert vers « %2 » (%3) n’encadre plus aucun transfert : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>joint controllers</source>
        <translation>responsables conjoints</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>finalités</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation>règle de conservation</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes concernées</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transferts</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>mesures de sécurité</translation>
    </message>
    <message numerus="yes">
        <source>%n purpose(s)</source>
        <translation>
            <numerusform>%n finalité</numerusform>
            <numerusform>%n finalités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of data</source>
        <translation>
            <numerusform>%n catégorie de données</numerusform>
            <numerusform>%n catégories de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n special category(ies)</source>
        <translation>
            <numerusform>%n catégorie particulière</numerusform>
            <numerusform>%n catégories particulières</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s)</source>
        <translation>
            <numerusform>%n durée de conservation</numerusform>
            <numerusform>%n durées de conservation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of people</source>
        <translation>
            <numerusform>%n catégorie de personnes</numerusform>
            <numerusform>%n catégories de personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) outside the EU</source>
        <translation>
            <numerusform>%n transfert hors UE</numerusform>
            <numerusform>%n transferts hors UE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security measure(s)</source>
        <translation>
            <numerusform>%n mesure de sécurité</numerusform>
            <numerusform>%n mesures de sécurité</numerusform>
        </translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation>courriel du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s telephone</source>
        <translation>téléphone du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s address</source>
        <translation>adresse du DPO</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>représentant</translation>
    </message>
    <message>
        <source>representative&apos;s contact</source>
        <translation>coordonnées du représentant</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>Organization “%1” to be created (%2).</source>
        <translation>Organisme « %1 » à créer (%2).</translation>
    </message>
    <message>
        <source>Organization “%1”: %2 filled in.</source>
        <translation>Organisme « %1 » : le fichier renseigne %2.</translation>
    </message>
    <message>
        <source>Organization “%1”.</source>
        <translation>Organisme « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is left out: like “%2” before it, it is the register&apos;s “%3”.</source>
        <translation>« %1 » est écartée : comme « %2 » avant elle, elle correspond à « %3 » du registre.</translation>
    </message>
    <message>
        <source>The register was changed since this import: it cannot be taken back whole.</source>
        <translation>Le registre a changé depuis cet import : il ne peut pas être annulé en entier.</translation>
    </message>
    <message>
        <source>Activities new: %1, updated: %2, unchanged: %3. New to the register: categories of people: %4, categories of data: %5, retention rules: %6.</source>
        <translation>Activités nouvelles : %1, mises à jour : %2, inchangées : %3. Nouveau dans le registre : catégories de personnes : %4, catégories de données : %5, règles de conservation : %6.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>“%1” is neither the CNIL&apos;s register model nor a table of activities: no sheet has a column headed with the activity&apos;s name (“Activité”, “Nom du traitement”, “Activity”…).</source>
        <translation>« %1 » n’est ni le modèle de registre de la CNIL ni un tableau de traitements : aucune feuille n’a de colonne titrée du nom du traitement (« Activité », « Nom du traitement », « Activity »…).</translation>
    </message>
</context>
<context>
    <name>pc::exchange::RetentionPeriod</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>from the collection of the data</source>
        <translation>à compter de la collecte des données</translation>
    </message>
    <message>
        <source>from the end of the relationship</source>
        <translation>à compter de la fin de la relation</translation>
    </message>
    <message>
        <source>from the end of the contract</source>
        <translation>à compter de la fin du contrat</translation>
    </message>
    <message>
        <source>from the termination</source>
        <translation>à compter de la résiliation</translation>
    </message>
    <message>
        <source>after the last contact</source>
        <translation>après le dernier contact</translation>
    </message>
    <message>
        <source>from the application</source>
        <translation>à compter de la candidature</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration, then the event it runs from</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pc::exchange::TableRegisterReader</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation>Catégories particulières de données</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Transfers outside the EU (countries)</source>
        <translation>Transferts hors UE (pays)</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Responsables conjoints</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Activity (reference or name)</source>
        <translation>Activité (référence ou nom)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Catégorie particulière (art. 9)</translation>
    </message>
    <message>
        <source>Category of people</source>
        <translation>Catégorie de personnes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>The activity on row %1 of the sheet “%2” has no name: write it in %3.</source>
        <translation>Le traitement de la ligne %1 de la feuille « %2 » n’a pas de nom : écrivez-le en %3.</translation>
    </message>
    <message>
        <source>The retention “%1” (%2) is not a duration: finish its rule.</source>
        <translation>La durée de conservation « %1 » (%2) n’est pas une durée : complétez sa règle.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” does not say its activity: write it in %3.</source>
        <translation>La ligne %1 de la feuille « %2 » n’indique pas son traitement : écrivez-le en %3.</translation>
    </message>
    <message>
        <source>%1 names the activity “%2”, which no row of the activities has.</source>
        <translation>%1 nomme le traitement « %2 », qu’aucune ligne des traitements ne porte.</translation>
    </message>
    <message>
        <source>The retention of “%1” (%2) is not a duration: finish its rule.</source>
        <translation>La durée de conservation de « %1 » (%2) n’est pas une durée : complétez sa règle.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Say which column of the sheet “%1” holds: %2.</source>
        <translation>Indiquez quelle colonne de la feuille « %1 » contient : %2.</translation>
    </message>
    <message>
        <source>“%1” holds no activity under the headings found.</source>
        <translation>« %1 » ne contient aucun traitement sous les en-têtes trouvés.</translation>
    </message>
</context>
<context>
    <name>pc::exchange::TableRegisterWriter</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>pc::exchange::WorkbookReader</name>
    <message>
        <source>The sheet “%1” has more than %L2 cells written: this is not a register.</source>
        <translation>La feuille « %1 » a plus de %L2 cellules remplies : ce n’est pas un registre.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its spreadsheet cannot be read. Open it in your spreadsheet program and save it again.</source>
        <translation>« %1 » est endommagé : son classeur ne peut pas être lu. Ouvrez-le dans votre tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password: open it in your spreadsheet program, save it without a password and import that copy.</source>
        <translation>« %1 » est protégé par un mot de passe : ouvrez-le dans votre tableur, enregistrez-le sans mot de passe et importez cette copie.</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than %L2 MB: this is not a register.</source>
        <translation>« %1 » occupe plus de %L2 Mo une fois décompressé : ce n’est pas un registre.</translation>
    </message>
    <message>
        <source>The sheet “%1” unpacks to more than %L2 MB: this is not a register.</source>
        <translation>La feuille « %1 » occupe plus de %L2 Mo une fois décompressée : ce n’est pas un registre.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a spreadsheet.</source>
        <translation>« %1 » est un dossier, pas un classeur.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>« %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %L2 MB: this is not a register.</source>
        <translation>« %1 » dépasse %L2 Mo : ce n’est pas un registre.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password, or saved in the old Excel 97–2003 format: save it as .xlsx or .ods, without a password, and import that copy.</source>
        <translation>« %1 » est protégé par un mot de passe, ou enregistré dans l’ancien format Excel 97–2003 : enregistrez-le en .xlsx ou .ods, sans mot de passe, et importez cette copie.</translation>
    </message>
    <message>
        <source>“%1” is a text document, not a spreadsheet: export its table to a spreadsheet first.</source>
        <translation>« %1 » est un document texte, pas un classeur : exportez d’abord son tableau vers un tableur.</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive, not a spreadsheet.</source>
        <translation>« %1 » est une archive ZIP, pas un classeur.</translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet: import an .ods, .xlsx or .csv file.</source>
        <translation>« %1 » n’est pas un classeur : importez un fichier .ods, .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>“%1” is text, but not in UTF-8: save it again as “CSV UTF-8” and import that copy.</source>
        <translation>« %1 » est du texte, mais pas en UTF-8 : enregistrez-le à nouveau en « CSV UTF-8 » et importez cette copie.</translation>
    </message>
</context>
<context>
    <name>pc::intake::DocumentReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a document.</source>
        <translation>%1 est un dossier, pas un document.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: documents of more than %3 MB are not imported.</source>
        <translation>%1 pèse %2 Mo&#xa0;: les documents de plus de %3 Mo ne sont pas importés.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read whole: %2</source>
        <translation>%1 n’a pas pu être lu en entier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is named like a .%2 file but its content is not one: it cannot be imported.</source>
        <translation>%1 porte le nom d’un fichier .%2 mais son contenu n’en est pas un&#xa0;: il ne peut pas être importé.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF): it cannot be imported.</source>
        <translation>%1 n’est ni un PDF ni une image (PNG, JPEG, TIFF)&#xa0;: il ne peut pas être importé.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Save a copy without the password, then import that copy.</source>
        <translation>%1 est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe, puis importez cette copie.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way that cannot be read.</source>
        <translation>%1 est chiffré d’une manière qui ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be read as a PDF.</source>
        <translation>%1 est endommagé ou incomplet&#xa0;: il ne peut pas être lu comme un PDF.</translation>
    </message>
    <message>
        <source>%1 has no page.</source>
        <translation>%1 n’a aucune page.</translation>
    </message>
    <message>
        <source>%1 has %2 pages: at most %3 pages are imported at once. Import the letter and the identity document on their own.</source>
        <translation>%1 compte %2 pages&#xa0;: %3 pages au plus sont importées à la fois. Importez la lettre et la pièce d’identité seules.</translation>
    </message>
    <message>
        <source>The reading was cancelled.</source>
        <translation>La lecture a été interrompue.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be drawn: the file may be damaged.</source>
        <translation>La page %1 de %2 ne peut pas être dessinée&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The OCR engine (Tesseract) could not start: its French and English data may be missing.</source>
        <translation>Le moteur de reconnaissance de texte (Tesseract) n’a pas pu démarrer&#xa0;: ses données française et anglaise manquent peut-être.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 ne peut pas être lu comme une image&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels: images of more than %4 million pixels are not read. Scan the document again at 300 dpi.</source>
        <translation>%1 mesure %2 × %3 pixels&#xa0;: les images de plus de %4 millions de pixels ne sont pas lues. Numérisez de nouveau le document à 300 ppp.</translation>
    </message>
    <message>
        <source>%1 has %2 pages: at most %3 pages are imported at once.</source>
        <translation>%1 compte %2 pages&#xa0;: %3 pages au plus sont importées à la fois.</translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to read.</source>
        <translation>La page %1 de %2 est trop grande pour être lue.</translation>
    </message>
</context>
<context>
    <name>pc::intake::IdVault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Save the request before adding an identity document copy to it.</source>
        <translation>Enregistrez la demande avant d’y joindre une copie de pièce d’identité.</translation>
    </message>
    <message>
        <source>The identity document copy is empty.</source>
        <translation>La copie de pièce d’identité est vide.</translation>
    </message>
    <message>
        <source>The identity document copy is larger than %1 MB.</source>
        <translation>La copie de pièce d’identité dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>%1, to be destroyed by %2 at the latest</source>
        <translation>%1, à détruire au plus tard le %2</translation>
    </message>
    <message>
        <source>Only officers may see an identity document copy.</source>
        <translation>Seuls les délégués peuvent voir une copie de pièce d’identité.</translation>
    </message>
    <message>
        <source>The identity document copy is not the one recorded (its fingerprint differs).</source>
        <translation>La copie de pièce d’identité n’est pas celle qui a été enregistrée (son empreinte diffère).</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key.</source>
        <translation>La mémoire manque pour protéger la clé.</translation>
    </message>
    <message>
        <source>You have not been given access to identity document copies yet. An officer who has it gives it to you with: privacy-console id-copies grant %1</source>
        <translation>Vous n&apos;avez pas encore reçu l&apos;accès aux copies de pièces d&apos;identité. Un délégué qui l&apos;a vous le donne avec : privacy-console id-copies grant %1</translation>
    </message>
    <message>
        <source>Your key to identity document copies cannot be read: %1</source>
        <translation>Votre clé des copies de pièces d&apos;identité ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>%1 is not a key to identity document copies.</source>
        <translation>%1 n&apos;est pas une clé de copies de pièces d&apos;identité.</translation>
    </message>
    <message>
        <source>Your key to identity document copies cannot be written: %1</source>
        <translation>Votre clé des copies de pièces d&apos;identité ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>Identity document copies are opened by your sign-in password, and this connection was made without one: sign in with a password.</source>
        <translation>Les copies de pièces d&apos;identité s&apos;ouvrent avec votre mot de passe de connexion, et cette connexion s&apos;est faite sans : connectez-vous avec un mot de passe.</translation>
    </message>
    <message>
        <source>The vault of identity document copies could not be made.</source>
        <translation>Le coffre des copies de pièces d&apos;identité n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>This identity document copy was destroyed on %1.</source>
        <translation>Cette copie de pièce d&apos;identité a été détruite le %1.</translation>
    </message>
    <message>
        <source>This identity document copy is still in a folder of the desk that received it: it moves into the register the next time its officer opens it there.</source>
        <translation>Cette copie de pièce d&apos;identité est encore dans un dossier du poste qui l&apos;a reçue : elle rejoindra le registre la prochaine fois que son délégué l&apos;ouvrira sur ce poste.</translation>
    </message>
    <message>
        <source>This identity document copy is not in this database (backups leave copies out).</source>
        <translation>Cette copie de pièce d&apos;identité n&apos;est pas dans cette base (les sauvegardes ne contiennent pas les copies).</translation>
    </message>
    <message>
        <source>The identity document copy was altered: it cannot be decrypted.</source>
        <translation>La copie de pièce d&apos;identité a été altérée : elle ne peut pas être déchiffrée.</translation>
    </message>
    <message>
        <source>%1 has no key yet: they get one the first time they open this register as an officer.</source>
        <translation>%1 n&apos;a pas encore de clé : elle lui est créée la première fois qu&apos;il ou elle ouvre ce registre comme délégué.</translation>
    </message>
    <message>
        <source>%1 is not an active officer of this register.</source>
        <translation>%1 n&apos;est pas un délégué actif de ce registre.</translation>
    </message>
    <message>
        <source>An identity document copy&apos;s key does not open with the vault key: the vault key was not renewed.</source>
        <translation>La clé d&apos;une copie de pièce d&apos;identité ne s&apos;ouvre pas avec la clé du coffre : la clé du coffre n&apos;a pas été renouvelée.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) sealed to the new vault key</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité scellée pour la nouvelle clé du coffre</numerusform>
            <numerusform>%n copies de pièces d&apos;identité scellées pour la nouvelle clé du coffre</numerusform>
        </translation>
    </message>
    <message>
        <source>Your key to identity document copies is not in this register.</source>
        <translation>Votre clé des copies de pièces d&apos;identité n&apos;est pas dans ce registre.</translation>
    </message>
</context>
<context>
    <name>pc::intake::IntakeReader</name>
    <message>
        <source>Nothing could be read in “%1”: the scan may be blank, too faint or blurred. Scan it again at 300 dpi, in grey or in colour.</source>
        <translation>Rien n’a pu être lu dans «&#xa0;%1&#xa0;»&#xa0;: la numérisation est peut-être vierge, trop pâle ou floue. Numérisez-la de nouveau à 300 ppp, en gris ou en couleur.</translation>
    </message>
    <message>
        <source>Choose the organization the letter is addressed to.</source>
        <translation>Choisissez l’organisation à laquelle la lettre est adressée.</translation>
    </message>
    <message>
        <source>Tick at least one right the person asks for.</source>
        <translation>Cochez au moins un droit que la personne exerce.</translation>
    </message>
    <message>
        <source>Give the day the letter was received: the deadline runs from it.</source>
        <translation>Indiquez le jour où la lettre a été reçue&#xa0;: le délai court à partir de ce jour.</translation>
    </message>
    <message>
        <source>The letter cannot have been received on %1, a day still to come.</source>
        <translation>La lettre ne peut pas avoir été reçue le %1, un jour encore à venir.</translation>
    </message>
    <message>
        <source>The letter is dated %1, after the day it was received (%2).</source>
        <translation>La lettre est datée du %1, après le jour de sa réception (%2).</translation>
    </message>
    <message>
        <source>The vault of identity documents is not open: the copy cannot be kept.</source>
        <translation>Le coffre des pièces d’identité n’est pas ouvert&#xa0;: la copie ne peut pas être conservée.</translation>
    </message>
    <message>
        <source>The name on the identity document matches the requester&apos;s.</source>
        <translation>Le nom sur la pièce d’identité correspond à celui du demandeur.</translation>
    </message>
    <message>
        <source>The name on the identity document does not match the requester&apos;s.</source>
        <translation>Le nom sur la pièce d’identité ne correspond pas à celui du demandeur.</translation>
    </message>
    <message>
        <source>No machine-readable zone was read: compare the copy with the request yourself.</source>
        <translation>Aucune bande lisible par machine n&apos;a été lue&#xa0;: comparez vous-même la copie à la demande.</translation>
    </message>
    <message>
        <source>The zone was read with too many repairs to be trusted.</source>
        <translation>La bande a été lue avec trop de corrections pour être fiable.</translation>
    </message>
    <message>
        <source>Check digits that fail: %1. The document may be forged or misread.</source>
        <translation>Chiffres de contrôle faux&#xa0;: %1. La pièce est peut-être falsifiée ou mal lue.</translation>
    </message>
    <message>
        <source>The document names %1; the request gives no name.</source>
        <translation>La pièce est au nom de %1&#xa0;; la demande ne donne aucun nom.</translation>
    </message>
    <message>
        <source>The document names %1; the request was made by %2.</source>
        <translation>La pièce est au nom de %1&#xa0;; la demande a été faite par %2.</translation>
    </message>
    <message>
        <source>The document names %1, but it expired on %2.</source>
        <translation>La pièce est au nom de %1, mais elle a expiré le %2.</translation>
    </message>
    <message>
        <source>Every check digit verifies; the document names %1 and is valid until %2.</source>
        <translation>Tous les chiffres de contrôle sont justes&#xa0;; la pièce est au nom de %1 et valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>The register gives this e-mail address to %1.</source>
        <translation>Le registre attribue cette adresse électronique à %1.</translation>
    </message>
    <message>
        <source>The register knows %1 as %2: a part of the address may have been lost in reading.</source>
        <translation>Le registre connaît %1 sous l’adresse %2 : une partie de l’adresse a pu se perdre à la lecture.</translation>
    </message>
    <message>
        <source>read with %1 % confidence</source>
        <translation>lu avec %1 % de confiance</translation>
    </message>
    <message>
        <source>The person chosen belongs to another organization&apos;s register.</source>
        <translation>La personne choisie appartient au registre d’un autre organisme.</translation>
    </message>
    <message numerus="yes">
        <source>The check digits verify only after %n characters read were corrected: compare the number, the dates and the name with the copy.</source>
        <translation>
            <numerusform>Les chiffres de contrôle ne concordent qu’après la correction de %n caractère lu : comparez le numéro, les dates et le nom avec la copie.</numerusform>
            <numerusform>Les chiffres de contrôle ne concordent qu’après la correction de %n caractères lus : comparez le numéro, les dates et le nom avec la copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digits verify, but no two readings of the zone gave the same number: compare the number, the dates and the name with the copy.</source>
        <translation>Les chiffres de contrôle concordent, mais aucune lecture de la zone n’a redonné le même numéro : comparez le numéro, les dates et le nom avec la copie.</translation>
    </message>
</context>
<context>
    <name>pc::intake::LetterReader</name>
    <message>
        <source>The letter mixes French and English words.</source>
        <translation>La lettre mêle des mots français et anglais.</translation>
    </message>
    <message>
        <source>The letter also names %1.</source>
        <translation>La lettre nomme aussi %1.</translation>
    </message>
    <message>
        <source>The address shares no part of the name %1: a part of it may have been lost in reading, or it may be someone else&apos;s.</source>
        <translation>L’adresse n’a aucune partie en commun avec le nom %1 : une partie a pu se perdre à la lecture, ou c’est l’adresse de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>No organization of this database has that name.</source>
        <translation>Aucun organisme de cette base ne porte ce nom.</translation>
    </message>
    <message>
        <source>No postcode and town were found with the street: the address may be incomplete.</source>
        <translation>Aucun code postal ni aucune ville n’ont été trouvés avec la rue : l’adresse est peut-être incomplète.</translation>
    </message>
</context>
<context>
    <name>pc::letters</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Request for proof of identity</source>
        <translation>Demande de justificatif d’identité</translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation>Demande de précisions</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Avis de prolongation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Refusal, with the right to complain</source>
        <translation>Refus, avec le droit de réclamation</translation>
    </message>
    <message>
        <source>The letter could not be laid out as a PDF.</source>
        <translation>Le courrier n’a pas pu être mis en page en PDF.</translation>
    </message>
</context>
<context>
    <name>pc::reports::OfficeWriter</name>
    <message>
        <source>The document could not be put together: memory ran out.</source>
        <translation>Le document n’a pas pu être assemblé : la mémoire est épuisée.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>pc::reports::Registers</name>
    <message>
        <source>Drawn up by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
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
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>tout le registre</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>the organization&apos;s legal name</comment>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>Applicable law</source>
        <translation>Loi applicable</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation>Représentant (art. 27)</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>register as it stood on %1, last changed on %2</source>
        <translation>registre à jour au %1, dernière modification le %2</translation>
    </message>
    <message>
        <source>register as it stood on %1</source>
        <translation>registre à jour au %1</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <source>%1, of which %2 approved</source>
        <translation>%1, dont %2 validées</translation>
    </message>
    <message>
        <source>GDPR Article 30</source>
        <translation>Article 30 du RGPD</translation>
    </message>
    <message>
        <source>The controller</source>
        <translation>Le responsable du traitement</translation>
    </message>
    <message>
        <source>Article 30(1)(a): the name and contact details of the controller and, where applicable, of the joint controller, the controller&apos;s representative and the data protection officer.</source>
        <translation>Article 30.1.a : le nom et les coordonnées du responsable du traitement et, le cas échéant, du responsable conjoint, du représentant du responsable du traitement et du délégué à la protection des données.</translation>
    </message>
    <message>
        <source>This organization has no processing activity in the register yet: there is nothing to list under Article 30.</source>
        <translation>Cet organisme n’a encore aucune activité de traitement dans le registre : il n’y a rien à inscrire au titre de l’article 30.</translation>
    </message>
    <message>
        <source>Summary of the processing activities</source>
        <translation>Liste des activités de traitement</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Activité de traitement</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Bases légales</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>required, not done</source>
        <translation>requise, non faite</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Role of the organization</source>
        <translation>Rôle de l’organisme</translation>
    </message>
    <message>
        <source>Controller on whose behalf it is done</source>
        <translation>Responsable du traitement pour le compte duquel il est effectué</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Responsables conjoints</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>validée le %1</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Purposes and legal bases — Art. 30(1)(b)</source>
        <translation>Finalités et bases légales — art. 30.1.b</translation>
    </message>
    <message>
        <source>No purpose recorded.</source>
        <translation>Aucune finalité inscrite.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation>Base légale (art. 6)</translation>
    </message>
    <message>
        <source>Legitimate interest or Art. 9 condition</source>
        <translation>Intérêt légitime ou condition de l’art. 9</translation>
    </message>
    <message>
        <source>Data subjects and personal data — Art. 30(1)(c)</source>
        <translation>Personnes concernées et données — art. 30.1.c</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données personnelles</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Données sensibles (art. 9)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Recipients — Art. 30(1)(d)</source>
        <translation>Destinataires — art. 30.1.d</translation>
    </message>
    <message>
        <source>No recipient: the data stay within the organization&apos;s own staff.</source>
        <translation>Aucun destinataire : les données restent au sein du personnel de l’organisme.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Transfers to third countries — Art. 30(1)(e)</source>
        <translation>Transferts vers des pays tiers — art. 30.1.e</translation>
    </message>
    <message>
        <source>No transfer of personal data to a third country or an international organization.</source>
        <translation>Aucun transfert de données vers un pays tiers ou une organisation internationale.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Time limits for erasure — Art. 30(1)(f)</source>
        <translation>Durées de conservation — art. 30.1.f</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>No retention period recorded.</source>
        <translation>Aucune durée de conservation inscrite.</translation>
    </message>
    <message>
        <source>Security measures — Art. 30(1)(g) and 32(1)</source>
        <translation>Mesures de sécurité — art. 30.1.g et 32.1</translation>
    </message>
    <message>
        <source>No security measure described.</source>
        <translation>Aucune mesure de sécurité décrite.</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Analyse d’impact (AIPD)</translation>
    </message>
    <message>
        <source>required, carried out on %1</source>
        <translation>requise, réalisée le %1</translation>
    </message>
    <message>
        <source>required, not yet carried out</source>
        <translation>requise, pas encore réalisée</translation>
    </message>
    <message>
        <source>Processing activities (Art. 30(1))</source>
        <translation>Activités de traitement (art. 30.1)</translation>
    </message>
    <message>
        <source>Processing carried out as a processor (Art. 30(2))</source>
        <translation>Traitements effectués en tant que sous-traitant (art. 30.2)</translation>
    </message>
    <message>
        <source>Article 30(2): the categories of processing carried out on behalf of each controller, the transfers to third countries and the security measures.</source>
        <translation>Article 30.2 : les catégories de traitements effectués pour le compte de chaque responsable du traitement, les transferts vers des pays tiers et les mesures de sécurité.</translation>
    </message>
    <message>
        <source>No processing on behalf of a client is recorded.</source>
        <translation>Aucun traitement pour le compte d’un client n’est inscrit.</translation>
    </message>
    <message>
        <source>%1 %2 from: %3; then: %4</source>
        <translation>%1 %2 à compter de : %3 ; ensuite : %4</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Sous-traitants et destinataires</translation>
    </message>
    <message>
        <source>Processors and sub-processors</source>
        <translation>Sous-traitants et sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>This organization has no processor in the register.</source>
        <translation>Cet organisme n’a aucun sous-traitant inscrit au registre.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie de transfert</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <source>DPA expires</source>
        <translation>Fin de l’accord</translation>
    </message>
    <message>
        <source>Policy checked</source>
        <translation>Politique vérifiée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> (no longer used)</source>
        <translation> (plus utilisé)</translation>
    </message>
    <message>
        <source>%1: no data processing agreement (Art. 28(3)) on file.</source>
        <translation>%1 : aucun accord de sous-traitance (art. 28.3) au dossier.</translation>
    </message>
    <message>
        <source>%1: the agreement expired on %2.</source>
        <translation>%1 : l’accord a expiré le %2.</translation>
    </message>
    <message>
        <source>%1: the agreement expires on %2.</source>
        <translation>%1 : l’accord expire le %2.</translation>
    </message>
    <message>
        <source>%1: data go to %2 without a transfer safeguard.</source>
        <translation>%1 : des données partent vers %2 sans garantie de transfert.</translation>
    </message>
    <message>
        <source>%1: its privacy policy has never been checked.</source>
        <translation>%1 : sa politique de confidentialité n’a jamais été vérifiée.</translation>
    </message>
    <message>
        <source>%1: its privacy policy was last checked on %2, more than a year ago.</source>
        <translation>%1 : sa politique de confidentialité a été vérifiée pour la dernière fois le %2, il y a plus d’un an.</translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation>Points à vérifier</translation>
    </message>
    <message>
        <source>Every processor in use has its agreement, its safeguards and a privacy policy checked within the year.</source>
        <translation>Chaque sous-traitant utilisé a son accord, ses garanties et une politique de confidentialité vérifiée dans l’année.</translation>
    </message>
    <message>
        <source>Activities each processor serves</source>
        <translation>Activités confiées à chaque sous-traitant</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>demandes en cours</translation>
    </message>
    <message>
        <source>closed requests</source>
        <translation>demandes closes</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>tous les statuts</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No rights request was received in this period: there is nothing to list.</source>
        <translation>Aucune demande d’exercice de droits n’a été reçue sur cette période : il n’y a rien à lister.</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>Closed (answered, refused or withdrawn)</source>
        <translation>Closes (répondues, refusées ou retirées)</translation>
    </message>
    <message>
        <source>Closed within the legal period</source>
        <translation>Closes dans le délai légal</translation>
    </message>
    <message>
        <source>%1 (%2 of those closed)</source>
        <translation>%1 (%2 des demandes closes)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore en cours</translation>
    </message>
    <message>
        <source>Open and past their deadline on %1</source>
        <translation>En cours et hors délai au %1</translation>
    </message>
    <message>
        <source>Right exercised</source>
        <translation>Droit exercé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <source>By right exercised</source>
        <translation>Par droit exercé</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <source>Every request of the period, in the order received: the days taken count from the day received to the day closed; “late” when closed after the legal deadline (extended where it was).</source>
        <translation>Chaque demande de la période, dans l’ordre de réception : les jours comptent du jour de réception au jour de clôture ; « hors délai » quand elle a été close après l’échéance légale (prorogée le cas échéant).</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the day a request was closed</comment>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>late</source>
        <translation>hors délai</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans le délai</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Detail and history of each request</source>
        <translation>Détail et historique de chaque demande</translation>
    </message>
    <message>
        <source>For each request: who asked and how, what the list does not say, then its history: the moment of each step (UTC), the step, its note and who recorded it.</source>
        <translation>Pour chaque demande : qui l’a faite et comment, ce que la liste ne dit pas, puis son historique : le moment de chaque étape (UTC), l’étape, sa note et qui l’a enregistrée.</translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation>demandée par %1</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>letter dated %1</source>
        <translation>courrier daté du %1</translation>
    </message>
    <message>
        <source>deadline %1 extended to %2</source>
        <translation>échéance du %1 prorogée au %2</translation>
    </message>
    <message>
        <source>extended because: %1</source>
        <translation>prorogée au motif : %1</translation>
    </message>
    <message>
        <source>identity document asked on %1</source>
        <translation>pièce d’identité demandée le %1</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>réponse : %1</translation>
    </message>
    <message>
        <source>refused because: %1</source>
        <translation>refusée au motif : %1</translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>traitée par %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Breaches recorded</source>
        <translation>Violations inscrites</translation>
    </message>
    <message>
        <source>Register of personal data breaches (Art. 33(5))</source>
        <translation>Registre des violations de données (art. 33.5)</translation>
    </message>
    <message>
        <source>Article 33(5): the facts of each breach, its effects and the remedial action taken, so that the supervisory authority can verify compliance, whether or not the breach was notified.</source>
        <translation>Article 33.5 : les faits concernant chaque violation, ses effets et les mesures prises pour y remédier, afin que l’autorité de contrôle puisse vérifier le respect de l’article, que la violation ait été notifiée ou non.</translation>
    </message>
    <message>
        <source>No personal data breach is recorded for this period.</source>
        <translation>Aucune violation de données personnelles n’est inscrite pour cette période.</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Notifiée à l’autorité</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Personnes informées</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>non notifiée</translation>
    </message>
    <message>
        <source>%1 (%2 h after)</source>
        <translation>%1 (%2 h après)</translation>
    </message>
    <message>
        <source>The facts</source>
        <translation>Les faits</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Date de la violation</translation>
    </message>
    <message>
        <source>When it became known</source>
        <translation>Date de prise de connaissance</translation>
    </message>
    <message>
        <source>Its effects</source>
        <translation>Ses effets</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Risk to rights and freedoms</source>
        <translation>Risque pour les droits et libertés</translation>
    </message>
    <message>
        <source>Remedial action and notification</source>
        <translation>Mesures prises et notification</translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation>Mesures prises ou envisagées</translation>
    </message>
    <message>
        <source>Notified to the authority</source>
        <translation>Notifiée à l’autorité</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Référence de l’autorité</translation>
    </message>
    <message>
        <source>People told (Art. 34)</source>
        <translation>Personnes informées (art. 34)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation>Calendrier de conservation</translation>
    </message>
    <message>
        <source>This organization has no retention rule in the register.</source>
        <translation>Cet organisme n’a aucune règle de conservation inscrite au registre.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>how long data are kept</comment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>À l’échéance</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation>Selon la politique</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activités : %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Upcoming purges</source>
        <translation>Purges à venir</translation>
    </message>
    <message>
        <source>For each rule, the people of the register whose period has ended or will end, counted on %1 from the date the rule counts from; those under a legal hold are kept until it is lifted.</source>
        <translation>Pour chaque règle, les personnes du registre dont la durée est échue ou le sera, comptées au %1 à partir de la date dont part la règle ; celles sous gel juridique sont conservées jusqu’à sa levée.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Échues</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Sous 30 jours</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Sous 90 jours</translation>
    </message>
    <message>
        <source>Within a year</source>
        <translation>Sous un an</translation>
    </message>
    <message>
        <source>Under a legal hold</source>
        <translation>Sous gel juridique</translation>
    </message>
    <message>
        <source>not dated in the register</source>
        <translation>non datée dans le registre</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>échues</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>sous 30 jours</translation>
    </message>
    <message>
        <source>from 30 days to a year</source>
        <translation>de 30 jours à un an</translation>
    </message>
    <message>
        <source>Purges carried out</source>
        <translation>Purges effectuées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Periods ended by</source>
        <translation>Durées échues au</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Kept under a hold</source>
        <translation>Conservées (gel)</translation>
    </message>
    <message>
        <source>No purge has been run yet.</source>
        <translation>Aucune purge n’a encore été effectuée.</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Finalités soumises au consentement</translation>
    </message>
    <message>
        <source>Period of the events</source>
        <translation>Période des événements</translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation>Consentement par finalité</translation>
    </message>
    <message>
        <source>This organization asks for no consent: no purpose is recorded.</source>
        <translation>Cet organisme ne recueille aucun consentement : aucune finalité n’est inscrite.</translation>
    </message>
    <message>
        <source>Each person&apos;s current state per purpose is the latest event of their history. “Lapsed” consents were given longer ago than the purpose&apos;s period and are due to be renewed.</source>
        <translation>L’état actuel de chaque personne pour une finalité est le dernier événement de son historique. Les consentements « périmés » ont été donnés il y a plus longtemps que la durée de la finalité et doivent être renouvelés.</translation>
    </message>
    <message>
        <source>Lapses after</source>
        <translation>Expire après</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnés</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Périmés</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Consent rate</source>
        <translation>Taux de consentement</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>Events of the period</source>
        <translation>Événements de la période</translation>
    </message>
    <message>
        <source>Consent events recorded for %1.</source>
        <translation>Événements de consentement enregistrés pour %1.</translation>
    </message>
    <message>
        <source>No consent event in this period.</source>
        <translation>Aucun événement de consentement sur cette période.</translation>
    </message>
    <message>
        <source>Privacy policy versions</source>
        <translation>Versions de la politique de confidentialité</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Changes how contact details are used</source>
        <translation>Modifie l’usage des coordonnées</translation>
    </message>
    <message>
        <source>No version of the privacy policy is recorded.</source>
        <translation>Aucune version de la politique de confidentialité n’est inscrite.</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Register of processors</source>
        <translation>Registre des sous-traitants</translation>
    </message>
    <message>
        <source>Register of rights requests</source>
        <translation>Registre des demandes d’exercice de droits</translation>
    </message>
    <message>
        <source>Register of personal data breaches</source>
        <translation>Registre des violations de données personnelles</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <comment>the title of the report</comment>
        <translation>Calendrier de conservation des données</translation>
    </message>
    <message>
        <source>Consent statistics</source>
        <translation>Statistiques des consentements</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>à déterminer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Processing covered</source>
        <translation>Traitements couverts</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validée par</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>To review by</source>
        <translation>À revoir avant le</translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation>Évaluation : %1</translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation>Plan d&apos;action : %1</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sans réponse.</translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation>Cartographie des risques</translation>
    </message>
    <message>
        <source>Each risk placed by its likelihood (across) and its severity (up): a circle where the measures leave it, a square where the action plan will take it. Risks in the shaded corner must not stay there.</source>
        <translation>Chaque risque placé selon sa vraisemblance (en abscisse) et sa gravité (en ordonnée) : un rond là où les mesures le laissent, un carré là où le plan d&apos;action le mènera. Aucun risque ne doit rester dans le coin grisé.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Once the plan is done</source>
        <translation>Une fois le plan réalisé</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No action is planned: every part evaluated is acceptable.</source>
        <translation>Aucune action n&apos;est prévue : chaque partie évaluée est acceptable.</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion</source>
        <translation>Avis du DPO</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non donné</translation>
    </message>
    <message>
        <source>Its reasons</source>
        <translation>Ses motifs</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Their opinion sought</source>
        <translation>Leur avis demandé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>How it was sought</source>
        <translation>Comment il a été recueilli</translation>
    </message>
    <message>
        <source>Why it was not sought</source>
        <translation>Pourquoi il n&apos;a pas été demandé</translation>
    </message>
    <message>
        <source>What they think</source>
        <translation>Ce qu&apos;elles en pensent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Changes made since</source>
        <translation>Modifications apportées depuis</translation>
    </message>
    <message>
        <source>No measure is recorded.</source>
        <translation>Aucune mesure n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>How it is applied</source>
        <translation>Comment elle est appliquée</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Impacts on the people</source>
        <translation>Impacts sur les personnes</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Sources of risk</source>
        <translation>Sources de risques</translation>
    </message>
    <message>
        <source>Measures that answer it</source>
        <translation>Mesures qui y répondent</translation>
    </message>
    <message>
        <source>not notified: unlikely to result in a risk</source>
        <translation>non notifiée : pas susceptible d&apos;engendrer un risque</translation>
    </message>
    <message>
        <source>no duty to notify</source>
        <translation>aucune obligation de notifier</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Nature de la violation</translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation>Comment elle s&apos;est produite</translation>
    </message>
    <message>
        <source>When it was contained</source>
        <translation>Date de maîtrise</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>%1, %2 (by %3)</source>
        <translation>%1, %2 (par %3)</translation>
    </message>
    <message>
        <source>%1 people from %2: %3</source>
        <translation>%1 personnes à partir du %2 : %3</translation>
    </message>
    <message>
        <source>Why it was not notified (Art. 33(1))</source>
        <translation>Pourquoi elle n&apos;a pas été notifiée (art. 33(1))</translation>
    </message>
    <message>
        <source>Notifications sent</source>
        <translation>Notifications envoyées</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <source>Why the people were not told (Art. 34(3))</source>
        <translation>Pourquoi les personnes n&apos;ont pas été informées (art. 34(3))</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>The notification was due by %1: the reasons for the delay must accompany it (Art. 33(1)).</source>
        <translation>La notification était due au plus tard le %1 : les motifs du retard doivent l&apos;accompagner (art. 33(1)).</translation>
    </message>
</context>
<context>
    <name>pc::reports::ReportWriter</name>
    <message>
        <source>Drawn up on %1 with Privacy Console</source>
        <translation>Établi le %1 avec Privacy Console</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>pc::retention::PurgeReport</name>
    <message>
        <source>anonymised</source>
        <translation>anonymisées</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <source>Retention purge report</source>
        <translation>Rapport de purge des données</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Purge n°</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation>tous les organismes</translation>
    </message>
    <message>
        <source>Periods ended on or before</source>
        <translation>Durées échues au plus tard le</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>People purged</source>
        <translation>Personnes purgées</translation>
    </message>
    <message>
        <source>Rows deleted or anonymised</source>
        <translation>Lignes supprimées ou anonymisées</translation>
    </message>
    <message>
        <source>Due but under a legal hold (kept)</source>
        <translation>Échues mais sous gel juridique (conservées)</translation>
    </message>
    <message>
        <source>By retention rule</source>
        <translation>Par règle de conservation</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Tombstones</source>
        <translation>Pierres tombales</translation>
    </message>
    <message>
        <source>Each person purged leaves a tombstone in the register: its number, the person&apos;s former number, the rule, what was done and how many rows. It holds a salted digest of the name and e-mail address, from which one can show that a given person was purged; neither this report nor the register holds who they were.</source>
        <translation>Chaque personne purgée laisse une pierre tombale dans le registre : son numéro, l&apos;ancien numéro de la personne, la règle, ce qui a été fait et le nombre de lignes. Elle garde une empreinte salée du nom et de l&apos;adresse e-mail, qui permet de montrer qu&apos;une personne donnée a été purgée ; ni ce rapport ni le registre ne disent qui elle était.</translation>
    </message>
    <message>
        <source>Tombstone</source>
        <translation>Pierre tombale</translation>
    </message>
    <message>
        <source>Former person no.</source>
        <translation>Ancienne personne n°</translation>
    </message>
    <message>
        <source>The first %1 of %2 tombstones are listed; the register keeps them all.</source>
        <translation>Les %1 premières des %2 pierres tombales sont listées ; le registre les garde toutes.</translation>
    </message>
</context>
<context>
    <name>pc::rows</name>
    <message>
        <source>Someone else changed this record since you opened it (version %1, yours %2). Reload it and apply your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement depuis que vous l&apos;avez ouvert (version %1, la vôtre : %2). Rechargez-le et appliquez de nouveau votre modification.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>L&apos;enregistrement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This record is still used elsewhere in the register; remove those uses first.</source>
        <translation>Cet enregistrement est encore utilisé ailleurs dans le registre ; supprimez d&apos;abord ces utilisations.</translation>
    </message>
</context>
</TS>
