// The translation checks' own rules, on tiny catalogues and forms that break one rule each, so the
// checks CTest runs on the shipped files cannot pass because they check nothing.

#include "CatalogueRules.h"
#include "PseudoLocale.h"
#include "TsCatalogue.h"
#include "UiFormRules.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace nd::i18n;

namespace {

TsCatalogue fixture(const char *name)
{
    QString error;
    std::optional<TsCatalogue> catalogue
        = readTsCatalogue(QStringLiteral(NUMBERDESK_I18N_FIXTURES_DIR "/") + QLatin1String(name), &error);
    if (!catalogue)
        qFatal("%s", qPrintable(error));
    return *catalogue;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    return std::any_of(
        lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(needle); });
}

} // namespace

class I18nRulesTest final : public QObject
{
    Q_OBJECT

private slots:
    void reader_keepsContextSourceCommentAndPluralForms()
    {
        const TsCatalogue catalogue = fixture("finished_fr.ts");
        QCOMPARE(catalogue.language, QStringLiteral("fr"));
        QCOMPARE(catalogue.messages.size(), 3);
        QCOMPARE(catalogue.messages.at(0).source, QStringLiteral("&Send %1"));
        QCOMPARE(catalogue.messages.at(1).comment, QStringLiteral("menu"));
        QVERIFY(catalogue.messages.at(2).numerus);
        QCOMPARE(catalogue.messages.at(2).translations.size(), 2);
        QCOMPARE(catalogue.messages.at(2).context, QStringLiteral("nd::Desk"));
    }

    void finishedCatalogue_hasNoProblems()
    {
        QCOMPARE(catalogueProblems(fixture("finished_fr.ts")), QStringList());
    }

    void unfinishedEmptyObsoleteAndVanished_areEachReported()
    {
        const QStringList problems = catalogueProblems(fixture("unfinished_fr.ts"));
        QCOMPARE(problems.size(), 4);
        QVERIFY(anyContains(problems, QStringLiteral("\"Send\": unfinished")));
        QVERIFY(anyContains(problems, QStringLiteral("\"Cancel\": empty translation")));
        QVERIFY(anyContains(problems, QStringLiteral("\"Retry\": obsolete")));
        QVERIFY(anyContains(problems, QStringLiteral("\"Close\": vanished")));
    }

    void placeholderMismatches_andMissingPluralForms_areReported()
    {
        const QStringList problems = catalogueProblems(fixture("placeholders_es.ts"));
        QVERIFY2(anyContains(
                     problems, QStringLiteral("\"Order %1 for %2\": placeholders %1, the source has %1 %2")),
            qPrintable(problems.join(QLatin1Char('\n'))));
        // %1 is not %L1: the localised number format would be lost.
        QVERIFY(anyContains(problems, QStringLiteral("\"Fee: %L1\": placeholders %1, the source has %L1")));
        QVERIFY(anyContains(problems, QStringLiteral("\"%n number(s)\": placeholders  in plural form 1")));
        QVERIFY(anyContains(problems, QStringLiteral("\"%n order(s)\": 1 plural forms, es needs 2")));
        QCOMPARE(problems.size(), 4);
    }

