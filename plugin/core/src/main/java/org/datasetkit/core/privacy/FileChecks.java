package org.datasetkit.core.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.dataset.FileKind;

/** Which {@link FileCheck} reads each kind of file: the one place checks are registered. */
public final class FileChecks {

    private final List<FileCheck> checks;
    private final Map<FileKind, FileCheck> byKind = new EnumMap<>(FileKind.class);

    private FileChecks(List<FileCheck> checks) {
        this.checks = List.copyOf(checks);
        for (FileCheck check : this.checks) {
            for (FileKind kind : check.kinds()) {
                FileCheck before = byKind.putIfAbsent(kind, check);
                if (before != null) {
                    throw new IllegalArgumentException("both the " + before.name() + " and the " + check.name()
                            + " check claim " + kind.label() + " files");
                }
            }
        }
    }

    /** The checks datasetkit ships. */
    public static FileChecks builtIn() {
        TextChecks text = new TextChecks();
        MetadataRules metadata = new MetadataRules(text);
        DocumentRules documents = new DocumentRules(text);
        TableRules tables = new TableRules(text);
        return of(List.of(
                new DicomCheck(new DicomRules(new DeidentificationRules())),
                new PngCheck(metadata),
                new JpegCheck(metadata),
                new TiffCheck(metadata),
                new NiftiCheck(metadata),
                new TableCheck(tables),
                new OoxmlCheck(documents, tables),
                new PdfCheck(documents),
                new TextDocumentCheck(documents)));
    }

    /** Exactly these checks; each kind may be claimed by one of them only. */
    public static FileChecks of(List<FileCheck> checks) {
        return new FileChecks(checks);
    }

    /** The check that reads files of {@code kind}, if any does. */
    public Optional<FileCheck> forKind(FileKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public List<FileCheck> all() {
        return checks;
    }
}
