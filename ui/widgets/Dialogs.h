#pragma once

#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

// The window's dialogs, each opened through one of these functions, so that
// a test can answer them without a person and without polling for them.
namespace pc::dialogs {

// Runs a dialog modally; returns its result (QDialog::Accepted or Rejected).
int exec(QDialog &dialog);

// Tests: the next dialog opened through exec() (or an input dialog below)
// is shown, handed to `handler`, and left (rejected) if the handler did not
// close it; exec() then returns at once with its result.
void setNextHandler(std::function<void(QDialog &)> handler);
// Tests: whether a handler set is still waiting for its dialog.
bool handlerPending();

// QInputDialog's questions, through exec().
QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode mode,
                const QString &text, bool *ok);
QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current,
                bool *ok);

} // namespace pc::dialogs

namespace pc {

// The application's message boxes, as QMessageBox's static functions, with
// KeePassXC's seam for tests: the next box can be answered beforehand, and
// is then not shown; what it said is kept to be checked.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    // A box with buttons of its own: the button clicked, or none when closed.
    static QAbstractButton *exec(QMessageBox &box);

    // Tests: the next box is answered with this standard button, or with its
    // own button of this role; answers set in a row answer boxes in a row.
    static void setNextAnswer(Button button);
    static void setNextAnswer(QMessageBox::ButtonRole role);
    // Tests: whether an answer set is still waiting for its box.
    static bool answerPending();
    // Tests: the texts of the boxes answered beforehand, the last one's.
    static QStringList answeredTexts();
    static QString lastText();
    // Tests: answers not used and texts kept are dropped.
    static void forgetAnswers();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton);
};

// QFileDialog's static functions, with a seam for tests: the next name
// chosen can be given beforehand (an empty one for a cancelled dialog).
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &folder = QString(),
                                   const QString &filter = QString());
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &folder = QString(),
                                        const QString &filter = QString());
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested = QString(),
                                   const QString &filter = QString(), QFileDialog::Options options = {});
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &folder = QString());

    static void setNextFileName(const QString &name);
    static void setNextFileNames(const QStringList &names);
    static bool namePending();
    static void forgetNames();
};

} // namespace pc
