package org.datasetkit.core.bag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zips byte by byte, with whatever their directory claims: sizes that understate what an entry inflates to,
 * several directory entries sharing one local entry's data (overlapping entries). What a hostile archive holds.
 */
public final class RawZip {

    /** One local entry: name, method (0 stored, 8 deflated), its raw data, the true size and CRC. */
    record Local(String name, int method, byte[] data, long size, long crc) {}

    /** One directory entry pointing at a local entry, declaring a size of its own. */
    record Central(String name, int localIndex, long declaredSize) {}

    private final List<Local> locals = new ArrayList<>();
    private final List<Central> centrals = new ArrayList<>();

    /** A stored file, listed honestly. */
    public RawZip stored(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        locals.add(new Local(name, 0, content, content.length, crc.getValue()));
        centrals.add(new Central(name, locals.size() - 1, content.length));
        return this;
    }

    public RawZip stored(String name, String content) {
        return stored(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A deflated local entry of {@code content}, not yet listed; returns its index. */
    public int deflated(String name, byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);
        locals.add(new Local(name, 8, out.toByteArray(), content.length, crc.getValue()));
        return locals.size() - 1;
    }

    /** A deflated local entry of {@code size} zero bytes (about 1000:1), made without holding them; returns its index. */
    public int deflatedZeros(String name, long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        CRC32 crc = new CRC32();
        for (long left = size; left > 0; left -= zeros.length) {
            int n = (int) Math.min(zeros.length, left);
            crc.update(zeros, 0, n);
            deflater.setInput(zeros, 0, n);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        locals.add(new Local(name, 8, out.toByteArray(), size, crc.getValue()));
        return locals.size() - 1;
    }

    /** Lists a local entry under a name with any declared size. */
    public RawZip list(String name, int localIndex, long declaredSize) {
        centrals.add(new Central(name, localIndex, declaredSize));
        return this;
    }

    public void write(Path zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[locals.size()];
        for (int i = 0; i < locals.size(); i++) {
            Local l = locals.get(i);
            offsets[i] = out.size();
            byte[] name = l.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(30 + name.length);
            h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) l.method()).putInt(0)
                    .putInt((int) l.crc()).putInt(l.data().length).putInt((int) l.size()).putShort((short) name.length)
                    .putShort((short) 0).put(name);
            out.write(h.array());
            out.write(l.data());
        }
        long directoryStart = out.size();
        for (Central c : centrals) {
            Local l = locals.get(c.localIndex());
            byte[] name = c.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(46 + name.length);
            h.putInt(0x02014b50).putShort((short) 0x0314).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) l.method()).putInt(0).putInt((int) l.crc()).putInt(l.data().length)
                    .putInt((int) c.declaredSize()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0100644 << 16).putInt((int) offsets[c.localIndex()]).put(name);
            out.write(h.array());
        }
        long directorySize = out.size() - directoryStart;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) centrals.size())
                .putShort((short) centrals.size()).putInt((int) directorySize).putInt((int) directoryStart).putShort((short) 0);
        out.write(end.array());
        Files.write(zip, out.toByteArray());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
