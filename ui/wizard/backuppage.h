#pragma once

#include <QWizardPage>

#include <memory>

class QTimer;

namespace Ui {
class BackupPage;
}

namespace mua {

class MessageBar;

// The backup choice: a checkbox, the folder (outside the web root), pub/media or not, exactly what
// a backup covers and what it does not, and how much room it needs against what is free (measured
// off the GUI thread). A backup that is known to fail keeps Next from going on.
class BackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BackupPage(QWidget *parent = nullptr);
    ~BackupPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool backupRequested() const;
    QString backupFolder() const; // the store's backup folder (backups are new folders in it)
    bool backupMedia() const;
    bool isEstimating() const { return m_estimating; }

signals:
    void estimated();

private:
    void render();
    void estimate();

    std::unique_ptr<Ui::BackupPage> m_ui;
    MessageBar *m_problemBar;
    QTimer *m_debounce;
    QString m_defaultFolder;
    QString m_unsupported; // why the chosen runner cannot take a backup
    QString m_space;       // what the backup needs and what is free
    QString m_problem;     // why a backup would fail before it writes anything
    bool m_estimating = false;
    quint64 m_generation = 0;
};

} // namespace mua
