#pragma once

// Puts one interface language into effect for the whole application: Qt's own catalogue (qtbase_<code>,
// the standard dialog buttons), NumberDesk's (numberdesk_<code>.qm, embedded under :/numberdesk/i18n)
// and the default QLocale, so numbers, dates and fees follow the language. Installing a translator
// makes Qt post QEvent::LanguageChange to every window, which is how the desk retranslates while
// running. Owned by main.cpp; the GUI tests make their own.

#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace nd {

class AppTranslators final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTranslators)

public:
    explicit AppTranslators(QObject *parent = nullptr);
    ~AppTranslators() override; // uninstalls what it installed

    // Replaces the installed catalogues with those of a shipped language; false (and English, Qt's
    // source language) when NumberDesk's catalogue for it cannot be loaded.
    bool apply(const QString &requested);
    QString current() const { return m_current; }

    // Where NumberDesk's compiled catalogues are embedded (qt_add_translations' RESOURCE_PREFIX).
    static QString catalogueDirectory();

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
    QString m_current;
};

} // namespace nd
