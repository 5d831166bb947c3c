// Past 800 lines on purpose: most of it is a sandbox store's data (module lists, the PHP templates of
// generated classes, Composer's files), not logic.

#include "demo/demostore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <initializer_list>
#include <utility>

namespace mua {

namespace {

struct Era
{
    QString name;
    QByteArray codeVersion; // what composer.lock says
    QByteArray dbVersion;   // what the fake database was last upgraded to
    bool legacy = false;    // 2.0/2.1: var/generation, var/di, env.php in "array (" syntax
};

bool eraFor(const QString &name, Era *era)
{
    if (name == QLatin1String("2.1")) {
        *era = {name, "2.1.9", "2.1.8", true};
        return true;
    }
    if (name == QLatin1String("2.4")) {
        *era = {name, "2.4.7", "2.4.6", false};
        return true;
    }
    return false;
}

// app/etc/config.php, in load order. Every era enables these; each era adds a few of its own.
const char *const kCommonModules[] = {
    "Magento_Store",
    "Magento_Directory",
    "Magento_Theme",
    "Magento_Eav",
    "Magento_Customer",
    "Magento_Cms",
    "Magento_Indexer",
    "Magento_Catalog",
    "Magento_Search",
    "Magento_CatalogSearch",
    "Magento_CatalogInventory",
    "Magento_CatalogRule",
    "Magento_UrlRewrite",
    "Magento_CatalogUrlRewrite",
    "Magento_Quote",
    "Magento_SalesSequence",
    "Magento_Sales",
    "Magento_Payment",
    "Magento_Checkout",
    "Magento_Shipping",
    "Magento_Tax",
    "Magento_Backend",
    "Magento_User",
    "Magento_Authorization",
    "Magento_Integration",
    "Magento_Email",
    "Magento_Newsletter",
    "Magento_Review",
    "Magento_Wishlist",
    "Magento_ConfigurableProduct",
    "Magento_Bundle",
    "Magento_Downloadable",
    "Magento_GroupedProduct",
    "Magento_Msrp",
    "Magento_PageCache",
    "Magento_Translation",
    "Magento_Ui",
    "Magento_Widget",
    "Magento_Security",
    "Magento_Webapi",
    "Magento_Swatches",
};
const char *const kLegacyModules[] = {"Magento_Marketplace", "Acme_DeliveryDate"};
const char *const kModernModules[] = {"Magento_InventoryApi", "Magento_LoginAsCustomer", "Magento_OpenSearch",
                                      "Acme_DeliveryDate"};

// Classes that have a generated Factory, Interceptor and Proxy (path below the generation folder).
const char *const kGeneratedClasses[] = {
    "Magento/Store/Model/Store",
    "Magento/Store/Model/StoreManager",
    "Magento/Store/Model/Website",
    "Magento/Directory/Model/Currency",
    "Magento/Directory/Model/Country",
    "Magento/Directory/Helper/Data",
    "Magento/Theme/Model/Theme",
    "Magento/Theme/Block/Html/Header",
    "Magento/Theme/Block/Html/Topmenu",
    "Magento/Eav/Model/Config",
    "Magento/Eav/Model/Entity/Attribute",
    "Magento/Eav/Model/Entity/Attribute/Set",
    "Magento/Customer/Model/Customer",
    "Magento/Customer/Model/Session",
    "Magento/Customer/Model/Address",
    "Magento/Customer/Model/ResourceModel/CustomerRepository",
    "Magento/Cms/Model/Page",
    "Magento/Cms/Model/Block",
    "Magento/Cms/Model/PageRepository",
    "Magento/Indexer/Model/Indexer",
    "Magento/Indexer/Model/Processor",
    "Magento/Catalog/Model/Product",
    "Magento/Catalog/Model/Category",
    "Magento/Catalog/Model/ProductRepository",
    "Magento/Catalog/Model/CategoryRepository",
    "Magento/Catalog/Model/ResourceModel/Product/Collection",
    "Magento/Catalog/Block/Product/ListProduct",
    "Magento/Catalog/Helper/Image",
    "Magento/CatalogSearch/Model/Advanced",
    "Magento/CatalogSearch/Model/ResourceModel/Fulltext/Collection",
    "Magento/CatalogInventory/Model/Stock/Item",
    "Magento/CatalogInventory/Model/StockRegistry",
    "Magento/CatalogRule/Model/Rule",
    "Magento/CatalogUrlRewrite/Model/ProductUrlPathGenerator",
    "Magento/UrlRewrite/Model/UrlRewrite",
    "Magento/Quote/Model/Quote",
    "Magento/Quote/Model/Quote/Item",
    "Magento/Quote/Model/QuoteRepository",
    "Magento/Sales/Model/Order",
    "Magento/Sales/Model/Order/Item",
    "Magento/Sales/Model/OrderRepository",
    "Magento/Sales/Model/Order/Invoice",
    "Magento/Payment/Model/Method/Free",
    "Magento/Payment/Helper/Data",
    "Magento/Checkout/Model/Session",
    "Magento/Checkout/Model/Cart",
    "Magento/Checkout/Block/Onepage",
    "Magento/Shipping/Model/Shipping",
    "Magento/Shipping/Model/Rate/Result",
    "Magento/Tax/Model/Calculation",
    "Magento/Tax/Helper/Data",
    "Magento/Backend/Model/Auth/Session",
    "Magento/Backend/Model/UrlInterface",
    "Magento/Backend/Block/Template",
    "Magento/User/Model/User",
    "Magento/Authorization/Model/Role",
    "Magento/Integration/Model/Integration",
    "Magento/Email/Model/Template",
    "Magento/Newsletter/Model/Subscriber",
    "Magento/Review/Model/Review",
    "Magento/Wishlist/Model/Wishlist",
    "Magento/ConfigurableProduct/Model/Product/Type/Configurable",
    "Magento/Bundle/Model/Product/Type",
    "Magento/Downloadable/Model/Link",
    "Magento/GroupedProduct/Model/Product/Type/Grouped",
    "Magento/PageCache/Model/Config",
    "Magento/Translation/Model/Js/Config",
    "Magento/Ui/Component/Listing",
    "Magento/Widget/Model/Widget/Instance",
    "Magento/Security/Model/AdminSessionsManager",
    "Magento/Webapi/Controller/Rest",
    "Magento/Swatches/Helper/Data",
    "Magento/Framework/App/Cache/Manager",
    "Magento/Framework/View/Layout",
    "Magento/Framework/Session/SessionManager",
    "Acme/DeliveryDate/Model/DeliveryDate",
    "Acme/DeliveryDate/Block/Checkout/Calendar",
};

const char kFactoryTemplate[] = R"mua(<?php
namespace %NS%;

/**
 * Factory class for @see \%NS%\%CLASS%
 *
 * This file was generated by Magento's code generator. Changes to it are lost on the next
 * "bin/magento setup:di:compile" or when the generated code folder is emptied.
 */
class %CLASS%Factory
{
    /**
     * Object Manager instance
     *
     * @var \Magento\Framework\ObjectManagerInterface
     */
    protected $_objectManager = null;

