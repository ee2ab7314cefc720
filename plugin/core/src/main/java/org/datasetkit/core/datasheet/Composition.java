package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * What the dataset consists of.
 *
 * @param modalities imaging modalities (DICOM codes such as MG, CT) or kinds of data
 * @param dataKinds image, numeric, text, tabular, audio, video, signal or other
 */
public record Composition(Optional<LocalizedText> instanceDescription, Optional<Long> instanceCount,
        List<String> modalities, List<String> dataKinds, Optional<Labels> labels, List<Split> splits,
        Optional<LocalizedText> missingData, Optional<LocalizedText> errorsNoise,
        Optional<LocalizedText> externalResources, Optional<Subpopulations> subpopulations) {

    /**
     * What the labels are, where they come from, and their classes.
     *
     * @param file the table holding the labels, relative to the dataset folder
     * @param column that table's label column
     * @param splitColumn that table's column naming each row's split
     * @param table the same three read together, with their positions, when the datasheet names the table and its
     *     label column
     */
    public record Labels(Optional<LocalizedText> description, Optional<LocalizedText> source, List<String> classes,
            Optional<String> file, Optional<String> column, Optional<String> splitColumn, Optional<LabelTable> table) {

        public Labels {
            classes = List.copyOf(classes);
        }

        /** Without a label table. */
        public Labels(Optional<LocalizedText> description, Optional<LocalizedText> source, List<String> classes) {
            this(description, source, classes, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * A CSV or TSV file in the dataset, with a header row, that gives each item its label and, optionally, its split.
     *
     * @param path relative to the dataset folder
     * @param at where the table's entry stands, for findings about the file
     * @param labelColumn the header of the label column
     * @param labelColumnAt where {@code labelColumn} stands
     * @param splitColumn the header of the split column, if any
     * @param splitColumnAt where {@code splitColumn} stands, if given
     * @param fileColumn the header of the column naming each row's file, relative to the table's folder, if any
     * @param fileColumnAt where {@code fileColumn} stands, if given
     */
    public record LabelTable(String path, DatasheetLocation at, String labelColumn, DatasheetLocation labelColumnAt,
            Optional<String> splitColumn, Optional<DatasheetLocation> splitColumnAt, Optional<String> fileColumn,
            Optional<DatasheetLocation> fileColumnAt) {

        /** A table that names no file per row. */
        public LabelTable(String path, DatasheetLocation at, String labelColumn, DatasheetLocation labelColumnAt,
                Optional<String> splitColumn, Optional<DatasheetLocation> splitColumnAt) {
            this(path, at, labelColumn, labelColumnAt, splitColumn, splitColumnAt, Optional.empty(), Optional.empty());
        }

        /** A row's file as a dataset path: the table names it relative to its own folder ({@code ./}, {@code ..}). */
        public String datasetPath(String file) {
            java.util.Deque<String> parts = new java.util.ArrayDeque<>();
            int slash = path.lastIndexOf('/');
            String joined = (slash < 0 ? "" : path.substring(0, slash + 1)) + file.strip().replace('\\', '/');
            for (String part : joined.split("/")) {
                if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                } else if (!part.isEmpty() && !part.equals(".")) {
                    parts.addLast(part);
                }
            }
            return String.join("/", parts);
        }
    }

    /**
     * A named part of the data (train, test, ...).
     *
     * @param folder the folder holding its files, if the datasheet names one
     */
    public record Split(String name, Optional<Long> count, Optional<LocalizedText> definition, Optional<String> folder) {

        /** A split that names no folder. */
        public Split(String name, Optional<Long> count, Optional<LocalizedText> definition) {
            this(name, count, definition, Optional.empty());
        }
    }

    /** The attributes the data can be divided by, and how it is distributed over them. */
    public record Subpopulations(List<String> attributes, Optional<LocalizedText> distribution) {

        public Subpopulations {
            attributes = List.copyOf(attributes);
        }
    }

    public Composition {
        modalities = List.copyOf(modalities);
        dataKinds = List.copyOf(dataKinds);
        splits = List.copyOf(splits);
    }
}
