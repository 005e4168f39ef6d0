// The order journal on its own: what each write leaves in the file, interrupted runs, opening old,
// damaged, locked and too-new files, and the history search.

#include "JournalTestSupport.h"
#include "journal/OrderJournal.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace nd;
using journaltest::makeRequest;
using journaltest::RawConnection;

Q_DECLARE_METATYPE(nd::HistoryQuery)
Q_DECLARE_METATYPE(nd::ApiError::Kind)
Q_DECLARE_METATYPE(nd::JournalState)

namespace {

const JournalContext Context {QStringLiteral("Support desk"),
    QUrl(QStringLiteral("https://api.example.com/v1.0")), QStringLiteral("DID-TEST-0001")};

Order answeredOrder(const QString &orderId, const QList<OrderNumber> &numbers)
{
    Order order;
    order.orderId = orderId;
    order.serverStatus = QStringLiteral("Complete");
    order.state = OrderState::Done;
    order.numbers = numbers;
    return order;
}

OrderNumber orderNumber(const QString &number, const QString &original = {}, const QString &qr = {})
{
    OrderNumber item;
    item.number = number;
    item.originalNumber = original;
    item.qrCodeUrl = QUrl(qr);
    return item;
}

// What a v1 NumberDesk created: kept verbatim here, independent of JournalSchema.
const char *const Version1Schema[] = {
    "CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL, profile_name TEXT NOT NULL DEFAULT '', base_url TEXT NOT NULL DEFAULT '',"
    " account_key TEXT NOT NULL DEFAULT '', change_type TEXT NOT NULL, effective_date TEXT,"
    " area_code TEXT NOT NULL DEFAULT '', zip_code TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
    " order_id TEXT NOT NULL DEFAULT '', server_status TEXT NOT NULL DEFAULT '', order_state TEXT,"
    " status_message TEXT NOT NULL DEFAULT '', http_status INTEGER NOT NULL DEFAULT 0, error_kind TEXT,"
    " error_title TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE request_numbers (request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, requested_number TEXT NOT NULL, iccid TEXT NOT NULL DEFAULT '',"
    " returned_number TEXT NOT NULL DEFAULT '', original_number TEXT NOT NULL DEFAULT '',"
    " qr_url TEXT NOT NULL DEFAULT '', fee REAL, number_status TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (request_id, position))",
    "CREATE INDEX requests_by_created_at ON requests(created_at)",
    "CREATE INDEX requests_by_state ON requests(state)",
    "INSERT INTO requests (id, created_at, updated_at, profile_name, change_type, effective_date, state,"
    " order_id, server_status, order_state) VALUES (1, '2023-11-02T09:15:00.000Z', "
    "'2023-11-02T09:15:01.000Z',"
    " 'Old profile', 'activate', '2023-11-02', 'answered', 'JNUOID-OLD1', 'Complete', 'done')",
    "INSERT INTO request_numbers (request_id, position, requested_number, returned_number, qr_url, fee)"
    " VALUES (1, 0, '+12016093801', '+12016093801', 'https://qr.example.com/q/abc', 2.5)",
    "INSERT INTO requests (id, created_at, updated_at, change_type, state) VALUES"
    " (2, '2023-11-03T10:00:00.000Z', '2023-11-03T10:00:00.000Z', 'cancel', 'sending')",
    "INSERT INTO request_numbers (request_id, position, requested_number) VALUES (2, 0, '+12232233180')",
    "PRAGMA user_version = 1",
};

// What v2 added, kept verbatim here too: a v2 file is Version1Schema followed by these.
const char *const Version2Upgrade[] = {
    "ALTER TABLE requests ADD COLUMN trace_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN run_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN resolved_at TEXT",
    "ALTER TABLE requests ADD COLUMN resolution TEXT NOT NULL DEFAULT ''",
    "UPDATE requests SET state = 'answered' WHERE id = 2",
    "PRAGMA user_version = 2",
};

} // namespace

class OrderJournalTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<OrderJournal> openJournal(int busyTimeoutMs = 3000)
    {
        JournalOpenResult result = OrderJournal::open(m_path, busyTimeoutMs);
        if (result.status != JournalOpenResult::Status::Opened)
            qWarning("journal did not open: %s", qPrintable(result.message));
        return std::move(result.journal);
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

#ifdef Q_OS_UNIX
    static int modeOf(const QString &path)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
    }
