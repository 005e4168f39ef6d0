#include "gui/preferences/PreferencesDialog.h"

#include "gui/form/DeskSettings.h"
#include "ui_PreferencesDialog.h"

#include <QPushButton>

namespace nd {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->supportLineEdit->setText(DeskSettings().supportLine());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    DeskSettings().saveSupportLine(m_ui->supportLineEdit->text());
    QDialog::accept();
}

} // namespace nd