    void unknownLanguage_isReported()
    {
        TsCatalogue catalogue = fixture("finished_fr.ts");
        catalogue.language = QStringLiteral("tlh");
        QVERIFY(anyContains(catalogueProblems(catalogue), QStringLiteral("unknown language \"tlh\"")));
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QStringLiteral("100 % sure") << QStringList();
        QTest::newRow("numbered") << QStringLiteral("%1 of %2, %12") << QStringList {"%1", "%12", "%2"};
        QTest::newRow("localised") << QStringLiteral("%Ln items, %L1 USD") << QStringList {"%L1", "%Ln"};
        QTest::newRow("plural") << QStringLiteral("%n number(s)") << QStringList {"%n"};
    }
    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QSet<QString> found = placeholdersIn(text);
        QStringList sorted(found.cbegin(), found.cend());
        sorted.sort();
        QCOMPARE(sorted, expected);
    }

    void staleness_reportsMessagesMissingOnEitherSide()
    {
        const QStringList problems = staleMessages(fixture("sources_fresh.ts"), fixture("finished_fr.ts"));
        // "Open" changed its disambiguation, so it is a different message on each side.
        QVERIFY(
            anyContains(problems, QStringLiteral("\"Print cards\": in the sources, not in the catalogue")));
        QVERIFY(
            anyContains(problems, QStringLiteral("\"Open\" (file): in the sources, not in the catalogue")));
        QVERIFY(anyContains(
            problems, QStringLiteral("\"Open\" (menu): in the catalogue, no longer in the sources")));
        QCOMPARE(problems.size(), 3);
        QCOMPARE(staleMessages(fixture("finished_fr.ts"), fixture("finished_fr.ts")), QStringList());
    }

    void uiForm_wordsMarkedNotr_areReported()
    {
        QFile form(QStringLiteral(NUMBERDESK_I18N_FIXTURES_DIR "/notr.ui"));
        QVERIFY(form.open(QIODevice::ReadOnly));
        const QStringList problems = untranslatableUiStrings(&form, QStringLiteral("notr.ui"));
        QVERIFY(anyContains(problems, QStringLiteral("notr.ui:9: headingLabel text \"heading\"")));
        QVERIFY(anyContains(problems, QStringLiteral("keyEdit toolTip \"Paste the key here\"")));
        QVERIFY(anyContains(problems, QStringLiteral("firstTab title \"Details\"")));
        // Not reported: the style sheet (not shown), "DID-…" and " %" (no word), a translatable text.
        QCOMPARE(problems.size(), 3);
    }

    void nonWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("nonWord");
        QTest::newRow("number") << QStringLiteral("42") << true;
        QTest::newRow("symbol") << QStringLiteral("…") << true;
        QTest::newRow("code") << QStringLiteral("DID-…") << true;
        QTest::newRow("word") << QStringLiteral("heading") << false;
        QTest::newRow("capitalised") << QStringLiteral("Details") << false;
        QTest::newRow("accented") << QStringLiteral("É") << true;
    }
    void nonWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, nonWord);
        QCOMPARE(isNonWord(text), nonWord);
    }

    void pseudoTranslation_keepsPlaceholdersAcceleratorsAndTags()
    {
        const QString source = QStringLiteral("&Send %1 of %n <b>numbers</b> &amp; R&&D");
        const QString pseudo = pseudoTranslate(source);
        QCOMPARE(placeholdersIn(pseudo), placeholdersIn(source));
        QVERIFY(pseudo.contains(QLatin1String("&S")));
        QVERIFY(pseudo.contains(QLatin1String("<b>")));
        QVERIFY(pseudo.contains(QLatin1String("</b>")));
        QVERIFY(pseudo.contains(QLatin1String("&amp;")));
        QVERIFY(pseudo.contains(QLatin1String("&&")));
        QVERIFY(!pseudo.contains(QLatin1String("numbers")));
        QVERIFY(pseudo.contains(QChar(0x00F1))); // ñ: the letters carry accents
    }

    void pseudoTranslation_isAboutFortyPercentLonger()
    {
        const QString source = QStringLiteral("Change the status of these numbers");
        const double ratio = double(pseudoTranslate(source).size()) / double(source.size());
        QVERIFY2(ratio >= 1.35 && ratio <= 1.5, qPrintable(QString::number(ratio)));
        QCOMPARE(pseudoTranslate(QString()), QString());
    }

    void pseudoRichText_staysRichText()
    {
        const QString pseudo = pseudoTranslate(QStringLiteral("<p>Read the <a href=\"x\">notice</a></p>"));
        QVERIFY(pseudo.startsWith(QLatin1String("<p>")));
        QVERIFY(pseudo.endsWith(QLatin1String("</p>")));
        QVERIFY(pseudo.contains(QLatin1String("<a href=\"x\">")));
    }

    void pseudoCatalogue_isFinishedWithEveryPluralForm()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        QVERIFY(writePseudoCatalogue(fixture("finished_fr.ts"), &buffer));
        buffer.seek(0);
        QString error;
        const std::optional<TsCatalogue> pseudo = readTsCatalogue(&buffer, &error);
        QVERIFY2(pseudo, qPrintable(error));
        QCOMPARE(pseudo->language, QStringLiteral("en"));
        QCOMPARE(pseudo->messages.size(), 3);
        QCOMPARE(pseudo->messages.at(1).comment, QStringLiteral("menu"));
        QCOMPARE(pseudo->messages.at(2).translations.size(), 2);
        QCOMPARE(catalogueProblems(*pseudo), QStringList());
    }
};

QTEST_GUILESS_MAIN(I18nRulesTest)
#include "tst_i18nrules.moc"
