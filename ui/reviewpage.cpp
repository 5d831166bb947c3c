#include "reviewpage.h"

#include "appsettings.h"
#include "background.h"
#include "commandsteps.h"
#include "httpclient.h"
#include "icons.h"
#include "mainwizard.h"
#include "ui_reviewpage.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QTimer>

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

    // The plan depends on the target version: recompute it shortly after typing stops.
    auto *debounce = new QTimer(this);
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
    QUrl url;
    QString sentence;
    if (text.isEmpty() || HttpClient::parseWebUrl(text, tr("The storefront address"), &url, &sentence))
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
    const QString package = ComposerUpdateStep::productPackage(s);
    m_ui->packageValue->setText(
        targetVersion().isEmpty()
            ? tr("%1 %2 — the database is brought up to this code").arg(package, s.version)
            : tr("%1 %2 → %3").arg(package, s.version, targetVersion()));
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
    if (!p.error.isEmpty())
        m_ui->packageValue->setText(p.error);
    emit completeChanged();
    emit previewed();
}

bool ReviewPage::isComplete() const
{
    return !m_loading && m_preview.error.isEmpty() && !m_preview.entries.isEmpty() && targetIsValid() &&
           urlIsValid();
}

} // namespace mua
