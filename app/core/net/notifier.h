#pragma once

#include "core/model/runrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace mua {

// --notify: when a run ends, whatever the outcome, POSTs a JSON summary to a webhook. The top-level
// "text" is what Slack and Microsoft Teams' classic incoming webhooks show (escaped as Slack wants
// for hooks.slack.com); a Teams Workflows webhook (Power Automate) gets the same lines as an
// Adaptive Card in "attachments". The structured fields beside them are for anything else. Only
// the redacted record goes out. Failing to notify is never fatal.
class Notifier
{
    Q_DECLARE_TR_FUNCTIONS(mua::Notifier)

public:
    static constexpr int TimeoutMs = 5000;

    static QJsonObject payload(const RunRecord &record, const QUrl &webhook = QUrl());
    static QString text(const RunRecord &record);
    // True when the webhook answered 2xx (its status in *status); otherwise a sentence in *error.
    static bool send(const QUrl &webhook, const RunRecord &record, QString *error, int *status = nullptr,
                     int timeoutMs = TimeoutMs);
    // How messages name the webhook without its secret path: "the webhook at https://hooks.slack.com/…".
    static QString name(const QUrl &webhook);

    // The webhook's address is a secret (Slack's and Teams' carry their token in it), and a --notify URL
    // on the command line is visible to every local user in ps for the whole run. These keep it out:
    // the environment variable (only the user and root can read a process's environment), and a file
    // only the user can read.
    static constexpr char EnvironmentVariable[] = "MUA_NOTIFY_URL";
    static constexpr qint64 MaxAddressFileBytes = 64 * 1024;
    // The address on the first non-empty line of a regular file that no one but its owner may read or
    // write (--notify-file); false with a sentence naming the file and what to do.
    static bool addressFromFile(const QString &path, QString *address, QString *error);
};

} // namespace mua
