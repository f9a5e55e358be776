package org.ltcare.web.publicform;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws digits as strokes of a seven-segment display — no font needed, so it works on a server without any — each
 * turned, shifted and sized a little at random, over crossing lines: easy for a person, not plain text for a bot.
 */
final class DigitPicture {

    private static final int WIDTH = 180;
    private static final int HEIGHT = 60;
    /** Segments a–g of each digit (a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle). */
    private static final String[] SEGMENTS = {"abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc",
            "abcdefg", "abcdfg"};

    private DigitPicture() {
    }

    static byte[] png(String digits, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 247, 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(150 + random.nextInt(80), 150 + random.nextInt(80), 150 + random.nextInt(80)));
                g.setStroke(new BasicStroke(1 + random.nextInt(2)));
                g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
            int cell = WIDTH / (digits.length() + 1);
            for (int i = 0; i < digits.length(); i++) {
                AffineTransform saved = g.getTransform();
                g.translate(cell * (i + 0.5) + random.nextInt(8), 10 + random.nextInt(10));
                g.rotate(Math.toRadians(random.nextInt(25) - 12));
                g.setColor(new Color(20 + random.nextInt(60), 40 + random.nextInt(60), 90 + random.nextInt(80)));
                g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                drawDigit(g, digits.charAt(i) - '0', 12 + random.nextInt(4), 11 + random.nextInt(4));
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void drawDigit(Graphics2D g, int digit, int w, int h) {
        for (char segment : SEGMENTS[digit].toCharArray()) {
            switch (segment) {
                case 'a' -> g.drawLine(0, 0, w, 0);
                case 'b' -> g.drawLine(w, 0, w, h);
                case 'c' -> g.drawLine(w, h, w, 2 * h);
                case 'd' -> g.drawLine(0, 2 * h, w, 2 * h);
                case 'e' -> g.drawLine(0, h, 0, 2 * h);
                case 'f' -> g.drawLine(0, 0, 0, h);
                default -> g.drawLine(0, h, w, h);
            }
        }
    }
}
