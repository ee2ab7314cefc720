package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;
import static org.datasetkit.core.report.Markup.num;

import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.ReasonCode;
import org.datasetkit.core.license.SourceVerdict;
import org.datasetkit.core.license.Verdict;

/**
 * The licence graph: every upstream source (its licence and how it is used) with an edge to the dataset (its declared
 * licence), each edge carrying its verdict and reasons; the verdict is written on the edge and drawn with its own line
 * style, so colour is never the only sign.
 */
final class LicenceGraph {

    private static final int WIDTH = 760;
    private static final int BOX_W = 220;
    /** The straight part of an edge, beside its source, where its verdict is written without crossing another. */
    private static final int RUN = 250;
    private static final int BOX_H = 44;
    private static final int ROW = 66;

    private LicenceGraph() {}

    static Figure of(String id, String caption, LicenseCheckResult result, String datasetTitle) {
        List<SourceVerdict> sources = result.sources();
        int height = Math.max(ROW, sources.size() * ROW) + 8;
        double dx = WIDTH - BOX_W - 2;
        double dy = height / 2.0 - BOX_H / 2.0;
        StringBuilder svg = new StringBuilder("<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\">");
        StringBuilder table = new StringBuilder("<table class=\"data\"><thead><tr><th scope=\"col\">source</th>"
                + "<th scope=\"col\">licence</th><th scope=\"col\">use</th><th scope=\"col\">verdict</th>"
                + "<th scope=\"col\">reasons and obligations</th></tr></thead><tbody>");
        List<String> said = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceVerdict s = sources.get(i);
            double y = 4 + i * ROW;
            String licence = s.license().isEmpty() ? s.written() : s.license();
            box(svg, 2, y, s.title(), licence + ", " + s.relation().toString().toLowerCase(java.util.Locale.ROOT), Palette.MUTED);
            edge(svg, 2 + BOX_W, y + BOX_H / 2.0, dx, dy + BOX_H / 2.0 + (i - (sources.size() - 1) / 2.0) * 6, s.verdict(),
                    reasons(s));
            table.append("<tr><th scope=\"row\">").append(esc(s.title())).append("</th><td>").append(esc(licence))
                    .append("</td><td>").append(esc(s.relation().toString().toLowerCase(java.util.Locale.ROOT)))
                    .append("</td><td>").append(VerdictWords.badge(s.verdict())).append("</td><td>")
                    .append(esc(String.join("; ", s.judgement().explanations())))
                    .append(s.review().isEmpty() ? "" : "<br>Reviewed: " + esc(s.review())).append("</td></tr>");
            said.add(s.headline());
        }
        box(svg, dx, dy, datasetTitle, "declared " + result.declared(), Palette.INK);
        svg.append("</svg>");
        table.append("</tbody></table>");
        return new Figure(id, caption, caption + ": " + String.join("; ", said) + ". Overall: "
                + VerdictWords.words(result.overall()) + ".", svg.toString(), table.toString());
    }

    private static String reasons(SourceVerdict s) {
        List<String> codes = s.judgement().reasons().stream().map(ReasonCode::name).toList();
        return codes.isEmpty() ? "" : String.join(", ", codes);
    }

    private static void box(StringBuilder svg, double x, double y, String title, String line, String stroke) {
        svg.append("<g><rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(BOX_W)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"#fff\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\"/><text x=\"").append(num(x + 8)).append("\" y=\"").append(num(y + 18))
                .append("\" font-weight=\"bold\">").append(esc(BarChart.shortened(title, 27))).append("</text><text x=\"")
                .append(num(x + 8)).append("\" y=\"").append(num(y + 35)).append("\">").append(esc(BarChart.shortened(line, 32)))
                .append("</text></g>");
    }

    private static void edge(StringBuilder svg, double x0, double y0, double x1, double y1, Verdict v, String reasons) {
        String colour = Palette.verdict(v);
        double mx = x0 + 10;
        double my = y0;
        svg.append("<g><path d=\"M").append(num(x0)).append(' ').append(num(y0)).append(" H").append(num(x0 + RUN))
                .append(" L").append(num(x1 - 8)).append(' ')
                .append(num(y1)).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                .append(Palette.verdictDash(v)).append("/><path d=\"M").append(num(x1)).append(' ').append(num(y1))
                .append(" l-10 -5 v10 z\" fill=\"").append(colour).append("\"/><text x=\"").append(num(mx))
                .append("\" y=\"").append(num(my - 5)).append("\" class=\"edge\">")
                .append(esc(VerdictWords.words(v))).append("</text>");
        if (!reasons.isEmpty()) {
            svg.append("<text x=\"").append(num(mx)).append("\" y=\"").append(num(my + 11))
                    .append("\" class=\"reasons\">").append(esc(BarChart.shortened(reasons, 40)))
                    .append("</text>");
        }
        svg.append("</g>");
    }
}
