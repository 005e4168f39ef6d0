#pragma once

// The desk's main window: the connection banner (where the next request goes), the status-change
// form and the results side by side, menus and shortcuts, status bar, and what is remembered between
// sessions. Sending is delegated to SubmissionFlow; the window only wires actions to it.
// Created by main.cpp and by the GUI tests.

#include "network/Credentials.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace nd {

class ApiClient;
class DeskSettings;
class ResultsPanel;
class StatusChangeForm;
class SubmissionFlow;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points the client (and the banner) at a server and account. The secret stays in memory only.
    void setConnection(const QUrl &baseUrl, const Credentials &credentials);
    // Demo mode: requests to this base URL are training requests and the banner says so.
    void setSandboxBaseUrl(const QUrl &baseUrl);
    void openConnectionDialog();
    void newRequest();

    StatusChangeForm *form() const;
    ResultsPanel *results() const { return m_results; }
    SubmissionFlow *submission() const { return m_submission; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void refreshConnection();
    void updateActions();
    void showAbout();
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DeskSettings> m_settings;
    ApiClient *m_client;
    ResultsPanel *m_results = nullptr;
    SubmissionFlow *m_submission = nullptr;
    Credentials m_credentials;
    std::optional<QUrl> m_sandboxBaseUrl;
};

} // namespace nd
