#pragma once

#include "core/model/movesummary.h" // BlockingPackage

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mua {

// A package whose php constraint the PHP that ran Composer does not satisfy.
struct PhpProblem
{
    QString package;    // "magento/product-community-edition", or "composer.json"
    QString constraint; // "~8.2.0||~8.3.0||~8.4.0"
    QString actual;     // the version Composer compared with (config.platform's when set): "8.1.20"
};

// An ext-* that a package requires and the PHP that ran Composer lacks (or has in another version,
// or config.platform turns off).
struct ExtensionProblem
{
    QString extension;  // "ext-bcmath"
    QString package;    // "magento/product-community-edition", or "composer.json"
    QString constraint; // "*"
};

// What Composer's failure output says, read from its text (Composer 2.x as it prints it in English;
// the shapes are listed in composerproblems.cpp). Pure: no process, no file.
class ComposerProblems
{
    Q_DECLARE_TR_FUNCTIONS(mua::ComposerProblems)

public:
    // "Your requirements could not be resolved to an installable set of packages." (or the lock
    // file's "does not contain a compatible set of packages")
    bool unresolvable = false;
    // From the "Problem N" blocks; same name and constraint once, in the order Composer names them.
    QList<BlockingPackage> blocking;
    QList<PhpProblem> php;
    QList<ExtensionProblem> extensions;
    // Versions or packages the repositories do not have: "magento/product-community-edition 9.9.9",
    // "acme/does-not-exist" (Composer names no constraint when the package is not there at all).
    QStringList missingVersions;
    // Package names of Composer plugins that config.allow-plugins does not allow.
    QStringList blockedPlugins;
    // The host (with its port when it has one, as Composer keys auth.json) that wanted credentials
    // Composer lacked or that refused them (HTTP 401/403): "repo.magento.com". Empty when none did.
    QString authenticationHost;
    // PHP's "Allowed memory size of N bytes exhausted".
    bool memoryExhausted = false;

    // output: Composer's stdout and stderr as printed (ANSI colours, \r and Symfony Console's
    // wrapped error blocks are undone here). productPackage: the package the move targets
    // ("magento/product-community-edition"); empty: the first Magento or Mage-OS product package
    // the output's root requirements name.
    static ComposerProblems parse(const QString &output, const QString &productPackage);
};

} // namespace mua
