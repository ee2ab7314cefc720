package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;
import static org.datasetkit.core.report.Markup.num;

import java.util.ArrayList;
import java.util.List;

/** Horizontal bars, one per labelled value, each with its value written at its end. */
final class BarChart {

    /** One bar: {@code text} is its value as written beside it ("1.2 MB (40%)"). */
    record Bar(String label, double value, String text) {}

    static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int TEXT = 130;
    private static final int ROW = 24;

    private BarChart() {}

    /** The bars of a tally, each with its share of the whole. */
    static List<Bar> bars(Tally tally) {
        List<Bar> bars = new ArrayList<>();
        long total = tally.total();
        for (Tally.Entry e : tally.entries()) {
            bars.add(new Bar(e.label(), e.value(), value(e.value(), tally.unit()) + " (" + Markup.percent(e.value(), total) + ")"));
        }
        return bars;
    }

    static String value(long v, String unit) {
        return unit.equals("bytes") ? Markup.bytes(v) : Markup.count(v);
    }

    static Figure of(String id, String caption, Tally tally, String header) {
        List<Bar> bars = bars(tally);
        return figure(id, caption, bars, 0, header, tally.unit());
    }

    /**
     * @param scale the value of a full-width bar, or 0 for the largest value
     */
    static Figure figure(String id, String caption, List<Bar> bars, double scale, String header, String unit) {
        double max = scale > 0 ? scale : bars.stream().mapToDouble(Bar::value).max().orElse(1);
        max = max <= 0 ? 1 : max;
        int height = bars.size() * ROW + 8;
        int span = WIDTH - LABEL - TEXT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">");
        StringBuilder table = new StringBuilder("<table class=\"data\"><thead><tr><th scope=\"col\">").append(esc(header))
                .append("</th><th scope=\"col\">").append(esc(unit)).append("</th></tr></thead><tbody>");
        List<String> said = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = 4 + i * ROW;
            double w = Math.max(b.value() > 0 ? 1.5 : 0, span * b.value() / max);
            svg.append("<g><title>").append(esc(b.label() + ": " + b.text())).append("</title>")
                    .append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(num(y + 16))
                    .append("\" text-anchor=\"end\">").append(esc(shortened(b.label(), 28))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(num(y + 3)).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(Palette.series(0))
                    .append("\"/><text x=\"").append(num(LABEL + w + 6)).append("\" y=\"").append(num(y + 16))
                    .append("\">").append(esc(b.text())).append("</text></g>");
            table.append("<tr><th scope=\"row\">").append(esc(b.label())).append("</th><td>").append(esc(b.text()))
                    .append("</td></tr>");
            said.add(b.label() + " " + b.text());
        }
        svg.append("</svg>");
        table.append("</tbody></table>");
        return new Figure(id, caption, caption + ": " + String.join("; ", said) + ".", svg.toString(), table.toString());
    }

    static String shortened(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
