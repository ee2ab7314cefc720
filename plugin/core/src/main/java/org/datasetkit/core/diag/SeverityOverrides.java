package org.datasetkit.core.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Severities the user chose per finding code, like the enforcer's per-rule {@code level}: {@code privacy.png-text}
 * names one code, {@code privacy.*} every code under it; the most specific entry wins. A lowered error is still
 * reported, and the report lists the overrides that were in force.
 *
 * @param levels code or {@code prefix.*} to severity, sorted
 */
public record SeverityOverrides(Map<String, Severity> levels) {

    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

    public SeverityOverrides {
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    /** From {@code code -> level} pairs as a user writes them; an unknown level names the code and what is allowed. */
    public static SeverityOverrides parse(Map<String, String> written) {
        Map<String, Severity> levels = new TreeMap<>();
        written.forEach((code, level) -> {
            String c = code.trim();
            if (c.isEmpty() || c.equals("*")) {
                throw new IllegalArgumentException("name a finding code such as privacy.png-text, or privacy.*");
            }
            levels.put(c, level(c, level));
        });
        return new SeverityOverrides(levels);
    }

    private static Severity level(String code, String level) {
        String l = level == null ? "" : level.trim().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "error" -> Severity.ERROR;
            case "warning", "warn" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw new IllegalArgumentException(code + ": the level must be error, warning or info, not '"
                    + level + "'");
        };
    }

    /** These findings with the chosen severities. */
    public Diagnostics apply(Diagnostics diagnostics) {
        if (levels.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.all().size());
        for (Diagnostic d : diagnostics.all()) {
            Severity chosen = severityOf(d.code());
            out.add(chosen == null || chosen == d.severity() ? d
                    : new Diagnostic(chosen, d.code(), d.file(), d.line(), d.column(), d.pointer(), d.message(), d.hint()));
        }
        return new Diagnostics(out);
    }

    /** The chosen severity of a code, or null when the user chose none. */
    Severity severityOf(String code) {
        Severity exact = levels.get(code);
        if (exact != null) {
            return exact;
        }
        // the longest matching prefix: "privacy.dicom.*" wins over "privacy.*"
        String best = null;
        for (String key : levels.keySet()) {
            if (key.endsWith(".*") && code.startsWith(key.substring(0, key.length() - 1))
                    && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? null : levels.get(best);
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }
}
