#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class BackupPage;
}

namespace mua {

// The backup choice: a checkbox, the folder (outside the web root), pub/media or not, and exactly
// what a backup covers and what it does not.
class BackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BackupPage(QWidget *parent = nullptr);
    ~BackupPage() override;

    void initializePage() override;

    bool backupRequested() const;
    QString backupFolder() const; // the store's backup folder (backups are new folders in it)
    bool backupMedia() const;

private:
    void render();

    std::unique_ptr<Ui::BackupPage> m_ui;
    QString m_defaultFolder;
    QString m_unsupported; // why the chosen runner cannot take a backup
};

} // namespace mua
