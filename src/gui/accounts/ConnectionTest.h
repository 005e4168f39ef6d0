#pragma once

// "Test connection" for a profile being edited: asks that server for a token with the address and
// account typed, through a throw-away ApiClient (the desk's own client and its tokens stay untouched),
// and reports the server's exact answer. Used by ProfilesDialog.

#include "network/Credentials.h"
#include "response/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace nd {

class ApiCall;
class ApiClient;

class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override; // a test still running is abandoned

    // The desk's client, offered the token a successful test obtains (ApiClient::offerTokens), so the
    // desk does not ask for another one for the same server and account.
    void setDeskClient(ApiClient *desk);
    void start(const QUrl &baseUrl, const Credentials &credentials);
    bool isRunning() const { return !m_call.isNull(); }

signals:
    void finished(bool succeeded, const QString &text);

private:
    ApiClient *m_client = nullptr;
    QPointer<ApiClient> m_desk;
    QPointer<ApiCall> m_call;
};

} // namespace nd
