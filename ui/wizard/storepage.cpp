#include "ui/wizard/storepage.h"

#include "core/run/storequeries.h"
#include "ui/common/appsettings.h"
#include "ui/common/background.h"
#include "ui/common/icons.h"
#include "ui/wizard/wizardwording.h"
#include "ui_storepage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace mua {

namespace {

// ~ and ~/… as a shell would expand them (QFileInfo and ssh -F take the path as it is).
QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

StorePage::StorePage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StorePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Choose the store"));
    setSubTitle(tr("Nothing in the store changes until you press Upgrade on the review page."));
    setAcceptDrops(true);
    m_ui->browseButton->setIcon(Icons::folder());
    m_ui->sshConfigBrowseButton->setIcon(Icons::folder());
    addRunner(RunnerKind::Local, tr("This computer (php bin/magento)"), {m_ui->phpLabel});
    addRunner(RunnerKind::Ssh, tr("A server over SSH (ssh HOST, bin/magento there)"),
              {m_ui->sshHostLabel, m_ui->remoteRootLabel, m_ui->sshConfigLabel, m_ui->sshNoteLabel,
               m_ui->phpLabel});
    // The container runners: PHP is the container's, so no PHP row.
    addRunner(RunnerKind::Ddev, tr("A ddev project (ddev exec bin/magento)"), {m_ui->containerNoteLabel});
    addRunner(RunnerKind::Warden, tr("A warden environment (warden env exec -T php-fpm bin/magento)"),
              {m_ui->serviceLabel, m_ui->containerNoteLabel});
    addRunner(RunnerKind::Compose, tr("Docker Compose (docker compose exec SERVICE bin/magento)"),
              {m_ui->serviceLabel, m_ui->containerNoteLabel});
    // One label column for both forms, wide enough for every runner's rows: the fields do not
    // move when another runner is chosen.
    int labelWidth = 0;
    for (QFormLayout *form : {m_ui->factsLayout, m_ui->runnerLayout}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
        }
    }
    m_ui->versionCaption->setMinimumWidth(labelWidth);
    m_ui->runnerLabel->setMinimumWidth(labelWidth);
    // Notes sit below the form, across its width (a word-wrapped label in the field column gets
    // a height for the wrong width), but start where the fields do.
    const int fieldIndent = labelWidth + m_ui->runnerLayout->horizontalSpacing();
    for (QLabel *note :
         {m_ui->sshNoteLabel, m_ui->containerNoteLabel, m_ui->runnerHintLabel, m_ui->versionNote})
        note->setIndent(fieldIndent);
    m_ui->runnerCombo->setToolTip(
        tr("Where bin/magento runs: with this computer's PHP, on a server over SSH, or in "
           "the PHP container of a ddev, warden or docker compose project."));
    m_ui->factsBox->setVisible(false);
    // The folder is typed into the combo's own field: a screen reader names it like the combo.
    m_ui->pathCombo->lineEdit()->setAccessibleName(m_ui->pathCombo->accessibleName());
    loadRecentStores();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &StorePage::browse);
    connect(m_ui->pathCombo, &QComboBox::activated, this,
            [this](int index) { openStore(m_ui->pathCombo->itemText(index)); });
    connect(m_ui->pathCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString text = m_ui->pathCombo->currentText().trimmed();
        if (!text.isEmpty() && QDir::cleanPath(text) != m_store.root)
            openStore(text);
    });
    connect(m_ui->runnerCombo, &QComboBox::currentIndexChanged, this, &StorePage::runnerChanged);
    for (QLineEdit *edit :
         {m_ui->sshHostEdit, m_ui->remoteRootEdit, m_ui->sshConfigEdit, m_ui->serviceEdit, m_ui->phpEdit})
        connect(edit, &QLineEdit::textChanged, this, &StorePage::runnerChanged);
    connect(m_ui->sshConfigBrowseButton, &QPushButton::clicked, this, &StorePage::browseSshConfig);
    runnerChanged();
}

StorePage::~StorePage() = default;

void StorePage::addRunner(RunnerKind kind, const QString &text, const QList<QWidget *> &rows)
{
    m_ui->runnerCombo->addItem(text, runnerKindWord(kind));
    m_runnerRows.insert(kind, rows);
}

