#include "RetentionView.h"

#include "widgets/Dialogs.h"
#include "widgets/TableColumns.h"
#include "widgets/Tones.h"
#include "core/Dates.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QGuiApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pc {
namespace {

enum Column { Left, Ends, Person, Rule, Outcome, Trigger, Hold, ColumnCount };


// Days ahead the countdown looks, by the choice in its list.
constexpr int kHorizons[] = {0, 30, 90, 365, 5 * 366};

QTableWidgetItem *cell(const QString &text, const QColor &colour = QColor())
{
    auto *item = new QTableWidgetItem(text);
    if (colour.isValid())
        item->setForeground(colour);
    return item;
}

// Waits for work done in another thread, the window painted meanwhile, a
// busy indicator shown when it takes more than a moment.
template<typename T>
T waitFor(QFuture<T> future, const QString &label, QWidget *parent)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    progress.setValue(0);
    if (!future.isFinished())
        loop.exec();
    progress.reset();
    return future.result();
}

} // namespace

RetentionView::RetentionView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("retentionCountdown"));
    m_pool.setMaxThreadCount(1);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_withinCaption = new QLabel;
    m_within = new QComboBox;
    m_within->setObjectName(QStringLiteral("countdownWithin"));
    m_withinCaption->setBuddy(m_within);
    for (int i = 0; i < int(std::size(kHorizons)); ++i)
        m_within->addItem(QString(), kHorizons[i]);
    m_within->setCurrentIndex(1);
    connect(m_within, &QComboBox::currentIndexChanged, this, [this] { refresh(m_organizationId); });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("countdownSummary"));
    m_purge = new QPushButton;
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    connect(m_purge, &QPushButton::clicked, this, &RetentionView::purge);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("countdownTable"));
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
            Q_EMIT subjectOpened(m_items.at(row).subjectId);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_withinCaption);
    top->addWidget(m_within);
    top->addWidget(m_purge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, [this] {
        const Load load = m_watcher.result();
        if (load.generation != m_generation)
            return;
        m_loading = false;
        m_items = load.items;
        m_total = load.total;
        m_ended = load.ended;
        m_held = load.held;
        m_error = load.error;
        showItems();
        Q_EMIT loaded();
    });
    retranslateUi();
}

RetentionView::~RetentionView()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void RetentionView::setDatabase(Database *db)
{
    m_db = db;
}

void RetentionView::setMayPurge(bool may)
{
    m_purge->setEnabled(may);
    retranslateUi();
}

void RetentionView::refresh(RowId organizationId)
{
    m_organizationId = organizationId;
    if (!m_db)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_summary->setText(tr("Reading…"));
    const ConnectionSpec spec = m_db->spec();
    const QDate today = QDate::currentDate();
    const QDate until = today.addDays(m_within->currentData().toInt());
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [spec, organizationId, today, until, generation]() {
        Load load;
        load.generation = generation;
        auto db = Database::open(spec, OpenMode::ReadOnly);
        if (!db) {
            load.error = db.errorMessage();
            return load;
        }
        const auto items = retention::duePurges(*db.value(), until, organizationId, kShownRows);
        if (!items) {
            load.error = items.errorMessage();
            return load;
        }
        load.items = items.value();
        const auto counts = retention::countDue(*db.value(), today, until, organizationId);
        if (!counts) {
            load.error = counts.errorMessage();
            return load;
        }
        load.total = counts->periods;
        load.ended = counts->ended;
        load.held = counts->held;
        return load;
    }));
}

void RetentionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RetentionView::retranslateUi()
{
    m_title->setText(tr("Retention countdown"));
    m_withinCaption->setText(tr("&Periods ending:"));
    const QStringList horizons = {tr("already ended"), tr("within 30 days"), tr("within 90 days"),
                                  tr("within a year"), tr("within five years")};
    for (int i = 0; i < horizons.size(); ++i)
        m_within->setItemText(i, horizons.at(i));
    m_purge->setText(tr("Purge what is due…"));
    m_purge->setToolTip(m_purge->isEnabled() ? QString() : tr("A purge is an administrator's to run."));
    m_purge->setToolTip(tr("Shows exactly who would be deleted or anonymised today, then purges them in one go"));
    m_table->setHorizontalHeaderLabels({tr("Left"), tr("Period ends"), tr("Person"), tr("Rule"), tr("Then"),
                                        tr("Counted from"), tr("Legal hold")});
    // Names, rules and reasons give up width, elided; figures and dates keep theirs.
    for (const int column : {Person, Rule, Hold})
        m_table->horizontalHeaderItem(column)->setData(kElasticColumnRole, true);
    showItems();
}

