#include "ui/wizard/reviewpage.h"

#include "core/model/wording.h"
#include "core/run/storequeries.h"
#include "ui/common/appsettings.h"
#include "ui/common/background.h"
#include "ui/common/icons.h"
#include "ui/common/messagebar.h"
#include "ui/common/wrappingdelegate.h"
#include "ui/impact/impactdialog.h"
#include "ui/wizard/mainwizard.h"
#include "ui/wizard/readinesspage.h"
#include "ui_reviewpage.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mua {

namespace {

// What the versions and the move depend on besides the target: the store and how its commands run.
QString settingsKey(const QString &root, const RunnerSettings &r)
{
    return QStringList{root,      runnerKindWord(r.kind), r.php,           r.composer,
                       r.sshHost, r.remoteRoot,           r.sshConfigFile, r.service}
        .join(QLatin1Char('\n'));
}

// A table of the move as tall as its rows, which wrap to the width there is: the page scrolls,
// not the table.
void fitToRows(QTreeWidget *table)
{
    int height = 2 * table->frameWidth() + table->header()->sizeHint().height();
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        height += table->sizeHintForRow(row);
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

// A flag for a new job; the one before it is raised (its answer is not wanted any more).
std::shared_ptr<std::atomic_bool> replaceJob(std::shared_ptr<std::atomic_bool> &current)
{
    if (current)
        current->store(true);
    current = std::make_shared<std::atomic_bool>(false);
    return current;
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
    , m_composer(new QThreadPool(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Review the upgrade"));
    setSubTitle(
        tr("What will change, step by step. Press Upgrade to start; the store goes into maintenance mode."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Upgrade"));
    // The versions the store's repositories offer, or one typed in: the list's items say the PHP
    // each needs, and choosing one puts the bare version into the field.
    QComboBox *target = m_ui->targetCombo;
    target->setCompleter(nullptr); // it would complete a typed version to an item's text
    QLineEdit *targetEdit = target->lineEdit();
    targetEdit->setObjectName(QStringLiteral("targetEdit"));
    targetEdit->setAccessibleName(target->accessibleName()); // typed into: named like the list
    targetEdit->setPlaceholderText(tr("keep the installed code, e.g. 2.4.8"));
    fillVersions({});
    m_ui->versionsLabel->hide();
    connect(target, &QComboBox::activated, this,
            [target](int index) { target->setEditText(target->itemData(index).toString()); });
    m_ui->urlEdit->setPlaceholderText(tr("not checked, e.g. https://shop.example.com/"));
    m_ui->stepsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setStretchLastSection(true);
    m_ui->stepsTree->setItemDelegate(new WrappingDelegate(m_ui->stepsTree));
    for (QTreeWidget *table : {m_ui->blockingTree, m_ui->moveChecksTree, m_ui->changesTree}) {
        for (int column = 0; column + 1 < table->columnCount(); ++column)
            table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        table->header()->setStretchLastSection(true);
        table->setItemDelegate(new WrappingDelegate(table));
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Once every section has its new width (the header resizes them one after another).
        connect(
            table->header(), &QHeaderView::sectionResized, table, [table] { fitToRows(table); },
            Qt::QueuedConnection);
    }
    m_ui->moveBox->hide();
    // One label column for both forms; the notes between and under them (word-wrapped labels get a
    // height for the wrong width in a form's row) start where the fields do.
    int labelWidth = 0;
    for (QFormLayout *form : {m_ui->componentsLayout, m_ui->urlLayout})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
    m_ui->packageCaption->setMinimumWidth(labelWidth);
    m_ui->urlLabel->setMinimumWidth(labelWidth);
    for (QLabel *note : {m_ui->packageNote, m_ui->versionsLabel})
        note->setIndent(labelWidth + m_ui->componentsLayout->horizontalSpacing());
    // What would make the upgrade fail before it starts: above everything else on the page.
    m_problemBar = new MessageBar(this);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(0, m_problemBar);
    // Enter in a field applies it; it never presses Upgrade (QWizard's default button).
    target->installEventFilter(this);
    targetEdit->installEventFilter(this);
    m_ui->urlEdit->installEventFilter(this);

    // The plan depends on the target version: recompute it shortly after typing stops.
    auto *debounce = new QTimer(this);
    m_debounce = debounce;
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &ReviewPage::refresh);
    connect(targetEdit, &QLineEdit::textChanged, this, [this, debounce] {
        // Until the new plan is in, Upgrade would commit to the old one: it waits.
        if (targetIsValid()) {
            m_loading = true;
            debounce->start();
        } else {
            showTargetProblem();
        }
        updateImpactButton();
        emit completeChanged();
    });
    // What the move to the target changes in the store's customisations: worked out in a dialog of
    // its own, on the page's pool (Composer installs the target), never blocking the upgrade.
    connect(m_ui->impactButton, &QPushButton::clicked, this, &ReviewPage::openImpact);
    updateImpactButton();
    // The storefront address changes what readiness, maintenance-on and smoke-test will do.
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this, debounce] {
        if (showUrlProblem() && targetIsValid()) {
            m_loading = true;
            debounce->start();
        }
        emit completeChanged();
    });
}

ReviewPage::~ReviewPage()
{
    for (const std::shared_ptr<std::atomic_bool> &cancel : {m_versionsCancel, m_previewCancel})
        if (cancel)
            cancel->store(true);
    // An impact report being made stops too (its dialog's flag), before the pool is waited for: the
    // dialogs, children of the page, would otherwise go only after this.
    qDeleteAll(findChildren<ImpactDialog *>(Qt::FindDirectChildrenOnly));
    m_composer->waitForDone();
}

void ReviewPage::updateImpactButton()
{
    m_ui->impactButton->setEnabled(!targetVersion().isEmpty() && targetIsValid());
}

void ReviewPage::openImpact()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || targetVersion().isEmpty() || !targetIsValid())
        return;
    auto *dialog = new ImpactDialog(w->store().root, w->options(), m_composer, this);
    dialog->setObjectName(QStringLiteral("impactDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_debounce->isActive()) { // the plan for what was typed, now
                m_debounce->stop();
                refresh();
            }
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

QString ReviewPage::targetVersion() const
{
    return m_ui->targetCombo->currentText().trimmed();
}

QString ReviewPage::storefrontUrl() const
{
    const QString text = m_ui->urlEdit->text().trimmed();
    return urlIsValid() ? text : QString();
}

bool ReviewPage::urlIsValid(QString *error) const
{
    const QString text = m_ui->urlEdit->text().trimmed();
    QString sentence;
    if (text.isEmpty() || StoreQueries::isWebAddress(text, tr("The storefront address"), &sentence))
        return true;
    if (error)
        *error = sentence;
    return false;
}

bool ReviewPage::showUrlProblem()
{
    QString error;
    const bool valid = urlIsValid(&error);
    m_ui->urlHintLabel->setText(error);
    m_ui->urlHintLabel->setVisible(!valid);
    m_ui->urlEdit->setAccessibleDescription(
        valid
            ? tr("Optional. Checked over HTTP: 200 before the upgrade, 503 during maintenance, 200 after it.")
            : error);
    return valid;
}

bool ReviewPage::targetIsValid() const
{
    static const QRegularExpression version(QStringLiteral("^2\\.[0-9]+\\.[0-9]+(-p[0-9]+)?$"));
    return targetVersion().isEmpty() || version.match(targetVersion()).hasMatch();
}

void ReviewPage::initializePage()
{
    // Each store's storefront address is remembered with it, like its runner.
    if (auto *w = qobject_cast<MainWizard *>(wizard()); w && w->store().root != m_urlStore) {
        m_urlStore = w->store().root;
        const QSignalBlocker quiet(m_ui->urlEdit); // refreshed just below
        m_ui->urlEdit->setText(AppSettings::storefrontUrl(m_urlStore));
        showUrlProblem();
    }
    m_moveFor.clear(); // worked out again on every visit: the store may have changed since
    listVersions();
    refresh();
}

void ReviewPage::listVersions()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w)
        return;
    const QString root = w->store().root;
    const UpgradeOptions options = w->options();
    const QString key = settingsKey(root, options.runner);
    if (key == m_versionsFor)
        return;
    m_versionsFor = key;
    m_listingVersions = true;
    fillVersions({});
    m_ui->versionsLabel->setText(tr("Reading the versions the store's repositories offer…"));
    m_ui->versionsLabel->show();
    const quint64 generation = ++m_versionsGeneration;
    runInBackground(
        this,
        [root, options, cancel = replaceJob(m_versionsCancel)] {
            return StoreActions::versions(root, options, cancel.get());
        },
        [this, generation](const StoreActions::Versions &v) {
            if (generation == m_versionsGeneration)
                showVersions(v);
        },
        m_composer);
}

void ReviewPage::showVersions(const StoreActions::Versions &v)
{
    m_listingVersions = false;
    fillVersions(v.versions ? v.versions->available : QList<AvailableVersion>());
    if (!v.versions) // the store or the runner could not be used, or Composer could not list them
        m_ui->versionsLabel->setText(
            tr("%1 Type the version to move to instead.").arg(v.error.isEmpty() ? v.versionsError : v.error));
    else if (v.versions->available.isEmpty())
        m_ui->versionsLabel->setText(
            v.store.version.isEmpty()
                ? tr("The store's repositories offer no version of %1.").arg(v.versions->package)
                : tr("The store's repositories offer no version newer than %1.").arg(v.store.version));
    else
        m_ui->versionsLabel->setText(tr("%n newer version(s) offered: choose one from the list, or type one.",
                                        nullptr, int(v.versions->available.size())));
    m_ui->versionsLabel->show();
    emit versionsListed();
}

void ReviewPage::fillVersions(const QList<AvailableVersion> &available)
{
    QComboBox *target = m_ui->targetCombo;
    const QString typed = target->currentText();
    // What is typed stays as it is: no refresh, no other text.
    const QSignalBlocker quiet(target);
    const QSignalBlocker quietEdit(target->lineEdit());
    target->clear();
    target->addItem(tr("keep the installed code"), QString());
    for (const AvailableVersion &a : available)
        target->addItem(a.php.isEmpty() ? a.version : tr("%1 (PHP %2)").arg(a.version, a.php), a.version);
    target->setCurrentIndex(std::max(0, target->findData(typed.trimmed())));
    target->setEditText(typed);
}

bool ReviewPage::validatePage()
{
    if (auto *w = qobject_cast<MainWizard *>(wizard()); w && !w->store().root.isEmpty())
        AppSettings::setStorefrontUrl(w->store().root, storefrontUrl());
    return true;
}

void ReviewPage::refresh()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w)
        return;
    m_loading = true;
    emit completeChanged();
    const quint64 generation = ++m_generation;
    const QString root = w->store().root;
    const UpgradeOptions options = w->options();
    // With a target, Composer works the move out (seconds): not again when only the storefront
    // address changed.
    const QString moveFor = options.targetVersion.isEmpty() ? QString()
                                                            : settingsKey(root, options.runner) +
                                                                  QLatin1Char('\n') + options.targetVersion;
    const bool sameMove = !moveFor.isEmpty() && moveFor == m_moveFor;
    const bool workOut = !moveFor.isEmpty() && !sameMove;
    m_moveFor.clear();
    if (workOut)
        showMoveLoading();
    runInBackground(
        this,
        [root, options, workOut, cancel = replaceJob(m_previewCancel)] {
            return workOut ? StoreActions::previewMove(root, options, cancel.get())
                           : StoreActions::preview(root, options);
        },
        [this, generation, moveFor, sameMove, kept = m_preview](StoreActions::Preview p) {
            if (generation != m_generation)
                return;
            if (sameMove) {
                p.checks = kept.checks;
                p.move = kept.move;
            }
            if (p.error.isEmpty())
                m_moveFor = moveFor;
            show(p);
        },
        m_composer);
}

