#pragma once

// The small question the profile switcher asks when the chosen profile has no AccountSecret for this
// session: the secret (hidden) and whether to save it in the credential store or keep it for this
// session only. A profile without an account key yet (the --api-base one) asks for the key too, and
// one that is for this session only never offers to save.

#include "profiles/ConnectionProfile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ProfileSecretPrompt;
}

namespace nd {

class ProfileSecretPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSecretPrompt)

public:
    // `storeAvailable` false: the checkbox is off and says why (no credential store this session).
    // `problem`: why the saved secret could not be used, shown above the field; may be empty.
    ProfileSecretPrompt(const ConnectionProfile &profile, bool storeAvailable, const QString &problem,
        QWidget *parent = nullptr);
    ~ProfileSecretPrompt() override;

    QString secret() const;
    bool saveInStore() const;
    // The key typed when the profile had none; empty otherwise.
    QString accountKey() const;
    bool asksForKey() const { return m_profile.accountKey.isEmpty() || m_profile.isTemporary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameTexts();
    void updateState();

    std::unique_ptr<Ui::ProfileSecretPrompt> m_ui;
    ConnectionProfile m_profile;
    bool m_storeAvailable = false;
    QString m_problem;
};

} // namespace nd
