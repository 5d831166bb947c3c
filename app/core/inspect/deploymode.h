#pragma once

#include "core/model/store.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace mua {

// The deploy mode decides the step list: production needs setup:di:compile and
// setup:static-content:deploy after setup:upgrade, which empties generated/ and pub/static. env.php
// usually writes MAGE_MODE as it is; when it computes it ('MAGE_MODE' => getenv('MAGE_MODE') ?:
// 'production' is common), the parser does not guess, and Magento itself is asked:
// bin/magento deploy:mode:show, through the runner, evaluates env.php with PHP as the store's
// commands do. When it cannot answer, the mode stays unknown and the readiness check refuses.
class DeployMode
{
    Q_DECLARE_TR_FUNCTIONS(mua::DeployMode)

public:
    static QString magentoSource() { return QStringLiteral("bin/magento deploy:mode:show"); }
    static QString envPhpSource() { return QStringLiteral("app/etc/env.php"); }

    // The mode in deploy:mode:show's output, "Current application mode: production. (Note: Environment
    // variables may override this value.)" in 2.0 to 2.4; empty when no line says default, developer or
    // production (2.0 and 2.1 print an error and still exit 0).
    static QString parseShow(const QStringList &lines);

    // Asks Magento: default, developer or production; nothing when it cannot say, with why not in
    // *error (as the end of a sentence: unknownMessage() makes it one).
    static std::optional<QString> ask(const Runner &runner, const std::atomic_bool *cancel, int graceMs,
                                      QString *error, const CommandExecutor::LineHandler &log = {});

    // When env.php computes MAGE_MODE and Magento has not been asked yet: asks it and fills the
    // store's deployMode and deployModeSource, or deployModeError. True when the mode is known.
    static bool resolve(Store &store, const Runner &runner, const std::atomic_bool *cancel, int graceMs,
                        const CommandExecutor::LineHandler &log = {});

    // "production mode from bin/magento deploy:mode:show, as app/etc/env.php computes MAGE_MODE at run
    // time", "developer mode from app/etc/env.php", …: the mode and what decided it, for
    // `plan`, the readiness check and the log.
    static QString describe(const Store &store);
    // The readiness check's sentence when the mode is unknown, and what to do.
    static QString unknownMessage(const QString &error);
    static QString unknownFix(const Runner &runner);
};

} // namespace mua
