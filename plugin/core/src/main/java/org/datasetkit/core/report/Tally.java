package org.datasetkit.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The numbers behind one chart: labelled values, largest first, with the smallest folded into one "other" entry
 * when there are more than a chart can show (so a dataset of 100,000 files in 5,000 folders still gives a short
 * chart, and a small report).
 *
 * @param entries in the order they are drawn
 * @param unit what the values count: files, bytes, images, rows
 */
public record Tally(List<Entry> entries, String unit) {

    /** One bar: its label and value; {@code folded} counts the labels an "other" entry stands for (0 otherwise). */
    public record Entry(String label, long value, int folded) {}

    public Tally {
        entries = List.copyOf(entries);
    }

    /**
     * The values, largest first (ties by label), at most {@code limit} bars: the rest become one "other" bar.
     *
     * @param keepOrder keep the map's own order instead (a scale such as train, validation, test)
     */
    public static Tally of(Map<String, Long> values, String unit, int limit, boolean keepOrder) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(values.entrySet());
        if (!keepOrder) {
            sorted.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey));
        }
        List<Entry> out = new ArrayList<>();
        int shown = sorted.size() > limit ? limit - 1 : sorted.size();
        for (int i = 0; i < shown; i++) {
            out.add(new Entry(sorted.get(i).getKey(), sorted.get(i).getValue(), 0));
        }
        if (shown < sorted.size()) {
            long rest = 0;
            for (int i = shown; i < sorted.size(); i++) {
                rest += sorted.get(i).getValue();
            }
            out.add(new Entry("other (" + (sorted.size() - shown) + ")", rest, sorted.size() - shown));
        }
        return new Tally(out, unit);
    }

    public static Tally of(Map<String, Long> values, String unit) {
        return of(values, unit, 12, false);
    }

    public long total() {
        return entries.stream().mapToLong(Entry::value).sum();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The value under {@code label}, 0 when it has no bar of its own. */
    public long valueOf(String label) {
        return entries.stream().filter(e -> e.label().equals(label)).mapToLong(Entry::value).findFirst().orElse(0);
    }
}
