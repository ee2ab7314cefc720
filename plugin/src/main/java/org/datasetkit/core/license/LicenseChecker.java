package org.datasetkit.core.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.SourcePosition;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;

/**
 * Checks that the dataset's licence and every source's licence is a real SPDX expression: listed ids or
 * {@code LicenseRef-}s, never the placeholders re-shared copies are full of ({@code unknown}, {@code other},
 * {@code NOASSERTION}, {@code NONE}).
 */
public final class LicenseChecker {

    /** Placeholders that say nothing about the terms, with what to write instead. */
    private static final Map<String, String> NOT_A_LICENCE = Map.of(
            "unknown", "find the licence the data was actually published under",
            "other", "name the terms with a LicenseRef-<Name> id and ship their text in license.textFile",
            "noassertion", "find the licence the data was actually published under",
            "none", "without a licence nobody may reuse the data; choose one, such as CC-BY-4.0");

    private final SpdxLicenseList list;

    public LicenseChecker(SpdxLicenseList list) {
        this.list = list;
    }

    public LicenseCheckResult check(Datasheet datasheet) {
        List<Diagnostic> findings = new ArrayList<>();
        String declared = check(datasheet, "/license/spdx", datasheet.licenseExpression(), "the dataset", findings);
        List<LicenseCheckResult.SourceLicense> sources = new ArrayList<>();
        for (Datasheet.Source source : datasheet.sources()) {
            String license = check(datasheet, source.pointer() + "/license", source.license(),
                    "source '" + source.title() + "'", findings);
            sources.add(new LicenseCheckResult.SourceLicense(source.title(), source.use(), license));
        }
        return new LicenseCheckResult(declared, sources, list.version(), Diagnostics.sorted(findings));
    }

    /** The canonical form of one expression, or "" after recording why it is not a licence. */
    private String check(Datasheet sheet, String pointer, String expression, String whose, List<Diagnostic> out) {
        String placeholderFix = NOT_A_LICENCE.get(expression.trim().toLowerCase(Locale.ROOT));
        if (placeholderFix != null) {
            out.add(at(sheet, pointer, 0, Severity.ERROR, "license.unknown",
                    "'" + expression.trim() + "' is not a licence: " + whose + " would be published with no known terms",
                    placeholderFix));
            return "";
        }
        LicenseExpression parsed;
        try {
            parsed = new LicenseExpressionParser().parse(expression);
        } catch (LicenseSyntaxException e) {
            out.add(at(sheet, pointer, e.column(), Severity.ERROR, "license.syntax",
                    "'" + expression + "' is not an SPDX licence expression: " + e.getMessage(),
                    "write an SPDX id such as CC-BY-4.0, or combine ids with AND / OR"));
            return "";
        }
        int errorsBefore = (int) out.stream().filter(Diagnostic::isError).count();
        LicenseExpression canonical = canonicalize(sheet, pointer, expression, parsed, out);
        long errorsAfter = out.stream().filter(Diagnostic::isError).count();
        return errorsAfter > errorsBefore ? "" : canonical.canonical();
    }

    private LicenseExpression canonicalize(Datasheet sheet, String pointer, String expression, LicenseExpression e,
            List<Diagnostic> out) {
        if (e instanceof LicenseExpression.And and) {
            return new LicenseExpression.And(and.terms().stream().map(t -> canonicalize(sheet, pointer, expression, t, out)).toList());
        }
        if (e instanceof LicenseExpression.Or or) {
            return new LicenseExpression.Or(or.terms().stream().map(t -> canonicalize(sheet, pointer, expression, t, out)).toList());
        }
        if (e instanceof LicenseExpression.With with) {
            LicenseExpression.Id id = canonicalId(sheet, pointer, expression, with.license(), out);
            Optional<String> exception = list.exception(with.exception());
            if (exception.isEmpty()) {
                out.add(at(sheet, pointer, column(expression, with.exception()), Severity.ERROR, "license.unknown-exception",
                        "'" + with.exception() + "' is not an exception on the SPDX License List " + list.version(),
                        "check the spelling at https://spdx.org/licenses/exceptions-index.html"));
                return new LicenseExpression.With(id, with.exception());
            }
            return new LicenseExpression.With(id, exception.get());
        }
        return canonicalId(sheet, pointer, expression, (LicenseExpression.Id) e, out);
    }

    private LicenseExpression.Id canonicalId(Datasheet sheet, String pointer, String expression, LicenseExpression.Id id,
            List<Diagnostic> out) {
        if (id.isRef()) {
            return id;
        }
        Optional<SpdxLicenseList.Listed> listed = list.license(id.id());
        if (listed.isEmpty()) {
            out.add(at(sheet, pointer, column(expression, id.id()), Severity.ERROR, "license.unknown-id",
                    "'" + id.id() + "' is not on the SPDX License List " + list.version(),
                    "use the exact SPDX id (such as CC-BY-4.0, CC-BY-NC-SA-4.0, CC0-1.0), or LicenseRef-<Name> for terms not on the list"));
            return id;
        }
        SpdxLicenseList.Listed license = listed.get();
        if (license.deprecated()) {
            out.add(at(sheet, pointer, column(expression, id.id()), Severity.WARNING, "license.deprecated-id",
                    "'" + license.id() + "' is a deprecated SPDX id",
                    "use the current id, e.g. GPL-3.0-only or GPL-3.0-or-later instead of GPL-3.0"));
        }
        return new LicenseExpression.Id(license.id(), id.orLater());
    }

    private static int column(String expression, String token) {
        int i = expression.indexOf(token);
        return i < 0 ? 0 : i + 1;
    }

    /** A finding placed on the expression's value; the position inside the expression, if known, goes in the message. */
    private static Diagnostic at(Datasheet sheet, String pointer, int columnInExpression, Severity severity,
            String code, String message, String hint) {
        SourcePosition pos = sheet.parsed().sourceMap().valueOf(pointer);
        String where = columnInExpression > 1 ? " (at character " + columnInExpression + " of the expression)" : "";
        return new Diagnostic(severity, code, sheet.parsed().displayName(), pos.line(), pos.column(), pointer,
                message + where, hint);
    }
}
