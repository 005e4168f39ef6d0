#pragma once

// The path from "Send" to an answer: validate once more, ask when the change is destructive or the
// date is past (UserPrompts + ConfirmChangeDialog), send through ApiClient, show progress and the
// outcome in the ResultsPanel, and hand field errors back to the form. One request at a time: while
// one is in flight, or a confirmation is open, nothing else is sent. Never resends on its own.
// Created by MainWindow, which maps inFlightChanged onto its actions.

#include "journal/JournaledSubmission.h"
#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace nd {

class ApiCall;
class ApiClient;
class ResultsPanel;
class StatusChangeForm;

class SubmissionFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionFlow)

public:
    SubmissionFlow(
        ApiClient *client, StatusChangeForm *form, ResultsPanel *results, QObject *parent = nullptr);

    // Every request goes through the order journal (DeskJournal::send); until one is set, and whenever it
    // refuses, nothing is sent.
    using JournaledSender = std::function<JournaledSend(const ValidatedRequest &)>;
    void setJournaledSender(JournaledSender sender) { m_journaledSender = std::move(sender); }
    // Describes earlier requests with an unknown outcome that touch the same numbers (from the journal);
    // any makes the confirmation dialog demand an explicit "I have checked".
    using UnresolvedCheck = std::function<QStringList(const ValidatedRequest &)>;
    void setUnresolvedCheck(UnresolvedCheck check) { m_unresolvedCheck = std::move(check); }

    void submit();
    // Stops waiting for the answer; the server may still carry out a request that has left.
    void abandon();
    bool isInFlight() const { return !m_call.isNull(); }
    bool isAwaitingConfirmation() const { return m_awaitingConfirmation; }

signals:
    void inFlightChanged(bool inFlight);
    void statusMessage(const QString &message);
    void orderReceived(const nd::Order &order);
    void requestFailed(const nd::ApiError &error);

private:
    void send(const ValidatedRequest &request);
    void refuse(const QString &reason); // shows why nothing was sent
    void onOrder(const Order &order);
    void onFailed(const ApiError &error);
    void onFinished();

    QPointer<ApiClient> m_client;
    QPointer<StatusChangeForm> m_form;
    QPointer<ResultsPanel> m_results;
    QPointer<ApiCall> m_call;
    ValidatedRequest m_sent;
    JournaledSender m_journaledSender;
    UnresolvedCheck m_unresolvedCheck;
    bool m_awaitingConfirmation = false;
};

} // namespace nd
