#include "core/impact/impacthtml.h"

#include "core/fs/safefile.h"
#include "core/impact/linediff.h"

#include <QStringList>

namespace mua {

namespace {

using Level = ImpactFinding::Level;
using Type = ImpactFinding::Type;

// A template, layout or PHP class is some KB; the largest vendor text files (a bundled JavaScript
// library, a big fixture) a few MB. Larger sides are not read.
constexpr qint64 TextLimit = 8 * FileLimit::MiB;
// A change longer than this is cut on the page: nobody reads it there.
constexpr int MaxDiffLines = 400;

const Level levels[] = {Level::Warn, Level::Info, Level::Ignore};

// A path the report names, relative to its folder: never absolute, never up out of it (a cached
// report is a file anyone could have written).
bool safeRelative(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

// The text at folder/relative as UTF-8, without following a link; false when it is not there, not a
// regular file, unreadable or too large.
bool readText(const QString &folder, const QString &relative, QString *text)
{
    if (folder.isEmpty() || !safeRelative(relative))
        return false;
    const FileContent content =
        SafeFile::read(folder + QLatin1Char('/') + relative, TextLimit, SafeFile::Links::Refuse);
    if (!content.ok())
        return false;
    *text = QString::fromUtf8(content.data);
    return true;
}

// Escaped for HTML text and double-quoted attributes; characters HTML does not allow (NUL and the
// other controls but tab and newline) become U+FFFD.
QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    for (QChar &c : out)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            c = QChar::ReplacementCharacter;
    return out;
}

QString levelId(Level level)
{
    return QStringLiteral("level-") + ImpactReport::levelWord(level);
}

const char style[] = R"(
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1b1f24; background: #ffffff; max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.8rem; color: #424a53; }
h4 { font-size: 1rem; margin: 0 0 0.4rem; word-break: break-all; }
a { color: #0550ae; }
code, pre, .path { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85rem; }
.store { color: #424a53; margin-top: 0; word-break: break-all; }
ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.6rem; }
ul.counts li { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.3rem 0.8rem; }
ul.counts li.warn, article.finding.warn { border-left: 6px solid #bf8700; }
ul.counts li.info, article.finding.info { border-left: 6px solid #0969da; }
ul.counts li.ignore, article.finding.ignore { border-left: 6px solid #8c959f; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.7rem; }
th { background: #f6f8fa; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #8c959f; }
article.finding { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.8rem 1rem; margin: 1rem 0;
  break-inside: avoid-page; }
article.finding p { margin: 0.3rem 0; }
.label { color: #57606a; }
pre.diff { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 0.5rem 0;
  white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.6rem 0 0; }
pre.diff span { display: block; padding: 0 0.6rem; }
pre.diff .add { background: #dafbe1; color: #116329; }
pre.diff .del { background: #ffebe9; color: #a40e26; }
pre.diff .hunk { background: #ddf4ff; color: #0550ae; }
pre.diff .meta { color: #57606a; font-weight: bold; }
pre.diff .note { color: #57606a; font-style: italic; }
p.cut, p.nodiff { color: #57606a; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid-page; }
  pre.diff, pre.diff span, ul.counts li, article.finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

// The vendor change as a patch, labelled with the file it applies to: the store's copy for a copy
// of the vendor file, the vendor file itself for the other findings (a preference's or plugin's
// class, a table's schema, a setup patch is not a copy of the vendor file the change is in).
QString patchOf(const ImpactHtml::Texts &t, const ImpactFinding &finding)
{
    if (!t.hasOldVendor && !t.hasNewVendor)
        return {};
    const QString &file = ImpactHtml::isCopy(finding) ? finding.file : finding.vendorFile;
    return LineDiff::unified(t.oldVendor, t.newVendor, QStringLiteral("a/") + file,
                             QStringLiteral("b/") + file);
}

// The vendor change of a finding as the page shows it: the unified diff with a class per kind of
// line, cut after MaxDiffLines, or a sentence when there is none to show.
QString diffBlock(const ImpactReport &report, const ImpactFinding &finding)
{
    const ImpactHtml::Texts texts = ImpactHtml::texts(report, finding);
    if (!texts.hasOldVendor && !texts.hasNewVendor)
        return QStringLiteral("<p class=\"nodiff\">%1</p>\n")
            .arg(esc(ImpactHtml::tr(
                "Neither version of the vendor file is at hand, so its change is not shown.")));
    if (texts.oldVendor.contains(QChar(0)) || texts.newVendor.contains(QChar(0)))
        return QStringLiteral("<p class=\"nodiff\">%1</p>\n")
            .arg(esc(ImpactHtml::tr("The vendor file is not a text file, so its change is not shown.")));
    QString out;
    if (!texts.hasOldVendor)
        out += QStringLiteral("<p>%1</p>\n").arg(esc(ImpactHtml::tr("The move adds this vendor file.")));
    else if (!texts.hasNewVendor)
        out += QStringLiteral("<p>%1</p>\n").arg(esc(ImpactHtml::tr("The move removes this vendor file.")));
    const QString patch = patchOf(texts, finding);
    if (patch.isEmpty())
        return out + QStringLiteral("<p class=\"nodiff\">%1</p>\n")
                         .arg(esc(ImpactHtml::tr("The vendor file's content does not change.")));
    QStringList lines = patch.split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    const int total = int(lines.size());
    const int shown = std::min(total, MaxDiffLines);
    out += QStringLiteral("<pre class=\"diff\">");
    for (int i = 0; i < shown; ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const char *cls = i < 2                                  ? "meta"
                          : line.startsWith(QLatin1String("@@")) ? "hunk"
                          : line.startsWith(QLatin1Char('+'))    ? "add"
                          : line.startsWith(QLatin1Char('-'))    ? "del"
                          : line.startsWith(QLatin1Char('\\'))   ? "note"
                                                                 : "ctx";
        // A block per line, for its background; its newline inside it, for a reader without the style.
        out += QStringLiteral("<span class=\"%1\">%2\n</span>").arg(QLatin1String(cls), esc(line));
    }
    out += QStringLiteral("</pre>\n");
    if (shown < total)
        out +=
            QStringLiteral("<p class=\"cut\">%1</p>\n")
                .arg(esc(ImpactHtml::tr("%n more line(s) of this change are left out here; compare the two "
                                        "vendor files to see them all.",
                                        nullptr, total - shown)));
    return out;
}

} // namespace

ImpactHtml::Texts ImpactHtml::texts(const ImpactReport &report, const ImpactFinding &finding)
{
    Texts t;
    if (!finding.vendorFile.isEmpty()) {
        const QString inside = ImpactReport::insideVendor(finding.vendorFile);
        t.hasOldVendor = readText(report.oldVendor, inside, &t.oldVendor);
        t.hasNewVendor = readText(report.newVendor, inside, &t.newVendor);
    }
    if (finding.type != Type::SetupPatch)
        t.hasStore = readText(report.root, finding.file, &t.store);
    return t;
}

bool ImpactHtml::isCopy(const ImpactFinding &finding)
{
    return finding.type == Type::Override || finding.type == Type::RedundantOverride;
}

QString ImpactHtml::vendorPatch(const ImpactReport &report, const ImpactFinding &finding)
{
    return patchOf(texts(report, finding), finding);
}

QByteArray ImpactHtml::render(const ImpactReport &report)
{
    QString h;
    const QString title =
        tr("Upgrade impact for %1: Magento %2 → %3").arg(report.root, report.from, report.to);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(esc(tr("en", "the language of the page, as an HTML lang attribute")));
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(title), QLatin1String(style));
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(tr("Upgrade impact: Magento %1 → %2").arg(report.from, report.to)));
    h += QStringLiteral("<p class=\"store\">%1</p>\n").arg(esc(tr("Store folder: %1").arg(report.root)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(
                 tr("What moving the store to the new version changes in code the store customises: theme "
                    "overrides, preferences and plugins, database tables and setup patches. Each finding "
                    "shows the vendor file's change as a unified diff.")));

    // Counts by level.
    h += QStringLiteral("<ul class=\"counts\">\n");
    for (Level level : levels)
        h += QStringLiteral("<li class=\"%1\"><a href=\"#%2\">%3</a></li>\n")
                 .arg(ImpactReport::levelWord(level), levelId(level),
                      esc(tr("%1: %n finding(s)", nullptr, report.count(level))
                              .arg(ImpactReport::levelTitle(level))));
    h += QStringLiteral("</ul>\n");

    // What the report could not read: its findings leave that out.
    if (!report.warnings.isEmpty()) {
        h += QStringLiteral("<section class=\"warnings\">\n<h2>%1</h2>\n<ul>\n")
                 .arg(esc(tr("What the report could not read")));
        for (const QString &w : report.warnings)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(w));
        h += QStringLiteral("</ul>\n</section>\n");
    }

    if (report.findings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The move changes nothing the store customises.")));
        h += QStringLiteral("</body>\n</html>\n");
        return h.toUtf8();
    }

    // Counts by type and level.
    const QList<Type> types = ImpactReport::allTypes();
    auto countOf = [&report](std::optional<Type> type, std::optional<Level> level) {
        int n = 0;
        for (const ImpactFinding &f : report.findings)
            n += (!type || f.type == *type) && (!level || f.level == *level);
        return n;
    };
    auto cell = [](int n) {
        return n ? QStringLiteral("<td class=\"n\">%1</td>").arg(n)
                 : QStringLiteral("<td class=\"n zero\">0</td>");
    };
    h += QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>")
             .arg(esc(tr("Findings by type and level")), esc(tr("Type")));
    for (Level level : levels)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(ImpactReport::levelTitle(level)));
    h += QStringLiteral("<th scope=\"col\">%1</th></tr></thead>\n<tbody>\n").arg(esc(tr("All")));
    for (Type type : types) {
        h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(ImpactReport::typeTitle(type)));
        for (Level level : levels)
            h += cell(countOf(type, level));
        h += cell(countOf(type, std::nullopt)) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(tr("All")));
    for (Level level : levels)
        h += cell(countOf(std::nullopt, level));
    h += cell(int(report.findings.size())) + QStringLiteral("</tr>\n</tbody>\n</table>\n");

    // The findings, by level, then type.
    int number = 0;
    for (Level level : levels) {
        if (!countOf(std::nullopt, level))
            continue;
        h += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n")
                 .arg(levelId(level), esc(ImpactReport::levelTitle(level)));
        for (Type type : types) {
            if (!countOf(type, level))
                continue;
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(ImpactReport::typeTitle(type)));
            for (const ImpactFinding &f : report.findings) {
                if (f.level != level || f.type != type)
                    continue;
                const QString id = QStringLiteral("finding-%1").arg(++number);
                h += QStringLiteral("<article class=\"finding %1\" id=\"%2\">\n")
                         .arg(ImpactReport::levelWord(level), id);
                h += QStringLiteral("<h4><a href=\"#%1\" class=\"path\">%2</a></h4>\n").arg(id, esc(f.file));
                if (!f.vendorFile.isEmpty() && f.vendorFile != f.file)
                    h += QStringLiteral("<p><span class=\"label\">%1</span> <code>%2</code></p>\n")
                             .arg(esc(tr("Vendor file:")), esc(f.vendorFile));
                if (!f.detail.isEmpty())
                    h += QStringLiteral("<p>%1</p>\n").arg(esc(f.detail));
                if (!f.vendorFile.isEmpty())
                    h += diffBlock(report, f);
                h += QStringLiteral("</article>\n");
            }
        }
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace mua
