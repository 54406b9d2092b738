package org.dateline.it;

import com.rometools.rome.io.SyndFeedInput;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Story;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which site a request is for: by host name (an office's settings), else by path; and where each site says it is. */
@ExtendWith(ArquillianExtension.class)
class SiteAddressesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteAddressesIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    OfficeDirectory directory;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }


    @Test
    void anOfficesHostNameServesItsSiteAtTheRoot() {
        String title = Newsroom.unique("Georgetown on its own host");
        Story story = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", title);

        Site.Page home = site.getFromHost("georgetown.dateline.localhost", "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html()).contains(title).contains("href=\"/stories/" + story.id() + "-");
        Site.Page page = site.getFromHost("georgetown.dateline.localhost:" + request.getLocalPort(), "/stories/" + story.id());
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).startsWith("/stories/" + story.id() + "-georgetown-on-its-own-host");

        // the host name chose the site, but the site's absolute addresses are its configured ones
        Site.Page canonical = site.getFromHost("georgetown.dateline.localhost", page.header("Location"));
        String address = "http://localhost:" + request.getLocalPort() + "/georgetown" + page.header("Location");
        assertThat(canonical.html()).contains("<link rel=\"canonical\" href=\"" + address + "\"")
                .contains("<meta property=\"og:url\" content=\"" + address + "\"")
                .contains("<meta property=\"og:title\" content=\"" + title + "\"")
                .contains("<meta name=\"twitter:card\" content=\"summary\"")
                .contains("href=\"/feed.rss\"")
                .doesNotContain("georgetown.dateline.localhost");
    }

    /** An office's own site address (office.site_address), as an admin would set it in the database. */
    private void siteAddress(String office, String address) {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE office SET site_address = ? WHERE slug = ?")) {
            update.setString(1, address);
            update.setString(2, office);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        directory.reload();
    }

    @Test
    void anOfficesOwnSiteAddressIsTheBaseOfItsAbsoluteUrlsEscapedWhereItIsXml() throws Exception {
        String own = "https://washington.example.org/news&views/";
        siteAddress("washington", own);
        try {
            // office settings show once the site changes, as a publication changes it
            String title = Newsroom.unique("At its own address");
            Story story = Newsroom.published(editorial, signedIn, "washington", "will.editor", "will.editor", title);
            String path = site.getFromHost("localhost:" + request.getLocalPort(), "/washington/stories/" + story.id()).header("Location").substring("/washington/".length());

            assertThat(site.get("/washington/" + path).html())
                    .contains("<link rel=\"canonical\" href=\"https://washington.example.org/news&amp;views/" + path + "\"");
            assertThat(site.get("/washington/robots.txt").html()).endsWith("Sitemap: " + own + "sitemap.xml\n");
            assertThat(new SyndFeedInput().build(new StringReader(site.get("/washington/feed.atom").html())).getEntries().get(0).getLink())
                    .isEqualTo(own + path);
            String sitemap = site.get("/washington/sitemap-1.xml").html();
            assertThat(sitemap).contains("<loc>https://washington.example.org/news&amp;views/</loc>");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList locs = factory.newDocumentBuilder().parse(new InputSource(new StringReader(sitemap)))
                    .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
            assertThat(locs.item(0).getTextContent()).isEqualTo(own);
            assertThat(locs.item(1).getTextContent()).isEqualTo(own + path);
            assertThat(site.get("/washington/sitemap.xml").html()).contains("<loc>https://washington.example.org/news&amp;views/sitemap-1.xml</loc>");
            JsonObject api = Json.createReader(new StringReader(site.get("/api/v1/washington/stories/" + story.id()).html())).readObject();
            assertThat(api.getString("url")).isEqualTo(own + path);
            // the other offices keep the network's address
            assertThat(site.get("/georgetown/robots.txt").html()).endsWith("Sitemap: http://localhost:" + request.getLocalPort() + "/georgetown/sitemap.xml\n");
        } finally {
            siteAddress("washington", null);
            Newsroom.published(editorial, signedIn, "washington", "will.editor", "will.editor", Newsroom.unique("Back at the network's address"));
        }
        assertThat(site.get("/washington/robots.txt").html()).endsWith("Sitemap: http://localhost:" + request.getLocalPort() + "/washington/sitemap.xml\n");
    }

    @Test
    void anotherOfficesStoryIsNotFoundOnAnOfficesHost() {
        String title = Newsroom.unique("San José only, by host");
        Story story = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", title);
        assertThat(site.getFromHost("sanjose.dateline.localhost", "/").html()).contains(title);
        assertThat(site.getFromHost("washington.dateline.localhost", "/").html()).doesNotContain(title).contains("<span class=\"brand-name\">Dateline Washington</span>");
        Site.Page crafted = site.getFromHost("georgetown.dateline.localhost", "/stories/" + story.id());
        assertThat(crafted.status()).isEqualTo(404);
        assertThat(crafted.html()).doesNotContain(title);
        assertThat(site.getFromHost("georgetown.dateline.localhost", "/").html()).doesNotContain(title);
    }

    @Test
    void anyOtherHostNameUsesThePathAndTheFrontPageListsTheOffices() {
        Site.Page front = site.getFromHost("localhost", "/");
        assertThat(front.html()).contains("href=\"/san-jose/\"").contains("href=\"/georgetown/\"").contains("href=\"/washington/\"");
        Site.Page redirect = site.getFromHost("localhost", "/georgetown");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("/georgetown/");
        assertThat(site.getFromHost("localhost", "/no-such-office/").status()).isEqualTo(404);
        assertThat(site.getFromHost("localhost", "/georgetown/no-such-page").status()).isEqualTo(404);
    }
}
