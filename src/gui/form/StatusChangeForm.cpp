#include "gui/form/StatusChangeForm.h"

#include "desk/ErrorRows.h"
#include "desk/NumberRowsModel.h"
#include "gui/common/Announcer.h"
#include "gui/common/ButtonActions.h"
#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "gui/form/FieldIssueLabel.h"
#include "i18n/LocaleFormat.h"
#include "request/RequestValidator.h"
#include "response/ServerText.h"
#include "ui_StatusChangeForm.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcForm, "numberdesk.gui.form")

// Request-level fields the form has a place for; anything else the server names goes under the
// change type as a message about the request as a whole.
bool hasOwnLabel(const QString &field)
{
    return field == RequestField::EffectiveDate || field == RequestField::AreaCode
        || field == RequestField::ZipCode || field == RequestField::PhoneNumbers;
}
} // namespace

StatusChangeForm::StatusChangeForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StatusChangeForm>()), m_numbers(new NumberRowsModel(this))
{
    m_ui->setupUi(this);
    showDatesTheLocaleWay();
    dimDisabledPlaceholders();
    m_ui->numbersTable->setModel(m_numbers);
    QHeaderView *header = m_ui->numbersTable->horizontalHeader();
    header->resizeSection(NumberRowsModel::NumberColumn, 150);
    header->resizeSection(NumberRowsModel::IccidColumn, 170);
    connect(m_ui->numbersTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &StatusChangeForm::showRowDetail);

    for (const ChangeTypeRule &rule : changeTypeRules()) {
        m_ui->changeTypeCombo->addItem(changeTypeTitle(rule.type), int(rule.type));
        m_ui->changeTypeCombo->setItemData(
            m_ui->changeTypeCombo->count() - 1, changeTypeExplanation(rule.type), Qt::ToolTipRole);
    }
    m_ui->effectiveDateEdit->setDate(QDate::currentDate());
    // Quieter than the labels, still AA on the window; computed again when the theme changes.
    PaletteFollower::followTextColour(
        m_ui->locationHint, [](const DeskColours &colours) { return colours.mutedText(); });

    connect(
        m_ui->changeTypeCombo, &QComboBox::currentIndexChanged, this, &StatusChangeForm::onChangeTypeChosen);
    connect(m_ui->effectiveDateEdit, &QDateEdit::dateChanged, this,
        [this] { onFieldEdited(RequestField::EffectiveDate); });
    connect(
        m_ui->areaCodeEdit, &QLineEdit::textChanged, this, [this] { onFieldEdited(RequestField::AreaCode); });
    connect(
        m_ui->zipCodeEdit, &QLineEdit::textChanged, this, [this] { onFieldEdited(RequestField::ZipCode); });
    connect(m_numbers, &NumberRowsModel::numbersEdited, this,
        [this] { onFieldEdited(RequestField::PhoneNumbers); });
    connect(m_ui->addRowButton, &QPushButton::clicked, m_ui->numbersTable, &NumbersTableView::editNewRow);
    connect(m_ui->removeRowsButton, &QPushButton::clicked, m_ui->numbersTable,
        &NumbersTableView::removeSelectedRows);
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] {
        if (canSubmit())
            emit submitRequested();
    });

    connect(m_ui->abandonButton, &QPushButton::clicked, this, &StatusChangeForm::abandonRequested);
    m_ui->abandonButton->hide();

    applyRules();
    revalidate();
}

StatusChangeForm::~StatusChangeForm() = default;

ChangeType StatusChangeForm::changeType() const
{
    return static_cast<ChangeType>(m_ui->changeTypeCombo->currentData().toInt());
}

void StatusChangeForm::setChangeType(ChangeType type)
{
    const int index = m_ui->changeTypeCombo->findData(int(type));
    if (index >= 0)
        m_ui->changeTypeCombo->setCurrentIndex(index);
}

void StatusChangeForm::setEffectiveDate(const QDate &date)
{
    m_ui->effectiveDateEdit->setDate(date);
}

