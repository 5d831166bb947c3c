#pragma once

#include "core/steps/step.h"

#include <QRegularExpression>
#include <QUrl>

namespace mua {

// The storefront check of --url, over HTTP from this computer, in three looks:
//   before anything changes (the readiness check): 200, and its time to first byte;
//   right after maintenance-on: 503, which proves maintenance really took effect;
//   last (this step): 200 again; a warning when the first byte comes more than twice as late
//   as before, or when the page shows PHP or Magento error text.
// A look that does not get the answer it expects fails the run with the evidence.
class SmokeTestStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::SmokeTestStep)

public:
    StepId id() const override { return StepId::SmokeTest; }
    QString title() const override { return tr("Check the storefront"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

    // The first two looks: true when the storefront answered as expected (or no --url was given),
    // else false with the sentence that fails the step.
    static bool checkBefore(StepContext &ctx, QString *error);
    static bool checkDuring(StepContext &ctx, QString *error);

    // What readiness and maintenance-on add to their plan summaries; empty without --url.
    static QString beforePreview(const StepContext &ctx);
    static QString duringPreview(const StepContext &ctx);

    // Text on a page that shows PHP or Magento did not render it: the one list.
    static const QList<QRegularExpression> &errorPatterns();
    // The line of the page (tags stripped) with such text; empty when there is none.
    static QString findErrorText(const QByteArray &body);
    // The first line of text of a page (tags stripped), for evidence.
    static QString firstLine(const QByteArray &body);
    // --url as it is named in messages and the report: without a password.
    static QString displayUrl(const QString &url);
    // "200 (35 ms) → 503 → 200 (41 ms)"
    static QString summary(const StorefrontRecord &record);
    // Slower after than before: more than twice as late, and later by at least this much (less is
    // noise that nobody notices: a busy machine, a cold opcache).
    static constexpr qint64 SlowerByAtLeastMs = 250;
};

} // namespace mua
