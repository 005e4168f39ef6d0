#pragma once

// Copies secrets (activation codes, install links) to the clipboard the way password managers do:
// marked so clipboard managers that honour the hint keep no history of it, and cleared after a while
// unless the user has copied something else since, which is theirs to keep. Shared by every view
// that copies a code; one per application window is enough.

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

class QClipboard;
class QImage;
class QLineEdit;
class QMimeData;

namespace nd {

class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr std::chrono::milliseconds DefaultClearAfter {30000};

    explicit SecretClipboard(QClipboard *clipboard, QObject *parent = nullptr);
    // A copy still waiting to be cleared is cleared now: the view that made it (e.g. a history entry)
    // is closing, or the app is quitting, and the secret must not outlive it on the clipboard.
    ~SecretClipboard() override;

    void copy(const QString &secret);
    // A QR code image encodes the same secret: marked and cleared the same way.
    void copyImage(const QImage &image);

    // The delay can be changed (tests; a setting one day); expire() is what the delay's end does, so
    // tests run it without waiting.
    void setClearAfter(std::chrono::milliseconds delay) { m_clearTimer.setInterval(delay); }
    std::chrono::milliseconds clearAfter() const { return m_clearTimer.intervalAsDuration(); }
    bool isClearPending() const { return m_clearTimer.isActive(); }
    void expire();

signals:
    void copied();
    void cleared(); // the secret was removed from the clipboard

private:
    bool clipboardStillHoldsSecret() const;
    void put(QMimeData *data, const QByteArray &fingerprint, bool image); // marks, sets, starts the clock

    QClipboard *m_clipboard;
    QTimer m_clearTimer;
    // A hash, not the secret: nothing readable stays in memory for the 30 s.
    QByteArray m_fingerprint;
    bool m_holdsImage = false; // what the fingerprint is of
};

// Copying out of a field that shows a secret (Ctrl+C, Ctrl+Insert, Cut) calls `copy` with the selected
// text (or all of it) instead of Qt's plain clipboard copy, and the field gets no context menu with a
// plain Copy. `copy` is the view's own path to its SecretClipboard.
void guardSecretField(QLineEdit *field, std::function<void(const QString &)> copy);

} // namespace nd
