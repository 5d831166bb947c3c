#include "core/parse/phpvalue.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace mua {

namespace {

// Arrays with more entries than this keep a hash from key to position, so building and
// looking up large arrays stays linear.
constexpr std::size_t IndexThreshold = 8;

// Decimal text of an integer key; the small ones are shared rather than allocated each time.
QString intKeyText(qint64 i)
{
    constexpr int Cached = 256;
    static const std::vector<QString> cache = [] {
        std::vector<QString> c;
        c.reserve(Cached);
        for (int k = 0; k < Cached; ++k)
            c.push_back(QString::number(k));
        return c;
    }();
    return i >= 0 && i < Cached ? cache[std::size_t(i)] : QString::number(i);
}

const PhpValue &sharedNull()
{
    static const PhpValue null;
    return null;
}

// PHP turns a string key that is a canonical decimal integer ("7", "-3", not "07" or "-0") into
// an integer key.
bool isCanonicalIntKey(const QString &key, qint64 *value)
{
    const qsizetype n = key.size();
    if (n == 0 || n > 20)
        return false;
    qsizetype i = 0;
    if (key.at(0) == QLatin1Char('-'))
        i = 1;
    if (i == n)
        return false;
    if (key.at(i) == QLatin1Char('0') && (n - i > 1 || i == 1))
        return false;
    char buf[24];
    for (qsizetype j = 0; j < n; ++j) {
        const char16_t c = key.at(j).unicode();
        if (j >= i && (c < u'0' || c > u'9'))
            return false;
        buf[j] = char(c);
    }
    qint64 v = 0;
    const auto r = std::from_chars(buf, buf + n, v);
    if (r.ec != std::errc() || r.ptr != buf + n)
        return false;
    if (value)
        *value = v;
    return true;
}

// The leading numeric part of a string, as PHP reads it for (int) and (float) casts.
struct NumericPrefix
{
    bool isInt = true;
    qint64 i = 0;
    double d = 0;
};

NumericPrefix numericPrefix(const QString &s)
{
    NumericPrefix r;
    QByteArray buf;
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto at = [&](qsizetype k) -> char16_t { return k < n ? s.at(k).unicode() : u'\0'; };
    auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    while (i < n && (at(i) == u' ' || at(i) == u'\t' || at(i) == u'\n' || at(i) == u'\r' || at(i) == u'\v' ||
                     at(i) == u'\f'))
        ++i;
    bool negative = false;
    if (at(i) == u'+' || at(i) == u'-') {
        negative = at(i) == u'-';
        ++i;
    }
    while (isDigit(at(i)))
        buf.append(char(at(i++)));
    bool isFloat = false;
    if (at(i) == u'.' && (isDigit(at(i + 1)) || !buf.isEmpty())) {
        isFloat = true;
        buf.append('.');
        ++i;
        while (isDigit(at(i)))
            buf.append(char(at(i++)));
    }
    if (buf.isEmpty() || buf == ".")
        return r;
    if ((at(i) == u'e' || at(i) == u'E') &&
        (isDigit(at(i + 1)) || ((at(i + 1) == u'+' || at(i + 1) == u'-') && isDigit(at(i + 2))))) {
        isFloat = true;
        buf.append('e');
        ++i;
        if (at(i) == u'+' || at(i) == u'-')
            buf.append(char(at(i++)));
        while (isDigit(at(i)))
            buf.append(char(at(i++)));
    }
    const char *b = buf.constData();
    const char *e = b + buf.size();
    if (!isFloat) {
        qint64 v = 0;
        const auto res = std::from_chars(b, e, v);
        if (res.ec == std::errc()) {
            r.isInt = true;
            r.i = negative ? -v : v;
            r.d = double(r.i);
            return r;
        }
        // Too large for an integer: (int) saturates, (float) keeps the magnitude.
    }
    double d = 0;
    const auto res = std::from_chars(b, e, d);
    if (res.ec == std::errc::result_out_of_range) {
        // Tell overflow from underflow by the position of the decimal exponent.
        const qsizetype ePos = buf.indexOf('e');
        const QByteArray mantissa = ePos < 0 ? buf : buf.left(ePos);
        qint64 exponent = 0;
        if (ePos >= 0) {
            const char *x = b + ePos + 1 + (b[ePos + 1] == '+' ? 1 : 0);
            if (std::from_chars(x, e, exponent).ec != std::errc())
                exponent = *x == '-' ? -1000000 : 1000000;
            exponent = std::clamp<qint64>(exponent, -1000000, 1000000); // no overflow below
        }
        qsizetype intDigits = mantissa.indexOf('.');
        if (intDigits < 0)
            intDigits = mantissa.size();
        qsizetype lead = 0;
        while (lead < intDigits && mantissa.at(lead) == '0')
            ++lead;
        d = (intDigits - lead) + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    if (negative)
        d = -d;
    r.isInt = false;
    r.d = d;
    if (std::isnan(d))
        r.i = 0;
    else if (d >= 9223372036854775807.0)
        r.i = std::numeric_limits<qint64>::max();
    else if (d <= -9223372036854775808.0)
        r.i = std::numeric_limits<qint64>::min();
    else
        r.i = qint64(d);
    return r;
}

// (int) of a float as PHP 8 does it on 64-bit systems: truncation, 0 for NaN and infinities,
// and out-of-range values wrapped modulo 2^64.
qint64 doubleToInt(double d)
{
    constexpr double TwoPow63 = 9223372036854775808.0;
    constexpr double TwoPow64 = 18446744073709551616.0;
    if (!std::isfinite(d))
        return 0;
    if (d >= -TwoPow63 && d < TwoPow63)
        return qint64(d);
    double m = std::fmod(d, TwoPow64);
    if (m < 0)
        m += TwoPow64;
    if (m >= TwoPow63)
        m -= TwoPow64;
    if (m < -TwoPow63 || m >= TwoPow63)
        return 0;
    return qint64(m);
}

// A float as `echo` prints it (precision=14): 0.1, 1.0E+25, -INF, NAN.
QString phpFloatToString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NAN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("INF") : QStringLiteral("-INF");
    QString s = QString::number(d, 'g', 14);
    const qsizetype e = s.indexOf(QLatin1Char('e'));
    if (e < 0)
        return s;
    QString mantissa = s.left(e);
    if (!mantissa.contains(QLatin1Char('.')))
        mantissa += QStringLiteral(".0");
    QString exponent = s.mid(e + 1);
    QChar sign = QLatin1Char('+');
    if (!exponent.isEmpty() && (exponent.at(0) == QLatin1Char('+') || exponent.at(0) == QLatin1Char('-'))) {
        sign = exponent.at(0);
        exponent.remove(0, 1);
    }
    while (exponent.size() > 1 && exponent.at(0) == QLatin1Char('0'))
        exponent.remove(0, 1);
    return mantissa + QLatin1Char('E') + sign + exponent;
}

} // namespace

