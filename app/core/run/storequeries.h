#pragma once

#include "core/model/runrecord.h"
#include "core/model/store.h"
#include "core/runners/runner.h"

#include <QString>
#include <QStringList>

namespace mua {

class Wording;

// The read-only questions the wizard asks the engine, in one place: a page includes this instead
// of the steps, the inspector, the runners or the HTTP client, and renders what it gets. Nothing
// here changes the store; inspect() reads files, so a page calls it off the GUI thread (the
// one-shot work with commands is StoreActions').
class StoreQueries
{
public:
    // What `inspect` reports about the folder (StoreInspector).
    static Store inspect(const QString &root);
    // The Composer package that carries the store's Magento version: magento/product-community-
    // edition, …-enterprise-edition, or magento/magento2-base for a git clone.
    static QString productPackage(const Store &store);
    // Whether text is an http:// or https:// address the storefront check can use; false with a
    // sentence naming it as `what` when not.
    static bool isWebAddress(const QString &text, const QString &what, QString *error);
    // Whether a runner's settings can make a runner; false with what is wrong, in the reader's words.
    static bool isRunnerUsable(const RunnerSettings &settings, const Wording &words, QString *error);
    // Whether a backup can be taken with this runner; false with why not, in the words of the process.
    static bool canBackUp(RunnerKind kind, QString *error);
    // Where the store's backups go: backupDir when given, else the assistant's own folder for it.
    static QString backupFolder(const QString &storeRoot, const QString &backupDir = {});
    // What a backup covers and what it does not, in plain sentences.
    static QStringList backupCovers(bool includeMedia);
    static QStringList backupLeavesOut(bool includeMedia);
    // A size as people read it: "1.4 GB".
    static QString formatSize(qint64 bytes);
    // The storefront check of a run in one sentence ("answered 200 before and after").
    static QString storefrontSummary(const StorefrontRecord &record);
};

} // namespace mua