void RetentionView::showItems()
{
    const QLocale locale;
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The countdown could not be read: %1").arg(m_error));
        m_table->setRowCount(0);
        return;
    }
    if (m_loading)
        return;
    QString summary = tr("%n period(s)", nullptr, int(m_total)) + QStringLiteral(" · ")
        + tr("%n already ended", nullptr, int(m_ended)) + QStringLiteral(" · ")
        + tr("%n under a legal hold", nullptr, int(m_held));
    if (m_total > m_items.size())
        summary += QStringLiteral(" · ") + tr("the %n soonest shown", nullptr, int(m_items.size()));
    m_summary->setText(summary);
    const QDate today = QDate::currentDate();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const retention::DuePurge &item = m_items.at(row);
        const qint64 days = today.daysTo(item.purgeOn);
        const QColor colour = item.isHeld()  ? toneColor(Tone::Muted, palette())
                              : days < 0     ? toneColor(Tone::Alert, palette())
                              : days <= 30   ? toneColor(Tone::Warning, palette())
                                             : QColor();
        const QString left = days < 0    ? tr("ended %n day(s) ago", nullptr, int(-days))
                             : days == 0 ? tr("ends today")
                                         : tr("%n day(s)", nullptr, int(days));
        m_table->setItem(row, Left, cell(left, colour));
        m_table->setItem(row, Ends, cell(dates::toText(item.purgeOn, locale), colour));
        m_table->setItem(row, Person, cell(item.subjectName));
        m_table->setItem(row, Rule, cell(item.rule));
        m_table->setItem(row, Outcome, cell(codes::label(CodeList::RetentionOutcome, item.outcome)));
        m_table->setItem(row, Trigger, cell(tr("%1, %2").arg(codes::label(CodeList::RetentionTrigger, item.triggerEvent),
                                                             dates::toText(item.triggerOn, locale))));
        m_table->setItem(row, Hold, cell(item.holdReason, toneColor(Tone::Muted, palette())));
    }
    fitColumns(m_table);
}

void RetentionView::purge()
{
    if (!m_db)
        return;
    // What the purge took is announced to every screen; this one reads its list again at once.
    if (runPurgeDialog(*m_db, m_organizationId, this))
        refresh(m_organizationId);
}

