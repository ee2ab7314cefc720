package org.datasetkit.core.bag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bag-info.txt}: ordered {@code Label: value} lines (RFC 8493 §2.2.2). What they say comes from the caller
 * (the export package derives them from the datasheet); a bag knows nothing of datasheets.
 */
public record BagInfo(List<Field> fields) {

    /** One line; order is preserved, labels may repeat. */
    public record Field(String label, String value) {}

    public BagInfo {
        fields = List.copyOf(fields);
    }

    /** This bag-info with Payload-Oxum and Bag-Size for the payload as finally written (replacing any given). */
    public BagInfo withPayload(long bytes, long files) {
        List<Field> f = new ArrayList<>();
        for (Field field : fields) {
            if (!field.label().equals("Payload-Oxum") && !field.label().equals("Bag-Size")) {
                f.add(field);
            }
        }
        int at = Math.max(0, f.size() - 1); // before Bag-Software-Agent, which closes the file
        f.add(at, new Field("Payload-Oxum", bytes + "." + files));
        f.add(at, new Field("Bag-Size", humanSize(bytes)));
        return new BagInfo(f);
    }

    /** This bag-info with one more field, before Bag-Software-Agent (which closes the file). */
    public BagInfo plus(Field field) {
        List<Field> f = new ArrayList<>(fields);
        int at = !f.isEmpty() && f.get(f.size() - 1).label().equals("Bag-Software-Agent") ? f.size() - 1 : f.size();
        f.add(at, field);
        return new BagInfo(f);
    }

    /** The file's bytes: UTF-8, LF endings, values on one line (line breaks in the datasheet become spaces). */
    public byte[] render() {
        StringBuilder out = new StringBuilder();
        for (Field field : fields) {
            out.append(field.label()).append(": ").append(field.value().replaceAll("\\s+", " ").trim()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "42.6 MB" in decimal units, as BagIt's examples write Bag-Size. */
    static String humanSize(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
