#include "gui/common/UserPrompts.h"

#include <QDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QQueue>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcPrompts, "numberdesk.gui.prompts")

QQueue<UserPrompts::Answer> &presetAnswers()
{
    static QQueue<UserPrompts::Answer> answers;
    return answers;
}

QStringList &asked()
{
    static QStringList names;
    return names;
}

bool wasAccepted(QDialog *dialog, int result)
{
    // QMessageBox reports custom buttons by role, not by QDialog::Accepted.
    if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
        const QMessageBox::ButtonRole role = box->buttonRole(box->clickedButton());
        return role == QMessageBox::AcceptRole || role == QMessageBox::YesRole;
    }
    return result == QDialog::Accepted;
}
} // namespace

void UserPrompts::ask(QDialog *dialog, QObject *context, std::function<void(bool accepted)> then)
{
    asked().append(dialog->objectName());
    if (!presetAnswers().isEmpty()) {
        const bool accepted = presetAnswers().dequeue() == Answer::Accept;
        qCDebug(lcPrompts) << "answered by the test hook:" << dialog->objectName() << accepted;
        dialog->deleteLater();
        if (context)
            then(accepted);
        return;
    }
    const QPointer<QObject> guard(context);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, guard, then = std::move(then)](int result) {
        const bool accepted = wasAccepted(dialog, result);
        dialog->deleteLater();
        if (guard)
            then(accepted);
    });
    dialog->open();
}

QDialog *UserPrompts::question(QWidget *parent, const QString &objectName, const QString &title,
    const QString &text, const QString &acceptText, const QString &rejectText)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText); // questions may quote typed or server text
    box->setObjectName(objectName);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton *reject = box->addButton(rejectText, QMessageBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    box->setDefaultButton(reject);
    box->setEscapeButton(reject);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    return box;
}

void UserPrompts::setNextAnswer(Answer answer)
{
    presetAnswers().enqueue(answer);
}

void UserPrompts::clearNextAnswers()
{
    presetAnswers().clear();
}

QStringList UserPrompts::askedPrompts()
{
    return asked();
}

void UserPrompts::clearAskedPrompts()
{
    asked().clear();
}

} // namespace nd
