#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace mua {

// One value of a PHP array literal as written in app/etc/env.php. Values that PHP would have to
// evaluate (getenv('X'), constants, concatenation, …) are kept as Dynamic with their source text:
// the assistant never guesses what they would be at run time.
class PhpValue
{
public:
    enum class Type { Null, Bool, Int, Float, String, Array, Dynamic };
    struct Entry;

    PhpValue() = default;
    static PhpValue fromBool(bool b);
    static PhpValue fromInt(qint64 i);
    static PhpValue fromDouble(double d);
    static PhpValue fromString(const QString &s);
    static PhpValue dynamic(const QString &sourceText);
    static PhpValue array();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isArray() const { return m_type == Type::Array; }
    bool isDynamic() const { return m_type == Type::Dynamic; }
    bool isScalar() const;

    bool toBool() const;
    qint64 toInt() const;
    double toDouble() const;
    // Scalars as PHP would print them; Dynamic values give their source text; arrays give "".
    QString toString() const;
    QString sourceText() const { return m_type == Type::Dynamic ? m_string : QString(); }

    // Arrays: entries in source order. Keys are kept as text; numeric keys are marked.
    const std::vector<Entry> &entries() const { return m_entries; }
    QStringList keys() const;
    bool contains(QStringView key) const;
    // Child by key; a shared Null value when absent or when this is not an array.
    const PhpValue &operator[](QStringView key) const;
    // Child by a '/'-separated path, e.g. "db/connection/default/host".
    const PhpValue &at(QStringView path) const;
    // Later duplicate keys overwrite earlier ones, as in PHP.
    void insert(const QString &key, bool numericKey, PhpValue value);
    void append(PhpValue value); // next integer key

    // For reports: scalars as JSON scalars, arrays as objects (or JSON arrays when keyed 0..n-1),
    // dynamic values as {"dynamic": "<source>"}.
    QJsonValue toJson() const;

    bool operator==(const PhpValue &other) const;

private:
    qsizetype indexOf(QStringView key) const;
    qsizetype indexOf(const QString &key) const;
    void insertCanonical(const QString &canonicalKey, bool numericKey, qint64 intKey, PhpValue &&value);

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    std::vector<Entry> m_entries;
    // Arrays only: the next key append() uses, and key -> position once the array is large.
    static constexpr qint64 NoIntegerKey = std::numeric_limits<qint64>::min();
    qint64 m_nextIndex = NoIntegerKey;
    QHash<QString, qsizetype> m_index;
};

struct PhpValue::Entry
{
    QString key;
    bool numericKey = false;
    PhpValue value;
};

} // namespace mua