void StorePage::showRunnerProfile(const RunnerSettings &profile)
{
    const int index = m_ui->runnerCombo->findData(runnerKindWord(profile.kind));
    m_ui->runnerCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_ui->sshHostEdit->setText(profile.sshHost);
    m_ui->remoteRootEdit->setText(profile.remoteRoot);
    m_ui->sshConfigEdit->setText(profile.sshConfigFile);
    m_ui->serviceEdit->setText(profile.service);
    m_ui->phpEdit->setText(profile.php);
    runnerChanged();
}

RunnerKind StorePage::chosenKind() const
{
    return runnerKindFromWord(m_ui->runnerCombo->currentData().toString()).value_or(RunnerKind::Local);
}

void StorePage::runnerChanged()
{
    const RunnerKind kind = chosenKind();
    m_ui->containerNoteLabel->setText(containerNote(kind));
    const QList<QWidget *> shown = m_runnerRows.value(kind);
    for (const QList<QWidget *> &rows : std::as_const(m_runnerRows)) {
        for (QWidget *row : rows) {
            // The notes sit below the form, where a word-wrapped label gets its height right;
            // in a QFormLayout row it could be laid out zero pixels high once shown.
            if (m_ui->runnerLayout->indexOf(row) >= 0)
                m_ui->runnerLayout->setRowVisible(row, shown.contains(row));
            else
                row->setVisible(shown.contains(row));
        }
    }
    const QString problem = runnerProblem();
    m_ui->runnerHintLabel->setText(problem);
    m_ui->runnerHintLabel->setVisible(!problem.isEmpty());
    emit completeChanged();
}

QString StorePage::containerNote(RunnerKind kind) const
{
    QString note;
    if (kind == RunnerKind::Ddev)
        note =
            tr("bin/magento runs in the project's web container (ddev exec), started from the store folder "
               "above; the file work is done here, in that folder. Start the project with ddev start first.");
    else if (kind == RunnerKind::Warden)
        note =
            tr("bin/magento runs in the environment's PHP container (warden env exec -T), started from the "
               "store folder above; the file work is done here, in that folder. Start the environment with "
               "warden env up first.");
    else if (kind == RunnerKind::Compose)
        note =
            tr("bin/magento runs in the service's container (docker compose exec -T), started from the store "
               "folder above; the file work is done here, in that folder. Start the project with docker "
               "compose up -d first.");
    else
        return {};
    // Why this runner was chosen for a store without a saved one.
    if (kind == m_store.suggestedRunner && !m_store.suggestedRunnerFile.isEmpty())
        note = tr("Found %1.").arg(QDir::toNativeSeparators(m_store.suggestedRunnerFile)) + QLatin1Char(' ') +
               note;
    return note;
}

void StorePage::browseSshConfig()
{
    QString start = expandHome(m_ui->sshConfigEdit->text().trimmed());
    if (start.isEmpty())
        start = QDir::homePath() + QStringLiteral("/.ssh");
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose an SSH config file"), start);
    if (!file.isEmpty())
        m_ui->sshConfigEdit->setText(file);
}

void StorePage::loadRecentStores()
{
    m_ui->pathCombo->clear();
    m_ui->pathCombo->addItems(AppSettings::recentStores());
    m_ui->pathCombo->setCurrentIndex(-1);
    m_ui->pathCombo->setEditText(QString());
    m_ui->pathCombo->lineEdit()->setPlaceholderText(tr("/var/www/magento2"));
}

void StorePage::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the store folder"),
                                                          m_ui->pathCombo->currentText());
    if (!dir.isEmpty())
        openStore(dir);
}

void StorePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void StorePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openStore(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void StorePage::openStore(const QString &root)
{
    m_ui->pathCombo->setEditText(root);
    m_store = Store();
    m_reading = true;
    m_ui->statusLabel->setText(tr("Reading %1 …").arg(root));
    m_ui->factsBox->setVisible(false);
    m_ui->warningsLabel->clear();
    emit completeChanged();
    const quint64 generation = ++m_generation;
    runInBackground(
        this, [root] { return StoreQueries::inspect(root); },
        [this, generation](const Store &store) {
            if (generation == m_generation)
                showStore(store);
        });
}

void StorePage::showStore(const Store &store)
{
    m_store = store;
    m_reading = false;
    if (!store.error.isEmpty()) {
        m_ui->statusLabel->setText(store.error);
        emit completeChanged();
        emit storeInspected();
        return;
    }
    m_ui->pathCombo->setEditText(store.root);
    // The runner saved for this store; else the one the project's files point to.
    RunnerSettings profile = AppSettings::runnerProfile(store.root);
    if (!AppSettings::hasRunnerProfile(store.root) && store.suggestedRunner) {
        profile.kind = *store.suggestedRunner;
        if (!store.suggestedService.isEmpty())
            profile.service = store.suggestedService;
    }
    showRunnerProfile(profile);
    m_ui->statusLabel->setText(tr("This is a Magento store the assistant can upgrade."));

    m_ui->versionValue->setText(
        store.version.isEmpty()
            ? tr("version unknown")
            : tr("%1 %2 (from %3)").arg(store.version, store.edition, store.versionSource));
    // What an upgrade without a target does to what the store runs.
    m_ui->versionNote->setText(
        store.version.isEmpty()
            ? tr("Without a version to move to (chosen on the review page), the upgrade only brings the "
                 "database up to the code already installed.")
            : tr("Without a version to move to (chosen on the review page), the upgrade only brings the "
                 "database up to the code already installed: the store stays on Magento %1.")
                  .arg(store.version));
    m_ui->layoutValue->setText(store.codeGenerationDirs.join(QLatin1String(", ")));
    m_ui->modeValue->setText(store.deployMode.isEmpty() && store.deployModeComputed
                                 ? tr("set at run time by app/etc/env.php (the readiness check asks Magento)")
                                 : store.deployMode);
    if (store.usesVarSession)
        m_ui->sessionsValue->setText(tr("files in var/session (%n entries)", nullptr, store.varSessionFiles));
    else if (store.sessionSave == QLatin1String("files"))
        m_ui->sessionsValue->setText(tr("files in %1").arg(store.sessionSavePath));
    else
        m_ui->sessionsValue->setText(tr("%1, not in var/session").arg(store.sessionSave));
    m_ui->maintenanceValue->setText(store.maintenance ? tr("on: the storefront answers 503") : tr("off"));
    const QStringList off = store.cacheTypesOff();
    m_ui->cacheValue->setText(off.isEmpty() ? tr("all %n on", nullptr, int(store.cacheTypes.size()))
                                            : tr("%1 of %2 on; off: %3")
                                                  .arg(store.cacheTypes.size() - off.size())
                                                  .arg(store.cacheTypes.size())
                                                  .arg(off.join(QLatin1String(", "))));
    m_ui->filesystemValue->setText(store.networkFilesystem ? tr("%1 (a network share)").arg(store.filesystem)
                                                           : store.filesystem);
    m_ui->factsBox->setVisible(true);
    QStringList warnings;
    for (const QString &w : store.warnings)
        warnings << QStringLiteral("⚠ ") + w;
    m_ui->warningsLabel->setText(warnings.join(QLatin1Char('\n')));
    emit completeChanged();
    emit storeInspected();
}

RunnerSettings StorePage::runnerSettings() const
{
    RunnerSettings r = m_store.root.isEmpty() ? RunnerSettings() : AppSettings::runnerProfile(m_store.root);
    r.kind = chosenKind();
    const QString php = m_ui->phpEdit->text().trimmed();
    r.php = php.isEmpty() ? QStringLiteral("php") : php;
    // Kept for every kind, so switching to this computer and back loses nothing.
    r.sshHost = m_ui->sshHostEdit->text().trimmed();
    r.remoteRoot = m_ui->remoteRootEdit->text().trimmed();
    r.sshConfigFile = expandHome(m_ui->sshConfigEdit->text().trimmed());
    const QString service = m_ui->serviceEdit->text().trimmed();
    r.service = service.isEmpty() ? QStringLiteral("php-fpm") : service;
    return r;
}

QString StorePage::runnerProblem() const
{
    // The runner's own rules, in the wizard's words; reading the files (the config file, the
    // mount) is left to the readiness check, off the GUI thread.
    QString problem;
    StoreQueries::isRunnerUsable(runnerSettings(), WizardWording(), &problem);
    return problem;
}

bool StorePage::isComplete() const
{
    return !m_reading && m_store.isMagento && m_store.error.isEmpty() && runnerProblem().isEmpty();
}

bool StorePage::validatePage()
{
    AppSettings::addRecentStore(m_store.root);
    AppSettings::setRunnerProfile(m_store.root, runnerSettings());
    return true;
}

} // namespace mua
