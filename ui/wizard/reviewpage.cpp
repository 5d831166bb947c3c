#include "ui/wizard/reviewpage.h"

#include "core/model/wording.h"
#include "core/run/storequeries.h"
#include "ui/common/appsettings.h"
#include "ui/common/background.h"
#include "ui/common/icons.h"
#include "ui/common/messagebar.h"
#include "ui/common/wrappingdelegate.h"
#include "ui/wizard/mainwizard.h"
#include "ui_reviewpage.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QVBoxLayout>

#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

namespace mua {

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Review the upgrade"));
    setSubTitle(
        tr("What will change, step by step. Press Upgrade to start; the store goes into maintenance mode."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Upgrade"));
    m_ui->targetEdit->setPlaceholderText(tr("keep the installed code, e.g. 2.4.8"));
    m_ui->urlEdit->setPlaceholderText(tr("not checked, e.g. https://shop.example.com/"));
    m_ui->stepsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->stepsTree->header()->setStretchLastSection(true);
    m_ui->stepsTree->setItemDelegate(new WrappingDelegate(m_ui->stepsTree));
    // The note under the form starts where the fields do.
    int labelWidth = 0;
    for (int row = 0; row < m_ui->componentsLayout->rowCount(); ++row)
        if (QLayoutItem *item = m_ui->componentsLayout->itemAt(row, QFormLayout::LabelRole);
            item && item->widget())
            labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
    m_ui->packageNote->setIndent(labelWidth + m_ui->componentsLayout->horizontalSpacing());
    // What would make the upgrade fail before it starts: above everything else on the page.
    m_problemBar = new MessageBar(this);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(0, m_problemBar);
    // Enter in a field applies it; it never presses Upgrade (QWizard's default button).
    m_ui->targetEdit->installEventFilter(this);
    m_ui->urlEdit->installEventFilter(this);

    // The plan depends on the target version: recompute it shortly after typing stops.
    auto *debounce = new QTimer(this);
    m_debounce = debounce;
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &ReviewPage::refresh);
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, [this, debounce] {
        // Until the new plan is in, Upgrade would commit to the old one: it waits.
        if (targetIsValid()) {
            m_loading = true;
            debounce->start();
        }
        emit completeChanged();
    });
    // The storefront address changes what readiness, maintenance-on and smoke-test will do.
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this, debounce] {
        if (showUrlProblem() && targetIsValid()) {
            m_loading = true;
            debounce->start();
        }
        emit completeChanged();
    });
}

ReviewPage::~ReviewPage() = default;

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
    return m_ui->targetEdit->text().trimmed();
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
    refresh();
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
    runInBackground(
        this, [root, options] { return StoreActions::preview(root, options); },
        [this, generation](const StoreActions::Preview &p) {
            if (generation == m_generation)
                show(p);
        });
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
