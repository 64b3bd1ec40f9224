#include "WorklistView.h"
#include "widgets/TableColumns.h"
#include "widgets/Tones.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {

enum Column { Left, Due, Reference, Requester, Rights, Assignee, Organization, Status, ColumnCount };


// Whose requests the list shows; the others are user ids.
constexpr RowId kMine = -2;

} // namespace

WorklistView::WorklistView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("worklist"));
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_whoseCaption = new QLabel;
    m_whose = new QComboBox;
    m_whose->setObjectName(QStringLiteral("worklistWhose"));
    m_whoseCaption->setBuddy(m_whose);
    connect(m_whose, &QComboBox::currentIndexChanged, this, [this] { refresh(m_organizationId); });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    keepColumnsFitted(m_table);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_items.size())
            Q_EMIT requestOpened(m_items.at(row).requestId, m_items.at(row).reference);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_whoseCaption);
    top->addWidget(m_whose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_assessmentsTitle = new QLabel;
    m_assessmentsTable = new QTableWidget(0, 4);
    m_assessmentsTable->setObjectName(QStringLiteral("worklistAssessments"));
    m_assessmentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assessmentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assessmentsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assessmentsTable->verticalHeader()->hide();
    m_assessmentsTable->horizontalHeader()->setStretchLastSection(true);
    m_assessmentsTable->setWordWrap(false);
    m_assessmentsTable->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    keepColumnsFitted(m_assessmentsTable);
    connect(m_assessmentsTable, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_assessments.size())
            Q_EMIT assessmentOpened(m_assessments.at(row).dpiaId);
    });
    layout->addWidget(m_assessmentsTitle);
    layout->addWidget(m_assessmentsTable);
    retranslateUi();
}

void WorklistView::setDatabase(Database *db)
{
    m_db = db;
    fillAssignees();
}

void WorklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        showItems();   // the deadlines' colours in the new palette's shades
    QWidget::changeEvent(event);
}

void WorklistView::retranslateUi()
{
    m_title->setText(tr("Worklist: open requests, soonest due first"));
    m_whoseCaption->setText(tr("&Whose:"));
    m_table->setHorizontalHeaderLabels({tr("Time left"), tr("Due"), tr("Request"), tr("Requester"), tr("Rights"),
                                        tr("Handled by"), tr("Organization"), tr("Status")});
    m_table->setToolTip(tr("Open a request with a double click or Enter."));
    // Names and words give up width, elided; the rest keeps what it needs.
    for (const Column column : {Column::Requester, Column::Rights, Column::Organization, Column::Status})
        m_table->horizontalHeaderItem(column)->setData(kElasticColumnRole, true);
    m_assessmentsTitle->setText(tr("Impact assessments: reviews and actions due within 30 days or late"));
    m_assessmentsTable->setHorizontalHeaderLabels({tr("Time left"), tr("Due"), tr("Assessment"), tr("What")});
    m_assessmentsTable->horizontalHeaderItem(3)->setData(kElasticColumnRole, true);
    fillAssignees();
    showItems();
    showAssessments();
}

void WorklistView::fillAssignees()
{
    const RowId selected = m_whose->count() > 0 ? m_whose->currentData().toLongLong() : WorklistFilter::kAnyone;
    const QSignalBlocker blocker(m_whose);
    m_whose->clear();
    m_whose->addItem(tr("Everyone's"), WorklistFilter::kAnyone);
    m_whose->addItem(tr("Mine"), kMine);
    m_whose->addItem(tr("Nobody's yet"), WorklistFilter::kNobody);
    if (m_db) {
        if (const auto users = CaseRepository(*m_db).users()) {
            for (const User &user : users.value()) {
                if (user.active && user.role != QLatin1String("viewer"))
                    m_whose->addItem(user.displayName.isEmpty() ? user.username : user.displayName, user.id);
            }
        }
    }
    const int index = m_whose->findData(selected);
    m_whose->setCurrentIndex(index < 0 ? 0 : index);
}

