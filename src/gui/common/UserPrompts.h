#pragma once

// Every modal question the desk asks (confirm a destructive change, a past date, discarding the form)
// goes through here, so there is one place that shows dialogs without a nested event loop (open() +
// a callback) and one test hook to answer them in advance, like KeePassXC's MessageBox::setNextAnswer.
// Used by FormSessionLink and MainWindow; GUI tests preset answers with setNextAnswer().

#include <QObject>
#include <QStringList>
#include <functional>

class QDialog;
class QWidget;

namespace nd {

class UserPrompts final
{
public:
    enum class Answer { Accept, Reject };

    UserPrompts() = delete;

    // Shows `dialog` window-modal and calls `then(accepted)` once it is answered, unless `context` is
    // gone by then. Takes ownership of `dialog` (deleted after the answer).
    static void ask(QDialog *dialog, QObject *context, std::function<void(bool accepted)> then);

    // A yes/no question whose default and focused button is the safe one (`rejectText`).
    static QDialog *question(QWidget *parent, const QString &objectName, const QString &title,
        const QString &text, const QString &acceptText, const QString &rejectText);

    // Test hook: the next prompts are not shown but answered at once, in order.
    static void setNextAnswer(Answer answer);
    static void clearNextAnswers();
    // Object names of the prompts asked (shown or answered by the hook), oldest first; tests read it.
    static QStringList askedPrompts();
    static void clearAskedPrompts();
};

} // namespace nd
