package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

/**
 * One chart of the report as HTML: the SVG drawing, named for screen readers by its caption and a sentence that says
 * what it shows, and the same numbers as a table for whoever cannot see the drawing or wants to copy them.
 *
 * @param id unique in the page
 * @param caption what the chart shows, in a few words
 * @param summary the numbers in a sentence (the drawing's text alternative)
 * @param svg the drawing, without its title and description (added here)
 * @param table the numbers as an HTML table
 */
record Figure(String id, String caption, String summary, String svg, String table) {

    String html() {
        int open = svg.indexOf('>');
        String titled = svg.substring(0, open) + " role=\"img\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\""
                + id + "-t\">" + esc(caption) + "</title><desc id=\"" + id + "-d\">" + esc(summary) + "</desc>"
                + svg.substring(open + 1);
        return "<figure class=\"chart\" id=\"" + id + "\"><figcaption>" + esc(caption) + "</figcaption>" + titled
                + "<details><summary>" + esc(caption) + " as a table</summary>" + table + "</details></figure>\n";
    }
}