StatusChangeRequest StatusChangeForm::request() const
{
    StatusChangeRequest request;
    request.changeType = changeType();
    request.effectiveDate = m_ui->effectiveDateEdit->date();
    request.areaCode = m_ui->areaCodeEdit->text();
    request.zipCode = m_ui->zipCodeEdit->text();
    request.numbers = m_numbers->entries();
    return request;
}

bool StatusChangeForm::canSubmit() const
{
    return !m_busy && m_held.isEmpty() && m_validation.request.has_value();
}

void StatusChangeForm::holdSending(const QString &reason)
{
    if (m_held == reason)
        return;
    m_held = reason;
    showValidation();
}

bool StatusChangeForm::hasContent() const
{
    if (!m_ui->areaCodeEdit->text().trimmed().isEmpty() || !m_ui->zipCodeEdit->text().trimmed().isEmpty())
        return true;
    const QList<NumberEntry> &entries = m_numbers->entries();
    return std::any_of(entries.cbegin(), entries.cend(), [](const NumberEntry &entry) {
        return !entry.number.trimmed().isEmpty() || !entry.iccid.trimmed().isEmpty();
    });
}

void StatusChangeForm::clear()
{
    m_serverFieldMessages.clear();
    m_ui->areaCodeEdit->clear();
    m_ui->zipCodeEdit->clear();
    m_ui->effectiveDateEdit->setDate(QDate::currentDate());
    m_numbers->clear();
    revalidate();
}

void StatusChangeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        dimDisabledPlaceholders();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusChangeForm::retranslate()
{
    m_ui->retranslateUi(this);
    // Items are renamed in place: the chosen change type and everything typed stay as they are.
    for (int i = 0; i < m_ui->changeTypeCombo->count(); ++i) {
        const auto type = static_cast<ChangeType>(m_ui->changeTypeCombo->itemData(i).toInt());
        m_ui->changeTypeCombo->setItemText(i, changeTypeTitle(type));
        m_ui->changeTypeCombo->setItemData(i, changeTypeExplanation(type), Qt::ToolTipRole);
    }
    m_ui->changeTypeExplanation->setText(changeTypeExplanation(changeType()));
    showDatesTheLocaleWay();
    emit m_numbers->headerDataChanged(Qt::Horizontal, 0, m_numbers->columnCount() - 1);
    revalidate(); // the checks' reasons, the count and the Send button's reason, in the new language
}

void StatusChangeForm::showDatesTheLocaleWay()
{
    // The effective date in the language's own order with a four-digit year ("12/02/2026" in English,
    // "02/12/2026" in Spanish, "2026-12-02" in French), the order the confirmation and the results use
    // too; a screen reader is told the order in words.
    const QString format = dateEditFormat();
    m_ui->effectiveDateEdit->setDisplayFormat(format);
    QStringList order;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar field = format.at(i);
        if (i > 0 && format.at(i - 1) == field)
            continue;
        if (field == QLatin1Char('d'))
            order << tr("day");
        else if (field == QLatin1Char('M'))
            order << tr("month");
        else if (field == QLatin1Char('y'))
            order << tr("year");
    }
    //: %1 is the order of the date's fields in words, e.g. "month/day/year".
    m_ui->effectiveDateEdit->setAccessibleDescription(
        tr("When the change takes effect, %1; today by default. A past date must be confirmed before sending")
            .arg(order.join(QLatin1Char('/'))));
}

void StatusChangeForm::dimDisabledPlaceholders()
{
    // Styles paint a placeholder in the same colour whether or not its box is enabled, so a disabled
    // "e.g. 201" looked like a box waiting for input beside the greyed date. Disabled, it takes the
    // colour of disabled text, like every other input of the form.
    for (QLineEdit *edit : {m_ui->areaCodeEdit, m_ui->zipCodeEdit}) {
        QPalette palette = edit->palette();
        const QColor disabledText = DeskColours(palette).disabledPlaceholderText();
        if (palette.color(QPalette::Disabled, QPalette::PlaceholderText) == disabledText)
            continue; // also ends the PaletteChange this very call causes
        palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabledText);
        edit->setPalette(palette);
    }
}

void StatusChangeForm::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->inputsPanel->setEnabled(!busy);
    m_ui->abandonButton->setVisible(busy);
    showValidation();
}

