package org.dateline.media.control;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenditionsTest {

    @Test
    void aWideImageGetsEveryStandardWidth() {
        assertThat(Renditions.widthsFor(4000)).containsExactly(480, 960, 1600);
        assertThat(Renditions.widthsFor(1601)).containsExactly(480, 960, 1600);
        assertThat(Renditions.widthsFor(1600)).containsExactly(480, 960, 1600);
    }

    @Test
    void noRenditionIsWiderThanTheOriginal() {
        assertThat(Renditions.widthsFor(1200)).containsExactly(480, 960, 1200);
        assertThat(Renditions.widthsFor(960)).containsExactly(480, 960);
        assertThat(Renditions.widthsFor(700)).containsExactly(480, 700);
        assertThat(Renditions.widthsFor(480)).containsExactly(480);
        assertThat(Renditions.widthsFor(300)).containsExactly(300);
        assertThat(Renditions.widthsFor(1)).containsExactly(1);
    }

    @Test
    void heightsKeepTheAspectRatio() {
        assertThat(Renditions.heightAt(480, 1920, 1080)).isEqualTo(270);
        assertThat(Renditions.heightAt(960, 3000, 2000)).isEqualTo(640);
        assertThat(Renditions.heightAt(480, 4000, 3)).isEqualTo(1);
    }

    @Test
    void anOpaqueImageBecomesJpegsOfTheRightSizes() throws IOException {
        List<Renditions.Rendered> renditions = Renditions.of(picture(2000, 1000, false));

        assertThat(renditions).extracting(Renditions.Rendered::width).containsExactly(480, 960, 1600);
        assertThat(renditions).extracting(Renditions.Rendered::height).containsExactly(240, 480, 800);
        for (Renditions.Rendered r : renditions) {
            assertThat(r.mediaType()).isEqualTo("image/jpeg");
            assertThat(r.file()).matches("[0-9a-f]{20}\\.jpg").startsWith(r.digest().substring(0, 20));
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertThat(read.getWidth()).isEqualTo(r.width());
            assertThat(read.getHeight()).isEqualTo(r.height());
        }
    }

    @Test
    void scalingKeepsTheColoursOfThePicture() throws IOException {
        Renditions.Rendered small = Renditions.of(picture(1920, 960, false)).get(0);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(small.bytes()));
        // The left half is red, the right half blue; scaled well, their middles stay so.
        Color left = new Color(read.getRGB(read.getWidth() / 4, read.getHeight() / 2));
        Color right = new Color(read.getRGB(3 * read.getWidth() / 4, read.getHeight() / 2));
        assertThat(left.getRed()).isGreaterThan(220);
        assertThat(left.getBlue()).isLessThan(40);
        assertThat(right.getBlue()).isGreaterThan(220);
        assertThat(right.getRed()).isLessThan(40);
    }

    @Test
    void aTransparentImageStaysPngWithItsTransparency() throws IOException {
        List<Renditions.Rendered> renditions = Renditions.of(picture(600, 300, true));

        assertThat(renditions).extracting(Renditions.Rendered::width).containsExactly(480, 600);
        assertThat(renditions).allSatisfy(r -> assertThat(r.mediaType()).isEqualTo("image/png"));
        assertThat(renditions.get(0).file()).endsWith(".png");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(renditions.get(0).bytes()));
        assertThat(read.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(read.getRGB(2, 2), true).getAlpha()).isZero();
    }

    @Test
    void theSameImageGivesTheSameDigestAndAnotherAnother() {
        String one = Renditions.of(picture(800, 400, false)).get(0).digest();
        String again = Renditions.of(picture(800, 400, false)).get(0).digest();
        String other = Renditions.of(picture(800, 401, false)).get(0).digest();
        assertThat(one).isEqualTo(again).hasSize(64).isNotEqualTo(other);
    }

    @Test
    void anImageHasAtLeastOnePixel() {
        assertThatThrownBy(() -> Renditions.widthsFor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Left half red, right half blue; with a transparent top-left corner when asked. */
    static BufferedImage picture(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        if (transparent) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, 0, width / 4, height / 4);
        }
        g.dispose();
        return image;
    }
}
