package org.datasetkit.core.license;

import java.util.List;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.LocalizedText;
import org.datasetkit.core.datasheet.Source;

/** Writes the NOTICE that carries attribution for every upstream source: what it is, whose, where, under what. */
final class NoticeWriter {

    private final LicenseRegistry registry;

    NoticeWriter(LicenseRegistry registry) {
        this.registry = registry;
    }

    String write(Datasheet sheet, String declared, List<Source> sources, List<SourceVerdict> verdicts) {
        StringBuilder out = new StringBuilder();
        out.append(sheet.title().english()).append(' ').append(sheet.version()).append('\n');
        out.append("Licensed under ").append(describe(declared)).append(".\n");
        sheet.doi().ifPresent(doi -> out.append("Cite as: https://doi.org/").append(doi).append('\n'));
        if (sources.isEmpty()) {
            out.append("\nThis dataset contains no material from other sources.\n");
            return out.toString();
        }
        out.append("\nThis dataset contains or is derived from material of the following sources. Their licences and\n")
                .append("attribution requirements continue to apply to that material.\n");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String modifications = s.modifications().map(LocalizedText::english).orElse("");
            SourceVerdict v = verdicts.get(i);
            out.append('\n').append(i + 1).append(". ").append(s.title()).append('\n');
            line(out, "Creator", s.creator().orElse(""));
            line(out, "Identifier", doiUrl(s.identifier().orElse("")));
            line(out, "Licence", describe(v.license().isEmpty() ? v.written() : v.license()));
            line(out, "Used as", v.relation().toString());
            line(out, "Changes made", modifications.isEmpty() && v.relation() == Relation.ADAPT
                    ? "adapted; see the dataset's documentation" : modifications);
        }
        return out.toString();
    }

    private String describe(String expression) {
        Optional<LicenseTerms> terms = registry.terms(expression);
        return terms.map(t -> t.id() + " (" + t.name() + ", " + t.url() + ")").orElse(expression);
    }

    private static String doiUrl(String identifier) {
        return identifier.startsWith("10.") ? "https://doi.org/" + identifier : identifier;
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("   ").append(label).append(": ").append(value.replaceAll("\\s+", " ").trim()).append('\n');
        }
    }
}
