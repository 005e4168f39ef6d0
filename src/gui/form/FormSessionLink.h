#pragma once

// The form's side of a status change: Send and Abandon ask the StatusChangeSession, its questions are
// answered through ConfirmChangeDialog (UserPrompts), and the form shows what comes back (read-only
// while sending, the rules again when the request was refused as invalid, field errors of a refusal).
// Decides nothing about sending: the session does.

#include "session/StatusChangeSession.h"

#include <QObject>
#include <QPointer>

namespace nd {

class StatusChangeForm;

class FormSessionLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormSessionLink)

public:
    FormSessionLink(StatusChangeSession *session, StatusChangeForm *form, QObject *parent = nullptr);

    void submit(); // what the form holds now
    void abandon();

private:
    void askToConfirm(const StatusChangeSession::Confirmation &confirmation);

    QPointer<StatusChangeSession> m_session;
    QPointer<StatusChangeForm> m_form;
};

} // namespace nd
