package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.placements.boundary.Placements;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing of one office is visible to, or changeable from, another, by any boundary or page. */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(TenantIsolationIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    Placements placements;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;
    String title;
    Story sanJoseDraft;
    Story sanJoseLive;

    @BeforeEach
    void twoSanJoseStories() {
        signedIn = new SignedIn(request);
        site = new Site(request);
        title = Newsroom.unique("San José only");
        sanJoseDraft = signedIn.as("ana.author", () -> editorial.create("san-jose", Newsroom.story(Newsroom.unique("San José draft"))));
        sanJoseLive = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", title);
    }

    @Test
    void anotherOfficesStoryCannotBeFoundById() {
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> stories.find("georgetown", sanJoseDraft.id())))
                .isInstanceOf(StoryNotFound.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> stories.working("georgetown", sanJoseLive.id())))
                .isInstanceOf(StoryNotFound.class);
        assertThat(signedIn.as("grace.editor", () -> audit.ofStory("georgetown", sanJoseLive.id()))).isEmpty();
    }

    @Test
    void anotherOfficesDraftCannotBeReadThroughItsOwnOffice() {
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> stories.find("san-jose", sanJoseDraft.id())))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> stories.recent("san-jose", 10)))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void anotherOfficesStoryCannotBeChangedEitherWay() {
        assertThatThrownBy(() -> signedIn.run("grace.editor",
                () -> editorial.unpublish("georgetown", sanJoseLive.id(), sanJoseLive.version(), "crafted")))
                .isInstanceOf(StoryNotFound.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor",
                () -> editorial.unpublish("san-jose", sanJoseLive.id(), sanJoseLive.version(), "crafted")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor",
                () -> editorial.revise("georgetown", sanJoseDraft.id(), sanJoseDraft.version(), Newsroom.story("Hijacked"))))
                .isInstanceOf(StoryNotFound.class);
        assertThat(placements.live("san-jose", sanJoseLive.id())).isPresent();
        assertThat(signedIn.as("eli.editor", () -> stories.working("san-jose", sanJoseDraft.id())).title()).doesNotContain("Hijacked");
    }

    @Test
    void listsShowOnlyTheOfficesOwnStories() {
        assertThat(signedIn.as("grace.editor", () -> stories.recent("georgetown", 1000)))
                .extracting(Story::id).doesNotContain(sanJoseDraft.id(), sanJoseLive.id());
        assertThat(placements.latest("georgetown", 1000)).extracting(p -> p.storyId()).doesNotContain(sanJoseLive.id());
        assertThat(placements.live("georgetown", sanJoseLive.id())).isEmpty();
    }

    @Test
    void anotherOfficesReaderSiteDoesNotShowTheStory() {
        Site.Page sanJoseHome = site.get("/san-jose/");
        assertThat(sanJoseHome.html()).contains(title);
        assertThat(sanJoseHome.setCookie()).as("reader pages need no session").isNull();
        assertThat(site.get("/san-jose/stories/" + sanJoseLive.id()).html()).contains(title);
        Site.Page georgetownHome = site.get("/georgetown/");
        assertThat(georgetownHome.status()).isEqualTo(200);
        assertThat(georgetownHome.html()).doesNotContain(title);
        Site.Page crafted = site.get("/georgetown/stories/" + sanJoseLive.id());
        assertThat(crafted.status()).isEqualTo(404);
        assertThat(crafted.html()).doesNotContain(title).contains("Page not found");
    }
}
