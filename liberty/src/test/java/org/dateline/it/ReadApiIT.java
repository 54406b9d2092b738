package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.importing.boundary.Listings;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON read API, as an office's app would use it. */
@ExtendWith(ArquillianExtension.class)
class ReadApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ReadApiIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Listings listings;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    static JsonObject json(Site.Page page) {
        assertThat(page.header("Content-Type")).startsWith("application/json");
        return Json.createReader(new StringReader(page.html())).readObject();
    }

    @Test
    void storiesArePagedNewestFirstWithTheirText() {
        String title = Newsroom.unique("In the app");
        Story draft = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", title);

        JsonObject first = json(site.get("/api/v1/san-jose/stories?limit=1"));
        JsonArray items = first.getJsonArray("items");
        assertThat(items).hasSize(1);
        assertThat(first.isNull("next")).isFalse();
        assertThat(items.getJsonObject(0).getString("title")).isEqualTo(title);
        assertThat(items.getJsonObject(0).getString("url")).contains("/san-jose/stories/" + draft.id() + "-");
        assertThat(items.getJsonObject(0).getString("dateline")).isEqualTo("San José");

        JsonObject story = json(site.get("/api/v1/san-jose/stories/" + draft.id()));
        assertThat(story.getString("body")).contains("<p>First paragraph of").doesNotContain("<script");
        assertThat(story.getJsonArray("topics").getString(0)).isEqualTo("Labour migration");
    }

    @Test
    void followingNextVisitsEveryStoryOnce() {
        StringBuilder listing = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            listing.append("API page story ").append(i).append("\n\n").append(String.format("%02d / 01 / 1998", i)).append("\n\nText.\n\n");
        }
        signedIn.run("grace.editor", () -> listings.importListing("georgetown", "api-1998.txt", listing.toString()));

        List<String> titles = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonObject page = json(site.get("/api/v1/georgetown/stories?limit=5" + (next == null ? "" : "&before=" + next)));
            page.getJsonArray("items").forEach(item -> titles.add(item.asJsonObject().getString("title")));
            assertThat(page).containsKey("next");
            next = page.isNull("next") ? null : page.getString("next");
            pages++;
        } while (next != null && pages < 100);
        assertThat(titles).doesNotHaveDuplicates();
        assertThat(titles.stream().filter(t -> t.startsWith("API page story ")).toList())
                .containsExactly("API page story 12", "API page story 11", "API page story 10", "API page story 9", "API page story 8",
                        "API page story 7", "API page story 6", "API page story 5", "API page story 4", "API page story 3",
                        "API page story 2", "API page story 1");
    }

    @Test
    void topicsAreListedWithTheirCountsAndListTheirStories() {
        String topic = Newsroom.unique("Border health");
        Content one = new Content(Newsroom.unique("Clinic opens"), "San José", null, "Lead.", "<p>Text.</p>", "en", List.of(topic));
        Content two = new Content(Newsroom.unique("Clinic grows"), "San José", null, "Lead.", "<p>Text.</p>", "en", List.of(topic));
        Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", one);
        Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", two);
        Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", Newsroom.unique("Not on the topic"));

        Site.Page listed = site.get("/api/v1/san-jose/topics");
        assertThat(listed.header("ETag")).isNotBlank();
        JsonObject entry = Json.createReader(new StringReader(listed.html())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals(topic)).findFirst().orElseThrow();
        assertThat(entry.getJsonNumber("stories").longValue()).isEqualTo(2);
        assertThat(entry.getString("url")).endsWith("/san-jose/topics/" + entry.getString("slug"));

        String stories = entry.getString("storiesUrl");
        JsonObject first = json(site.get(stories.substring(stories.indexOf("/api/")) + "&limit=1"));
        assertThat(first.getJsonArray("items")).singleElement()
                .satisfies(item -> assertThat(item.asJsonObject().getString("title")).isEqualTo(two.title()));
        JsonObject second = json(site.get(stories.substring(stories.indexOf("/api/")) + "&limit=1&before=" + first.getString("next")));
        assertThat(second.getJsonArray("items")).singleElement()
                .satisfies(item -> assertThat(item.asJsonObject().getString("title")).isEqualTo(one.title()));
        assertThat(second.isNull("next")).isTrue();

        assertThat(Json.createReader(new StringReader(site.get("/api/v1/georgetown/topics").html())).readArray())
                .noneMatch(t -> t.asJsonObject().getString("name").equals(topic));
        assertThat(site.get("/api/v1/georgetown/stories?topic=" + entry.getString("slug")).status()).isEqualTo(404);
    }

    @Test
    void anotherOfficesStoryIsNotFoundAndUnknownOfficesAnswerInJson() {
        Story draft = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", Newsroom.unique("San José API only"));

        Site.Page crafted = site.get("/api/v1/georgetown/stories/" + draft.id());
        assertThat(crafted.status()).isEqualTo(404);
        assertThat(json(crafted).getString("error")).contains("No story " + draft.id());
        assertThat(json(site.get("/api/v1/georgetown/stories?limit=100")).getJsonArray("items"))
                .noneMatch(item -> item.asJsonObject().getJsonNumber("id").longValue() == draft.id());
        assertThat(site.get("/api/v1/atlantis/stories").status()).isEqualTo(404);
    }

    @Test
    void answersCarryTheSitesVersionAndRevalidate() {
        Site.Page page = site.get("/api/v1/washington/stories");
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(site.get("/api/v1/washington/stories", "If-None-Match", etag).status()).isEqualTo(304);
    }

    @Test
    void theApiIsDocumentedWithOpenApi() {
        Site.Page openapi = site.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.html()).contains("/api/v1/{office}/stories").contains("/api/v1/{office}/stories/{id}")
                .contains("/api/v1/{office}/topics")
                .contains("Dateline read API");
    }
}