#endif

    QStringList journalFilesInDir() const
    {
        return QDir(QFileInfo(m_path).absolutePath())
            .entryList({QStringLiteral("journal.sqlite*")}, QDir::Files, QDir::Name);
    }

    // A journal with a cancel whose outcome is unknown (UnknownNumber), an activate still sending
    // (SendingNumber) and an answered one (AnsweredNumber), then one index page destroyed:
    // integrity_check fails, while the table itself can still be read.
    static inline const QString UnknownNumber = QStringLiteral("+12016093821");
    static inline const QString SendingNumber = QStringLiteral("+12016093822");
    static inline const QString AnsweredNumber = QStringLiteral("+12016093823");
    void writeJournalWithADamagedIndex()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            auto journal = openJournal();
            QVERIFY(journal);
            journal->setClock([] { return QDateTime(QDate(2026, 11, 30), QTime(9, 30), QTimeZone::utc()); });
            const qint64 unknown
                = *journal->recordSending(Context, makeRequest(ChangeType::Cancel, {UnknownNumber}));
            ApiError dropped;
            dropped.kind = ApiError::Kind::OutcomeUnknown;
            QVERIFY(journal->recordFailure(unknown, dropped));
            QVERIFY(journal->recordSending(Context, makeRequest(ChangeType::Activate, {SendingNumber})));
            const qint64 answered
                = *journal->recordSending(Context, makeRequest(ChangeType::Activate, {AnsweredNumber}));
            QVERIFY(journal->recordOrder(
                answered, answeredOrder(QStringLiteral("JNUOID-OK"), {orderNumber(AnsweredNumber)})));
        }
        QVERIFY(journaltest::damageTheDateIndex(m_path));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1-%2/journal.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                        QString::fromLatin1(QTest::currentDataTag())));
    }

    void defaultPath_isTheAppDataLocation()
    {
        QCOMPARE(OrderJournal::defaultPath(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QLatin1String("/journal.sqlite"));
    }

    void open_newFile_createsTheCurrentSchemaInWalMode()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        RawConnection raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 5);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void recordSending_isInTheFileWhenItReturns()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        QSignalSpy changed(journal.get(), &OrderJournal::entryChanged);
        const std::optional<qint64> id = journal->recordSending(Context,
            makeRequest(ChangeType::SwapSim, {QStringLiteral("+12016093801"), QStringLiteral("+12232233180")},
                {QStringLiteral("8901260000000000001"), QString()}));
        QVERIFY(id);
        QCOMPARE(changed.size(), 1);

        RawConnection raw(m_path); // what another process (or the next start) would read
        const QString where = QStringLiteral(" FROM requests WHERE id = %1").arg(*id);
        QCOMPARE(raw.scalar(QLatin1String("SELECT state") + where).toString(), QStringLiteral("sending"));
        QCOMPARE(
            raw.scalar(QLatin1String("SELECT change_type") + where).toString(), QStringLiteral("swap-sim"));
        QCOMPARE(raw.scalar(QLatin1String("SELECT profile_name") + where).toString(), Context.profileName);
        QCOMPARE(raw.scalar(QLatin1String("SELECT account_key") + where).toString(), Context.accountKey);
        QCOMPARE(raw.scalar(QLatin1String("SELECT effective_date") + where).toString(),
            QStringLiteral("2024-05-17"));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT COUNT(*) FROM request_numbers WHERE request_id = %1").arg(*id))
                .toInt(),
            2);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT iccid FROM request_numbers WHERE position = 0")).toString(),
            QStringLiteral("8901260000000000001"));

        const std::optional<JournalEntry> entry = journal->entry(*id);
        QVERIFY(entry);
        QCOMPARE(entry->state, JournalState::Sending);
        QCOMPARE(entry->context.baseUrl, Context.baseUrl);
        QCOMPARE(entry->numbers.size(), 2);
        QCOMPARE(entry->numbers.at(1).requestedNumber, QStringLiteral("+12232233180"));
        QCOMPARE(entry->createdAt.timeSpec(), Qt::UTC);
    }

    void recordSending_baseUrlIsStoredWithoutUserInfo()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        JournalContext context = Context;
        context.baseUrl = QUrl(QStringLiteral("https://user:pa55word@api.example.com/v1.0?x=1"));
        const std::optional<qint64> id = journal->recordSending(
            context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(id);
        QCOMPARE(journal->entry(*id)->context.baseUrl, QUrl(QStringLiteral("https://api.example.com/v1.0")));
    }

    void recordOrder_pairsReturnedNumbersWithTheOnesSent()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(Context,
            makeRequest(ChangeType::Swap, {QStringLiteral("+12016093801"), QStringLiteral("+12232233180")}));
        // The server lists them in another order, each with its new number.
        Order order = answeredOrder(QStringLiteral("JNUOID-123"),
            {orderNumber(QStringLiteral("+12235550000"), QStringLiteral("+12232233180"),
                 QStringLiteral("https://qr.example.com/q/b")),
                orderNumber(QStringLiteral("+12015550000"), QStringLiteral("+12016093801"),
                    QStringLiteral("https://qr.example.com/q/a"))});
        order.numbers[1].fee = 1.25;
        QVERIFY(journal->recordOrder(id, order));

        const JournalEntry entry = *journal->entry(id);
        QCOMPARE(entry.state, JournalState::Answered);
        QCOMPARE(entry.orderId, QStringLiteral("JNUOID-123"));
        QCOMPARE(entry.serverStatus, QStringLiteral("Complete"));
        QCOMPARE(entry.orderState, OrderState::Done);
        QCOMPARE(entry.numbers.size(), 2);
        QCOMPARE(entry.numbers.at(0).requestedNumber, QStringLiteral("+12016093801"));
        QCOMPARE(entry.numbers.at(0).returnedNumber, QStringLiteral("+12015550000"));
        QCOMPARE(entry.numbers.at(0).qrCodeUrl, QUrl(QStringLiteral("https://qr.example.com/q/a")));
        QCOMPARE(entry.numbers.at(0).fee, std::optional<double>(1.25));
        QCOMPARE(entry.numbers.at(1).returnedNumber, QStringLiteral("+12235550000"));
        QCOMPARE(entry.numbers.at(1).originalNumber, QStringLiteral("+12232233180"));
        QVERIFY(!entry.numbers.at(1).fee);

        const Order shown = entry.toOrder(); // what the history's results view shows again
        QCOMPARE(shown.orderId, QStringLiteral("JNUOID-123"));
        QCOMPARE(shown.numbers.at(0).number, QStringLiteral("+12015550000"));
        QCOMPARE(shown.numbers.at(0).originalNumber, QStringLiteral("+12016093801"));
        QCOMPARE(shown.numbers.at(0).qrCodeUrl, QUrl(QStringLiteral("https://qr.example.com/q/a")));
    }

    void updateOrder_keepsWhatTheLookupLeavesOut()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        Order pending = answeredOrder(QStringLiteral("JNUOID-9"),
            {orderNumber(QStringLiteral("+12016093801"), {}, QStringLiteral("https://qr.example.com/q/z"))});
        pending.serverStatus = QStringLiteral("Pending");
        pending.state = OrderState::InProgress;
        QVERIFY(journal->recordOrder(id, pending));

        Order lookedUp
            = answeredOrder(QStringLiteral("JNUOID-9"), {orderNumber(QStringLiteral("+12016093801"))});
        lookedUp.numbers[0].serverStatus = QStringLiteral("Active");
        QVERIFY(journal->updateOrder(id, lookedUp));

        const JournalEntry entry = *journal->entry(id);
        QCOMPARE(entry.serverStatus, QStringLiteral("Complete"));
        QCOMPARE(entry.orderState, OrderState::Done);
        QCOMPARE(entry.numbers.at(0).status, QStringLiteral("Active"));
        QCOMPARE(entry.numbers.at(0).qrCodeUrl, QUrl(QStringLiteral("https://qr.example.com/q/z")));
    }

    void bigOrder_everyNumberKeepsItsRow()
    {
        // More numbers than one statement writes (JournalNumberRows batches them), the answer in another
        // order: every answered number lands on the row of the number it was sent for, across batch
        // boundaries and in the last, partial batch; a later lookup fills in statuses and keeps the rest.
        auto journal = openJournal();
        QVERIFY(journal);
        constexpr int Count = 250;
        const auto line = [](const char *prefix, int i) -> QString {
            return QLatin1String(prefix) + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        };
        QStringList sent;
        QStringList iccids;
        for (int i = 0; i < Count; ++i) {
            sent << line("+1201609", i);
            iccids << (i % 3 == 0 ? line("8901260000000000", i) : QString());
        }
        const qint64 id = *journal->recordSending(Context, makeRequest(ChangeType::SwapSim, sent, iccids));

        QList<OrderNumber> answer; // last first; every 7th on a new number; fees on every other
        for (int i = Count - 1; i >= 0; --i) {
            OrderNumber number = i % 7 == 0
                ? orderNumber(line("+1212555", i), sent.at(i), line("https://qr.example.com/q/", i))
                : orderNumber(sent.at(i), {}, line("https://qr.example.com/q/", i));
            if (i % 2 == 0)
                number.fee = 1.5;
            if (i % 5 == 0) // the server names the SIM: kept where none was sent
                number.iccid = line("8949000000000000", i);
            answer.append(number);
        }
        answer.append(orderNumber(QStringLiteral("+13125550000"))); // one the server added
        QVERIFY(journal->recordOrder(id, answeredOrder(QStringLiteral("JNUOID-BIG"), answer)));

        QList<OrderNumber> lookup; // as a lookup lists them: in order, numbers and statuses only
        for (int i = 0; i < Count; ++i)
            lookup.append(orderNumber(i % 7 == 0 ? line("+1212555", i) : sent.at(i)));
        lookup.append(orderNumber(QStringLiteral("+13125550000")));
        for (OrderNumber &number : lookup)
            number.serverStatus = QStringLiteral("Active");
        QVERIFY(journal->updateOrder(id, answeredOrder(QStringLiteral("JNUOID-BIG"), lookup)));

        const JournalEntry entry = *journal->entry(id);
        QCOMPARE(entry.numbers.size(), Count + 1);
        for (int i = 0; i < Count; ++i) {
            const JournalNumber &row = entry.numbers.at(i);
            QCOMPARE(row.requestedNumber, sent.at(i));
            QCOMPARE(row.iccid, i % 3 != 0 && i % 5 == 0 ? line("8949000000000000", i) : iccids.at(i));
            QCOMPARE(row.returnedNumber, i % 7 == 0 ? line("+1212555", i) : sent.at(i));
            QCOMPARE(row.originalNumber, i % 7 == 0 ? sent.at(i) : QString());
            QCOMPARE(row.qrCodeUrl, QUrl(line("https://qr.example.com/q/", i)));
            QCOMPARE(row.fee, i % 2 == 0 ? std::optional<double>(1.5) : std::nullopt);
            QCOMPARE(row.status, QStringLiteral("Active"));
        }
        const JournalNumber &added = entry.numbers.last();
        QVERIFY(added.requestedNumber.isEmpty());
        QCOMPARE(added.returnedNumber, QStringLiteral("+13125550000"));
        QCOMPARE(added.status, QStringLiteral("Active"));
        QVERIFY(added.qrCodeUrl.isEmpty());
        QVERIFY(!added.fee);
    }

    void updateOrder_ofAnotherOrder_isRefused()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(journal->recordOrder(id, answeredOrder(QStringLiteral("JNUOID-1"), {})));
        QVERIFY(!journal->updateOrder(id, answeredOrder(QStringLiteral("JNUOID-2"), {})));
        QVERIFY(!journal->lastError().isEmpty());
        QCOMPARE(journal->entry(id)->orderId, QStringLiteral("JNUOID-1"));
    }

    void recordFailure_setsTheStateByWhetherTheServerMayHaveActed_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<JournalState>("state");
        QTest::newRow("http") << ApiError::Kind::Http << JournalState::Failed;
        QTest::newRow("network") << ApiError::Kind::Network << JournalState::Failed;
        QTest::newRow("rate-limited") << ApiError::Kind::RateLimited << JournalState::Failed;
        QTest::newRow("outcome-unknown") << ApiError::Kind::OutcomeUnknown << JournalState::OutcomeUnknown;
        QTest::newRow("malformed") << ApiError::Kind::MalformedResponse << JournalState::OutcomeUnknown;
    }
    void recordFailure_setsTheStateByWhetherTheServerMayHaveActed()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(JournalState, state);
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093801")}));
        ApiError error;
        error.kind = kind;
        error.httpStatus = 502;
        error.title = QStringLiteral("Bad gateway");
        error.message = QStringLiteral("The server said no.");
        error.traceId = QStringLiteral("00-abc-01");
        QVERIFY(journal->recordFailure(id, error));
        const JournalEntry entry = *journal->entry(id);
        QCOMPARE(entry.state, state);
        QCOMPARE(entry.errorKind, kind);
        QCOMPARE(entry.httpStatus, 502);
        QCOMPARE(entry.errorTitle, QStringLiteral("Bad gateway"));
        QCOMPARE(entry.errorMessage, QStringLiteral("The server said no."));
        QCOMPARE(entry.traceId, QStringLiteral("00-abc-01"));
        QCOMPARE(journal->unresolved().size(), state == JournalState::OutcomeUnknown ? 1 : 0);
    }

    void unresolvedInvolving_findsRecordsBySentOrReturnedNumber()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 unknown = *journal->recordSending(Context,
            makeRequest(ChangeType::Swap, {QStringLiteral("+12016093801"), QStringLiteral("+12016093802")}));
        ApiError dropped;
        dropped.kind = ApiError::Kind::OutcomeUnknown;
        QVERIFY(journal->recordFailure(unknown, dropped));
        const qint64 refused = *journal->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093803")}));
        ApiError rejected;
        rejected.httpStatus = 422;
        QVERIFY(journal->recordFailure(refused, rejected)); // failed, not unresolved

        QCOMPARE(journal->unresolvedInvolving({QStringLiteral("+12016093802")}).size(), 1);
        QCOMPARE(journal->unresolvedInvolving({QStringLiteral("+12016093802")}).first().id, unknown);
        QVERIFY(journal->unresolvedInvolving({QStringLiteral("+12016093803")}).isEmpty());
        QVERIFY(journal->unresolvedInvolving({QStringLiteral("+12016093899")}).isEmpty());
        QVERIFY(journal->resolve(unknown, QStringLiteral("checked: both swapped")));
        QVERIFY(journal->unresolvedInvolving({QStringLiteral("+12016093801")}).isEmpty());
    }

    void answerOnAFullDisk_isReported_andItsNumbersStayUnresolved()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const QStringList numbers {QStringLiteral("+12016093811"), QStringLiteral("+12016093812")};
        const std::optional<qint64> id
            = journal->recordSending(Context, makeRequest(ChangeType::Activate, numbers));
        QVERIFY(id);
        // The disk is full from now on: the file may not grow by a single page.
        QSqlDatabase db
            = QSqlDatabase::database(QLatin1String("numberdesk-journal-") + journal->runId(), false);
        QSqlQuery pragma(db);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        pragma.finish();

        // An answer too big for the free space left in the file's pages (QR URLs of 20,000 characters).
        QList<OrderNumber> answered;
        for (const QString &number : numbers) {
            answered.append(orderNumber(
                number, {}, QStringLiteral("https://qr.example.com/q/") + QString(20000, QLatin1Char('a'))));
        }
        QVERIFY(!journal->recordOrder(*id, answeredOrder(QStringLiteral("JNUOID-FULL"), answered)));
        QVERIFY2(journal->lastError().contains(QLatin1String("could not be recorded")),
            qPrintable(journal->lastError()));

        // The answer is not in the file, so the desk must treat the numbers as possibly changed.
        QCOMPARE(journal->entry(*id)->state, JournalState::Sending);
        QVERIFY(journal->entry(*id)->needsChecking()); // History marks it like an unknown outcome
        const QList<JournalEntry> involved = journal->unresolvedInvolving({numbers.at(1)});
        QCOMPARE(involved.size(), 1);
        QCOMPARE(involved.first().id, *id);
        QCOMPARE(journal->unresolved().size(), 1);
    }

    void open_damagedFile_keepsGuardingTheRequestsThatWereOpenInIt()
    {
        writeJournalWithADamagedIndex();
        if (QTest::currentTestFailed())
            return;
        JournalOpenResult result = OrderJournal::open(m_path);
        QCOMPARE(result.status, JournalOpenResult::Status::Recovered);
        QVERIFY(result.damagedFileFullyRead);
        QCOMPARE(result.adopted.size(), 2);
        // No translator is installed here: the plural shows the source text's "request(s)".
        QVERIFY2(result.message.contains(QLatin1String("2 request(s) in it had no known outcome")),
            qPrintable(result.message));
        for (const JournalEntry &adopted : std::as_const(result.adopted)) {
            QCOMPARE(adopted.state, JournalState::OutcomeUnknown);
            QCOMPARE(adopted.createdAt, QDateTime(QDate(2026, 11, 30), QTime(9, 30), QTimeZone::utc()));
            QCOMPARE(adopted.context.accountKey, Context.accountKey);
            QVERIFY(adopted.errorMessage.contains(QDir::toNativeSeparators(result.setAsidePath)));
        }
        QCOMPARE(result.journal->unresolvedInvolving({UnknownNumber}).size(), 1);
        QCOMPARE(result.journal->unresolvedInvolving({UnknownNumber}).first().changeType, ChangeType::Cancel);
        QCOMPARE(result.journal->unresolvedInvolving({SendingNumber}).size(), 1);
        QVERIFY(result.journal->unresolvedInvolving({AnsweredNumber}).isEmpty());
        // History finds them by part of a number, like any record (their line of numbers, schema v5).
        HistoryQuery byNumber;
        byNumber.number = UnknownNumber.right(6);
        QCOMPARE(result.journal->search(byNumber).size(), 1);
        // Adopted as outcome_unknown: this run's start-up check does not take them for its own.
        QVERIFY(result.journal->markInterruptedAsOutcomeUnknown().isEmpty());
    }

    void sameAccount_needsTheSameKeyOnTheSameServer_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("accountKey");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << "https://api.example.com/v1.0"
                                   << "DID-TEST-0001" << true;
        QTest::newRow("trailing slash") << "https://api.example.com/v1.0/"
                                        << "DID-TEST-0001" << true;
        QTest::newRow("host in capitals") << "https://API.example.com/v1.0"
                                          << "DID-TEST-0001" << true;
        QTest::newRow("other key") << "https://api.example.com/v1.0"
                                   << "DID-TEST-0002" << false;
        QTest::newRow("key case") << "https://api.example.com/v1.0"
                                  << "did-test-0001" << false;
        QTest::newRow("other host") << "https://api2.example.com/v1.0"
                                    << "DID-TEST-0001" << false;
        QTest::newRow("other port") << "https://api.example.com:8443/v1.0"
                                    << "DID-TEST-0001" << false;
        QTest::newRow("plain http") << "http://api.example.com/v1.0"
                                    << "DID-TEST-0001" << false;
        QTest::newRow("other API path") << "https://api.example.com/v2.0"
                                        << "DID-TEST-0001" << false;
        QTest::newRow("no key") << "https://api.example.com/v1.0"
                                << "" << false;
    }
    void sameAccount_needsTheSameKeyOnTheSameServer()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, accountKey);
        QFETCH(bool, same);
        QCOMPARE(Context.sameAccount(QUrl(baseUrl), accountKey), same);
    }

    void markInterrupted_leavesTheRequestsOfARunningInstanceAlone()
    {
        auto first = openJournal();
        QVERIFY(first);
        const qint64 id
            = *first->recordSending(Context, makeRequest(ChangeType::Park, {QStringLiteral("+12016093801")}));
        auto second = openJournal(); // a second NumberDesk on the same journal
        QVERIFY(second);
        QVERIFY(second->markInterruptedAsOutcomeUnknown().isEmpty());
        QCOMPARE(second->entry(id)->state, JournalState::Sending);

        first.reset(); // that instance quit with the request still in flight
        const QList<JournalEntry> interrupted = second->markInterruptedAsOutcomeUnknown();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.at(0).id, id);
        QCOMPARE(interrupted.at(0).state, JournalState::OutcomeUnknown);
        QCOMPARE(interrupted.at(0).numbers.at(0).requestedNumber, QStringLiteral("+12016093801"));
        QVERIFY(!interrupted.at(0).errorMessage.isEmpty());
        QCOMPARE(second->entry(id)->state, JournalState::OutcomeUnknown);
        QVERIFY(second->markInterruptedAsOutcomeUnknown().isEmpty());
    }

    void markInterrupted_neverTouchesThisRunsOwnRequests()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(
            Context, makeRequest(ChangeType::Park, {QStringLiteral("+12016093801")}));
        QVERIFY(journal->markInterruptedAsOutcomeUnknown().isEmpty());
        QCOMPARE(journal->entry(id)->state, JournalState::Sending);
    }

    void resolve_byHand_recordsTheFinding()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093801")}));
        ApiError lost;
        lost.kind = ApiError::Kind::OutcomeUnknown;
        QVERIFY(journal->recordFailure(id, lost));
        QVERIFY(journal->resolve(id, QStringLiteral("Checked: the number is cancelled.")));
        const JournalEntry entry = *journal->entry(id);
        QCOMPARE(entry.state, JournalState::Resolved);
        QCOMPARE(entry.resolution, QStringLiteral("Checked: the number is cancelled."));
        QVERIFY(entry.resolvedAt);
        QVERIFY(journal->unresolved().isEmpty());
        QVERIFY(!journal->resolve(9999, QStringLiteral("no such record")));
    }

    void resolve_withTheOrderFound_recordsItLikeAnAnswer()
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const qint64 id = *journal->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093801")}));
        ApiError lost;
        lost.kind = ApiError::Kind::OutcomeUnknown;
        QVERIFY(journal->recordFailure(id, lost));
        QVERIFY(journal->resolve(
            id, answeredOrder(QStringLiteral("JNUOID-F"), {orderNumber(QStringLiteral("+12016093801"))})));
        const JournalEntry entry = *journal->entry(id);
        QCOMPARE(entry.state, JournalState::Answered);
        QCOMPARE(entry.orderId, QStringLiteral("JNUOID-F"));
        QVERIFY(entry.resolvedAt);
        QVERIFY(journal->unresolved().isEmpty());
    }

    void open_versionTwoFile_migratesToCurrent_searchesReadNarrowTables()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            RawConnection raw(m_path);
            QVERIFY(raw.isOpen());
            for (const char *statement : Version1Schema)
                QVERIFY2(raw.exec(QString::fromLatin1(statement)), qPrintable(raw.lastError()));
            for (const char *statement : Version2Upgrade)
                QVERIFY2(raw.exec(QString::fromLatin1(statement)), qPrintable(raw.lastError()));
        }
        auto journal = openJournal();
        QVERIFY(journal);
        RawConnection raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 5);
        // v3 built both indexes; v5 replaced the numbers' one with a line of numbers per record.
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'index'"
                                      " AND name IN ('request_numbers_by_number', 'requests_by_order_id')"))
                .toString(),
            QStringLiteral("requests_by_order_id"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(numbers, '|') FROM (SELECT numbers FROM"
                                           " request_number_text ORDER BY request_id)"))
                     .toString(),
            QStringLiteral("+12016093801|+12232233180"));
        // The searches read the narrow tables and indexes, not the records' rows.
        const auto plan = [&raw](const QString &sql) {
            QSqlQuery query(QSqlDatabase::database(raw.name(), false));
            QString detail;
            if (query.exec(QLatin1String("EXPLAIN QUERY PLAN ") + sql)) {
                while (query.next())
                    detail += query.value(3).toString() + QLatin1Char('\n');
            }
            return detail;
        };
        const QString numberPlan = plan(QStringLiteral(
            "SELECT t.request_id FROM request_number_text t WHERE instr(t.numbers, '609') > 0"));
        QVERIFY2(numberPlan.contains(QLatin1String("SCAN t"))
                && !numberPlan.contains(QLatin1String("request_numbers")),
            qPrintable(numberPlan));
        const QString orderPlan
            = plan(QStringLiteral("SELECT o.id FROM requests o WHERE o.order_id LIKE '%OLD%' ESCAPE '\\'"));
        QVERIFY2(
            orderPlan.contains(QLatin1String("COVERING INDEX requests_by_order_id")), qPrintable(orderPlan));

        // The old records are found by part of a number and of an OrderId, newest first.
        HistoryQuery byNumber;
        byNumber.number = QStringLiteral("609-38");
        const QList<JournalEntry> found = journal->search(byNumber);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).orderId, QStringLiteral("JNUOID-OLD1"));
        HistoryQuery byOrderId;
        byOrderId.orderId = QStringLiteral("jnuoid-old");
        QCOMPARE(journal->search(byOrderId).value(0).id, 1);
        QCOMPARE(journal->search({}).size(), 2);
        QCOMPARE(journal->search({}).at(0).id, 2);
        QCOMPARE(journal->entries({2, 1}).size(), 2);
        QCOMPARE(journal->entries({2, 1}).at(1).numbers.at(0).fee, std::optional<double>(2.5));
    }

    void open_versionOneFile_migratesAndKeepsItsRecords()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            RawConnection raw(m_path);
            QVERIFY(raw.isOpen());
            for (const char *statement : Version1Schema)
                QVERIFY2(raw.exec(QString::fromLatin1(statement)), qPrintable(raw.lastError()));
        }
        auto journal = openJournal();
        QVERIFY(journal);
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 5);
        }
        const JournalEntry old = *journal->entry(1);
        QCOMPARE(old.orderId, QStringLiteral("JNUOID-OLD1"));
        QCOMPARE(old.context.profileName, QStringLiteral("Old profile"));
        QCOMPARE(old.createdAt, QDateTime(QDate(2023, 11, 2), QTime(9, 15), QTimeZone::utc()));
        QCOMPARE(old.orderState, OrderState::Done);
        QCOMPARE(old.numbers.at(0).qrCodeUrl, QUrl(QStringLiteral("https://qr.example.com/q/abc")));
        QCOMPARE(old.numbers.at(0).fee, std::optional<double>(2.5));
        QVERIFY(old.traceId.isEmpty());

        // A v1 record still 'sending' was written by a run that is long gone.
        const QList<JournalEntry> interrupted = journal->markInterruptedAsOutcomeUnknown();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.at(0).id, 2);
        QCOMPARE(interrupted.at(0).numbers.at(0).requestedNumber, QStringLiteral("+12232233180"));
        // Version 4 claimed the number of the record that was still open, so it stays guarded until
        // someone resolves it.
        QVERIFY(!journal->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12232233180")})));
        QCOMPARE(journal->refusedBy().value(0).requestId, 2);
        QVERIFY(journal->resolve(2, QStringLiteral("Checked by hand")));
        QVERIFY(!journal->entry(2)->resolvedBy.isEmpty());

        const std::optional<qint64> id = journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093809")}));
        QVERIFY(id);
        QCOMPARE(*id, 3);
        QVERIFY(journal->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12232233180")})));
        ApiError error;
        error.traceId = QStringLiteral("trace-after-migration");
        QVERIFY(journal->recordFailure(*id, error));
        QCOMPARE(journal->entry(*id)->traceId, QStringLiteral("trace-after-migration"));
    }

    // Claims hold on a desk's own file too: a second NumberDesk on the same journal (or this one while
    // a request is in flight) cannot send to a number that is in flight, and is told where.
    void claims_aSecondInstanceOnTheSameFile_isRefusedUntilTheAnswer()
    {
        auto first = openJournal();
        QVERIFY(first);
        first->setIdentity({QStringLiteral("Ana"), QStringLiteral("desk-a")});
        JournalOpenResult second = OrderJournal::open(JournalLocation::localFile(m_path),
            JournalIdentity {QStringLiteral("Ben"), QStringLiteral("desk-b")});
        QVERIFY(second.journal);
        const QString number = QStringLiteral("+12016093871");
        const std::optional<qint64> id = first->recordSending(
            Context, makeRequest(ChangeType::Activate, {number, QStringLiteral("+12016093872")}));
        QVERIFY(id);
        QCOMPARE(first->entry(*id)->agent, QStringLiteral("Ana"));
        QCOMPARE(first->entry(*id)->desk, QStringLiteral("desk-a"));
        QCOMPARE(first->entry(*id)->runId, first->runId());

        QVERIFY(!second.journal->recordSending(Context, makeRequest(ChangeType::Cancel, {number})));
        QCOMPARE(second.journal->refusedBy().size(), 1);
        QCOMPARE(second.journal->refusedBy().first().desk, QStringLiteral("desk-a"));
        QVERIFY2(second.journal->lastError().contains(QStringLiteral("in flight on desk-a, Ana")),
            qPrintable(second.journal->lastError()));
        QCOMPARE(second.journal->search({}).size(), 1); // nothing of the refused request was written
        // The same desk too: one change per number in flight.
        QVERIFY(!first->recordSending(
            Context, makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093872")})));

        Order order;
        order.orderId = QStringLiteral("JNUOID-CLAIM");
        order.state = OrderState::Done;
        QVERIFY(first->recordOrder(*id, order));
        const std::optional<qint64> next
            = second.journal->recordSending(Context, makeRequest(ChangeType::Cancel, {number}));
        QVERIFY2(next, qPrintable(second.journal->lastError()));
        QCOMPARE(second.journal->claimsOn({number}).value(0).requestId, *next);
        QCOMPARE(second.journal->agents(), (QStringList {QStringLiteral("Ana"), QStringLiteral("Ben")}));
        HistoryQuery byDesk;
        byDesk.desk = QStringLiteral("desk-b");
        QCOMPARE(first->search(byDesk).value(0).id, *next);
    }

    void claims_outcomeUnknownHoldsTheNumbers_untilResolved_whichRecordsWho()
    {
        auto journal = openJournal();
        journal->setIdentity({QStringLiteral("Ana"), QStringLiteral("desk-a")});
        const QString number = QStringLiteral("+12016093873");
        const qint64 id = *journal->recordSending(Context, makeRequest(ChangeType::Swap, {number}));
        ApiError lost;
        lost.kind = ApiError::Kind::OutcomeUnknown;
        QVERIFY(journal->recordFailure(id, lost));
        QVERIFY(!journal->recordSending(Context, makeRequest(ChangeType::Swap, {number})));
        QCOMPARE(journal->refusedBy().value(0).state, JournalState::OutcomeUnknown);
        QVERIFY(journal->lastError().contains(QStringLiteral("outcome is unknown")));
        QVERIFY(journal->resolve(id, QStringLiteral("Swapped already")));
        QCOMPARE(journal->entry(id)->resolvedBy, QStringLiteral("Ana on desk-a"));
        // Settled records keep what they say: a late failure or a second resolution changes nothing.
        QVERIFY(journal->recordFailure(id, lost));
        QCOMPARE(journal->entry(id)->state, JournalState::Resolved);
        QVERIFY(journal->resolve(id, QStringLiteral("Checked again")));
        QCOMPARE(journal->entry(id)->resolution, QStringLiteral("Swapped already"));
        QVERIFY(!journal->resolve(9999, QStringLiteral("No such record")));
        QVERIFY2(journal->lastError().contains(QStringLiteral("no record 9999")),
            qPrintable(journal->lastError()));
        QVERIFY(!journal->recordFailure(9999, lost));
        const qint64 again = *journal->recordSending(Context, makeRequest(ChangeType::Swap, {number}));
        // A definite refusal frees the number at once.
        ApiError refused;
        refused.kind = ApiError::Kind::Http;
        refused.httpStatus = 422;
        QVERIFY(journal->recordFailure(again, refused));
        QVERIFY(journal->recordSending(Context, makeRequest(ChangeType::Swap, {number})));
    }

    // The app's start: the check that reads every page runs on a worker thread, the cheap rest on the
    // thread that uses the journal. A damaged file ends exactly as with the one-step open.
    void checkFile_onAWorkerThread_thenOpen_recoversTheDamagedFile()
    {
        writeJournalWithADamagedIndex();
        if (QTest::currentTestFailed())
            return;
        const QByteArray damaged = journaltest::fileBytes(m_path);
        JournalCheck check;
        std::unique_ptr<QThread> worker(
            QThread::create([this, &check] { check = OrderJournal::checkFile(m_path); }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY(check.damaged);
        QVERIFY(!check.setAsideFailed);
        QVERIFY(!check.detail.isEmpty());
        QCOMPARE(journaltest::fileBytes(check.setAsidePath), damaged); // moved aside by the check
        {
            RawConnection fresh(m_path); // and a fresh journal made ready in its place
            QCOMPARE(fresh.scalar(QStringLiteral("SELECT COUNT(*) FROM requests")).toInt(), 0);
        }
        QCOMPARE(check.salvaged.size(), 2);
        QVERIFY(check.salvageComplete);

        JournalOpenResult result = OrderJournal::open(m_path, 3000, check);
        QCOMPARE(result.status, JournalOpenResult::Status::Recovered);
        QCOMPARE(result.setAsidePath, check.setAsidePath);
        QCOMPARE(result.adopted.size(), 2);
        QVERIFY(result.damagedFileFullyRead);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(check.setAsidePath)),
            qPrintable(result.message));
        QCOMPARE(result.journal->unresolvedInvolving({UnknownNumber}).size(), 1);
        QCOMPARE(result.journal->unresolvedInvolving({SendingNumber}).size(), 1);
        QVERIFY(result.journal->unresolvedInvolving({AnsweredNumber}).isEmpty());
    }

    void checkFile_healthyFile_isLeftAsItWas()
    {
        {
            auto journal = openJournal();
            QVERIFY(journal);
            QVERIFY(journal->recordSending(
                Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})));
        }
        const QStringList files = journalFilesInDir();
        const QByteArray bytes = journaltest::fileBytes(m_path);
        const JournalCheck check = OrderJournal::checkFile(m_path);
        QVERIFY(!check.damaged);
        QVERIFY(check.setAsidePath.isEmpty());
        QVERIFY(check.salvaged.isEmpty());
        QCOMPARE(journalFilesInDir(), files);
        QCOMPARE(journaltest::fileBytes(m_path), bytes);
        JournalOpenResult result = OrderJournal::open(m_path, 3000, check);
        QCOMPARE(result.status, JournalOpenResult::Status::Opened);
        QCOMPARE(result.journal->search({}).size(), 1);
    }

    // A first start: the worker creates the file and its schema (each step an fsync'd commit), so the
    // GUI thread's part writes nothing.
    void checkFile_noFileYet_preparesTheNewJournal()
    {
        const JournalCheck check = OrderJournal::checkFile(m_path);
        QVERIFY(!check.damaged);
        QVERIFY(QFileInfo::exists(m_path));
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 5);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        }
        QCOMPARE(OrderJournal::open(m_path, 3000, check).status, JournalOpenResult::Status::Opened);
    }

    // What every open reads (header, schema) is read again after the check: a file destroyed in
    // between is still set aside, never opened as if it were sound.
    void open_afterTheCheck_stillCatchesAFileDestroyedSince()
    {
        {
            auto journal = openJournal();
            QVERIFY(journal);
        }
        const JournalCheck check = OrderJournal::checkFile(m_path);
        QVERIFY(!check.damaged);
        writeFile(m_path, QByteArray(8192, 'x'));
        JournalOpenResult result = OrderJournal::open(m_path, 3000, check);
        QCOMPARE(result.status, JournalOpenResult::Status::Recovered);
        QCOMPARE(journaltest::fileBytes(result.setAsidePath), QByteArray(8192, 'x'));
        QVERIFY(!result.damagedFileFullyRead);
    }

    void open_whenTheCheckCouldNotSetTheFileAside_sendsNothing()
    {
        {
            auto journal = openJournal();
            QVERIFY(journal);
        }
        const QByteArray bytes = journaltest::fileBytes(m_path);
        JournalCheck check;
        check.damaged = true;
        check.setAsideFailed = true;
        JournalOpenResult result = OrderJournal::open(m_path, 3000, check);
        QCOMPARE(result.status, JournalOpenResult::Status::Unavailable);
        QVERIFY(!result.journal);
        QVERIFY2(
            result.message.contains(QLatin1String("could not be moved aside")), qPrintable(result.message));
        QCOMPARE(journaltest::fileBytes(m_path), bytes); // left for the agent to move
    }

    void open_damagedFile_isSetAsideAndAFreshJournalStarts_data()
    {
        QTest::addColumn<bool>("garbage"); // else: a valid journal with one page overwritten
        QTest::newRow("not-a-database") << true;
        QTest::newRow("damaged-page") << false;
    }
    void open_damagedFile_isSetAsideAndAFreshJournalStarts()
    {
        QFETCH(bool, garbage);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QByteArray bytes;
        if (garbage) {
            for (int i = 0; i < 512; ++i)
                bytes += QByteArrayLiteral("this is not SQLite") + char(i);
            writeFile(m_path, bytes);
            writeFile(m_path + QLatin1String("-wal"), QByteArrayLiteral("stray wal bytes"));
        } else {
            {
                auto journal = openJournal();
                QVERIFY(journal);
                for (int i = 0; i < 50; ++i)
                    QVERIFY(journal->recordSending(Context,
                        makeRequest(ChangeType::Activate,
                            {QStringLiteral("+120160938%1").arg(i, 2, 10, QLatin1Char('0'))})));
            } // closed: the WAL is checkpointed into the main file
            bytes = journaltest::fileBytes(m_path);
            QVERIFY(bytes.size() >= 3 * 4096);
            for (int i = 4096; i < 3 * 4096; ++i)
                bytes[i] = char(0xA5);
            writeFile(m_path, bytes);
        }

        JournalOpenResult result = OrderJournal::open(m_path);
        QCOMPARE(result.status, JournalOpenResult::Status::Recovered);
        QVERIFY(result.journal);
        QVERIFY(
            QFileInfo(result.setAsidePath).fileName().startsWith(QLatin1String("journal.sqlite.broken-")));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)),
            qPrintable(result.message));
        QCOMPARE(journaltest::fileBytes(result.setAsidePath), bytes); // kept aside, byte for byte
        if (garbage) {
            QCOMPARE(journaltest::fileBytes(result.setAsidePath + QLatin1String("-wal")),
                QByteArrayLiteral("stray wal bytes"));
        }
        if (garbage) {
            // Nothing could be read: the message says the old file may hold open requests.
            QVERIFY(!result.damagedFileFullyRead);
            QVERIFY(result.adopted.isEmpty());
            QVERIFY2(result.message.contains(QLatin1String("could not be read, so NumberDesk cannot tell")),
                qPrintable(result.message));
        }
        // The 50 requests were all still 'sending': whatever could be read of them is guarded again.
        const qsizetype adopted = result.adopted.size();
        QCOMPARE(result.journal->search({}).size(), adopted);
        QCOMPARE(result.journal->unresolved().size(), adopted);
        QVERIFY(result.damagedFileFullyRead || !result.message.isEmpty());
        QVERIFY(result.journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})));
        QCOMPARE(result.journal->search({}).size(), adopted + 1);
    }

    void open_lockedFile_saysSoAndLeavesTheFileAlone_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("wal") << true;
        QTest::newRow("rollback-journal") << false;
    }
    void open_lockedFile_saysSoAndLeavesTheFileAlone()
    {
        QFETCH(bool, wal);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        if (wal) {
            auto journal = openJournal();
            QVERIFY(journal);
            QVERIFY(journal->recordSending(
                Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})));
        } else {
            RawConnection raw(m_path);
            for (const char *statement : Version1Schema)
                QVERIFY(raw.exec(QString::fromLatin1(statement)));
        }
        RawConnection holder(m_path);
        QVERIFY2(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(holder.lastError()));

        JournalOpenResult result = OrderJournal::open(m_path, 50);
        QCOMPARE(result.status, JournalOpenResult::Status::Locked);
        QVERIFY(!result.journal);
        QVERIFY(!result.canSend());
        QVERIFY2(
            result.message.contains(QLatin1String("in use by another program")), qPrintable(result.message));
        QVERIFY(result.message.contains(QDir::toNativeSeparators(m_path)));
        QVERIFY(result.setAsidePath.isEmpty());

        QVERIFY(holder.exec(QStringLiteral("COMMIT")));
        QCOMPARE(journalFilesInDir().filter(QStringLiteral("broken")), QStringList());
        // Trying again once the other program lets go works, with the records intact.
        JournalOpenResult retry = OrderJournal::open(m_path, 50);
        QCOMPARE(retry.status, JournalOpenResult::Status::Opened);
        QCOMPARE(retry.journal->search({}).size(), wal ? 1 : 2);
    }

    void open_fileFromANewerVersion_isLeftUntouched()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        const QByteArray before = journaltest::fileBytes(m_path);
        JournalOpenResult result = OrderJournal::open(m_path);
        QCOMPARE(result.status, JournalOpenResult::Status::TooNew);
        QVERIFY(!result.journal);
        QVERIFY(result.message.contains(QLatin1String("newer version")));
        QCOMPARE(journaltest::fileBytes(m_path), before);
        QCOMPARE(journalFilesInDir(), QStringList {QStringLiteral("journal.sqlite")});
    }

