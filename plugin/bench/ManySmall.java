import java.io.IOException;
import java.nio.file.*;
import java.util.SplittableRandom;
/**
 * N files of 2-6 KiB random bytes (4 KiB mean) in 1,000-file folders: java ManySmall.java OUT N [seed]. Each starts
 * with "DKB" so that no file begins like an image or a table by chance (one in a million random files starts like a
 * JPEG, and the privacy gate rightly reads it as one and fails).
 */
public class ManySmall {
    public static void main(String[] a) throws IOException {
        Path out = Path.of(a[0]); int n = Integer.parseInt(a[1]);
        SplittableRandom r = new SplittableRandom(a.length > 2 ? Long.parseLong(a[2]) : 20261130L);
        byte[] buf = new byte[6144];
        for (int i = 0; i < n; i++) {
            Path dir = out.resolve(String.format("p%04d", i / 1000));
            if (i % 1000 == 0) Files.createDirectories(dir);
            int size = 2048 + r.nextInt(4097);
            for (int j = 0; j < size; j += 8) { long v = r.nextLong(); for (int k = 0; k < 8 && j + k < size; k++) buf[j + k] = (byte) (v >>> (8 * k)); }
            buf[0] = 'D';
            buf[1] = 'K';
            buf[2] = 'B';
            Files.write(dir.resolve(String.format("f%07d.bin", i)), java.util.Arrays.copyOf(buf, size));
        }
    }
}
