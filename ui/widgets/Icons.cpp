#include "Icons.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPixmap>

// The icons are compiled into the widgets' static library: their resource
// is registered by hand before the first use.
static void registerIcons()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(tabler);
        return true;
    }();
    (void)registered;
}

namespace pc::icons {

QIcon themed(const QString &name, const QPalette &palette)
{
    registerIcons();
    QFile file(QStringLiteral(":/navigation/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    // The icons draw with currentColor, which SVG leaves to the page.
    svg.replace("currentColor", palette.color(QPalette::WindowText).name().toLatin1());
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 40, 48}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace pc::icons
