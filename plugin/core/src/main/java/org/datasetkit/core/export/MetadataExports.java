package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.TagFile;

/**
 * Every metadata file generated from the datasheet for the bag's payload, with their paths inside {@code data/}:
 * {@code ro-crate-metadata.json} and {@code DATASHEET.md} at the payload root, DataCite XML and Croissant JSON-LD
 * under {@code metadata/}, a Hugging Face dataset card under {@code metadata/huggingface/}, the SPDX 3.0.1 dataset
 * document and the CycloneDX 1.6 dataset BOM under {@code metadata/} (each unless turned off), the NOTICE and the
 * licence texts that must travel with the data.
 */
public final class MetadataExports {

    public static final String DATACITE = "metadata/datacite.xml";
    public static final String CROISSANT = "metadata/" + Croissant.FILE_NAME;

    /** The files, in the payload, ready to write; the RO-Crate lists all the others. */
    public List<TagFile> generate(ExportInput in, List<TagFile> licenceTexts) {
        return generate(in, licenceTexts, Optional.empty(), Optional.empty());
    }

    /**
     * With the link to the previous version ({@code previousDoi}, bare) in DataCite, Croissant and the RO-Crate,
     * made before the RO-Crate lists the others' sizes and checksums.
     */
    public List<TagFile> generate(ExportInput in, List<TagFile> licenceTexts, Optional<String> previousDoi,
            Optional<String> previousVersion) {
        List<TagFile> out = new ArrayList<>(besideCrate(in, licenceTexts, previousDoi, previousVersion));
        String crate = new RoCrate().write(in, List.copyOf(out));
        out.add(0, utf8(RoCrate.FILE_NAME, previousDoi.map(d -> VersionRelations.roCrate(crate, d, previousVersion,
                in.datasheet().title().english())).orElse(crate)));
        return out;
    }

    /**
     * Every file but the RO-Crate, which grows with the payload and is written apart, to a stream
     * ({@link RoCrate#write(ExportInput, List, java.io.OutputStream, Optional, Optional)}), listing these.
     */
    public List<TagFile> besideCrate(ExportInput in, List<TagFile> licenceTexts, Optional<String> previousDoi,
            Optional<String> previousVersion) {
        List<TagFile> out = new ArrayList<>();
        out.add(utf8(DatasheetMarkdown.FILE_NAME, new DatasheetMarkdown().write(in)));
        String croissant = new Croissant().write(in);
        out.add(utf8(CROISSANT, previousDoi.map(d -> VersionRelations.croissant(croissant, d, previousVersion))
                .orElse(croissant)));
        out.add(utf8(HuggingFaceCard.PATH, new HuggingFaceCard().write(in)));
        if (in.versions().spdx()) {
            out.add(utf8(SpdxDataset.PATH, new SpdxDataset().write(in)));
        }
        if (in.versions().cycloneDx()) {
            out.add(utf8(CycloneDxBom.PATH, new CycloneDxBom().write(in)));
        }
        out.add(utf8("NOTICE.txt", in.licences().notice()));
        out.addAll(licenceTexts);
        // DataCite counts the others in its sizes, so it is written after them
        Optional<String> datacite = new DataCiteXml().write(in, List.copyOf(out));
        datacite.ifPresent(xml -> out.add(1, new TagFile(DATACITE, previousDoi.map(d -> VersionRelations.related(
                xml.getBytes(StandardCharsets.UTF_8), d)).orElse(xml.getBytes(StandardCharsets.UTF_8)))));
        return List.copyOf(out);
    }

    private static TagFile utf8(String name, String text) {
        return new TagFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
