#include "Pdf.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pc::documents {

QByteArray htmlToPdf(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Privacy Console"));
        // QTextDocument::print() keeps 2 cm around the text on its own.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        document.setDocumentMargin(0);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(10.5);
        // No ligatures: "fi" stays two letters for whoever copies or
        // searches the text of the PDF.
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    return bytes;
}

} // namespace pc::documents
