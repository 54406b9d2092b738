package org.dateline.crossposting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.identity.control.PersonNames;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.crossposting.entity.StoryPreview;
import org.dateline.crossposting.entity.StoryToShare;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns cross-posts into the lines the studio's pages show, inside the boundary's transaction: the
 * story's title through its origin's tenancy, the offices by name, and the pages readers find the
 * story on at each site. Reading only; the boundary has decided that the caller may see them.
 */
@ApplicationScoped
public class CrossPostLines {

    @Inject
    Tenancy tenancy;

    @Inject
    SiteAddresses addresses;

    @Inject
    PersonNames names;

    public List<CrossPostLine> of(List<CrossPost> crossPosts) {
        Map<String, Office> offices = new HashMap<>();
        Function<String, Office> office = slug -> offices.computeIfAbsent(slug, s -> tenancy.of(s).find(Office.class, s));
        return crossPosts.stream().map(c -> line(c, office.apply(c.originOffice()), office.apply(c.targetOffice()))).toList();
    }

    private CrossPostLine line(CrossPost c, Office origin, Office target) {
        Story story = tenancy.of(origin.slug()).find(Story.class, c.storyId());
        Revision shown = story == null ? null : story.isLive() ? story.live() : story.working();
        String title = shown == null ? "#" + c.storyId() : shown.title();
        String originUrl = pageOf(origin, c.storyId()).orElse(null);
        String copyUrl = c.state() == CrossPostState.LIVE ? pageOf(target, c.storyId()).orElse(null) : null;
        return new CrossPostLine(c.id(), c.version(), c.state(), c.direction(), origin.slug(), origin.name(), origin.zone(), c.storyId(),
                title, target.slug(), target.name(), target.zone(), name(c.requestedBy(), origin, target), c.requestedAt(), c.requestNote(),
                name(c.decidedBy(), origin, target), c.decidedAt(), c.decisionNote(), c.releaseAt(), c.liveSince(),
                name(c.endedBy(), origin, target), c.endedAt(), c.endNote(), c.killed(),
                c.targetTopics(), story != null && story.isLive(), originUrl, copyUrl);
    }

    /** The person's name as the staff of either office know it, or as the region knows its regional editors, else their username. */
    private String name(String username, Office origin, Office target) {
        if (username == null) {
            return null;
        }
        String name = names.of(origin.slug()).get(username);
        if (name == null) {
            name = names.of(target.slug()).get(username);
        }
        return name != null ? name : names.ofRegion(origin.region()).getOrDefault(username, username);
    }

    /** The story as its origin has it now: the live revision, else the working one. */
    public StoryPreview preview(String originSlug, long storyId) {
        Office origin = tenancy.of(originSlug).find(Office.class, originSlug);
        Story story = tenancy.of(originSlug).find(Story.class, storyId);
        if (story == null) {
            return null;
        }
        Revision shown = story.isLive() ? story.live() : story.working();
        return new StoryPreview(origin.name(), shown.title(), shown.dateline(), shown.lead(), shown.body(), shown.language(),
                shown.correctionNotice(), story.isLive(), pageOf(origin, storyId).orElse(null));
    }

    /** The origin's own live stories whose title holds the text, newest first, with how the asking office stands with each. */
    public List<StoryToShare> toAskFor(String target, Office origin, String title, int first, int max) {
        List<Placement> found = tenancy.of(origin.slug()).createNamedQuery(Placement.OWN_LIVE_TITLED, Placement.class)
                .setParameter("title", like(title)).setFirstResult(first).setMaxResults(max).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, CrossPostState> standing = tenancy.of(origin.slug()).createNamedQuery(CrossPost.STANDING, CrossPost.class)
                .setParameter("target", target).setParameter("origin", origin.slug())
                .setParameter("stories", found.stream().map(Placement::storyId).toList()).getResultStream()
                .collect(Collectors.toMap(CrossPost::storyId, CrossPost::state, (a, b) -> a));
        String root = addresses.of(origin);
        return found.stream().map(p -> new StoryToShare(origin.slug(), origin.name(), origin.zone(), p.storyId(), p.title(),
                p.lead(), p.publicationDate(), p.publishedAt(), root + p.path(), standing.get(p.storyId()))).toList();
    }

    public long countToAskFor(Office origin, String title) {
        return tenancy.of(origin.slug()).createNamedQuery(Placement.COUNT_OWN_LIVE_TITLED, Long.class)
                .setParameter("title", like(title)).getSingleResult();
    }

    /** A LIKE pattern that finds the text anywhere in a title, whatever the case; the text's own wildcards are plain characters. */
    static String like(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + plain + "%";
    }

    private Optional<String> pageOf(Office office, long storyId) {
        return tenancy.of(office.slug()).createNamedQuery(Placement.LIVE_STORY, Placement.class).setParameter("story", storyId)
                .getResultStream().findFirst().map(p -> addresses.of(office) + p.path());
    }
}
