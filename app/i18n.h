#pragma once

class QCoreApplication;

namespace mua {

// Loads the embedded translation that matches the system locale (German, French), if any.
void installTranslations(QCoreApplication &app);

} // namespace mua
