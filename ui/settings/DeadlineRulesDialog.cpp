#include "DeadlineRulesDialog.h"

#include "widgets/Dialogs.h"

#include "widgets/DateField.h"

#include "core/Dates.h"
#include "deadlines/Holidays.h"
#include "deadlines/RuleBook.h"
#include "domain/Codes.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pc {
namespace {

using deadlines::Holiday;
using deadlines::JurisdictionRule;
using deadlines::RuleBook;
using deadlines::Unit;

QPlainTextEdit *citationField(const char *name)
{
    auto *text = new QPlainTextEdit;
    text->setObjectName(QString::fromLatin1(name));
    text->setTabChangesFocus(true);
    text->setMaximumHeight(58);
    return text;
}

QComboBox *unitCombo(const char *name)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(name));
    combo->addItem(DeadlineRulesDialog::tr("days"), int(Unit::Day));
    combo->addItem(DeadlineRulesDialog::tr("months"), int(Unit::Month));
    return combo;
}

QWidget *periodRow(QSpinBox *period, QComboBox *unit)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(period);
    layout->addWidget(unit);
    layout->addStretch();
    return row;
}

} // namespace

DeadlineRulesDialog::DeadlineRulesDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("deadlineRulesDialog"));
    setWindowTitle(tr("Deadline rules and public holidays"));

    m_jurisdictions = new QListWidget;
    m_jurisdictions->setObjectName(QStringLiteral("rulesJurisdictions"));
    for (const QString &code : codes::all(CodeList::Jurisdiction)) {
        auto *item = new QListWidgetItem(codes::label(CodeList::Jurisdiction, code), m_jurisdictions);
        item->setData(Qt::UserRole, code);
    }
    m_jurisdictions->setMinimumWidth(m_jurisdictions->sizeHintForColumn(0) + 2 * m_jurisdictions->frameWidth() + 8);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->addTab(createRulePage(), tr("Deadlines"));
    m_tabs->addTab(createHolidayPage(), tr("Public holidays"));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_jurisdictions);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_jurisdictions->minimumWidth(), 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connectEdits();
    m_jurisdictions->setCurrentRow(0);
    resize(m_jurisdictions->minimumWidth() + 700, 660);
}

