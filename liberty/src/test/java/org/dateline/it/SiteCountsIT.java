package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.ArchiveMonth;
import org.dateline.placements.entity.TopicCount;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics index and the archive index read counts that every placement change keeps: a
 * publication, an unpublication and a cross-post going live or down move them in the same
 * transaction, and the pages show it at once.
 */
@ExtendWith(ArquillianExtension.class)
class SiteCountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteCountsIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Placements placements;

    @EJB
    CrossPosts crossPosts;

    @EJB
    org.dateline.articles.boundary.Stories stories;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    private long topic(String office, String name) {
        return placements.topics(office).stream().filter(t -> t.name().equals(name)).mapToLong(TopicCount::stories).findFirst().orElse(0);
    }

    private long month(String office, YearMonth month) {
        return placements.months(office).stream().filter(m -> m.month().equals(month)).mapToLong(ArchiveMonth::stories).findFirst().orElse(0);
    }

    @Test
    void publishingUnpublishingAndCrossPostingMoveTheCountsAndThePagesAtOnce() {
        String topic = Newsroom.unique("Counted topic");
        YearMonth month = YearMonth.of(2019, 3);
        Content content = new Content(Newsroom.unique("Counted"), "San José", LocalDate.of(2019, 3, 14), "Lead.", "<p>Text.</p>", "en",
                List.of(topic, "Labour migration"));
        long labourBefore = topic("san-jose", "Labour migration");
        long monthBefore = month("san-jose", month);

        Story live = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", content);
        assertThat(topic("san-jose", topic)).isEqualTo(1);
        assertThat(topic("san-jose", "Labour migration")).isEqualTo(labourBefore + 1);
        assertThat(month("san-jose", month)).isEqualTo(monthBefore + 1);
        assertThat(site.get("/san-jose/topics/").html()).contains(topic);
        assertThat(site.get("/san-jose/archive/").html()).contains("/san-jose/archive/2019/03");

        CrossPost offered = signedIn.as("eli.editor", () -> crossPosts.offer("san-jose", live.id(), List.of("washington"), null)).get(0);
        CrossPost copy = signedIn.as("rita.regional", () -> crossPosts.approve(offered.id(), offered.version(), null, null));
        assertThat(topic("washington", topic)).as("the copy counts on its site").isEqualTo(1);
        assertThat(site.get("/washington/topics/").html()).contains(topic);
        signedIn.run("will.editor", () -> crossPosts.withdraw(copy.id(), copy.version(), null));
        assertThat(topic("washington", topic)).isZero();
        assertThat(site.get("/washington/topics/").html()).doesNotContain(topic);

        signedIn.run("eli.editor", () -> editorial.unpublish("san-jose", live.id(), reload(live).version(), "Gone"));
        assertThat(topic("san-jose", topic)).isZero();
        assertThat(topic("san-jose", "Labour migration")).isEqualTo(labourBefore);
        assertThat(month("san-jose", month)).isEqualTo(monthBefore);
        assertThat(site.get("/san-jose/topics/").html()).doesNotContain(topic);
    }

    private Story reload(Story story) {
        return signedIn.as("eli.editor", () -> stories.find("san-jose", story.id()));
    }
}
