package org.datasetkit.core.bag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Identifiers;
import org.datasetkit.core.dataset.Dataset;

/** {@code bag-info.txt}: ordered {@code Label: value} lines (RFC 8493 §2.2.2), derived from the datasheet. */
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

    /**
     * bag-info.txt for a dataset: the RFC 8493 reserved labels and SND's (Access-Right, Bag-Group-Identifier,
     * Dataset-Status, External-Identifier as the version's DOI URL), all from the datasheet.
     */
    public static BagInfo describe(Datasheet sheet, Dataset dataset, Instant baggingTime, String softwareAgent) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("Source-Organization", sheet.publisher().name()));
        f.add(new Field("Contact-Name", sheet.maintenance().maintainer().name()));
        if (sheet.maintenance().contact().contains("@")) {
            f.add(new Field("Contact-Email", sheet.maintenance().contact()));
        }
        f.add(new Field("External-Description", sheet.title().english() + ". " + sheet.description().english()));
        sheet.doi().ifPresent(doi -> f.add(new Field("External-Identifier", "https://doi.org/" + doi)));
        f.add(new Field("Access-Right", sheet.access().isOpen() ? "PUBLIC" : "NON_PUBLIC"));
        for (Identifiers.Alternate alternate : sheet.identifiers().alternate()) {
            if (alternate.type().equalsIgnoreCase("SND")) {
                f.add(new Field("Bag-Group-Identifier", alternate.value()));
            }
        }
        String status = sheet.distribution().flatMap(Distribution::status).orElse("completed");
        f.add(new Field("Dataset-Status", status.toUpperCase(Locale.ROOT)));
        f.add(new Field("Bagging-Date", DateTimeFormatter.ISO_LOCAL_DATE.format(baggingTime.atOffset(ZoneOffset.UTC))));
        f.add(new Field("Bag-Size", humanSize(dataset.totalBytes())));
        f.add(new Field("Payload-Oxum", dataset.payloadOxum()));
        f.add(new Field("Bag-Software-Agent", softwareAgent));
        return new BagInfo(f);
    }

    /** Where in the datasheet each SND bag-info value comes from, for the profile check's hints. */
    public static Map<String, String> datasheetSources() {
        return Map.of("External-Identifier", "set identifiers.doi in the datasheet (the DOI reserved for this version)",
                "Bag-Group-Identifier", "set identifiers.alternate: [{type: SND, value: \"2024-51\"}] (the SND dataset id)",
                "Access-Right", "set access.level", "Dataset-Status", "set distribution.status: completed or withdrawn",
                "Bagging-Date", "set project.build.outputTimestamp");
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
