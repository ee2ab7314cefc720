package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;
import static org.datasetkit.core.report.Markup.num;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One full-width bar per group (a split), divided by share (the labels in it), with a legend. */
final class StackedBarChart {

    private static final int WIDTH = BarChart.WIDTH;
    private static final int LABEL = 130;
    private static final int ROW = 28;
    private static final int LEGEND_ROW = 20;

    private StackedBarChart() {}

    static Figure of(String id, String caption, Map<String, Tally> groups) {
        Set<String> keys = new LinkedHashSet<>();
        groups.values().forEach(t -> t.entries().forEach(e -> keys.add(e.label())));
        List<String> legend = new ArrayList<>(keys);
        int legendRows = (legend.size() + 3) / 4;
        int top = legendRows * LEGEND_ROW + 6;
        int height = top + groups.size() * ROW + 4;
        int span = WIDTH - LABEL - 10;
        StringBuilder svg = new StringBuilder("<svg class=\"stacked\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\">");
        for (int i = 0; i < legend.size(); i++) {
            double x = LABEL + (i % 4) * (span / 4.0);
            double y = (i / 4) * LEGEND_ROW + 4;
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(Palette.series(i)).append("\"/><text x=\"").append(num(x + 17)).append("\" y=\"")
                    .append(num(y + 11)).append("\">").append(esc(BarChart.shortened(legend.get(i), 18))).append("</text>");
        }
        StringBuilder table = new StringBuilder("<table class=\"data\"><thead><tr><th scope=\"col\">split</th>");
        legend.forEach(l -> table.append("<th scope=\"col\">").append(esc(l)).append("</th>"));
        table.append("<th scope=\"col\">rows</th></tr></thead><tbody>");
        List<String> said = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, Tally> g : groups.entrySet()) {
            double y = top + row++ * ROW;
            long total = g.getValue().total();
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(num(y + 17)).append("\" text-anchor=\"end\">")
                    .append(esc(BarChart.shortened(g.getKey(), 18))).append("</text>");
            double x = LABEL;
            table.append("<tr><th scope=\"row\">").append(esc(g.getKey())).append("</th>");
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < legend.size(); i++) {
                long v = g.getValue().valueOf(legend.get(i));
                double w = total == 0 ? 0 : span * (double) v / total;
                if (v > 0) {
                    svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y + 4)).append("\" width=\"")
                            .append(num(w)).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(Palette.series(i))
                            .append("\" stroke=\"#fff\"><title>").append(esc(g.getKey() + ", " + legend.get(i) + ": "
                                    + Markup.count(v) + " (" + Markup.percent(v, total) + ")")).append("</title></rect>");
                    parts.add(legend.get(i) + " " + Markup.count(v) + " (" + Markup.percent(v, total) + ")");
                }
                x += w;
                table.append("<td>").append(Markup.count(v)).append("</td>");
            }
            table.append("<td>").append(Markup.count(total)).append("</td></tr>");
            said.add(g.getKey() + ": " + String.join(", ", parts));
        }
        svg.append("</svg>");
        table.append("</tbody></table>");
        return new Figure(id, caption, caption + ". " + String.join("; ", said) + ".", svg.toString(), table.toString());
    }
}