    /**
     * Instance name to create
     *
     * @var string
     */
    protected $_instanceName = null;

    /**
     * Factory constructor
     *
     * @param \Magento\Framework\ObjectManagerInterface $objectManager
     * @param string $instanceName
     */
    public function __construct(\Magento\Framework\ObjectManagerInterface $objectManager, $instanceName = '\\%NSESC%\\%CLASS%')
    {
        $this->_objectManager = $objectManager;
        $this->_instanceName = $instanceName;
    }

    /**
     * Create class instance with specified parameters
     *
     * @param array $data
     * @return \%NS%\%CLASS%
     */
    public function create(array $data = [])
    {
        return $this->_objectManager->create($this->_instanceName, $data);
    }
}
)mua";

const char kInterceptorTemplate[] = R"mua(<?php
namespace %NS%\%CLASS%;

/**
 * Interceptor class for @see \%NS%\%CLASS%
 */
class Interceptor extends \%NS%\%CLASS% implements \Magento\Framework\Interception\InterceptorInterface
{
    use \Magento\Framework\Interception\Interceptor;

    public function __construct(\Magento\Framework\Model\Context $context, \Magento\Framework\Registry $registry, ?\Magento\Framework\Model\ResourceModel\AbstractResource $resource = null, ?\Magento\Framework\Data\Collection\AbstractDb $resourceCollection = null, array $data = [])
    {
        $this->___init();
        parent::__construct($context, $registry, $resource, $resourceCollection, $data);
    }

