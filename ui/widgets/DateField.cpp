#include "DateField.h"

#include "core/Dates.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace pc {

DateField::DateField(Precision precision, QWidget *parent) : QWidget(parent), m_precision(precision)
{
    m_edit = new QLineEdit;
    m_edit->setClearButtonEnabled(true);
    m_pick = new QToolButton;
    m_pick->setText(QStringLiteral("…"));
    m_pick->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_lastValue = parse(text);
        Q_EMIT changed();
    });
    connect(m_pick, &QToolButton::clicked, this, &DateField::showCalendar);
    changeEvent(nullptr);
}

QString DateField::format() const
{
    const QString date = dates::shortFormat();
    return m_precision == Precision::Minute ? date + QStringLiteral(" HH:mm") : date;
}

QString DateField::expectedFormat() const
{
    // In the reader's letters: "jj/mm/aaaa" in French.
    const QString day = tr("d", "letter for a day in a date pattern, as in dd/mm/yyyy");
    const QString month = tr("m", "letter for a month in a date pattern, as in dd/mm/yyyy");
    const QString year = tr("y", "letter for a year in a date pattern, as in dd/mm/yyyy");
    const QString hour = tr("h", "letter for an hour in a time pattern, as in hh:mm");
    const QString minute = tr("m", "letter for a minute in a time pattern, as in hh:mm");
    const QString pattern = format();
    QString readable;
    const qsizetype time = pattern.indexOf(QLatin1Char(' '));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i).toLower();
        if (c == QLatin1Char('d'))
            readable += day;
        else if (c == QLatin1Char('m'))
            readable += time >= 0 && i > time ? minute : month;
        else if (c == QLatin1Char('y'))
            readable += year;
        else if (c == QLatin1Char('h'))
            readable += hour;
        else
            readable += c;
    }
    return readable;
}

QString DateField::render(const QDateTime &value) const
{
    if (!value.isValid())
        return QString();
    return QLocale().toString(m_precision == Precision::Minute ? value.toLocalTime() : value, format());
}

QDateTime DateField::parse(const QString &typed) const
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return {};
    if (text == m_setText && m_set.isValid())
        return m_set;
    const QLocale locale;
    QStringList formats = {format()};
    // The same format with one-digit days and months ("3/7/2026").
    QString loose = format();
    loose.replace(QLatin1String("dd"), QLatin1String("d")).replace(QLatin1String("MM"), QLatin1String("M"));
    formats << loose;
    if (m_precision == Precision::Minute) {
        formats << QStringLiteral("yyyy-MM-dd HH:mm") << QStringLiteral("yyyy-MM-ddTHH:mm")
                << QStringLiteral("yyyy-MM-dd HH:mm:ss");
    } else {
        formats << QStringLiteral("yyyy-MM-dd");
    }
    for (const QString &f : std::as_const(formats)) {
        QDateTime value = locale.toDateTime(text, f);
        if (value.isValid())
            return value;
    }
    return {};
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_pick->setVisible(!readOnly);
}

void DateField::setDate(const QDate &date)
{
    setDateTime(date.isValid() ? date.startOfDay() : QDateTime());
}

void DateField::setDateTime(const QDateTime &dateTime)
{
    m_set = dateTime;
    m_setText = render(dateTime);
    m_edit->setText(m_setText);
}

QDate DateField::date() const
{
    return parse(m_edit->text()).date();
}

QDateTime DateField::dateTime() const
{
    return parse(m_edit->text());
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool DateField::isAcceptable() const
{
    return isEmpty() || dateTime().isValid();
}

QString DateField::text() const
{
    return m_edit->text().trimmed();
}

void DateField::showCalendar()
{
    auto *calendar = new QCalendarWidget;
    calendar->setLocale(QLocale());
    calendar->setGridVisible(true);
    const QDateTime current = dateTime();
    calendar->setSelectedDate(current.isValid() ? current.date() : QDate::currentDate());
    QMenu menu;
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu, current](const QDate &picked) {
        const QTime time = current.isValid() ? current.time() : QTime(9, 0);
        const QDateTime value(picked, m_precision == Precision::Minute ? time : QTime(0, 0));
        m_edit->setText(render(value));
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
}

void DateField::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // Re-render a readable value in the new language's format; keep what
        // cannot be read as it was typed.
        // (The text was read in the former language's format.)
        const QDateTime value = m_lastValue;
        if (event && value.isValid()) {
            const bool untouched = m_edit->text().simplified() == m_setText;
            const QString text = render(value);
            if (untouched)
                m_setText = text;
            const QSignalBlocker blocker(m_edit);
            m_edit->setText(text);
            m_lastValue = value;
        }
        m_edit->setPlaceholderText(expectedFormat());
        m_pick->setToolTip(tr("Pick a date"));
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace pc
