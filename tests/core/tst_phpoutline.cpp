// PhpOutline: the classes and methods of a PHP file (issue 19), from which the impact report tells which
// methods of a vendor class a move changes or removes, and reads a plugin's before/after/around methods.
#include "core/impact/phpoutline.h"
#include "core/impact/vendordiff.h"

#include <QtTest>

using namespace mua;

namespace {

// One line a class ("class Foo\Bar extends Baz 3-20"), then one line a method ("  name 5-9").
QString describe(const QList<PhpClass> &classes)
{
    QStringList out;
    for (const PhpClass &c : classes) {
        out << QStringLiteral("%1 %2%3 %4-%5")
                   .arg(c.kind, c.name,
                        c.parent.isEmpty() ? QString() : QStringLiteral(" extends ") + c.parent)
                   .arg(c.firstLine)
                   .arg(c.lastLine);
        for (const PhpMethod &m : c.methods)
            out << QStringLiteral("  %1 %2-%3").arg(m.name).arg(m.firstLine).arg(m.lastLine);
    }
    return out.join(QLatin1Char('\n'));
}

QString outline(const QByteArray &source)
{
    return describe(PhpOutline::read(source));
}

// The code of the one method named `name` in the file's first class.
QByteArray codeOf(const QByteArray &source, const QString &name)
{
    const QList<PhpClass> classes = PhpOutline::read(source);
    if (classes.isEmpty())
        return "(no class)";
    for (const PhpMethod &m : classes.first().methods) {
        if (m.name == name)
            return m.code;
    }
    return "(no method)";
}

} // namespace

