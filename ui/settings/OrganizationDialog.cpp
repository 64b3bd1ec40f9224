#include "OrganizationDialog.h"

#include "widgets/Dialogs.h"

#include "register/OrganizationEditor.h"

#include "storage/RegisterRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc {

OrganizationDialog::OrganizationDialog(Database &db, RowId selected, RecordNotifier notify, QWidget *parent)
    : QDialog(parent), m_db(db), m_notify(std::move(notify))
{
    setObjectName(QStringLiteral("organizationDialog"));
    m_organizations = new QComboBox;
    m_organizations->setObjectName(QStringLiteral("organizationChoice"));
    m_new = new QPushButton;
    m_new->setObjectName(QStringLiteral("newOrganization"));
    m_new->setAutoDefault(false);
    m_close = new QPushButton;
    m_close->setAutoDefault(false);
    m_editor = new OrganizationEditor;
    m_editor->setDatabase(&m_db);

    auto *top = new QHBoxLayout;
    top->addWidget(m_organizations, 1);
    top->addWidget(m_new);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);

    connect(m_organizations, &QComboBox::currentIndexChanged, this, &OrganizationDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (Status s = m_editor->startNew(0); !s)
            MessageBox::warning(this, windowTitle(), s.errorMessage());
        m_editor->firstField()->setFocus();
    });
    connect(m_editor, &RecordEditor::saveRequested, this, &OrganizationDialog::save);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_editor->isEnabled() && m_editor->isModified() && m_editor->recordId() > 0) {
            const auto answer = MessageBox::question(
                this, windowTitle(), tr("“%1” has unsaved changes. Discard them?").arg(m_editor->recordLabel()),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard)
                return;
        }
        accept();
    });
    retranslateUi();
    reload(selected);
    resize(620, 720);
}

void OrganizationDialog::reload(RowId select)
{
    const QSignalBlocker blocker(m_organizations);
    m_organizations->clear();
    const auto organizations = RegisterRepository(m_db).organizations();
    if (!organizations) {
        MessageBox::warning(this, windowTitle(), organizations.errorMessage());
        return;
    }
    for (const Organization &o : organizations.value())
        m_organizations->addItem(o.name, o.id);
    m_organizations->setCurrentIndex(qMax(0, m_organizations->findData(select)));
    showSelected();
}

void OrganizationDialog::showSelected()
{
    const RowId id = m_organizations->currentData().toLongLong();
    if (id <= 0) {
        // No organization yet: the form starts a new one.
        (void)m_editor->startNew(0);
        return;
    }
    if (Status s = m_editor->load(id); !s)
        MessageBox::warning(this, windowTitle(), s.errorMessage());
}

void OrganizationDialog::save()
{
    const auto command = m_editor->save(m_notify);
    if (!command) {
        MessageBox::warning(this, windowTitle(), command.errorMessage());
        return;
    }
    const RowId id = m_editor->recordId();
    Q_EMIT commandReady(command.value());
    reload(id);
}

void OrganizationDialog::retranslateUi()
{
    setWindowTitle(tr("Organization details"));
    m_organizations->setToolTip(tr("Organization"));
    m_new->setText(tr("&New organization"));
    m_close->setText(tr("&Close"));
}

void OrganizationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pc
