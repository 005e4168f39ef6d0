#pragma once

// The organisation's settings for the desk. For now one: the support line printed on customer cards.
// Opened from Edit → Preferences; saves through DeskSettings when accepted.

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace nd {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace nd
