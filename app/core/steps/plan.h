#pragma once

#include "core/model/movesummary.h"

#include <optional>

#include "core/steps/preflightstep.h"
#include "core/steps/step.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace mua {

// The ordered steps for one store and one set of options: `plan` prints it, `upgrade` runs it.
class Plan
{
    Q_DECLARE_TR_FUNCTIONS(mua::Plan)

public:
    struct Entry
    {
        QString id; // the step's word (stepIdWord): plan's output
        QString title;
        bool applies = true;
        QString reason;
        StepPreview preview;

        std::optional<StepId> stepId() const { return stepIdFromWord(id); }
    };

    Plan();
    const std::vector<std::unique_ptr<Step>> &steps() const { return m_steps; }
    QStringList ids() const;

    // What each step would do; runs only read-only commands.
    QList<Entry> preview(const StepContext &ctx) const;

    static QJsonObject toJson(const Store &store, const QList<Entry> &entries,
                              const QList<PreflightCheck> &checks,
                              const std::optional<MoveSummary> &move = std::nullopt);
    static QString toText(const Store &store, const QList<Entry> &entries,
                          const QList<PreflightCheck> &checks,
                          const std::optional<MoveSummary> &move = std::nullopt);

private:
    std::vector<std::unique_ptr<Step>> m_steps;
};

} // namespace mua
