#pragma once

// Test helper: reads tests/fixtures and checks that every fixture file has a test row, so a fixture
// added without a test fails the suite. Each test owns the file-name prefixes listed in fixtureOwners().

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nd::test {

inline QString fixturesDir()
{
    return QStringLiteral(NUMBERDESK_TEST_FIXTURES_DIR);
}

// "vendor/status-response-cancel-pm.json" -> its bytes, exactly as stored.
inline QByteArray readFixture(const QString &relativePath)
{
    QFile file(fixturesDir() + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

inline QStringList fixtureFolders()
{
    return {QStringLiteral("vendor"), QStringLiteral("malformed"), QStringLiteral("variants")};
}

// File-name prefix -> the test that must cover every such file.
inline QMap<QString, QString> fixtureOwners()
{
    return {
        {QStringLiteral("status-"), QStringLiteral("tst_orderparser")},
        {QStringLiteral("order-"), QStringLiteral("tst_orderparser")},
        {QStringLiteral("request-"), QStringLiteral("tst_orderparser")},
        {QStringLiteral("number-"), QStringLiteral("tst_orderparser")},
        {QStringLiteral("provision-"), QStringLiteral("tst_orderparser")},
        {QStringLiteral("error-"), QStringLiteral("tst_problemdetailsparser")},
        {QStringLiteral("token-"), QStringLiteral("tst_tokenresponseparser")},
    };
}

// Every fixture as "folder/name".
inline QStringList allFixtures()
{
    QStringList paths;
    for (const QString &folder : fixtureFolders()) {
        const QStringList names = QDir(fixturesDir() + QLatin1Char('/') + folder).entryList(QDir::Files);
        for (const QString &name : names)
            paths.append(folder + QLatin1Char('/') + name);
    }
    return paths;
}

inline QString ownerOf(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    const QMap<QString, QString> owners = fixtureOwners();
    for (auto it = owners.constBegin(); it != owners.constEnd(); ++it) {
        if (name.startsWith(it.key()))
            return it.value();
    }
    return {};
}

// Fixtures this test owns that no row of it uses.
inline QStringList uncoveredFixtures(const QString &testName, const QSet<QString> &covered)
{
    QStringList missing;
    const QStringList paths = allFixtures();
    for (const QString &path : paths) {
        if (ownerOf(path) == testName && !covered.contains(path))
            missing.append(path);
    }
    return missing;
}

} // namespace nd::test
