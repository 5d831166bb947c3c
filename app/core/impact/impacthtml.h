#pragma once

#include "core/model/impactreport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mua {

// The impact report as one self-contained HTML page an agency can send its client (`impact --html
// FILE`): the store and both versions, counts by level, a table by type, and each finding with the
// vendor change as a unified diff (old vendor file against new, read from the report's two trees).
// No script, no outside stylesheet, image or font; everything the store or Composer wrote is escaped.
class ImpactHtml
{
    Q_DECLARE_TR_FUNCTIONS(mua::ImpactHtml)

public:
    static QByteArray render(const ImpactReport &report);

    // The three texts of a finding, read without following a link and at most a few MB each: the
    // vendor file before and after the move, and the store's copy (for a setup patch, none). A side
    // that does not exist is empty with its `has…` false.
    struct Texts
    {
        QString oldVendor, newVendor, store;
        bool hasOldVendor = false, hasNewVendor = false, hasStore = false;
    };
    static Texts texts(const ImpactReport &report, const ImpactFinding &finding);
    // The vendor change of one finding as a patch: the old vendor file against the new one. For a copy
    // of the vendor file (an override, a redundant override: see isCopy) it is labelled a/FILE and
    // b/FILE with the finding's `file`, so `patch -p1` in the store's folder applies the vendor's change
    // to the copy. For the other findings (a preference, a plugin, a table's schema, a setup patch) the
    // store's file is not a copy of the vendor file, so the patch is labelled with the finding's
    // `vendorFile`: it is the vendor's change, to read, not a patch for the store's file. Empty when the
    // vendor file did not change in content.
    static QString vendorPatch(const ImpactReport &report, const ImpactFinding &finding);
    // Whether the finding's `file` is the store's copy of its vendor file (an override, a redundant
    // override), so that the vendor's change applies to it.
    static bool isCopy(const ImpactFinding &finding);
};

} // namespace mua
