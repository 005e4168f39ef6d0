#include "gui/common/Contrast.h"

#include <QtMath>
#include <algorithm>

namespace nd {

namespace {

double linearChannel(double srgb)
{
    return srgb <= 0.04045 ? srgb / 12.92 : qPow((srgb + 0.055) / 1.055, 2.4);
}

QColor blendedOver(const QColor &foreground, const QColor &background)
{
    const double alpha = foreground.alphaF();
    if (alpha >= 1.0)
        return foreground;
    const auto mix = [alpha](double top, double bottom) { return top * alpha + bottom * (1.0 - alpha); };
    return QColor::fromRgbF(float(mix(foreground.redF(), background.redF())),
        float(mix(foreground.greenF(), background.greenF())),
        float(mix(foreground.blueF(), background.blueF())));
}

double worstContrast(const QColor &colour, std::initializer_list<QColor> backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, contrastRatio(colour, background));
    return worst;
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const double first = relativeLuminance(blendedOver(foreground, background));
    const double second = relativeLuminance(background);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor withContrast(const QColor &colour, std::initializer_list<QColor> backgrounds, double minimum)
{
    if (worstContrast(colour, backgrounds) >= minimum)
        return colour;
    // Darken for light backgrounds, lighten for dark ones, keeping the hue as long as possible.
    double darkest = 1.0;
    for (const QColor &background : backgrounds)
        darkest = std::min(darkest, relativeLuminance(background));
    const QColor target = darkest > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    const QColor start = colour.toRgb();
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor shade = QColor::fromRgbF(float(start.redF() + (target.redF() - start.redF()) * t),
            float(start.greenF() + (target.greenF() - start.greenF()) * t),
            float(start.blueF() + (target.blueF() - start.blueF()) * t));
        if (worstContrast(shade, backgrounds) >= minimum)
            return shade;
    }
    return target;
}

} // namespace nd
