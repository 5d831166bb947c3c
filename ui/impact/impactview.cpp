#include "ui/impact/impactview.h"

#include "core/fs/atomicfile.h"
#include "core/impact/impacthtml.h"
#include "core/impact/linediff.h"
#include "ui/common/background.h"
#include "ui/common/icons.h"
#include "ui/common/messagebar.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QThreadPool>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace mua {

namespace {

using Level = ImpactFinding::Level;
using Type = ImpactFinding::Type;

enum Column { LevelColumn, TypeColumn, FileColumn, DetailColumn, ColumnCount };
enum Role {
    FindingRole = Qt::UserRole + 1, // the finding's index in the report (column 0)
    SortRole,                       // what a column sorts by: the level's and type's order, not their words
    LevelRole,
    TypeRole,
    VendorFileRole
};

// "4–5, 9": 0-based lines as a person counts them, runs joined.
QString lineRuns(const QList<int> &lines)
{
    QStringList runs;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines.at(j + 1) == lines.at(j) + 1)
            ++j;
        runs << (i == j ? QString::number(lines.at(i) + 1)
                        : QStringLiteral("%1–%2").arg(lines.at(i) + 1).arg(lines.at(j) + 1));
        i = j + 1;
    }
    return runs.join(QStringLiteral(", "));
}

// The three texts of a finding and the lines to mark in each, worked out off the GUI thread.
struct Shown
{
    ImpactHtml::Texts texts;
    QList<int> removed; // in the old vendor file
    QList<int> added;   // in the new vendor file
    QList<int> changed; // in the store's copy, against the new vendor file
};

Shown compareFinding(const ImpactReport &report, const ImpactFinding &finding)
{
    Shown s;
    s.texts = ImpactHtml::texts(report, finding);
    const QStringList oldLines = LineDiff::lines(s.texts.oldVendor);
    const QStringList newLines = LineDiff::lines(s.texts.newVendor);
    for (const DiffLine &d : LineDiff::compare(oldLines, newLines)) {
        if (d.kind == DiffLine::Kind::Removed)
            s.removed << d.oldLine;
        else if (d.kind == DiffLine::Kind::Added)
            s.added << d.newLine;
    }
    if (s.texts.hasStore && s.texts.hasNewVendor && ImpactHtml::isCopy(finding))
        for (const DiffLine &d : LineDiff::compare(newLines, LineDiff::lines(s.texts.store)))
            if (d.kind == DiffLine::Kind::Added)
                s.changed << d.newLine;
    return s;
}

} // namespace

// The findings that pass the filter row: a level, a type, and text in the store's or the vendor's path.
class ImpactFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(std::optional<Level> level, std::optional<Type> type, const QString &text)
    {
        m_level = level;
        m_type = type;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    // By the column's order, then by the report's: the order within a level, a type, stays the engine's.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(SortRole), b = right.data(SortRole);
        if (a != b)
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        const auto finding = [this](const QModelIndex &i) {
            return sourceModel()->index(i.row(), LevelColumn, i.parent()).data(FindingRole).toInt();
        };
        return finding(left) < finding(right);
    }

    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, LevelColumn, parent);
        if (m_level && first.data(LevelRole).toInt() != int(*m_level))
            return false;
        if (m_type && first.data(TypeRole).toInt() != int(*m_type))
            return false;
        const QModelIndex file = sourceModel()->index(row, FileColumn, parent);
        return m_text.isEmpty() || file.data().toString().contains(m_text, Qt::CaseInsensitive) ||
               file.data(VendorFileRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    std::optional<Level> m_level;
    std::optional<Type> m_type;
    QString m_text;
};

