package org.datasetkit.core.report;

import java.util.Locale;

/** Text made safe for HTML and SVG, and the numbers as the report writes them (one locale, whatever the machine's). */
final class Markup {

    private Markup() {}

    /** Escapes the five characters that matter in element content and in quoted attributes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters have no place in a document; a datasheet or a table may still hold them
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** 12,345 */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 1.2 MB, in decimal units as file managers show them. */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** 42% (rounded; "<1%" for a share too small to round up to one). */
    static String percent(long part, long whole) {
        if (whole <= 0) {
            return "0%";
        }
        if (part > 0 && part * 100 < whole) {
            return "<1%";
        }
        return Math.round(100.0 * part / whole) + "%";
    }

    /** A number for an SVG coordinate: one decimal, a dot. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
