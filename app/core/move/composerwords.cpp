#include "core/move/composerwords.h"

#include "core/run/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace mua {

namespace {

// What Composer 2.x prints on its way (Installer.php, RequireCommand.php, the downloaders, as in
// Debian's composer 2.5.5), and the synopsis Symfony Console prints after an error
// ("update [--with WITH] [--prefer-source] …").
bool isNoise(const QString &line)
{
    static const QRegularExpression noise(QStringLiteral(
        "^(?:Loading composer repositories with package information|Updating dependencies"
        "|Installing dependencies from lock file.*|Lock file operations: .*|Package operations: .*"
        "|Writing lock file|Generating (?:optimized )?autoload files|Nothing to modify in lock file"
        "|Nothing to install, update or remove|Analyzed \\d+ (?:packages|rules) to resolve dependencies"
        "|Dependency resolution completed in .*|Running composer update.*|Using version .* for .*"
        "|\\S*composer\\.json has been (?:updated|created).*|Reading .*|Info from .*|Downloading .*"
        "|Composer is operating significantly slower than normal.*|Do not run Composer as root.*"
        "|In \\S+ line \\S+:"
        "|  - (?:Locking|Upgrading|Downgrading|Installing|Updating|Removing|Downloading|Loading|Syncing"
        "|Marking|Extracting) .*"
        "|[a-z][\\w:-]* (?:\\[-|\\[<|<).*)$"));
    return line.trimmed().isEmpty() || noise.match(line).hasMatch();
}

// A line of spaces only, as Symfony Console frames an error block with (at least the two-space
// margins on each side).
bool isFrame(const QString &line)
{
    return line.size() >= 4 && line.trimmed().isEmpty();
}

QString masked(QString line, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        line.replace(secret, ComposerWords::mask());
    // scheme://user:password@host
    static const QRegularExpression userInfo(QStringLiteral("(://[^\\s/@:]*:)[^\\s/@]+@"));
    line.replace(userInfo, QStringLiteral("\\1") + ComposerWords::mask() + QLatin1Char('@'));
    // "password": "…", token=…, http-basic.repo.example.com.password: …, 'github-oauth' => …
    static const QRegularExpression keyed(
        QStringLiteral("((?:pass(?:word|wd)?|token|secret|oauth|bearer|http-basic|username|consumer-key)"
                       "[\\w.-]*[\"']?\\s*(?:=>|=|:)\\s*)([\"']?)[^\\s\"',;{}]+\\2"),
        QRegularExpression::CaseInsensitiveOption);
    line.replace(keyed, QStringLiteral("\\1\\2") + ComposerWords::mask() + QStringLiteral("\\2"));
    // Authorization: Bearer …, Basic …
    static const QRegularExpression scheme(
        QStringLiteral("\\b(Bearer|Basic|token)\\s+[A-Za-z0-9._~+/=-]{8,}"),
        QRegularExpression::CaseInsensitiveOption);
    line.replace(scheme, QStringLiteral("\\1 ") + ComposerWords::mask());
    return line;
}

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString() && !value.toString().isEmpty())
        out << value.toString();
    else if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            collectStrings(v, out);
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
}

} // namespace

QString ComposerWords::lastWords(const QStringList &output, const QStringList &secrets, int maxLines,
                                 int maxChars)
{
    QStringList lines;
    for (const QString &line : output)
        lines << TerminalText::neutralise(line, TerminalText::Newlines::Escape);

    // The first error block: a frame, lines with Symfony's two-space margin, the same frame again.
    QStringList words;
    for (qsizetype open = 0; open < lines.size() && words.isEmpty(); ++open) {
        if (!isFrame(lines.at(open)))
            continue;
        qsizetype close = open + 1;
        while (close < lines.size() && lines.at(close).startsWith(QLatin1String("  ")) &&
               lines.at(close) != lines.at(open))
            ++close;
        if (close < lines.size() && close > open + 1 && lines.at(close) == lines.at(open))
            for (qsizetype i = open + 1; i < close && words.size() < maxLines; ++i)
                if (!lines.at(i).trimmed().isEmpty())
                    words << lines.at(i).trimmed();
    }
    // Else the last lines that say something.
    if (words.isEmpty()) {
        for (auto it = lines.crbegin(); it != lines.crend() && words.size() < maxLines; ++it)
            if (!isNoise(*it))
                words.prepend(it->trimmed());
    }

    // Longest first, so a secret that holds another is masked whole; one or two characters would
    // mask letters of every word.
    QStringList longestFirst;
    for (const QString &secret : secrets)
        if (secret.size() >= 3)
            longestFirst << secret;
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString out;
    for (const QString &word : std::as_const(words)) {
        const QString next = out.isEmpty() ? masked(word, longestFirst)
                                           : out + QStringLiteral(" / ") + masked(word, longestFirst);
        if (next.size() > maxChars) {
            if (out.isEmpty())
                out = next.left(maxChars - 1) + QChar(0x2026);
            break;
        }
        out = next;
    }
    return out;
}

QStringList ComposerWords::authSecrets(const QByteArray &authJson)
{
    QStringList out;
    collectStrings(QJsonDocument::fromJson(authJson).object(), out);
    out.removeDuplicates();
    return out;
}

} // namespace mua
