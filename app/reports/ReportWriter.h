#pragma once

#include "Report.h"

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace pc::reports {

// An entry of the table of contents and the page it points to.
struct ContentsEntry
{
    int level = 1;
    QString text;
    int page = 0;
};

struct RenderOptions
{
    PaperSize paper = PaperSize::A4;
    // Told of each page once the layout knows how many there are; false cancels.
    std::function<bool(int page, int pages)> progress;
};

struct RenderResult
{
    int pages = 0;
    QList<ContentsEntry> contents;
};

// Lays a report out on pages and paints them on a paged device (a PDF
// writer, a printer): the cover, the table of contents, the blocks, and on
// every page but the cover a running header (organization and title) and
// footer (page n of N, the day it was drawn up). Two passes: the first
// measures where everything falls, the second paints, the page numbers
// known. Tables repeat their header on each page; a row or paragraph
// longer than the room left goes on over the next page line by line.
// Text stays text (searchable, copyable) and charts vector graphics. The
// device's full page is used; the margins are the report's own. Safe to
// run in a worker thread (with a QGuiApplication for the fonts).
Result<RenderResult> render(const Report &report, QPagedPaintDevice &device, const RenderOptions &options = {});

// The same into a PDF file written as it goes (never held whole in memory).
Result<RenderResult> writePdf(const Report &report, const QString &path, const RenderOptions &options = {});
// Every table of the report as a CSV file of its own in `folder`,
// BASENAME-TABLE.csv; the files written.
Result<QStringList> writeTablesCsv(const Report &report, const QString &folder, const QString &baseName);
// The PDF's bytes (small reports, tests).
Result<QByteArray> pdfBytes(const Report &report, const RenderOptions &options = {});

} // namespace pc::reports
