// A breach's notification to the authority and its letters to the people:
// every item each law lists, from the demo's breaches; a late notification
// that will not go without its reasons; the phases kept apart, dated, each
// with its text; one letter a page, in each person's language, to the
// people chosen and no one else; the people told kept on the breach.
#include "TestSupport.h"

#include "breaches/BreachLetters.h"
#include "breaches/BreachNotice.h"
#include "demo/DemoGenerator.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pc;
using namespace pc::breaches;

namespace {

// The text of each page of a PDF as pdftotext reads it.
QStringList pdfPages(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + QStringLiteral("/read.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageCount(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + QStringLiteral("/count.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return -1;
    file.close();
    QPdfDocument document;
    document.load(path);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : -1;
}

// The keys every notification of a jurisdiction holds, each with something
// said (the law's list, and the form's own items).
QStringList requiredKeys(const QString &jurisdiction)
{
    if (jurisdiction == QLatin1String("ZA")) {
        // POPIA s22 and the Regulator's form: responsible party, information
        // officer, dates of compromise and discovery, reasons for a delay,
        // description, type, kinds of information, number of data subjects,
        // consequences, measures, recommendations, unknown person, how told.
        return {QStringLiteral("controller"), QStringLiteral("contact"), QStringLiteral("occurred"),
                QStringLiteral("aware"), QStringLiteral("delay_reason"), QStringLiteral("description"),
                QStringLiteral("nature"), QStringLiteral("data"), QStringLiteral("people"),
                QStringLiteral("consequences"), QStringLiteral("measures"), QStringLiteral("advice"),
                QStringLiteral("cause"), QStringLiteral("informed")};
    }
    // GDPR Art. 33(3) (and the items of A05's and the INPDP's letters): the
    // nature, categories and numbers of people and records, the contact
    // point, the consequences, the measures; the reasons for a delay.
    return {QStringLiteral("controller"), QStringLiteral("contact"), QStringLiteral("occurred"), QStringLiteral("aware"),
            QStringLiteral("nature"), QStringLiteral("description"), QStringLiteral("data"), QStringLiteral("records"),
            QStringLiteral("people_categories"), QStringLiteral("people"), QStringLiteral("consequences"),
            QStringLiteral("measures"), QStringLiteral("informed"), QStringLiteral("phase")};
}

Organization addOrganization(Database &db, const QString &name, const QString &jurisdiction, const QString &language)
{
    Organization o;
    o.name = name;
    o.country = jurisdiction;
    o.jurisdiction = jurisdiction;
    o.policyLanguage = language;
    o.dpoName = QStringLiteral("Claire Martin");
    o.dpoEmail = QStringLiteral("dpo@example.org");
    o.address = QStringLiteral("1 rue de la Loi\n1000 Bruxelles");
    const auto id = RegisterRepository(db).addOrganization(o);
    return id ? o : Organization{};
}

Breach addBreach(Database &db, RowId organization, const QDateTime &aware)
{
    Breach b;
    b.organizationId = organization;
    b.reference = QStringLiteral("BR-1");
    b.title = QStringLiteral("Stolen backup disk");
    b.description = QStringLiteral("A backup disk was stolen from a car.");
    b.awareAt = aware;
    b.occurredAt = aware.addSecs(-3600);
    b.risk = QStringLiteral("high");
    b.nature = {QStringLiteral("confidentiality"), QStringLiteral("availability")};
    b.dataCategories = QStringLiteral("Names, e-mail addresses");
    b.subjectsAffected = 5;
    b.consequences = QStringLiteral("Phishing messages.");
    b.measures = QStringLiteral("Passwords reset.");
    b.advice = QStringLiteral("Change your password.");
    const auto id = CaseRepository(db).addBreach(b);
    return id ? b : Breach{};
}

} // namespace

class TestBreaches : public QObject
{
    Q_OBJECT

private slots:
    // Every jurisdiction of the demo: its second breach (risky, open)
    // notified late, each item the law lists present and said.
    void noticeHoldsEveryItemOfTheLaw_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");   // a heading of the authority's form, in its language
        QTest::addColumn<bool>("duty");
        QTest::newRow("France, CNIL") << "FR" << "fr" << "Nature de la violation" << true;
        QTest::newRow("Belgium, APD") << "BE" << "fr" << "Données et personnes concernées" << true;
        QTest::newRow("South Africa, Information Regulator") << "ZA" << "en" << "Information officer" << true;
        QTest::newRow("Vietnam, A05") << "VN" << "en" << "Nature of the violation" << true;
        QTest::newRow("Tunisia, INPDP") << "TN" << "fr" << "Nature de la violation" << false;
    }
    void noticeHoldsEveryItemOfTheLaw()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, language);
        QFETCH(QString, heading);
        QFETCH(bool, duty);
        if (!m_demo) {
            m_demo = std::make_unique<test::ScratchDatabase>(QStringLiteral("sqlite"));
            QVERIFY2(m_demo->isReady(), qPrintable(m_demo->problem()));
            auto db = m_demo->open();
            QVERIFY(db);
            DemoOptions options;
            options.subjects = 50;
            QVERIFY(DemoGenerator(*db).generate(options));
        }
        auto db = m_demo->open();
        QVERIFY(db);
        RegisterRepository reg(*db);
        const auto organizations = reg.organizations();
        PC_VERIFY_OK(organizations);
        const auto org = std::find_if(organizations->cbegin(), organizations->cend(),
                                      [&](const Organization &o) { return o.jurisdiction == jurisdiction; });
        QVERIFY(org != organizations->cend());
        const auto breaches = CaseRepository(*db).breaches(org->id);
        PC_VERIFY_OK(breaches);
        QCOMPARE(breaches->size(), 2);
        const Breach &b = breaches->last();
        QCOMPARE(b.status, QStringLiteral("open"));
        QCOMPARE(b.notificationDueAt.isValid(), duty);

        NoticeInput input;
        input.breach = b;
        input.organization = *org;
        // A day after the deadline (or after becoming aware, where there is none).
        input.at = (duty ? b.notificationDueAt : b.awareAt.addSecs(72 * 3600)).addSecs(24 * 3600);
        input.delayReason = QStringLiteral("The mailing tool's logs came late.");
        const Result<Notice> notice = compose(input);
        PC_VERIFY_OK(notice);
        QCOMPARE(notice->language, language);
        QCOMPARE(notice->late, duty);
        QStringList keys = requiredKeys(jurisdiction);
        if (!duty)
            keys.removeAll(QStringLiteral("delay_reason"));
        for (const QString &key : std::as_const(keys)) {
            const NoticeField *f = notice->field(key);
            QVERIFY2(f, qPrintable(key));
            QVERIFY2(!f->label.isEmpty() && !f->value.trimmed().isEmpty(), qPrintable(key));
        }
        QCOMPARE(notice->field(QStringLiteral("delay_reason")) != nullptr, duty);
        if (duty)
            QCOMPARE(notice->field(QStringLiteral("delay_reason"))->value, input.delayReason);
        // The demo leaves the consequences to a follow-up: said so, not left blank.
        QVERIFY(!notice->field(QStringLiteral("consequences"))->known);
        QVERIFY(notice->unknown().contains(notice->field(QStringLiteral("consequences"))->label));
        QCOMPARE(notice->dutyNote.isEmpty(), duty);
        QCOMPARE(notice->confirmNote.isEmpty(), jurisdiction != QLatin1String("VN") && jurisdiction != QLatin1String("TN"));
        if (jurisdiction == QLatin1String("FR")) {
            // The CNIL's three losses, in its words.
            QCOMPARE(notice->field(QStringLiteral("nature"))->value, QStringLiteral("Perte de la confidentialité"));
        }
        QCOMPARE(notice->field(QStringLiteral("people"))->value, QLocale(language).toString(310));

        const QString text = notice->plainText();
        QVERIFY2(text.contains(heading), qPrintable(text));
        QVERIFY(text.contains(b.reference));
        QTemporaryDir dir;
        const QStringList pages = pdfPages(notice->pdf(), dir.path());
        QVERIFY(!pages.isEmpty());
        const QString pdf = pages.join(QLatin1Char('\n')).simplified();
        QVERIFY2(pdf.contains(heading), qPrintable(pdf));
        QVERIFY(pdf.contains(input.delayReason) == duty);
        QVERIFY(pdf.contains(b.reference));
    }

    void lateNoticeWillNotGoWithoutItsReasons()
    {
        Breach b;
        b.reference = QStringLiteral("BR-LATE");
        b.title = QStringLiteral("Ransomware");
        b.awareAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        b.notificationDueAt = b.awareAt.addSecs(72 * 3600);
        Organization org;
        org.name = QStringLiteral("SOFTNLABS");
        org.jurisdiction = QStringLiteral("FR");
        NoticeInput input{b, org, {}, {}, Phase::Initial, QStringLiteral("en"), {}, {}, b.notificationDueAt.addSecs(-60)};
        const Result<Notice> inTime = compose(input);
        PC_VERIFY_OK(inTime);
        QVERIFY(!inTime->late);
        QVERIFY(!inTime->field(QStringLiteral("delay_reason")));

        input.at = b.notificationDueAt.addSecs(5 * 3600);
        const Result<Notice> refused = compose(input);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("5 hour")), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QLatin1String("reasons for the delay")));
        input.delayReason = QStringLiteral("   ");
        QVERIFY(!compose(input));

        input.delayReason = QStringLiteral("The attack was understood only after the forensic analysis.");
        const Result<Notice> given = compose(input);
        PC_VERIFY_OK(given);
        QVERIFY(given->late);
        QCOMPARE(given->field(QStringLiteral("delay_reason"))->value, input.delayReason);
        // Reasons kept on the breach's record are enough.
        input.delayReason.clear();
        input.breach.delayReason = QStringLiteral("Forensics.");
        PC_VERIFY_OK(compose(input));
    }

    void phasesAreKeptApart_data() { test::addEngineColumn(); test::addEngineRows(); }
    void phasesAreKeptApart()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const Organization org = addOrganization(*db, QStringLiteral("SOFTNLABS"), QStringLiteral("FR"), QStringLiteral("fr"));
        QVERIFY(org.id);
        const QDateTime aware = QDateTime::currentDateTimeUtc().addDays(-2);
        const Breach b = addBreach(*db, org.id, QDateTime(aware.date(), QTime(aware.time().hour(), 0), Qt::UTC));
        QVERIFY(b.id);
        QCOMPARE(b.notificationDueAt, b.awareAt.addSecs(72 * 3600));   // the law's deadline, set on saving
        CaseRepository cases(*db);

        // A follow-up cannot come first.
        NoticeInput input{b, org, {}, {}, Phase::FollowUp, {}, QStringLiteral("More."), {}, b.awareAt.addSecs(3600)};
        QVERIFY(!compose(input));
        BreachNotification early{0, b.id, QStringLiteral("follow-up"), input.at, QStringLiteral("fr"),
                                 QStringLiteral("More."), {}, {}, QStringLiteral("text"), {}};
        QVERIFY(!cases.recordNotification(early));

        input.phase = Phase::Initial;
        input.at = b.awareAt.addSecs(20 * 3600);
        const Result<Notice> initial = compose(input);
        PC_VERIFY_OK(initial);
        QCOMPARE(initial->number, 1);
        BreachNotification first{0, b.id, QStringLiteral("initial"), input.at, initial->language, {}, {},
                                 QStringLiteral("CNIL-2026-0042"), initial->plainText(), {}};
        PC_VERIFY_OK(cases.recordNotification(first));
        const auto afterInitial = cases.breach(b.id);
        PC_VERIFY_OK(afterInitial);
        QCOMPARE(afterInitial->authorityNotifiedAt, input.at);
        QCOMPARE(afterInitial->status, QStringLiteral("notified"));
        QCOMPARE(afterInitial->authorityReference, QStringLiteral("CNIL-2026-0042"));

        // A second initial notification is refused, by the notice and by the store.
        input.earlier = cases.breachNotifications(b.id).value();
        QVERIFY(!compose(input));
        BreachNotification again = first;
        again.sentAt = input.at.addSecs(60);
        QVERIFY(!cases.recordNotification(again));

        // The follow-up says what it adds, and comes after.
        input.breach = afterInitial.value();
        input.breach.consequences = QStringLiteral("Phishing messages; no misuse seen so far.");
        input.phase = Phase::FollowUp;
        input.additions.clear();
        input.at = b.awareAt.addSecs(30 * 3600);
        QVERIFY(!compose(input));
        input.additions = QStringLiteral("The consequences, now assessed.");
        const Result<Notice> followUp = compose(input);
        PC_VERIFY_OK(followUp);
        QCOMPARE(followUp->number, 2);
        QVERIFY(followUp->field(QStringLiteral("earlier"))->value.contains(QLatin1String("Notification initiale")));
        QCOMPARE(followUp->field(QStringLiteral("additions"))->value, input.additions);
        QVERIFY(followUp->field(QStringLiteral("phase"))->value.contains(QLatin1String("CNIL-2026-0042")));
        BreachNotification second{0, b.id, QStringLiteral("follow-up"), input.at, followUp->language, input.additions,
                                  {}, {}, followUp->plainText(), {}};
        BreachNotification backdated = second;
        backdated.sentAt = first.sentAt.addSecs(-60);
        QVERIFY(!cases.recordNotification(backdated));
        PC_VERIFY_OK(cases.recordNotification(second));

        const auto kept = cases.breachNotifications(b.id);
        PC_VERIFY_OK(kept);
        QCOMPARE(kept->size(), 2);
        QCOMPARE(kept->at(0).phase, QStringLiteral("initial"));
        QCOMPARE(kept->at(0).sentAt, first.sentAt);
        QCOMPARE(kept->at(0).text, first.text);
        QCOMPARE(kept->at(1).phase, QStringLiteral("follow-up"));
        QCOMPARE(kept->at(1).sentAt, second.sentAt);
        QCOMPARE(kept->at(1).additions, input.additions);
        QVERIFY(kept->at(1).text.contains(input.additions));
        QVERIFY(!kept->at(0).text.contains(input.additions));
        QCOMPARE(kept->at(1).sentBy, db->actor());
        // The breach still says when it was first notified.
        QCOMPARE(cases.breach(b.id)->authorityNotifiedAt, first.sentAt);
        // Each notification is in the audit trail.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'breach_notifications'"))
                     .toInt(),
                 2);
    }

    void lettersGoToThePeopleChosenInTheirLanguage_data() { test::addEngineColumn(); test::addEngineRows(); }
    void lettersGoToThePeopleChosenInTheirLanguage()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const Organization org = addOrganization(*db, QStringLiteral("Smoall"), QStringLiteral("BE"), QStringLiteral("fr"));
        QVERIFY(org.id);
        RegisterRepository reg(*db);
        PeopleRepository people(*db);
        SubjectCategory subscribers{0, org.id, QStringLiteral("customer"), QStringLiteral("Subscribers"), {}};
        SubjectCategory staff{0, org.id, QStringLiteral("employee"), QStringLiteral("Staff"), {}};
        PC_VERIFY_OK(reg.addSubjectCategory(subscribers));
        PC_VERIFY_OK(reg.addSubjectCategory(staff));
        ConsentPurpose newsletter;
        newsletter.organizationId = org.id;
        newsletter.code = QStringLiteral("newsletter");
        newsletter.name = QStringLiteral("Newsletter");
        PC_VERIFY_OK(people.addConsentPurpose(newsletter));
        auto person = [&](const char *first, const char *last, const char *language, RowId category, bool consent) {
            DataSubject s;
            s.organizationId = org.id;
            s.categoryId = category;
            s.firstName = QString::fromUtf8(first);
            s.lastName = QString::fromUtf8(last);
            s.email = QStringLiteral("%1@example.be").arg(s.firstName.toLower());
            s.externalRef = QStringLiteral("REF-%1").arg(s.lastName.toUpper());
            s.language = QString::fromLatin1(language);
            const auto id = people.addSubject(s);
            if (id && consent) {
                ConsentEvent e;
                e.subjectId = s.id;
                e.purposeId = newsletter.id;
                e.occurredAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
                (void)people.addConsentEvent(e);
            }
            return s;
        };
        const DataSubject anne = person("Anne", "Dubois", "fr", subscribers.id, true);
        const DataSubject bob = person("Bob", "Smith", "en", subscribers.id, true);
        const DataSubject jan = person("Jan", "Peeters", "nl", subscribers.id, false);   // no Dutch letters: French
        const DataSubject zoe = person("Zoé", "Lambert", "en", staff.id, false);
        QVERIFY(anne.id && bob.id && jan.id && zoe.id);
        const Breach b = addBreach(*db, org.id, QDateTime::currentDateTimeUtc().addSecs(-7200));
        QVERIFY(b.id);

        QTemporaryDir dir;
        auto letters = [&](const PeopleSelection &selection, QStringList *unmatched = nullptr) {
            const auto chosen = people.chosenSubjects(selection, unmatched);
            return LetterBatch{b, org, chosen ? chosen.value() : QList<DataSubject>{}, QDate(2026, 12, 6)};
        };

        // By category: the three subscribers, none of the staff.
        PeopleSelection byCategory;
        byCategory.organizationId = org.id;
        byCategory.categoryIds = {subscribers.id};
        const LetterBatch batch = letters(byCategory);
        QCOMPARE(batch.people.size(), 3);
        const QByteArray pdf = lettersPdf(batch);
        QCOMPARE(pageCount(pdf, dir.path()), 3);
        const QStringList pages = pdfPages(pdf, dir.path());
        QCOMPARE(pages.size(), 3);
        // Sorted by name: Dubois (fr), Peeters (nl → fr), Smith (en); one person a page.
        const QList<std::pair<QString, QString>> expected = {
            {QStringLiteral("Anne Dubois"), QStringLiteral("Ce qui s'est passé")},
            {QStringLiteral("Jan Peeters"), QStringLiteral("Ce qui s'est passé")},
            {QStringLiteral("Bob Smith"), QStringLiteral("What happened")}};
        for (int i = 0; i < 3; ++i) {
            const QString page = pages.at(i).simplified();
            QVERIFY2(page.contains(expected.at(i).first), qPrintable(page));
            QVERIFY2(page.contains(expected.at(i).second), qPrintable(page));
            for (int j = 0; j < 3; ++j) {
                if (j != i)
                    QVERIFY2(!page.contains(expected.at(j).first), qPrintable(page));
            }
            QVERIFY(page.contains(QLatin1String("dpo@example.org")));
        }
        QVERIFY(!pages.join(QString()).contains(QLatin1String("Lambert")));
        // Records end with CRLF; a body's own lines with LF, inside its quotes.
        const QStringList csv = QString::fromUtf8(lettersCsv(batch)).split(QStringLiteral("\r\n"));
        QCOMPARE(csv.size(), 5);   // a header, three people, the empty end
        QVERIFY2(csv.at(3).startsWith(QLatin1String("REF-SMITH,Bob,Smith,bob@example.be,,en,Important: an incident")),
                 qPrintable(csv.at(3)));

        // By purpose: the two with a newsletter consent.
        PeopleSelection byPurpose{org.id, {}, {newsletter.id}, {}};
        QCOMPARE(letters(byPurpose).people.size(), 2);
        // By a list of e-mail addresses and references, whatever their case.
        QStringList unmatched;
        PeopleSelection byList{org.id, {}, {}, {QStringLiteral("ZOÉ@EXAMPLE.BE"), QStringLiteral("ref-dubois"),
                                               QStringLiteral("nobody@example.be")}};
        const LetterBatch listed = letters(byList, &unmatched);
        QCOMPARE(listed.people.size(), 2);
        QCOMPARE(unmatched, QStringList{QStringLiteral("nobody@example.be")});
        const QStringList listedPages = pdfPages(lettersPdf(listed), dir.path());
        QCOMPARE(listedPages.size(), 2);
        QVERIFY(listedPages.at(1).contains(QLatin1String("What happened")));   // Zoé Lambert writes English

        // Who was told, when and how is kept on the breach.
        QList<BreachInformed> told;
        for (const DataSubject &p : batch.people)
            told << BreachInformed{0, b.id, p.id, {}, {}, letterLanguage(p, org), QDateTime::currentDateTimeUtc(),
                                   QStringLiteral("email"), {}};
        PC_VERIFY_OK(CaseRepository(*db).recordInformed(b.id, told));
        const auto kept = CaseRepository(*db).breachInformed(b.id);
        PC_VERIFY_OK(kept);
        QCOMPARE(kept->size(), 3);
        QCOMPARE(kept->at(0).channel, QStringLiteral("email"));
        QStringList names;
        for (const BreachInformed &i : kept.value())
            names << i.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Anne Dubois"), QStringLiteral("Bob Smith"), QStringLiteral("Jan Peeters")}));
        QVERIFY(CaseRepository(*db).breach(b.id)->subjectsNotifiedAt.isValid());
        // An unknown means of telling is refused, and nothing of the batch is kept.
        QList<BreachInformed> wrong = {told.first(), told.first()};
        wrong.last().channel = QStringLiteral("pigeon");
        QVERIFY(!CaseRepository(*db).recordInformed(b.id, wrong));
        QCOMPARE(CaseRepository(*db).breachInformed(b.id)->size(), 3);
        // The people told appear in the notification that follows.
        NoticeInput input{CaseRepository(*db).breach(b.id).value(), org, {}, kept.value(), Phase::Initial,
                          QStringLiteral("en"), {}, {}, QDateTime::currentDateTimeUtc()};
        const Result<Notice> notice = compose(input);
        PC_VERIFY_OK(notice);
        QVERIFY2(notice->field(QStringLiteral("informed"))->value.startsWith(QLatin1String("3 people told individually (E-mail)")),
                 qPrintable(notice->field(QStringLiteral("informed"))->value));
    }

private:
    std::unique_ptr<test::ScratchDatabase> m_demo;
};

QTEST_MAIN(TestBreaches)
#include "tst_breaches.moc"
