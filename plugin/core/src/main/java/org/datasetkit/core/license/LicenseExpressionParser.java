package org.datasetkit.core.license;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the SPDX licence-expression grammar (SPDX 3.0.1 annex) into a {@link LicenseExpression}. Only the syntax
 * is checked here; whether the ids are on the SPDX list is {@link SpdxLicenseList}'s business. Operators must be
 * all upper or all lower case, as the grammar says.
 */
public final class LicenseExpressionParser {

    private record Token(String text, int column) {}

    private List<Token> tokens;
    private int next;

    public LicenseExpression parse(String expression) throws LicenseSyntaxException {
        tokens = tokenize(expression);
        next = 0;
        if (tokens.isEmpty()) {
            throw new LicenseSyntaxException("the licence expression is empty", 1);
        }
        LicenseExpression result = or();
        if (next < tokens.size()) {
            Token t = tokens.get(next);
            throw new LicenseSyntaxException("unexpected '" + t.text() + "'; join licences with AND or OR", t.column());
        }
        return result;
    }

    private LicenseExpression or() throws LicenseSyntaxException {
        List<LicenseExpression> terms = new ArrayList<>();
        terms.add(and());
        while (accept("OR")) {
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new LicenseExpression.Or(terms);
    }

    private LicenseExpression and() throws LicenseSyntaxException {
        List<LicenseExpression> terms = new ArrayList<>();
        terms.add(with());
        while (accept("AND")) {
            terms.add(with());
        }
        return terms.size() == 1 ? terms.get(0) : new LicenseExpression.And(terms);
    }

    private LicenseExpression with() throws LicenseSyntaxException {
        Token t = peek("a licence id or '('");
        if (t.text().equals("(")) {
            next++;
            LicenseExpression inner = or();
            Token close = peek("')'");
            if (!close.text().equals(")")) {
                throw new LicenseSyntaxException("expected ')' but found '" + close.text() + "'", close.column());
            }
            next++;
            return inner;
        }
        LicenseExpression.Id id = id();
        if (accept("WITH")) {
            Token exception = peek("an exception id after WITH");
            requireIdString(exception);
            next++;
            return new LicenseExpression.With(id, exception.text());
        }
        return id;
    }

    private LicenseExpression.Id id() throws LicenseSyntaxException {
        Token t = peek("a licence id");
        if (isOperator(t.text()) || t.text().equals(")")) {
            throw new LicenseSyntaxException("expected a licence id but found '" + t.text() + "'", t.column());
        }
        next++;
        String text = t.text();
        boolean orLater = text.endsWith("+");
        String id = orLater ? text.substring(0, text.length() - 1) : text;
        requireIdString(new Token(id, t.column()));
        return new LicenseExpression.Id(id, orLater);
    }

    private static void requireIdString(Token t) throws LicenseSyntaxException {
        String s = t.text();
        String body = s.startsWith("DocumentRef-") && s.contains(":") ? s.replaceFirst(":", "") : s;
        if (body.isEmpty() || !body.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.')) {
            throw new LicenseSyntaxException("'" + s + "' is not a licence id (ids use letters, digits, '-' and '.')",
                    t.column());
        }
    }

    private boolean accept(String operator) throws LicenseSyntaxException {
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        if (t.text().equalsIgnoreCase(operator)) {
            if (!t.text().equals(operator) && !t.text().equals(operator.toLowerCase(java.util.Locale.ROOT))) {
                throw new LicenseSyntaxException("write the operator '" + t.text() + "' as " + operator, t.column());
            }
            next++;
            return true;
        }
        return false;
    }

    private Token peek(String expected) throws LicenseSyntaxException {
        if (next >= tokens.size()) {
            int end = tokens.isEmpty() ? 1 : last().column() + last().text().length();
            throw new LicenseSyntaxException("the expression ends where " + expected + " was expected", end);
        }
        return tokens.get(next);
    }

    private Token last() {
        return tokens.get(tokens.size() - 1);
    }

    private static boolean isOperator(String s) {
        return s.equalsIgnoreCase("AND") || s.equalsIgnoreCase("OR") || s.equalsIgnoreCase("WITH");
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(String.valueOf(c), i + 1));
                i++;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '(' && s.charAt(i) != ')') {
                    i++;
                }
                out.add(new Token(s.substring(start, i), start + 1));
            }
        }
        return out;
    }
}