#ifdef Q_OS_UNIX
    // The journal names customers' numbers and holds QR URLs (activation codes): for this user only.
    void open_newJournal_folderAndFilesAreForThisUserOnly()
    {
        const mode_t previous = ::umask(022); // the common default, which leaves files world-readable
        auto journal = openJournal();
        ::umask(previous);
        QVERIFY(journal);
        QVERIFY(journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})));
        QCOMPARE(modeOf(QFileInfo(m_path).absolutePath()), 0700);
        const QStringList files
            = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.size() >= 4, qPrintable(files.join(u' '))); // the file, -wal, -shm, the run lock
        for (const QString &name : files)
            QVERIFY2(modeOf(QFileInfo(m_path).absolutePath() + u'/' + name) == 0600, qPrintable(name));
    }

    void open_existingJournalWithLooseModes_isTightened()
    {
        const QString folder = QFileInfo(m_path).absolutePath();
        {
            auto journal = openJournal();
            QVERIFY(journal);
        }
        const QString wal = m_path + QLatin1String("-wal");
        writeFile(wal, QByteArray()); // an empty WAL, as a killed run may leave it
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(wal).constData(), 0666) == 0);

        auto journal = openJournal();
        QVERIFY(journal);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(m_path), 0600);
        QCOMPARE(modeOf(wal), 0600);
    }
