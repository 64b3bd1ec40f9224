<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Privacy Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ActivityChecks</name>
    <message>
        <source>Name the processing activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one purpose with its legal basis (Art. 30(1)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe every purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” rests on legitimate interests: say which interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the categories of people concerned (Art. 30(1)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the categories of personal data (Art. 30(1)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (%1) are processed without an Art. 9(2) condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to %1 has no safeguard (Art. 44–49).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each transfer&apos;s country as a two-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention rule: how long is the data kept (Art. 30(1)(f))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data protection impact assessment is required but not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incomplete activity cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no legal basis yet: choose one (Art. 6(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the period “%2” is only written down; make it a rule (a duration from an event) so that its countdown runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ActivityEditor</name>
    <message>
        <source>%1 (special category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no retention rule —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client (controller):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes and legal bases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ocessors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers abroad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activity to screen it for an impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start its assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Screened on %1 by %2: %3 (%n criterion(s) met).</source>
        <translation>
            <numerusform>Screened on %1 by %2: %3 (%n criterion met).</numerusform>
            <numerusform>Screened on %1 by %2: %3 (%n criteria met).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not screened yet for an impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nine criteria of the European guidelines and the authority&apos;s lists: is an impact assessment needed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Backup</name>
    <message>
        <source>%1 is not installed: install the PostgreSQL client tools (package postgresql-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database gives no way to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the copy a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a copy of an embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a database: a copy is restored into a new one only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be restored to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a copy of an embedded database, not of a server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty: a copy is restored into a new one only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::BreachEditor</name>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occurred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority &amp;notified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cords concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely &amp;consequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data, people and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told</source>
        <translation>
            <numerusform>%n person told</numerusform>
            <numerusform>%n people told</numerusform>
        </translation>
    </message>
    <message>
        <source>authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the &amp;authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up to the &amp;authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cau&amp;se:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain&amp;ed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy not notify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the dela&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s cate&amp;gories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vice to them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not tell them (Art. 34(3)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people concerned (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody recorded as told yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told, from %1: %2</source>
        <translation>
            <numerusform>%n person told, from %1: %2</numerusform>
            <numerusform>%n people told, from %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Letters to the people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt *.log *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::BreachLettersDialog</name>
    <message>
        <source>Letters to the people concerned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each letter is written in the person&apos;s language from the breach&apos;s record: what happened, what it may mean for them, what was done, what they can do and whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of these &amp;categories or concerned by these purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of this &amp;list (e-mail addresses or references, one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are told &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;letters (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;mailing list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record them as told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the categories or purposes of the people concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the e-mail addresses or references of the people concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen</source>
        <translation>
            <numerusform>%n person chosen</numerusform>
            <numerusform>%n people chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1</source>
        <translation>
            <numerusform>%n letter saved to %1</numerusform>
            <numerusform>%n letters saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the mailing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing list saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 people are chosen: narrow the selection, or write the mailing list with “privacy-console breach letters”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::BulkInsert</name>
    <message>
        <source>Cannot write the rows of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::CasePanel</name>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened to the request, dated: each step goes into its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the register or add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data (access, portability)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request&apos;s changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register matches the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the register who may be the requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability archive (JSON and CSV in a ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is attached to the request as a reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything the register holds about this person: their record, consents, documents, the requester&apos;s details on their requests and the copies in the audit trail. A tombstone records when, by whom and why, without who they were. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise, keeping the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n row(s) changed. Tombstone %1 proves it.</source>
        <translation>
            <numerusform>Erased: %n row changed. Tombstone %1 proves it.</numerusform>
            <numerusform>Erased: %n rows changed. Tombstone %1 proves it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(destroyed on %1; its SHA-256 fingerprint is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of an identity document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept encrypted until the identity check is recorded, and destroyed at the latest when the request is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the identity check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the copies now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>destroyed in %n day(s), on %1 at the latest</source>
        <translation>
            <numerusform>destroyed in %n day, on %1 at the latest</numerusform>
            <numerusform>destroyed in %n days, on %1 at the latest</numerusform>
        </translation>
    </message>
    <message>
        <source>destroyed today at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be destroyed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of an identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: scan the document again at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the identity document copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n identity document copy(ies) of this request now, without recording an identity check? Their SHA-256 fingerprints are kept.</source>
        <translation>
            <numerusform>Destroy the %n identity document copy of this request now, without recording an identity check? Their SHA-256 fingerprints are kept.</numerusform>
            <numerusform>Destroy the %n identity document copies of this request now, without recording an identity check? Their SHA-256 fingerprints are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw their consents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — given on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no consent in force to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consents this request withdraws, as of the day it was received (%1). Each withdrawal goes into the consent ledger pointing to this request, and into its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::CaseRepository</name>
    <message>
        <source>A request needs at least one type (access, erasure, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a type of request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs the date it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach needs the moment the organization became aware of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References are numbered for requests and breaches only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity document copy is only ever stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach&apos;s organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification is the initial one or a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification needs the moment it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification keeps the text that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach %1 was notified already; what comes now is a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up completes the initial notification of %1, which is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot be sent before the notification it completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of telling people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the people were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people cannot have been told before the breach was known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was saved by someone else while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was saved by someone else while you were editing it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, field by field, which version to keep; the record is then saved with both sets of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by them only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field can only be taken as it was saved; change it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Connect</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConnectionSpec</name>
    <message>
        <source>“%1” is not a valid PostgreSQL address; expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a password in the database address: set PGPASSWORD or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite address “%1” names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a file, a sqlite:/// address nor a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConsentExport</name>
    <message>
        <source>Export the history of one person or of one purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purpose is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such version of the privacy policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version does not change how contact details are used: nobody needs to be told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConsentImport</name>
    <message>
        <source>The file is not text in UTF-8: save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quotation mark is opened and never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (e-mail or reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (given, withdrawn, refused, expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody in the register has %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several people have %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purpose of this organization is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several purposes are called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not given, withdrawn, refused or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (2025-03-31, 31/03/2025, with or without the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long ago to be a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of collecting consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the privacy policy has no version “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConsentImportDialog</name>
    <message>
        <source>Import consents from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: split it, or export fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n line</numerusform>
            <numerusform>%1 — %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add · %2 already recorded · %3 with an error, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded: left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) added to the ledger.</source>
        <translation>
            <numerusform>%n consent event added to the ledger.</numerusform>
            <numerusform>%n consent events added to the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines left out for an error: %n.</source>
        <translation>
            <numerusform>Lines left out for an error: %n.</numerusform>
            <numerusform>Lines left out for an error: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ConsentLedger</name>
    <message>
        <source>The register is open read-only: no expiry can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lapsed %n month(s) after it was given, the period set for this purpose</source>
        <translation>
            <numerusform>Lapsed %n month after it was given, the period set for this purpose</numerusform>
            <numerusform>Lapsed %n months after it was given, the period set for this purpose</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is open read-only: no withdrawal can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person in the register first: a withdrawal is recorded in their ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal is dated when it was asked, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose named is not one of this organization&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no consent in force to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only: no consent event can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened: given, withdrawn, refused or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the person expressed it (web form, e-mail, letter, in person…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day and time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent event is recorded once it has happened, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof document is larger than %1 MB: keep a smaller copy (a PDF, a photo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the purposes of the person&apos;s organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy policy version is not one of the person&apos;s organization&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent event is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Where the person stands&lt;/b&gt; — the latest event of each purpose&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent given, withdrawn or refused in person, by letter, by telephone…, with its proof: added on top of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s history (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s history (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the person&apos;s consents, newest first, with their proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event of the ledger to see the person&apos;s consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the history</source>
        <translation>
            <numerusform>%n event in the history</numerusform>
            <numerusform>%n events in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded through request %1; %n event(s) in the history</source>
        <translation>
            <numerusform>Recorded through request %1; %n event in the history</numerusform>
            <numerusform>Recorded through request %1; %n events in the history</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;History of “%1”&lt;/b&gt; — newest first, %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;History of “%1”&lt;/b&gt; — newest first, %n event</numerusform>
            <numerusform>&lt;b&gt;History of “%1”&lt;/b&gt; — newest first, %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;History of every purpose&lt;/b&gt; — newest first, %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;History of every purpose&lt;/b&gt; — newest first, %n event</numerusform>
            <numerusform>&lt;b&gt;History of every purpose&lt;/b&gt; — newest first, %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to view the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded before the moment it is dated: a planned or mistyped date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has been destroyed; its fingerprint (SHA-256 %1) remains as proof of what was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents-person-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents-purpose-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DashboardView</name>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent rate per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purges due per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A bar of a chart: what it counts, then how many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 % of %Ln person(s) who decided</source>
        <translation>
            <numerusform>%1 (%2): %3 % of %Ln person who decided</numerusform>
            <numerusform>%1 (%2): %3 % of %Ln people who decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln processor(s), %2 %</source>
        <translation>
            <numerusform>%1: %Ln processor, %2 %</numerusform>
            <numerusform>%1: %Ln processors, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past due: %Ln retention period(s)</source>
        <translation>
            <numerusform>Past due: %Ln retention period</numerusform>
            <numerusform>Past due: %Ln retention periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln retention period(s) end</source>
        <translation>
            <numerusform>%1: %Ln retention period ends</numerusform>
            <numerusform>%1: %Ln retention periods end</numerusform>
        </translation>
    </message>
    <message>
        <source>Review of the impact assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action of the impact assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n impact assessment review(s) or action(s) within 30 days</source>
        <translation>
            <numerusform>%n impact assessment review or action within 30 days</numerusform>
            <numerusform>%n impact assessment reviews or actions within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::Database</name>
    <message>
        <source>The database %1 was written by a newer version of Privacy Console (schema %2; this version knows schema %3 at most). Nothing was changed: update Privacy Console to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Privacy Console database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only: it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database needs to write its journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Privacy Console database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was cancelled: an inner step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another application (%2); Privacy Console will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DateField</name>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>letter for a day in a date pattern, as in dd/mm/yyyy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <comment>letter for a month in a date pattern, as in dd/mm/yyyy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>letter for a year in a date pattern, as in dd/mm/yyyy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <comment>letter for an hour in a time pattern, as in hh:mm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <comment>letter for a minute in a time pattern, as in hh:mm</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DeadlineRulesDialog</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rules and public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period ending on a weekend or public holiday ends on the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the shipped rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breach notified within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the year&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law settles these deadlines: they are shown with the articles they come from and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reading of the law, kept in the register. Check it when the law or its decrees change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default shipped with the application, from the best sources known to it. Check it against the law and save your own reading when it differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n open request(s) have a new due date.</source>
        <translation>
            <numerusform>Saved. %n open request have a new due date.</numerusform>
            <numerusform>Saved. %n open requests have a new due date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. No open request&apos;s due date changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your own reading of the law of %1 and compute its deadlines with the rule shipped with the application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays the law fixes are computed for every year. Add the days off declared for one year only (a holiday moved by decree, an election day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays of this country follow the moon or a yearly decision: check this list against the government&apos;s announcement each year. A year without a list counts only weekends as days off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the law, computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the holiday&apos;s date as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of %2: choose that year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the year&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DeadlineWatch</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) today or overdue</source>
        <translation>
            <numerusform>%n deadline today or overdue</numerusform>
            <numerusform>%n deadlines today or overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::DemoGenerator</name>
    <message>
        <source>The database already holds the demo organization “%1”; load the demo into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo retention rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo category “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data category “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo processor “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data names a sub-processor whose parent is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo activity “%1” refers to an unknown category or processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo activity “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo consent purpose “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data of “%1” has no names or categories of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo reference date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organizations are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organizations cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DocumentViewer</name>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be read; save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be read; save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of document cannot be shown here; save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DpiaEditor</name>
    <message>
        <source>Not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assessment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the processing activities it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate how severe this risk is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate how likely this risk is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who validated the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the controller&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a day to review the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion is sought before validating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review comes after the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the people concerned were not asked for their opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the assessment was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures that protect the data, as they are or will be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk map: a circle where the measures leave each risk, a square where the action plan will take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they think:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DpiaRepository</name>
    <message>
        <source>An impact assessment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An impact assessment belongs to an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment names a measure it does not hold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no impact assessment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no processing activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening answers each of the nine criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Erasure</name>
    <message>
        <source>A legal hold is in force for this person: lift it before erasing their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tombstone %1, %n row(s)</source>
        <translation>
            <numerusform>Tombstone %1, %n row</numerusform>
            <numerusform>Tombstone %1, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is open read-only: nothing can be erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::EvaluationField</name>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the part stands: to correct (the editors must complete it), to improve (measures to add, in the action plan) or acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a gauge and its value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::HealthCheck</name>
    <message>
        <source>%1: constraint %2 is not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::IdAccessDialog</name>
    <message>
        <source>Access to identity document copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of identity documents are kept encrypted in the register until the identity check. Officers given access read them from any desk; viewers never do, and a backup never holds them. An officer gets a key the first time they open the register; an officer who holds the vault key then gives them access here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold the vault key: you may give access to the officers who wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not been given access yet: an officer who holds the vault key gives it to you here, on their desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (viewers read the registers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be given access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not opened the register yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::IdentityCheckDialog</name>
    <message>
        <source>Record the identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of an identity document is kept with %1: record how the identity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last four characters of the document&apos;s number are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last characters of its number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record and destroy the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the identity document&apos;s machine-readable zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the identity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check cannot be dated before the request was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who checked the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording the check destroys %n identity document copy(ies) kept with %1: only what is below remains, as the CNIL asks.</source>
        <translation>
            <numerusform>Recording the check destroys %n identity document copy kept with %1: only what is below remains, as the CNIL asks.</numerusform>
            <numerusform>Recording the check destroys %n identity document copies kept with %1: only what is below remains, as the CNIL asks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ImportDialog</name>
    <message>
        <source>Import request letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline runs from the day the letter arrived, not from its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the copy, encrypted, until the identity check (then it is destroyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request was created from these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3) could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read with %1 % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s name matches the requester&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s name does not match the requester&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On page %1 of the letter: the letter is kept without that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity document was found with this letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is not one: correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the request will be linked to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every value found was read clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the register has this e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address was read: nothing to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the form, then what to check in it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::LetterDialog</name>
    <message>
        <source>Letter for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF on the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text you edited with the new letter?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>Signed in to Privacy Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Privacy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Privacy Console %1&lt;/h3&gt;&lt;p&gt;The privacy officer&apos;s register of processing activities, data subjects, consents, rights requests, processors and retention.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo organizations…</source>
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
        <source>&amp;Next register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Privacy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Console databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo organization(s).</source>
        <translation>
            <numerusform>Loaded %n demo organization.</numerusform>
            <numerusform>Loaded %n demo organizations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows whose %1 is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equal to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization the new record belongs to in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the register? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are too many to sort by %2: narrow them first (organization, search, filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline rules and holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import request letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder of letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import request letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PDF or scan (PNG, JPEG, TIFF) to import there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document copies whose time has come could not be destroyed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) destroyed: the requests they came with are due.</source>
        <translation>
            <numerusform>%n identity document copy destroyed: the requests they came with are due.</numerusform>
            <numerusform>%n identity document copies destroyed: the requests they came with are due.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;consents from a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;lapsed consents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy policy versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s consent history (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s consent history (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this purpose&apos;s consent history (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this purpose&apos;s consent history (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent has outlived its purpose&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) recorded as expired.</source>
        <translation>
            <numerusform>%n consent recorded as expired.</numerusform>
            <numerusform>%n consents recorded as expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consents older than their purpose&apos;s period (13 months for cookies, for instance): %n. Record them as expired, each dated the day it lapsed?</source>
        <translation>
            <numerusform>Consents older than their purpose&apos;s period (13 months for cookies, for instance): %n. Record them as expired, each dated the day it lapsed?</numerusform>
            <numerusform>Consents older than their purpose&apos;s period (13 months for cookies, for instance): %n. Record them as expired, each dated the day it lapsed?</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent event recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports and printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted: on a network, ask for TLS on the server and add ?sslmode=require to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) reads the registers and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by other officers will show only when a register is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the server lost — trying again; what is on screen is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization is in the register: add its processing activities next (Processing register, Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous record (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next record (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the columns to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Beside the worklist: the open requests past their deadline, and those due soon.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue</source>
        <translation>
            <numerusform>%n request overdue</numerusform>
            <numerusform>%n requests overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within five working days</source>
        <translation>
            <numerusform>%n due within five working days</numerusform>
            <numerusform>%n due within five working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) to notify to the authority</source>
        <translation>
            <numerusform>%n breach to notify to the authority</numerusform>
            <numerusform>%n breaches to notify to the authority</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform>
            <numerusform>%n past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) ended: the purge is due</source>
        <translation>
            <numerusform>%n retention period ended: the purge is due</numerusform>
            <numerusform>%n retention periods ended: the purge is due</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) moved from this computer&apos;s folder into the register.</source>
        <translation>
            <numerusform>%n identity document copy moved from this computer&apos;s folder into the register.</numerusform>
            <numerusform>%n identity document copies moved from this computer&apos;s folder into the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) stay in the folder of the desk that received them, until their officer opens the register there.</source>
        <translation>
            <numerusform>%n copy stays in the folder of the desk that received it, until its officer opens the register there.</numerusform>
            <numerusform>%n copies stay in the folder of the desk that received them, until their officer opens the register there.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Access to identity document copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register imported. Activities created: %1; updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for an impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activity&apos;s changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) or action(s) of impact assessments past their day</source>
        <translation>
            <numerusform>%n review or action of impact assessments past its day</numerusform>
            <numerusform>%n reviews or actions of impact assessments past their day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impact assessment(s) to review within 30 days</source>
        <translation>
            <numerusform>%n impact assessment to review within 30 days</numerusform>
            <numerusform>%n impact assessments to review within 30 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization the assessment belongs to in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL PIA tool files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imported: tick the activities it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an impact assess&amp;ment (CNIL PIA tool)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the breach&apos;s changes first: the notification is written from its saved record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as sent on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to the people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the breach&apos;s changes first: the letters are written from its saved record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) recorded as told.</source>
        <translation>
            <numerusform>%n person recorded as told.</numerusform>
            <numerusform>%n people recorded as told.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) today or overdue: see the worklist and the dashboard.</source>
        <translation>
            <numerusform>%n deadline today or overdue: see the worklist and the dashboard.</numerusform>
            <numerusform>%n deadlines today or overdue: see the worklist and the dashboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::MeasureList</name>
    <message>
        <source>A measure of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures on the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this measure and its evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Migrator</name>
    <message>
        <source>The database is open read-only; its schema cannot be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, and was undone: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 refers to a row that is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Navigation</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::NoticeDialog</name>
    <message>
        <source>Notify the authority of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;adds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Initial notification, %n hour(s) after its deadline (%1): the reasons for the delay are required.</source>
        <translation>
            <numerusform>Initial notification, %n hour after its deadline (%1): the reasons for the delay are required.</numerusform>
            <numerusform>Initial notification, %n hours after its deadline (%1): the reasons for the delay are required.</numerusform>
        </translation>
    </message>
    <message>
        <source>Initial notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notification no. %1, completing the initial notification of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notification as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notification as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy “%1” for the authority&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::OrganizationDialog</name>
    <message>
        <source>“%1” has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::OrganizationEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s postal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;presentative (Art. 27):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also processes data for clients (Art. 30(2) register)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PeopleRepository</name>
    <message>
        <source>The person no longer exists in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent event needs the date and time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs the date it was placed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PolicyVersionsDialog</name>
    <message>
        <source>Privacy policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to &amp;inform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those with a consent in force, whose contact details the new version uses otherwise: a CSV list for the message that tells them and gives them the way to say no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version changes how contact details are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used otherwise: people to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the version (a date or a number, as the policy says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day this version took effect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a version “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to-inform-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to inform, written to %1.</source>
        <translation>
            <numerusform>%n person to inform, written to %1.</numerusform>
            <numerusform>%n persons to inform, written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ProcessorEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer sa&amp;feguard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-processing &amp;agreement signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement e&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy chec&amp;ked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still used by the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and data shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Purge</name>
    <message>
        <source>The purge left rows of %1 pointing to people it deleted; it was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only: nothing can be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purge run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::QuestionField</name>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RecordChecks</name>
    <message>
        <source>Give a name, an e-mail address or a customer reference, so the person can be found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter country code (FR, BE, ZA, TN, VN…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future or before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data cannot have been collected in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last contact cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the processor this sub-processor works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor cannot be its own sub-processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter country code (FR, US, IE…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-processing agreement cannot expire before it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-processing agreement expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data-processing agreement is recorded (GDPR Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data goes abroad (%1): record the safeguard of the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the rule, as the policy says it (“Navigation data”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a duration of at least one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the event the period counts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the promise of the policy or the law this period comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the breach a reference for the breach register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the moment the organization became aware of the breach: the notification deadline counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization cannot have become aware in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach cannot have happened after the organization became aware of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of people and records cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The authority had to be notified within %n hour(s) of awareness, and has not been.</source>
        <translation>
            <numerusform>The authority had to be notified within %n hour of awareness, and has not been.</numerusform>
            <numerusform>The authority had to be notified within %n hours of awareness, and has not been.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the request a reference for the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one right the person exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the request was received: the deadline counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be dated after it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot be due before the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extended request needs the new due date and the reason given to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended due date cannot come before the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the proof of identity was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cannot have been asked for before the request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be closed before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the request was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must give its reason, which the person is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the law the organization answers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People need a way to reach the privacy officer: give an e-mail or postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach cannot have been contained before it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach cannot be closed before it was known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the breach is unlikely to result in a risk (Art. 33(1)): until then it stays among the breaches to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach was notified: the reason not to notify it no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification came after its deadline: record the reasons for the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach is closed once notified, or with the reason it need not be (Art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high risk means telling the people concerned without undue delay (Art. 34), or recording why not (Art. 34(3)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RecordCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the register “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RecordConsentDialog</name>
    <message>
        <source>Record a consent event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form, page, desk or campaign where it was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in effect from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person said or signed, in their words if useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy &amp;shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is kept as it happened: an event is added on top of it and never changed. A mistake is put right by recording what is true now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RecordEditor</name>
    <message>
        <source>No record is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as %2, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: your changes stay in the form. Save again (Ctrl+S) once it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it; it cannot be saved. Duplicate it (Ctrl+D) to keep your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RecordStore</name>
    <message>
        <source>“%1” has a consent history, requests, documents or a legal hold. They are kept as proof, so this person cannot be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach %1 has documents attached; they are kept as proof, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 has documents or consent changes that refer to it; they are kept as proof, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RegisterImportDialog</name>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization the register names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, as the register names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register already holds this file: importing it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to finish in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the register: the CNIL&apos;s model filled in (.ods, .xlsx), or a table of activities of your own (.ods, .xlsx, .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.ods *.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not name its organization: choose, under “Into”, the one it goes into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RegisterRepository</name>
    <message>
        <source>The organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor cannot be its own sub-processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RegisterTableModel</name>
    <message>
        <source>Processing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
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
        <source>Impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Registers</name>
    <message>
        <source>Choose the organization the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a request status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no impact assessment %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tables as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tables as CSV into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no table: the organization has nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>%n table written to %1.</numerusform>
            <numerusform>%n tables written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenDocument (.odt) or Word (.docx) file with the same content, to edit in a word processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt);;Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither an OpenDocument (.odt) nor a Word (.docx) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling in the CNIL&apos;s model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register in the CNIL&apos;s spreadsheet model (.ods), filled in, or as a workbook of its lists (.xlsx): for whoever expects a spreadsheet; both import back into Privacy Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL&apos;s register model (*.ods);;A workbook of the register&apos;s lists (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ReportWriter</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RequestEditor</name>
    <message>
        <source>— not linked to a person of the register —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights e&amp;xercised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On whose behalf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer d&amp;ue by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtended to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the e&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension told on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity recei&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processing concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fusal reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester is the person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes with the steps recorded from “Next step”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RequestWorkflow</name>
    <message>
        <source>Write down the reasonable doubt about the person&apos;s identity: an identity document may be asked for only on a documented doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the person is asked to make clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why more time is needed: the person must be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the request is refused: the person must be told, with their right to complain to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the request is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an identity document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a clarification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasonable doubt about the person&apos;s identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person is asked to make clear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more time is needed (told to the person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request is refused (told to the person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request is reopened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person found in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot follow the request&apos;s present state (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day this step happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record a step once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the request was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot arrive before it was asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clarification cannot arrive before it was asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows no extension of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must be told to the person before the first deadline, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document copy kept, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request letter imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document copy destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RetentionEditor</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept %2 %3 from: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Navigation data is kept for 6 months.”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RetentionView</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periods ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly who would be deleted or anonymised today, then purges them in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countdown could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended</source>
        <translation>
            <numerusform>%n already ended</numerusform>
            <numerusform>%n already ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under a legal hold</source>
        <translation>
            <numerusform>%n under a legal hold</numerusform>
            <numerusform>%n under a legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n soonest shown</source>
        <translation>
            <numerusform>the %n soonest shown</numerusform>
            <numerusform>the %n soonest shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding who is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is due could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, the last retention period of these people has ended: %2 to delete, %3 to anonymise. Their consent history, requests and documents go with them; each leaves a tombstone in the register. %4 are kept under a legal hold; %5 are left to an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents / hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed; the purge takes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purge %n person(s)</source>
        <translation>
            <numerusform>Purge %n person</numerusform>
            <numerusform>Purge %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete or anonymise %n person(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Delete or anonymise %n person now? This cannot be undone.</numerusform>
            <numerusform>Delete or anonymise %n persons now? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purging %n person(s)…</source>
        <translation>
            <numerusform>Purging %n person…</numerusform>
            <numerusform>Purging %n persons…</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge failed and changed nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people purged (%2 rows), %3 kept under a legal hold. The report lists the tombstones, never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the purge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge is an administrator&apos;s to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RiskMap</name>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ScreeningDialog</name>
    <message>
        <source>Is an impact assessment needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last screened on %1 by %2: %3. Confirm or change each criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria the register points to are ticked, with the reason. Confirm or change each one: two or more make an assessment likely required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (a note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always needs one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never needs one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the processing of a type on the authority&apos;s lists?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n criterion(s) met.</source>
        <translation>
            <numerusform>%1 — %n criterion met.</numerusform>
            <numerusform>%1 — %n criteria met.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ServerRoles</name>
    <message>
        <source>The connection to the server gives no way to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are kept by a PostgreSQL server; the embedded database has one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers sign in to a PostgreSQL server; the embedded database has one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a user name: lower-case letters, digits, dots, dashes and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is admin, officer or viewer, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not set up for officers yet: run privacy-console server-setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user a password of ten characters at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of ten characters at least.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::SettingsDialog</name>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Console databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file of the embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server and the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the language writes them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines outside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me in the system &amp;tray what falls due today and what is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file of every deadline up to date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird, Outlook or Evolution can subscribe to this file: each deadline is an event, updated rather than repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a calendar file in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::SubjectEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;collected on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship &amp;started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship e&amp;nded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination &amp;notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::SubjectMatch</name>
    <message>
        <source>Same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person belongs to another organization&apos;s register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names nobody to add to the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::WelcomeDialog</name>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Privacy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your organization&apos;s promises on personal data, and prove it: the register of processing activities, consents and their history, rights requests against their legal deadlines, processors, retention and its purges, printed reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five small software companies, in Tunisia, Belgium, South Africa, Vietnam and France, with their registers, people, consents, requests and breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, its country — which gives the law, the deadlines and the public holidays — and its privacy officer. Everything else can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the privacy policy names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address the privacy policy gives for requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of its privacy policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy officer (DPO):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is answered within %1, which may be extended by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is answered within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A breach is notified to the authority within %n hour(s).</source>
        <translation>
            <numerusform>A breach is notified to the authority within %n hour.</numerusform>
            <numerusform>A breach is notified to the authority within %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines skip %1&apos;s public holidays, computed for every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines skip %1&apos;s public holidays as listed for 2025–2027: check them each year (File → Deadline rules and holidays…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines skip weekends; list %1&apos;s public holidays in File → Deadline rules and holidays… for them to be skipped too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::WorklistView</name>
    <message>
        <source>Worklist: open requests, soonest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a request with a double click or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody&apos;s yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, waiting for the person since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within five working days</source>
        <translation>
            <numerusform>%n due within five working days</numerusform>
            <numerusform>%n due within five working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the person</source>
        <translation>
            <numerusform>%n waiting for the person</numerusform>
            <numerusform>%n waiting for the person</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>The open requests: how many are overdue, due soon, waiting for the person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessments: reviews and actions due within 30 days or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ZoneSummary</name>
    <message>
        <source>Born %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check digit verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digits that fail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued by %2: %3 %4, no. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with too many corrections to be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::breaches::Letter</name>
    <message>
        <source>Important: an incident concerning your personal data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are writing to tell you about an incident at %1 that concerns your personal data. We take it seriously, and this letter says what happened, what it may mean for you and what you can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened on %1; we learned of it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We learned of it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it may mean for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are still assessing the consequences; we will write to you again if they concern you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we have done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have taken steps to stop the incident and keep it from happening again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be wary of messages that ask for your passwords or bank details or that claim to come from us, and tell us of anything unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For any question, write to us at the address of this letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For any question, or to exercise your rights, our data protection officer answers you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may also lodge a complaint with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry for this incident and for the worry it may cause you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, data protection officer, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference: %1 · Your reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::breaches::Notice</name>
    <message>
        <source>Initial notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notification no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law 2004-63 sets no duty to notify a personal data breach to the INPDP (Art. 18 sets a duty of security). The organization informs the INPDP of its own accord; a cyber-attack is also reported to the ANCS under Decree-Law 2023-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items follow Law 91/2025/QH15 and the contents Decree 13/2023/ND-CP, Art. 23(3) required of a notification to A05; confirm them against Decree 356/2025/ND-CP and A05&apos;s current form before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items follow those the GDPR asks of a notification (Art. 33(3)), the practice the INPDP&apos;s correspondents expect; confirm with the INPDP before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CNIL (Commission nationale de l&apos;informatique et des libertés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Data Protection Authority (Autorité de protection des données)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Information Regulator (South Africa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A05, the Department of Cybersecurity and High-Tech Crime Prevention (Ministry of Public Security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the INPDP (Instance nationale de protection des données personnelles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the competent supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of a personal data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of a security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of a violation of personal data protection regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information on a personal data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 33: notification to the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of the breach; the information may be provided in phases (Art. 33(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s22: notification to the Information Regulator as soon as reasonably possible after the discovery of the compromise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 91/2025/QH15 on personal data protection: notification to A05 within 72 hours of detecting the violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law 2004-63 of 27 July 2004 on the protection of personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>a date, a time and its offset from UTC</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet; to follow in a follow-up notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and address of the responsible party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information officer: name and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and address of the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details of the person in charge of personal data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notifying organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer or other contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notification no. %1, completing the initial notification of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this notification adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for any delay in notifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contained at the time of this notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the violation was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the violation was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the violation: place, act, organizations and people involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin and cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time the breach began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time the organization became aware of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time it was contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information and data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of personal information involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of data subjects affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data and data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types of personal data concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of personal data concerned (records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of data subjects concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate number of personal data records concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate number of people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible consequences of the security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken or intended to address the security compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended measures for the data subjects to mitigate the possible adverse effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences and damage that may arise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken to remedy and minimise the harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely consequences of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken or proposed to address the breach, including measures to mitigate its possible adverse effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told individually (%1), %2.</source>
        <translation>
            <numerusform>%n person told individually (%1), %2.</numerusform>
            <numerusform>%n people told individually (%1), %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data subjects are not notified individually: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people are not told individually: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be told without undue delay, by letter or e-mail to each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: the breach is not likely to result in a high risk to the people&apos;s rights and freedoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the data subjects are notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the people been told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the people are advised to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach %1 was notified on %2; what goes now is a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up completes an initial notification; %1 has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what this follow-up adds to the earlier notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The notification goes out %n hour(s) after its deadline (%1): give the reasons for the delay; the notification cannot go without them.</source>
        <translation>
            <numerusform>The notification goes out %n hour after its deadline (%1): give the reasons for the delay; the notification cannot go without them.</numerusform>
            <numerusform>The notification goes out %n hours after its deadline (%1): give the reasons for the delay; the notification cannot go without them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications are written in English or French, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it happened and, if known, the identity of the unauthorised person who may have accessed or acquired the information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::cli</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subjects wants a whole number between 0 and 50000000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed wants a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 organizations, %2 processing activities and %3 processors into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data subjects, %2 consent events, %3 rights requests, %4 breaches (%5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Privacy Console writes %2; run “privacy-console init” to upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has problems; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file path, sqlite:///path or postgresql://user@host:port/dbname (the password comes from PGPASSWORD or a prompt). Default: the embedded database in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only applies to a breach (--breach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which law applies: --jurisdiction FR, BE, EU, ZA, TN or VN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jurisdiction wants one of FR, BE, EU, ZA, TN or VN, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--aware wants the moment the breach became known, written YYYY-MM-DDTHH:MM, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets no number of hours to notify a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received wants the day the request arrived, written YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paused-days wants a whole number of days between 0 and 3650, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows no extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clock stood still for %n day(s).</source>
        <translation>
            <numerusform>The clock stood still for %n day.</numerusform>
            <numerusform>The clock stood still for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends on %1, a day that does not count: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due by %1:</source>
        <translation>
            <numerusform>%n item due by %1:</numerusform>
            <numerusform>%n items due by %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>--within wants a number of days between 0 and 3660, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization is called “%1” in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter does not name an organization of this database: say which with --organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, received %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 %4, no. %5, expires %6; check digits %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder is the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-letter wants the letter&apos;s file: import-letter LETTER [--id IDCOPY].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) ending by %1:</source>
        <translation>
            <numerusform>%n retention period ending by %1:</numerusform>
            <numerusform>%n retention periods ending by %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is changed. On %1, %2 people would be deleted and %3 anonymised; %4 are held by a legal hold, %5 left to an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consent events, %2 requests, %3 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge run %1: %2 people purged, %3 rows deleted or anonymised, %4 held (%5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge is done, but its report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention purge wants either --dry-run (list) or --execute (purge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report only applies to retention purge --execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge cannot run as of a day to come: only what is due today can go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a date written YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report wants the organization it is about: --organization NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is fr or en, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to apply to the requests, breaches and consents reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status applies to the requests report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), written to %2</source>
        <translation>
            <numerusform>%1: %n page, written to %2</numerusform>
            <numerusform>%1: %n pages, written to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This report has no table to write as CSV (the organization has nothing to list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no table “%1”; its tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, table “%2”: %n row(s), written to %3</source>
        <translation>
            <numerusform>%1, table “%2”: %n row, written to %3</numerusform>
            <numerusform>%1, table “%2”: %n rows, written to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it: an entry was removed or slipped in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row data it holds is not what was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries no hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not what was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail&apos;s %1 entries are whole: each follows the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entry&apos;s hash (note it down to check the trail against later): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for a shared PostgreSQL server: give it with --database postgresql://user@host/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is set up for %1: schema %2, roles %3, %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user wants what to do and whom: user add NAME --role ROLE, or user disable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add wants the role: --role admin, officer or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer reach this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in to this register as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants its file: --%2 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored into %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: init, demo, check, deadline, due, import-letter, retention, report, audit, server-setup, user, backup or restore (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the schema, the roles and their rights on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an officer a sign-in on the server, or change their role; the password is asked, or read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s sign-in name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, officer or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an officer&apos;s access to the register away; their trail stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s chain of hashes, entry by entry; the first broken one is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no option %2; its options are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to %2: it only applies to %3. The options of %2 are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days ahead to look (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Console: the privacy officer&apos;s register of processing activities, data subjects, consents, rights requests, processors and retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verb, the application window opens (--database ADDRESS opens another register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“privacy-console VERB --help” describes one verb, its options and examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants what to do: %2 (see %1 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal deadline of a request, or of a breach&apos;s notification, under the rules shipped with the application; reads no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law that applies, by country code (FR, BE, EU, ZA, TN, VN); for a breach, EU when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the request arrived (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has been extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the clock stood still, waiting for an ID or a clarification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification deadline of a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the breach became known (YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law and its citations come first; the date, YYYY-MM-DD, is on the last line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day taken as today (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a request letter (PDF or scan) and an identity document&apos;s copy; with --create, record the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter: a PDF, or a scan or photo (PNG, JPEG, TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the identity document sent with the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was read as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the request in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --create: the organization addressed, by name or number, when the letter does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --create: the day the request arrived (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading alone writes nothing; the organizations of the database, when there is one, help find whom the letter is addressed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register as a PDF document, or one of its tables as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the report, fr or en (default: the application&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests only: those open, closed, or of one status (received, answered…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --out FILE.csv: which of the report&apos;s tables (default: its main list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period applies to the requests, breaches and consents reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organization, by name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person and retention rule whose period ends within the days given, soonest first, those under a legal hold marked; reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people whose last retention period has ended: list them, or delete or anonymise them in one transaction, a tombstone each, and write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List who would be purged, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge them, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --execute: write the purge report (PDF) there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day taken as today (YYYY-MM-DD); a purge cannot run ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database, or upgrade its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a database with the five demo organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many data subjects to create (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the demo data treats as today (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the generated volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a database: schema version, integrity, foreign keys, counts; reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the whole register while others work (SQLite&apos;s online backup; pg_dump&apos;s archive for a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy brought back into an empty database, then checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to identity document copies was renewed: %1&apos;s key opens none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to identity document copies will be renewed the next time an officer who holds it opens the register; until then %1 cannot reach it either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several organizations have a request %1: say which with --organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the copies of this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization whose request it is, when several have that reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document copies waiting for their check: request, file, size, SHA-256 of the original, and the day each is destroyed at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %n byte(s)  SHA-256 %3  destroyed by %4</source>
        <translation>
            <numerusform>%1  %2  %n byte  SHA-256 %3  destroyed by %4</numerusform>
            <numerusform>%1  %2  %n bytes  SHA-256 %3  destroyed by %4</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity document copy is waiting for its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypts each identity document copy of a request in memory and prints ok and the SHA-256 of what it decrypts to; for officers given access only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: destroyed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok  %1  SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no identity document copy to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroys the identity document copies of a request now: their ciphertext and keys go, their names and fingerprints stay, the request&apos;s history says when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) of %1 destroyed.</source>
        <translation>
            <numerusform>%n identity document copy of %1 destroyed.</numerusform>
            <numerusform>%n identity document copies of %1 destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives an officer access to the identity document copies, sealing the register&apos;s vault key to theirs; they need to have opened the register once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id-copies grant wants whom: id-copies grant NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now read the identity document copies of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document copies kept in a folder of this computer: %1 moved into the register, %2 not (their file or its key is not here; they stay where they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key was protected by an earlier password: a new key was made, and an officer must give you access to identity document copies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Identity document copies are never in a backup: %n copy(ies) left out, with the keys that open them (their names, sizes and fingerprints are in).</source>
        <translation>
            <numerusform>Identity document copies are never in a backup: %n copy left out, with the keys that open it (its name, size and fingerprint are in).</numerusform>
            <numerusform>Identity document copies are never in a backup: %n copies left out, with the keys that open them (their names, sizes and fingerprints are in).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your own sign-in password on the server; your key to identity document copies is protected by the new one at the same moment. The new password is asked, or read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed; sign in with it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all valid, not sure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization it goes into, by name or number (default: the one the register names, created when the database has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be created and updated, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the same file again changes nothing. What the model does not hold (the legal basis of each purpose) is left for the officer, and each activity says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register import wants one file: the register to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register already holds this file: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into “%1” (organization %2). Activities created: %3; updated: %4; unchanged: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the list only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left to finish in the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization whose register it is, by name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the document, fr or en (default: the application&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: FILE.pdf, FILE.csv, or FILE.odt or FILE.docx to edit it in a word processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report wants where to write it: --out FILE.pdf, FILE.csv, FILE.odt or FILE.docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table chooses a table for a CSV file; a document holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of processing activities in the CNIL&apos;s model, or as a document to edit in a word processor with the content and language of its PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a register kept in the CNIL&apos;s model, or in a spreadsheet of one&apos;s own (.ods, .xlsx, .csv): every activity created or updated by its reference, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register: the CNIL&apos;s model filled in, or a table of activities (one row each, or one sheet per list) whose columns are found by their headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” read as %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnil-ods (the CNIL&apos;s register model filled in), xlsx (a workbook of the register&apos;s lists), both of which import back; odt (OpenDocument text) or docx (Word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is cnil-ods, xlsx, odt or docx, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang applies to xlsx, odt and docx: the CNIL&apos;s model is in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no processing activity “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in an impact assessment exported by the CNIL&apos;s PIA tool (.json): its answers, measures, evaluations, comments and opinions, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the PIA tool exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization it goes into, by name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity it covers, by reference or name; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new assessment&apos;s number is printed alone on the last line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpia import wants one file: the assessment to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” (%2). Answers: %3; measures: %4; evaluations: %5; comments: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an impact assessment as a file the CNIL&apos;s PIA tool imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment&apos;s number (dpia list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pia-json, the PIA tool&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpia export wants the number of one assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is pia-json, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment “%1” written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact assessments: number, status, review date, name and the activities they cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organization&apos;s, by name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which register: the processing activities (ropa), processors, rights requests, breaches, retention rules or consents; or one impact assessment (dpia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization it is about, by name or number (all but dpia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact assessment of a dpia report, by its number (dpia list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report wants which register: ropa, processors, requests, breaches, retention, consents or dpia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report dpia wants the number of the assessment: --dpia NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report dpia takes the assessment&apos;s organization: leave out --organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpia applies to the dpia report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpia review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpia action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What falls due in the next days: open requests, breaches to notify, retention purges, and the impact assessments&apos; reviews and actions, soonest first; reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default: a line each) or json (for scripts and monitoring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short plain-text summary, late first, then today, this week and later: for a daily mail from cron or a systemd timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest is text: leave out --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Console — what falls due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the next seven days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every dated duty as an iCalendar file (.ics) a calendar imports or subscribes to: each event keeps its identity from one file to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ics writes a file: leave out --format and --digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The breach, by its reference in the breach register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breach has the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several organizations have a breach “%1”: say which with --organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach&apos;s notification to the authority of its organization, under the headings of the authority&apos;s form: as a PDF to send, or as text to copy into its online form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization of the breach, when several have the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial (the default) or follow-up, which completes the notifications sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s language, fr or en; by default the one the authority takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up: what it adds to the earlier notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the notification comes after its deadline; required then, unless the breach&apos;s record gives the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf, or .txt for the form&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it as sent now, kept with its text on the breach (the initial one sets when the authority was notified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach notice takes no file argument; the file to write is --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phase is initial or follow-up, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out names a .pdf or a .txt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification was written but not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters that tell the people concerned of a breach, each in the person&apos;s language: one PDF with a page per person, and a CSV for a mailing tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people of this category, by name; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people concerned by this consent purpose, by code or name; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these people: e-mail addresses or references separated by commas, or a file with one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file of the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a CSV file for a mailing tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each person as told now, by this means: letter, email, phone, in_person or public_notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --category, --purpose or --people, every person of the breach&apos;s organization receives a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach letters takes no file argument; the file to write is --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out names a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv names a .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record is one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--people names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no category of people “%2”; its categories are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no consent purpose “%2”; its purposes are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of %1 has the e-mail address or reference: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection names nobody; no letter was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n letter written to %1</numerusform>
            <numerusform>%n letters written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailing list written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters were written but not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n person(s) told on %1.</source>
        <translation>
            <numerusform>Recorded: %n person told on %1.</numerusform>
            <numerusform>Recorded: %n people told on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::codes</name>
    <message>
        <source>France (GDPR, CNIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium (GDPR, Data Protection Authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa (POPIA, Information Regulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunisia (Organic Law 2004-63, INPDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other EU/EEA member state (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance of a contract (Art. 6(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interest or official authority (Art. 6(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit consent (Art. 9(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment and social security law (Art. 9(2)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests, subject incapable of consent (Art. 9(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-for-profit body, members (Art. 9(2)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made manifestly public by the subject (Art. 9(2)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims or courts (Art. 9(2)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial public interest (Art. 9(2)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive or occupational medicine, health care (Art. 9(2)(h))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health (Art. 9(2)(i))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving, research or statistics (Art. 9(2)(j))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor on behalf of a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved code of conduct (Art. 46(2)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved certification (Art. 46(2)(f))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised contractual clauses (Art. 46(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent controller (recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the customer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive (restricted access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form tick box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to rights and freedoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam (Personal Data Protection Law 91/2025, A05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder is the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder is not the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card (three-line zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document (two lines of 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport (two lines of 44)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public communication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::consent::ConsentHistory</name>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 events are shown; the CSV export has them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::dates</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A deadline: its weekday and date, then how far it is (&quot;Fri 11/12/2026 · in 3 days&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::deadlines::Calendar</name>
    <message>
        <source>Answer request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the legal deadline to answer the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify breach %1 to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): 72 hours after the breach became known (Art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the impact assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action of the impact assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing agreement with %1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renew or end the agreement (Art. 28(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Console deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the privacy policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, in effect since %2: does it still say what is done (purposes, recipients, periods, rights)? Update it where needed (Art. 24(1)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::deadlines::Deadlines</name>
    <message>
        <source>GDPR Art. 12(3): without undue delay and in any event within one month of receipt, counted as Regulation (EEC, Euratom) No 1182/71, Art. 3 says (the day of receipt is not counted; the month ends on the same date, or on the last day of a month that has no such date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): extendable by two further months where necessary, the person being told of the extension and its reasons within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation (EEC, Euratom) No 1182/71, Art. 3(4): a period whose last day is a Saturday, a Sunday or a public holiday ends on the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): notify the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of the breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR (Regulation (EU) 2016/679) and the French Data Protection Act (law 78-17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL (Commission nationale de l&apos;informatique et des libertés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR (Regulation (EU) 2016/679) and the Belgian law of 30 July 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Authority (Autorité de protection des données)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR (Regulation (EU) 2016/679)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisory authority of the member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: list the member state&apos;s in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA (Act 4 of 2013) and PAIA (Act 2 of 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIA s56(1), which POPIA s23 applies to requests for access: as soon as reasonably possible, but in any event within 30 days after the request is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIA s57(1): once, for a further period of not more than 30 days, the requester being told within the first 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation Act 33 of 1957, s4: the first day is not counted and the last day is, unless it is a Sunday or a public holiday, when the period ends on the next day that is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA s22(2): as soon as reasonably possible after the discovery of the compromise; 72 hours is the target the Information Regulator&apos;s guidance follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law 2004-63 of 27 July 2004 on the protection of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPDP (Instance nationale de protection des données personnelles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law 2004-63, Art. 40: a copy of the data, free of charge, within one month of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law 2004-63 has no rule for a period ending on a day off: it ends on its last day (the safer reading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law 2004-63 sets no breach notification (Art. 18: a duty of security); a cyber-attack is reported to the ANCS under Decree-Law 2023-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-month period of Art. 40 is the one the sources consulted report: confirm it in the Official Journal (JORT no. 61 of 30 July 2004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 91/2025/QH15 on personal data protection and Decree 356/2025/ND-CP, in force since 1 January 2026 (they replace Decree 13/2023/ND-CP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A05, Department of Cybersecurity and High-Tech Crime Prevention (Ministry of Public Security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree 356/2025/ND-CP: acknowledge within 2 working days; withdrawal of consent, restriction and objection within 15 days (20 when a processor or a third party must act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree 356/2025/ND-CP: once, by up to 15 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil Code 2015, Art. 148: a period whose last day is a weekly rest day or a public holiday ends at the end of the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 91/2025/QH15: notify A05 within 72 hours of detecting the breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decree sets its own period for access, correction and erasure: check it against the request&apos;s rights. Requests received before 1 January 2026 fall under Decree 13/2023/ND-CP (72 hours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::deadlines::DueList</name>
    <message numerus="yes">
        <source>%n person(s) to erase or anonymise</source>
        <translation>
            <numerusform>%n person to erase or anonymise</numerusform>
            <numerusform>%n persons to erase or anonymise</numerusform>
        </translation>
    </message>
    <message>
        <source>review of the impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::deadlines::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human Rights Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Women&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday (%1 fell on a Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::deadlines::RequestDeadlines</name>
    <message>
        <source>The due date follows from the day the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not count: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline rule is known for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clock has stood still %n day(s), waiting for the person&apos;s answer.</source>
        <translation>
            <numerusform>The clock has stood still %n day, waiting for the person&apos;s answer.</numerusform>
            <numerusform>The clock has stood still %n days, waiting for the person&apos;s answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock stood still %n day(s) while the person was asked for their identity or a clarification.</source>
        <translation>
            <numerusform>The clock stood still %n day while the person was asked for their identity or a clarification.</numerusform>
            <numerusform>The clock stood still %n days while the person was asked for their identity or a clarification.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::deadlines::RuleBook</name>
    <message>
        <source>“%1” is not a jurisdiction the application knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the law the rule comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the authority people can complain to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to answer must be at least one day or one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the article that sets the period to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the article that allows the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours to notify a breach cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the article that sets the hours to notify a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the holiday of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law settles the deadlines of %1: its rule cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::documents::DocumentFile</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: keep a smaller copy (a PDF, a photo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::documents::Letter</name>
    <message>
        <source>the Commission nationale de l&apos;informatique et des libertés (CNIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Information Regulator (South Africa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the National Authority for Personal Data Protection (INPDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Department of Cybersecurity and High-Tech Crime Prevention (A05) of the Ministry of Public Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisory authority of the Member State where you live or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the General Data Protection Regulation (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 12(3) of the GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Protection of Personal Information Act (POPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section 56 of PAIA, applied by section 23 of POPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section 57 of PAIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law No. 2004-63 of 27 July 2004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 40 of Organic Law No. 2004-63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic Law No. 2004-63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Personal Data Protection Law No. 91/2025/QH15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree No. 356/2025/ND-CP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right to rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right to erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right to restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right to object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right to data portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right to withdraw your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request: proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request: clarification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request: extension of the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request: our decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sir or Madam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of an identity document (identity card, passport or driving licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the date of the letter, under the addressee</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::dossier::AccessReport</name>
    <message>
        <source>Your personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we use your data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask us to correct or erase these data, to restrict their use, or object to it, and withdraw a consent at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::dpia::DpiaPrefill</name>
    <message>
        <source>There is no processing activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are told of the processing by the privacy policy, which names its purposes, legal bases, recipients, periods and their rights, and how to reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests reach %1 by e-mail or letter; each is recorded with its legal deadline, the requester&apos;s identity checked when in doubt, and the answer sent before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing agreement signed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no processing agreement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data leave the European Union.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::dpia::PiaMethod</name>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundamental principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the processing is, who answers for it, and what it holds: the ground every later part stands on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the processing, what it is for and what is at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data, processes and supporting assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what is processed, how it moves from collection to erasure, and on what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the processing meets the principles of the law and lets people use their rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportionality and necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show that the purposes, the basis, the data and the periods are no more than needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls protecting the data subjects&apos; rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how people are told, asked, and able to exercise each of their rights, and how processors and transfers are framed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could happen to the data and to the people, given the measures in place or planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned or existing measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the measures that protect the data, each described as it is or will be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the people would suffer, what could cause it and who, which measures answer it, then how severe and how likely it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of each part, the action plan, the opinions sought and the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk placed by its severity and its likelihood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures still to take, who takes them and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions of the DPO and of the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data protection officer advises, and what the people concerned or their representatives said, or why they were not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s decision on the processing, and when the assessment is to be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegitimate access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted modification of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disappearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the processing under consideration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its name, its purposes, what is at stake for the organization and for the people, and the setting in which it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible for the processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the controller, any joint controller and the processors, and what each answers for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which standards apply to the processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of conduct, certifications, sector rules or reference frameworks the processing follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data are processed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of data with who receives it and how long it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the life cycle of the data and of the processes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From collection to erasure: each step, what it does with the data, and where the data go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which assets do the data rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications, databases, servers, networks, paper, people and premises that hold or carry the data at each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the purposes specified, explicit and legitimate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why each purpose is precise, stated to the people and lawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which legal basis does the processing rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, contract, legal obligation, vital interests, public task or legitimate interests, for each purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the data adequate, relevant and limited to what is necessary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each item of data, why the purpose needs it (data minimisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the data accurate and kept up to date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the data are checked, corrected and kept current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long are the data kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of each kind of data and what justifies it: a law, the purpose, a limitation period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are the people informed of the processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are told, when, and by which means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where consent is the basis, how is it obtained?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent is asked, recorded, and withdrawn as easily as it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can people exercise their rights of access and to portability?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they ask, how their identity is checked, and how the data reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can people exercise their rights to rectification and erasure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they ask, and how the change reaches every copy and every recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can people exercise their rights to restriction and to object?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they ask, and how the processing stops or is restricted for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the processors&apos; obligations identified and set in a contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each processor: what it does, where, for how long, and the contract that binds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data leave the European Union, are they adequately protected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each country: the transfer and its safeguard (adequacy decision, standard contractual clauses, binding corporate rules…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would the main impacts on the people be if the risk occurred?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm to the people: discrimination, fraud, loss of a service, distress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the main threats that could lead to the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could happen to the data, their supports or the people who handle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the sources of the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what could cause it: staff, outsiders, people close to the person, accidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the measures answer the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick among the planned or existing measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How severe is the risk, given its impacts and the measures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From negligible (1) to maximum (4); say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely is the risk, given its threats, sources and measures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data are encrypted, where (stored, in transit), with which algorithms and how the keys are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data are anonymised or pseudonymised, when, and by which technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitioning data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the data are kept apart from other processing and other customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles, authentication and how rights are granted and withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability (logging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is logged, how long the logs are kept and who reviews them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How data kept for a legal period are set apart and who may reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper document security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How paper holding personal data is stored, handled and destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimising the amount of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields left out, data filtered, masked or reduced to what the purpose needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates, vulnerability management and documented operating procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection against malicious software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-malware on workstations and servers, kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking, updates, encryption of disks and of removable media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, secure development, and protection against the common attacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is backed up, how often, where, and how a restore is tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who maintains the equipment, and how data are protected during maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract with each processor and the security it promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls, segmentation, encrypted links and remote access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may enter the premises and rooms where the data are, and how it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How unusual traffic and intrusions are detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory, protection and secure disposal of equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoiding sources of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the data away from places and people that threaten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection against non-human sources of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire, water, power and climate protections of the premises and equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers for data protection and how the tasks are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written rules on data protection that everyone follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing privacy risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the risks of each processing are assessed and followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy in projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How data protection is built into each new project from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing personal data breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a breach is detected, recorded, assessed and notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, confidentiality commitments, and rights removed when someone leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations with third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked of partners and recipients who receive the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits and checks that the measures are applied and work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing may go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing should not go ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::dpia::ScreeningRules</name>
    <message>
        <source>Evaluation or scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision with legal or similar effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processed on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching or combining datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative use or new technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevents people from exercising a right or using a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling or predicting, from aspects such as work, finances, health, preferences, reliability, behaviour, location or movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision taken by the system alone that has a legal effect on the person or affects them as much (a contract refused, a benefit withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing, watching or controlling people, in particular in a place open to the public or without their knowing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (health, opinions, beliefs, biometrics…), criminal records, or data of a highly personal nature: location, financial, communications, private documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge by the number of people, the volume of data, the duration and the geographical extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets from several processings or controllers combined in ways the people would not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in a weaker position than the controller: employees, children, patients, elderly people, asylum seekers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new technological or organisational solution, such as combining fingerprint and face recognition, or connected objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing itself can keep people from a right, a service or a contract (a credit check before a loan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data processed by health or medico-social establishments to care for people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic data of vulnerable people (patients, employees, children…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles of people built for human resources management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant monitoring of employees&apos; activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling of alerts and reports on social and health matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling of professional alerts (whistleblowing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data gathered into a data warehouse or a registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling that may lead to excluding people from a contract, or to suspending or ending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared files of contract breaches that may lead to exclusion from a contract or its suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling that uses data from external sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data to recognise people, among whom vulnerable people (pupils, elderly people, patients, asylum seekers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of applications for, and management of, social housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social or medico-social support of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location data on a large scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources management only, by an organization of fewer than 250 people, without profiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management of relations with suppliers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the social and economic committee (works council) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and donors of an association, foundation or other non-profit body, in its usual activities, without sensitive data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data needed for a patient&apos;s care by a health professional working alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing by lawyers in their individual professional practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing by clerks of commercial courts in their duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing by notaries in their notarial practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electoral rolls kept by local authorities and the bodies bound to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School, after-school and early-childhood services run by local authorities and the bodies that manage them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical access control and working-time records, without biometric devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathalyser tests strictly governed by law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data to identify people in a public place or a private place open to the public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data collected from third parties to decide whether to refuse or end a contract with a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data collected by automated means through an active implantable medical device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data collected on a large scale from third parties to analyse or predict people&apos;s economic situation, health, preferences, reliability, behaviour, location or movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic sharing, between several controllers, of special categories or highly personal data (poverty, unemployment, youth care, social work…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale processing of data from connected devices (Internet of Things) to analyse or predict people&apos;s situation, health, preferences, behaviour, location or movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale or systematic processing of telephony, internet or other communications data, metadata or location data that can trace people, when not strictly needed for a service they asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale processing in which people&apos;s behaviour is observed, collected, established or influenced systematically and by automated means, including for advertising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL: list of processing operations requiring an impact assessment (deliberation 2018-327 of 11 October 2018) and list of those exempt from it (deliberation 2019-118 of 12 September 2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Authority (APD/GBA): list of processing operations requiring an impact assessment (decision 01/2019 of 16 January 2019). It has published no list of exemptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35 GDPR and the EDPB&apos;s criteria; the lead supervisory authority&apos;s lists apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POPIA has no impact assessment per processing in the GDPR&apos;s form. Regulation 4(1)(b) of the POPIA Regulations asks the information officer to see that a personal information impact assessment is done: this screening serves it as good practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree 13/2023 asks for an impact assessment dossier for processing personal data and another for transfers abroad, kept for the Ministry of Public Security; it has no list in the GDPR&apos;s form: this screening serves it as good practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunisia&apos;s organic law 2004-63 has no impact assessment duty; processing is declared to or authorised by the INPDP. This screening is good practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact assessment duty in the GDPR&apos;s form here: this screening is good practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely required (two criteria or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (on the authority&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required (on the authority&apos;s list of exemptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended (no legal duty here; two criteria or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed (no legal duty here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special categories of data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data of a highly personal nature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in the register</source>
        <translation>
            <numerusform>%Ln person in the register</numerusform>
            <numerusform>%Ln people in the register</numerusform>
        </translation>
    </message>
    <message>
        <source>people concerned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purposes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location or tracking: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::CnilRegisterReader</name>
    <message>
        <source>The retention of “%1” (%2) is not a duration: finish its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main purpose is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity of the sheet “%1” has no name: write it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “%1” of the list has no name: write it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on the list (%1): no sheet gives its data, people, recipients or retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its reference %1 is also that of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds only the CNIL&apos;s example (“Gestion de la paie”), which is not imported: fill in one copy of the sheet “3 - Modèle de fiche de registre” per activity, or list them on the sheet “2 - Liste des traitements”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no activity: fill in one copy of the sheet “3 - Modèle de fiche de registre” per activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL&apos;s example (“Gestion de la paie”) is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::PiaFile</name>
    <message>
        <source>%1: “%2” should be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 characters, more than the %4 a text of an assessment may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” should be a whole number from %3 to %4, not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than the %3 MB a file of the PIA tool may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is more than the %2 MB a file of the PIA tool may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file of the CNIL&apos;s PIA tool: it is not JSON (%2, at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file of the CNIL&apos;s PIA tool: it has no “pia” part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 is to question %2, which the PIA method does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1 is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its list should hold texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an item of its list is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1 has no number of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evaluation is of measure %1, which the file does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evaluation is of “%1”, which the PIA method does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is evaluated twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 is on measure %2, which the file does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 is on question %2, which the PIA method does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::RegisterExport</name>
    <message>
        <source>The CNIL&apos;s model is missing from this installation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL&apos;s model in this installation is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be put together: memory ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::RegisterImporter</name>
    <message>
        <source>The register does not name its organization (the controller of its activity sheets or of its list): say which organization it is to go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not say the organization&apos;s country: France is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization is outside the EEA: the French authority&apos;s rules are taken; change its jurisdiction if another law applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is left out: its reference %2 is already that of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” (%2) is left out: “%3” is not a country the register knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safeguard “%1” of the transfer to “%2” (%3) covers no transfer today: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purpose(s)</source>
        <translation>
            <numerusform>%n purpose</numerusform>
            <numerusform>%n purposes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of data</source>
        <translation>
            <numerusform>%n category of data</numerusform>
            <numerusform>%n categories of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n special category(ies)</source>
        <translation>
            <numerusform>%n special category</numerusform>
            <numerusform>%n special categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s)</source>
        <translation>
            <numerusform>%n retention period</numerusform>
            <numerusform>%n retention periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of people</source>
        <translation>
            <numerusform>%n category of people</numerusform>
            <numerusform>%n categories of people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) outside the EU</source>
        <translation>
            <numerusform>%n transfer outside the EU</numerusform>
            <numerusform>%n transfers outside the EU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security measure(s)</source>
        <translation>
            <numerusform>%n security measure</numerusform>
            <numerusform>%n security measures</numerusform>
        </translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization “%1” to be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization “%1”: %2 filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is left out: like “%2” before it, it is the register&apos;s “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was changed since this import: it cannot be taken back whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities new: %1, updated: %2, unchanged: %3. New to the register: categories of people: %4, categories of data: %5, retention rules: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither the CNIL&apos;s register model nor a table of activities: no sheet has a column headed with the activity&apos;s name (“Activité”, “Nom du traitement”, “Activity”…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::RetentionPeriod</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>from the collection of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the end of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the end of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration, then the event it runs from</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::TableRegisterReader</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EU (countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity (reference or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity on row %1 of the sheet “%2” has no name: write it in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention “%1” (%2) is not a duration: finish its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” does not say its activity: write it in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the activity “%2”, which no row of the activities has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention of “%1” (%2) is not a duration: finish its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column of the sheet “%1” holds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no activity under the headings found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::TableRegisterWriter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::exchange::WorkbookReader</name>
    <message>
        <source>The sheet “%1” has more than %L2 cells written: this is not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: its spreadsheet cannot be read. Open it in your spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password: open it in your spreadsheet program, save it without a password and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” unpacks to more than %L2 MB: this is not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%1” unpacks to more than %L2 MB: this is not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %L2 MB: this is not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password, or saved in the old Excel 97–2003 format: save it as .xlsx or .ods, without a password, and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a text document, not a spreadsheet: export its table to a spreadsheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet: import an .ods, .xlsx or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is text, but not in UTF-8: save it again as “CSV UTF-8” and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::intake::DocumentReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB: documents of more than %3 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a .%2 file but its content is not one: it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF): it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Save a copy without the password, then import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted in a way that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages: at most %3 pages are imported at once. Import the letter and the identity document on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be drawn: the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR engine (Tesseract) could not start: its French and English data may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels: images of more than %4 million pixels are not read. Scan the document again at 300 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages: at most %3 pages are imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::intake::IdVault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request before adding an identity document copy to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document copy is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document copy is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to be destroyed by %2 at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers may see an identity document copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document copy is not the one recorded (its fingerprint differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not been given access to identity document copies yet. An officer who has it gives it to you with: privacy-console id-copies grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key to identity document copies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key to identity document copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key to identity document copies cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document copies are opened by your sign-in password, and this connection was made without one: sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault of identity document copies could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity document copy was destroyed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity document copy is still in a folder of the desk that received it: it moves into the register the next time its officer opens it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity document copy is not in this database (backups leave copies out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document copy was altered: it cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key yet: they get one the first time they open this register as an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active officer of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity document copy&apos;s key does not open with the vault key: the vault key was not renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity document copy(ies) sealed to the new vault key</source>
        <translation>
            <numerusform>%n identity document copy sealed to the new vault key</numerusform>
            <numerusform>%n identity document copies sealed to the new vault key</numerusform>
        </translation>
    </message>
    <message>
        <source>Your key to identity document copies is not in this register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::intake::IntakeReader</name>
    <message>
        <source>Nothing could be read in “%1”: the scan may be blank, too faint or blurred. Scan it again at 300 dpi, in grey or in colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization the letter is addressed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one right the person asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the letter was received: the deadline runs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot have been received on %1, a day still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is dated %1, after the day it was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault of identity documents is not open: the copy cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the identity document matches the requester&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the identity document does not match the requester&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine-readable zone was read: compare the copy with the request yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone was read with too many repairs to be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digits that fail: %1. The document may be forged or misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names %1; the request gives no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names %1; the request was made by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names %1, but it expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check digit verifies; the document names %1 and is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register gives this e-mail address to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register knows %1 as %2: a part of the address may have been lost in reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read with %1 % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person chosen belongs to another organization&apos;s register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check digits verify only after %n characters read were corrected: compare the number, the dates and the name with the copy.</source>
        <translation>
            <numerusform>The check digits verify only after %n character read was corrected: compare the number, the dates and the name with the copy.</numerusform>
            <numerusform>The check digits verify only after %n characters read were corrected: compare the number, the dates and the name with the copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digits verify, but no two readings of the zone gave the same number: compare the number, the dates and the name with the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::intake::LetterReader</name>
    <message>
        <source>The letter mixes French and English words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter also names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address shares no part of the name %1: a part of it may have been lost in reading, or it may be someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization of this database has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postcode and town were found with the street: the address may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::letters</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal, with the right to complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be laid out as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::reports::OfficeWriter</name>
    <message>
        <source>The document could not be put together: memory ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::reports::Registers</name>
    <message>
        <source>Drawn up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
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
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>the organization&apos;s legal name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register as it stood on %1, last changed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register as it stood on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Article 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30(1)(a): the name and contact details of the controller and, where applicable, of the joint controller, the controller&apos;s representative and the data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no processing activity in the register yet: there is nothing to list under Article 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller on whose behalf it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and legal bases — Art. 30(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest or Art. 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects and personal data — Art. 30(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients — Art. 30(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient: the data stay within the organization&apos;s own staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries — Art. 30(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer of personal data to a third country or an international organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits for erasure — Art. 30(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention period recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures — Art. 30(1)(g) and 32(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security measure described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, carried out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, not yet carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing carried out as a processor (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30(2): the categories of processing carried out on behalf of each controller, the transfers to third countries and the security measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing on behalf of a client is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from: %3; then: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors and sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no processor in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data processing agreement (Art. 28(3)) on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the agreement expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the agreement expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data go to %2 without a transfer safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its privacy policy has never been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its privacy policy was last checked on %2, more than a year ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every processor in use has its agreement, its safeguards and a privacy policy checked within the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities each processor serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rights request was received in this period: there is nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (answered, refused or withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed within the legal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of those closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and past their deadline on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right exercised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By right exercised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request of the period, in the order received: the days taken count from the day received to the day closed; “late” when closed after the legal deadline (extended where it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the day a request was closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail and history of each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each request: who asked and how, what the list does not say, then its history: the moment of each step (UTC), the step, its note and who recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter dated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1 extended to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity document asked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of personal data breaches (Art. 33(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 33(5): the facts of each breach, its effects and the remedial action taken, so that the supervisory authority can verify compliance, whether or not the breach was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal data breach is recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 h after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it became known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to rights and freedoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedial action and notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People told (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no retention rule in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <comment>how long data are kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming purges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each rule, the people of the register whose period has ended or will end, counted on %1 from the date the rule counts from; those under a legal hold are kept until it is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dated in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 30 days to a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purges carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept under a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purge has been run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization asks for no consent: no purpose is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s current state per purpose is the latest event of their history. “Lapsed” consents were given longer ago than the purpose&apos;s period and are due to be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent events recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent event in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes how contact details are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the privacy policy is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of rights requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of personal data breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <comment>the title of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk placed by its likelihood (across) and its severity (up): a circle where the measures leave it, a square where the action plan will take it. Risks in the shaded corner must not stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the plan is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is planned: every part evaluated is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their opinion sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts on the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures that answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified: unlikely to result in a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no duty to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not notified (Art. 33(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the people were not told (Art. 34(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification was due by %1: the reasons for the delay must accompany it (Art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::reports::ReportWriter</name>
    <message>
        <source>Drawn up on %1 with Privacy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::retention::PurgeReport</name>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods ended on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows deleted or anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due but under a legal hold (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tombstones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person purged leaves a tombstone in the register: its number, the person&apos;s former number, the rule, what was done and how many rows. It holds a salted digest of the name and e-mail address, from which one can show that a given person was purged; neither this report nor the register holds who they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tombstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former person no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 tombstones are listed; the register keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::rows</name>
    <message>
        <source>Someone else changed this record since you opened it (version %1, yours %2). Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is still used elsewhere in the register; remove those uses first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
