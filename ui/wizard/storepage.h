#pragma once

#include "core/model/runnersettings.h"
#include "core/model/store.h"

#include <QList>
#include <QMap>
#include <QWizardPage>

#include <memory>

namespace Ui {
class StorePage;
}

namespace mua {

// Choose a store (dialog, drag and drop, recent stores) and how its commands run; shows what
// `inspect` found, read off the GUI thread.
class StorePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StorePage(QWidget *parent = nullptr);
    ~StorePage() override;

    void openStore(const QString &root);
    bool isComplete() const override;
    bool validatePage() override;
    const Store &store() const { return m_store; }
    // The runner chosen for this store and its fields, over the store's saved profile.
    RunnerSettings runnerSettings() const;
    // What the chosen runner still needs before Next (one or two sentences); empty when ready.
    QString runnerProblem() const;
    bool isReading() const { return m_reading; }

signals:
    void storeInspected();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void showStore(const Store &store);
    void clearFacts();
    void loadRecentStores();
    // A runner kind in the combo, with the labels of the form rows that belong to it (shown only
    // while it is chosen). Adding a kind is one addRunner() call in the constructor plus its rows in
    // the .ui (and its rules in runnerIssues()).
    void addRunner(RunnerKind kind, const QString &text, const QList<QWidget *> &rows);
    RunnerKind chosenKind() const;
    void showRunnerProfile(const RunnerSettings &profile);
    void runnerChanged();
    // What the container runner's note says for kind (empty for the others).
    QString containerNote(RunnerKind kind) const;
    void browseSshConfig();

    std::unique_ptr<Ui::StorePage> m_ui;
    QMap<RunnerKind, QList<QWidget *>> m_runnerRows;
    Store m_store;
    quint64 m_generation = 0; // answers for a folder the user has since left are ignored
    bool m_reading = false;
};

} // namespace mua