    /**
     * {@inheritdoc}
     */
    public function load($modelId, $field = null)
    {
        $pluginInfo = $this->pluginList->getNext($this->subjectType, 'load');
        return $pluginInfo ? $this->___callPlugins('load', func_get_args(), $pluginInfo) : parent::load($modelId, $field);
    }

    /**
     * {@inheritdoc}
     */
    public function save()
    {
        $pluginInfo = $this->pluginList->getNext($this->subjectType, 'save');
        return $pluginInfo ? $this->___callPlugins('save', func_get_args(), $pluginInfo) : parent::save();
    }

    /**
     * {@inheritdoc}
     */
    public function getData($key = '', $index = null)
    {
        $pluginInfo = $this->pluginList->getNext($this->subjectType, 'getData');
        return $pluginInfo ? $this->___callPlugins('getData', func_get_args(), $pluginInfo) : parent::getData($key, $index);
    }

    /**
     * {@inheritdoc}
     */
    public function afterLoad()
    {
        $pluginInfo = $this->pluginList->getNext($this->subjectType, 'afterLoad');
        return $pluginInfo ? $this->___callPlugins('afterLoad', func_get_args(), $pluginInfo) : parent::afterLoad();
    }
}
)mua";

const char kProxyTemplate[] = R"mua(<?php
namespace %NS%\%CLASS%;

/**
 * Proxy class for @see \%NS%\%CLASS%
 */
class Proxy extends \%NS%\%CLASS% implements \Magento\Framework\ObjectManager\NoninterceptableInterface
{
    /**
     * Object Manager instance
     *
     * @var \Magento\Framework\ObjectManagerInterface
     */
    protected $_objectManager = null;

    /**
     * Proxied instance name
     *
     * @var string
     */
    protected $_instanceName = null;

    /**
     * Proxied instance
     *
     * @var \%NS%\%CLASS%
     */
    protected $_subject = null;

    /**
     * Instance shareability flag
     *
     * @var bool
     */
    protected $_isShared = null;

    /**
     * Proxy constructor
     *
     * @param \Magento\Framework\ObjectManagerInterface $objectManager
     * @param string $instanceName
     * @param bool $shared
     */
    public function __construct(\Magento\Framework\ObjectManagerInterface $objectManager, $instanceName = '\\%NSESC%\\%CLASS%', $shared = true)
    {
        $this->_objectManager = $objectManager;
        $this->_instanceName = $instanceName;
        $this->_isShared = $shared;
    }

    /**
     * @return array
     */
    public function __sleep()
    {
        return ['_subject', '_isShared', '_instanceName'];
    }

    /**
     * Retrieve ObjectManager from global scope
     */
    public function __wakeup()
    {
        $this->_objectManager = \Magento\Framework\App\ObjectManager::getInstance();
    }

    /**
     * Clone proxied instance
     */
    public function __clone()
    {
        $this->_subject = clone $this->_getSubject();
    }

    /**
     * Get proxied instance
     *
     * @return \%NS%\%CLASS%
     */
    protected function _getSubject()
    {
        if (!$this->_subject) {
            $this->_subject = true === $this->_isShared
                ? $this->_objectManager->get($this->_instanceName)
                : $this->_objectManager->create($this->_instanceName);
        }
        return $this->_subject;
    }

    /**
     * {@inheritdoc}
     */
    public function getData($key = '', $index = null)
    {
        return $this->_getSubject()->getData($key, $index);
    }
}
)mua";

const char kPubStaticHtaccess[] = R"mua(<IfModule mod_php7.c>
    php_flag engine 0
