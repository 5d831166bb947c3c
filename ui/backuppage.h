#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class BackupPage;
}

namespace mua {

// The backup choice, with an honest statement of what is covered. Backups are not built yet, so the
// page says so rather than pretending.
class BackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BackupPage(QWidget *parent = nullptr);
    ~BackupPage() override;

private:
    std::unique_ptr<Ui::BackupPage> m_ui;
};

} // namespace mua
