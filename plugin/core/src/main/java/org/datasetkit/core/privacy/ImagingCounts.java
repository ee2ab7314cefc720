package org.datasetkit.core.privacy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How many DICOM images the privacy gate read, by modality, view and laterality (from the headers it reads anyway;
 * nothing is read a second time for these counts).
 *
 * @param headers DICOM headers read
 * @param byModality counts by Modality; headers that state none count under {@link #NOT_STATED}
 * @param byView counts by View Position
 * @param byLaterality counts by Image Laterality (else Laterality)
 */
public record ImagingCounts(int headers, Map<String, Integer> byModality, Map<String, Integer> byView,
        Map<String, Integer> byLaterality) {

    /** The key of the headers that leave an attribute empty. */
    public static final String NOT_STATED = "not stated";

    public ImagingCounts {
        byModality = sorted(byModality);
        byView = sorted(byView);
        byLaterality = sorted(byLaterality);
    }

    public static ImagingCounts none() {
        return new ImagingCounts(0, Map.of(), Map.of(), Map.of());
    }

    /** The counts of these headers' attributes. */
    public static ImagingCounts of(List<ImageAttributes> images) {
        Map<String, Integer> modality = new TreeMap<>();
        Map<String, Integer> view = new TreeMap<>();
        Map<String, Integer> laterality = new TreeMap<>();
        for (ImageAttributes a : images) {
            count(modality, a.modality());
            count(view, a.view());
            count(laterality, a.laterality());
        }
        return new ImagingCounts(images.size(), modality, view, laterality);
    }

    private static void count(Map<String, Integer> counts, Optional<String> value) {
        counts.merge(value.orElse(NOT_STATED), 1, Integer::sum);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