ImpactView::ImpactView(QWidget *parent)
    : QWidget(parent)
    , m_pool(new QThreadPool(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new ImpactFilter(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_countsLabel);

    // The filter row, and the page for the whole report.
    auto *top = new QHBoxLayout;
    layout->addLayout(top);
    m_filterRow = new QWidget(this);
    auto *filters = new QHBoxLayout(m_filterRow);
    filters->setContentsMargins(0, 0, 0, 0);
    m_levelCombo = new QComboBox(m_filterRow);
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_levelCombo->setAccessibleName(tr("Show findings of the level"));
    m_levelCombo->addItem(tr("All levels"));
    for (Level level : {Level::Warn, Level::Info, Level::Ignore})
        m_levelCombo->addItem(ImpactReport::levelTitle(level), int(level));
    m_typeCombo = new QComboBox(m_filterRow);
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->setAccessibleName(tr("Show findings of the type"));
    m_typeCombo->addItem(tr("All types"));
    for (Type type : ImpactReport::allTypes())
        m_typeCombo->addItem(ImpactReport::typeTitle(type), int(type));
    m_fileEdit = new QLineEdit(m_filterRow);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setAccessibleName(tr("Show findings whose file contains"));
    m_fileEdit->setPlaceholderText(tr("part of a path, e.g. Magento_Catalog"));
    m_fileEdit->setClearButtonEnabled(true);
    const std::pair<QString, QWidget *> fields[] = {
        {tr("&Level:"), m_levelCombo}, {tr("&Type:"), m_typeCombo}, {tr("&File:"), m_fileEdit}};
    for (const auto &[caption, field] : fields) {
        auto *label = new QLabel(caption, m_filterRow);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, field == m_fileEdit ? 1 : 0);
    }
    top->addWidget(m_filterRow, 1);
    m_saveButton = new QPushButton(tr("&Save as HTML…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the impact report as an HTML page"));
    m_saveButton->setToolTip(tr("One page with every finding and the vendor's changes, to read or send on"));
    top->addStretch();
    top->addWidget(m_saveButton);

    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    m_shownLabel->hide();
    layout->addWidget(m_shownLabel);

    // The findings above, the selected one's texts below.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("Level"), tr("Type"), tr("File"), tr("What changes")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_tree = new QTreeView(m_splitter);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setAccessibleDescription(tr("Press Enter on a finding to read its files below."));
    m_tree->setModel(m_proxy);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(LevelColumn, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);
    m_splitter->addWidget(m_tree);

    auto *diff = new QWidget(m_splitter);
    auto *diffLayout = new QVBoxLayout(diff);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    diffLayout->addLayout(actions);
    m_detailLabel = new QLabel(diff);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_detailLabel, 1);
    m_openButton = new QPushButton(tr("&Open in editor"), diff);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setAccessibleName(tr("Open your copy in the editor"));
    m_copyButton = new QPushButton(tr("Copy as &patch"), diff);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy the vendor's change as a patch"));
    m_copyButton->setToolTip(tr("The vendor's change to this file, as a patch that patch -p1 applies to your "
                                "copy in the store's folder"));
    actions->addWidget(m_openButton, 0, Qt::AlignTop);
    actions->addWidget(m_copyButton, 0, Qt::AlignTop);

    auto *panes = new QSplitter(Qt::Horizontal, diff);
    panes->setChildrenCollapsible(false);
    diffLayout->addWidget(panes, 1);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < 3; ++i) {
        auto *column = new QWidget(panes);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        m_captions[i] = new QLabel(column);
        m_panes[i] = new QPlainTextEdit(column);
        m_panes[i]->setReadOnly(true);
        m_panes[i]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_panes[i]->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_panes[i]->setFont(mono);
        m_panes[i]->setTabChangesFocus(true);
        m_captions[i]->setBuddy(m_panes[i]);
        columnLayout->addWidget(m_captions[i]);
        columnLayout->addWidget(m_panes[i], 1);
        panes->addWidget(column);
    }
    m_panes[0]->setObjectName(QStringLiteral("oldVendorPane"));
    m_panes[1]->setObjectName(QStringLiteral("newVendorPane"));
    m_panes[2]->setObjectName(QStringLiteral("storePane"));
    m_splitter->addWidget(diff);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("impactMessageBar"));
    layout->addWidget(m_messageBar);

    setTabOrder(m_levelCombo, m_typeCombo);
    setTabOrder(m_typeCombo, m_fileEdit);
    setTabOrder(m_fileEdit, m_saveButton);
    setTabOrder(m_saveButton, m_tree);
    setTabOrder(m_tree, m_openButton);
    setTabOrder(m_openButton, m_copyButton);
    setTabOrder(m_copyButton, m_panes[0]);
    setTabOrder(m_panes[0], m_panes[1]);
    setTabOrder(m_panes[1], m_panes[2]);

    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &ImpactView::applyFilter);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &ImpactView::applyFilter);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImpactView::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current); });
    connect(m_openButton, &QPushButton::clicked, this, &ImpactView::openInEditor);
    connect(m_copyButton, &QPushButton::clicked, this, &ImpactView::copyPatch);
    connect(m_saveButton, &QPushButton::clicked, this, &ImpactView::saveHtml);

    setReport({});
}