</IfModule>

Options -MultiViews

<IfModule mod_rewrite.c>
    RewriteEngine On

    # Versioned URLs point at the same files
    RewriteRule ^version.+?/(.+)$ $1 [L]

    # Files that are not there yet are deployed on demand
    RewriteCond %{REQUEST_FILENAME} !-l
    RewriteCond %{REQUEST_FILENAME} !-f
    RewriteCond %{REQUEST_FILENAME} !-d
    RewriteRule .* ../static.php?resource=$0 [L]
</IfModule>

<IfModule mod_mime.c>
    AddType application/javascript js jsonp
    AddType application/json json
    AddType text/css css
    AddType image/svg+xml svg svgz
    AddType font/woff2 woff2
</IfModule>
)mua";

const char kPubIndex[] = R"mua(<?php
/**
 * Public alias for the application entry point.
 *
 * Sandbox store made by Magento Upgrade Assistant: there is no real Magento code behind this file.
 */

use Magento\Framework\App\Bootstrap;

try {
    require __DIR__ . '/../app/bootstrap.php';
} catch (\Exception $e) {
    echo 'Autoload error: ' . $e->getMessage();
    exit(1);
}

$bootstrap = Bootstrap::create(BP, $_SERVER);
/** @var \Magento\Framework\App\Http $app */
$app = $bootstrap->createApplication(\Magento\Framework\App\Http::class);
$bootstrap->run($app);
)mua";

QByteArray fillClassTemplate(const char *tmpl, const QByteArray &ns, const QByteArray &className)
{
    QByteArray nsEscaped = ns;
    nsEscaped.replace('\\', "\\\\");
    QByteArray text(tmpl);
    text.replace("%NSESC%", nsEscaped);
    text.replace("%NS%", ns);
    text.replace("%CLASS%", className);
    return text;
}

QByteArray phpString(const QByteArray &s)
{
    return "s:" + QByteArray::number(s.size()) + ":\"" + s + "\";";
}

