#include "gui/form/FieldIssueLabel.h"

#include "gui/common/PaletteFollower.h"

#include <QCoreApplication>
#include <QLabel>

namespace nd {

void showFieldIssues(QLabel *label, const QList<ValidationIssue> &issues, const QStringList &serverMessages)
{
    QStringList lines;
    std::optional<Severity> worst;
    for (const QString &message : serverMessages) {
        lines << QCoreApplication::translate("StatusChangeForm", "Server: %1").arg(message);
        worst = Severity::Error;
    }
    for (const ValidationIssue &issue : issues) {
        lines << issue.message;
        if (!worst || issue.severity > *worst)
            worst = issue.severity;
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
    colourLabel(label, worst);
    // The severity travels with the text for tests and screen readers.
    label->setProperty("severity", worst ? int(*worst) : -1);
}

} // namespace nd
