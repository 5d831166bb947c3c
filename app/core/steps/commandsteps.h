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
    MagentoCommandStep(const QString &id, const QString &title, const QStringList &arguments,
                       const QString &summary, Condition condition = {});

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

private:
    QString m_id;
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
    QString id() const override { return QStringLiteral("cache-enable"); }
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
    QString id() const override { return QStringLiteral("composer-update"); }
    QString title() const override { return tr("Move Magento to the new version"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

    static QString productPackage(const Store &store);
};

// backup until its issue lands: listed, never run.
class NotRequestedStep : public Step
{
public:
    NotRequestedStep(const QString &id, const QString &title, const QString &reason);
    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    Applicability applies(const StepContext &) const override { return {false, m_reason}; }
    StepPreview preview(const StepContext &) const override { return {}; }
    StepOutcome run(StepContext &) override { return done(QString()); }

private:
    QString m_id;
    QString m_title;
    QString m_reason;
};

} // namespace mua