void StatusChangeForm::showServerErrors(const ApiError &error, const ValidatedRequest &sent)
{
    // Every number the server names (path, Errors key or Detail text) marks the row it was typed in.
    const ErrorRows named = rowsNamedByError(error, sent);
    m_serverFieldMessages.clear();
    if (!named.outOfRange.isEmpty())
        m_serverFieldMessages[RequestField::PhoneNumbers] << named.outOfRange;
    for (const FieldError &fieldError : named.unplaced) {
        const QString message = fieldError.messages.join(QLatin1Char(' '));
        m_serverFieldMessages[hasOwnLabel(fieldError.field) ? fieldError.field : QString()] << message;
    }
    QHash<int, QString> rows;
    for (auto it = named.messagesByRow.cbegin(); it != named.messagesByRow.cend(); ++it)
        rows.insert(it.key(), it.value().join(QLatin1Char(' ')));
    qCDebug(lcForm) << "server errors on" << rows.size() << "rows and" << m_serverFieldMessages.size()
                    << "fields";
    m_numbers->setServerErrors(rows);
    showValidation();
    if (!named.messagesByRow.isEmpty()) {
        // With hundreds of rows the agent must not hunt: go to the first one the server named.
        const QModelIndex first
            = m_numbers->index(named.messagesByRow.firstKey(), NumberRowsModel::NumberColumn);
        m_ui->numbersTable->setCurrentIndex(first);
        m_ui->numbersTable->scrollTo(first, QAbstractItemView::PositionAtCenter);
        m_ui->numbersTable->setFocus(Qt::OtherFocusReason);
    }
}

void StatusChangeForm::clearServerErrors()
{
    m_serverFieldMessages.clear();
    m_numbers->clearServerErrors();
    showValidation();
}

void StatusChangeForm::revalidate()
{
    m_validation = validateRequest(request(), QDate::currentDate());
    m_numbers->setValidation(m_validation);
    showValidation();
}

void StatusChangeForm::onChangeTypeChosen()
{
    m_serverFieldMessages.remove(RequestField::StatusChange);
    m_serverFieldMessages.remove(QString());
    applyRules();
    revalidate();
    emit changeTypeChanged(changeType());
}

void StatusChangeForm::onFieldEdited(const QString &field)
{
    m_serverFieldMessages.remove(field);
    revalidate();
}

void StatusChangeForm::applyRules()
{
    const ChangeTypeRule &rule = ruleFor(changeType());
    // Disabled, not cleared: the text comes back if the user switches to a type that uses it.
    m_ui->areaCodeEdit->setEnabled(rule.usesAreaCode);
    m_ui->areaCodeLabel->setEnabled(rule.usesAreaCode);
    m_ui->zipCodeEdit->setEnabled(rule.usesZipCode);
    m_ui->zipCodeLabel->setEnabled(rule.usesZipCode);
    m_ui->locationHint->setEnabled(rule.usesAreaCode || rule.usesZipCode);
    m_ui->changeTypeExplanation->setText(changeTypeExplanation(rule.type));
    m_numbers->setChangeType(rule.type);
}

