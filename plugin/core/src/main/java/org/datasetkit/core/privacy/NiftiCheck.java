package org.datasetkit.core.privacy;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * NIfTI-1 and NIfTI-2 volumes ({@code .nii}, {@code .nii.gz}, the {@code .hdr} of a pair): the free-text header
 * fields (descrip, aux_file, intent_name, db_name) and every header extension (DICOM, AFNI, JSON sidecars...), read
 * as text and judged like image metadata. The voxels are not read. A header or extension that does not add up — a
 * size that is not a multiple of 16, an extension past the voxel offset, a file cut short — is a {@link FileDefect}.
 */
final class NiftiCheck implements FileCheck {

    /** Extension content beyond this is not read: identifiers are short, and memory stays bounded. */
    private static final int KEEP_EXTENSION = 1 << 20;
    private static final int MAX_EXTENSIONS = 4096;

    private final MetadataRules rules;

    NiftiCheck(MetadataRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "nifti";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.NIFTI);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        InputStream raw = file.content();
        raw.mark(2);
        boolean gzip = raw.read() == 0x1F && raw.read() == 0x8B;
        raw.reset();
        try {
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            read(file, new BinaryInput(in), policy, findings);
        } catch (ZipException e) {
            throw new FileDefect("its gzip compression is corrupt (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new FileDefect("it ends inside the NIfTI header or its extensions (" + e.getMessage() + "): the file"
                    + " is truncated");
        }
    }

    private void read(CheckedFile file, BinaryInput in, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        byte[] first = new byte[4];
        in.pass(4, null, first);
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        int size = ByteBuffer.wrap(first).order(order).getInt();
        if (size != 348 && size != 540) {
            order = ByteOrder.BIG_ENDIAN;
            size = ByteBuffer.wrap(first).order(order).getInt();
        }
        if (size != 348 && size != 540) {
            throw new FileDefect("its header size (sizeof_hdr) is neither 348 (NIfTI-1) nor 540 (NIfTI-2)");
        }
        byte[] rest = new byte[size - 4];
        in.pass(rest.length, null, rest);
        ByteBuffer h = ByteBuffer.allocate(size).order(order).put(first).put(rest);
        boolean two = size == 540;
        String magic = text(h, two ? 4 : 344, 4);
        if (!(two ? magic.equals("n+2") || magic.equals("ni2") : magic.equals("n+1") || magic.equals("ni1"))) {
            throw new FileDefect("its magic is '" + magic + "', not the NIfTI-" + (two ? "2" : "1") + " magic");
        }
        long voxOffset = two ? h.getLong(168) : (long) h.getFloat(108);
        String path = file.path();
        field(path, "descrip", text(h, two ? 240 : 148, 80), policy, file, findings);
        field(path, "aux_file", text(h, two ? 320 : 228, 24), policy, file, findings);
        field(path, "intent_name", text(h, two ? 508 : 328, 16), policy, file, findings);
        if (!two) {
            field(path, "db_name", text(h, 4, 18), policy, file, findings);
        }
        boolean pair = magic.startsWith("ni");
        int flag = in.read();
        if (flag < 0 && pair) {
            return; // a .hdr may end with its header
        }
        byte[] more = new byte[3];
        in.pass(3, null, more);
        if (flag != 0) {
            extensions(file, in, order, pair ? Long.MAX_VALUE : voxOffset, size + 4, policy, findings);
        }
    }

    private void extensions(CheckedFile file, BinaryInput in, ByteOrder order, long end, long start, PrivacyPolicy policy,
            List<Diagnostic> findings) throws IOException {
        long at = start;
        for (int n = 0; at + 8 <= end; n++) {
            int b0 = in.read();
            if (b0 < 0 && end == Long.MAX_VALUE) {
                return; // the header of a pair ends after its last extension
            }
            if (n == MAX_EXTENSIONS) {
                throw new FileDefect("it has more than " + MAX_EXTENSIONS + " header extensions");
            }
            byte[] head = new byte[8];
            head[0] = (byte) b0;
            byte[] seven = new byte[7];
            in.pass(7, null, seven);
            System.arraycopy(seven, 0, head, 1, 7);
            ByteBuffer b = ByteBuffer.wrap(head).order(order);
            int esize = b.getInt(0);
            int ecode = b.getInt(4);
            if (esize < 16 || esize % 16 != 0 || at + esize > end) {
                throw new FileDefect("its header extension at byte " + at + " declares " + esize + " bytes, which is not"
                        + " a multiple of 16 of at least 16 that ends before the voxels (at byte " + end + ")");
            }
            byte[] data = new byte[Math.min(esize - 8, KEEP_EXTENSION)];
            in.pass(esize - 8, null, data);
            String text = new String(data, StandardCharsets.ISO_8859_1).replaceAll("[\\x00-\\x08\\x0B-\\x1F]", " ");
            field(file.path(), "extension " + (n + 1) + " (code " + ecode + ")", text, policy, file, findings);
            at += esize;
        }
    }

    private void field(String path, String name, String value, PrivacyPolicy policy, CheckedFile file,
            List<Diagnostic> findings) {
        rules.judge(path, "nifti", "NIfTI " + name, name, value, policy, file.shapes()).ifPresent(findings::add);
    }

    private static String text(ByteBuffer h, int at, int length) {
        byte[] b = new byte[length];
        h.get(at, b);
        int end = 0;
        while (end < length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1);
    }
}
