#pragma once

#include "domain/Requests.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace pc {

class Database;

// The case file above a request's form: the next steps the law allows, the
// letters to send, the person concerned (found or added in the register,
// their data exported or erased), the dated history of every step and the
// documents kept with the request (letters, replies, exports, and the
// identity documents' copies until the identity check is recorded, with the
// days left before they are destroyed).
// Each action is recorded at once in its own transaction; the panel then
// says which request changed.
class CasePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(QWidget *parent = nullptr);
    void setDatabase(Database *db) { m_db = db; }
    // The request as stored (not as being edited); nothing when id is 0.
    void showRequest(const RightsRequest &request, bool editing);
    // Whether the form holds unsaved changes: the actions wait for them.
    void setEditing(bool editing);

Q_SIGNALS:
    void requestChanged(RowId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillSteps();
    void fillHistory();
    void fillDocuments();
    // The stored document selected in the list, with its bytes.
    std::optional<Attachment> selectedDocument();
    void viewDocument();
    void saveDocument();
    void recordStep(int step);
    void writeLetter();
    void findPerson();
    void exportData();
    void erasePerson();
    // Records in the ledger the consents this request withdraws.
    void withdrawConsents();
    void addIdCopy();
    void recordIdentityCheck();
    void destroyIdCopies();
    // The request's identity document copies not destroyed yet.
    QList<Attachment> liveIdCopies();
    bool ready() const;
    void report(const QString &title, const QString &error);

    Database *m_db = nullptr;
    RightsRequest m_request;
    bool m_editing = false;
    QToolButton *m_step = nullptr;
    QPushButton *m_letter = nullptr;
    QToolButton *m_person = nullptr;
    QToolButton *m_identity = nullptr;
    int m_liveIdCopies = 0;
    QLabel *m_historyCaption = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_documentsCaption = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_view = nullptr;
    QPushButton *m_saveCopy = nullptr;
};

} // namespace pc
