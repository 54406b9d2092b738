package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.IllegalTransition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A story and its translation (EN/ES) in one office, and the language switch on their pages. */
@ExtendWith(ArquillianExtension.class)
class TranslationsIT {

    static final String SAN_JOSE = "san-jose";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(TranslationsIT.class, HeroImagesIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    static Content spanish(String title) {
        return new Content(title, "San José", null, "Una entradilla de " + title + ".", "<p>Primer párrafo de " + title + ".</p>",
                "es", List.of("Migración laboral"));
    }

    private Story draft(String office, String author, Content content) {
        return signedIn.as(author, () -> editorial.create(office, content));
    }

    private Story publish(Story draft) {
        Story submitted = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, draft.id(), draft.version()));
        return signedIn.as("eli.editor", () -> editorial.publish(SAN_JOSE, draft.id(), submitted.version()));
    }

    private Story reload(Story story) {
        return signedIn.as("eli.editor", () -> stories.find(SAN_JOSE, story.id()));
    }

    private Site.Page page(Story story) {
        Site.Page page = site.get("/san-jose/stories/" + story.id());
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    @Test
    void bothPagesShowTheLanguageSwitchOnceBothAreLiveAndNotBefore() {
        Story english = Newsroom.published(editorial, signedIn, SAN_JOSE, "ana.author", "eli.editor", Newsroom.unique("Workers return home"));
        Story spanishDraft = draft(SAN_JOSE, "ana.author", spanish(Newsroom.unique("Trabajadores regresan a casa")));

        Story linked = signedIn.as("ana.author", () -> editorial.linkTranslation(SAN_JOSE, spanishDraft.id(), spanishDraft.version(), english.id()));
        assertThat(linked.translationId()).isEqualTo(english.id());
        assertThat(reload(english).translationId()).isEqualTo(spanishDraft.id());
        assertThat(page(english).html()).doesNotContain("Leer en español").doesNotContain("hreflang");

        Story spanish = publish(reload(spanishDraft));

        String englishPage = page(english).html();
        String spanishPath = "/san-jose/stories/" + spanish.id() + "-trabajadores-regresan-a-casa";
        assertThat(englishPage)
                .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"")
                .contains("<a href=\"" + spanishPath)
                .contains("hreflang=\"es\" lang=\"es\">Leer en español</a>")
                .contains("<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost:" + request.getLocalPort() + spanishPath)
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:" + request.getLocalPort()
                        + "/san-jose/stories/" + english.id() + "-workers-return-home");
        String spanishPage = page(spanish).html();
        assertThat(spanishPage)
                .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"")
                .contains("<a href=\"/san-jose/stories/" + english.id() + "-workers-return-home")
                .contains("hreflang=\"en\" lang=\"en\">Read in English</a>")
                .containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">\\d{2} / \\d{2} / \\d{4}</time>");

        JsonObject api = HeroImagesIT.json(site.get("/api/v1/san-jose/stories/" + english.id()));
        assertThat(api.getJsonObject("translation").getString("language")).isEqualTo("es");
        assertThat(api.getJsonObject("translation").getJsonNumber("id").longValue()).isEqualTo(spanish.id());
        assertThat(api.getJsonObject("translation").getString("url")).startsWith("http://localhost:" + request.getLocalPort() + spanishPath);

        Story unpublished = signedIn.as("eli.editor", () -> editorial.unpublish(SAN_JOSE, spanish.id(), spanish.version(), "Wrong figures"));
        assertThat(page(english).html()).doesNotContain("Leer en español").doesNotContain("hreflang");
        assertThat(HeroImagesIT.json(site.get("/api/v1/san-jose/stories/" + english.id())).containsKey("translation")).isFalse();
        assertThat(unpublished.translationId()).as("the link stays on the write side").isEqualTo(english.id());
    }

    @Test
    void linkingTwoLiveStoriesIsAnEditorsCallAndShowsAtOnce() {
        Story english = Newsroom.published(editorial, signedIn, SAN_JOSE, "ana.author", "eli.editor", Newsroom.unique("Shelter opens"));
        Story spanish = publish(draft(SAN_JOSE, "ana.author", spanish(Newsroom.unique("Abre un albergue"))));

        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.linkTranslation(SAN_JOSE, english.id(), english.version(), spanish.id())))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("link two live stories as translations");
        assertThat(page(english).html()).doesNotContain("Leer en español");

        signedIn.run("eli.editor", () -> editorial.linkTranslation(SAN_JOSE, english.id(), english.version(), spanish.id()));
        assertThat(page(english).html()).contains(">Leer en español</a>");
        assertThat(page(spanish).html()).contains(">Read in English</a>");
        assertThat(signedIn.as("eli.editor", () -> audit.ofStory(SAN_JOSE, english.id())))
                .filteredOn(e -> e.action().startsWith("LINK"))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::comment)
                .containsExactly(tuple("LINK_LIVE_TRANSLATIONS", "eli.editor", "Linked to its translation, story " + spanish.id() + " (es)"));

        Story current = reload(english);
        signedIn.run("eli.editor", () -> editorial.unlinkTranslation(SAN_JOSE, english.id(), current.version()));
        assertThat(page(english).html()).doesNotContain("Leer en español");
        assertThat(page(spanish).html()).doesNotContain("Read in English");
        assertThat(reload(spanish).translationId()).isNull();
    }

    @Test
    void linkingAcrossOfficesIsRefused() {
        Story sanJose = draft(SAN_JOSE, "ana.author", spanish(Newsroom.unique("Solo en San José")));
        Story georgetown = draft("georgetown", "gabe.author", Newsroom.story(Newsroom.unique("Only in Georgetown")));

        assertThatThrownBy(() -> signedIn.run("tom.two-offices",
                () -> editorial.linkTranslation(SAN_JOSE, sanJose.id(), sanJose.version(), georgetown.id())))
                .isInstanceOf(StoryNotFound.class).hasMessage("There is no story " + georgetown.id() + " in office 'san-jose'.");
        assertThatThrownBy(() -> signedIn.run("tom.two-offices",
                () -> editorial.linkTranslation("georgetown", georgetown.id(), georgetown.version(), sanJose.id())))
                .isInstanceOf(StoryNotFound.class);
        assertThat(reload(sanJose).translationId()).isNull();
        assertThat(reload(sanJose).version()).isEqualTo(sanJose.version());
    }

    @Test
    void twoStoriesOfOneLanguageOrAThirdStoryAreRefusedAndNothingChanges() {
        Story english = draft(SAN_JOSE, "ana.author", Newsroom.story(Newsroom.unique("Training for border officials")));
        Story otherEnglish = draft(SAN_JOSE, "ana.author", Newsroom.story(Newsroom.unique("Training, again")));

        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.linkTranslation(SAN_JOSE, english.id(), english.version(), otherEnglish.id())))
                .isInstanceOf(InvalidStory.class)
                .hasMessage("Both stories are in English; a translation is in another language.");
        assertThat(reload(english).translationId()).isNull();
        assertThat(reload(english).version()).isEqualTo(english.version());

        Story spanish = draft(SAN_JOSE, "ana.author", spanish(Newsroom.unique("Capacitación")));
        signedIn.run("ana.author", () -> editorial.linkTranslation(SAN_JOSE, english.id(), english.version(), spanish.id()));
        Story secondSpanish = draft(SAN_JOSE, "ana.author", spanish(Newsroom.unique("Capacitación, otra")));
        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.linkTranslation(SAN_JOSE, secondSpanish.id(), secondSpanish.version(), english.id())))
                .isInstanceOf(InvalidStory.class)
                .hasMessage("Story " + english.id() + " is already linked to its translation, story " + spanish.id() + "; unlink that first.");
        assertThat(reload(english).translationId()).isEqualTo(spanish.id());
        assertThat(reload(secondSpanish).translationId()).isNull();

        int version = reload(english).version();
        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.linkTranslation(SAN_JOSE, english.id(), version, english.id())))
                .isInstanceOf(InvalidStory.class).hasMessage("A story cannot be its own translation.");
    }

    @Test
    void aStoryUnderReviewIsAnEditorsToLinkAndAnArchivedOneCannotBe() {
        Story english = draft(SAN_JOSE, "ana.author", Newsroom.story(Newsroom.unique("Under review")));
        Story inReview = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, english.id(), english.version()));
        Story spanish = draft(SAN_JOSE, "ana.author", spanish(Newsroom.unique("En revisión")));

        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.linkTranslation(SAN_JOSE, spanish.id(), spanish.version(), inReview.id())))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("link a translation of a story under review");
        signedIn.run("eli.editor", () -> editorial.linkTranslation(SAN_JOSE, spanish.id(), spanish.version(), inReview.id()));
        assertThat(reload(inReview).translationId()).isEqualTo(spanish.id());

        Story linkedSpanish = reload(spanish);
        Story archived = signedIn.as("eli.editor", () -> editorial.archive(SAN_JOSE, spanish.id(), linkedSpanish.version()));
        Story another = draft(SAN_JOSE, "ana.author", Newsroom.story(Newsroom.unique("Archived pair")));
        Story linkedEnglish = reload(inReview);
        signedIn.run("eli.editor", () -> editorial.unlinkTranslation(SAN_JOSE, inReview.id(), linkedEnglish.version()));
        assertThat(reload(archived).translationId()).isNull();
        assertThatThrownBy(() -> signedIn.run("eli.editor",
                () -> editorial.linkTranslation(SAN_JOSE, another.id(), another.version(), archived.id())))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("archived");
    }
}
