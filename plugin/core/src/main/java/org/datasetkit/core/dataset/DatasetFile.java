package org.datasetkit.core.dataset;

import java.nio.file.Path;

/**
 * One payload file of a dataset, as it was when the dataset was scanned. A million of them are held at once, so each
 * is one small object besides its path: the root is shared and the file system's identity is kept as two numbers
 * where it has the POSIX form, both turned back into a {@link Path} and text only when asked.
 *
 * @param path relative path inside the dataset root, {@code /}-separated, exactly as the file system spells it
 * @param root the dataset's root folder, one object shared by every file of a scan
 * @param size size in bytes at scan time
 * @param lastModified modification time at scan time, in nanoseconds since the epoch
 * @param device the device of the file's POSIX identity ({@code (dev=<hex>,ino=<decimal>)}); 0 when {@code
 *     otherIdentity} holds it
 * @param inode the inode of the file's POSIX identity; 0 when {@code otherIdentity} holds it
 * @param otherIdentity the identity as text when it is not of the POSIX form (empty where the file system gives
 *     none), or null when {@code device} and {@code inode} hold it
 */
public record DatasetFile(String path, Path root, long size, long lastModified, long device, long inode,
        String otherIdentity) {

    private static final String DEV = "(dev=";
    private static final String INO = ",ino=";

    /**
     * A scanned file.
     *
     * @param identity the file system's identity of the file (its {@code fileKey()} as text: device and inode on
     *     POSIX), or empty where it gives none
     */
    public static DatasetFile of(String path, Path root, long size, long lastModified, String identity) {
        int ino = identity.indexOf(INO);
        if (identity.startsWith(DEV) && ino > DEV.length() && identity.endsWith(")")) {
            try {
                long device = Long.parseUnsignedLong(identity, DEV.length(), ino, 16);
                long inode = Long.parseLong(identity, ino + INO.length(), identity.length() - 1, 10);
                if (posixIdentity(device, inode).equals(identity)) { // only what renders back exactly (no zero padding)
                    return new DatasetFile(path, root, size, lastModified, device, inode, null);
                }
            } catch (NumberFormatException e) {
                // not the POSIX form after all: kept as text
            }
        }
        return new DatasetFile(path, root, size, lastModified, 0, 0, identity);
    }

    /** Where to read the file: its path resolved against the root (made when asked, not held per file). */
    public Path file() {
        return root.resolve(path);
    }

    /** The file system's identity of the file as text ({@code (dev=fe01,ino=42)} on POSIX), or empty where none. */
    public String identity() {
        return otherIdentity != null ? otherIdentity : posixIdentity(device, inode);
    }

    /** The path the file has inside a bag: under {@code data/}. */
    public String bagPath() {
        return "data/" + path;
    }

    /** As the JDK's Unix file key spells itself. */
    private static String posixIdentity(long device, long inode) {
        return DEV + Long.toHexString(device) + INO + inode + ")";
    }
}
