#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mua {

// What Composer said when it failed, to quote in a check where no log is at hand (the wizard's
// review page). Pure: no process, no file.
class ComposerWords
{
public:
    // Composer's error as Symfony Console frames it (the first block of lines between two lines of
    // spaces; Composer 2.x prints one for every exception it does not handle itself), else its last
    // lines; never progress (Loading…, Updating dependencies, Lock file operations, "  - Locking …"),
    // the command's synopsis Symfony prints after the error, or blank lines. At most maxLines lines,
    // trimmed and joined with " / ", at most maxChars characters; empty when nothing is left.
    // Credentials never come out: each of secrets (of three characters or more) wherever it occurs
    // (auth.json's values), and any value that follows a password, token or http-basic key, a URL's
    // user:password@ or an HTTP Authorization scheme, are masked.
    static QString lastWords(const QStringList &output, const QStringList &secrets = {}, int maxLines = 3,
                             int maxChars = 300);

    // The string values of an auth.json (http-basic usernames and passwords, tokens, bearer keys),
    // to mask wherever they occur; none when it is no JSON object.
    static QStringList authSecrets(const QByteArray &authJson);

    static QString mask() { return QStringLiteral("********"); }
};

} // namespace mua