void StatusChangeForm::showValidation()
{
    const ChangeTypeRule &rule = ruleFor(changeType());
    const auto server = [this](const QString &field) { return m_serverFieldMessages.value(field); };
    showFieldIssues(m_ui->effectiveDateIssue, m_validation.issuesForField(RequestField::EffectiveDate),
        server(RequestField::EffectiveDate));
    showFieldIssues(m_ui->areaCodeIssue,
        rule.usesAreaCode ? m_validation.issuesForField(RequestField::AreaCode) : QList<ValidationIssue>(),
        server(RequestField::AreaCode));
    showFieldIssues(m_ui->zipCodeIssue,
        rule.usesZipCode ? m_validation.issuesForField(RequestField::ZipCode) : QList<ValidationIssue>(),
        server(RequestField::ZipCode));
    // On an untouched form "enter a number" is said once, beside Send, not shouted beside the table.
    const bool typedNumbers = hasContent();
    showFieldIssues(m_ui->numbersIssue,
        typedNumbers ? m_validation.issuesForField(RequestField::PhoneNumbers) : QList<ValidationIssue>(),
        server(RequestField::PhoneNumbers));
    showFieldIssues(m_ui->changeTypeIssue, {}, server(RequestField::StatusChange) + server(QString()));
    // A hidden label still leaves its row's spacing in a QFormLayout; drop the row while it is empty.
    m_ui->fieldsLayout->setRowVisible(m_ui->changeTypeIssue, !m_ui->changeTypeIssue->text().isEmpty());

    QString reason;
    std::optional<Severity> reasonSeverity;
    if (m_busy) {
        reason = tr("Sending… Wait for the answer, or abandon waiting (Esc).");
        reasonSeverity = Severity::Note;
    } else if (!m_held.isEmpty()) {
        reason = m_held;
        reasonSeverity = Severity::Error;
    } else if (const QString blocking = m_validation.firstBlockingReason(); !blocking.isEmpty()) {
        reason = blocking;
        reasonSeverity = Severity::Error;
    } else if (m_validation.hasWarnings()) {
        reason = tr("Ready to send; look at the warnings first.");
        reasonSeverity = Severity::Warning;
    }
    m_ui->submitReasonLabel->setText(reason);
    // Said aloud when it changes: the reason sits beside Send, far from the cell being typed in.
    // Not while sending (the results say that) nor before the form is on screen.
    if (reason != m_announcedReason && !m_busy && isVisible())
        Announcer::announce(m_ui->submitReasonLabel, reason);
    m_announcedReason = reason;
    colourLabel(m_ui->submitReasonLabel, reasonSeverity);
    m_ui->submitButton->setEnabled(canSubmit());
    m_ui->submitButton->setToolTip(literalText(reason)); // may quote what was typed
    updateCount();
    showRowDetail();

    if (canSubmit() != m_lastSubmittable) {
        m_lastSubmittable = canSubmit();
        emit submittableChanged(m_lastSubmittable);
    }
}

void StatusChangeForm::addRowActions(QMenu *menu)
{
    addButtonAction(menu, m_ui->addRowButton, "nd::StatusChangeForm",
        QT_TRANSLATE_NOOP("nd::StatusChangeForm", "Add ro&w"), QKeySequence(Qt::CTRL | Qt::Key_I));
    addButtonAction(menu, m_ui->removeRowsButton, "nd::StatusChangeForm",
        QT_TRANSLATE_NOOP("nd::StatusChangeForm", "Remo&ve selected rows"),
        QKeySequence(Qt::CTRL | Qt::Key_D));
}

void StatusChangeForm::showRowDetail()
{
    // The Check column is too narrow for a whole sentence: the row with the cursor gets it in full.
    const QModelIndex current = m_ui->numbersTable->currentIndex();
    QString text;
    int severity = -1;
    if (current.isValid()) {
        const QModelIndex check = m_numbers->index(current.row(), NumberRowsModel::CheckColumn);
        severity = check.data(NumberRowsModel::SeverityRole).toInt();
        if (severity >= 0)
            text = tr("Row %1: %2").arg(QLocale().toString(current.row() + 1), check.data().toString());
    }
    m_ui->rowDetailLabel->setText(text);
    m_ui->rowDetailLabel->setVisible(!text.isEmpty());
    colourLabel(
        m_ui->rowDetailLabel, severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity)));
}

void StatusChangeForm::updateCount()
{
    int ready = 0;
    for (const RowValidation &row : std::as_const(m_validation.rows)) {
        if (!row.isBlank && !row.hasErrors() && !row.duplicateOfRow)
            ++ready;
    }
    if (m_validation.request)
        m_ui->numbersCountLabel->setText(
            tr("Numbers to send: %1").arg(QLocale().toString(m_validation.request->numbers.size())));
    else if (ready > 0)
        m_ui->numbersCountLabel->setText(
            tr("Numbers ready: %1 (fix the others to send)").arg(QLocale().toString(ready)));
    else
        m_ui->numbersCountLabel->clear();
}

} // namespace nd
