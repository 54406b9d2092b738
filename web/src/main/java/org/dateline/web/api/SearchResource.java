package org.dateline.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.search.boundary.Search;
import org.dateline.search.entity.SearchRequest;
import org.dateline.search.entity.SearchResults;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search of an office's published stories, as JSON. */
@Path("v1/{office}/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @EJB
    OfficeDirectory offices;

    @EJB
    Search search;

    @Context
    Request request;

    @Inject
    SiteAddresses addresses;

    /** A story found; {@code titleHtml} and {@code snippetHtml} are escaped HTML with the matched words in {@code <mark>}. */
    public record Hit(long id, String title, String titleHtml, String snippetHtml, String dateline, LocalDate date,
                      Instant publishedAt, List<String> topics, String language, String url) {
    }

    /** A facet value and how many of the matching stories have it. */
    public record FacetValue(String value, long count) {
    }

    /**
     * One page of results, best match first; {@code next} is the number of the following page, or
     * null on the last. {@code facets} counts the matching stories by topic, year and language;
     * {@code facetsExact} is false when those counts are estimates (above 5,000 matches they are
     * counted on a random sample and rounded). {@code total} is always exact.
     */
    @JsonbNillable
    public record Page(String query, long total, int page, int pages, Integer next, List<Hit> items,
                       Map<String, List<FacetValue>> facets,
                       @Schema(description = "false when the facet counts are estimates: above 5,000 matching stories they are"
                               + " counted on a random sample of 5,000 and rounded to two significant digits") boolean facetsExact) {
    }

    @GET
    @Operation(summary = "Search the office's published stories",
            description = "Every word is required; words match in any of the office's languages, singular or plural, with or"
                    + " without accents. `\"…\"` searches a phrase, `-word` excludes a word, `|` means or. Any text is accepted:"
                    + " a search that finds nothing answers with no items, never an error. Narrow with `topic`, `year` or"
                    + " `language` (values as in `facets`); pages of at most 50 results, up to page 50. `total` is exact;"
                    + " the `facets` counts are exact up to 5,000 matching stories and estimated above (`facetsExact` false).")
    public Response find(@PathParam("office") String slug,
                         @Parameter(description = "the words to search for") @QueryParam("q") String words,
                         @Parameter(description = "only stories with this topic") @QueryParam("topic") String topic,
                         @Parameter(description = "only stories published in this year, e.g. 2020") @QueryParam("year") String year,
                         @Parameter(description = "only stories in this language, e.g. es") @QueryParam("language") String language,
                         @Parameter(description = "page number, from 1") @QueryParam("page") @DefaultValue("1") String page,
                         @Parameter(description = "results per page, at most 50") @QueryParam("limit") @DefaultValue("10") String limit) {
        Office office = offices.bySlug(slug).orElseThrow(() -> new NotFoundException("No office '" + slug + "'."));
        SiteVersions.Stamp version = search.version(office.slug());
        EntityTag tag = new EntityTag("search-" + version.version());
        CacheControl control = new CacheControl();
        control.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(control).build();
        }
        int size = limit != null && limit.strip().matches("\\d{1,3}") ? Integer.parseInt(limit.strip()) : SearchRequest.DEFAULT_SIZE;
        SearchResults results = search.find(office.slug(), SearchRequest.of(words, topic, year, language, page, size));
        // the tag is the version the index answered at, which may have moved on since it was read
        EntityTag answered = new EntityTag("search-" + results.version());
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        results.facets().forEach(group -> facets.put(group.dimension(),
                group.values().stream().map(v -> new FacetValue(v.value(), v.count())).toList()));
        Page body = new Page(results.request().words(), results.total(), results.request().page(), results.pages(),
                results.hasNext() ? results.request().page() + 1 : null,
                results.hits().stream().map(hit -> new Hit(hit.storyId(), hit.title(), hit.titleHtml(), hit.snippetHtml(),
                        hit.dateline(), hit.date(), hit.publishedAt(), hit.topics(), hit.language(),
                        addresses.of(office) + hit.path())).toList(),
                facets, results.facetsExact());
        return Response.ok(body).tag(answered).lastModified(Date.from(version.changedAt())).cacheControl(control).build();
    }
}
