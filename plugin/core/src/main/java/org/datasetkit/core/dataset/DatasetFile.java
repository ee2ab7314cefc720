package org.datasetkit.core.dataset;

import java.nio.charset.StandardCharsets;
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
        DatasetFile posix = ofPosix(path, root, size, lastModified, identity);
        return posix != null ? posix : ofChecked(path, root, size, lastModified, identity);
    }

    /**
     * The common case read in one pass over the identity's bytes, null if it is not plainly {@code (dev=<hex>,ino=
     * <decimal>)}: the walk does this for every file before the JIT has compiled anything, when a scan of bytes costs
     * a fraction of parsing and rendering strings. It takes only what renders back exactly: lower-case digits, no
     * leading zero, an inode short enough not to overflow.
     */
    private static DatasetFile ofPosix(String path, Path root, long size, long lastModified, String identity) {
        byte[] b = identity.getBytes(StandardCharsets.ISO_8859_1);
        int n = b.length;
        if (n < DEV.length() + INO.length() + 3 || !identity.startsWith(DEV) || b[n - 1] != ')') {
            return null;
        }
        int at = DEV.length();
        long device = 0;
        int start = at;
        for (int d; at < n && at - start < 16 && (d = hexDigit(b[at])) >= 0; at++) {
            device = device << 4 | d;
        }
        if (at == start || b[start] == '0' && at - start > 1 || !identity.startsWith(INO, at)) {
            return null;
        }
        at += INO.length();
        start = at;
        long inode = 0;
        for (; at < n && at - start < 18 && b[at] >= '0' && b[at] <= '9'; at++) {
            inode = inode * 10 + (b[at] - '0');
        }
        if (at == start || b[start] == '0' && at - start > 1 || at != n - 1) {
            return null;
        }
        return new DatasetFile(path, root, size, lastModified, device, inode, null);
    }

    private static int hexDigit(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /** Any identity: the POSIX form parsed where it renders back exactly, anything else kept as text. */
    private static DatasetFile ofChecked(String path, Path root, long size, long lastModified, String identity) {
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
