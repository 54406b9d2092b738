package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Story;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.Image;
import org.dateline.media.entity.ImageNotFound;
import org.dateline.media.entity.InvalidImage;
import org.dateline.media.entity.Rendition;
import org.dateline.media.entity.Size;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import javax.sql.DataSource;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hero images: uploaded by an office's staff, rendered at a few widths, shown on the story page and in the API. */
@ExtendWith(ArquillianExtension.class)
class HeroImagesIT {

    static final String SAN_JOSE = "san-jose";
    /**
     * HTTP/1.1: a plain-text HTTP/2 upgrade (which browsers never ask for) makes Liberty answer the
     * upgraded request's error page with status 200.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(HeroImagesIT.class);
    }

    @EJB
    Images images;

    @EJB
    Editorial editorial;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    /** A photograph-like picture made here: a gradient sky over a field, with a sun. */
    static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70, 130, 200), 0, height * 0.6f, new Color(200, 225, 250)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 140, 70));
        g.fillRect(0, (int) (height * 0.6), width, height);
        g.setColor(new Color(250, 200, 60));
        g.fillOval(width / 8, height / 8, height / 4, height / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private Image upload(String office, String user, int width, int height) {
        return signedIn.as(user, () -> images.upload(office, picture(width, height, "jpeg"),
                "A field under a clear sky", "Photo: Dateline staff"));
    }

    private Story publishedWithImage(String office, String author, String editor, String title, long imageId) {
        Story draft = signedIn.as(author, () -> editorial.create(office, Newsroom.story(title).withHeroImage(imageId)));
        Story submitted = signedIn.as(author, () -> editorial.submitForReview(office, draft.id(), draft.version()));
        return signedIn.as(editor, () -> editorial.publish(office, draft.id(), submitted.version()));
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + request.getLocalPort() + path)).GET();
            if (headers.length > 0) {
                builder.headers(headers);
            }
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(Site.Page page) {
        assertThat(page.header("Content-Type")).startsWith("application/json");
        return jakarta.json.Json.createReader(new java.io.StringReader(page.html())).readObject();
    }

    private long count(String table) {
        try (Connection c = database.getConnection(); ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUploadKeepsRenditionsAtTheStandardWidthsServedForeverUnderTheirDigest() throws IOException {
        Image image = upload(SAN_JOSE, "ana.author", 2400, 1200);

        assertThat(image.width()).isEqualTo(2400);
        assertThat(image.sizes()).extracting(Size::width).containsExactly(480, 960, 1600);
        assertThat(image.sizes()).extracting(Size::height).containsExactly(240, 480, 800);
        List<Rendition> stored = signedIn.as("eli.editor", () -> images.renditions(SAN_JOSE, image.id()));
        assertThat(stored).extracting(Rendition::width).containsExactly(480, 960, 1600);

        for (Rendition rendition : stored) {
            String path = "/san-jose/images/" + image.id() + "/" + rendition.width() + "/" + rendition.file();
            HttpResponse<byte[]> served = fetch(path);
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).get().isEqualTo("image/jpeg");
            assertThat(served.headers().firstValue("Cache-Control")).get().isEqualTo("public, max-age=31536000, immutable");
            assertThat(served.headers().firstValue("ETag")).get().isEqualTo("\"" + rendition.digest() + "\"");
            assertThat(served.headers().firstValue("Set-Cookie")).isEmpty();
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(served.body()));
            assertThat(read.getWidth()).isEqualTo(rendition.width());
            assertThat(read.getHeight()).isEqualTo(rendition.height());

            assertThat(fetch(path, "If-None-Match", "\"" + rendition.digest() + "\"").statusCode()).isEqualTo(304);
        }
        Rendition first = stored.get(0);
        assertThat(fetch("/san-jose/images/" + image.id() + "/480/" + "0".repeat(20) + ".jpg").statusCode())
                .as("another digest is not this rendition").isEqualTo(404);
        assertThat(fetch("/san-jose/images/" + image.id() + "/481/" + first.file()).statusCode()).isEqualTo(404);
    }

    @Test
    void aSmallImageIsNeverUpscaled() {
        Image image = upload(SAN_JOSE, "eli.editor", 700, 350);
        assertThat(image.sizes()).extracting(Size::width).containsExactly(480, 700);
        assertThat(image.sizes()).extracting(Size::height).containsExactly(240, 350);
    }

    @Test
    void theStoryPageShowsTheImageWithSrcsetAltCreditAndSocialCards() {
        Image image = upload(SAN_JOSE, "ana.author", 2000, 1000);
        String title = Newsroom.unique("Harvest under a clear sky");
        Story story = publishedWithImage(SAN_JOSE, "ana.author", "eli.editor", title, image.id());
        List<Size> sizes = image.sizes();
        String root = "/san-jose/images/" + image.id() + "/";

        Site.Page page = site.get("/san-jose/stories/" + story.id());
        assertThat(page.status()).isEqualTo(200);
        String absolute = "http://localhost:" + request.getLocalPort() + root + "1600/" + sizes.get(2).file();
        assertThat(page.html())
                .contains("<img src=\"" + root + "960/" + sizes.get(1).file() + "\" srcset=\""
                        + root + "480/" + sizes.get(0).file() + " 480w, "
                        + root + "960/" + sizes.get(1).file() + " 960w, "
                        + root + "1600/" + sizes.get(2).file() + " 1600w\"")
                .contains("width=\"1600\" height=\"800\" alt=\"A field under a clear sky\"")
                .contains("sizes=\"")
                .contains("<figcaption>Photo: Dateline staff</figcaption>")
                .contains("<meta property=\"og:image\" content=\"" + absolute + "\"")
                .contains("<meta property=\"og:image:alt\" content=\"A field under a clear sky\"")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\"")
                .contains("<meta name=\"twitter:image\" content=\"" + absolute + "\"");

        JsonObject api = json(site.get("/api/v1/san-jose/stories/" + story.id()));
        JsonObject shown = api.getJsonObject("image");
        assertThat(shown.getString("alt")).isEqualTo("A field under a clear sky");
        assertThat(shown.getString("credit")).isEqualTo("Photo: Dateline staff");
        JsonArray renditions = shown.getJsonArray("renditions");
        assertThat(renditions).hasSize(3);
        assertThat(renditions.getJsonObject(0).getInt("width")).isEqualTo(480);
        assertThat(renditions.getJsonObject(2).getString("url")).isEqualTo(absolute);
        assertThat(fetch(URI.create(renditions.getJsonObject(0).getString("url")).getPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void aStoryWithoutAnImageKeepsTheSummaryCard() {
        Story story = Newsroom.published(editorial, signedIn, SAN_JOSE, "ana.author", "eli.editor", Newsroom.unique("No picture"));
        Site.Page page = site.get("/san-jose/stories/" + story.id());
        assertThat(page.html()).contains("<meta name=\"twitter:card\" content=\"summary\"").doesNotContain("og:image")
                .doesNotContain("<figure");
        assertThat(json(site.get("/api/v1/san-jose/stories/" + story.id())).containsKey("image")).isFalse();
    }

    @Test
    void anotherOfficeCanNeitherAttachNorReadNorServeTheImage() {
        Image image = upload(SAN_JOSE, "ana.author", 1000, 500);
        Size small = image.sizes().get(0);

        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> editorial.create("georgetown",
                Newsroom.story(Newsroom.unique("Borrowed picture")).withHeroImage(image.id()))))
                .isInstanceOf(InvalidStory.class)
                .hasMessage("There is no image " + image.id() + " in office 'georgetown' to show at the top of the story.");
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> images.find("georgetown", image.id())))
                .isInstanceOf(ImageNotFound.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> images.find(SAN_JOSE, image.id())))
                .isInstanceOf(NotAllowed.class);

        assertThat(images.served("georgetown", image.id(), 480, small.file())).as("served by georgetown").isEmpty();
        String below = "images/" + image.id() + "/480/" + small.file();
        assertThat(fetch("/san-jose/" + below).statusCode()).isEqualTo(200);
        assertThat(fetch("/georgetown/" + below).statusCode()).isEqualTo(404);
        assertThat(site.getFromHost("georgetown.dateline.localhost", "/" + below).status()).isEqualTo(404);
        assertThat(site.getFromHost("sanjose.dateline.localhost", "/" + below).status()).isEqualTo(200);
    }

    @Test
    void anInvalidUploadIsRefusedClearlyAndStoresNothing() {
        long imagesBefore = count("image");
        long renditionsBefore = count("rendition");

        assertThatThrownBy(() -> signedIn.run("ana.author", () -> images.upload(SAN_JOSE,
                "%PDF-1.4 annual report".getBytes(StandardCharsets.US_ASCII), "Annual report", null)))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("The file is not a JPEG, PNG or WebP image (it is a PDF document).");
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> images.upload(SAN_JOSE, picture(800, 400, "png"), "  ", null)))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("Describe the image in its alt text: readers who cannot see it need it.");
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> images.upload(SAN_JOSE,
                java.util.Arrays.copyOf(picture(800, 400, "jpeg"), 100), "Cut short", null)))
                .isInstanceOf(InvalidImage.class).hasMessageContaining("cannot be read as one");
        assertThatThrownBy(() -> signedIn.run("nora.nobody", () -> images.upload(SAN_JOSE, picture(800, 400, "png"), "A field", null)))
                .isInstanceOf(NotAllowed.class);

        assertThat(count("image")).isEqualTo(imagesBefore);
        assertThat(count("rendition")).isEqualTo(renditionsBefore);
    }

    @Test
    void aPngIsAcceptedAndBecomesJpegWhenOpaque() {
        Image image = signedIn.as("ana.author", () -> images.upload(SAN_JOSE, picture(1200, 600, "png"), "A field", null));
        assertThat(image.originalType()).isEqualTo("image/png");
        assertThat(image.credit()).isNull();
        assertThat(image.sizes()).extracting(Size::file).allSatisfy(file -> assertThat(file).endsWith(".jpg"));
    }
}
