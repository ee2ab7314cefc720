package org.datasetkit.core.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Identifiers;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.Vocabulary;

/**
 * The bag-info.txt of a dataset, from its datasheet: the RFC 8493 reserved labels and SND's (Access-Right,
 * Bag-Group-Identifier, Dataset-Status, External-Identifier as the version's DOI URL).
 */
public final class DatasheetBagInfo {

    private DatasheetBagInfo() {}

    public static BagInfo describe(Datasheet sheet, Dataset dataset, Instant baggingTime, String softwareAgent) {
        List<BagInfo.Field> f = new ArrayList<>();
        f.add(new BagInfo.Field("Source-Organization", sheet.publisher().name()));
        f.add(new BagInfo.Field("Contact-Name", sheet.maintenance().maintainer().name()));
        String contact = sheet.maintenance().contact();
        if (contact.contains("@")) {
            f.add(new BagInfo.Field("Contact-Email", contact));
        }
        f.add(new BagInfo.Field("External-Description", sheet.title().english() + ". " + sheet.description().english()));
        sheet.doi().ifPresent(doi -> f.add(new BagInfo.Field("External-Identifier", "https://doi.org/" + doi)));
        f.add(new BagInfo.Field("Access-Right", sheet.access().isOpen() ? "PUBLIC" : "NON_PUBLIC"));
        for (Identifiers.Alternate alternate : sheet.identifiers().alternate()) {
            if (alternate.type().equalsIgnoreCase("SND")) {
                f.add(new BagInfo.Field("Bag-Group-Identifier", alternate.value()));
            }
        }
        String status = sheet.distribution().flatMap(Distribution::status).orElse("completed");
        f.add(new BagInfo.Field("Dataset-Status", status.toUpperCase(Locale.ROOT)));
        f.add(new BagInfo.Field("Bagging-Date", DateTimeFormatter.ISO_LOCAL_DATE.format(baggingTime.atOffset(ZoneOffset.UTC))));
        f.add(new BagInfo.Field("Bag-Software-Agent", softwareAgent));
        // Bag-Size and Payload-Oxum go before Bag-Software-Agent, which closes the file.
        return new BagInfo(f).withPayload(dataset.totalBytes(), dataset.files().size());
    }

    /** Where in the datasheet each SND bag-info value comes from, for the profile check's hints. */
    public static Map<String, String> hints(Vocabulary words) {
        return Map.of("External-Identifier", "set identifiers.doi in the datasheet (the DOI reserved for this version)",
                "Bag-Group-Identifier", "set identifiers.alternate: [{type: SND, value: \"2024-51\"}] (the SND dataset id)",
                "Access-Right", "set access.level", "Dataset-Status", "set distribution.status: completed or withdrawn",
                "Bagging-Date", "set " + words.setting(Vocabulary.Setting.OUTPUT_TIMESTAMP));
    }
}