QWidget *DeadlineRulesDialog::createRulePage()
{
    m_source = new QLabel;
    m_source->setObjectName(QStringLiteral("ruleSource"));
    m_source->setWordWrap(true);
    m_law = new QLineEdit;
    m_law->setObjectName(QStringLiteral("ruleLaw"));
    m_authority = new QLineEdit;
    m_authority->setObjectName(QStringLiteral("ruleAuthority"));
    m_authorityUrl = new QLineEdit;
    m_authorityUrl->setObjectName(QStringLiteral("ruleAuthorityUrl"));
    m_responsePeriod = new QSpinBox;
    m_responsePeriod->setObjectName(QStringLiteral("ruleResponsePeriod"));
    m_responsePeriod->setRange(1, 366);
    m_responseUnit = unitCombo("ruleResponseUnit");
    m_responseCitation = citationField("ruleResponseCitation");
    m_extensionPeriod = new QSpinBox;
    m_extensionPeriod->setObjectName(QStringLiteral("ruleExtensionPeriod"));
    m_extensionPeriod->setRange(0, 366);
    m_extensionPeriod->setSpecialValueText(tr("none"));
    m_extensionUnit = unitCombo("ruleExtensionUnit");
    m_extensionCitation = citationField("ruleExtensionCitation");
    m_shift = new QCheckBox(tr("A period ending on a weekend or public holiday ends on the next working day"));
    m_shift->setObjectName(QStringLiteral("ruleShift"));
    m_breachHours = new QSpinBox;
    m_breachHours->setObjectName(QStringLiteral("ruleBreachHours"));
    m_breachHours->setRange(0, 24 * 60);
    m_breachHours->setSpecialValueText(tr("no fixed number of hours"));
    m_breachHours->setSuffix(tr(" hours"));
    m_breachCitation = citationField("ruleBreachCitation");
    m_notes = citationField("ruleNotes");
    m_saveRule = new QPushButton(tr("&Save the rule"));
    m_saveRule->setObjectName(QStringLiteral("ruleSave"));
    m_restoreRule = new QPushButton(tr("&Restore the shipped rule"));
    m_restoreRule->setObjectName(QStringLiteral("ruleRestore"));

    auto *ruleForm = new QFormLayout;
    ruleForm->addRow(tr("&Law:"), m_law);
    ruleForm->addRow(tr("&Authority:"), m_authority);
    ruleForm->addRow(tr("Authority's &website:"), m_authorityUrl);
    ruleForm->addRow(tr("Answer &within:"), periodRow(m_responsePeriod, m_responseUnit));
    ruleForm->addRow(tr("Cited from:"), m_responseCitation);
    ruleForm->addRow(tr("&Extension:"), periodRow(m_extensionPeriod, m_extensionUnit));
    ruleForm->addRow(tr("Cited from:"), m_extensionCitation);
    ruleForm->addRow(QString(), m_shift);
    auto *breachRow = new QWidget;
    auto *breachLayout = new QHBoxLayout(breachRow);
    breachLayout->setContentsMargins(0, 0, 0, 0);
    breachLayout->addWidget(m_breachHours);
    breachLayout->addStretch();
    ruleForm->addRow(tr("&Breach notified within:"), breachRow);
    ruleForm->addRow(tr("Cited from:"), m_breachCitation);
    ruleForm->addRow(tr("&Notes:"), m_notes);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addStretch();
    ruleButtons->addWidget(m_restoreRule);
    ruleButtons->addWidget(m_saveRule);
    auto *rulePage = new QWidget;
    auto *ruleLayout = new QVBoxLayout(rulePage);
    ruleLayout->addWidget(m_source);
    ruleLayout->addLayout(ruleForm);
    ruleLayout->addStretch();
    ruleLayout->addLayout(ruleButtons);
    return rulePage;
}

QWidget *DeadlineRulesDialog::createHolidayPage()
{
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("holidayYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_holidaysSource = new QLabel;
    m_holidaysSource->setObjectName(QStringLiteral("holidaySource"));
    m_holidaysSource->setWordWrap(true);
    m_holidays = new QTableWidget(0, 3);
    m_holidays->setObjectName(QStringLiteral("holidayTable"));
    m_holidays->setHorizontalHeaderLabels({tr("Date"), tr("Holiday"), tr("From")});
    m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidays->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holidays->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holidays->verticalHeader()->hide();
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_newDate = new DateField;
    m_newDate->setObjectName(QStringLiteral("holidayDate"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("holidayName"));
    m_newName->setPlaceholderText(tr("Name of the holiday"));
    m_addHoliday = new QPushButton(tr("A&dd"));
    m_addHoliday->setObjectName(QStringLiteral("holidayAdd"));
    m_removeHoliday = new QPushButton(tr("Re&move"));
    m_removeHoliday->setObjectName(QStringLiteral("holidayRemove"));
    m_saveHolidays = new QPushButton(tr("&Save the year's list"));
    m_saveHolidays->setObjectName(QStringLiteral("holidaySave"));
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year:")));
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newDate);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_addHoliday);
    auto *holidayButtons = new QHBoxLayout;
    holidayButtons->addWidget(m_removeHoliday);
    holidayButtons->addStretch();
    holidayButtons->addWidget(m_saveHolidays);
    auto *holidayPage = new QWidget;
    auto *holidayLayout = new QVBoxLayout(holidayPage);
    holidayLayout->addLayout(yearRow);
    holidayLayout->addWidget(m_holidaysSource);
    holidayLayout->addWidget(m_holidays, 1);
    holidayLayout->addLayout(addRow);
    holidayLayout->addLayout(holidayButtons);
    return holidayPage;
}