#endif

    void open_unwritableLocation_isUnavailableWithAMessage()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        writeFile(blocker, "x");
        JournalOpenResult result = OrderJournal::open(blocker + QLatin1String("/journal.sqlite"));
        QCOMPARE(result.status, JournalOpenResult::Status::Unavailable);
        QVERIFY(!result.journal);
        QVERIFY(!result.message.isEmpty());
    }

    void search_findsTheExpectedOrders_data()
    {
        QTest::addColumn<HistoryQuery>("query");
        QTest::addColumn<QStringList>("orderIds");
        const QStringList all {QStringLiteral("JNUOID-CCC333"), QStringLiteral("JNUOID-BBB222"),
            QStringLiteral("JNUOID-AAA111")};
        auto byNumber = [](const char *typed) {
            HistoryQuery query;
            query.number = QString::fromUtf8(typed);
            return query;
        };
        QTest::newRow("everything, newest first") << HistoryQuery {} << all;
        QTest::newRow("number (201) 609-3801") << byNumber("(201) 609-3801") << QStringList {all.at(2)};
        QTest::newRow("number +1 201 609 3801") << byNumber("+1 201 609 3801") << QStringList {all.at(2)};
        QTest::newRow("number 1-201-609-3801") << byNumber("1-201-609-3801") << QStringList {all.at(2)};
        QTest::newRow("number 201.609.380 (partial)")
            << byNumber("201.609.380") << QStringList {all.at(1), all.at(2)};
        QTest::newRow("returned number") << byNumber("415-555-0999") << QStringList {all.at(0)};
        QTest::newRow("original number") << byNumber("(415) 555 0123") << QStringList {all.at(0)};
        QTest::newRow("fullwidth digits") << byNumber("２０１６０９３８０１") << QStringList {all.at(2)};
        QTest::newRow("no digits") << byNumber("abc") << QStringList {};
        QTest::newRow("unknown number") << byNumber("999 999 9999") << QStringList {};

        HistoryQuery byOrder;
        byOrder.orderId = QStringLiteral("bbb2");
        QTest::newRow("order id substring, any case") << byOrder << QStringList {all.at(1)};
        byOrder.orderId = QStringLiteral("%");
        QTest::newRow("order id wildcard is literal") << byOrder << QStringList {};

        HistoryQuery byType;
        byType.changeType = ChangeType::Cancel;
        QTest::newRow("change type") << byType << QStringList {all.at(1)};

        HistoryQuery range;
        range.from = QDate(2024, 5, 5);
        range.to = QDate(2024, 5, 10);
        QTest::newRow("date range, end inclusive") << range << QStringList {all.at(1)};
        range.from = QDate(2024, 5, 11);
        range.to.reset();
        QTest::newRow("from a date") << range << QStringList {all.at(0)};
        range.from.reset();
        range.to = QDate(2024, 5, 1);
        QTest::newRow("up to a date") << range << QStringList {all.at(2)};

        HistoryQuery limited;
        limited.limit = 2;
        QTest::newRow("limit") << limited << all.mid(0, 2);

        HistoryQuery combined;
        combined.number = QStringLiteral("2016093802");
        combined.changeType = ChangeType::Activate;
        QTest::newRow("filters combine") << combined << QStringList {};
    }
    void search_findsTheExpectedOrders()
    {
        QFETCH(HistoryQuery, query);
        QFETCH(QStringList, orderIds);
        auto journal = openJournal();
        QVERIFY(journal);
        QDateTime now;
        journal->setClock([&now] { return now; });
        struct Seed
        {
            QDate day;
            ChangeType type;
            QStringList numbers;
            QString orderId;
            QList<OrderNumber> answered;
        };
        const QList<Seed> seeds {
            {QDate(2024, 5, 1), ChangeType::Activate, {QStringLiteral("+12016093801")},
                QStringLiteral("JNUOID-AAA111"), {}},
            {QDate(2024, 5, 10), ChangeType::Cancel,
                {QStringLiteral("+12232233180"), QStringLiteral("+12016093802")},
                QStringLiteral("JNUOID-BBB222"), {}},
            {QDate(2024, 5, 20), ChangeType::Swap, {QStringLiteral("+14155550123")},
                QStringLiteral("JNUOID-CCC333"),
                {orderNumber(QStringLiteral("+14155550999"), QStringLiteral("+14155550123"))}},
        };
        for (const Seed &seed : seeds) {
            now = QDateTime(seed.day, QTime(12, 0)).toUTC(); // noon local: the day in any zone
            const qint64 id = *journal->recordSending(Context, makeRequest(seed.type, seed.numbers));
            QVERIFY(journal->recordOrder(id, answeredOrder(seed.orderId, seed.answered)));
        }
        QStringList found;
        for (const JournalEntry &entry : journal->search(query))
            found.append(entry.orderId);
        QCOMPARE(found, orderIds);
    }
};

QTEST_GUILESS_MAIN(OrderJournalTest)
#include "tst_orderjournal.moc"