class TestPhpOutline : public QObject
{
    Q_OBJECT

private slots:
    // A repository as Magento writes it: namespace, imports, docblocks, a long constructor.
    void magentoRepository()
    {
        const QByteArray php = R"php(<?php
/**
 * Copyright © Magento, Inc. All rights reserved.
 */
namespace Magento\Catalog\Model;

use Magento\Catalog\Api\Data\ProductInterface;
use Magento\Framework\Exception\NoSuchEntityException;
use Magento\Framework\Model\AbstractModel as FrameworkModel;

/**
 * @SuppressWarnings(PHPMD.CouplingBetweenObjects)
 */
class ProductRepository extends FrameworkModel implements \Magento\Catalog\Api\ProductRepositoryInterface
{
    /**
     * @var ProductInterface[]
     */
    protected $instances = [];

    public function __construct(
        ProductFactory $productFactory,
        ?\Magento\Framework\Serialize\Serializer\Json $serializer = null,
        $cacheLimit = 1000
    ) {
        $this->productFactory = $productFactory;
    }

    /**
     * @inheritdoc
     */
    public function get($sku, $editMode = false, $storeId = null, $forceReload = false)
    {
        if (!isset($this->instances[$sku])) {
            throw new NoSuchEntityException(__('The product that was requested doesn\'t exist.'));
        }
        return $this->instances[$sku];
    }

    private function getCacheKey($data)
    {
        return sha1($this->serializer->serialize($data));
    }
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Magento\\Catalog\\Model\\ProductRepository extends "
                                              "Magento\\Framework\\Model\\AbstractModel 14-44\n"
                                              "  __construct 21-27\n"
                                              "  get 32-38\n"
                                              "  getCacheKey 40-43"));
    }

    // `namespace X { }` blocks, the global `namespace { }`, and several classes in one file.
    void namespaceBlocksAndSeveralClasses()
    {
        const QByteArray php = R"php(<?php
namespace Vendor\One {
    use Vendor\Base\Thing;
    class A extends Thing
    {
        public function run() {}
    }
    class B extends A {}
}
namespace Vendor\Two {
    class A extends Thing {}
}
namespace {
    class GlobalOne extends ArrayObject {}
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Vendor\\One\\A extends Vendor\\Base\\Thing 4-7\n"
                                              "  run 6-6\n"
                                              "class Vendor\\One\\B extends Vendor\\One\\A 8-8\n"
                                              "class Vendor\\Two\\A extends Vendor\\Two\\Thing 11-11\n"
                                              "class GlobalOne extends ArrayObject 14-14"));
        const QByteArray two = "<?php\nnamespace First;\nuse X\\Y;\nclass A extends Y {}\n"
                               "namespace Second;\nclass B extends Y {}\n";
        QCOMPARE(outline(two), QStringLiteral("class First\\A extends X\\Y 4-4\n"
                                              "class Second\\B extends Second\\Y 6-6"));
    }

    // final, abstract and readonly classes, and attributes: the class starts at its first one.
    void classModifiersAndAttributes()
    {
        const QByteArray php = R"php(<?php
declare(strict_types=1);

namespace Magento\Framework\Test;

final class One {}
abstract class Two
{
    abstract protected function make(): static;
}
#[\Attribute(\Attribute::TARGET_CLASS)]
final readonly class Three
{
}
readonly class Four {}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Magento\\Framework\\Test\\One 6-6\n"
                                              "class Magento\\Framework\\Test\\Two 7-10\n"
                                              "  make 9-9\n"
                                              "class Magento\\Framework\\Test\\Three 11-14\n"
                                              "class Magento\\Framework\\Test\\Four 15-15"));
    }

    // Interfaces (methods end in `;`), traits and backed enums.
    void interfacesTraitsAndEnums()
    {
        const QByteArray php = R"php(<?php
namespace Magento\Sales\Api;

interface OrderRepositoryInterface extends \Magento\Framework\Api\SearchResultsInterface, Countable
{
    /**
     * @return \Magento\Sales\Api\Data\OrderInterface
     */
    public function get($id);

    public function save(
        \Magento\Sales\Api\Data\OrderInterface $entity
    );
}

trait Logs
{
    public function log(string $message): void
    {
        $this->logger->info($message);
    }
}

enum Status: string implements HasLabel
{
    case Pending = 'pending';
    case Complete = 'complete';

    public function label(): string
    {
        return match ($this) {
            self::Pending => __('Pending'),
            self::Complete => __('Complete'),
        };
    }
}

enum Plain
{
    case A;
}
)php";
        QCOMPARE(outline(php),
                 QStringLiteral("interface Magento\\Sales\\Api\\OrderRepositoryInterface extends "
                                "Magento\\Framework\\Api\\SearchResultsInterface 4-14\n"
                                "  get 9-9\n"
                                "  save 11-13\n"
                                "trait Magento\\Sales\\Api\\Logs 16-22\n"
                                "  log 18-21\n"
                                "enum Magento\\Sales\\Api\\Status 24-36\n"
                                "  label 29-35\n"
                                "enum Magento\\Sales\\Api\\Plain 38-41"));
    }

    // The parent by the namespace and imports of the file: aliases, groups, a leading backslash,
    // `namespace` as a prefix, a partly qualified name through an imported namespace, and names compared
    // without case.
    void parentResolution()
    {
        const auto parentOf = [](const QByteArray &uses, const QByteArray &extends) {
            const QList<PhpClass> classes = PhpOutline::read("<?php\nnamespace My\\Module\\Model;\n" + uses +
                                                             "\nclass X extends " + extends + "\n{\n}\n");
            return classes.size() == 1 ? classes.first().parent : QStringLiteral("(no class)");
        };
        QCOMPARE(parentOf("use Magento\\Catalog\\Model\\Product;", "Product"),
                 QStringLiteral("Magento\\Catalog\\Model\\Product"));
        QCOMPARE(parentOf("use Magento\\Catalog\\Model\\Product as CoreProduct;", "CoreProduct"),
                 QStringLiteral("Magento\\Catalog\\Model\\Product"));
        QCOMPARE(parentOf("use Magento\\Catalog\\Model\\{Category, Product as Base};", "Base"),
                 QStringLiteral("Magento\\Catalog\\Model\\Product"));
        QCOMPARE(parentOf("use Magento\\Catalog\\{Model\\Category, Model\\Product};", "Category"),
                 QStringLiteral("Magento\\Catalog\\Model\\Category"));
        QCOMPARE(parentOf("use Magento\\Catalog\\Model\\Product;", "\\Magento\\Catalog\\Model\\Category"),
                 QStringLiteral("Magento\\Catalog\\Model\\Category"));
        QCOMPARE(parentOf("", "namespace\\Sub\\Base"), QStringLiteral("My\\Module\\Model\\Sub\\Base"));
        QCOMPARE(parentOf("", "Base"), QStringLiteral("My\\Module\\Model\\Base"));
        QCOMPARE(parentOf("use Magento\\Framework\\Model;", "Model\\AbstractModel"),
                 QStringLiteral("Magento\\Framework\\Model\\AbstractModel"));
        QCOMPARE(parentOf("use Magento\\Framework\\Model\\AbstractModel;", "abstractmodel"),
                 QStringLiteral("Magento\\Framework\\Model\\AbstractModel"));
        QCOMPARE(parentOf("use \\Magento\\Framework\\DataObject, Magento\\Framework\\Phrase;", "DataObject"),
                 QStringLiteral("Magento\\Framework\\DataObject"));
        // A function or constant import imports no class.
        QCOMPARE(parentOf("use function Other\\Base;\nuse const Other\\Base2;", "Base"),
                 QStringLiteral("My\\Module\\Model\\Base"));
        QCOMPARE(parentOf("use Some\\{function helper, Base};", "Base"), QStringLiteral("Some\\Base"));
        QCOMPARE(parentOf("", "\\Exception"), QStringLiteral("Exception"));
    }

    // class_exists, X::class, $x->class and anonymous classes declare nothing; the methods of an
    // anonymous class belong to the method it is in.
    void notClassDeclarations()
    {
        const QByteArray php = R"php(<?php
namespace Vendor\Module\Model;

if (!class_exists(Legacy::class)) {
    class_alias(Modern::class, Legacy::class);
}
$handler = new class {
    public function handle() {}
};
$other = new readonly class($a) extends Base {};
class Real
{
    public function make()
    {
        $name = static::class . $this->class . $this?->class;
        return new class($name) extends \ArrayObject implements \Countable {
            public function count(): int
            {
                return 0;
            }
        };
    }

    public function after() {}
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Vendor\\Module\\Model\\Real 11-25\n"
                                              "  make 13-22\n"
                                              "  after 24-24"));
    }

    // Closures and arrow functions in a method are part of it, `static function` included.
    void closuresAreNotMethods()
    {
        const QByteArray php = R"php(<?php
class Collection
{
    public function sort(array $items): array
    {
        usort($items, static function ($a, $b) {
            return $a <=> $b;
        });
        $twice = fn($x) => $x * 2;
        $sum = function () use ($items) { return array_sum($items); };
        return array_map($twice, $items);
    }

    public static function create(): self
    {
        return new self();
    }
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Collection 2-18\n"
                                              "  sort 4-12\n"
                                              "  create 14-17"));
    }

    // Braces in a class body that are not a method: trait adaptations and property hooks.
    void traitAdaptationsAndPropertyHooks()
    {
        const QByteArray php = R"php(<?php
class Greeter
{
    use Hello, World {
        Hello::greet insteadof World;
        World::greet as protected greetWorld;
    }

    public string $name {
        get => ucfirst($this->name);
        set(string $value) { $this->name = trim($value); }
    }

    public function greet(): string { return $this->name; }
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Greeter 2-15\n"
                                              "  greet 14-14"));
    }

    // Modifiers and attributes, by-reference methods, methods named like keywords, union, nullable
    // and intersection return types, promoted constructor parameters with defaults.
    void methodShapes()
    {
        const QByteArray php = R"php(<?php
abstract class Shapes implements \IteratorAggregate
{
    #[\ReturnTypeWillChange]
    public static function fromArray(array $data = ['a' => [1, 2]])
    {
        return new static();
    }

    public function &get(string $key): mixed
    {
        return $this->data[$key];
    }

    public function list(): array|false { return []; }

    public function print(int|string $value): ?string { return null; }

    abstract protected function build(): \Countable&\Traversable;

    final public function __construct(
        #[\SensitiveParameter] private readonly string $secret = '',
        protected ?Config $config = new Config(),
    ) {
    }

    public function getIterator(): \Traversable { yield 1; }
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Shapes 2-28\n"
                                              "  fromArray 4-8\n"
                                              "  get 10-13\n"
                                              "  list 15-15\n"
                                              "  print 17-17\n"
                                              "  build 19-19\n"
                                              "  __construct 21-25\n"
                                              "  getIterator 27-27"));
        QCOMPARE(codeOf(php, QStringLiteral("build")),
                 QByteArray("abstract protected function build(): \\Countable&\\Traversable;"));
        QCOMPARE(codeOf(php, QStringLiteral("fromArray")),
                 QByteArray("#[\\ReturnTypeWillChange]\n"
                            "public static function fromArray(array $data = ['a' => [1, 2]])\n"
                            "{\n"
                            "return new static();\n"
                            "}"));
    }

    // A change only in the comments or indentation of a method gives the same code; one token more does not.
    // And the code is what VendorDiff::normalise leaves of the method.
    void codeIgnoresCommentsAndWhitespace()
    {
        const QByteArray before = R"php(<?php
class Price
{
    /**
     * Old doc.
     */
    public function getPrice($product)
    {
        // The final price.
        return $product->getFinalPrice(); # so it is
    }
}
)php";
        const QByteArray after = R"php(<?php
