package org.datasetkit.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.datasetkit.core.bag.SpooledFile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.output.AtomicFile;

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

    private final int threads;

    /** The exports one after another, in the caller. */
    public MetadataExports() {
        this(1);
    }

    /**
     * The exports that walk every payload file made side by side on at most {@code threads} threads, started and
     * ended by each call: the same bytes as one after another.
     */
    public MetadataExports(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

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

    /** Writes a generated payload file that grows with the payload somewhere other than memory. */
    @FunctionalInterface
    public interface Spool {
        GeneratedFile write(String name, AtomicFile.Content content) throws IOException;
    }

    /**
     * The generated files but the RO-Crate: those held in memory ({@code files}) and, in the order the RO-Crate and
     * DataCite list them, every one of them, the spooled ones included ({@code listing}).
     */
    public record BesideCrate(List<TagFile> files, List<GeneratedFile> listing) {
        public BesideCrate {
            files = List.copyOf(files);
            listing = List.copyOf(listing);
        }
    }

    /**
     * Every file but the RO-Crate, which grows with the payload and is written apart, to a stream
     * ({@link RoCrate#write(ExportInput, java.io.OutputStream, List, Optional, Optional)}), listing these.
     */
    public List<TagFile> besideCrate(ExportInput in, List<TagFile> licenceTexts, Optional<String> previousDoi,
            Optional<String> previousVersion) {
        Map<String, TagFile> held = new ConcurrentHashMap<>(); // filled from the exports' threads
        BesideCrate beside;
        try {
            beside = besideCrate(in, licenceTexts, List.of(), previousDoi, previousVersion, (name, content) -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                content.writeTo(bytes);
                TagFile file = new TagFile(name, bytes.toByteArray());
                held.put(name, file);
                return GeneratedFile.of(file);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array
        }
        beside.files().forEach(f -> held.put(f.name(), f));
        return beside.listing().stream().map(g -> held.get(g.name())).toList();
    }

    /**
     * Every file but the RO-Crate, the SPDX document and the CycloneDX BOM (which grow with the payload) written by
     * {@code spool}, so that no tree or text of every file is held. The exports that do not need the others' sizes
     * are made side by side ({@link #MetadataExports(int)}); {@code spool} may then be called from several threads.
     */
    public BesideCrate besideCrate(ExportInput in, List<TagFile> licenceTexts, List<SpooledFile> spooledTexts,
            Optional<String> previousDoi, Optional<String> previousVersion, Spool spool) throws IOException {
        List<TagFile> files = new ArrayList<>();
        List<GeneratedFile> listing = new ArrayList<>();
        Consumer<TagFile> held = f -> {
            files.add(f);
            listing.add(GeneratedFile.of(f));
        };
        sideBySide(in, previousDoi, previousVersion, spool, held, listing);
        held.accept(utf8("NOTICE.txt", in.licences().notice()));
        licenceTexts.forEach(held);
        spooledTexts.forEach(s -> listing.add(GeneratedFile.of(s))); // on disk already: listed, not held
        // DataCite counts the others in its sizes, so it is written after them
        Optional<String> datacite = new DataCiteXml().writeCounting(in, List.copyOf(listing));
        if (datacite.isPresent()) {
            byte[] xml = datacite.get().getBytes(StandardCharsets.UTF_8);
            TagFile file = new TagFile(DATACITE, previousDoi.map(d -> VersionRelations.related(xml, d)).orElse(xml));
            files.add(file);
            listing.add(1, GeneratedFile.of(file));
        }
        return new BesideCrate(files, listing);
    }

    /** The exports that need none of the others, made side by side, held or listed in their own order. */
    private void sideBySide(ExportInput in, Optional<String> previousDoi, Optional<String> previousVersion, Spool spool,
            Consumer<TagFile> held, List<GeneratedFile> listing) throws IOException {
        try (ExportTasks tasks = new ExportTasks(threads)) {
            // the longest first, so that it starts at once; each is listed in its own place below
            Optional<ExportTasks.Result<GeneratedFile>> spdx = in.versions().spdx()
                    ? Optional.of(tasks.start(() -> spool.write(SpdxDataset.PATH, out -> new SpdxDataset().write(in, out))))
                    : Optional.empty();
            Optional<ExportTasks.Result<GeneratedFile>> bom = in.versions().cycloneDx()
                    ? Optional.of(tasks.start(() -> spool.write(CycloneDxBom.PATH, out -> new CycloneDxBom().write(in, out))))
                    : Optional.empty();
            ExportTasks.Result<TagFile> croissant = tasks.start(() -> croissant(in, previousDoi, previousVersion));
            ExportTasks.Result<TagFile> markdown = tasks.start(
                    () -> utf8(DatasheetMarkdown.FILE_NAME, new DatasheetMarkdown().write(in)));
            ExportTasks.Result<TagFile> card = tasks.start(() -> utf8(HuggingFaceCard.PATH, new HuggingFaceCard().write(in)));
            held.accept(markdown.get());
            held.accept(croissant.get());
            held.accept(card.get());
            if (spdx.isPresent()) {
                listing.add(spdx.get().get());
            }
            if (bom.isPresent()) {
                listing.add(bom.get().get());
            }
        }
    }

    private static TagFile croissant(ExportInput in, Optional<String> previousDoi, Optional<String> previousVersion) {
        String croissant = new Croissant().write(in);
        return utf8(CROISSANT, previousDoi.map(d -> VersionRelations.croissant(croissant, d, previousVersion))
                .orElse(croissant));
    }

    private static TagFile utf8(String name, String text) {
        return new TagFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
