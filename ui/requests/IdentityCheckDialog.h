#pragma once

#include "domain/Requests.h"
#include "intake/Mrz.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace pc {

class DateField;

// Records how a requester's identity was checked. The copies of identity
// documents kept with the request are read in the background, their
// machine-readable zone checked against the requester's name, and the
// outcome, the document's type and the last characters of its number
// proposed; the officer confirms or corrects. Recording the check destroys
// the copies: the dialog says so.
class IdentityCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    // `copies`: the identity documents' bytes (decrypted, in memory) with
    // their file names; none when the identity was checked otherwise.
    IdentityCheckDialog(const RightsRequest &request, const QList<Attachment> &copies, const QString &verifier,
                        QWidget *parent = nullptr);
    ~IdentityCheckDialog() override;

    IdentityCheck check() const;
    // Whether the copies have been read (always true without copies).
    bool isRead() const { return m_read; }

private:
    void readingFinished();
    void propose(const std::optional<intake::MrzData> &zone);
    void validate();

    RightsRequest m_request;
    int m_copies = 0;
    bool m_read = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<std::optional<intake::MrzData>> m_watcher;

    QLabel *m_reading = nullptr;
    QProgressBar *m_progress = nullptr;
    DateField *m_on = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_document = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_verifier = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace pc
