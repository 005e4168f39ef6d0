#include "gui/results/OrderErrorBox.h"

#include "gui/common/Announcer.h"
#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "gui/common/ResultsTexts.h"
#include "ui_ResultsErrorBox.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>

namespace nd {

OrderErrorBox::OrderErrorBox(QWidget *parent) : QFrame(parent), m_ui(std::make_unique<Ui::OrderErrorBox>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->errorTitleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->errorTitleLabel->setFont(title);
    QFont caution = m_ui->cautionLabel->font();
    caution.setBold(true);
    m_ui->cautionLabel->setFont(caution);
    // A red edge marks the box without colouring the text, in the danger colour of the current
    // scheme. (By class name: the form that holds the box gives it its own object name.)
    PaletteFollower::followStyleSheet(this, [](const DeskColours &colours) {
        return QStringLiteral("nd--OrderErrorBox { border: 1px solid %1; border-left: 6px solid %1; "
                              "border-radius: 4px; }")
            .arg(colours.edge(Tone::Danger).name());
    });
    connect(m_ui->copyForSupportButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_supportText); });
}

OrderErrorBox::~OrderErrorBox() = default;

void OrderErrorBox::setError(const ApiError &error, const QDateTime &when)
{
    m_error = error;
    m_when = when;
    m_ui->errorTitleLabel->setText(error.title.isEmpty() ? tr("The request failed") : error.title);
    QString message = error.message;
    if (!error.fieldErrors.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("The problems are marked next to the fields and numbers they concern in the form.");
    m_ui->errorMessageLabel->setText(message);
    m_ui->errorMessageLabel->setVisible(!message.isEmpty());
    m_ui->cautionLabel->setText(results::mayHaveActedCaution());
    m_ui->cautionLabel->setVisible(error.serverMayHaveActed());
    m_ui->traceIdLabel->setText(
        error.traceId.isEmpty() ? tr("No trace id was given.") : tr("Trace id: %1").arg(error.traceId));
    m_supportText = results::supportTicketText(error, when);

    // Interrupts: a failed request is the one thing the agent must not miss.
    QStringList heard {m_ui->errorTitleLabel->text(), message};
    if (error.serverMayHaveActed())
        heard << m_ui->cautionLabel->text();
    heard.removeAll(QString());
    Announcer::announce(this, heard.join(QLatin1Char('\n')), Announcer::Urgency::Assertive);
}

void OrderErrorBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_error)
            setError(*m_error, m_when);
    }
    QFrame::changeEvent(event);
}

} // namespace nd
