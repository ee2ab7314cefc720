package org.datasetkit.core.copies;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * An image reduced to one grey value per pixel, in the units it was stored in (8 or 16 bit, or DICOM's modality
 * values): the input of the perceptual hash, which normalises the intensities itself.
 *
 * @param width pixels per row
 * @param height rows
 * @param values row-major grey values, {@code width * height} of them
 * @param bits the stored sample depth (1 to 16) when every value is an unsigned integer sample of that depth as the
 *     file holds it; 0 when the values were derived (luminance of colour, signed or inverted DICOM values)
 */
public record GreyImage(int width, int height, float[] values, int bits) {

    public GreyImage {
        if (width <= 0 || height <= 0 || values.length != (long) width * height) {
            throw new IllegalArgumentException("an image of " + width + "x" + height + " needs that many values");
        }
        if (bits < 0 || bits > 16) {
            throw new IllegalArgumentException("stored grey samples have 1 to 16 bits (0: derived values), not " + bits);
        }
    }

    /** Derived values (no stored sample depth). */
    public GreyImage(int width, int height, float[] values) {
        this(width, height, values, 0);
    }

    /** Grey as it is stored (any bit depth); colour as luminance (ITU-R BT.601 weights, alpha ignored). */
    public static GreyImage of(BufferedImage image) {
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int bands = raster.getNumBands();
        float[] out = new float[w * h];
        if (image.getColorModel() instanceof IndexColorModel) {
            int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < rgb.length; i++) {
                int p = rgb[i];
                out[i] = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            }
            return new GreyImage(w, h, out);
        }
        if (bands >= 3) {
            luminance(raster, w, h, out);
            return new GreyImage(w, h, out);
        }
        // grey, or grey and alpha
        int bits = raster.getSampleModel().getSampleSize(0);
        if (!readDirectly(raster, w, h, out)) {
            raster.getSamples(0, 0, w, h, 0, out);
        }
        return new GreyImage(w, h, out, bits);
    }

    /**
     * Band 0 read straight from the 8- or 16-bit array behind the raster, the layout every ImageIO grey decode gives:
     * {@link Raster#getSamples} would instead go through one virtual {@code getSample} call per pixel.
     *
     * @return false for any other layout, left to the general path
     */
    private static boolean readDirectly(Raster raster, int w, int h, float[] out) {
        if (!(raster.getSampleModel() instanceof ComponentSampleModel model) || raster.getMinX() != 0
                || raster.getMinY() != 0 || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0) {
            return false;
        }
        DataBuffer buffer = raster.getDataBuffer();
        int stride = model.getPixelStride();
        int line = model.getScanlineStride();
        int start = buffer.getOffset() + model.getOffset(0, 0, 0);
        if (buffer instanceof DataBufferUShort ushort && ushort.getNumBanks() == 1) {
            short[] data = ushort.getData();
            for (int y = 0; y < h; y++) {
                for (int x = 0, at = start + y * line, i = y * w; x < w; x++, at += stride, i++) {
                    out[i] = data[at] & 0xffff;
                }
            }
            return true;
        }
        if (buffer instanceof DataBufferByte bytes && bytes.getNumBanks() == 1) {
            byte[] data = bytes.getData();
            for (int y = 0; y < h; y++) {
                for (int x = 0, at = start + y * line, i = y * w; x < w; x++, at += stride, i++) {
                    out[i] = data[at] & 0xff;
                }
            }
            return true;
        }
        return false;
    }

    private static void luminance(Raster raster, int w, int h, float[] out) {
        float[] r = new float[w];
        float[] g = new float[w];
        float[] b = new float[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, r);
            raster.getSamples(0, y, w, 1, 1, g);
            raster.getSamples(0, y, w, 1, 2, b);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = 0.299f * r[x] + 0.587f * g[x] + 0.114f * b[x];
            }
        }
    }

    /** The same image with dark and bright swapped (DICOM MONOCHROME1 shows low values bright). */
    public GreyImage inverted() {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = -values[i];
        }
        return new GreyImage(width, height, out);
    }
}
