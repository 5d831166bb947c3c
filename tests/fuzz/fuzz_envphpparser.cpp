// libFuzzer target for mua::EnvPhpParser. Built with clang by tests/fuzz/CMakeLists.txt; see
// there for running it by hand.
#include "core/parse/envphpparser.h"
#include "core/parse/phpvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports it as a crash and saves the input
}

// Touches every value and checks what must hold for any parsed tree.
void walk(const mua::PhpValue &v, int depth)
{
    check(depth <= 300);
    (void)v.toBool();
    (void)v.toInt();
    (void)v.toDouble();
    (void)v.isScalar();
    const QString text = v.toString();
    if (v.isDynamic()) {
        check(!v.sourceText().isEmpty());
        check(v.sourceText() == text);
    }
    if (!v.isArray()) {
        check(v.entries().empty());
        return;
    }
    const QStringList keys = v.keys();
    check(keys.size() == qsizetype(v.entries().size()));
    for (const mua::PhpValue::Entry &e : v.entries()) {
        check(v.contains(e.key));
        check(&v[e.key] == &e.value); // keys are unique and found by lookup
        walk(e.value, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const mua::EnvPhpParseResult r = mua::EnvPhpParser::parse(input);
    if (!r.ok) {
        check(!r.error.isEmpty());
        check(r.line >= 1 && r.line <= input.count('\n') + 1);
        check(r.column >= 1 && qsizetype(r.column) <= input.size() + 1);
        return 0;
    }
    check(r.error.isEmpty());
    check(r.value.isArray());
    walk(r.value, 0);
    (void)r.value.at(u"db/connection/default/host").toString();
    const QJsonValue json = r.value.toJson();
    const QByteArray text =
        json.isArray() ? QJsonDocument(json.toArray()).toJson() : QJsonDocument(json.toObject()).toJson();
    check(!text.isEmpty());
    return 0;
}
