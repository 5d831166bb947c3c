#pragma once

#include <QString>

namespace mua {

// One readiness check, as the wizard's readiness page and `plan` show it (PreflightStep runs them).
struct PreflightCheck
{
    enum class Level { Pass, Warning, Error };
    QString id;
    QString title;
    Level level = Level::Pass;
    QString message; // what was found
    QString fix;     // what to do about it (warnings and errors)
};

// The level's word in `plan --json`: "pass", "warning", "error".
QString checkLevelName(PreflightCheck::Level level);

} // namespace mua
