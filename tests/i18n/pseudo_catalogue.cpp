// Build-time generator of the pseudo-locale catalogue (see PseudoLocale.h):
//   numberdesk-pseudo-catalogue <source-catalogue.ts> <pseudo.ts>

#include "PseudoLocale.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using namespace nd::i18n;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 3) {
        err << "usage: numberdesk-pseudo-catalogue <source-catalogue.ts> <pseudo.ts>\n";
        return 2;
    }
    QString error;
    const std::optional<TsCatalogue> catalogue = readTsCatalogue(arguments.at(1), &error);
    if (!catalogue) {
        err << error << '\n';
        return 1;
    }
    QSaveFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly) || !writePseudoCatalogue(*catalogue, &out) || !out.commit()) {
        err << arguments.at(2) << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
