package org.datasetkit.core.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Identifiers;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.Vocabulary;

/**
 * The bag-info.txt of a dataset, from its datasheet: the RFC 8493 reserved labels, SND's labels in the form the
 * chosen profile reads, and BagIt-Profile-Identifier when the bag is made for a profile (BagIt Profiles 1.4.0).
 * Under {@code snd-doris} (SND's storage service today) Access-Right and Dataset-Status are EU vocabulary URIs, the
 * group is the concept DOI's URL, and Internal-Sender-Identifier and Version are added; otherwise (the 2024 Bagger
 * form) they are short codes and the group is the SND dataset id.
 */
public final class DatasheetBagInfo {

    static final String EU_DATASET_STATUS = "http://publications.europa.eu/resource/authority/dataset-status/";

    private DatasheetBagInfo() {}

    public static BagInfo describe(Datasheet sheet, Dataset dataset, Instant baggingTime, String softwareAgent) {
        return describe(sheet, dataset, baggingTime, softwareAgent, Optional.empty());
    }

    public static BagInfo describe(Datasheet sheet, Dataset dataset, Instant baggingTime, String softwareAgent,
            Optional<BagitProfile> profile) {
        boolean doris = profile.map(p -> p.name().equals(BagitProfile.SND_DORIS)).orElse(false);
        List<BagInfo.Field> f = new ArrayList<>();
        f.add(new BagInfo.Field("Source-Organization", sheet.publisher().name()));
        f.add(new BagInfo.Field("Contact-Name", sheet.maintenance().maintainer().name()));
        String contact = sheet.maintenance().contact();
        if (contact.contains("@")) {
            f.add(new BagInfo.Field("Contact-Email", contact));
        }
        f.add(new BagInfo.Field("External-Description", sheet.title().english() + ". " + sheet.description().english()));
        sheet.doi().ifPresent(doi -> f.add(new BagInfo.Field("External-Identifier", IdentifierUrls.doiUrl(doi))));
        Optional<String> sndId = sheet.identifiers().alternate().stream().filter(a -> a.type().equalsIgnoreCase("SND"))
                .map(Identifiers.Alternate::value).findFirst();
        String status = sheet.distribution().flatMap(Distribution::status).orElse("completed").toUpperCase(Locale.ROOT);
        if (doris) {
            // DORIS serves a version only to those its Access-Right allows: PUBLIC or NON_PUBLIC, nothing between
            boolean open = AccessTerms.of(sheet).free();
            f.add(new BagInfo.Field("Access-Right", AccessTerms.EU_ACCESS_RIGHT + (open ? "PUBLIC" : "NON_PUBLIC")));
            sheet.identifiers().conceptDoi().ifPresent(c -> f.add(new BagInfo.Field("Bag-Group-Identifier",
                    IdentifierUrls.doiUrl(c))));
            f.add(new BagInfo.Field("Dataset-Status", EU_DATASET_STATUS + status));
            sndId.ifPresent(id -> f.add(new BagInfo.Field("Internal-Sender-Identifier", id + "-" + sheet.version())));
            f.add(new BagInfo.Field("Version", sheet.version()));
        } else {
            f.add(new BagInfo.Field("Access-Right", sheet.access().isOpen() ? "PUBLIC" : "NON_PUBLIC"));
            sndId.ifPresent(id -> f.add(new BagInfo.Field("Bag-Group-Identifier", id)));
            f.add(new BagInfo.Field("Dataset-Status", status));
        }
        profile.ifPresent(p -> f.add(new BagInfo.Field("BagIt-Profile-Identifier", p.identifier())));
        f.add(new BagInfo.Field("Bagging-Date", DateTimeFormatter.ISO_LOCAL_DATE.format(baggingTime.atOffset(ZoneOffset.UTC))));
        f.add(new BagInfo.Field("Bag-Software-Agent", softwareAgent));
        // Bag-Size and Payload-Oxum go before Bag-Software-Agent, which closes the file.
        return new BagInfo(f).withPayload(dataset.totalBytes(), dataset.files().size());
    }

    /** Where in the datasheet each SND bag-info value comes from, for the profile check's hints. */
    public static Map<String, String> hints(Optional<BagitProfile> profile, Vocabulary words) {
        boolean doris = profile.map(p -> p.name().equals(BagitProfile.SND_DORIS)).orElse(false);
        return Map.of("External-Identifier", "set identifiers.doi in the datasheet (the DOI reserved for this version)",
                "Bag-Group-Identifier", doris
                        ? "set identifiers.conceptDoi in the datasheet (the DOI that names every version of the dataset)"
                        : "set identifiers.alternate: [{type: SND, value: \"2024-51\"}] (the SND dataset id)",
                "Internal-Sender-Identifier", "set identifiers.alternate: [{type: SND, value: \"2024-51\"}] (the SND dataset id)",
                "Access-Right", "set access.level", "Dataset-Status", "set distribution.status: completed or withdrawn",
                "Bagging-Date", "set " + words.setting(Vocabulary.Setting.OUTPUT_TIMESTAMP));
    }

    public static Map<String, String> hints() {
        return hints(Optional.empty(), Vocabulary.NEUTRAL);
    }
}