QByteArray randomToken(int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QByteArray token(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        token[i] = alphabet[QRandomGenerator::global()->bounded(size)];
    return token;
}

// A session file as PHP's "files" handler writes it for a Magento storefront visitor.
QByteArray sessionContent(int index, const QByteArray &sessionId)
{
    static const char *const agents[] = {
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 "
        "Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Mobile/15E148",
    };
    const QByteArray ip = "203.0.113." + QByteArray::number(10 + index);
    const QByteArray formKey =
        randomToken(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QByteArray s;
    s += "_session_validator_data|a:4:{" + phpString("remote_addr") + phpString(ip) + phpString("http_via") +
         phpString("") + phpString("http_x_forwarded_for") + phpString("") + phpString("http_user_agent") +
         phpString(agents[index % 3]) + "}";
    s += "_session_hosts|a:1:{" + phpString("localhost") + "b:1;}";
    s += "default|a:2:{" + phpString("_form_key") + phpString(formKey) + phpString("visitor_data") + "a:3:{" +
         phpString("last_visit_at") + phpString("2024-05-02 08:" + QByteArray::number(10 + index) + ":41") +
         phpString("session_id") + phpString(sessionId) + phpString("visitor_id") +
         "i:" + QByteArray::number(4711 + index) + ";}}";
    s += "customer_base|a:1:{" + phpString("customer_segment_ids") + "a:1:{i:1;a:0:{}}}";
    s += "catalog|a:1:{" + phpString("last_viewed_product_id") + "i:" + QByteArray::number(100 + 7 * index) +
         ";}";
    s += "checkout|a:1:{" + phpString("quote_id_1") + "i:" + QByteArray::number(320 + index) + ";}";
    return s;
}

// Writes files below one root, creating each folder once; keeps the first error as a sentence.
class TreeWriter
{
public:
    explicit TreeWriter(const QString &root)
        : m_root(root)
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void mkdir(const QString &relative) { ensureDir(m_root + QLatin1Char('/') + relative); }

    // permissions: the mode to create the file with (the umask still applies); empty = the default.
    void write(const QString &relative, const QByteArray &content, QFileDevice::Permissions permissions = {})
    {
        if (!ok())
            return;
        const QString path = m_root + QLatin1Char('/') + relative;
        if (!ensureDir(path.left(path.lastIndexOf(QLatin1Char('/')))))
            return;
        QFile file(path);
        const bool opened = permissions ? file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)
                                        : file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
        if (!opened || file.write(content) != content.size() || !file.flush()) {
            m_error = DemoStore::tr("Could not write %1: %2.")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        }
    }

private:
    bool ensureDir(const QString &dir)
    {
        if (!ok())
            return false;
        if (m_dirs.contains(dir))
            return true;
        if (!QDir().mkpath(dir)) {
            m_error = DemoStore::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        m_dirs.insert(dir);
        return true;
    }

    QString m_root;
    QSet<QString> m_dirs;
    QString m_error;
};

QList<QByteArray> modulesFor(const Era &era)
{
    QList<QByteArray> modules;
    for (const char *m : kCommonModules)
        modules << QByteArray(m);
    if (era.legacy) {
        for (const char *m : kLegacyModules)
            modules << QByteArray(m);
    } else {
        for (const char *m : kModernModules)
            modules << QByteArray(m);
    }
    return modules;
}

// app/etc/config.php in the syntax Magento of that era writes.
QByteArray configPhp(const Era &era)
{
    const QList<QByteArray> modules = modulesFor(era);
    QByteArray text = "<?php\n";
    if (era.legacy) {
        text += "return array (\n  'modules' => \n  array (\n";
        for (const QByteArray &m : modules)
            text += "    '" + m + "' => 1,\n";
        text += "  ),\n);\n";
    } else {
        text += "return [\n    'modules' => [\n";
        QList<QByteArray> lines;
        for (const QByteArray &m : modules)
            lines << "        '" + m + "' => 1";
        text += lines.join(",\n") + "\n    ]\n];\n";
    }
    return text;
}

QByteArray fill(QByteArray text, std::initializer_list<std::pair<const char *, QByteArray>> values)
{
    for (const auto &[key, value] : values)
        text.replace(key, value);
    return text;
}

QByteArray rootComposerJson(const Era &era)
{
    // Composer projects of the 2.1 days still carried a "version"; later ones do not.
    return fill(
        R"mua({
    "name": "magento/project-community-edition",
    "description": "eCommerce Platform for Growth (Community Edition)",
    "type": "project",
%VERSIONLINE%    "license": [
        "OSL-3.0",
        "AFL-3.0"
    ],
    "require": {
        "magento/product-community-edition": "%VERSION%",
        "acme/module-delivery-date": "^1.4"
    },
    "config": {
        "preferred-install": "dist",
        "sort-packages": true
    },
    "minimum-stability": "stable",
    "prefer-stable": true,
    "repositories": [
        {
            "type": "composer",
            "url": "https://repo.magento.com/"
        }
    ],
    "extra": {
        "magento-force": "override"
    }
}
)mua",
        {{"%VERSIONLINE%", era.legacy ? "    \"version\": \"" + era.codeVersion + "\",\n" : QByteArray()},
         {"%VERSION%", era.codeVersion}});
}

QByteArray packageJson(const QByteArray &name, const QByteArray &version, const QByteArray &type,
                       const QByteArray &description, const QByteArray &indent)
{
    const QByteArray text =
        fill(R"mua({
    "name": "%NAME%",
    "version": "%VERSION%",
    "version_normalized": "%VERSION%.0",
    "type": "%TYPE%",
    "license": [
        "OSL-3.0",
        "AFL-3.0"
    ],
    "description": "%DESCRIPTION%"
})mua",
             {{"%NAME%", name}, {"%VERSION%", version}, {"%TYPE%", type}, {"%DESCRIPTION%", description}});
    return indent + QByteArray(text).replace("\n", "\n" + indent);
}

struct Package
{
    QByteArray name, version, type, description;
};

