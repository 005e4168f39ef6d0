// The interface language: which shipped language a system's preferences map to, the saved choice in
// ui/language ("" follows the system), and that AppTranslators puts the catalogues and the default
// locale into effect and takes them out again. The catalogues are the real ones, embedded by CMake.

#include "i18n/AppTranslators.h"
#include "i18n/LanguageChoice.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

namespace {
// A message every catalogue translates; its Spanish and French are in translations/*.ts.
QString resultsTitle()
{
    return QCoreApplication::translate("ResultsPanel", "Results");
}
} // namespace

class tst_LanguageChoice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shippedLanguages_englishFirst_eachNamedInItsOwnLanguage();
    void bestShipped_takesTheFirstShippedSystemLanguage_data();
    void bestShipped_takesTheFirstShippedSystemLanguage();
    void nothingSaved_followsTheSystem();
    void savedChoice_survivesReload();
    void unknownCode_isSavedAsFollowTheSystem();
    void languageToApply_keepsAShippedChoice_elseFollowsTheSystem();
    void apply_installsTheCatalogue_andTheLocale_data();
    void apply_installsTheCatalogue_andTheLocale();
    void apply_unshippedLanguage_fallsBackToEnglish();
    void apply_qtsOwnCatalogue_translatesStandardButtons();
    void destruction_uninstallsEverything();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("numberdesk.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LanguageChoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(AppTranslators::catalogueDirectory() + QStringLiteral("/numberdesk_es.qm")),
        "the test target must embed the catalogues (numberdesk_embed_catalogues)");
}

void tst_LanguageChoice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_LanguageChoice::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_LanguageChoice::shippedLanguages_englishFirst_eachNamedInItsOwnLanguage()
{
    const QList<ShippedLanguage> &languages = shippedLanguages();
    QCOMPARE(languages.size(), 3);
    QCOMPARE(languages.at(0).code, QStringLiteral("en"));
    QCOMPARE(languages.at(0).nativeName, QStringLiteral("English"));
    QCOMPARE(languages.at(1).code, QStringLiteral("es"));
    QCOMPARE(languages.at(1).nativeName, QStringLiteral("Español"));
    QCOMPARE(languages.at(2).code, QStringLiteral("fr"));
    QCOMPARE(languages.at(2).nativeName, QStringLiteral("Français"));
    QVERIFY(isShipped(QStringLiteral("fr")));
    QVERIFY(!isShipped(QStringLiteral("de")));
    QVERIFY(!isShipped(QString()));
}

void tst_LanguageChoice::bestShipped_takesTheFirstShippedSystemLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Canadian French") << QStringList {QStringLiteral("fr-CA"), QStringLiteral("en-CA")}
                                     << QStringLiteral("fr");
    QTest::newRow("Mexican Spanish, underscore")
        << QStringList {QStringLiteral("es_MX")} << QStringLiteral("es");
    QTest::newRow("German first, then Spanish")
        << QStringList {QStringLiteral("de-DE"), QStringLiteral("es")} << QStringLiteral("es");
    QTest::newRow("British English before French")
        << QStringList {QStringLiteral("en-GB"), QStringLiteral("fr-FR")} << QStringLiteral("en");
    QTest::newRow("nothing shipped") << QStringList {QStringLiteral("de"), QStringLiteral("ja-JP")}
                                     << QStringLiteral("en");
    QTest::newRow("no preference") << QStringList {} << QStringLiteral("en");
}

void tst_LanguageChoice::bestShipped_takesTheFirstShippedSystemLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(bestShipped(uiLanguages), expected);
}

void tst_LanguageChoice::nothingSaved_followsTheSystem()
{
    const QSettings settings(iniPath(), QSettings::IniFormat);
    QCOMPARE(savedLanguage(settings), QString());
    QCOMPARE(effectiveLanguage(settings), bestShipped());
}

void tst_LanguageChoice::savedChoice_survivesReload()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        saveLanguage(settings, QStringLiteral("fr"));
    }
    QSettings reloaded(iniPath(), QSettings::IniFormat);
    QCOMPARE(reloaded.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(savedLanguage(reloaded), QStringLiteral("fr"));
    QCOMPARE(effectiveLanguage(reloaded), QStringLiteral("fr"));

    saveLanguage(reloaded, QString()); // back to following the system
    QCOMPARE(savedLanguage(reloaded), QString());
}

void tst_LanguageChoice::unknownCode_isSavedAsFollowTheSystem()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    saveLanguage(settings, QStringLiteral("de"));
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QString());
    // A file written by a later version that shipped more languages reads as "follow the system".
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("pt"));
    QCOMPARE(savedLanguage(settings), QString());
}

void tst_LanguageChoice::apply_installsTheCatalogue_andTheLocale_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Resultados") << QLocale::Spanish;
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Résultats") << QLocale::French;
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Results") << QLocale::English;
}

void tst_LanguageChoice::apply_installsTheCatalogue_andTheLocale()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QLocale::Language, language);
    AppTranslators translators;
    QVERIFY(translators.apply(code));
    QCOMPARE(translators.current(), code);
    QCOMPARE(resultsTitle(), title);
    QCOMPARE(QLocale().language(), language);
}

void tst_LanguageChoice::apply_unshippedLanguage_fallsBackToEnglish()
{
    AppTranslators translators;
    QVERIFY(translators.apply(QStringLiteral("es")));
    QCOMPARE(resultsTitle(), QStringLiteral("Resultados"));
    QVERIFY(translators.apply(QStringLiteral("de")));
    QCOMPARE(translators.current(), QStringLiteral("en"));
    QCOMPARE(resultsTitle(), QStringLiteral("Results"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void tst_LanguageChoice::apply_qtsOwnCatalogue_translatesStandardButtons()
{
    const QString qtCatalogue
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm");
    if (!QFile::exists(qtCatalogue))
        QSKIP("Qt's French catalogue is not installed here");
    AppTranslators translators;
    QVERIFY(translators.apply(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

void tst_LanguageChoice::destruction_uninstallsEverything()
{
    const bool qtFrench
        = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm"));
    {
        AppTranslators translators;
        QVERIFY(translators.apply(QStringLiteral("fr")));
        QCOMPARE(resultsTitle(), QStringLiteral("Résultats"));
        if (qtFrench) // else Qt's own strings are English throughout and prove nothing below
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }
    QCOMPARE(resultsTitle(), QStringLiteral("Results"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void tst_LanguageChoice::languageToApply_keepsAShippedChoice_elseFollowsTheSystem()
{
    QCOMPARE(languageToApply(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(languageToApply(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(languageToApply(QString()), bestShipped());
    QCOMPARE(languageToApply(QStringLiteral("de")), bestShipped()); // not shipped: as if none were chosen
}

QTEST_GUILESS_MAIN(tst_LanguageChoice)
#include "tst_languagechoice.moc"