void DeadlineRulesDialog::connectEdits()
{
    for (QLineEdit *line : {m_law, m_authority, m_authorityUrl})
        connect(line, &QLineEdit::textChanged, this, [this] { setRuleModified(true); });
    for (QPlainTextEdit *text : {m_responseCitation, m_extensionCitation, m_breachCitation, m_notes})
        connect(text, &QPlainTextEdit::textChanged, this, [this] { setRuleModified(true); });
    for (QSpinBox *spin : {m_responsePeriod, m_extensionPeriod, m_breachHours})
        connect(spin, &QSpinBox::valueChanged, this, [this] { setRuleModified(true); });
    for (QComboBox *combo : {m_responseUnit, m_extensionUnit})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setRuleModified(true); });
    connect(m_shift, &QCheckBox::toggled, this, [this] { setRuleModified(true); });
    connect(m_saveRule, &QPushButton::clicked, this, &DeadlineRulesDialog::saveRule);
    connect(m_restoreRule, &QPushButton::clicked, this, &DeadlineRulesDialog::restoreRule);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (year == m_shownYear)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_year);
            m_year->setValue(m_shownYear);
            return;
        }
        showHolidays();
    });
    connect(m_addHoliday, &QPushButton::clicked, this, &DeadlineRulesDialog::addHoliday);
    connect(m_newName, &QLineEdit::returnPressed, this, &DeadlineRulesDialog::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &DeadlineRulesDialog::removeHoliday);
    connect(m_saveHolidays, &QPushButton::clicked, this, &DeadlineRulesDialog::saveHolidays);
    connect(m_holidays, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_removeHoliday->setEnabled(row >= 0 && m_holidays->item(row, 0)->data(Qt::UserRole).toBool());
    });
    connect(m_jurisdictions, &QListWidget::currentRowChanged, this, [this] {
        const QString code = jurisdiction();
        if (code == m_shownJurisdiction)
            return;
        if (!confirmDiscard()) {
            selectJurisdiction(m_shownJurisdiction);
            return;
        }
        showJurisdiction();
    });
}