QList<Package> packagesFor(const Era &era)
{
    return {
        {"acme/module-delivery-date", "1.4.2", "magento2-module", "Delivery date selection at checkout"},
        {"magento/magento2-base", era.codeVersion, "magento2-component",
         era.legacy ? "Magento 2 (Community Edition)" : "Magento 2 (Open Source)"},
        {"magento/product-community-edition", era.codeVersion, "metapackage",
         "eCommerce Platform for Growth"},
    };
}

QByteArray composerLock(const Era &era)
{
    QList<QByteArray> packages;
    for (const Package &p : packagesFor(era))
        packages << packageJson(p.name, p.version, p.type, p.description, "        ");
    const QByteArray hash =
        QCryptographicHash::hash("mua-demo-" + era.codeVersion, QCryptographicHash::Md5).toHex();
    return fill(R"mua({
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
        "This file is @generated automatically"
    ],
    "content-hash": "%HASH%",
    "packages": [
%PACKAGES%
    ],
    "packages-dev": [],
    "aliases": [],
    "minimum-stability": "stable",
    "stability-flags": [],
    "prefer-stable": true,
    "prefer-lowest": false,
    "platform": [],
    "platform-dev": []
}
)mua",
                {{"%HASH%", hash}, {"%PACKAGES%", packages.join(",\n")}});
}

// vendor/composer/installed.json: Composer 1 (2.1 era) wrote a plain list, Composer 2 an object.
QByteArray installedJson(const Era &era)
{
    QList<QByteArray> packages;
    const QByteArray indent = era.legacy ? "    " : "        ";
    for (const Package &p : packagesFor(era))
        packages << packageJson(p.name, p.version, p.type, p.description, indent);
    if (era.legacy)
        return "[\n" + packages.join(",\n") + "\n]\n";
    return "{\n    \"packages\": [\n" + packages.join(",\n") +
           "\n    ],\n    \"dev\": false,\n    \"dev-package-names\": []\n}\n";
}

QByteArray magentoBaseComposerJson(const Era &era)
{
    return fill(R"mua({
    "name": "magento/magento2-base",
    "description": "%DESCRIPTION%",
    "type": "magento2-component",
    "version": "%VERSION%",
    "license": [
        "OSL-3.0",
        "AFL-3.0"
    ],
    "require": {
        "php": "%PHP%"
    }
}
)mua",
                {{"%DESCRIPTION%", era.legacy ? "Magento 2 (Community Edition)" : "Magento 2 (Open Source)"},
                 {"%VERSION%", era.codeVersion},
                 {"%PHP%", era.legacy ? "~5.6.5|7.0.2|7.0.4|~7.0.6" : "~8.1.0||~8.2.0||~8.3.0"}});
}

QByteArray readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DemoStore::tr("The program's built-in copy of %1 is missing.").arg(path);
        return {};
    }
    return file.readAll();
}

