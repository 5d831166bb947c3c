#pragma once

class QCoreApplication;

namespace mua {

// Loads the embedded translation that matches the system locale (German, French), else the English
// plural forms.
void installTranslations(QCoreApplication &app);

} // namespace mua
