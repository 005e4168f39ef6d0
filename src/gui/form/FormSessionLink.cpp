#include "gui/form/FormSessionLink.h"

#include "gui/common/UserPrompts.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/form/StatusChangeForm.h"

#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcFormLink, "numberdesk.gui.form.session")
}

FormSessionLink::FormSessionLink(StatusChangeSession *session, StatusChangeForm *form, QObject *parent)
    : QObject(parent), m_session(session), m_form(form)
{
    connect(form, &StatusChangeForm::submitRequested, this, &FormSessionLink::submit);
    connect(form, &StatusChangeForm::abandonRequested, this, &FormSessionLink::abandon);
    connect(session, &StatusChangeSession::confirmationNeeded, this, &FormSessionLink::askToConfirm);
    connect(session, &StatusChangeSession::refused, form, [form](StatusChangeSession::Refusal why) {
        if (why == StatusChangeSession::Refusal::Invalid)
            form->revalidate(); // the rows say which rule
    });
    connect(session, &StatusChangeSession::sending, form, [form] {
        form->clearServerErrors();
        form->setBusy(true);
    });
    connect(session, &StatusChangeSession::failed, form,
        [form](const ApiError &error, const ValidatedRequest &sent) {
            // Read-only while sending; the rows must be editable again before errors point at them.
            form->setBusy(false);
            form->showServerErrors(error, sent);
        });
    connect(session, &StatusChangeSession::finished, form, [form] { form->setBusy(false); });
}

void FormSessionLink::submit()
{
    if (m_session && m_form)
        m_session->submit(m_form->request());
}

void FormSessionLink::abandon()
{
    if (m_session)
        m_session->abandon();
}

void FormSessionLink::askToConfirm(const StatusChangeSession::Confirmation &confirmation)
{
    if (!m_form) {
        // Nobody to ask: an unanswered question would hold every later send as busy.
        if (m_session)
            m_session->decline();
        return;
    }
    qCInfo(lcFormLink) << "asking the agent to confirm";
    auto *dialog = new ConfirmChangeDialog(confirmation.request, confirmation.today, m_form->window());
    dialog->setUnresolvedWarning(confirmation.unresolved);
    UserPrompts::ask(dialog, this, [this](bool accepted) {
        if (!m_session)
            return;
        if (accepted)
            m_session->confirm();
        else
            m_session->decline();
    });
}

} // namespace nd
