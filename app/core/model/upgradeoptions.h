#pragma once

#include "core/model/runnersettings.h"

#include <QString>

namespace mua {

enum class OnFailure { KeepMaintenance, Restore };

// One run's choices, as given on the command line or in the wizard.
struct UpgradeOptions
{
    RunnerSettings runner;
    QString targetVersion; // --target-version: move the product package first
    bool backup = false;   // --backup
    QString backupDir;     // --backup-dir (empty: the default); backupMedia: --backup-media
    bool backupMedia = false;
    QString url;        // --url: the storefront, checked before, during maintenance and after
    QString notifyUrl;  // --notify, --notify-file's content or MUA_NOTIFY_URL (a secret)
    QString notifyFile; // --notify-file (not secret: the next command names it)
    OnFailure onFailure = OnFailure::KeepMaintenance;
    QString logFile;          // --log; default var/log/upgrade-assistant-<time>.log
    QString reportFile;       // --report
    bool resume = false;      // --resume
    bool breakLock = false;   // --break-lock
    int graceMs = 5000;       // how long a cancelled child gets between SIGTERM and SIGKILL
    int urlTimeoutMs = 30000; // how long one look at the storefront may take
};

} // namespace mua
