#include "IdAccessDialog.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

namespace {
enum Column { Name, SignIn, Role, Access, ColumnCount };
}

IdAccessDialog::IdAccessDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("idAccessDialog"));
    setWindowTitle(tr("Access to identity document copies"));
    auto *about = new QLabel(tr("Copies of identity documents are kept encrypted in the register until the identity "
                                "check. Officers given access read them from any desk; viewers never do, and a backup "
                                "never holds them. An officer gets a key the first time they open the register; an "
                                "officer who holds the vault key then gives them access here."));
    about->setWordWrap(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("idAccessStatus"));
    m_status->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("idAccessTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sign-in"), tr("Role"), tr("Identity document copies")});
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IdAccessDialog::selectionChanged);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("idAccessProblem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Alert);
    m_grant = new QPushButton(tr("&Give access"));
    m_grant->setObjectName(QStringLiteral("idAccessGrant"));
    m_grant->setEnabled(false);
    connect(m_grant, &QPushButton::clicked, this, [this] { grantSelected(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_grant, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(720, 460);
    reload();
}

void IdAccessDialog::reload()
{
    // The session's own key first: opening it makes it the first time.
    const auto vault = intake::IdVault::session(m_db);
    const Result<bool> holds = vault ? vault.value()->hasAccess(m_db) : Result<bool>(vault.error());
    m_holdsVault = holds && holds.value();
    if (!holds)
        m_status->setText(holds.errorMessage());
    else
        m_status->setText(m_holdsVault ? tr("You hold the vault key: you may give access to the officers who wait for it.")
                                       : tr("You have not been given access yet: an officer who holds the vault key "
                                            "gives it to you here, on their desk."));
    setTone(m_status, m_holdsVault ? Tone::Good : Tone::Warning);

    const auto users = intake::IdVault::accessList(m_db);
    m_users = users ? users.value() : QList<intake::IdVault::Access>();
    m_problem->setText(users ? QString() : users.errorMessage());
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const intake::IdVault::Access &user = m_users.at(row);
        QString access;
        Tone tone = Tone::Muted;
        if (user.role == QLatin1String("viewer")) {
            access = tr("Never (viewers read the registers only)");
        } else if (user.holdsVault) {
            access = tr("Reads them");
            tone = Tone::Good;
        } else if (user.hasKey) {
            access = tr("Waiting to be given access");
            tone = Tone::Warning;
        } else {
            access = tr("Has not opened the register yet");
        }
        m_table->setItem(row, Name, new QTableWidgetItem(user.displayName.isEmpty() ? user.username : user.displayName));
        m_table->setItem(row, SignIn, new QTableWidgetItem(user.username));
        m_table->setItem(row, Role, new QTableWidgetItem(codes::label(CodeList::UserRole, user.role)));
        auto *state = new QTableWidgetItem(access);
        state->setForeground(toneColor(tone, palette()));
        m_table->setItem(row, Access, state);
    }
    m_table->resizeColumnsToContents();
    selectionChanged();
}

void IdAccessDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool waiting = row >= 0 && row < m_users.size() && m_users.at(row).hasKey && !m_users.at(row).holdsVault
                         && m_users.at(row).role != QLatin1String("viewer");
    m_grant->setEnabled(m_holdsVault && waiting);
}

bool IdAccessDialog::grantSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size())
        return false;
    const auto vault = intake::IdVault::session(m_db);
    const Status granted = vault ? vault.value()->grant(m_db, m_users.at(row).username) : Status(vault.error());
    if (!granted) {
        m_problem->setText(granted.errorMessage());
        return false;
    }
    m_problem->clear();
    reload();
    m_table->selectRow(row);
    return true;
}

} // namespace pc