ImpactView::~ImpactView()
{
    // Before the widgets go: a page being saved is written whole; what it and a patch hand back is
    // dropped (runInBackground's guard).
    m_pool->waitForDone();
}

void ImpactView::setReport(const ImpactReport &report)
{
    m_report = report;
    ++m_generation;
    m_messageBar->hide();
    m_model->removeRows(0, m_model->rowCount());
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const ImpactFinding &f = report.findings.at(i);
        auto *level = new QStandardItem(ImpactReport::levelTitle(f.level));
        level->setIcon(f.level == Level::Warn   ? Icons::check(PreflightCheck::Level::Warning)
                       : f.level == Level::Info ? Icons::information()
                                                : Icons::check(PreflightCheck::Level::Pass));
        level->setData(int(i), FindingRole);
        level->setData(int(f.level), LevelRole);
        level->setData(int(f.type), TypeRole);
        level->setData(int(f.level), SortRole);
        auto *type = new QStandardItem(ImpactReport::typeTitle(f.type));
        type->setData(int(ImpactReport::allTypes().indexOf(f.type)), SortRole);
        auto *file = new QStandardItem(f.file);
        file->setData(f.file, SortRole);
        file->setData(f.vendorFile, VendorFileRole);
        file->setToolTip(tr("Your file: %1\nThe vendor file: %2").arg(f.file, f.vendorFile));
        auto *detail = new QStandardItem(f.detail);
        detail->setData(f.detail, SortRole);
        detail->setToolTip(f.detail);
        m_model->appendRow({level, type, file, detail});
    }
    const QString from = report.from.isEmpty() ? tr("installed") : report.from;
    m_captions[0]->setText(tr("Vendor &before (%1)").arg(from));
    m_captions[1]->setText(tr("Vendor &after (%1)").arg(report.to));
    m_panes[0]->setAccessibleName(tr("Vendor file before the move (%1)").arg(from));
    m_panes[1]->setAccessibleName(tr("Vendor file after the move (%1)").arg(report.to));
    const bool empty = report.findings.isEmpty();
    m_filterRow->setVisible(!empty);
    m_splitter->setVisible(!empty);
    m_saveButton->setEnabled(!m_saving && !report.to.isEmpty());
    m_tree->resizeColumnToContents(FileColumn);
    m_tree->setColumnWidth(FileColumn, std::min(m_tree->columnWidth(FileColumn), 480));
    showCounts();
    applyFilter();
    if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    else
        showFinding({});
}