class Price
{
    /** New doc. */
    public function getPrice($product)
    {

            /* a note */ return $product->getFinalPrice();
    }
}
)php";
        const QByteArray changed = R"php(<?php
class Price
{
    public function getPrice($product)
    {
        return $product->getFinalPrice(true);
    }
}
)php";
        const QByteArray code = codeOf(before, QStringLiteral("getPrice"));
        QCOMPARE(code,
                 QByteArray("public function getPrice($product)\n{\nreturn $product->getFinalPrice();\n}"));
        QCOMPARE(codeOf(after, QStringLiteral("getPrice")), code);
        QVERIFY(codeOf(changed, QStringLiteral("getPrice")) != code);

        const QByteArray slice = before.mid(before.indexOf("public function"));
        const QByteArray method = slice.left(slice.indexOf("\n    }") + 6);
        QCOMPARE(code, VendorDiff::normalise(QStringLiteral("x.php"), "<?php\n" + method).mid(6));
    }

    // Braces in strings do not count: in interpolations with strings of their own, in single quotes,
    // after escaped quotes, in backticks.
    void bracesInStrings()
    {
        // (Not a raw literal: moc misreads a raw literal of several lines that holds a double quote.)
        const QByteArray php = "<?php\n"
                               "class Strings\n"
                               "{\n"
                               "    public function one()\n"
                               "    {\n"
                               "        $a = \"{$a['}']}\" . '}' . \"\\\"}\" . \"${x}}\" . '\\'}';\n"
                               "        $b = \"{$this->map[\"}\"]} }\";\n"
                               "        $c = `echo }`;\n"
                               "    }\n"
                               "\n"
                               "    public function two() {}\n"
                               "}\n";
        QCOMPARE(outline(php), QStringLiteral("class Strings 2-12\n"
                                              "  one 4-9\n"
                                              "  two 11-11"));
    }

    // Heredoc and nowdoc bodies are text, whatever they hold.
    void heredocAndNowdoc()
    {
        const QByteArray php = R"php(<?php
class Templates
{
    public function sql()
    {
        $sql = <<<SQL
            SELECT * FROM x WHERE a = '}' {$b} }
            SQL;
        $js = <<<'JS'
function x() { alert('can't'); }
}
JS;
        return $sql . $js;
    }

    public function after() {}
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Templates 2-17\n"
                                              "  sql 4-14\n"
                                              "  after 16-16"));
    }

    // Comments that hold code are not code; `#[` is an attribute, not a comment.
    void commentsHoldingCode()
    {
        const QByteArray php = R"php(<?php
// class Foo {
/* class Bar {
   public function nope() { */
# interface Baz {
class Real
{
    // public function fake() {
    #[Pure] public function real() /* { */ {
    }
}
)php";
        QCOMPARE(outline(php), QStringLiteral("class Real 6-11\n"
                                              "  real 9-10"));
    }

    // A template with inline HTML: braces in the HTML do not count, `?>` ends a statement.
    void inlineHtml()
    {
        const QByteArray php = R"php(<div class='x'>{ not code }</div>
<?php class Block { public function html() { ?>
    <style>.a { color: red; }</style>
    <script>function f() { if (x) {</script>
    <?php // a comment ends at the closing tag ?>
    <p>{</p>
<?php } public function next() { return 1 ?><?php } }
?>
<p>}}}</p>
<?= $block->escapeHtml('x') ?>
)php";
        QCOMPARE(outline(php), QStringLiteral("class Block 2-7\n"
                                              "  html 2-7\n"
                                              "  next 7-7"));
        QCOMPARE(outline("<html>class Foo { }</html>\n"), QString());
    }

    // A file cut in the middle gives what was read, ending at its last token.
    void truncatedFile()
    {
        const QByteArray whole = R"php(<?php
namespace Vendor\Cut;

class Cut extends Base
{
    public function first()
    {
        return 1;
    }

    public function second()
    {
        if ($a) {
            return '{';
)php";
        QCOMPARE(outline(whole + "\n\n"),
                 QStringLiteral("class Vendor\\Cut\\Cut extends Vendor\\Cut\\Base 4-14\n"
                                "  first 6-9\n"
                                "  second 11-14"));
        const QList<PhpClass> classes = PhpOutline::read(whole);
        QCOMPARE(classes.size(), 1);
        QCOMPARE(classes.first().methods.size(), 2);
        QCOMPARE(classes.first().methods.at(1).code,
                 QByteArray("public function second()\n{\nif ($a) {\nreturn '{';"));
        // Cut anywhere, it never fails nor reads past the end.
        for (qsizetype n = 0; n <= whole.size(); ++n) {
            const QList<PhpClass> partial = PhpOutline::read(whole.left(n));
            for (const PhpClass &c : partial) {
                QVERIFY(c.lastLine >= c.firstLine);
                QVERIFY(c.lastLine <= 14);
                for (const PhpMethod &m : c.methods)
                    QVERIFY(m.lastLine >= m.firstLine && m.code.size() <= n);
            }
        }
        // Cut in a string, a comment, a heredoc, an attribute, a header.
        for (const QByteArray cut : {"<?php class A { function f() { $x = \"{$a[", "<?php class A { /* ",
                                     "<?php class A { function f() { $x = <<<EOT\n}", "<?php class A { #[X(",
                                     "<?php class A extends", "<?php use A\\{B,", "<?php namespace"}) {
            const QList<PhpClass> partial = PhpOutline::read(cut);
            QVERIFY(partial.size() <= 1);
        }
    }

    // Nothing, or something that is not PHP, has no classes.
    void emptyAndNotPhp()
    {
        QCOMPARE(outline(QByteArray()), QString());
        QCOMPARE(outline("<?php"), QString());
        QCOMPARE(outline("<?php\n"), QString());
        QCOMPARE(outline("}}}} <?php }}} class"), QString());
        QCOMPARE(outline("<?php } }\nclass A { function f() {} }"), QStringLiteral("class A 2-2\n  f 2-2"));
        QCOMPARE(outline("<?php class { } class extends { } enum (1); enum X;"), QString());
        QCOMPARE(outline("\x89PNG\r\n\x1a\n<?php\xff\xfe{{"), QString());
    }

    // NUL bytes are bytes like others.
    void nulBytes()
    {
        static const char source[] =
            "<?php\nclass A\n{\n    public function f() { $x = \"\0}\"; }\n\0}\nclass B {}\n";
        const QByteArray php(source, sizeof(source) - 1);
        QCOMPARE(php.count('\0'), 2);
        QCOMPARE(outline(php), QStringLiteral("class A 2-5\n"
                                              "  f 4-4\n"
                                              "class B 6-6"));
    }

    // Ten megabytes, of ordinary classes and of shapes meant to make a lexer slow, deep or large.
    void largeInputs()
    {
        const QByteArray oneClass =
            "<?php\nnamespace Big;\nclass C extends Base\n{\n"
            "    public function a($x) { return \"{$x['}']}\" . '}'; }\n"
            "    /** doc */\n    private function b() { if (1) { return [1, 2]; } }\n}\n?>\n";
        QByteArray big;
        big.reserve(10 * 1024 * 1024 + oneClass.size());
        while (big.size() < 10 * 1024 * 1024)
            big += oneClass;
        const QList<PhpClass> classes = PhpOutline::read(big);
        QCOMPARE(classes.size(), big.size() / oneClass.size());
        QCOMPARE(classes.last().firstLine, (classes.size() - 1) * 9 + 3);
        QCOMPARE(classes.last().methods.size(), 2);

        // One method of ten megabytes.
        const QByteArray body(10 * 1024 * 1024, ';');
        const QList<PhpClass> one = PhpOutline::read("<?php class A { function f() {" + body + "} }");
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().methods.first().code.size(), body.size() + 15);

        // Deep nesting: braces, interpolations, attributes, comments.
        QCOMPARE(
            PhpOutline::read("<?php class A { function f() {" + QByteArray(10 * 1024 * 1024, '{')).size(), 1);
        QByteArray nested = "<?php $x = ";
        for (int i = 0; i < 1000000; ++i)
            nested += "\"{$a[";
        QCOMPARE(PhpOutline::read(nested).size(), 0);
        QCOMPARE(PhpOutline::read("<?php class A { " + QByteArray(10 * 1024 * 1024, '#')).size(), 1);
        QByteArray comments = "<?php class A { public function f() {";
        for (int i = 0; i < 1000000; ++i)
            comments += "/**/";
        QCOMPARE(PhpOutline::read(comments + "} }").first().methods.first().code,
                 QByteArray("public function f() {}"));
    }

    // Shapes where a look-ahead fails again and again: class headers that never reach their brace, HTML
    // comments that never close or hold PHP, strings, comments and heredocs that never end. Each is
    // read once: at 2 MB, a lexer that read them again at each token or each `<!--` would take minutes
    // a shape (ctest's timeout catches it).
    void failedLookAheads()
    {
        const qsizetype size = 2 * 1024 * 1024;
        const auto repeated = [size](const QByteArray &piece) {
            QByteArray out;
            out.reserve(size + piece.size());
            while (out.size() < size)
                out += piece;
            return out;
        };
        const QByteArray real = "final class Real extends Base implements I, J {}";

        // `class class class …` and headers without a brace, then a real class.
        const QByteArray classes = repeated("class\n");
        QCOMPARE(outline("<?php\n" + classes + ";\n" + real),
                 QStringLiteral("class Real extends Base %1-%1").arg(classes.count('\n') + 3));
        for (const QByteArray header : {"class A extends B implements C, D ", "interface A extends B, C ",
                                        "enum ", "trait ", "class A extends Enum "}) {
            QCOMPARE(outline("<?php " + repeated(header) + ";" + real),
                     QStringLiteral("class Real extends Base 1-1"));
        }

        // `<!--` that never closes, or closes after PHP: each one searched to the end of the file.
        const QByteArray htmlComments = repeated("<!--");
        QCOMPARE(outline(htmlComments + "<?php " + real), QStringLiteral("class Real extends Base 1-1"));
        QCOMPARE(outline(htmlComments + "<?php " + real + " ?>-->"),
                 QStringLiteral("class Real extends Base 1-1"));
        QCOMPARE(outline(repeated("<!-- -->") + "<?php " + real),
                 QStringLiteral("class Real extends Base 1-1"));

        // Strings, comments, attributes and heredocs that never end hold the rest of the file.
        for (const QByteArray open : {"'", "\"", "`", "/*", "#[", "\"{$", "<<<EOT\n"})
            QCOMPARE(outline("<?php " + open + repeated(" class A {") + real), QString());
        // Heredoc openers that are not (no newline after the label) are read once.
        QCOMPARE(outline("<?php " + repeated("<<<EOT ") + ";" + real),
                 QStringLiteral("class Real extends Base 1-1"));
        QCOMPARE(outline("<?php " + repeated("<<<") + " " + QByteArray(size, 'A') + ";" + real),
                 QStringLiteral("class Real extends Base 1-1"));
    }

    // A namespace or class name longer than any real one is not taken: every class would carry it,
    // and the outline would outgrow the file (1 MB of namespace and 20,000 classes would be 40 GB).
    void hugeNamesAreNotClasses()
    {
        QByteArray source = "<?php\nnamespace " + QByteArray(1 << 20, 'N') + ";\n";
        for (int i = 0; i < 20000; ++i)
            source += "class C" + QByteArray::number(i) + " {}\n";
        source += "namespace Real;\nclass Kept extends \\" + QByteArray(2000, 'P') + " { function f() {} }\n";
        const QList<PhpClass> classes = PhpOutline::read(source);
        QCOMPARE(classes.size(), 1);
        QCOMPARE(classes.at(0).name, QStringLiteral("Real\\Kept"));
        QCOMPARE(classes.at(0).parent, QString());
        QCOMPARE(classes.at(0).methods.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPhpOutline)
#include "tst_phpoutline.moc"
