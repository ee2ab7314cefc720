package org.datasetkit.core.datasheet;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Turns schema errors into diagnostics a datasheet author can act on: placed on the offending key (not on its
 * parent), worded in terms of the datasheet's own keys, with a fix, and with a hint for the YAML traps that
 * produce most type errors (an unquoted {@code 1.10} is the number 1.1).
 */
final class SchemaErrorTranslator {

    private final JsonNode schemaTree;

    SchemaErrorTranslator(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    List<Diagnostic> translate(List<Error> errors, ParsedDatasheet sheet) {
        // A "oneOf" failure already says what the value must be; its branches' own errors only confuse.
        Set<String> oneOfAt = new HashSet<>();
        for (Error e : errors) {
            if ("oneOf".equals(e.getKeyword())) {
                oneOfAt.add(e.getInstanceLocation().toString());
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Error e : errors) {
            String pointer = e.getInstanceLocation().toString();
            boolean insideOneOf = e.getEvaluationPath().toString().contains("/oneOf/");
            if (insideOneOf && oneOfAt.contains(pointer)) {
                continue;
            }
            out.add(translate(e, pointer, sheet));
        }
        return out;
    }

    private Diagnostic translate(Error e, String pointer, ParsedDatasheet sheet) {
        SourceMap map = sheet.sourceMap();
        String keyword = e.getKeyword();
        String where = DatasheetPath.display(pointer);
        switch (keyword) {
            case "required": {
                String child = pointer + "/" + StrictDatasheetReader.escape(e.getProperty());
                SourcePosition at = map.keyOf(pointer);
                String in = pointer.isEmpty() ? "" : " under '" + where + "'";
                return diagnostic("schema.required", sheet, at, child,
                        "missing required key '" + DatasheetPath.display(child) + "'" + in + condition(e, pointer, sheet),
                        "add '" + e.getProperty() + ":'" + describe(e));
            }
            case "additionalProperties": {
                String child = pointer + "/" + StrictDatasheetReader.escape(e.getProperty());
                String suggestion = NearestName.of(e.getProperty(), knownProperties(e));
                return diagnostic("schema.unknown-key", sheet, map.keyOf(child), child,
                        "unknown key '" + DatasheetPath.display(child) + "'",
                        suggestion == null
                                ? "remove it, or check its spelling against the datasheet schema"
                                : "did you mean '" + suggestion + "'?");
            }
            case "type":
                return diagnostic("schema.type", sheet, map.valueOf(pointer), pointer,
                        where + ": " + e.getMessage(), typeHint(map.sourceText(pointer), sheet.tree().at(pointer), e.getMessage()));
            case "oneOf":
                return diagnostic("schema.text", sheet, map.valueOf(pointer), pointer,
                        where + ": must be text, or a map from language code to text such as {en: ..., sv: ...}",
                        "write it as a quoted string, or as en: and sv: entries");
            case "enum":
                return diagnostic("schema.enum", sheet, map.valueOf(pointer), pointer,
                        where + ": " + e.getMessage(), "use one of the listed values");
            case "pattern":
                return diagnostic("schema.format", sheet, map.valueOf(pointer), pointer,
                        where + ": '" + sheet.tree().at(pointer).asString() + "' is not in the expected form",
                        formatHint(e));
            default:
                return diagnostic("schema." + keyword, sheet, map.valueOf(pointer), pointer,
                        (pointer.isEmpty() ? "" : where + ": ") + e.getMessage(), describe(e).replaceFirst("^; ", ""));
        }
    }

    /**
     * For a key required only in some cases (an {@code if}/{@code then} of the schema), what makes it required here:
     * " (required because provenance.origin is 'derived')"; empty for a key that is always required.
     */
    private String condition(Error e, String pointer, ParsedDatasheet sheet) {
        String fragment = e.getSchemaLocation().getFragment().toString();
        String then = "/then/required";
        if (!fragment.endsWith(then)) {
            return "";
        }
        JsonNode conditions = schemaTree.at(fragment.substring(0, fragment.length() - then.length())).path("if").path("properties");
        List<String> because = new ArrayList<>();
        for (String name : conditions.propertyNames()) {
            String at = pointer + "/" + StrictDatasheetReader.escape(name);
            JsonNode value = sheet.tree().at(at);
            if (!value.isMissingNode()) {
                because.add(DatasheetPath.display(at) + " is '" + value.asString() + "'");
            }
        }
        return because.isEmpty() ? "" : " (required because " + String.join(" and ", because) + ")";
    }

    private static Diagnostic diagnostic(String code, ParsedDatasheet sheet, SourcePosition at, String pointer,
            String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, sheet.displayName(), at.line(), at.column(), pointer, message, hint);
    }

    /** The schema's description of the property an error is about, as "; <description>", or empty. */
    private String describe(Error e) {
        JsonNode owner = schemaNodeOwning(e);
        JsonNode property = owner == null || e.getProperty() == null
                ? null
                : owner.path("properties").path(e.getProperty());
        String text = property == null ? "" : property.path("description").asString("");
        return text.isEmpty() ? "" : "; " + text;
    }

    private List<String> knownProperties(Error e) {
        JsonNode owner = schemaNodeOwning(e);
        return owner == null ? List.of() : List.copyOf(owner.path("properties").propertyNames());
    }

    /** The schema object that holds the failing keyword, located in our own schema document. */
    private JsonNode schemaNodeOwning(Error e) {
        String fragment = e.getSchemaLocation().getFragment().toString();
        int cut = fragment.lastIndexOf('/');
        if (cut < 0) {
            return null;
        }
        JsonNode node = schemaTree.at(fragment.substring(0, cut));
        return node.isMissingNode() ? null : node;
    }

    private static String typeHint(String sourceText, JsonNode value, String message) {
        if (value.isString() && message.contains("boolean expected")) {
            String text = value.asString().trim().toLowerCase(java.util.Locale.ROOT);
            boolean yes = java.util.Set.of("yes", "y", "true", "on", "ja").contains(text);
            boolean no = java.util.Set.of("no", "n", "false", "off", "nej").contains(text);
            return yes || no ? "write " + yes + " without quotes" : "write true or false without quotes";
        }
        if (value.isString() && (message.contains("integer expected") || message.contains("number expected"))) {
            return "write the number without quotes or units";
        }
        if (value.isNumber()) {
            String written = sourceText == null ? value.toString() : sourceText;
            String asNumber = value.decimalValue().stripTrailingZeros().toPlainString();
            return "quote it: \"" + written + "\" (unquoted, YAML reads " + written + " as a number"
                    + (written.equals(asNumber) ? "" : ", which is " + asNumber) + ")";
        }
        if (value.isBoolean()) {
            return "quote it if you meant the text \"" + (sourceText == null ? value : sourceText) + "\"";
        }
        if (value.isNull()) {
            return "give it a value, or remove the key";
        }
        return "";
    }

    private static String formatHint(Error e) {
        String location = e.getSchemaLocation().getFragment().toString();
        if (location.contains("/date")) {
            return "write dates as YYYY-MM-DD, e.g. 2026-05-01";
        }
        if (location.contains("/doi")) {
            return "write the bare DOI such as 10.5878/abcd-1234, without https://doi.org/";
        }
        if (location.contains("/orcid")) {
            return "write the 16-digit ORCID iD such as 0000-0002-1825-0097, without https://orcid.org/";
        }
        if (location.contains("/ror")) {
            return "write the full ROR URL such as https://ror.org/056d84691";
        }
        if (location.contains("/properties/version")) {
            return "use a semantic version such as \"1.2.0\"";
        }
        return "expected pattern " + e.getSchemaNode().asString();
    }
}
