#pragma once

#include "core/steps/step.h"

#include <functional>

namespace mua {

// A step that is one bin/magento command: setup-upgrade, di-compile, static-deploy.
class MagentoCommandStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::MagentoCommandStep)

public:
    using Condition = std::function<Applicability(const StepContext &)>;
    MagentoCommandStep(StepId id, const QString &title, const QStringList &arguments, const QString &summary,
                       Condition condition = {});

    StepId id() const override { return m_id; }
    QString title() const override { return m_title; }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

private:
    StepId m_id;
    QString m_title;
    QStringList m_arguments;
    QString m_summary;
    Condition m_condition;
};

// The seed's last step: cache:enable, then cache:status must show every type on.
class CacheEnableStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::CacheEnableStep)

public:
    StepId id() const override { return StepId::CacheEnable; }
    QString title() const override { return tr("Enable all cache types"); }
    Applicability applies(const StepContext &) const override { return {}; }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

    // Parses cache:status output: "type: 1" lines.
    static QList<QPair<QString, int>> parseStatus(const QStringList &lines);
};

// --target-version: composer require <product>:X --no-update, then composer update.
class ComposerUpdateStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::ComposerUpdateStep)

public:
    StepId id() const override { return StepId::ComposerUpdate; }
    QString title() const override { return tr("Move Magento to the new version"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

    static QString productPackage(const Store &store);
    // The commands of the move: require (or require-commerce) --no-update, then update. In `folder`
    // (store-relative) instead of the store when given, without scripts (composer-stage).
    static QList<CommandSpec> commands(const StepContext &ctx, const QString &folder = QString());

private:
    // In maintenance, when composer-stage staged the move: the swap, the autoloader, the scripts
    // (composerstagestep.cpp).
    StepOutcome runStaged(StepContext &ctx);
    // After an interrupted run: what it kept goes back. False with the failure in *outcome.
    bool putBackInterrupted(StepContext &ctx, StepOutcome *outcome);
};

} // namespace mua