void ImpactView::showCounts()
{
    if (m_report.to.isEmpty()) {
        m_countsLabel->setText(tr("No impact report yet."));
        return;
    }
    // What the report could not read, after what it found: its findings leave that out.
    const QString unread =
        m_report.warnings.isEmpty()
            ? QString()
            : QLatin1Char('\n') +
                  tr("The report could not read everything, so its findings leave this out: %1")
                      .arg(m_report.warnings.join(QLatin1Char(' ')));
    if (m_report.findings.isEmpty()) {
        m_countsLabel->setText(tr("Nothing the store customises changes in the move to %1: no theme "
                                  "override, preference, plugin, "
                                  "extended table or setup patch of the store is touched.")
                                   .arg(m_report.to) +
                               unread);
        return;
    }
    const QString counts =
        tr("%1, %2, %3")
            .arg(tr("%n need(s) a look", nullptr, m_report.count(Level::Warn)),
                 tr("%n worth knowing", nullptr, m_report.count(Level::Info)),
                 tr("%n whitespace or comments only", nullptr, m_report.count(Level::Ignore)));
    const int total = int(m_report.findings.size());
    const QString touched =
        m_report.from.isEmpty()
            ? tr("The move to %1 touches %n of the store's customisations: %2. Nothing here blocks the "
                 "upgrade.",
                 nullptr, total)
                  .arg(m_report.to, counts)
            : tr("The move from %1 to %2 touches %n of the store's customisations: %3. Nothing here "
                 "blocks the upgrade.",
                 nullptr, total)
                  .arg(m_report.from, m_report.to, counts);
    m_countsLabel->setText(touched + unread);
}

void ImpactView::applyFilter()
{
    const QVariant level = m_levelCombo->currentData();
    const QVariant type = m_typeCombo->currentData();
    m_proxy->setFilter(level.isValid() ? std::optional(Level(level.toInt())) : std::nullopt,
                       type.isValid() ? std::optional(Type(type.toInt())) : std::nullopt, m_fileEdit->text());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_shownLabel->setVisible(total > 0 && shown < total);
    m_shownLabel->setText(shown == 0 ? tr("No finding matches the filter.")
                                     : tr("%1 of %n findings shown.", nullptr, total).arg(shown));
    // The finding in the panes is one the table shows.
    if (!m_tree->currentIndex().isValid() && shown > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    else if (shown == 0)
        showFinding({});
}

std::optional<ImpactFinding> ImpactView::currentFinding() const
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    const int row = m_model->index(current.row(), LevelColumn).data(FindingRole).toInt();
    return m_report.findings.value(row);
}

bool ImpactView::selectFinding(int row)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex source = m_model->index(r, LevelColumn);
        if (source.data(FindingRole).toInt() != row)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
        m_tree->setCurrentIndex(index);
        return true;
    }
    return false;
}

void ImpactView::showFinding(const QModelIndex &proxyIndex)
{
    const quint64 generation = ++m_generation;
    m_messageBar->hide();
    const std::optional<ImpactFinding> finding = proxyIndex.isValid() ? currentFinding() : std::nullopt;
    m_reading = finding.has_value();
    if (!finding) {
        clearPanes();
        emit findingShown();
        return;
    }
    const ImpactFinding f = *finding;
    m_detailLabel->setText(tr("%1\nThe vendor file: %2").arg(f.detail, f.vendorFile));
    m_captions[2]->setText(ImpactHtml::isCopy(f) ? tr("&Your copy") : tr("&Your file"));
    m_panes[2]->setAccessibleName(ImpactHtml::isCopy(f) ? tr("Your copy (%1)").arg(f.file)
                                                        : tr("Your file (%1)").arg(f.file));
    m_copyButton->setEnabled(!m_copying);
    m_copyButton->setToolTip(
        ImpactHtml::isCopy(f) ? tr("The vendor's change to this file, as a patch that patch -p1 applies to "
                                   "your copy in the store's folder")
                              : tr("The vendor's change to its own file, as a patch to read: your file is "
                                   "not a copy of the vendor file, so the patch is not one for your file"));
    m_openButton->setEnabled(false); // until the store's side is known to exist
    const QString loading = tr("Reading…");
    for (QPlainTextEdit *pane : m_panes) {
        pane->clear();
        pane->setPlaceholderText(loading);
        pane->setExtraSelections({});
    }
    runInBackground(
        this, [report = m_report, f] { return compareFinding(report, f); },
        [this, generation, f](const Shown &s) {
            if (generation != m_generation)
                return;
            const QString to = m_report.to;
            setPane(Pane::OldVendor, s.texts.hasOldVendor, s.texts.oldVendor, s.removed,
                    tr("The vendor file does not exist before the move: %1 adds it.").arg(to));
            setPane(Pane::NewVendor, s.texts.hasNewVendor, s.texts.newVendor, s.added,
                    tr("The vendor file does not exist after the move: %1 removes it.").arg(to));
            setPane(
                Pane::Store, s.texts.hasStore, s.texts.store, s.changed,
                f.type == Type::SetupPatch
                    ? tr("A setup patch has no copy in the store: the vendor's file is the patch.")
                    : tr("%1 cannot be read in the store: it is missing, or a link, which is not followed.")
                          .arg(f.file));
            m_openButton->setEnabled(s.texts.hasStore && f.type != Type::SetupPatch);
            m_reading = false;
            emit findingShown();
        });
}

