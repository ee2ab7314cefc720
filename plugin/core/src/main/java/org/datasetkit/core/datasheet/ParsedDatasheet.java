package org.datasetkit.core.datasheet;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * A datasheet read strictly: its tree (never mutated after reading) and where every node stands in the file.
 *
 * @param file the datasheet file
 * @param displayName how diagnostics name the file (relative to the dataset root)
 * @param tree the document; an object
 * @param sourceMap positions by JSON pointer
 * @param sha256 the SHA-256 of the bytes read, in hex: the tree is theirs, so a cache keyed on them is keyed on it
 */
public record ParsedDatasheet(Path file, String displayName, JsonNode tree, SourceMap sourceMap, String sha256) {}
