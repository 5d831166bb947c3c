// libFuzzer target for mua::ComposerVersion: the code that reads which Magento a store is from
// composer.lock, installed.json and composer.json. Built with clang by tests/fuzz/CMakeLists.txt;
// see there for running it by hand. Every input goes to each of the four readers.
#include "core/parse/composerversion.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports it as a crash and saves the input
}

// What must hold for anything a reader returns.
void checkResult(const mua::ComposerVersion::Result &r, const QString &source, bool editionKnown)
{
    const mua::ComposerVersion::Info &i = r.info;
    if (i.version.isEmpty()) {
        check(i.edition.isEmpty() && i.source.isEmpty());
        return;
    }
    // A version never carries anything but what Composer writes in one: no escape sequence, no
    // newline, nothing long reaches a terminal or a log through it.
    check(mua::ComposerVersion::isPlausible(i.version));
    check(!i.version.startsWith(QLatin1Char('v')));
    check(i.source == source);
    if (editionKnown)
        check(i.edition == QLatin1String("Community") || i.edition == QLatin1String("Enterprise") ||
              i.edition == QLatin1String("B2B"));
    else
        check(i.edition.isEmpty());
    for (const QChar c : r.problem)
        check(c.unicode() >= 0x20 || c == QLatin1Char('\n'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using mua::ComposerVersion;
    const QString lock = QStringLiteral("composer.lock");
    const QString installed = QStringLiteral("vendor/composer/installed.json");
    const QString root = QStringLiteral("composer.json");
    const QString base = QStringLiteral("vendor/magento/magento2-base/composer.json");
    checkResult(ComposerVersion::fromLock(input, lock), lock, true);
    checkResult(ComposerVersion::fromInstalled(input, installed), installed, true);
    checkResult(ComposerVersion::fromCloneComposerJson(input, root), root, true);
    checkResult(ComposerVersion::fromBaseComposerJson(input, base), base, false);
    return 0;
}