PhpValue PhpValue::fromBool(bool b)
{
    PhpValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

PhpValue PhpValue::fromInt(qint64 i)
{
    PhpValue v;
    v.m_type = Type::Int;
    v.m_int = i;
    return v;
}

PhpValue PhpValue::fromDouble(double d)
{
    PhpValue v;
    v.m_type = Type::Float;
    v.m_double = d;
    return v;
}

PhpValue PhpValue::fromString(const QString &s)
{
    PhpValue v;
    v.m_type = Type::String;
    v.m_string = s;
    return v;
}

PhpValue PhpValue::dynamic(const QString &sourceText)
{
    PhpValue v;
    v.m_type = Type::Dynamic;
    v.m_string = sourceText;
    return v;
}

PhpValue PhpValue::array()
{
    PhpValue v;
    v.m_type = Type::Array;
    return v;
}

bool PhpValue::isScalar() const
{
    return m_type == Type::Bool || m_type == Type::Int || m_type == Type::Float || m_type == Type::String;
}

bool PhpValue::toBool() const
{
    switch (m_type) {
    case Type::Null:
    case Type::Dynamic:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int != 0;
    case Type::Float:
        return m_double != 0.0;
    case Type::String:
        return !m_string.isEmpty() && m_string != QLatin1String("0");
    case Type::Array:
        return !m_entries.empty();
    }
    return false;
}

qint64 PhpValue::toInt() const
{
    switch (m_type) {
    case Type::Null:
    case Type::Dynamic:
        return 0;
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Int:
        return m_int;
    case Type::Float:
        return doubleToInt(m_double);
    case Type::String:
        return numericPrefix(m_string).i;
    case Type::Array:
        return m_entries.empty() ? 0 : 1;
    }
    return 0;
}

double PhpValue::toDouble() const
{
    switch (m_type) {
    case Type::Null:
    case Type::Dynamic:
        return 0;
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Int:
        return double(m_int);
    case Type::Float:
        return m_double;
    case Type::String:
        return numericPrefix(m_string).d;
    case Type::Array:
        return m_entries.empty() ? 0 : 1;
    }
    return 0;
}

QString PhpValue::toString() const
{
    switch (m_type) {
    case Type::Null:
    case Type::Array:
        return QString();
    case Type::Bool:
        return m_bool ? QStringLiteral("1") : QString();
    case Type::Int:
        return QString::number(m_int);
    case Type::Float:
        return phpFloatToString(m_double);
    case Type::String:
    case Type::Dynamic:
        return m_string;
    }
    return QString();
}

QStringList PhpValue::keys() const
{
    QStringList result;
    result.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        result.append(e.key);
    return result;
}

qsizetype PhpValue::indexOf(const QString &key) const
{
    if (m_entries.size() > IndexThreshold)
        return m_index.value(key, -1);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key)
            return qsizetype(i);
    }
    return -1;
}

