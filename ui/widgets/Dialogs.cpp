#include "Dialogs.h"

#include <QAbstractButton>
#include <QDialog>
#include <QInputDialog>
#include <QPushButton>

#include <optional>
#include <variant>

namespace pc {
namespace {

std::function<void(QDialog &)> &nextHandler()
{
    static std::function<void(QDialog &)> handler;
    return handler;
}

using Answer = std::variant<QMessageBox::StandardButton, QMessageBox::ButtonRole>;

QList<Answer> &nextAnswers()
{
    static QList<Answer> answers;
    return answers;
}

QStringList &answered()
{
    static QStringList texts;
    return texts;
}

std::optional<QStringList> &nextNames()
{
    static std::optional<QStringList> names;
    return names;
}

// The button of the box that the answer set beforehand names.
QAbstractButton *answering(QMessageBox &box, const Answer &answer)
{
    if (const auto *standard = std::get_if<QMessageBox::StandardButton>(&answer))
        return box.button(*standard);
    const auto role = std::get<QMessageBox::ButtonRole>(answer);
    for (QAbstractButton *button : box.buttons()) {
        if (box.buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

std::optional<QStringList> takeNames()
{
    std::optional<QStringList> names;
    names.swap(nextNames());
    return names;
}

} // namespace

namespace dialogs {

int exec(QDialog &dialog)
{
    std::function<void(QDialog &)> handler;
    handler.swap(nextHandler());
    if (!handler)
        return dialog.exec();
    dialog.show();
    handler(dialog);
    if (dialog.isVisible())
        dialog.reject();
    return dialog.result();
}

void setNextHandler(std::function<void(QDialog &)> handler)
{
    nextHandler() = std::move(handler);
}

bool handlerPending()
{
    return bool(nextHandler());
}

QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode mode,
                const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(mode);
    dialog.setTextValue(text);
    const bool accepted = exec(dialog) == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current,
                bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (current >= 0 && current < items.size())
        dialog.setTextValue(items.at(current));
    const bool accepted = exec(dialog) == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace dialogs

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                    Buttons buttons, Button defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    QAbstractButton *clicked = exec(box);
    if (!clicked)
        return box.escapeButton() ? box.standardButton(box.escapeButton()) : QMessageBox::NoButton;
    return box.standardButton(clicked);
}

QAbstractButton *MessageBox::exec(QMessageBox &box)
{
    if (nextAnswers().isEmpty()) {
        box.exec();
        return box.clickedButton();
    }
    answered() << box.text();
    return answering(box, nextAnswers().takeFirst());
}

void MessageBox::setNextAnswer(Button button)
{
    nextAnswers() << Answer(button);
}

void MessageBox::setNextAnswer(QMessageBox::ButtonRole role)
{
    nextAnswers() << Answer(role);
}

bool MessageBox::answerPending()
{
    return !nextAnswers().isEmpty();
}

QString MessageBox::lastText()
{
    return answered().value(answered().size() - 1);
}

QStringList MessageBox::answeredTexts()
{
    return answered();
}

void MessageBox::forgetAnswers()
{
    nextAnswers().clear();
    answered().clear();
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (auto names = takeNames())
        return names->value(0);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                         const QString &filter)
{
    if (auto names = takeNames())
        return *names;
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter, QFileDialog::Options options)
{
    if (auto names = takeNames())
        return names->value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr, options);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &folder)
{
    if (auto names = takeNames())
        return names->value(0);
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

void FileDialog::setNextFileName(const QString &name)
{
    nextNames() = QStringList{name};
}

void FileDialog::setNextFileNames(const QStringList &names)
{
    nextNames() = names;
}

bool FileDialog::namePending()
{
    return nextNames().has_value();
}

void FileDialog::forgetNames()
{
    nextNames().reset();
}

} // namespace pc
