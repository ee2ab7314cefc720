package org.datasetkit.core.datasheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Applies the selected profiles to a schema-valid datasheet: a missing MUST field is an error, missing SHOULD
 * fields are one warning per section, and the conditional rules (research: metadata.md §9.2) add obligations when
 * the dataset holds personal data or needed an ethics review. Also measures completeness.
 */
final class ProfileChecker {

    /** The result: findings and the completeness table. */
    record Outcome(List<Diagnostic> findings, Completeness completeness) {}

    private final Profiles profiles;
    private final JsonNode schemaTree;

    ProfileChecker(Profiles profiles, JsonNode schemaTree) {
        this.profiles = profiles;
        this.schemaTree = schemaTree;
    }

    Outcome check(ParsedDatasheet sheet) {
        JsonNode tree = sheet.tree();
        List<String> selected = selected(tree);
        Map<String, String> must = new LinkedHashMap<>(); // pointer -> the profile that requires it
        Set<String> should = new LinkedHashSet<>();
        for (String name : selected) {
            Profiles.Profile p = profiles.get(name);
            p.must().forEach(ptr -> must.putIfAbsent(ptr, name));
            should.addAll(p.should());
        }
        conditional(tree, selected, must);
        should.removeAll(must.keySet());

        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, String> m : must.entrySet()) {
            if (!filled(tree.at(m.getKey()))) {
                SourcePosition at = sheet.sourceMap().keyOf(m.getKey());
                out.add(new Diagnostic(Severity.ERROR, "profile.missing", sheet.displayName(), at.line(), at.column(),
                        m.getKey(), "missing '" + DatasheetPath.display(m.getKey()) + "', which the " + m.getValue()
                                + " profile requires", hint(m.getKey())));
            }
        }
        Map<String, List<String>> emptyBySection = new LinkedHashMap<>();
        for (String ptr : should) {
            if (!filled(tree.at(ptr))) {
                emptyBySection.computeIfAbsent(section(ptr), k -> new ArrayList<>()).add(DatasheetPath.display(ptr));
            }
        }
        for (Map.Entry<String, List<String>> e : emptyBySection.entrySet()) {
            String pointer = e.getKey().equals("general") ? "" : "/" + e.getKey();
            SourcePosition at = sheet.sourceMap().keyOf(pointer);
            out.add(new Diagnostic(Severity.WARNING, "profile.recommended", sheet.displayName(), at.line(), at.column(),
                    pointer, e.getKey() + ": " + e.getValue().size() + " recommended field(s) empty: "
                            + String.join(", ", e.getValue()), "fill them in to make the dataset easier to reuse"));
        }
        return new Outcome(out, completeness(tree, must.keySet(), should));
    }

    private static List<String> selected(JsonNode tree) {
        Set<String> names = new LinkedHashSet<>(List.of("core"));
        tree.path("profiles").forEach(p -> names.add(p.asString()));
        return List.copyOf(names);
    }

    /** Obligations that depend on what the datasheet says (research: metadata.md §9.2). */
    private static void conditional(JsonNode tree, List<String> selected, Map<String, String> must) {
        boolean personal = tree.at("/personalData/contains").asBoolean(false);
        boolean strict = selected.contains("medical") || selected.contains("snd");
        if (personal && strict) {
            String by = selected.contains("medical") ? "medical" : "snd";
            for (String ptr : List.of("/personalData/sensitive", "/personalData/types", "/personalData/codeKeyRetained",
                    "/personalData/deidentification", "/ethics/reviewRequired")) {
                must.putIfAbsent(ptr, by + " (personal data)");
            }
            if (selected.contains("medical")) {
                must.putIfAbsent("/ethics/consent", "medical (personal data)");
            }
        }
        if (tree.at("/ethics/reviewRequired").asBoolean(false)) {
            must.putIfAbsent("/ethics/approvals", selected.contains("medical") ? "medical (ethics review)" : "core (ethics review)");
        }
    }

    private static Completeness completeness(JsonNode tree, Set<String> must, Set<String> should) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(must);
        all.addAll(should);
        for (String ptr : all) {
            int[] c = counts.computeIfAbsent(section(ptr), k -> new int[2]);
            c[1]++;
            if (filled(tree.at(ptr))) {
                c[0]++;
            }
        }
        List<Completeness.Section> sections = new ArrayList<>();
        counts.forEach((name, c) -> sections.add(new Completeness.Section(name, c[0], c[1])));
        sections.sort(java.util.Comparator.comparing(Completeness.Section::name));
        return new Completeness(sections);
    }

    static boolean filled(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isString()) {
            return !node.asString().isBlank();
        }
        return !(node.isContainer() && node.size() == 0);
    }

    /** The datasheet's sections (the Datasheets for Datasets ones and the administrative ones); the rest is "general". */
    private static final Set<String> SECTIONS = Set.of("identifiers", "license", "access", "provenance", "personalData",
            "ethics", "motivation", "composition", "collection", "preprocessing", "annotation", "uses", "distribution",
            "maintenance");

    private static String section(String pointer) {
        int slash = pointer.indexOf('/', 1);
        String first = slash < 0 ? pointer.substring(1) : pointer.substring(1, slash);
        return SECTIONS.contains(first) ? first : "general";
    }

    /** The schema's description of a field, to say what to write. */
    private String hint(String pointer) {
        JsonNode node = schemaTree.path("properties");
        String[] parts = pointer.substring(1).split("/");
        JsonNode field = null;
        for (String part : parts) {
            field = node.path(part);
            JsonNode ref = field.path("$ref");
            JsonNode resolved = ref.isString() ? schemaTree.at(ref.asString().substring(1)) : field;
            node = resolved.path("properties");
            if (field.path("description").isMissingNode() && resolved.has("description")) {
                field = resolved;
            }
        }
        String last = parts[parts.length - 1];
        if (parts.length == 2 && (last.equals("en") || last.equals("sv"))) {
            return "write " + parts[0] + " as a language map: {en: \"...\", sv: \"...\"}";
        }
        String description = field == null ? "" : field.path("description").asString("");
        String add = "add '" + last + ":'" + (parts.length > 1 ? " under '" + DatasheetPath.display(
                pointer.substring(0, pointer.lastIndexOf('/'))) + "'" : "");
        return description.isEmpty() ? add : add + "; " + description;
    }
}