void ReviewPage::showMoveLoading()
{
    const auto *w = qobject_cast<MainWizard *>(wizard());
    const QString from = w ? w->store().version : QString();
    showMoveSentence(
        tr("%1 → %2: Composer is working the move out in a scratch copy; nothing in the store changes…")
            .arg(from.isEmpty() ? tr("the installed version") : from, targetVersion()));
}

void ReviewPage::showTargetProblem()
{
    showMoveSentence(tr("“%1” is not a Magento version: choose one from the list, or type one such as 2.4.8.")
                         .arg(targetVersion()));
}

void ReviewPage::showMoveSentence(const QString &sentence)
{
    m_ui->moveBox->show();
    m_ui->moveLabel->setText(sentence);
    for (QTreeWidget *table : {m_ui->blockingTree, m_ui->moveChecksTree, m_ui->changesTree}) {
        table->clear();
        showTable(table, false);
    }
}

void ReviewPage::showTable(QTreeWidget *table, bool shown)
{
    QLabel *caption = table == m_ui->blockingTree     ? m_ui->blockingCaption
                      : table == m_ui->moveChecksTree ? m_ui->moveChecksCaption
                                                      : m_ui->changesCaption;
    caption->setVisible(shown);
    table->setVisible(shown);
    if (shown)
        fitToRows(table);
}

