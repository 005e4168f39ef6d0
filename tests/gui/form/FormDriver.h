#pragma once

// Drives the real status-change form the way a user does: widgets found by objectName, keys and
// clicks through QTest, paste through the clipboard. Shared by the form's GUI tests.

#include "desk/NumberRowsModel.h"
#include "gui/form/NumbersTableView.h"
#include "gui/form/StatusChangeForm.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace nd::test {

template<typename T> T *widget(QWidget *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no widget named %s", name);
    return found;
}

class FormDriver
{
public:
    explicit FormDriver(StatusChangeForm *form) : m_form(form) { }

    QComboBox *changeTypeCombo() const { return widget<QComboBox>(m_form, "changeTypeCombo"); }
    QDateEdit *effectiveDateEdit() const { return widget<QDateEdit>(m_form, "effectiveDateEdit"); }
    QLineEdit *areaCodeEdit() const { return widget<QLineEdit>(m_form, "areaCodeEdit"); }
    QLineEdit *zipCodeEdit() const { return widget<QLineEdit>(m_form, "zipCodeEdit"); }
    NumbersTableView *table() const { return widget<NumbersTableView>(m_form, "numbersTable"); }
    QPushButton *submitButton() const { return widget<QPushButton>(m_form, "submitButton"); }
    QPushButton *abandonButton() const { return widget<QPushButton>(m_form, "abandonButton"); }
    QLabel *label(const char *name) const { return widget<QLabel>(m_form, name); }
    NumberRowsModel *model() const { return m_form->numbersModel(); }

    // Picks the change type with the keyboard, as a user without a mouse would.
    void chooseChangeType(ChangeType type)
    {
        QComboBox *combo = changeTypeCombo();
        const int target = combo->findData(int(type));
        combo->setFocus();
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    // Pastes `text` into the numbers table at its first row with Ctrl+V.
    void paste(const QString &text)
    {
        QApplication::clipboard()->setText(text);
        NumbersTableView *view = table();
        view->setFocus();
        view->setCurrentIndex(model()->index(0, NumberRowsModel::NumberColumn));
        QTest::keySequence(view, QKeySequence::Paste);
    }

    void pasteNumbers(const QStringList &numbers) { paste(numbers.join(QLatin1Char('\n'))); }

    // Types into one cell through the cell editor, then Enter.
    void typeIntoCell(int row, int column, const QString &text, bool commit = true)
    {
        NumbersTableView *view = table();
        const QModelIndex cell = model()->index(row, column);
        view->setFocus();
        view->setCurrentIndex(cell);
        view->edit(cell);
        QWidget *editor = view->indexWidget(cell);
        if (!editor)
            qFatal("no editor opened");
        QTest::keyClicks(editor, text);
        if (commit)
            QTest::keyClick(editor, Qt::Key_Return);
    }

    // Opens the editor of one cell, as a double-click would, without typing anything yet.
    void startEditing(int row, int column)
    {
        NumbersTableView *view = table();
        view->setFocus();
        view->setCurrentIndex(model()->index(row, column));
        view->edit(view->currentIndex());
    }

    // A click on a cell, which selects it alone.
    void clickCell(int row, int column)
    {
        NumbersTableView *view = table();
        const QModelIndex cell = model()->index(row, column);
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
    }

    QString checkText(int row) const
    {
        return model()->index(row, NumberRowsModel::CheckColumn).data().toString();
    }
    int severity(int row) const
    {
        return model()->index(row, NumberRowsModel::CheckColumn).data(NumberRowsModel::SeverityRole).toInt();
    }

private:
    StatusChangeForm *m_form;
};

} // namespace nd::test
