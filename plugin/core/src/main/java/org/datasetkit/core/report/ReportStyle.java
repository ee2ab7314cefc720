package org.datasetkit.core.report;

import java.util.ArrayList;
import java.util.List;

/** The report's one stylesheet, inline: readable on screen, in high contrast, and on paper. */
final class ReportStyle {

    private ReportStyle() {}

    static final String CSS = """
            :root{--ink:#1a1a1a;--muted:#595959;--line:#d0d0d0;--bg:#fff;--panel:#f5f7fa;--accent:#0072B2}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
            main{max-width:980px;margin:0 auto;padding:24px 20px 48px}
            header.top{border-bottom:3px solid var(--accent);margin-bottom:16px;padding-bottom:8px}
            h1{font-size:1.7em;margin:.2em 0}h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:1px solid var(--line);padding-bottom:.2em}
            h3{font-size:1.05em;margin:1.2em 0 .3em}
            .sub{color:var(--muted);margin:0}
            .lang{color:var(--muted);font-style:italic}
            nav.toc ol{columns:2;margin:.4em 0;padding-left:1.4em}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:10px;margin:12px 0}
            .card{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px 12px}
            .card .k{color:var(--muted);font-size:.85em;display:block}.card .v{font-size:1.25em;font-weight:600}.card .badge{font-size:.65em}
            dl.fields{display:grid;grid-template-columns:minmax(150px,230px) 1fr;gap:4px 16px;margin:.4em 0}
            dl.fields dt{color:var(--muted)}dl.fields dd{margin:0}
            figure.chart{margin:12px 0 18px;max-width:100%;overflow-x:auto}
            figure.chart figcaption{font-weight:600;margin-bottom:4px}
            figure.chart svg{max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--ink)}
            svg text{fill:#1a1a1a}svg text.tick,svg text.reasons{fill:#595959;font-size:11px}svg text.edge{font-weight:600}
            details{margin-top:4px}summary{cursor:pointer;color:var(--accent)}
            table{border-collapse:collapse;margin:.4em 0;font-size:.92em}
            th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
            thead th{background:var(--panel)}td.n{text-align:right}
            .badge{display:inline-block;border-radius:4px;padding:0 6px;font-weight:600;border:1px solid}
            .ok{color:#00573f;border-color:#009E73;background:#e6f5f0}.warn{color:#6b4a00;border-color:#E69F00;background:#fdf3e1}
            .bad{color:#8a2e00;border-color:#D55E00;background:#fbeae1}.off{color:#1a1a1a;border-color:#595959;background:#eee}
            .note{color:var(--muted);font-size:.92em}
            footer{margin-top:32px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:.88em}
            @media print{body{font-size:11pt}main{max-width:none;padding:0}details{display:block}details>summary{display:none}
            details>table{display:table}figure.chart,table,dl.fields,.card{break-inside:avoid}h2{break-after:avoid}
            nav.toc{display:none}a{color:inherit;text-decoration:none}}
            @media (prefers-contrast:more){:root{--muted:#1a1a1a;--line:#1a1a1a}}
            """;

    /**
     * The stylesheet with every rule limited to the elements under {@code scope} (a class selector), for a page
     * that embeds the report among its own styles (a Maven site): {@code :root} and {@code body} become the scope.
     */
    static String scoped(String scope) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < CSS.length()) {
            int open = CSS.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String head = CSS.substring(i, open).trim();
            if (head.startsWith("}")) { // the end of an @media block before this rule
                out.append('}');
                head = head.substring(1).trim();
            }
            if (head.startsWith("@media")) {
                out.append(head).append('{');
                i = open + 1;
                continue;
            }
            int close = CSS.indexOf('}', open);
            List<String> selectors = new ArrayList<>();
            for (String sel : head.split(",")) {
                String t = sel.trim();
                selectors.add(t.equals(":root") || t.equals("body") ? scope
                        : t.startsWith("body") ? scope + t.substring(4) : scope + " " + t);
            }
            out.append(String.join(",", selectors)).append(CSS, open, close + 1);
            i = close + 1;
        }
        String rest = CSS.substring(i).trim();
        return out.append(rest).toString();
    }
}
