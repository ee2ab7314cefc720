package org.datasetkit.core.datasheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.diag.Vocabulary;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * Reads {@code datasheet.yaml} (or {@code .json}) strictly, refusing what YAML parsers silently get wrong:
 * duplicate keys (the last one would win), anchors and aliases (an alias would become its name as a string),
 * several documents, oversized or deeply nested files and invalid UTF-8. Every problem carries its line and
 * column; all problems found are reported together.
 */
public final class StrictDatasheetReader {

    /** A datasheet is prose and lists of names; a megabyte is far beyond any real one. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final int MAX_DEPTH = 64;

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Vocabulary words;

    public StrictDatasheetReader() {
        this(Vocabulary.NEUTRAL);
    }

    /** @param words how the front end names its commands, for the hints */
    public StrictDatasheetReader(Vocabulary words) {
        this.words = words;
    }

    public ParsedDatasheet read(Path file, String displayName) throws IOException, DatasetException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw fail(new Diagnostic(Severity.ERROR, "datasheet.too-large", displayName, 0, 0, "",
                    "is " + size + " bytes; a datasheet may be at most " + MAX_BYTES + " bytes",
                    "move long documentation into docs/ and reference it from 'documentation'"));
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = decodeUtf8(bytes, displayName);
        boolean isJson = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        Reading reading = new Reading(displayName);
        JsonNode tree;
        try (JsonParser parser = isJson ? json.createParser(text) : yaml.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw fail(new Diagnostic(Severity.ERROR, "datasheet.empty", displayName, 1, 1, "",
                        "is empty", "start from '" + words.initCommand() + "', which writes a datasheet with every required key"));
            }
            tree = reading.value(parser, "", 0);
            if (parser.nextToken() != null) {
                reading.error("yaml.multiple-documents", parser, "", "holds more than one YAML document",
                        "keep one document: remove the second '---' and what follows, or merge it into the first");
            }
        } catch (JacksonException e) {
            reading.problems.add(syntaxError(e, text, isJson, displayName));
            throw new DatasetException(Diagnostics.sorted(reading.problems));
        }
        if (!reading.problems.isEmpty()) {
            throw new DatasetException(Diagnostics.sorted(reading.problems));
        }
        if (!tree.isObject()) {
            throw fail(new Diagnostic(Severity.ERROR, "datasheet.not-a-map", displayName, 1, 1, "",
                    "must be a map of keys (schemaVersion:, title:, ...), not a " + tree.getNodeType().name().toLowerCase(Locale.ROOT),
                    "start from '" + words.initCommand() + "'"));
        }
        String sha256 = DigestAlgorithm.toHex(DigestAlgorithm.SHA256.newDigest().digest(bytes));
        return new ParsedDatasheet(file, displayName, tree,
                new SourceMap(reading.keys, reading.values, reading.scalars), sha256);
    }

    /** What the parser refused, in the author's terms: a tab used for indentation is reported at the tab. */
    private static Diagnostic syntaxError(JacksonException e, String text, boolean isJson, String displayName) {
        TokenStreamLocation at = e.getLocation();
        Optional<SourcePosition> tab = isJson ? Optional.empty()
                : tabIndent(text, at == null ? Integer.MAX_VALUE : at.getLineNr() + 1);
        if (tab.isPresent()) {
            // the parser stops at the token before the tab, with words only a YAML implementer knows
            return new Diagnostic(Severity.ERROR, "yaml.tab-indent", displayName, tab.get().line(), tab.get().column(),
                    "", "is indented with a tab; YAML allows only spaces for indentation",
                    "indent with spaces (a tab is not a fixed number of spaces, so YAML refuses it)");
        }
        return new Diagnostic(Severity.ERROR, "yaml.syntax", displayName,
                at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0), "",
                "cannot be parsed: " + firstLine(e.getOriginalMessage()),
                "check the indentation and quoting around this position");
    }

    private static String decodeUtf8(byte[] bytes, String displayName) throws DatasetException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fail(new Diagnostic(Severity.ERROR, "datasheet.encoding", displayName, 0, 0, "",
                    "is not valid UTF-8", "save the file as UTF-8"));
        }
    }

    /** The first tab in the indentation of a line up to {@code lastLine}, if any. */
    static Optional<SourcePosition> tabIndent(String text, int lastLine) {
        int line = 1;
        int column = 1;
        boolean indent = true;
        for (int i = 0; i < text.length() && line <= lastLine; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                indent = true;
                continue;
            }
            if (indent && c == '\t') {
                return Optional.of(new SourcePosition(line, column));
            }
            indent = indent && c == ' ';
            column++;
        }
        return Optional.empty();
    }

    private static DatasetException fail(Diagnostic d) {
        return new DatasetException(d);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** The state of one read: the positions seen so far and the problems found. */
    private final class Reading {
        private final String displayName;
        final Map<String, SourcePosition> keys = new HashMap<>();
        final Map<String, SourcePosition> values = new HashMap<>();
        final Map<String, String> scalars = new HashMap<>();
        final List<Diagnostic> problems = new ArrayList<>();

        Reading(String displayName) {
            this.displayName = displayName;
        }

        JsonNode value(JsonParser p, String pointer, int depth) {
            values.put(pointer, position(p));
            rejectAnchorsAndAliases(p, pointer);
            if (depth > MAX_DEPTH) {
                error("yaml.too-deep", p, pointer, "nests more than " + MAX_DEPTH + " levels deep",
                        "flatten the structure");
                p.skipChildren();
                return nodes.nullNode();
            }
            JsonToken token = p.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(p, pointer, depth);
                case START_ARRAY:
                    return array(p, pointer, depth);
                case VALUE_STRING:
                    scalars.put(pointer, p.getString());
                    return nodes.stringNode(p.getString());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(p, pointer);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    scalars.put(pointer, p.getString());
                    return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    scalars.put(pointer, p.getString());
                    return nodes.nullNode();
                default:
                    error("yaml.unsupported", p, pointer, "holds a value datasheets cannot use (" + token + ")",
                            "use strings, numbers, booleans, lists and maps only");
                    return nodes.nullNode();
            }
        }

        /** A number, range-checked on its text first: converting {@code 1e999999999} alone would take minutes. */
        private JsonNode number(JsonParser p, String pointer) {
            String text = p.getString();
            scalars.put(pointer, text);
            Optional<String> problem = DatasheetNumbers.problem(text);
            BigDecimal value = null;
            if (problem.isEmpty()) {
                value = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? new BigDecimal(p.getBigIntegerValue())
                        : p.getDecimalValue();
                problem = DatasheetNumbers.problem(text, value);
            }
            if (problem.isPresent()) {
                error("yaml.number-range", p, pointer, problem.get() + "; " + DatasheetNumbers.range(),
                        "correct it; if it is a label or a version rather than a quantity, quote it: \""
                                + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "\"");
                return nodes.nullNode();
            }
            return p.currentToken() == JsonToken.VALUE_NUMBER_INT ? nodes.numberNode(value.toBigIntegerExact())
                    : nodes.numberNode(value);
        }

        private ObjectNode object(JsonParser p, String pointer, int depth) {
            ObjectNode object = nodes.objectNode();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                String child = pointer + "/" + escape(name);
                SourcePosition keyAt = position(p);
                p.nextToken();
                if (object.has(name)) {
                    SourcePosition first = keys.get(child);
                    problems.add(new Diagnostic(Severity.ERROR, "yaml.duplicate-key", displayName,
                            keyAt.line(), keyAt.column(), child,
                            "key '" + name + "' is already set at line " + first.line()
                                    + "; YAML parsers would silently keep only the last one",
                            "remove one of the two, or merge their values"));
                    p.skipChildren();
                    continue;
                }
                keys.put(child, keyAt);
                object.set(name, value(p, child, depth + 1));
            }
            return object;
        }

        private ArrayNode array(JsonParser p, String pointer, int depth) {
            ArrayNode array = nodes.arrayNode();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(p, pointer + "/" + index, depth + 1));
                index++;
            }
            return array;
        }

        private void rejectAnchorsAndAliases(JsonParser p, String pointer) {
            if (!(p instanceof YAMLParser y)) {
                return;
            }
            if (y.isCurrentAlias()) {
                error("yaml.alias", p, pointer,
                        "uses the alias '*" + p.getString() + "'; aliases are not allowed in datasheets",
                        "write the value out in full");
            } else if (y.getObjectId() != null) {
                error("yaml.anchor", p, pointer,
                        "defines the anchor '&" + y.getObjectId() + "'; anchors and aliases are not allowed in datasheets",
                        "remove the anchor and write every value out in full");
            }
        }

        void error(String code, JsonParser p, String pointer, String message, String hint) {
            SourcePosition at = position(p);
            problems.add(new Diagnostic(Severity.ERROR, code, displayName, at.line(), at.column(), pointer, message, hint));
        }

        private SourcePosition position(JsonParser p) {
            TokenStreamLocation at = p.currentTokenLocation();
            return new SourcePosition(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
        }
    }

    /** JSON pointer escaping of one reference token (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