void writeGeneratedCode(TreeWriter &w, const Era &era)
{
    const QString code = era.legacy ? QStringLiteral("var/generation/") : QStringLiteral("generated/code/");
    for (const char *entry : kGeneratedClasses) {
        const QByteArray path(entry);
        const int slash = path.lastIndexOf('/');
        const QByteArray className = path.mid(slash + 1);
        const QByteArray ns = path.left(slash).replace('/', '\\');
        const QString base = code + QString::fromLatin1(path);
        w.write(base + QLatin1String("Factory.php"), fillClassTemplate(kFactoryTemplate, ns, className));
        w.write(base + QLatin1String("/Interceptor.php"),
                fillClassTemplate(kInterceptorTemplate, ns, className));
        w.write(base + QLatin1String("/Proxy.php"), fillClassTemplate(kProxyTemplate, ns, className));
    }

    static const char *const areas[] = {"global", "frontend", "adminhtml", "webapi_rest", "crontab"};
    for (const char *area : areas) {
        const QByteArray name(area);
        if (era.legacy) {
            const QByteArray arguments = "a:1:{" + phpString("Magento\\Store\\Model\\StoreManager") +
                                         "a:1:{" + phpString("storeRepository") + "a:1:{" + phpString("_i_") +
                                         phpString("Magento\\Store\\Api\\StoreRepositoryInterface") + "}}}";
            w.write(QLatin1String("var/di/") + QString::fromLatin1(name) + QLatin1String(".ser"),
                    "a:3:{" + phpString("arguments") + arguments + phpString("preferences") + "a:0:{}" +
                        phpString("instanceTypes") + "a:0:{}}");
        } else {
            w.write(QLatin1String("generated/metadata/") + QString::fromLatin1(name) + QLatin1String(".php"),
                    "<?php\nreturn array (\n  'arguments' => \n  array (\n    "
                    "'Magento\\\\Store\\\\Model\\\\StoreManager' "
                    "=> \n    array (\n      'storeRepository' => \n      array (\n        '_i_' => "
                    "'Magento\\\\Store\\\\Api\\\\StoreRepositoryInterface',\n      ),\n    ),\n  ),\n  "
                    "'preferences' => \n  array (\n  ),\n  'instanceTypes' => \n  array (\n  ),\n);\n");
        }
    }
    if (era.legacy) {
        w.write(QStringLiteral("var/di/relations.ser"),
                "a:1:{" + phpString("Magento\\Catalog\\Model\\Product") + "a:1:{i:0;" +
                    phpString("Magento\\Catalog\\Model\\AbstractModel") + "}}");
        w.write(QStringLiteral("var/di/plugins.ser"), "a:0:{}");
    }
}

void writeCaches(TreeWriter &w, const Era &era)
{
    const QByteArray prefix = era.legacy ? "3c1_" : "7f2_";
    static const char *const configCaches[] = {"CONFIG_GLOBAL_PRIMARY",
                                               "CONFIG_SCOPES",
                                               "DB_PDO_MYSQL_DDL_CATALOG_PRODUCT_ENTITY",
                                               "EAV_ENTITY_TYPES",
                                               "LAYOUT_FRONTEND_STORE1_MAGENTO_LUMA",
                                               "INTERCEPTION",
                                               "TRANSLATE_EN_US",
                                               "REFLECTION_MAGENTO_CATALOG"};
    int n = 0;
    for (const char *id : configCaches) {
        const QByteArray name = prefix + id;
        const QByteArray bucket = QCryptographicHash::hash(name, QCryptographicHash::Md5).toHex().left(1);
        w.write(QLatin1String("var/cache/mage--") + QString::fromLatin1(bucket) + QLatin1String("/mage---") +
                    QString::fromLatin1(name),
                "hash:" + QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex() +
                    "\nmtime:1714637401\nexpire:9999999999\ntags:" + prefix + "CONFIG\n---\n" +
                    QByteArray("a:1:{s:4:\"data\";s:19:\"cached entry #") +
                    QByteArray::number(++n).rightJustified(5, '0') + "\";}");
    }
    w.write(QLatin1String("var/cache/mage-tags/mage---") + QString::fromLatin1(prefix) +
                QLatin1String("CONFIG"),
            prefix + "CONFIG_GLOBAL_PRIMARY\n" + prefix + "CONFIG_SCOPES\n");
    for (int i = 0; i < 4; ++i) {
        const QByteArray key =
            QCryptographicHash::hash("page" + QByteArray::number(i), QCryptographicHash::Md5).toHex();
        w.write(QLatin1String("var/page_cache/mage--") + QString::fromLatin1(key.left(1)) +
                    QLatin1String("/mage---") + QString::fromLatin1(prefix + key.toUpper()),
                "hash:\nmtime:1714637401\nexpire:1714723801\ntags:" + prefix +
                    "FPC\n---\n"
                    "<!doctype html><html><body>cached page</body></html>");
    }
    const QString preprocessed =
        era.legacy ? QStringLiteral("var/view_preprocessed/css/frontend/Magento/luma/en_US/")
                   : QStringLiteral("var/view_preprocessed/pub/static/frontend/Magento/luma/en_US/");
    w.write(preprocessed + QLatin1String("css/styles-m.less"), "@import 'source/_reset.less';\n");
    w.write(preprocessed + QLatin1String("css/source/_theme.less"), "@primary__color: #1979c3;\n");
}

