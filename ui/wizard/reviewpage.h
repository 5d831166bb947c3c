#pragma once

#include "core/run/storeactions.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class QThreadPool;
class QTimer;
class QTreeWidget;

namespace Ui {
class ReviewPage;
}

namespace mua {

class MessageBar;

// "The components you're upgrading display": the Magento package, the modules, and every step
// with what it will touch. The commit page: its Upgrade button starts the run.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString targetVersion() const;
    // The storefront to check (--url); empty when none was given or it is not a web address.
    QString storefrontUrl() const;
    bool validatePage() override;
    // Why the upgrade cannot start as planned (sentences), empty when it can.
    QString problem() const { return m_problem; }
    bool isLoading() const { return m_loading; }
    // The versions the store's repositories offer are being read (the list fills when they are in).
    bool isListingVersions() const { return m_listingVersions; }
    const StoreActions::Preview &preview() const { return m_preview; }

signals:
    void previewed();
    void versionsListed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void show(const StoreActions::Preview &preview);
    // The move to the target version: "2.4.7 → 2.4.8", what blocks it, its checks, what changes;
    // the sentences of the checks that fail go into problems.
    void showMove(const StoreActions::Preview &preview, QStringList *problems);
    void showMoveLoading();
    // The target typed is no version: said where the move would be.
    void showTargetProblem();
    // The move box with only a sentence (its tables empty and hidden).
    void showMoveSentence(const QString &sentence);
    void listVersions();
    void showVersions(const StoreActions::Versions &versions);
    void fillVersions(const QList<AvailableVersion> &available);
    // Shows a table of the move with its rows, or hides it (and its caption) without any.
    void showTable(QTreeWidget *table, bool shown);
    bool targetIsValid() const;
    // "Impact report…" needs a target version.
    void updateImpactButton();
    void openImpact();
    bool urlIsValid(QString *error = nullptr) const;
    // Shows why the storefront address is not one (or nothing); returns whether it is fine.
    bool showUrlProblem();

    std::unique_ptr<Ui::ReviewPage> m_ui;
    MessageBar *m_problemBar;
    QTimer *m_debounce;
    StoreActions::Preview m_preview;
    QString m_problem;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_urlStore; // the store whose remembered storefront address is in the field
    // The store and runner whose versions the list holds (or is being filled with).
    QString m_versionsFor;
    quint64 m_versionsGeneration = 0;
    bool m_listingVersions = false;
    // The store, runner and target whose move m_preview holds: only the storefront address changed,
    // the move is not worked out again.
    QString m_moveFor;
    // Composer's work (the versions, the move) runs here, each job stopped by its flag once its answer
    // is not wanted any more; the page waits for it when it goes.
    QThreadPool *m_composer;
    std::shared_ptr<std::atomic_bool> m_versionsCancel;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
};

} // namespace mua
