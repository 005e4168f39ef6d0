#pragma once

// The request side of the desk: change type (with its plain-language explanation), effective date,
// area code / zip code, and the numbers table. Re-validates on every edit with the core's
// validateRequest, shows each finding beside its field or row, keeps Send disabled (with the reason)
// while anything blocks, and takes the server's field errors back onto the right field and row.
// Which inputs apply comes from the rules table (ruleFor), never from a copy here.
// Owned by MainWindow; FormSessionLink hands request() to the session and shows its answers here.

#include "request/StatusChangeRequest.h"
#include "request/ValidationResult.h"
#include "response/ApiError.h"

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <memory>

namespace Ui {
class StatusChangeForm;
}

class QMenu;

namespace nd {

class NumberRowsModel;

class StatusChangeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChangeForm)

public:
    explicit StatusChangeForm(QWidget *parent = nullptr);
    ~StatusChangeForm() override;

    ChangeType changeType() const;
    void setChangeType(ChangeType type);
    void setEffectiveDate(const QDate &date);

    // What the user typed, including fields the change type does not use (validateRequest ignores them).
    StatusChangeRequest request() const;
    const ValidationResult &validation() const { return m_validation; }
    bool canSubmit() const;
    bool hasContent() const;
    NumberRowsModel *numbersModel() const { return m_numbers; }

    // Empties every input except the change type; the date goes back to today.
    void clear();
    // While a request is on its way the inputs are read-only (server errors map back onto these rows).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Sending is off for a reason outside the form (e.g. the journal could not record an answer):
    // the inputs stay editable, Send is disabled and the reason shows beside it. Empty lifts it.
    void holdSending(const QString &reason);

    // Puts the server's field errors beside their field or row. `sent` maps the server's row indexes
    // (positions in the sent list) back to table rows.
    void showServerErrors(const ApiError &error, const ValidatedRequest &sent);
    void clearServerErrors();

    // The table's row commands as menu entries with shortcuts, for the window's Edit menu.
    void addRowActions(QMenu *menu);

    // Re-checks everything (also called when the date may have become "past" overnight).
    void revalidate();

signals:
    void submitRequested();
    void abandonRequested();
    void submittableChanged(bool canSubmit);
    void changeTypeChanged(nd::ChangeType type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDatesTheLocaleWay();
    void dimDisabledPlaceholders();
    void retranslate();
    void onChangeTypeChosen();
    void onFieldEdited(const QString &field);
    void applyRules();
    void showValidation();
    void updateCount();
    void showRowDetail();

    std::unique_ptr<Ui::StatusChangeForm> m_ui;
    NumberRowsModel *m_numbers = nullptr;
    ValidationResult m_validation;
    QHash<QString, QStringList> m_serverFieldMessages; // request-level field -> server messages
    bool m_busy = false;
    QString m_held; // why sending is held; empty when it is not
    bool m_lastSubmittable = false;
    QString m_announcedReason; // the reason beside Send a screen reader heard last
};

} // namespace nd
