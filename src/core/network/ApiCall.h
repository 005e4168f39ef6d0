#pragma once

// One conversation with the API on the user's behalf: get a token, send, read the answer. Emits
// exactly one of orderReceived / connectionVerified / failed, then finished, then deletes itself.
//
// The one retry it ever makes: a 401 (the server did not act) gets one fresh token and one resend.
// Nothing else is retried automatically, because resending a cancel or swap could act twice.

#include "network/TokenProvider.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace nd {

class OneShotBody;
class ReplyBodyLimit;
struct TransportContext;

class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    enum class Operation { StatusChange, OrderLookup, ConnectionTest };

    struct Spec
    {
        Operation operation = Operation::StatusChange;
        QUrl tokenScope; // the endpoint URL the token must be issued for
        QUrl url; // what is actually requested (may add a query)
        QByteArray body; // POST body; empty means GET
        int transferTimeoutMs = 30000;
    };

    ApiCall(Spec spec, QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent);
    ~ApiCall() override;

    Operation operation() const { return m_spec.operation; }
    // True once any of the request may have reached the server (conservative: a body byte handed to
    // the socket counts), which is what "outcome unknown" hinges on.
    bool requestWasSent() const;
    int attempts() const { return m_attempts; } // status-change sends; at most 2 (after a 401)
    bool isFinished() const { return m_finished; }

    // The user stopped waiting. The reply is dropped; if the request had left, the message says the
    // server may still carry it out. An answer already read is delivered instead: it is what happened.
    void abandon();

    void start();

signals:
    void requestSent(); // the request (not the token request) left this computer
    void answerRead(); // the answer is read; orderReceived follows in the next event-loop turn
    void orderReceived(const nd::Order &order);
    void connectionVerified();
    void failed(const nd::ApiError &error);
    void finished();

private:
    void onToken(const TokenOutcome &outcome);
    void send(const QByteArray &token);
    void onReply(QNetworkReply *reply, ReplyBodyLimit *limit, const TransportContext &transport);
    ApiError tooLargeError(int status, qint64 maxBytes) const;
    void onSuccessBody(const QByteArray &body);
    void renewTokenAndResend();
    void deliverAnswer();
    void succeedWith(const Order &order);
    void failWith(const ApiError &error);

    Spec m_spec;
    QNetworkAccessManager *m_network;
    QPointer<TokenProvider> m_tokens;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_body;
    int m_attempts = 0;
    bool m_renewedAfter401 = false;
    quint64 m_generation = 0; // TokenProvider::generation() when the call started
    bool m_requestSent = false;
    bool m_finished = false;
    std::optional<Order> m_answer; // read, not yet delivered (see onSuccessBody)
};

} // namespace nd
