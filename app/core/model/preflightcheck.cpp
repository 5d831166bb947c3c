#include "core/model/preflightcheck.h"

namespace mua {

QString checkLevelName(PreflightCheck::Level level)
{
    switch (level) {
    case PreflightCheck::Level::Pass:
        return QStringLiteral("pass");
    case PreflightCheck::Level::Warning:
        return QStringLiteral("warning");
    case PreflightCheck::Level::Error:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace mua
