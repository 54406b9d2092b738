package org.dateline.placements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dateline.media.entity.HeroImage;
import org.dateline.media.entity.Size;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published revision as one office's site shows it. Everything a reader page needs is here,
 * copied at publication, so that rendering needs no join and no access to the origin office.
 * <p>
 * Search indexes catch up by {@link #CHANGED_SINCE}, a keyset walk over (site, version changed in, id)
 * stated and ordered like the page queries, so that it too is one index range scan.
 * <p>
 * Paging is by keyset (publication time, id). {@link #OLDER_THAN} states the bound as
 * {@code publishedAt <= :at} plus a tie-break, rather than one OR, so that the database can start
 * an index range scan at the cursor; both page queries order by the whole index
 * (site, state, time, id), the first two being fixed, because H2 only reads an index in order when
 * the ORDER BY names its leading columns too. Page 500 then costs what page 1 costs.
 * <p>
 * Sitemaps read the same index: {@link #ADDRESSES} and {@link #ADDRESSES_OLDER_THAN} read one
 * sitemap's addresses after a key, and {@link #KEYS_OLDER_THAN} with a first result of a
 * sitemap's size finds where the next sitemap starts, reading only the index's columns.
 */
@Entity
@Table(name = "placement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Placement.LATEST, query = "SELECT p FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.OLDER_THAN, query = "SELECT p FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.publishedAt <= :at AND (p.publishedAt < :at OR p.id < :id) ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.LIVE_STORIES, query = "SELECT p FROM Placement p WHERE p.storyId IN :stories"
        + " AND p.state = org.dateline.placements.entity.PlacementState.LIVE")
@NamedQuery(name = Placement.LIVE_STORY, query = "SELECT p FROM Placement p WHERE p.storyId = :story"
        + " AND p.state = org.dateline.placements.entity.PlacementState.LIVE")
@NamedQuery(name = Placement.ADDRESSES, query = "SELECT NEW org.dateline.placements.entity.PlacementAddress(p.storyId, p.slug, p.updatedAt)"
        + " FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.ADDRESSES_OLDER_THAN, query = "SELECT NEW org.dateline.placements.entity.PlacementAddress(p.storyId, p.slug, p.updatedAt)"
        + " FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.publishedAt <= :at AND (p.publishedAt < :at OR p.id < :id) ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.KEYS, query = "SELECT NEW org.dateline.placements.entity.PlacementKey(p.publishedAt, p.id)"
        + " FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.KEYS_OLDER_THAN, query = "SELECT NEW org.dateline.placements.entity.PlacementKey(p.publishedAt, p.id)"
        + " FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.publishedAt <= :at AND (p.publishedAt < :at OR p.id < :id) ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.CHANGED_SINCE, query = "SELECT p FROM Placement p WHERE p.changedIn >= :afterVersion"
        + " AND (p.changedIn > :afterVersion OR p.id > :afterId) ORDER BY p.site, p.changedIn, p.id")
@NamedQuery(name = Placement.OF_STORY, query = "SELECT p FROM Placement p WHERE p.originOffice = :origin AND p.storyId = :story")
@NamedQuery(name = Placement.ORIGIN_OF_LIVE_IMAGE, query = "SELECT p.originOffice FROM Placement p WHERE p.heroImageId = :image"
        + " AND p.state = org.dateline.placements.entity.PlacementState.LIVE AND p.originOffice <> p.site")
@NamedQuery(name = Placement.LIVE_BY_IDS, query = "SELECT p FROM Placement p WHERE p.id IN :ids"
        + " AND p.state = org.dateline.placements.entity.PlacementState.LIVE")
@NamedQuery(name = Placement.MONTHS, query = "SELECT NEW org.dateline.placements.entity.ArchiveMonth(p.publicationMonth, COUNT(p))"
        + " FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " GROUP BY p.publicationMonth ORDER BY p.publicationMonth DESC")
@NamedQuery(name = Placement.LATEST_OF_MONTH, query = "SELECT p FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.publicationMonth = :month ORDER BY p.site, p.state, p.publicationMonth, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.OLDER_OF_MONTH, query = "SELECT p FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.publicationMonth = :month AND p.publishedAt <= :at AND (p.publishedAt < :at OR p.id < :id)"
        + " ORDER BY p.site, p.state, p.publicationMonth, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.OWN_LIVE_TITLED, query = "SELECT p FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.originOffice = p.site AND LOWER(p.title) LIKE :title ESCAPE '\\' ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
@NamedQuery(name = Placement.COUNT_OWN_LIVE_TITLED, query = "SELECT COUNT(p) FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND p.originOffice = p.site AND LOWER(p.title) LIKE :title ESCAPE '\\'")
@NamedQuery(name = Placement.LIVE_TITLED, query = "SELECT p FROM Placement p WHERE p.state = org.dateline.placements.entity.PlacementState.LIVE"
        + " AND LOWER(p.title) LIKE :title ESCAPE '\\' ORDER BY p.site, p.state, p.publishedAt DESC, p.id DESC")
public class Placement {

    public static final String LATEST = "Placement.latest";
    public static final String OLDER_THAN = "Placement.olderThan";
    public static final String OF_STORY = "Placement.ofStory";
    public static final String LIVE_STORY = "Placement.liveStory";
    public static final String LIVE_STORIES = "Placement.liveStories";
    public static final String ADDRESSES = "Placement.addresses";
    public static final String ADDRESSES_OLDER_THAN = "Placement.addressesOlderThan";
    public static final String KEYS = "Placement.keys";
    public static final String KEYS_OLDER_THAN = "Placement.keysOlderThan";
    public static final String MONTHS = "Placement.months";
    public static final String LIVE_BY_IDS = "Placement.liveByIds";
    public static final String ORIGIN_OF_LIVE_IMAGE = "Placement.originOfLiveImage";
    public static final String LATEST_OF_MONTH = "Placement.latestOfMonth";
    public static final String OLDER_OF_MONTH = "Placement.olderOfMonth";
    public static final String CHANGED_SINCE = "Placement.changedSince";
    /** The site's own live stories (not copies) whose title holds a text, newest first: what other offices may ask for. */
    public static final String OWN_LIVE_TITLED = "Placement.ownLiveTitled";
    public static final String COUNT_OWN_LIVE_TITLED = "Placement.countOwnLiveTitled";
    /** Every live story of the site, its own or a copy, whose title holds a text, newest first: what a newsletter may link to. */
    public static final String LIVE_TITLED = "Placement.liveTitled";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_seq")
    @SequenceGenerator(name = "placement_seq", sequenceName = "placement_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    /** The site's office: the tenant column, mapped read-only only so that queries can order by it. */
    @Column(name = "office_id", insertable = false, updatable = false)
    private String site;

    @Column(name = "origin_office_id", nullable = false)
    private String originOffice;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementState state;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String dateline;

    @Column(name = "publication_date", nullable = false)
    private LocalDate publicationDate;

    /** The publication date's year and month as one number (202006 for June 2020), for the archive. */
    @Column(name = "publication_month", nullable = false)
    private int publicationMonth;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    private String lead;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String language;

    /** Topic names, separated by newlines. */
    @Column(nullable = false)
    private String topics;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The topics the placement is filed under while it is live: what topic pages list. */
    @OneToMany(mappedBy = "placement", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    private List<PlacementTopic> filedUnder = new ArrayList<>();

    @Column(name = "hero_image_id")
    private Long heroImageId;

    @Column(name = "hero_alt")
    private String heroAlt;

    @Column(name = "hero_credit")
    private String heroCredit;

    /** The hero image's renditions, {@link Size#encode}d. */
    @Column(name = "hero_renditions")
    private String heroRenditions;

    /** The live translation on the same site: its story, slug and language; null when there is none. */
    @Column(name = "translation_story_id")
    private Long translationStoryId;

    @Column(name = "translation_slug")
    private String translationSlug;

    @Column(name = "translation_language")
    private String translationLanguage;

    /** The notice of the correction the live revision makes, shown at the top of the story; null when none. */
    @Column(name = "correction_notice")
    private String correctionNotice;

    /** The site version this placement last changed in (what a node's search index catches up by). */
    @Column(name = "changed_in", nullable = false)
    private long changedIn;

    protected Placement() {
    }

    public Placement(String originOffice, long storyId) {
        this.originOffice = originOffice;
        this.storyId = storyId;
    }

    /**
     * Shows the given snapshot; the first publication time stays what it was. {@code topics} maps
     * each topic's slug to its name, in the order the story lists them.
     */
    public void show(long revisionId, String slug, String title, String dateline, LocalDate publicationDate,
                     Instant publishedAt, String lead, String body, String language, Map<String, String> topics, Instant at) {
        this.revisionId = revisionId;
        this.slug = slug;
        this.title = title;
        this.dateline = dateline;
        this.publicationDate = publicationDate;
        this.publicationMonth = monthOf(publicationDate);
        if (this.publishedAt == null || state != PlacementState.LIVE) {
            this.publishedAt = publishedAt;
        }
        this.lead = lead;
        this.body = body;
        this.language = language;
        this.topics = String.join("\n", topics.values());
        this.state = PlacementState.LIVE;
        this.updatedAt = at;
        fileUnder(topics);
    }

    /** Shows the revision's correction notice (null: it corrects nothing). */
    public void showCorrection(String notice) {
        this.correctionNotice = notice;
    }

    public String correctionNotice() {
        return correctionNotice;
    }

    /** Shows the given hero image (null: none) with the snapshot. */
    public void showImage(HeroImage image) {
        this.heroImageId = image == null ? null : image.id();
        this.heroAlt = image == null ? null : image.alt();
        this.heroCredit = image == null ? null : image.credit();
        this.heroRenditions = image == null ? null : Size.encode(image.sizes());
    }

    /**
     * Links this page to the live placement of its translation on the same site (null: to none).
     *
     * @return whether that changed what the page shows
     */
    public boolean translatedAs(Placement translation, Instant at) {
        Long story = translation == null ? null : translation.storyId;
        String slug = translation == null ? null : translation.slug;
        String lang = translation == null ? null : translation.language;
        if (Objects.equals(story, translationStoryId) && Objects.equals(slug, translationSlug)
                && Objects.equals(lang, translationLanguage)) {
            return false;
        }
        this.translationStoryId = story;
        this.translationSlug = slug;
        this.translationLanguage = lang;
        this.updatedAt = at;
        return true;
    }

    /** Keeps one topic entry per topic, each carrying the current publication time. */
    private void fileUnder(Map<String, String> topics) {
        filedUnder.removeIf(entry -> !topics.containsKey(entry.topicSlug()));
        for (Map.Entry<String, String> topic : topics.entrySet()) {
            PlacementTopic entry = filedUnder.stream().filter(e -> e.topicSlug().equals(topic.getKey())).findFirst()
                    .orElseGet(() -> {
                        PlacementTopic created = new PlacementTopic(this, topic.getKey(), topic.getValue(), publishedAt);
                        filedUnder.add(created);
                        return created;
                    });
            entry.refresh(topic.getValue(), publishedAt);
        }
    }

    /** Off the site: off its topic pages too. */
    public void withdraw(Instant at) {
        this.state = PlacementState.WITHDRAWN;
        this.updatedAt = at;
        filedUnder.clear();
    }

    /** The topic entries the placement is filed under now. */
    List<PlacementTopic> filedUnder() {
        return List.copyOf(filedUnder);
    }

    /** The publication month as one number (202006 for June 2020). */
    public int publicationMonth() {
        return publicationMonth;
    }

    /** The topics the placement is filed under now, slug to name. */
    public Map<String, String> topicsBySlug() {
        Map<String, String> topics = new java.util.LinkedHashMap<>();
        filedUnder.forEach(entry -> topics.put(entry.topicSlug(), entry.topicName()));
        return topics;
    }

    static int monthOf(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    /** Records the site version of the transaction that changed this placement. */
    public void changedIn(long siteVersion) {
        this.changedIn = siteVersion;
    }

    public long changedIn() {
        return changedIn;
    }

    public boolean isLive() {
        return state == PlacementState.LIVE;
    }

    public Long id() {
        return id;
    }

    /** The office whose site shows the placement. */
    public String site() {
        return site;
    }

    /** Shown on another office's site than its story's own: a cross-post. */
    public boolean isCrossPost() {
        return site != null && !site.equals(originOffice);
    }

    public String originOffice() {
        return originOffice;
    }

    public long storyId() {
        return storyId;
    }

    public long revisionId() {
        return revisionId;
    }

    public PlacementState state() {
        return state;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String dateline() {
        return dateline;
    }

    public LocalDate publicationDate() {
        return publicationDate;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String lead() {
        return lead;
    }

    public String body() {
        return body;
    }

    public String language() {
        return language;
    }

    public List<String> topics() {
        return topics.isEmpty() ? List.of() : Arrays.asList(topics.split("\n"));
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The hero image as the page shows it, or null. */
    public HeroImage heroImage() {
        return heroImageId == null ? null : new HeroImage(heroImageId, heroAlt, heroCredit, Size.decode(heroRenditions));
    }

    /** The live translation of the story on this site, or null. */
    public Translation translation() {
        return translationStoryId == null ? null
                : new Translation(translationStoryId, translationLanguage, new PlacementAddress(translationStoryId, translationSlug, updatedAt).path());
    }

    /** The path of the story page below the office's site root. */
    public String path() {
        return new PlacementAddress(storyId, slug, updatedAt).path();
    }
}
