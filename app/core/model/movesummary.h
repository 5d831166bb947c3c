#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mua {

// A package the move to another version changes: from empty when the move adds it, to empty when
// it removes it.
struct PackageChange
{
    QString name;
    QString from;
    QString to;
};

// A package that keeps Composer from installing the target: a third-party module pinned to what
// the target replaces, or the root composer.json ("composer.json") pinning a package the target
// needs in another version.
struct BlockingPackage
{
    QString name;       // "acme/module-legacy", or "composer.json"
    QString constraint; // what it pins: "magento/framework 103.0.7"
    QString reason;     // one translated sentence: what it pins, what the target needs, what to do
    bool operator==(const BlockingPackage &) const = default;
};

// What moving the store's Magento package to another version would do, worked out in a scratch
// copy before anything changes (cli.md "Moving to another version": the report's and plan's `move`).
struct MoveSummary
{
    QString package; // magento/product-community-edition, …-enterprise-edition, mage-os/…
    QString from;
    QString to;
    QList<PackageChange> changes; // by name
    QList<BlockingPackage> blocking;
    bool resolved = false; // Composer found a set of packages for the target
    // Not in the JSON: the scratch copy's composer.json and the composer.lock Composer resolved in
    // it, from which the run downloads the move's packages before maintenance (VersionMove::download).
    QByteArray resolvedComposerJson;
    QByteArray resolvedLock;
    // The counts of the impact report an earlier `impact` kept for this very resolved set
    // (Impact::cached), when there is one: plan's `impact`, not in the move's JSON.
    struct ImpactCounts
    {
        int warn = 0, info = 0, ignore = 0;
    };
    std::optional<ImpactCounts> impact;
    QJsonObject toJson() const;
    // What tells one resolved set from another: the SHA-256 of resolvedLock, in hex.
    QByteArray lockDigest() const;
};

} // namespace mua
