package org.datasetkit.core.copies;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * An image reduced to one grey value per pixel, in the units it was stored in (8 or 16 bit, or DICOM's modality
 * values): the input of the perceptual hash, which normalises the intensities itself.
 *
 * @param width pixels per row
 * @param height rows
 * @param values row-major grey values, {@code width * height} of them
 */
public record GreyImage(int width, int height, float[] values) {

    public GreyImage {
        if (width <= 0 || height <= 0 || values.length != (long) width * height) {
            throw new IllegalArgumentException("an image of " + width + "x" + height + " needs that many values");
        }
    }

    /** Grey as it is stored (any bit depth); colour as luminance (ITU-R BT.601 weights, alpha ignored). */
    public static GreyImage of(BufferedImage image) {
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int bands = raster.getNumBands();
        float[] out = new float[w * h];
        if (image.getColorModel() instanceof java.awt.image.IndexColorModel) {
            int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < rgb.length; i++) {
                int p = rgb[i];
                out[i] = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            }
        } else if (bands < 3) { // grey, or grey and alpha
            float[] row = new float[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                System.arraycopy(row, 0, out, y * w, w);
            }
        } else {
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
        return new GreyImage(w, h, out);
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
