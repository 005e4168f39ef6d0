// The connection dialog: base URL checked by the core's rule, the secret hidden, and "Test
// connection" reporting the server's own answer (success or the exact refusal) from the sandbox.

#include "gui/form/ConnectionDialog.h"
#include "network/ApiEndpoints.h"
#include "sandbox/SandboxServer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void remoteHttpUrl_isRefused_andOkDisabled();
    void secret_isHiddenWhileTyping();
    void testConnection_goodCredentials_saysConnected();
    void testConnection_wrongSecret_showsServerAnswerWithoutTheSecret();
    void changedServer_needsTheSecretTypedAgain();

private:
    static QLineEdit *edit(ConnectionDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    }
    static QPushButton *button(ConnectionDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
};

void TestConnectionDialog::remoteHttpUrl_isRefused_andOkDisabled()
{
    ConnectionDialog dialog;
    dialog.show();
    QLineEdit *url = edit(dialog, "baseUrlEdit");
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://api.example.com/v1.0"));
    QTest::keyClicks(edit(dialog, "accountKeyEdit"), QStringLiteral("DID-1"));
    QTest::keyClicks(edit(dialog, "accountSecretEdit"), QStringLiteral("x"));
    auto *issue = dialog.findChild<QLabel *>(QStringLiteral("baseUrlIssue"));
    QVERIFY(issue->isVisible());
    QCOMPARE(issue->text(),
        *ApiEndpoints::problemWithBaseUrl(QUrl(QStringLiteral("http://api.example.com/v1.0"))));
    QVERIFY(!button(dialog, "okButton")->isEnabled());
    QVERIFY(!button(dialog, "testButton")->isEnabled());

    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://api.example.com/v1.0"));
    QVERIFY(issue->isHidden());
    QVERIFY(button(dialog, "okButton")->isEnabled());
}

void TestConnectionDialog::secret_isHiddenWhileTyping()
{
    ConnectionDialog dialog;
    QCOMPARE(edit(dialog, "accountSecretEdit")->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::testConnection_goodCredentials_saysConnected()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    ConnectionDialog dialog;
    dialog.setValues(server.baseUrl(), {server.options().accountKey, server.options().accountSecret});
    dialog.show();
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))
                ->text()
                .contains(server.options().accountKey));
    QTRY_VERIFY(button(dialog, "testButton")->isEnabled());
    QCOMPARE(server.tokensIssued(), 1);
}

void TestConnectionDialog::changedServer_needsTheSecretTypedAgain()
{
    sandbox::SandboxServer given;
    QVERIFY(given.start(0));
    sandbox::SandboxServer other;
    QVERIFY(other.start(0));
    const QString tokenPath = QStringLiteral("/v1.0/oauth2/tokens");
    ConnectionDialog dialog;
    dialog.setValues(given.baseUrl(), {given.options().accountKey, given.options().accountSecret});
    dialog.show();
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    url->selectAll();
    QTest::keyClicks(url, other.baseUrl().toString());
    QVERIFY(!button(dialog, "testButton")->isEnabled());
    QVERIFY(!button(dialog, "okButton")->isEnabled());
    const QString issue = dialog.findChild<QLabel *>(QStringLiteral("baseUrlIssue"))->text();
    QVERIFY2(issue.contains(QLatin1String("type the AccountSecret again")), qPrintable(issue));
    dialog.testConnection();
    QCOMPARE(other.requestCount(tokenPath), 0);

    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("accountSecretEdit"));
    secret->selectAll();
    QTest::keyClicks(secret, other.options().accountSecret);
    QVERIFY(button(dialog, "testButton")->isEnabled());
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(other.requestCount(tokenPath), 1);
}

void TestConnectionDialog::testConnection_wrongSecret_showsServerAnswerWithoutTheSecret()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    ConnectionDialog dialog;
    const QString wrong = QStringLiteral("not-the-secret-42");
    dialog.setValues(server.baseUrl(), {server.options().accountKey, wrong});
    dialog.show();
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(shown.contains(QLatin1String("Invalid account credentials provided")), qPrintable(shown));
    QVERIFY(!shown.contains(wrong));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
