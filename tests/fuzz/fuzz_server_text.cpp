// The scrubbing every piece of server text passes before the UI, the journal, the CSV export and the
// logs see it. Contract: the length cap holds, and no bearer credential or activation code survives.

#include "FuzzInput.h"
#include "response/ServerText.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = nd::fuzz::text(data, size);
    static const QRegularExpression activationCode(
        QStringLiteral(R"(\bLPA:[^\s"'<>]+)"), QRegularExpression::CaseInsensitiveOption);
    for (const int cap : {60, 300}) {
        const QString safe = nd::safeServerText(text, cap);
        nd::fuzz::require(safe.size() <= cap, "server text is capped");
        nd::fuzz::require(!activationCode.match(safe).hasMatch(), "no activation code survives");
    }
    (void)nd::quotedServerValue(text);
    return 0;
}
