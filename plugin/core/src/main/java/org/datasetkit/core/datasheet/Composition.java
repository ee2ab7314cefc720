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

    /** What the labels are, where they come from, and their classes. */
    public record Labels(Optional<LocalizedText> description, Optional<LocalizedText> source, List<String> classes) {

        public Labels {
            classes = List.copyOf(classes);
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
