package org.datasetkit.core.license;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An SPDX licence expression as written (order preserved), for the compatibility rules to walk.
 * Precedence, tightest first: {@code +}, {@code WITH}, {@code AND}, {@code OR}.
 */
public sealed interface LicenseExpression {

    /** The expression in canonical form: listed ids in their SPDX spelling, operators upper case. */
    String canonical();

    /** A listed licence id, or a {@code LicenseRef-}, possibly with {@code +} ("or later"). */
    record Id(String id, boolean orLater) implements LicenseExpression {
        public boolean isRef() {
            return id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-");
        }

        @Override
        public String canonical() {
            return id + (orLater ? "+" : "");
        }
    }

    /** A licence with an exception or addition. */
    record With(Id license, String exception) implements LicenseExpression {
        @Override
        public String canonical() {
            return license.canonical() + " WITH " + exception;
        }
    }

    /** All of the terms apply. */
    record And(List<LicenseExpression> terms) implements LicenseExpression {
        @Override
        public String canonical() {
            return join(terms, " AND ");
        }
    }

    /** The recipient may choose any one of the terms. */
    record Or(List<LicenseExpression> terms) implements LicenseExpression {
        @Override
        public String canonical() {
            return join(terms, " OR ");
        }
    }

    private static String join(List<LicenseExpression> terms, String operator) {
        return terms.stream()
                .map(t -> t instanceof And || t instanceof Or ? "(" + t.canonical() + ")" : t.canonical())
                .collect(Collectors.joining(operator));
    }
}
