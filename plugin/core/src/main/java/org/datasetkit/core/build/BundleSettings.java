package org.datasetkit.core.build;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.export.ExportVersions;

/**
 * How to write the bundle.
 *
 * @param baseName the bag's name ({@code <artifactId>-<version>} in a project), or empty for the dataset folder's name
 *     and the datasheet's version
 * @param classifier appended to the file name ({@code -<classifier>}), or empty
 * @param format {@code zip}, {@code tar.gz} or {@code directory}
 * @param compression which zip entries are deflated
 * @param bagitProfile {@code snd}, {@code none}, or a profile file relative to the dataset; empty to choose by the
 *     datasheet's profiles
 * @param outputTimestamp the fixed time of every entry (ISO-8601 or epoch seconds), or empty
 * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} of the environment, or empty
 * @param versions the RO-Crate and DataCite versions the metadata is written in
 * @param incremental whether files unchanged since the previous release are carried by fetch.txt
 */
public record BundleSettings(Optional<String> baseName, Optional<String> classifier, String format, Compression compression,
        Optional<String> bagitProfile, Optional<String> outputTimestamp, Optional<String> sourceDateEpoch,
        ExportVersions versions, IncrementalSettings incremental) {

    /** A complete bag: every payload file in it. */
    public BundleSettings(Optional<String> baseName, Optional<String> classifier, String format, Compression compression,
            Optional<String> bagitProfile, Optional<String> outputTimestamp, Optional<String> sourceDateEpoch,
            ExportVersions versions) {
        this(baseName, classifier, format, compression, bagitProfile, outputTimestamp, sourceDateEpoch, versions,
                IncrementalSettings.none());
    }

    /** With the default metadata versions (RO-Crate 1.2, DataCite 4.6). */
    public BundleSettings(Optional<String> baseName, Optional<String> classifier, String format, Compression compression,
            Optional<String> bagitProfile, Optional<String> outputTimestamp, Optional<String> sourceDateEpoch) {
        this(baseName, classifier, format, compression, bagitProfile, outputTimestamp, sourceDateEpoch,
                ExportVersions.defaults());
    }

    public BundleSettings {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(classifier, "classifier");
        format = format(format);
        Objects.requireNonNull(compression, "compression");
        bagitProfile = bagitProfile.filter(s -> !s.isBlank()).map(String::trim);
        outputTimestamp = outputTimestamp.filter(s -> !s.isBlank());
        sourceDateEpoch = sourceDateEpoch.filter(s -> !s.isBlank());
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(incremental, "incremental");
    }

    /** The same settings with files unchanged since the previous release carried by fetch.txt, or not. */
    public BundleSettings withIncremental(IncrementalSettings carried) {
        return new BundleSettings(baseName, classifier, format, compression, bagitProfile, outputTimestamp, sourceDateEpoch,
                versions, carried);
    }

    public static BundleSettings defaults() {
        return new BundleSettings(Optional.empty(), Optional.empty(), "zip", Compression.AUTO, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The serialisation's canonical name; an unknown one is refused before any work starts. */
    public static String format(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "zip" -> "zip";
            case "tar.gz", "tgz" -> "tar.gz";
            case "directory", "dir" -> "directory";
            default -> throw new IllegalArgumentException("must be zip, tar.gz or directory, not '" + value + "'");
        };
    }

    /** The archive's file name extension, {@code ""} for a bag folder. */
    public String extension() {
        return switch (format) {
            case "tar.gz" -> ".tar.gz";
            case "directory" -> "";
            default -> ".zip";
        };
    }

    /** The media type a BagIt profile's Accept-Serialization names, or null for a folder. */
    public String mediaType() {
        return switch (format) {
            case "tar.gz" -> "application/gzip";
            case "directory" -> null;
            default -> "application/zip";
        };
    }

    /** Where the bundle goes: {@code <output>/<name>[-<classifier>]<extension>}. */
    Path target(Path outputRoot, String name) {
        String suffix = extension().isEmpty() ? "" : classifier.map(c -> "-" + c).orElse("");
        return outputRoot.resolve(name + suffix + extension());
    }
}