void ImpactView::clearPanes()
{
    m_detailLabel->setText(m_report.findings.isEmpty() ? QString()
                                                       : tr("Select a finding to see its files."));
    m_openButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    for (int i = 0; i < 3; ++i) {
        m_marked[i].clear();
        m_panes[i]->clear();
        m_panes[i]->setPlaceholderText({});
        m_panes[i]->setExtraSelections({});
        m_panes[i]->setAccessibleDescription({});
    }
    m_captions[2]->setText(tr("&Your copy"));
    m_panes[2]->setAccessibleName(tr("Your copy"));
}

void ImpactView::setPane(Pane which, bool exists, const QString &text, const QList<int> &marked,
                         const QString &missing)
{
    const int i = int(which);
    QPlainTextEdit *pane = m_panes[i];
    m_marked[i] = exists ? marked : QList<int>();
    pane->setPlainText(exists ? text : QString());
    pane->setPlaceholderText(exists ? tr("The file is empty.") : missing);
    // The marks: tinted whole lines, in the colours the message bars use, mixed into the pane's own
    // background so that they read on light and dark palettes alike.
    const MessageBar::Type kind = which == Pane::OldVendor   ? MessageBar::Type::Error
                                  : which == Pane::NewVendor ? MessageBar::Type::Positive
                                                             : MessageBar::Type::Warning;
    const QColor base = pane->palette().color(QPalette::Base);
    const QColor tint = MessageBar::color(kind);
    const qreal a = 0.3;
    const QColor mark =
        QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a, base.greenF() * (1 - a) + tint.greenF() * a,
                         base.blueF() * (1 - a) + tint.blueF() * a);
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = pane->document();
    for (int line : std::as_const(m_marked[i])) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc->findBlockByNumber(line));
        s.format.setBackground(mark);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << s;
    }
    pane->setExtraSelections(selections);
    // The first change in sight.
    if (!m_marked[i].isEmpty()) {
        pane->setTextCursor(QTextCursor(doc->findBlockByNumber(m_marked[i].constFirst())));
        pane->centerCursor();
    }
    // What the tint shows, said to a screen reader.
    const QString lines = lineRuns(m_marked[i]);
    QString description;
    if (!exists)
        description = missing;
    else if (which == Pane::OldVendor)
        description = lines.isEmpty() ? tr("The vendor removed no line.")
                                      : tr("Marked: the lines the vendor removed, %1.").arg(lines);
    else if (which == Pane::NewVendor)
        description = lines.isEmpty() ? tr("The vendor added no line.")
                                      : tr("Marked: the lines the vendor added, %1.").arg(lines);
    else if (const std::optional<ImpactFinding> f = currentFinding(); f && ImpactHtml::isCopy(*f))
        description = lines.isEmpty() ? tr("Your copy is the same as the new vendor file.")
                                      : tr("Marked: the lines of your copy that differ from the new vendor "
                                           "file, %1.")
                                            .arg(lines);
    pane->setAccessibleDescription(description);
}

