#pragma once

#include "core/model/preflightcheck.h"
#include "core/model/runrecord.h"

#include <QIcon>

namespace mua {

// The wizard's SVG icons (resources/icons), one place for which state gets which picture.
class Icons
{
public:
    static QIcon app();
    static QIcon folder();
    static QIcon maintenance();
    static QIcon information();
    static QIcon running();
    static QIcon step(StepStatus status);
    static QIcon check(PreflightCheck::Level level);
};

} // namespace mua
