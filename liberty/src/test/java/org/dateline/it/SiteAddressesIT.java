package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Story;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Which site a request is for: by host name (an office's settings), else by path. */
@ExtendWith(ArquillianExtension.class)
class SiteAddressesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteAddressesIT.class);
    }

    @EJB
    Editorial editorial;

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
