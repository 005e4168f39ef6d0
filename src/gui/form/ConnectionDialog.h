#pragma once

// Where the next requests go until connection profiles exist: base URL, AccountKey and AccountSecret
// for this session, in memory only (never QSettings, never logs). "Test connection" asks that server
// for a token with a throw-away client and shows the server's exact answer. Opened by MainWindow.

#include "network/Credentials.h"
#include "response/ApiError.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <optional>

namespace Ui {
class ConnectionDialog;
}

namespace nd {

class ConnectionTest;

class ApiCall;
class ApiClient;

class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setValues(const QUrl &baseUrl, const Credentials &credentials);
    QUrl baseUrl() const;
    Credentials credentials() const;
    // Why OK is disabled, or nullopt.
    std::optional<QString> problem() const;

    void testConnection();
    bool isTesting() const;
    // A successful test's token is offered to `desk` (ApiClient::offerTokens).
    void setDeskClient(ApiClient *desk);

signals:
    void testFinished(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void showTestResult(bool succeeded, const QString &text);
    std::optional<QString> secretForAnotherServer() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QUrl m_secretServer; // the server the prefilled secret was given for; empty once the user types one
    ConnectionTest *m_test = nullptr; // a throw-away client: the desk's own stays untouched until OK
};

} // namespace nd
