#pragma once

#include <QDateTime>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace pc {

// A date (or date and time) that may be left empty, typed in the UI
// language's short format or in ISO 8601, or picked from a calendar. What
// cannot be read as a date is kept as typed and reported, never replaced.
class DateField final : public QWidget
{
    Q_OBJECT

public:
    enum class Precision { Day, Minute };
    explicit DateField(Precision precision = Precision::Day, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    void setDateTime(const QDateTime &dateTime);
    // Invalid when empty or unreadable.
    QDate date() const;
    QDateTime dateTime() const;
    bool isEmpty() const;
    // Empty, or a date that exists.
    bool isAcceptable() const;
    QString text() const;
    // How the field expects a date to be written, in the reader's letters
    // ("dd/mm/yyyy", "jj/mm/aaaa").
    QString expectedFormat() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Shown, selectable, not typed in: a date the application computes.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString format() const;
    QString render(const QDateTime &value) const;
    QDateTime parse(const QString &text) const;
    void showCalendar();

    Precision m_precision;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_pick = nullptr;
    // What was set, so an untouched field gives back exactly that value
    // (seconds included), whatever the display rounds.
    QDateTime m_set;
    QString m_setText;
    QDateTime m_lastValue;   // the text as last read
};

} // namespace pc
