package org.dateline.importing.control;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A picture drawn here for the demo's hero image (the demo ships no photographs): a coast at dusk,
 * hills over the sea and a sun, as a PNG of the given size.
 */
public final class DemoPicture {

    private DemoPicture() {
    }

    public static byte[] coastAtDusk(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float horizon = height * 0.62f;
            g.setPaint(new GradientPaint(0, 0, new Color(36, 59, 110), 0, horizon, new Color(246, 164, 98)));
            g.fillRect(0, 0, width, (int) horizon + 1);
            g.setColor(new Color(255, 222, 140));
            int sun = height / 5;
            g.fillOval((int) (width * 0.62), (int) (horizon - sun * 0.7), sun, sun);
            g.setPaint(new GradientPaint(0, horizon, new Color(40, 92, 128), 0, height, new Color(12, 34, 58)));
            g.fillRect(0, (int) horizon, width, height);
            g.setColor(new Color(255, 210, 150, 90));
            g.setStroke(new BasicStroke(Math.max(2f, height / 200f)));
            for (int i = 1; i <= 6; i++) {
                float y = horizon + i * (height - horizon) / 8f;
                float half = sun * (1.2f - i * 0.12f);
                g.drawLine((int) (width * 0.62 + sun / 2.0 - half), (int) y, (int) (width * 0.62 + sun / 2.0 + half), (int) y);
            }
            hills(g, width, horizon, height * 0.22f, new Color(47, 62, 70), 0.0);
            hills(g, width, horizon, height * 0.12f, new Color(28, 40, 46), 1.7);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void hills(Graphics2D g, int width, float horizon, float rise, Color color, double phase) {
        Path2D.Float ridge = new Path2D.Float();
        ridge.moveTo(0, horizon);
        for (int x = 0; x <= width * 0.45; x += 4) {
            double t = x / (width * 0.45);
            ridge.lineTo(x, horizon - rise * Math.sin(Math.PI * t) * (0.8 + 0.2 * Math.sin(6 * t + phase)));
        }
        ridge.lineTo(width * 0.45f, horizon);
        ridge.closePath();
        g.setColor(color);
        g.fill(ridge);
    }
}
