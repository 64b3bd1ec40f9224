#include "WelcomeDialog.h"
#include "widgets/Tones.h"

#include "core/Countries.h"
#include "deadlines/Deadlines.h"
#include "deadlines/Holidays.h"
#include "domain/Codes.h"
#include "domain/RecordChecks.h"
#include "storage/RecordStore.h"

#include <QCollator>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc {

namespace {

struct Country
{
    const char *code;
    const char *name;
};

// The countries whose law the deadlines know, then the other member states
// of the European Union and the European Economic Area (the GDPR's).
constexpr Country kCountries[] = {
    {"FR", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "France")},
    {"BE", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Belgium")},
    {"ZA", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "South Africa")},
    {"TN", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Tunisia")},
    {"VN", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Vietnam")},
    {"AT", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Austria")},
    {"BG", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Bulgaria")},
    {"HR", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Croatia")},
    {"CY", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Cyprus")},
    {"CZ", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Czechia")},
    {"DK", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Denmark")},
    {"EE", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Estonia")},
    {"FI", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Finland")},
    {"DE", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Germany")},
    {"GR", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Greece")},
    {"HU", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Hungary")},
    {"IS", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Iceland")},
    {"IE", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Ireland")},
    {"IT", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Italy")},
    {"LV", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Latvia")},
    {"LI", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Liechtenstein")},
    {"LT", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Lithuania")},
    {"LU", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Luxembourg")},
    {"MT", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Malta")},
    {"NL", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Netherlands")},
    {"NO", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Norway")},
    {"PL", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Poland")},
    {"PT", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Portugal")},
    {"RO", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Romania")},
    {"SK", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Slovakia")},
    {"SI", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Slovenia")},
    {"ES", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Spain")},
    {"SE", QT_TRANSLATE_NOOP("pc::WelcomeDialog", "Sweden")},
};
constexpr int kOwnLaws = 5;   // the first five have a law of their own

QString periodText(int count, deadlines::Unit unit)
{
    return unit == deadlines::Unit::Month ? WelcomeDialog::tr("%n month(s)", nullptr, count)
                                          : WelcomeDialog::tr("%n day(s)", nullptr, count);
}

} // namespace

QString WelcomeDialog::jurisdictionOf(const QString &country)
{
    return countries::jurisdictionOf(country);
}

WelcomeDialog::WelcomeDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Privacy Console"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(createChoice());
    m_pages->addWidget(createOrganizationForm());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(620, 430);
    describeLaw();
}

QFont WelcomeDialog::headingFont() const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    return big;
}

// The choice: the demo, one's own organization, or later.
QWidget *WelcomeDialog::createChoice()
{
    auto *start = new QWidget;
    auto *heading = new QLabel(tr("Welcome to Privacy Console"));
    heading->setFont(headingFont());
    auto *intro = new QLabel(tr("Keep your organization's promises on personal data, and prove it: the register of "
                                "processing activities, consents and their history, rights requests against their "
                                "legal deadlines, processors, retention and its purges, printed reports."));
    intro->setWordWrap(true);
    auto *demo = new QCommandLinkButton(tr("Explore the demo organizations"),
                                        tr("Five small software companies, in Tunisia, Belgium, South Africa, Vietnam "
                                           "and France, with their registers, people, consents, requests and breaches."));
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto *own = new QCommandLinkButton(tr("Set up my organization"),
                                       tr("Its name, its country — which gives the law, the deadlines and the public "
                                          "holidays — and its privacy officer. Everything else can follow."));
    own->setObjectName(QStringLiteral("welcomeOrganization"));
    auto *later = new QPushButton(tr("Not now"));
    later->setObjectName(QStringLiteral("welcomeLater"));
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addWidget(heading);
    startLayout->addWidget(intro);
    startLayout->addSpacing(8);
    startLayout->addWidget(demo);
    startLayout->addWidget(own);
    startLayout->addStretch(1);
    auto *laterRow = new QHBoxLayout;
    laterRow->addStretch(1);
    laterRow->addWidget(later);
    startLayout->addLayout(laterRow);
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(own, &QCommandLinkButton::clicked, this, &WelcomeDialog::showOrganizationForm);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    return start;
}

// The organization: its name, its country (which gives the law) and its officer.
QWidget *WelcomeDialog::createOrganizationForm()
{
    auto *form = new QWidget;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("welcomeName"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("as the privacy policy names it"));
    m_country = new QComboBox;
    m_country->setObjectName(QStringLiteral("welcomeCountry"));
    fillCountries();
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("welcomeLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_dpoName = new QLineEdit;
    m_dpoName->setObjectName(QStringLiteral("welcomeDpoName"));
    m_dpoEmail = new QLineEdit;
    m_dpoEmail->setObjectName(QStringLiteral("welcomeDpoEmail"));
    m_dpoEmail->setPlaceholderText(tr("the address the privacy policy gives for requests"));
    m_dpoPhone = new QLineEdit;
    m_dpoPhone->setObjectName(QStringLiteral("welcomeDpoPhone"));
    m_law = new QLabel;
    m_law->setObjectName(QStringLiteral("welcomeLaw"));
    m_law->setWordWrap(true);
    m_law->setTextFormat(Qt::PlainText);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("welcomeProblem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Alert);
    m_problem->hide();
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name of the organization:"), m_name);
    fields->addRow(tr("&Country:"), m_country);
    fields->addRow(tr("&Language of its privacy policy:"), m_language);
    fields->addRow(tr("&Privacy officer (DPO):"), m_dpoName);
    fields->addRow(tr("Officer's &e-mail:"), m_dpoEmail);
    fields->addRow(tr("Officer's &telephone:"), m_dpoPhone);
    auto *buttons = new QDialogButtonBox;
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    auto *create = buttons->addButton(tr("&Create the organization"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("welcomeCreate"));
    create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *formLayout = new QVBoxLayout(form);
    auto *formHeading = new QLabel(tr("Your organization"));
    formHeading->setFont(headingFont());
    formLayout->addWidget(formHeading);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_law);
    formLayout->addWidget(m_problem);
    formLayout->addStretch(1);
    formLayout->addWidget(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        const QString country = m_country->currentData().toString();
        // French is the policy's language where the law is written in it.
        const bool french = country == QLatin1String("FR") || country == QLatin1String("BE")
                            || country == QLatin1String("TN") || country == QLatin1String("LU");
        m_language->setCurrentIndex(m_language->findData(french ? QStringLiteral("fr") : QStringLiteral("en")));
        describeLaw();
    });
    return form;
}

// The five with a law of their own first, then the others by name in the
// language of the window.
void WelcomeDialog::fillCountries()
{
    QList<std::pair<QString, QString>> others;
    for (int i = 0; i < int(std::size(kCountries)); ++i) {
        const QString name = tr(kCountries[i].name);
        if (i < kOwnLaws)
            m_country->addItem(name, QString::fromLatin1(kCountries[i].code));
        else
            others.append({name, QString::fromLatin1(kCountries[i].code)});
    }
    QCollator collator;
    std::sort(others.begin(), others.end(), [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    m_country->insertSeparator(m_country->count());
    for (const auto &[name, code] : std::as_const(others))
        m_country->addItem(name, code);
}

void WelcomeDialog::showOrganizationForm()
{
    m_pages->setCurrentIndex(1);
    m_name->setFocus();
}

void WelcomeDialog::describeLaw()
{
    const QString jurisdiction = jurisdictionOf(m_country->currentData().toString());
    const auto rule = deadlines::shippedRule(jurisdiction);
    if (!rule) {
        m_law->clear();
        return;
    }
    QString text = tr("Law: %1.").arg(codes::label(CodeList::Jurisdiction, jurisdiction));
    text += QLatin1Char(' ');
    text += rule->extensionPeriod > 0
                ? tr("A request is answered within %1, which may be extended by %2.")
                      .arg(periodText(rule->responsePeriod, rule->responseUnit),
                           periodText(rule->extensionPeriod, rule->extensionUnit))
                : tr("A request is answered within %1.").arg(periodText(rule->responsePeriod, rule->responseUnit));
    if (rule->breachNotificationHours > 0) {
        text += QLatin1Char(' ');
        text += tr("A breach is notified to the authority within %n hour(s).", nullptr, rule->breachNotificationHours);
    }
    text += QLatin1Char(' ');
    if (deadlines::hasComputedCalendar(jurisdiction))
        text += tr("Deadlines skip %1's public holidays, computed for every year.").arg(m_country->currentText());
    else if (!deadlines::shippedHolidayList(jurisdiction).isEmpty())
        text += tr("Deadlines skip %1's public holidays as listed for 2025–2027: check them each year "
                   "(File → Deadline rules and holidays…).")
                    .arg(m_country->currentText());
    else
        text += tr("Deadlines skip weekends; list %1's public holidays in File → Deadline rules and holidays… "
                   "for them to be skipped too.")
                    .arg(m_country->currentText());
    m_law->setText(text);
}

void WelcomeDialog::create()
{
    Organization organization;
    organization.name = m_name->text().simplified();
    organization.country = m_country->currentData().toString();
    organization.jurisdiction = jurisdictionOf(organization.country);
    organization.policyLanguage = m_language->currentData().toString();
    organization.dpoName = m_dpoName->text().simplified();
    organization.dpoEmail = m_dpoEmail->text().trimmed();
    organization.dpoPhone = m_dpoPhone->text().trimmed();
    QString problem;
    QWidget *culprit = m_name;
    if (organization.name.isEmpty()) {
        problem = tr("Give the organization's name.");
    } else if (!organization.dpoEmail.isEmpty() && !looksLikeEmail(organization.dpoEmail)) {
        problem = tr("“%1” is not an e-mail address.").arg(organization.dpoEmail);
        culprit = m_dpoEmail;
    } else if (const QList<Finding> findings = checkOrganization(organization); hasErrors(findings))
        problem = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
                      return f.severity == Finding::Severity::Error;
                  })->message;
    if (problem.isEmpty()) {
        const Result<RowId> added = RecordStore<Organization>::add(m_db, organization);
        if (added) {
            m_organizationId = added.value();
            m_choice = Choice::Organization;
            accept();
            return;
        }
        problem = added.errorMessage();
    }
    m_problem->setText(problem);
    m_problem->show();
    culprit->setFocus();
}

} // namespace pc
