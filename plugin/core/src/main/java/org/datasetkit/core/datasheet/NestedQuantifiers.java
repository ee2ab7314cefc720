package org.datasetkit.core.datasheet;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the shape of regular expression that backtracks exponentially in java.util.regex: a group that repeats
 * ({@code *}, {@code +}, {@code {2,}}, {@code {12}}) around something of variable length ({@code .*}, {@code a?},
 * {@code [0-9]+}), as in {@code (a+)+} or {@code (.*a){12}}. The privacy gate matches the pseudonym pattern against
 * every name in every file, so such a pattern could hang a build. Possessive quantifiers ({@code a++}) and atomic
 * groups ({@code (?>...)}) give nothing back, so they are not counted.
 *
 * <p>A syntactic check, cheap and conservative: it does not see ambiguous alternations such as {@code (a|aa)+}.
 */
final class NestedQuantifiers {

    /** An open group: where it starts, and whether something inside it varies in length. */
    private static final class Group {
        final int start;
        final boolean atomic;
        boolean variable;

        Group(int start, boolean atomic) {
            this.start = start;
            this.atomic = atomic;
        }
    }

    /** A quantifier at some index: how long it is, and what it allows. */
    private record Quantifier(int length, boolean variable, boolean repeats, boolean possessive) {}

    private static final Pattern BOUNDS = Pattern.compile("\\{(\\d{1,9})(,(\\d{0,9}))?}");

    private NestedQuantifiers() {}

    /** The first repeated group (its text) that holds a variable-length part, if the pattern has one. */
    static Optional<String> find(String regex) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group(-1, false));
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = afterEscape(regex, i);
            } else if (c == '[') {
                i = afterClass(regex, i);
            } else if (c == '(') {
                groups.push(new Group(i, regex.startsWith("(?>", i)));
                i++;
            } else if (c == ')' && groups.size() > 1) {
                Group group = groups.pop();
                Optional<Quantifier> q = quantifier(regex, i + 1);
                boolean inner = group.variable && !group.atomic;
                if (inner && q.isPresent() && q.get().repeats() && !q.get().possessive()) {
                    return Optional.of(regex.substring(group.start, i + 1 + q.get().length()));
                }
                groups.peek().variable |= inner || q.map(Quantifier::variable).orElse(false);
                i += 1 + q.map(Quantifier::length).orElse(0);
            } else {
                Optional<Quantifier> q = quantifier(regex, i);
                if (q.isPresent()) {
                    groups.peek().variable |= q.get().variable() && !q.get().possessive();
                    i += q.get().length();
                } else {
                    i++;
                }
            }
        }
        return Optional.empty();
    }

    /** The quantifier starting at {@code at}, with a lazy or possessive suffix, if there is one. */
    private static Optional<Quantifier> quantifier(String regex, int at) {
        if (at >= regex.length()) {
            return Optional.empty();
        }
        char c = regex.charAt(at);
        Quantifier q;
        if (c == '*' || c == '+') {
            q = new Quantifier(1, true, true, false);
        } else if (c == '?') {
            q = new Quantifier(1, true, false, false);
        } else if (c == '{') {
            Matcher m = BOUNDS.matcher(regex).region(at, regex.length());
            if (!m.lookingAt()) {
                return Optional.empty(); // a literal brace
            }
            long min = Long.parseLong(m.group(1));
            long max = m.group(2) == null ? min : m.group(3).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(3));
            q = new Quantifier(m.end() - at, max > min, max > 1, false);
        } else {
            return Optional.empty();
        }
        int end = at + q.length();
        if (end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
            return Optional.of(new Quantifier(q.length() + 1, q.variable(), q.repeats(), regex.charAt(end) == '+'));
        }
        return Optional.of(q);
    }

    /** The index after an escape: {@code \Q...\E} quotes, anything else is one escaped character. */
    private static int afterEscape(String regex, int at) {
        if (regex.startsWith("\\Q", at)) {
            int end = regex.indexOf("\\E", at + 2);
            return end < 0 ? regex.length() : end + 2;
        }
        return at + 2;
    }

    /** The index after a character class, which may nest ({@code [a-z&&[^q]]}) and open with a literal ']'. */
    private static int afterClass(String regex, int at) {
        int depth = 0;
        int i = at;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                i++;
                if (i < regex.length() && regex.charAt(i) == '^') {
                    i++;
                }
                if (i < regex.length() && regex.charAt(i) == ']') {
                    i++; // a ']' first in a class is literal
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