void ReviewPage::showMove(const StoreActions::Preview &p, QStringList *problems)
{
    const QString target = targetVersion();
    for (QTreeWidget *table : {m_ui->blockingTree, m_ui->moveChecksTree, m_ui->changesTree})
        table->clear();
    m_ui->moveBox->setVisible(!target.isEmpty() && p.error.isEmpty());
    if (!m_ui->moveBox->isVisibleTo(this))
        return;
    const QString from = p.move && !p.move->from.isEmpty() ? p.move->from
                         : p.store.version.isEmpty()       ? tr("the installed version")
                                                           : p.store.version;
    int errors = 0;
    for (const PreflightCheck &c : p.checks) {
        ReadinessPage::addCheck(m_ui->moveChecksTree, c);
        if (c.level == PreflightCheck::Level::Error) {
            ++errors;
            problems->append(tr("The check “%1” failed: %2").arg(c.title, c.message));
        }
    }
    if (p.move) {
        for (const BlockingPackage &b : p.move->blocking) {
            auto *item = new QTreeWidgetItem(m_ui->blockingTree, {b.name, b.constraint, b.reason});
            item->setIcon(0, Icons::check(PreflightCheck::Level::Error));
            item->setToolTip(2, b.reason);
        }
        if (errors == 0) // what would change, once Composer found a way
            for (const PackageChange &c : p.move->changes)
                new QTreeWidgetItem(m_ui->changesTree,
                                    {c.name, c.from.isEmpty() ? tr("not installed") : c.from,
                                     c.to.isEmpty() ? tr("removed") : c.to});
    }
    const int blocking = m_ui->blockingTree->topLevelItemCount();
    const int changes = m_ui->changesTree->topLevelItemCount();
    m_ui->moveLabel->setText(
        blocking ? tr("%1 → %2: Composer cannot make the move: %n package(s) block it.", nullptr, blocking)
                       .arg(from, target)
        : errors
            ? tr("%1 → %2: the move cannot be made until the checks marked below pass.").arg(from, target)
            : tr("%1 → %2: Composer can make the move; %n package(s) change.", nullptr, changes)
                  .arg(from, target));
    showTable(m_ui->blockingTree, blocking > 0);
    showTable(m_ui->moveChecksTree, m_ui->moveChecksTree->topLevelItemCount() > 0);
    showTable(m_ui->changesTree, changes > 0);
}

