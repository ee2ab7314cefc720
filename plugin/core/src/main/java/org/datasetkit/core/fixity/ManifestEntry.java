package org.datasetkit.core.fixity;

/** One manifest line: the checksum (lower-case hex) and the decoded path relative to the bag. */
public record ManifestEntry(String checksum, String path) {}
