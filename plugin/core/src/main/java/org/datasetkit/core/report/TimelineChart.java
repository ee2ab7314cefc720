package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;
import static org.datasetkit.core.report.Markup.num;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.report.ReportFigures.TimelineEvent;

/** The datasheet's dates on one time axis: periods as bars, single days as diamonds, one row each. */
final class TimelineChart {

    private static final int WIDTH = BarChart.WIDTH;
    private static final int LABEL = 210;
    private static final int ROW = 24;
    private static final int AXIS = 26;

    private TimelineChart() {}

    static Figure of(String id, String caption, List<TimelineEvent> events) {
        LocalDate first = events.stream().map(TimelineEvent::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = events.stream().map(e -> e.end().orElse(e.start())).max(LocalDate::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int span = WIDTH - LABEL - 20;
        int height = events.size() * ROW + AXIS + 6;
        Map<String, String> colours = new LinkedHashMap<>();
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\">");
        axis(svg, first, last, days, span, height);
        StringBuilder table = new StringBuilder("<table class=\"data\"><thead><tr><th scope=\"col\">event</th>"
                + "<th scope=\"col\">from</th><th scope=\"col\">to</th></tr></thead><tbody>");
        List<String> said = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            String colour = colours.computeIfAbsent(e.kind(), k -> Palette.series(colours.size()));
            double y = i * ROW + 4;
            double x0 = LABEL + span * (double) ChronoUnit.DAYS.between(first, e.start()) / days;
            svg.append("<g><title>").append(esc(e.label() + ": " + when(e))).append("</title><text x=\"").append(LABEL - 8)
                    .append("\" y=\"").append(num(y + 15)).append("\" text-anchor=\"end\">")
                    .append(esc(BarChart.shortened(e.label(), 32))).append("</text>");
            if (e.end().isPresent()) {
                double x1 = LABEL + span * (double) ChronoUnit.DAYS.between(first, e.end().get()) / days;
                svg.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(y + 4)).append("\" width=\"")
                        .append(num(Math.max(3, x1 - x0))).append("\" height=\"").append(ROW - 10).append("\" fill=\"")
                        .append(colour).append("\"/>");
            } else {
                double cy = y + 11;
                svg.append("<path d=\"M").append(num(x0)).append(' ').append(num(cy - 7)).append(" l7 7 l-7 7 l-7 -7 z\" fill=\"")
                        .append(colour).append("\" stroke=\"").append(Palette.INK).append("\" stroke-width=\"0.5\"/>");
            }
            svg.append("</g>");
            table.append("<tr><th scope=\"row\">").append(esc(e.label())).append("</th><td>").append(e.start())
                    .append("</td><td>").append(e.end().map(LocalDate::toString).orElse("")).append("</td></tr>");
            said.add(e.label() + " " + when(e));
        }
        svg.append("</svg>");
        table.append("</tbody></table>");
        return new Figure(id, caption, caption + ": " + String.join("; ", said) + ".", svg.toString(), table.toString());
    }

    private static String when(TimelineEvent e) {
        return e.end().map(end -> e.start() + " to " + end).orElse(e.start().toString());
    }

    /** Year ticks, or month ticks for a span of under two years, and the first and last date. */
    private static void axis(StringBuilder svg, LocalDate first, LocalDate last, long days, int span, int height) {
        double base = height - AXIS;
        svg.append("<line x1=\"").append(LABEL).append("\" y1=\"").append(num(base)).append("\" x2=\"").append(LABEL + span)
                .append("\" y2=\"").append(num(base)).append("\" stroke=\"").append(Palette.MUTED).append("\"/>");
        boolean months = days < 730;
        LocalDate tick = months ? first.withDayOfMonth(1).plusMonths(1) : first.withDayOfYear(1).plusYears(1);
        int step = months ? Math.max(1, (int) (days / 30 / 8) + 1) : Math.max(1, (int) (days / 365 / 8) + 1);
        for (; !tick.isAfter(last); tick = months ? tick.plusMonths(step) : tick.plusYears(step)) {
            double x = LABEL + span * (double) ChronoUnit.DAYS.between(first, tick) / days;
            svg.append("<line x1=\"").append(num(x)).append("\" y1=\"0\" x2=\"").append(num(x)).append("\" y2=\"")
                    .append(num(base)).append("\" stroke=\"").append(Palette.GRID).append("\"/><text class=\"tick\" x=\"")
                    .append(num(x)).append("\" y=\"").append(num(base + 16)).append("\" text-anchor=\"middle\">")
                    .append(months ? tick.toString().substring(0, 7) : tick.getYear()).append("</text>");
        }
        if (days <= 1 || (months && step == 1 && ChronoUnit.MONTHS.between(first, last) < 1)) {
            svg.append("<text class=\"tick\" x=\"").append(LABEL).append("\" y=\"").append(num(base + 16)).append("\">")
                    .append(first).append("</text><text class=\"tick\" x=\"").append(LABEL + span).append("\" y=\"")
                    .append(num(base + 16)).append("\" text-anchor=\"end\">").append(last).append("</text>");
        }
    }
}