void WorklistView::refresh(RowId organizationId)
{
    m_organizationId = organizationId;
    m_items.clear();
    m_error.clear();
    if (m_db) {
        WorklistFilter filter;
        filter.organizationId = organizationId;
        filter.assigneeId = m_whose->currentData().toLongLong();
        bool someone = true;
        if (filter.assigneeId == kMine) {
            // Signed in under a name the register does not know: nothing is theirs.
            const auto me = CaseRepository(*m_db).userByName(m_db->actor());
            someone = me && me->has_value();
            filter.assigneeId = someone ? me->value().id : WorklistFilter::kAnyone;
        }
        auto items = someone ? openRequests(*m_db, filter, QDate::currentDate()) : Result<QList<WorkItem>>(QList<WorkItem>());
        if (items)
            m_items = std::move(items).value();
        else
            m_error = items.errorMessage();
        auto assessments = dpia::followUp(*m_db, QDate::currentDate().addDays(30), organizationId);
        m_assessments = assessments ? assessments.value() : QList<dpia::FollowUpItem>();
    }
    showItems();
    showAssessments();
}

void WorklistView::showAssessments()
{
    m_assessmentsTable->setRowCount(int(m_assessments.size()));
    const QDate today = QDate::currentDate();
    for (int row = 0; row < m_assessments.size(); ++row) {
        const dpia::FollowUpItem &item = m_assessments.at(row);
        const qint64 days = today.daysTo(item.due);
        const QString left = days < 0    ? tr("%n day(s) overdue", nullptr, int(-days))
                             : days == 0 ? tr("due today")
                                         : tr("%n day(s) left", nullptr, int(days));
        const QString what = item.kind == dpia::FollowUpItem::Kind::Review
                                 ? tr("Review the assessment")
                                 : (item.person.isEmpty() ? item.what : tr("%1 (%2)").arg(item.what, item.person));
        const QStringList cells = {left, dates::withWeekday(item.due), item.dpia, what};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column == 0)
                cell->setForeground(toneColor(countdownTone(days < 0, int(days)), palette()));
            m_assessmentsTable->setItem(row, column, cell);
        }
    }
    m_assessmentsTitle->setVisible(!m_assessments.isEmpty());
    m_assessmentsTable->setVisible(!m_assessments.isEmpty());
    fitColumns(m_assessmentsTable);
}

void WorklistView::showItems()
{
    m_table->setRowCount(int(m_items.size()));
    int overdue = 0;
    int thisWeek = 0;
    int waiting = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const WorkItem &item = m_items.at(row);
        QString left;
        if (!item.due.isValid())
            left = tr("no due date");
        else if (item.overdue)
            left = tr("%n day(s) overdue", nullptr, -item.calendarDaysLeft);
        else if (item.calendarDaysLeft == 0)
            left = tr("due today");
        else
            left = tr("%n day(s) left", nullptr, item.calendarDaysLeft) + QStringLiteral(" · ")
                   + tr("%n working day(s)", nullptr, item.workingDaysLeft);
        QString status = codes::label(CodeList::RequestStatus, item.status);
        if (item.waitingSince.isValid())
            status = tr("%1, waiting for the person since %2").arg(status, dates::toText(item.waitingSince));
        else if (item.extended)
            status = tr("%1, extended").arg(status);
        QStringList rights;
        for (const QString &type : item.types)
            rights << codes::label(CodeList::RequestType, type);
        const QStringList cells = {left,
                                   dates::withWeekday(item.due),
                                   item.reference,
                                   item.requester,
                                   rights.join(QStringLiteral(", ")),
                                   item.assigneeId > 0 ? item.assignee : tr("nobody yet"),
                                   item.organization,
                                   status};
        const bool soon = !item.overdue && item.due.isValid() && item.workingDaysLeft <= 5;
        overdue += item.overdue ? 1 : 0;
        thisWeek += soon ? 1 : 0;
        waiting += item.waitingSince.isValid() ? 1 : 0;
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == Left) {
                if (item.overdue || soon)
                    cell->setForeground(toneColor(item.overdue ? Tone::Alert : Tone::Warning, palette()));
                QFont font = cell->font();
                font.setBold(item.overdue);
                cell->setFont(font);
            } else if (item.waitingSince.isValid()) {
                cell->setForeground(toneColor(Tone::Muted, palette()));
            }
            m_table->setItem(row, column, cell);
        }
    }
    fitColumns(m_table);
    if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else if (m_items.isEmpty())
        m_summary->setText(tr("No open request."));
    else
        //: The open requests: how many are overdue, due soon, waiting for the person.
        m_summary->setText(tr("%1: %2, %3, %4.")
                               .arg(tr("%n open request(s)", nullptr, int(m_items.size())),
                                    tr("%n overdue", nullptr, overdue),
                                    tr("%n due within five working days", nullptr, thisWeek),
                                    tr("%n waiting for the person", nullptr, waiting)));
}

} // namespace pc
