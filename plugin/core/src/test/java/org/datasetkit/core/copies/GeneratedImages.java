package org.datasetkit.core.copies;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Distinct 16-bit grey test images (6 to 12 random elongated bright blobs on a noisy dark field, like a scan) and the usual ways to copy one. */
final class GeneratedImages {

    private GeneratedImages() {}

    static BufferedImage scan(long seed, int size) {
        Random r = new Random(seed);
        int blobs = 6 + r.nextInt(7);
        double[][] b = new double[blobs][5];
        for (double[] blob : b) {
            blob[0] = r.nextDouble() * size;
            blob[1] = r.nextDouble() * size;
            blob[2] = size * (0.04 + 0.16 * r.nextDouble());
            blob[3] = 0.2 + 0.6 * r.nextDouble();
            blob[4] = size * (0.04 + 0.16 * r.nextDouble()); // elongated: another spread across
        }
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double v = 0.05 + 0.02 * r.nextGaussian();
                for (double[] blob : b) {
                    double dx = x - blob[0];
                    double dy = y - blob[1];
                    v += blob[3] * Math.exp(-dx * dx / (2 * blob[2] * blob[2]) - dy * dy / (2 * blob[4] * blob[4]));
                }
                img.getRaster().setSample(x, y, 0, (int) Math.max(0, Math.min(65535, v * 40000)));
            }
        }
        return img;
    }

    static BufferedImage eightBit(BufferedImage sixteen) {
        BufferedImage out = new BufferedImage(sixteen.getWidth(), sixteen.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < sixteen.getHeight(); y++) {
            for (int x = 0; x < sixteen.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, sixteen.getRaster().getSample(x, y, 0) >> 8);
            }
        }
        return out;
    }

    /**
     * An automatic display window, as viewers export one: the 2nd to the 98th percentile of the values stretched to
     * 8 bits, everything outside clipped.
     */
    static BufferedImage windowed(BufferedImage sixteen) {
        int w = sixteen.getWidth();
        int h = sixteen.getHeight();
        int[] values = sixteen.getRaster().getSamples(0, 0, w, h, 0, new int[w * h]);
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double low = sorted[(int) (sorted.length * 0.02)];
        double high = sorted[(int) (sorted.length * 0.98)];
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < values.length; i++) {
            double v = (values[i] - low) / (high - low) * 255;
            out.getRaster().setSample(i % w, i / w, 0, (int) Math.round(Math.max(0, Math.min(255, v))));
        }
        return out;
    }

    static BufferedImage halfSize(BufferedImage image) {
        BufferedImage eight = eightBit(image);
        BufferedImage out = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(eight, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(eightBit(image), null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static BufferedImage jpegCopy(BufferedImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg(image, 0.75f)));
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