void ReviewPage::show(const StoreActions::Preview &p)
{
    m_preview = p;
    m_loading = false;
    const Store &s = p.store;
    const QString package = StoreQueries::productPackage(s);
    m_ui->packageValue->setText(targetVersion().isEmpty()
                                    ? tr("%1 %2").arg(package, s.version)
                                    : tr("%1 %2 → %3").arg(package, s.version, targetVersion()));
    m_ui->packageNote->setText(
        targetVersion().isEmpty()
            ? tr("The database and the modules are brought up to the code that is installed.")
            : tr("Composer moves the code to %1 first; the database and the modules follow it.")
                  .arg(targetVersion()));
    m_ui->modulesValue->setText(p.enabledModules < 0 ? tr("unknown (app/etc/config.php could not be read)")
                                                     : tr("%n enabled", nullptr, p.enabledModules));
    m_ui->stepsTree->clear();
    for (const Plan::Entry &e : p.entries) {
        auto *item = new QTreeWidgetItem(m_ui->stepsTree);
        item->setIcon(0, Icons::step(e.applies ? StepStatus::Pending : StepStatus::Skipped));
        item->setText(0, e.title);
        QString what = e.applies ? e.preview.summary : tr("Skipped: %1").arg(e.reason);
        for (const QString &c : e.preview.commands)
            what += QStringLiteral("\n$ ") + c;
        item->setText(1, what);
        item->setToolTip(1, what);
        item->setData(0, Qt::AccessibleTextRole,
                      e.applies ? tr("%1, will run").arg(e.title) : tr("%1, skipped").arg(e.title));
        if (!e.applies)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (!p.error.isEmpty()) { // said in the bar below
        m_ui->packageValue->clear();
        m_ui->packageNote->clear();
    }

    // A step that is known to fail keeps Upgrade from starting the run, and says why.
    QStringList problems;
    if (!p.error.isEmpty())
        problems << p.error;
    const Wording &words = Wording::current();
    for (const Plan::Entry &e : p.entries) {
        if (!e.applies || e.preview.problem.isEmpty())
            continue;
        problems << tr("The step “%1” would fail: %2").arg(e.title, e.preview.problem);
        if (e.stepId() == StepId::Backup)
            problems << tr("Press Back to untick %1 or to choose another %2.")
                            .arg(words.setting(Setting::Backup), words.setting(Setting::BackupDir));
    }
    showMove(p, &problems);
    m_problem = problems.join(QLatin1Char(' '));
    if (m_problem.isEmpty())
        m_problemBar->hide();
    else
        m_problemBar->showMessage(MessageBar::Type::Error, tr("The upgrade cannot start: %1").arg(m_problem));
    emit completeChanged();
    emit previewed();
}

bool ReviewPage::isComplete() const
{
    return !m_loading && m_preview.error.isEmpty() && m_problem.isEmpty() && !m_preview.entries.isEmpty() &&
           targetIsValid() && urlIsValid();
}

} // namespace mua
