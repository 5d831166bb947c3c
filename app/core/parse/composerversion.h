#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mua {

// Which Magento a store is, from the bytes of one of Composer's files. Pure functions on bytes
// (no file access), so that a fuzzer can feed them anything (tests/fuzz/fuzz_composerversion.cpp).
class ComposerVersion
{
    Q_DECLARE_TR_FUNCTIONS(mua::ComposerVersion)

public:
    struct Info
    {
        QString version; // "2.4.7"; empty when the file does not say
        QString edition; // Community, Enterprise or B2B; empty with the version
        QString source;  // the file it came from, relative to the store
    };
    // What one file said: the version (maybe none) and, when the file could not be used, a
    // sentence that says why (not JSON, a version that is not one).
    // Data, not an error convention: one file can give a version and a problem at once.
    struct Result
    {
        Info info;
        QString problem;
    };

    // composer.lock: "packages" and "packages-dev".
    static Result fromLock(const QByteArray &json, const QString &source);
    // vendor/composer/installed.json: Composer 1 writes a plain array, Composer 2 {"packages": [...]}.
    static Result fromInstalled(const QByteArray &json, const QString &source);
    // A git clone of Magento itself: the root composer.json of magento/magento2ce or magento2ee.
    static Result fromCloneComposerJson(const QByteArray &json, const QString &source);
    // vendor/magento/magento2-base/composer.json: its "version" (the edition is not in it).
    static Result fromBaseComposerJson(const QByteArray &json, const QString &source);

    // Whether text can be a Composer version as Composer writes it in these files: digits, letters,
    // '.', '-', '+', '_' only, at most 64 of them ("2.4.7-p3", "v2.4.7", "dev-2.4-develop").
    static bool isPlausible(const QString &text);
};

} // namespace mua