qsizetype PhpValue::indexOf(QStringView key) const
{
    if (m_entries.size() > IndexThreshold) {
        // QHash lookups need a QString in Qt 6.4.
        return m_index.value(key.toString(), -1);
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key)
            return qsizetype(i);
    }
    return -1;
}

bool PhpValue::contains(QStringView key) const
{
    return m_type == Type::Array && indexOf(key) >= 0;
}

const PhpValue &PhpValue::operator[](QStringView key) const
{
    if (m_type != Type::Array)
        return sharedNull();
    const qsizetype i = indexOf(key);
    return i < 0 ? sharedNull() : m_entries[std::size_t(i)].value;
}

const PhpValue &PhpValue::at(QStringView path) const
{
    const PhpValue *v = this;
    for (const QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts)) {
        v = &(*v)[part];
        if (v->m_type == Type::Null)
            break;
    }
    return *v;
}

void PhpValue::insert(const QString &key, bool numericKey, PhpValue value)
{
    if (m_type != Type::Array) {
        *this = array();
    }
    qint64 intKey = 0;
    QString canonicalKey = key;
    if (numericKey) {
        bool ok = false;
        intKey = key.toLongLong(&ok);
        numericKey = ok;
        if (ok)
            canonicalKey = intKeyText(intKey);
    } else {
        numericKey = isCanonicalIntKey(key, &intKey);
    }
    insertCanonical(canonicalKey, numericKey, intKey, std::move(value));
}

void PhpValue::insertCanonical(const QString &canonicalKey, bool numericKey, qint64 intKey, PhpValue &&value)
{
    // append() continues after the largest integer key so far, negative ones included (PHP 8).
    if (numericKey && (m_nextIndex == NoIntegerKey || intKey >= m_nextIndex))
        m_nextIndex = intKey == std::numeric_limits<qint64>::max() ? intKey : intKey + 1;

    const qsizetype existing = indexOf(canonicalKey);
    if (existing >= 0) {
        Entry &e = m_entries[std::size_t(existing)];
        e.numericKey = numericKey;
        e.value = std::move(value);
        return;
    }
    if (m_entries.empty())
        m_entries.reserve(4); // most arrays in env.php are small
    m_entries.push_back(Entry{canonicalKey, numericKey, std::move(value)});
    if (m_entries.size() > IndexThreshold) {
        if (m_index.isEmpty()) {
            m_index.reserve(qsizetype(m_entries.size()) * 2);
            for (std::size_t i = 0; i < m_entries.size(); ++i)
                m_index.insert(m_entries[i].key, qsizetype(i));
        } else {
            m_index.insert(canonicalKey, qsizetype(m_entries.size() - 1));
        }
    }
}

void PhpValue::append(PhpValue value)
{
    if (m_type != Type::Array)
        *this = array();
    const qint64 key = m_nextIndex == NoIntegerKey ? 0 : m_nextIndex;
    insertCanonical(intKeyText(key), true, key, std::move(value));
}

QJsonValue PhpValue::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Int:
        return QJsonValue(m_int);
    case Type::Float:
        return QJsonValue(m_double);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Dynamic: {
        QJsonObject o;
        o.insert(QStringLiteral("dynamic"), m_string);
        return o;
    }
    case Type::Array:
        break;
    }
    bool isList = true;
    for (std::size_t i = 0; i < m_entries.size() && isList; ++i)
        isList = m_entries[i].numericKey && m_entries[i].key == intKeyText(qint64(i));
    if (isList) {
        QJsonArray a;
        for (const Entry &e : m_entries)
            a.append(e.value.toJson());
        return a;
    }
    QJsonObject o;
    for (const Entry &e : m_entries)
        o.insert(e.key, e.value.toJson());
    return o;
}

bool PhpValue::operator==(const PhpValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return m_int == other.m_int;
    case Type::Float:
        return m_double == other.m_double;
    case Type::String:
    case Type::Dynamic:
        return m_string == other.m_string;
    case Type::Array:
        break;
    }
    if (m_entries.size() != other.m_entries.size())
        return false;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &a = m_entries[i];
        const Entry &b = other.m_entries[i];
        if (a.numericKey != b.numericKey || a.key != b.key || !(a.value == b.value))
            return false;
    }
    return true;
}

} // namespace mua
