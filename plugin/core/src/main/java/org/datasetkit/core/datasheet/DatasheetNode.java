package org.datasetkit.core.datasheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One node of a validated datasheet with its JSON pointer, read by {@link TypedDatasheetReader}. The schema has
 * already checked types and required members, so a missing optional member simply reads as empty.
 */
final class DatasheetNode {

    private final ParsedDatasheet sheet;
    private final JsonNode node;
    private final String pointer;

    private DatasheetNode(ParsedDatasheet sheet, JsonNode node, String pointer) {
        this.sheet = sheet;
        this.node = node;
        this.pointer = pointer;
    }

    static DatasheetNode root(ParsedDatasheet sheet) {
        return new DatasheetNode(sheet, sheet.tree(), "");
    }

    DatasheetNode get(String key) {
        return new DatasheetNode(sheet, node.path(key), pointer + "/" + StrictDatasheetReader.escape(key));
    }

    boolean present() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** Where this node's value stands in the file. */
    DatasheetLocation location() {
        return new DatasheetLocation(sheet.displayName(), pointer, sheet.sourceMap().valueOf(pointer));
    }

    /** Where this node's key stands; for a node the datasheet leaves out, the nearest enclosing key. */
    DatasheetLocation keyLocation() {
        return new DatasheetLocation(sheet.displayName(), pointer, sheet.sourceMap().keyOf(pointer));
    }

    String string() {
        return node.asString();
    }

    String string(String key) {
        return get(key).string();
    }

    Optional<String> optionalString(String key) {
        return optional(key, DatasheetNode::string);
    }

    Optional<Boolean> optionalBoolean(String key) {
        return optional(key, n -> n.node.asBoolean());
    }

    Optional<Long> optionalLong(String key) {
        return optional(key, n -> n.node.asLong());
    }

    Optional<BigDecimal> optionalDecimal(String key) {
        return optional(key, n -> n.node.decimalValue());
    }

    boolean isBoolean() {
        return node.isBoolean();
    }

    boolean booleanValue() {
        return node.asBoolean();
    }

    LocalizedText text() {
        if (!node.isObject()) {
            return LocalizedText.plain(node.asString());
        }
        List<LocalizedText.Translation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.add(new LocalizedText.Translation(Optional.of(e.getKey()), e.getValue().asString()));
        }
        return new LocalizedText(out);
    }

    LocalizedText text(String key) {
        return get(key).text();
    }

    Optional<LocalizedText> optionalText(String key) {
        return optional(key, DatasheetNode::text);
    }

    List<String> strings(String key) {
        return list(key, DatasheetNode::string);
    }

    /** The member {@code key} read by {@code read}, or empty when the datasheet leaves it out. */
    <T> Optional<T> optional(String key, Function<DatasheetNode, T> read) {
        DatasheetNode child = get(key);
        return child.present() ? Optional.of(read.apply(child)) : Optional.empty();
    }

    /** Each item of the array {@code key}, in order; empty when the datasheet leaves it out. */
    <T> List<T> list(String key, Function<DatasheetNode, T> read) {
        DatasheetNode array = get(key);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.node.size(); i++) {
            out.add(read.apply(new DatasheetNode(sheet, array.node.get(i), array.pointer + "/" + i)));
        }
        return List.copyOf(out);
    }
}