QPlainTextEdit *ImpactView::pane(Pane which) const
{
    return m_panes[int(which)];
}

QList<int> ImpactView::markedLines(Pane which) const
{
    return m_marked[int(which)];
}

bool ImpactView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a finding: to its files (the store's side when there is one).
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->currentIndex().isValid()) {
            QPlainTextEdit *target = !m_panes[2]->toPlainText().isEmpty()   ? m_panes[2]
                                     : !m_panes[1]->toPlainText().isEmpty() ? m_panes[1]
                                                                            : m_panes[0];
            target->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImpactView::openInEditor()
{
    if (const std::optional<ImpactFinding> f = currentFinding())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(m_report.root).filePath(f->file)));
}

void ImpactView::copyPatch()
{
    const std::optional<ImpactFinding> finding = currentFinding();
    if (!finding || m_copying)
        return;
    // Reading the two vendor files and comparing them can take a while (a large file, a slow mount).
    m_copying = true;
    m_copyButton->setEnabled(false);
    m_copyButton->setText(tr("Copying…"));
    runInBackground(
        this, [report = m_report, f = *finding] { return ImpactHtml::vendorPatch(report, f); },
        [this, f = *finding](const QString &patch) {
            m_copying = false;
            m_copyButton->setText(tr("Copy as &patch"));
            m_copyButton->setEnabled(currentFinding().has_value());
            if (patch.isEmpty()) {
                m_messageBar->showMessage(
                    MessageBar::Type::Information,
                    tr("The vendor file %1 did not change in content: there is no patch to copy.")
                        .arg(f.vendorFile));
                return;
            }
            QGuiApplication::clipboard()->setText(patch);
            m_messageBar->showMessage(
                MessageBar::Type::Positive,
                ImpactHtml::isCopy(f)
                    ? tr("The vendor's change is in the clipboard as a patch: patch -p1 in the store's "
                         "folder applies it to %1.")
                          .arg(f.file)
                    : tr("The vendor's change to %1 is in the clipboard as a patch to read: it changes the "
                         "vendor file, not a file of the store.")
                          .arg(f.vendorFile));
        },
        m_pool);
}

QString ImpactView::askSavePath()
{
    if (m_askSavePath)
        return m_askSavePath();
    return QFileDialog::getSaveFileName(
        this, tr("Save the impact report"),
        QDir::home().filePath(QStringLiteral("impact-%1.html").arg(m_report.to)), tr("HTML pages (*.html)"));
}

void ImpactView::saveHtml()
{
    if (m_saving)
        return;
    const QString path = askSavePath();
    if (path.isEmpty())
        return;
    // The page reads and compares both vendor files of every finding: off the GUI thread, and the
    // writing with it (the folder may be on a slow mount).
    m_saving = true;
    m_saveButton->setEnabled(false);
    m_saveButton->setText(tr("Saving…"));
    m_messageBar->hide();
    runInBackground(
        this,
        [report = m_report, path] {
            QString error;
            return AtomicFile::write(path, ImpactHtml::render(report), &error) ? QString() : error;
        },
        [this, path](const QString &error) {
            m_saving = false;
            m_saveButton->setText(tr("&Save as HTML…"));
            m_saveButton->setEnabled(!m_report.to.isEmpty());
            if (!error.isEmpty()) {
                m_messageBar->showMessage(MessageBar::Type::Error, error);
                return;
            }
            m_messageBar->showMessage(
                MessageBar::Type::Positive,
                tr("The impact report is saved as %1.").arg(QDir::toNativeSeparators(path)));
        },
        m_pool);
}

} // namespace mua
