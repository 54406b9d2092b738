package org.dateline.web.studio.newsletters;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.control.PersonNames;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.media.entity.HeroImage;
import org.dateline.media.entity.Image;
import org.dateline.media.boundary.Images;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueAction;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.newsletters.entity.KeyResource;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.OfficeTime;
import org.dateline.web.studio.Refusals;
import org.dateline.web.studio.StudioLanguage;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The newsletter builder ({@code /studio/newsletters/issue.xhtml?office=…&id=…}): an issue's title,
 * month, language and introduction; its sections, each a heading and short items, in the order the
 * person drags them into (or moves them with the buttons); each item's text, an image of the
 * office's library and a "Read more" link to a live story of the office's site, found by its title,
 * or to an https address; key resources and a contact block. Every write goes through
 * {@link Newsletters} with the version the person loaded; a refusal keeps everything typed and says
 * why next to the field it is about ({@link Refusals}). Only what the boundary says the person may
 * do now is offered.
 */
@Named
@ViewScoped
public class IssueBuilderView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIBRARY_SIZE = 48;
    private static final int FOUND = 10;

    /** Where an item's "Read more" goes. */
    public enum Link {
        NONE, STORY, ADDRESS
    }

    /** A story live on the office's site, as the builder offers and shows it. */
    public record LiveStory(long storyId, String title, String date, boolean copy, boolean live) implements Serializable {
    }

    /** An image of the office's library. */
    public record LibraryImage(long id, String alt, String thumbnail) implements Serializable {
    }

    /** A section as the person writes it. */
    public static final class SectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String heading;
        private final List<ItemForm> items = new ArrayList<>();

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public List<ItemForm> getItems() {
            return items;
        }
    }

    /** An item as the person writes it. */
    public static final class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private Link link = Link.NONE;
        private LiveStory story;
        private String url;
        private Long imageId;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Link getLink() {
            return link;
        }

        public void setLink(Link link) {
            this.link = link == null ? Link.NONE : link;
        }

        public LiveStory getStory() {
            return story;
        }

        public void setStory(LiveStory story) {
            this.story = story;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Long getImageId() {
            return imageId;
        }

        public void setImageId(Long imageId) {
            this.imageId = imageId;
        }
    }

    /** A key resource as the person writes it. */
    public static final class ResourceForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String label;
        private String text;
        private String url;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    /** A chosen story travels in the form as its id; the builder knows every story it offered or showed. */
    private final class StoryConverter implements Converter<LiveStory>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public LiveStory getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                long storyId = Long.parseLong(value.strip());
                LiveStory known = stories.get(storyId);
                return known != null ? known : resolve(Set.of(storyId)).get(storyId);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, LiveStory value) {
            return value == null ? "" : String.valueOf(value.storyId());
        }
    }

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @EJB
    Newsletters newsletters;

    @EJB
    Placements placements;

    @EJB
    Images images;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    @Inject
    Refusals refusals;

    @Inject
    NewsletterWords words;

    @Inject
    PersonNames names;

    private String office;
    private String officeName;
    private ZoneId zone = ZoneId.of("UTC");
    private OfficeTime time;
    private Set<Role> roles = Set.of();

    private Long id;
    private int version;
    private IssueState state;
    private Set<IssueAction> actions = Set.of();
    private String changedBy;
    private java.time.Instant changedAt;

    private String title;
    private Integer monthNumber;
    private Integer year;
    private String issueLanguage;
    private String intro;
    private String contact;
    private List<SectionForm> sections = new ArrayList<>();
    private List<ResourceForm> resources = new ArrayList<>();

    private List<LibraryImage> library = List.of();
    private final Map<Long, LiveStory> stories = new HashMap<>();
    private final StoryConverter storyConverter = new StoryConverter();

    public void open() throws IOException {
        Caller caller = identities.current();
        if (office == null || !caller.offices().contains(office)) {
            office = desk.officeOf(caller).orElse(null);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (office == null) {
            external.redirect(external.getRequestContextPath() + "/studio/");
            return;
        }
        Office where = offices.get(office);
        officeName = where.name();
        zone = where.zone();
        time = OfficeTime.of(where, language.getLocale());
        roles = caller.rolesIn(office).isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(caller.rolesIn(office));
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        YearMonth next = YearMonth.now(zone);
        monthNumber = next.getMonthValue();
        year = next.getYear();
        issueLanguage = where.publishesIn("en") && where.mainLanguage().equals("en") ? "en"
                : where.publishesIn("es") ? "es" : "en";
        if (id != null && !load()) {
            id = null;
        }
        if (id == null) {
            sections.add(newSection());
        }
        refreshLibrary();
    }

    /** Reads the issue as the server has it now; false when it was refused (the reason shown). */
    private boolean load() {
        Newsletters.Opened opened = attempt(() -> newsletters.open(office, id));
        if (opened == null) {
            return false;
        }
        show(opened.issue(), opened.actions());
        return true;
    }

    private void show(Issue issue, Set<IssueAction> allowed) {
        id = issue.id();
        version = issue.version();
        state = issue.state();
        actions = allowed.isEmpty() ? Set.of() : EnumSet.copyOf(allowed);
        changedAt = issue.updatedAt();
        changedBy = names.of(office, issue.updatedBy());
        IssueContent content = issue.content();
        title = content.title();
        monthNumber = content.month().getMonthValue();
        year = content.month().getYear();
        issueLanguage = content.language();
        intro = content.intro();
        contact = content.contact();
        Set<Long> linked = new LinkedHashSet<>();
        content.sections().forEach(s -> s.items().forEach(i -> {
            if (i.readMoreStory() != null) {
                linked.add(i.readMoreStory());
            }
        }));
        Map<Long, LiveStory> live = resolve(linked);
        sections = new ArrayList<>();
        for (IssueSection section : content.sections()) {
            SectionForm form = new SectionForm();
            form.heading = section.heading();
            for (IssueItem item : section.items()) {
                ItemForm i = new ItemForm();
                i.text = item.text();
                i.imageId = item.imageId();
                if (item.readMoreStory() != null) {
                    i.link = Link.STORY;
                    i.story = live.getOrDefault(item.readMoreStory(),
                            new LiveStory(item.readMoreStory(), language.text("newsletter.storyNotLive", item.readMoreStory()), "", false, false));
                } else if (item.readMoreUrl() != null) {
                    i.link = Link.ADDRESS;
                    i.url = item.readMoreUrl();
                }
                form.items.add(i);
            }
            sections.add(form);
        }
        resources = new ArrayList<>();
        for (KeyResource resource : content.resources()) {
            ResourceForm r = new ResourceForm();
            r.label = resource.label();
            r.text = resource.text();
            r.url = resource.url();
            resources.add(r);
        }
    }

    /** The stories with these ids as the office's site shows them now (one read for all). */
    private Map<Long, LiveStory> resolve(Set<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LiveStory> found = new HashMap<>();
        Map<Long, Placement> live = attempt(() -> placements.liveStories(office, storyIds));
        if (live != null) {
            Office where = offices.get(office);
            live.values().forEach(p -> found.put(p.storyId(), line(p, where)));
        }
        stories.putAll(found);
        return found;
    }

    private LiveStory line(Placement p, Office where) {
        return new LiveStory(p.storyId(), p.title(), p.publicationDate() == null ? "" : where.formatDate(p.publicationDate(), language.getTag()),
                p.isCrossPost(), true);
    }

    /** The office's live stories whose title holds what was typed, newest first (its own and the copies it shows). */
    public List<LiveStory> completeStory(String query) {
        String typed = query == null ? "" : query.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        List<Placement> found = attempt(() -> placements.liveTitled(office, typed, FOUND));
        if (found == null) {
            return List.of();
        }
        Office where = offices.get(office);
        List<LiveStory> lines = found.stream().map(p -> line(p, where)).toList();
        lines.forEach(s -> stories.put(s.storyId(), s));
        return lines;
    }

    // --- the issue as written

    private IssueContent content() {
        YearMonth month = monthNumber == null || year == null || year < 1900 || year > 2999 ? null : YearMonth.of(year, monthNumber);
        List<IssueSection> written = sections.stream().map(s -> new IssueSection(s.heading, s.items.stream()
                .map(i -> new IssueItem(i.text, i.link == Link.STORY && i.story != null ? i.story.storyId() : null,
                        i.link == Link.ADDRESS ? i.url : null, i.imageId)).toList())).toList();
        List<KeyResource> listed = resources.stream().map(r -> new KeyResource(r.label, r.text, r.url)).toList();
        return new IssueContent(normalized(title), month, issueLanguage, normalized(intro), written, listed, normalized(contact));
    }

    /** Browsers send a text area's line breaks as CR LF. */
    private static String normalized(String field) {
        return field == null ? null : field.replace("\r\n", "\n");
    }

    /** What the page checks itself: an item meant to link to a story names one. */
    private boolean complete() {
        boolean complete = true;
        for (int s = 0; s < sections.size(); s++) {
            for (int i = 0; i < sections.get(s).items.size(); i++) {
                ItemForm item = sections.get(s).items.get(i);
                if (item.link == Link.STORY && item.story == null) {
                    FacesContext.getCurrentInstance().addMessage(fieldId("sections:" + s + ":items:" + i + ":link"),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("newsletter.chooseStory"), null));
                    complete = false;
                }
            }
        }
        return complete;
    }

    // --- saving and the workflow

    public void save() {
        boolean created = id == null;
        if (written()) {
            language.info(created ? "newsletter.created" : "newsletter.saved");
        }
    }

    /** Writes the issue; false when it was refused, with the reasons shown and everything typed kept. */
    private boolean written() {
        if (!complete()) {
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        boolean created = id == null;
        IssueContent content = content();
        Issue saved = attempt(() -> created ? newsletters.create(office, content) : newsletters.revise(office, id, version, content));
        if (saved == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getMessageList(null).isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("newsletter.notSaved"), null));
            }
            faces.validationFailed();
            return false;
        }
        id = saved.id();
        load();
        PrimeFaces.current().ajax().addCallbackParam("id", id);
        return true;
    }

    public void submit() {
        step(IssueAction.SUBMIT, "newsletter.submitted", () -> newsletters.submitForReview(office, id, version));
    }

    public void withdraw() {
        step(IssueAction.WITHDRAW, "newsletter.withdrawn", () -> newsletters.withdraw(office, id, version));
    }

    public void publish() {
        step(IssueAction.PUBLISH, "newsletter.published", () -> newsletters.publish(office, id, version));
    }

    /** Saves what the person may still change, then takes the step with the version just saved. */
    private void step(IssueAction action, String done, Supplier<Issue> take) {
        if (isEditable() && !written()) {
            return;
        }
        if (id == null) {
            return;
        }
        if (attempt(take) != null) {
            load();
            language.info(done);
            PrimeFaces.current().ajax().addCallbackParam("id", id);
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    // --- sections, items and resources

    private static SectionForm newSection() {
        SectionForm section = new SectionForm();
        section.items.add(new ItemForm());
        return section;
    }

    public void addSection() {
        sections.add(newSection());
    }

    public void removeSection(int index) {
        if (index >= 0 && index < sections.size()) {
            sections.remove(index);
        }
    }

    public void addItem(int section) {
        if (section >= 0 && section < sections.size()) {
            sections.get(section).items.add(new ItemForm());
        }
    }

    public void removeItem(int section, int index) {
        if (section >= 0 && section < sections.size() && index >= 0 && index < sections.get(section).items.size()) {
            sections.get(section).items.remove(index);
        }
    }

    public void addResource() {
        resources.add(new ResourceForm());
    }

    public void removeResource(int index) {
        if (index >= 0 && index < resources.size()) {
            resources.remove(index);
        }
    }

    /** Moves a section one place up ({@code -1}) or down ({@code 1}). */
    public void moveSection(int index, int by) {
        if (move(sections, index, by)) {
            language.info("newsletter.sectionMoved", index + by + 1, sections.size());
        }
    }

    public void moveItem(int section, int index, int by) {
        if (section >= 0 && section < sections.size() && move(sections.get(section).items, index, by)) {
            language.info("newsletter.itemMoved", index + by + 1, sections.get(section).items.size());
        }
    }

    private static <T> boolean move(List<T> list, int index, int by) {
        int to = index + by;
        if (index < 0 || index >= list.size() || to < 0 || to >= list.size()) {
            return false;
        }
        Collections.swap(list, index, to);
        return true;
    }

    /**
     * Puts the sections, or one section's items, in the order the person dragged them into: the
     * request says the old positions in their new order ({@code order=2,0,1}); any other list of
     * positions changes nothing.
     */
    public void reorder() {
        Map<String, String> asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String section = asked.get("section");
        try {
            if (section == null || section.isBlank()) {
                sections = rearranged(sections, asked.get("order"));
                language.info("newsletter.sectionsReordered");
            } else {
                int s = Integer.parseInt(section);
                if (s >= 0 && s < sections.size()) {
                    List<ItemForm> items = rearranged(sections.get(s).items, asked.get("order"));
                    sections.get(s).items.clear();
                    sections.get(s).items.addAll(items);
                    language.info("newsletter.itemsReordered", s + 1);
                }
            }
        } catch (NumberFormatException ignored) {
            // not positions: the order stays
        }
    }

    static <T> List<T> rearranged(List<T> list, String order) {
        if (order == null || order.isBlank()) {
            return list;
        }
        int[] positions = Arrays.stream(order.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        if (positions.length != list.size() || !Arrays.equals(Arrays.stream(positions).sorted().toArray(), IntStream.range(0, list.size()).toArray())) {
            return list;
        }
        List<T> rearranged = new ArrayList<>();
        for (int p : positions) {
            rearranged.add(list.get(p));
        }
        return rearranged;
    }

    // --- images

    private void refreshLibrary() {
        List<Image> found = attempt(() -> images.library(office, LIBRARY_SIZE));
        library = found == null ? List.of() : found.stream().map(image -> new LibraryImage(image.id(), image.alt(), thumbnail(image.hero()))).toList();
    }

    private String thumbnail(HeroImage image) {
        return image.url("/" + office + "/", image.sizes().get(0));
    }

    /** The library's images, and an item's image the library no longer lists among its newest. */
    public List<LibraryImage> imagesFor(ItemForm item) {
        if (item.imageId == null || library.stream().anyMatch(i -> i.id() == item.imageId)) {
            return library;
        }
        Image image = attempt(() -> images.find(office, item.imageId));
        if (image == null) {
            return library;
        }
        List<LibraryImage> with = new ArrayList<>(library);
        with.add(new LibraryImage(image.id(), image.alt(), thumbnail(image.hero())));
        library = List.copyOf(with);
        return library;
    }

    public LibraryImage image(Long imageId) {
        return imageId == null ? null : library.stream().filter(i -> i.id() == imageId).findFirst().orElse(null);
    }

    // --- what the page offers

    public boolean isEditable() {
        return id == null ? mayCreate() : actions.contains(IssueAction.REVISE) || actions.contains(IssueAction.REVISE_IN_REVIEW);
    }

    private boolean mayCreate() {
        return !Collections.disjoint(roles, IssueAction.CREATE.roles());
    }

    public boolean isSubmittable() {
        return id == null ? mayCreate() : actions.contains(IssueAction.SUBMIT);
    }

    /** A published issue goes to the office's subscribers from the sending page, which its editors use. */
    public boolean isSendable() {
        return state == IssueState.PUBLISHED && roles.contains(Role.EDITOR);
    }

    public boolean may(String action) {
        return id != null && actions.contains(IssueAction.valueOf(action));
    }

    public String getStateName() {
        return language.text("newsletter.state." + (state == null ? "NEW" : state.name()));
    }

    public List<Month> getMonths() {
        return Arrays.asList(Month.values());
    }

    public String monthName(Month month) {
        Locale locale = language.getLocale();
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public List<String> getLanguages() {
        return List.of("en", "es");
    }

    public Link[] getLinks() {
        return Link.values();
    }

    public String getPreviewPath() {
        return id == null ? null : "/studio/preview-newsletter/" + office + "/" + id;
    }

    public String getChangedText() {
        return changedAt == null ? null : language.text("newsletter.changed", changedBy, time.when(changedAt));
    }

    public String getChangedIso() {
        return changedAt == null ? null : time.iso(changedAt);
    }

    public Converter<LiveStory> getStoryConverter() {
        return storyConverter;
    }

    /** A word of the studio with arguments, for the page. */
    public String say(String key, Object... arguments) {
        return language.text(key, arguments);
    }

    private <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (refusals.show(e, zone, IssueBuilderView::fieldId)) {
                return null;
            }
            throw e;
        }
    }

    /** Where the page shows a field's messages: {@code sections:1:items:0:url} is {@code builder:sections:1:items:0:url}. */
    static String fieldId(String field) {
        return field == null ? null : "builder:" + field;
    }

    // --- fields

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getOfficeName() {
        return officeName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public IssueState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMonthNumber() {
        return monthNumber;
    }

    public void setMonthNumber(Integer monthNumber) {
        this.monthNumber = monthNumber;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getIssueLanguage() {
        return issueLanguage;
    }

    public void setIssueLanguage(String issueLanguage) {
        this.issueLanguage = issueLanguage;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    public List<ResourceForm> getResources() {
        return resources;
    }

    public List<LibraryImage> getLibrary() {
        return library;
    }
}