QString DeadlineRulesDialog::jurisdiction() const
{
    const QListWidgetItem *item = m_jurisdictions->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool DeadlineRulesDialog::selectJurisdiction(const QString &code)
{
    for (int row = 0; row < m_jurisdictions->count(); ++row) {
        if (m_jurisdictions->item(row)->data(Qt::UserRole).toString() == code) {
            m_jurisdictions->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void DeadlineRulesDialog::showJurisdiction()
{
    m_shownJurisdiction = jurisdiction();
    m_status->clear();
    const auto kept = RuleBook(m_db).rule(m_shownJurisdiction);
    if (!kept) {
        m_status->setText(kept.errorMessage());
        return;
    }
    showRule(kept->rule, kept->source == deadlines::Source::Kept);
    showHolidays();
}

void DeadlineRulesDialog::showRule(const JurisdictionRule &rule, bool kept)
{
    m_loading = true;
    m_rule = rule;
    const std::optional<JurisdictionRule> shipped = deadlines::shippedRule(rule.jurisdiction);
    m_ruleEditable = !shipped || shipped->editable;
    if (!m_ruleEditable)
        m_source->setText(tr("The law settles these deadlines: they are shown with the articles they come from and "
                             "cannot be changed."));
    else if (kept)
        m_source->setText(tr("Your own reading of the law, kept in the register. Check it when the law or its "
                             "decrees change."));
    else
        m_source->setText(tr("The default shipped with the application, from the best sources known to it. Check it "
                             "against the law and save your own reading when it differs."));
    m_law->setText(rule.law);
    m_authority->setText(rule.authority);
    m_authorityUrl->setText(rule.authorityUrl);
    m_responsePeriod->setValue(rule.responsePeriod);
    m_responseUnit->setCurrentIndex(m_responseUnit->findData(int(rule.responseUnit)));
    m_responseCitation->setPlainText(rule.responseCitation);
    m_extensionPeriod->setValue(rule.extensionPeriod);
    m_extensionUnit->setCurrentIndex(m_extensionUnit->findData(int(rule.extensionUnit)));
    m_extensionCitation->setPlainText(rule.extensionCitation);
    m_shift->setChecked(rule.shift != deadlines::Shift::None);
    m_breachHours->setValue(rule.breachNotificationHours);
    m_breachCitation->setPlainText(rule.breachCitation);
    m_notes->setPlainText(rule.notes);
    for (QLineEdit *line : {m_law, m_authority, m_authorityUrl})
        line->setReadOnly(!m_ruleEditable);
    for (QPlainTextEdit *text : {m_responseCitation, m_extensionCitation, m_breachCitation, m_notes})
        text->setReadOnly(!m_ruleEditable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_responsePeriod, m_responseUnit, m_extensionPeriod,
                                                       m_extensionUnit, m_shift, m_breachHours})
        w->setEnabled(m_ruleEditable);
    m_restoreRule->setEnabled(m_ruleEditable && kept);
    m_loading = false;
    setRuleModified(false);
}

JurisdictionRule DeadlineRulesDialog::editedRule() const
{
    JurisdictionRule rule = m_rule;
    rule.law = m_law->text().trimmed();
    rule.authority = m_authority->text().trimmed();
    rule.authorityUrl = m_authorityUrl->text().trimmed();
    rule.responsePeriod = m_responsePeriod->value();
    rule.responseUnit = Unit(m_responseUnit->currentData().toInt());
    rule.responseCitation = m_responseCitation->toPlainText().trimmed();
    rule.extensionPeriod = m_extensionPeriod->value();
    rule.extensionUnit = Unit(m_extensionUnit->currentData().toInt());
    rule.extensionCitation = m_extensionCitation->toPlainText().trimmed();
    if (!m_shift->isChecked())
        rule.shift = deadlines::Shift::None;
    else if (rule.shift == deadlines::Shift::None)
        rule.shift = deadlines::Shift::WeekendAndHolidays;
    rule.breachNotificationHours = m_breachHours->value();
    rule.breachCitation = m_breachCitation->toPlainText().trimmed();
    rule.notes = m_notes->toPlainText().trimmed();
    return rule;
}

void DeadlineRulesDialog::setRuleModified(bool modified)
{
    if (m_loading)
        return;
    m_ruleModified = modified && m_ruleEditable;
    m_saveRule->setEnabled(m_ruleModified);
}

void DeadlineRulesDialog::setHolidaysModified(bool modified)
{
    m_holidaysModified = modified;
    m_saveHolidays->setEnabled(modified);
}

void DeadlineRulesDialog::saved(int moved)
{
    m_status->setText(moved > 0 ? tr("Saved. %n open request(s) have a new due date.", nullptr, moved)
                                : tr("Saved. No open request's due date changes."));
}

void DeadlineRulesDialog::saveRule()
{
    const auto moved = RuleBook(m_db).saveRule(editedRule(), QDate::currentDate());
    if (!moved) {
        MessageBox::warning(this, tr("Save the rule"), moved.errorMessage());
        return;
    }
    showJurisdiction();
    saved(moved.value());
}

void DeadlineRulesDialog::restoreRule()
{
    if (MessageBox::question(this, tr("Restore the shipped rule"),
                              tr("Forget your own reading of the law of %1 and compute its deadlines with the rule "
                                 "shipped with the application?")
                                  .arg(codes::label(CodeList::Jurisdiction, m_shownJurisdiction)))
        != QMessageBox::Yes)
        return;
    const auto moved = RuleBook(m_db).restoreShippedRule(m_shownJurisdiction, QDate::currentDate());
    if (!moved) {
        MessageBox::warning(this, tr("Restore the shipped rule"), moved.errorMessage());
        return;
    }
    m_ruleModified = false;
    showJurisdiction();
    saved(moved.value());
}

void DeadlineRulesDialog::showHolidays()
{
    m_shownYear = m_year->value();
    m_computed.clear();
    m_listed.clear();
    const auto days = RuleBook(m_db).holidays(m_shownJurisdiction, m_shownYear);
    if (!days) {
        m_status->setText(days.errorMessage());
    } else {
        for (const deadlines::ListedHoliday &day : days.value())
            (day.source == deadlines::Source::Computed ? m_computed : m_listed) << day.holiday;
    }
    m_holidaysSource->setText(
        deadlines::hasComputedCalendar(m_shownJurisdiction)
            ? tr("The holidays the law fixes are computed for every year. Add the days off declared for one year "
                 "only (a holiday moved by decree, an election day).")
            : tr("The holidays of this country follow the moon or a yearly decision: check this list against the "
                 "government's announcement each year. A year without a list counts only weekends as days off."));
    fillHolidayTable();
    setHolidaysModified(false);
}

void DeadlineRulesDialog::fillHolidayTable()
{
    struct Row
    {
        Holiday day;
        bool listed;
    };
    QList<Row> rows;
    for (const Holiday &day : std::as_const(m_computed))
        rows << Row{day, false};
    for (const Holiday &day : std::as_const(m_listed))
        rows << Row{day, true};
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.day.date < b.day.date; });
    m_holidays->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Row &r = rows.at(row);
        auto *date = new QTableWidgetItem(QLocale().toString(r.day.date, QStringLiteral("ddd ")) + dates::toText(r.day.date));
        date->setData(Qt::UserRole, r.listed);
        date->setData(Qt::UserRole + 1, r.day.date);
        m_holidays->setItem(row, 0, date);
        m_holidays->setItem(row, 1, new QTableWidgetItem(r.day.name));
        m_holidays->setItem(row, 2, new QTableWidgetItem(r.listed ? tr("listed") : tr("the law, computed")));
    }
    m_holidays->resizeColumnsToContents();
    m_removeHoliday->setEnabled(false);
}

