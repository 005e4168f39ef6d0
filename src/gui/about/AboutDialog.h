#pragma once

// Help → About NumberDesk: the version, the Qt it runs on, which licence covers which program (the
// app, and the GPLv3 sandbox it starts), and every third-party notice in full, read from the
// resources that are also installed with the packages. "About Qt" is one click away.

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace nd {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Resource paths of the documents the notices tab lists, in order (tests read them too).
    static QStringList documentPaths();

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameTexts();
    void showDocument(int row);

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace nd
