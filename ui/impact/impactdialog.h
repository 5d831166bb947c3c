#pragma once

#include "core/run/storeactions.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QThreadPool;

namespace mua {

class ImpactView;
class MessageBar;

// The impact report of the move to options.targetVersion, made when the dialog opens (the review
// page's "Impact report…"): Composer installs the target into a scratch folder, which takes a while,
// so a busy bar and the last line of progress show until the report is in. Cancel, Escape or closing
// the dialog stop the work; the pool it runs on (the page's) is waited for by its owner.
class ImpactDialog : public QDialog
{
    Q_OBJECT

public:
    using Runner = std::function<StoreActions::ImpactAnswer(
        const QString &root, const UpgradeOptions &options, const std::atomic_bool *cancel,
        const std::function<void(const QString &)> &log)>;

    // runner: StoreActions::impact, or a test's own.
    ImpactDialog(const QString &root, const UpgradeOptions &options, QThreadPool *pool,
                 QWidget *parent = nullptr, Runner runner = &StoreActions::impact);
    ~ImpactDialog() override;

    bool isRunning() const { return m_running; }
    ImpactView *view() const { return m_view; }
    // The sentence shown when the report could not be made (empty otherwise).
    QString error() const;

signals:
    // The report is in (shown in the view), or the sentence why not is.
    void reportReady();

protected:
    void done(int result) override;

private:
    void start(const QString &root, const UpgradeOptions &options, QThreadPool *pool, Runner runner);
    void showAnswer(const StoreActions::ImpactAnswer &answer);

    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QLabel *m_lastLine;
    MessageBar *m_errorBar;
    ImpactView *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace mua