void DeadlineRulesDialog::addHoliday()
{
    const QDate date = m_newDate->date();
    const QString name = m_newName->text().trimmed();
    QString problem;
    if (!date.isValid())
        problem = tr("Write the holiday's date as %1.").arg(m_newDate->expectedFormat());
    else if (date.year() != m_shownYear)
        problem = tr("%1 is not a day of %2: choose that year first.").arg(dates::toText(date)).arg(m_shownYear);
    else if (name.isEmpty())
        problem = tr("Name the holiday.");
    else if (std::any_of(m_listed.cbegin(), m_listed.cend(), [&](const Holiday &h) { return h.date == date; })
             || std::any_of(m_computed.cbegin(), m_computed.cend(), [&](const Holiday &h) { return h.date == date; }))
        problem = tr("%1 is already a holiday.").arg(dates::toText(date));
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Add a holiday"), problem);
        return;
    }
    m_listed << Holiday{date, name};
    m_newDate->setDate(QDate());
    m_newName->clear();
    fillHolidayTable();
    setHolidaysModified(true);
}

void DeadlineRulesDialog::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0 || !m_holidays->item(row, 0)->data(Qt::UserRole).toBool())
        return;
    const QDate date = m_holidays->item(row, 0)->data(Qt::UserRole + 1).toDate();
    m_listed.removeIf([&](const Holiday &h) { return h.date == date; });
    fillHolidayTable();
    setHolidaysModified(true);
}

void DeadlineRulesDialog::saveHolidays()
{
    const auto moved = RuleBook(m_db).saveHolidays(m_shownJurisdiction, m_shownYear, m_listed, QDate::currentDate());
    if (!moved) {
        MessageBox::warning(this, tr("Save the year's list"), moved.errorMessage());
        return;
    }
    showHolidays();
    saved(moved.value());
}

bool DeadlineRulesDialog::confirmDiscard()
{
    if (!m_ruleModified && !m_holidaysModified)
        return true;
    const auto answer = MessageBox::question(this, windowTitle(),
                                              tr("Your changes to %1 are not saved. Discard them?")
                                                  .arg(codes::label(CodeList::Jurisdiction, m_shownJurisdiction)),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_ruleModified = false;
    m_holidaysModified = false;
    return true;
}

void DeadlineRulesDialog::done(int result)
{
    if (!confirmDiscard())
        return;
    QDialog::done(result);
}

} // namespace pc
