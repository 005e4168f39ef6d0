#pragma once

// Fills the small label beside a form field with what is wrong with it: the local check's issues
// and the server's messages for that field, coloured by the worst one; hidden when all is well.
// Used by StatusChangeForm.

#include "request/ValidationIssue.h"

#include <QList>
#include <QStringList>

class QLabel;

namespace nd {

void showFieldIssues(
    QLabel *label, const QList<ValidationIssue> &issues, const QStringList &serverMessages = {});

} // namespace nd
