package org.datasetkit.core.bag;

import java.nio.charset.StandardCharsets;

/** {@code bagit.txt}: exactly two lines, in this order (RFC 8493 §2.1.1). */
public final class BagitDeclaration {

    public static final String FILE_NAME = "bagit.txt";
    public static final String VERSION = "1.0";

    private BagitDeclaration() {}

    public static byte[] render() {
        return ("BagIt-Version: " + VERSION + "\nTag-File-Character-Encoding: UTF-8\n").getBytes(StandardCharsets.UTF_8);
    }
}
