#include "gui/accounts/ConnectionTest.h"

#include "gui/common/ResultsTexts.h"
#include "network/ApiClient.h"

#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcConnectionTest, "numberdesk.gui.connectiontest")
}

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent), m_client(new ApiClient(this)) { }

ConnectionTest::~ConnectionTest()
{
    // Quietly: whoever listens may be half destroyed already (this object dies with its dialog).
    if (m_call) {
        m_call->disconnect(this);
        m_call->abandon();
    }
}

void ConnectionTest::setDeskClient(ApiClient *desk)
{
    m_desk = desk;
}

void ConnectionTest::start(const QUrl &baseUrl, const Credentials &credentials)
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abandon();
    }
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(credentials);
    qCInfo(lcConnectionTest) << "testing the connection to" << baseUrl.host();
    const QString host = baseUrl.host();
    const QString accountKey = credentials.accountKey;
    m_call = m_client->testConnection();
    connect(m_call, &ApiCall::connectionVerified, this, [this, host, accountKey] {
        qCInfo(lcConnectionTest) << "connection test succeeded";
        m_call.clear(); // done: the call deletes itself after this signal
        if (m_desk)
            m_desk->offerTokens(*m_client);
        emit finished(true, tr("Connected: %1 issued a token for %2.").arg(host, accountKey));
    });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &error) {
        qCInfo(lcConnectionTest) << "connection test failed, HTTP" << error.httpStatus;
        m_call.clear();
        emit finished(false, results::errorText(error));
    });
}

} // namespace nd
