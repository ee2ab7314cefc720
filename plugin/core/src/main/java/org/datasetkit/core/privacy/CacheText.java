package org.datasetkit.core.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the {@link PrivacyCache}'s lines: tab-separated fields in which a backslash, tab, line feed or carriage
 * return is escaped ({@code \\ \t \n \r}), so a message, a path or a hint with any of them stays one field of one line.
 */
final class CacheText {

    /** Thrown at the first thing out of place in a line. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String what) {
            super(what, null, false, false);
        }
    }

    private CacheText() {}

    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** The fields of one line (without its line feed), unescaped. */
    static List<String> fields(byte[] text, int from, int to) throws Damaged {
        List<String> fields = new ArrayList<>(8);
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text[i] == '\t') {
                fields.add(unescape(new String(text, start, i - start, StandardCharsets.UTF_8)));
                start = i + 1;
            }
        }
        return fields;
    }

    static String unescape(String field) throws Damaged {
        int slash = field.indexOf('\\');
        if (slash < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        out.append(field, 0, slash);
        for (int i = slash; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == field.length()) {
                throw new Damaged("a field ends in a lone backslash");
            }
            out.append(switch (field.charAt(i)) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new Damaged("an unknown escape \\" + field.charAt(i));
            });
        }
        return out.toString();
    }

    /** An optional value: {@code -} when absent, else {@code =} and the value. */
    static void optional(java.util.Optional<String> value, StringBuilder out) {
        if (value.isEmpty()) {
            out.append('-');
        } else {
            out.append('=');
            escape(value.get(), out);
        }
    }

    static java.util.Optional<String> optional(String field) throws Damaged {
        if (field.equals("-")) {
            return java.util.Optional.empty();
        }
        if (!field.startsWith("=")) {
            throw new Damaged("an optional field is neither - nor =value");
        }
        return java.util.Optional.of(field.substring(1));
    }

    static long number(String field) throws Damaged {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new Damaged("not a number: " + field);
        }
    }
}
