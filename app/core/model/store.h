#pragma once

#include "core/model/runnerkind.h"
#include "core/parse/envphpparser.h"
#include "core/parse/phpvalue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace mua {

// Where a store keeps generated code: 2.0–2.1 under var/, 2.2 onwards under generated/.
enum class CodeLayout { Legacy, Generated };

// Everything `inspect` reports about a store. Reading a store changes nothing in it.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(mua::Store)

public:
    QString root; // absolute path
    bool isMagento = false;
    QString error; // why the store cannot be worked on (one sentence); empty when fine

    QString version;       // "2.4.7", empty when unknown
    QString edition;       // Community, Enterprise, B2B; empty when unknown
    QString versionSource; // file the version came from, relative to root

    CodeLayout layout = CodeLayout::Generated;
    QStringList codeGenerationDirs; // relative to root

    ArraySyntax envSyntax = ArraySyntax::Short;
    PhpValue env; // the parsed env.php (holds secrets: never print it whole)
    // default, developer, production; empty while unknown: env.php computes MAGE_MODE at run time and
    // Magento was not asked (inspect never runs PHP) or could not answer (DeployMode).
    QString deployMode;
    QString deployModeSource;        // what decided it: app/etc/env.php, or bin/magento deploy:mode:show
    bool deployModeComputed = false; // env.php computes MAGE_MODE (getenv() …)
    QString deployModeError;         // why Magento could not say, when asked

    QString sessionSave;     // files, db, redis, valkey, memcached
    QString sessionSavePath; // env.php session.save_path, empty when absent
    bool usesVarSession = false;
    int varSessionFiles = 0;

    bool maintenance = false;
    QList<QPair<QString, int>> cacheTypes; // in env.php order

    QString filesystem; // as /proc/self/mountinfo names it
    bool networkFilesystem = false;
    QStringList warnings;

    // How the project around the store runs PHP, when its files say so (ContainerRunner::detect):
    // ddev, warden or compose; the compose service; the sentence that says why; the file.
    std::optional<RunnerKind> suggestedRunner;
    QString suggestedService;
    QString suggestedRunnerReason;
    QString suggestedRunnerFile;

    QString path(const QString &relative) const { return root + QLatin1Char('/') + relative; }
    QString envPhpPath() const { return path(QStringLiteral("app/etc/env.php")); }
    QStringList cacheTypesOff() const;

    // The `inspect --json` object of cli.md.
    QJsonObject toJson() const;
    // A short summary a person can scan.
    QString summary() const;
};

QString arraySyntaxName(ArraySyntax syntax);

} // namespace mua
