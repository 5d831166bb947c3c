#include "ui/common/icons.h"

namespace mua {

namespace {

QIcon load(const char *name)
{
    return QIcon(QStringLiteral(":/mua/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

QIcon Icons::app()
{
    return load("app");
}

QIcon Icons::folder()
{
    return load("folder");
}

QIcon Icons::maintenance()
{
    return load("maintenance");
}

QIcon Icons::information()
{
    return load("information");
}

QIcon Icons::running()
{
    return load("status-running");
}

QIcon Icons::step(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return load("status-pending");
    case StepStatus::Done:
        return load("status-done");
    case StepStatus::Skipped:
        return load("status-skipped");
    case StepStatus::Failed:
        return load("status-failed");
    case StepStatus::Cancelled:
        return load("status-cancelled");
    }
    return {};
}

QIcon Icons::check(PreflightCheck::Level level)
{
    switch (level) {
    case PreflightCheck::Level::Pass:
        return load("status-done");
    case PreflightCheck::Level::Warning:
        return load("check-warning");
    case PreflightCheck::Level::Error:
        return load("status-failed");
    }
    return {};
}

} // namespace mua