void writeStatic(TreeWriter &w)
{
    w.write(QStringLiteral("pub/index.php"), kPubIndex);
    w.write(QStringLiteral("pub/static/.htaccess"), kPubStaticHtaccess);
    w.write(QStringLiteral("pub/static/deployed_version.txt"), "1714637401");
    const QString luma = QStringLiteral("pub/static/frontend/Magento/luma/en_US/");
    w.write(luma + QLatin1String("css/styles-m.css"), "body{margin:0;padding:0}\n");
    w.write(luma + QLatin1String("css/styles-l.css"),
            "@media all and (min-width:768px){.page-main{width:auto}}\n");
    w.write(luma + QLatin1String("requirejs-config.js"),
            "(function(require){require.config({});})(require);\n");
    w.write(luma + QLatin1String("images/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    w.write(QStringLiteral("pub/static/adminhtml/Magento/backend/en_US/css/styles.css"), ".admin__menu{}\n");
}

void writeSessions(TreeWriter &w)
{
    w.mkdir(QStringLiteral("var/session"));
    for (int i = 0; i < 12; ++i) {
        const QByteArray id = randomToken(26, "0123456789abcdefghijklmnopqrstuv");
        w.write(QLatin1String("var/session/sess_") + QString::fromLatin1(id), sessionContent(i, id),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace

QStringList DemoStore::eras()
{
    return {QStringLiteral("2.1"), QStringLiteral("2.4")};
}

bool DemoStore::create(const QString &dir, const QString &era, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    Era spec;
    if (!eraFor(era, &spec)) {
        *error = tr("There is no sandbox store for Magento \"%1\"; choose one of %2.")
                     .arg(era, eras().join(QLatin1String(", ")));
        return false;
    }
    if (dir.isEmpty()) {
        *error = tr("No folder was given for the sandbox store.");
        return false;
    }
    const QFileInfo info(dir);
    const QString root = info.absoluteFilePath();
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir()) {
            *error = tr("%1 is not a folder; a sandbox store needs an empty or new folder.")
                         .arg(QDir::toNativeSeparators(root));
            return false;
        }
        if (!QDir(root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            *error =
                tr("The folder %1 is not empty; a sandbox store can only be made in an empty or new folder.")
                    .arg(QDir::toNativeSeparators(root));
            return false;
        }
    } else if (!QDir().mkpath(root)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(root));
        return false;
    }

    const QByteArray fake = readResource(QStringLiteral(":/mua/fake-magento/magento.php"), error);
    if (fake.isEmpty())
        return false;
    const QString envTemplate = QStringLiteral(":/mua/fake-magento/templates/env-%1.php").arg(spec.name);
    const QByteArray env = readResource(envTemplate, error);
    if (env.isEmpty())
        return false;

    TreeWriter w(root);
    // The fake command line: "all" permissions, so the umask decides (0755 with the usual 022).
    w.write(QStringLiteral("bin/magento"), fake,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    w.write(QStringLiteral("app/etc/env.php"), env);
    w.write(QStringLiteral("app/etc/config.php"), configPhp(spec));
    w.write(QStringLiteral("composer.json"), rootComposerJson(spec));
    w.write(QStringLiteral("composer.lock"), composerLock(spec));
    w.write(QStringLiteral("vendor/magento/magento2-base/composer.json"), magentoBaseComposerJson(spec));
    w.write(QStringLiteral("vendor/composer/installed.json"), installedJson(spec));
    writeGeneratedCode(w, spec);
    writeCaches(w, spec);
    writeStatic(w);
    writeSessions(w);
    w.mkdir(QStringLiteral("var/log"));
    if (!spec.legacy)
        w.mkdir(QStringLiteral("generated"));
    w.write(QStringLiteral(".fake-magento/db.json"),
            "{\n    \"installed\": true,\n    \"version\": \"" + spec.dbVersion + "\"\n}\n");
    if (!w.ok()) {
        *error = w.error();
        return false;
    }
    return true;
}

} // namespace mua
