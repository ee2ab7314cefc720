package org.datasetkit.core.export;

import java.util.Locale;
import java.util.Map;

/** The media type of a payload file, from its name: what RO-Crate and Croissant call its encoding format. */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("jp2", "image/jp2"), Map.entry("dcm", "application/dicom"),
            Map.entry("nii", "application/x-nifti"), Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"), Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"),
            Map.entry("json", "application/json"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("yaml", "application/yaml"), Map.entry("yml", "application/yaml"), Map.entry("xml", "application/xml"),
            Map.entry("pdf", "application/pdf"), Map.entry("html", "text/html"), Map.entry("parquet", "application/vnd.apache.parquet"),
            Map.entry("zip", "application/zip"), Map.entry("gz", "application/gzip"), Map.entry("npy", "application/octet-stream"),
            Map.entry("npz", "application/zip"), Map.entry("h5", "application/x-hdf5"), Map.entry("mp4", "video/mp4"));

    private MediaTypes() {}

    public static String of(String path) {
        // only the extension is cut and lower-cased: every export asks this of every file
        int dot = path.lastIndexOf('.');
        return dot <= path.lastIndexOf('/') ? "application/octet-stream"
                : BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