namespace {

// The people the purge takes, then those a legal hold keeps, greyed.
QTableWidget *purgeTable(const retention::PurgePlan &plan, QWidget *parent)
{
    const QLocale locale;
    auto *table = new QTableWidget(0, 7);
    table->setObjectName(QStringLiteral("purgeTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setHorizontalHeaderLabels({RetentionView::tr("Person"), RetentionView::tr("Rule"),
                                      RetentionView::tr("Period ended"), RetentionView::tr("Then"),
                                      RetentionView::tr("Consent events"), RetentionView::tr("Requests"),
                                      RetentionView::tr("Documents / hold")});
    const int shown = int(std::min<qsizetype>(plan.people.size() + plan.held.size(), RetentionView::kShownRows));
    table->setRowCount(shown);
    int row = 0;
    for (const QList<retention::PurgeCandidate> *list : {&plan.people, &plan.held}) {
        for (const retention::PurgeCandidate &c : *list) {
            if (row >= shown)
                break;
            const bool held = !c.holdReason.isEmpty();
            const QColor colour = held ? toneColor(Tone::Muted, parent ? parent->palette() : QGuiApplication::palette()) : QColor();
            table->setItem(row, 0, cell(c.subjectName, colour));
            table->setItem(row, 1, cell(c.rule, colour));
            table->setItem(row, 2, cell(dates::toText(c.purgeOn, locale), colour));
            table->setItem(row, 3, cell(held ? RetentionView::tr("kept: legal hold")
                                             : codes::label(CodeList::RetentionOutcome, c.outcome),
                                        colour));
            table->setItem(row, 4, cell(locale.toString(c.consentEvents), colour));
            table->setItem(row, 5, cell(locale.toString(c.requests), colour));
            table->setItem(row, 6, cell(held ? c.holdReason : locale.toString(c.documents), colour));
            ++row;
        }
    }
    table->resizeColumnsToContents();
    return table;
}

// The list of who goes, then the officer's confirmation, twice.
bool confirmPurge(const retention::PurgePlan &plan, const QDate &today, QWidget *parent)
{
    const QLocale locale;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("purgeDialog"));
    dialog.setWindowTitle(RetentionView::tr("Purge what is due"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(
        RetentionView::tr("On %1, the last retention period of these people has ended: %2 to delete, %3 to "
                          "anonymise. Their consent history, requests and documents go with them; each leaves a "
                          "tombstone in the register. %4 are kept under a legal hold; %5 are left to an archive.")
            .arg(locale.toString(today, QLocale::LongFormat), locale.toString(plan.count(QStringLiteral("delete"))),
                 locale.toString(plan.count(QStringLiteral("anonymise"))), locale.toString(plan.held.size()),
                 locale.toString(plan.archived)));
    summary->setObjectName(QStringLiteral("purgeSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    QTableWidget *table = purgeTable(plan, parent);
    layout->addWidget(table, 1);
    const int shown = table->rowCount();
    if (plan.people.size() + plan.held.size() > shown) {
        layout->addWidget(new QLabel(RetentionView::tr("The first %1 of %2 are listed; the purge takes them all.")
                                         .arg(locale.toString(shown),
                                              locale.toString(plan.people.size() + plan.held.size()))));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *go = buttons->addButton(
        RetentionView::tr("Purge %n person(s)", nullptr, int(plan.people.size())), QDialogButtonBox::DestructiveRole);
    go->setObjectName(QStringLiteral("purgeNow"));
    go->setEnabled(!plan.people.isEmpty());
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(go, &QPushButton::clicked, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.resize(960, 560);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    if (MessageBox::warning(parent, RetentionView::tr("Purge"),
                             RetentionView::tr("Delete or anonymise %n person(s) now? This cannot be undone.", nullptr,
                                               int(plan.people.size())),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return false;
    }
    return true;
}

// What the purge did, and its report offered to be saved.
void offerPurgeReport(Database &db, const retention::PurgeResult &done, QWidget *parent)
{
    const QLocale locale;
    QMessageBox result(QMessageBox::Information, RetentionView::tr("Purge"),
                       RetentionView::tr("%1 people purged (%2 rows), %3 kept under a legal hold. The report lists "
                                         "the tombstones, never a name.")
                           .arg(locale.toString(done.subjects), locale.toString(done.rowsAffected),
                                locale.toString(done.held)),
                       QMessageBox::Close, parent);
    QPushButton *save = result.addButton(RetentionView::tr("Save the report…"), QMessageBox::ActionRole);
    if (MessageBox::exec(result) == save) {
        const QString path = FileDialog::getSaveFileName(
            parent, RetentionView::tr("Save the purge report"),
            RetentionView::tr("purge-%1.pdf").arg(done.runId), RetentionView::tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) {
            const QString language = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
            const auto pdf = retention::purgeReportPdf(db, done.runId, language);
            QSaveFile file(path);
            if (!pdf || !file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
                MessageBox::warning(parent, RetentionView::tr("Purge"),
                                     RetentionView::tr("The report could not be saved: %1")
                                         .arg(pdf ? file.errorString() : pdf.errorMessage()));
            }
        }
    }
}

} // namespace

bool runPurgeDialog(Database &db, RowId organizationId, QWidget *parent)
{
    const ConnectionSpec spec = db.spec();
    const QDate today = QDate::currentDate();
    const auto plan = waitFor(QtConcurrent::run([spec, today, organizationId]() -> Result<retention::PurgePlan> {
                                  auto reader = Database::open(spec, OpenMode::ReadOnly);
                                  if (!reader)
                                      return reader.error();
                                  return retention::planPurge(*reader.value(), today, organizationId);
                              }),
                              RetentionView::tr("Finding who is due…"), parent);
    if (!plan) {
        MessageBox::warning(parent, RetentionView::tr("Purge"),
                             RetentionView::tr("Who is due could not be found: %1").arg(plan.errorMessage()));
        return false;
    }
    if (!confirmPurge(plan.value(), today, parent))
        return false;
    const QString actor = db.actor();
    const retention::PurgePlan work = plan.value();
    const auto done = waitFor(QtConcurrent::run([spec, actor, work]() -> Result<retention::PurgeResult> {
                                  // A connection of its own, recording in the audit trail as this officer.
                                  auto writer = openUpToDate(spec, OpenMode::ReadWrite);
                                  if (!writer)
                                      return writer.error();
                                  writer.value()->setActor(actor);
                                  return retention::executePurge(*writer.value(), work);
                              }),
                              RetentionView::tr("Purging %n person(s)…", nullptr, int(work.people.size())), parent);
    if (!done) {
        MessageBox::critical(parent, RetentionView::tr("Purge"),
                              RetentionView::tr("The purge failed and changed nothing: %1").arg(done.errorMessage()));
        return false;
    }
    offerPurgeReport(db, done.value(), parent);
    return true;
}
} // namespace pc
