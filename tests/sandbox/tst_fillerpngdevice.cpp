// The QrOversized body: exactly the announced size, a PNG signature first, produced as it is read (in any
// chunk sizes, and again after a seek), so Qt HTTP Server can stream it on every supported Qt version.

#include "sandbox/FillerPngDevice.h"

#include <QTest>

using nd::sandbox::FillerPngDevice;

class TestFillerPngDevice final : public QObject
{
    Q_OBJECT

private slots:
    void readInOddChunks_givesSignatureThenFiller_ofExactlyTheSize();
    void seek_rereadsFromThere();
};

void TestFillerPngDevice::readInOddChunks_givesSignatureThenFiller_ofExactlyTheSize()
{
    FillerPngDevice device(100000);
    QVERIFY(device.isOpen());
    QVERIFY(!device.isSequential());
    QCOMPARE(device.size(), 100000);
    QByteArray all;
    for (const int chunk : {3, 1, 7, 4096, 65536, 65536}) // the signature split across reads
        all += device.read(chunk);
    QVERIFY(device.atEnd());
    QCOMPARE(device.read(10), QByteArray());
    QCOMPARE(all.size(), 100000);
    QVERIFY(all.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(all.count('N'), 100000 - 8 + 1); // the signature holds one 'N'
}

void TestFillerPngDevice::seek_rereadsFromThere()
{
    FillerPngDevice device(20);
    QCOMPARE(device.read(20).size(), 20);
    QVERIFY(device.seek(1));
    QCOMPARE(device.read(3), QByteArray("PNG"));
    QVERIFY(device.seek(18));
    QCOMPARE(device.read(5), QByteArray("NN"));
}

QTEST_GUILESS_MAIN(TestFillerPngDevice)
#include "tst_fillerpngdevice.moc"
