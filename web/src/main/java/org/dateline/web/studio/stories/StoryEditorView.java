package org.dateline.web.studio.stories;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.dateline.identity.control.PersonNames;
import jakarta.inject.Named;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.control.Slugs;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Edit;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.HeroImage;
import org.dateline.media.entity.Image;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.Refusals;
import org.dateline.web.studio.StudioLanguage;
import org.dateline.workflow.boundary.EditLocks;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.EditorialAction;
import org.dateline.workflow.entity.EditorialState;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The story editor: every field of a story (title, dateline, publication date, lead, rich-text
 * body, topics, language, hero image, a live story's correction notice), and every action the
 * person's role allows from the story's state, each through the editorial boundary with the version
 * the person loaded. Only what the role and state allow is offered; the boundary still decides, and
 * its refusals are said by {@link Refusals}. Opening a story takes its edit lock; someone else sees
 * it read-only, with whose it is and a way to take it over, and the person taken over from keeps
 * their unsaved text as a revision. The page keeps an unsaved copy of the text in the browser
 * (studio.js), so a refused save, a conflict or a lapsed sign-in loses nothing; the story's id,
 * version and hero image travel in the form, so that a new view of the page still knows them.
 */
@Named
@ViewScoped
public class StoryEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIBRARY_SIZE = 24;

    @Inject
    PersonNames names;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dateline.editor.poll-seconds", defaultValue = "20")
    int pollSeconds;

    /** An image of the office's library, as the editor offers it. */
    public record LibraryImage(long id, String alt, String credit, String thumbnail, String inText) implements Serializable {
    }

    /** A revision as the editor lists it. */
    public record RevisionLine(int number, String author, String when, String note, boolean working, boolean live)
            implements Serializable {
    }

    @EJB
    Identities identities;

    @EJB
    Stories stories;

    @EJB
    Editorial editorial;

    @EJB
    EditLocks locks;

    @EJB
    Images images;

    @EJB
    Offices offices;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    @Inject
    Refusals refusals;

    private String office;
    private String officeName;
    private ZoneId zone = ZoneId.of("UTC");
    private List<String> officeLanguages = List.of();
    private String person;
    private Set<Role> roles = Set.of();

    private Long id;
    private int version;
    private EditorialState state;
    private boolean live;
    private boolean revisedSinceLive;
    private String livePath;
    private Instant scheduledFor;
    private Instant unpublishAt;
    private Long translationId;
    private String translationLanguage;
    private String translationTitle;
    private String translationLead;
    private String translationBody;
    private List<RevisionLine> revisions = List.of();

    private String title;
    private String dateline;
    private LocalDate publicationDate;
    private String lead;
    private String body;
    private List<String> topics = new ArrayList<>();
    private String storyLanguage;
    private Long heroImageId;
    private String correction;
    /** The text as last loaded from the server, to tell whether the person has changed it since. */
    private List<Object> loaded = List.of();
    private String loadedBody = "";
    /** Whether the person typed in the body since it was loaded (the page says so). */
    private boolean dirty;

    private transient UploadedFile heroFile;
    private String heroAlt;
    private String heroCredit;
    private HeroLine hero;
    private List<LibraryImage> library = List.of();
    private List<String> officeTopics = List.of();

    private String comment;
    private LocalDateTime when;

    private boolean readOnly;
    private String lockHolder;
    private Instant lockSince;
    private boolean holdingLock;
    /** What the person was told when someone took the story over, kept on the page. */
    private String takenOver;

    /** The hero image as the editor shows it. */
    public record HeroLine(long id, String alt, String credit, String thumbnail) implements Serializable {
    }

    public void open() throws IOException {
        Caller caller = identities.current();
        person = caller.name();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> where = desk.officeOf(caller);
        if (where.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/studio/");
            return;
        }
        office = where.get();
        roles = EnumSet.copyOf(caller.rolesIn(office).isEmpty() ? EnumSet.noneOf(Role.class) : caller.rolesIn(office));
        Office at = offices.get(office);
        officeName = at.name();
        zone = at.zone();
        officeLanguages = at.languages();
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        storyLanguage = at.mainLanguage();
        if (id != null) {
            if (load()) {
                takeLock();
            } else {
                id = null;
            }
        }
        refreshLibrary();
    }

    /** Reads the story as the server has it now; false when it was refused (the reason shown). */
    private boolean load() {
        return attempt(() -> {
            show(stories.open(office, id));
            return true;
        }) != null;
    }

    private void show(Stories.Opened opened) {
        Story story = opened.story();
        Revision working = opened.working();
        id = story.id();
        version = story.version();
        state = story.state();
        live = story.isLive();
        revisedSinceLive = live && opened.live() != null && !opened.live().id().equals(working.id());
        livePath = opened.live() == null ? null
                : "/" + office + "/stories/" + story.id() + "-" + Slugs.of(opened.live().title());
        scheduledFor = story.scheduledFor();
        unpublishAt = story.unpublishAt();
        title = working.title();
        dateline = working.dateline();
        publicationDate = working.publicationDate();
        lead = working.lead();
        body = working.body();
        topics = new ArrayList<>(working.content().topics());
        storyLanguage = working.language();
        heroImageId = working.heroImageId();
        correction = working.correctionNotice();
        translationId = story.translationId();
        if (opened.translationWorking() != null) {
            Revision other = opened.translationWorking();
            translationLanguage = other.language();
            translationTitle = other.title();
            translationLead = other.lead();
            translationBody = other.body();
        } else {
            translationLanguage = null;
            translationTitle = null;
            translationLead = null;
            translationBody = null;
        }
        revisions = opened.revisions().stream().sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .map(r -> new RevisionLine(r.number(), r.author(), language.when(r.createdAt(), zone), r.note(),
                        r.id().equals(working.id()), opened.live() != null && r.id().equals(opened.live().id())))
                .toList();
        loaded = text();
        loadedBody = canonical(body);
        dirty = false;
        hero = null;
    }

    private List<Object> text() {
        return Stream.of(normalized(title), normalized(dateline), String.valueOf(publicationDate), normalized(lead), List.copyOf(topics == null ? List.of() : topics), String.valueOf(storyLanguage),
                String.valueOf(heroImageId), normalized(correction)).map(o -> (Object) o).toList();
    }

    /** Browsers send a text area's line breaks as CR LF. */
    private static String normalized(String field) {
        return field == null ? "" : field.replace("\r\n", "\n").strip();
    }

    /**
     * A body as far as its meaning goes: the editor in the browser writes the HTML the server
     * sanitized back in its own way (attributes, empty paragraphs, entities), which is no change.
     */
    static String canonical(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<(/?)([a-zA-Z0-9]+)(?:\\s[^>]*)?>", "<$1$2>")
                .replace("<p><br></p>", "").replace("<br>", "").replace("<br/>", "")
                .replace("&nbsp;", " ").replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&#64;", "@")
                .replace("&#43;", "+").replace("&#61;", "=").replace("&#96;", "`")
                .replaceAll("\\s+", " ").replaceAll("> <", "><").strip();
    }

    /**
     * Whether the person changed anything since the story was loaded: the fields compared with what
     * the server has, the body as the page says (its editor re-writes the server's HTML in its own
     * way, which is no change; {@link #canonical} compares what is left).
     */
    private boolean changed() {
        return id == null || dirty && !canonical(body).equals(loadedBody) || !text().equals(loaded);
    }

    // --- the edit lock

    private void takeLock() {
        if (state == null || !may(EditorialAction.revisionIn(state))) {
            return;
        }
        attempt(() -> {
            lockSeen(locks.open(office, id));
            return true;
        });
    }

    /**
     * After an action that leaves the person unable to revise the story (an author's submission,
     * an archive), their lock goes, so that whoever takes it from here (the editor) is not kept out.
     */
    private void releaseIfDone() {
        if (holdingLock && id != null && state != null && !may(EditorialAction.revisionIn(state))) {
            attempt(() -> {
                locks.release(office, id);
                return true;
            });
            holdingLock = false;
        }
    }

    /** A colleague as the office's staff list names them (their username if it does not). */
    private String name(String username) {
        return username == null ? null : names.of(office, username);
    }

    private void lockSeen(EditLocks.Lock lock) {
        holdingLock = lock.mine();
        readOnly = !lock.isFree() && !lock.mine();
        lockHolder = name(lock.holder());
        lockSince = lock.since();
    }

    /**
     * The page is open (polled): keeps the person's lock, and tells them at once when someone took
     * the story over, keeping what they had typed and not saved as a revision.
     */
    public void heartbeat() {
        if (id == null) {
            return;
        }
        if (!holdingLock) {
            attempt(() -> {
                EditLocks.Lock lock = locks.of(office, id);
                lockHolder = name(lock.holder());
                lockSince = lock.since();
                return true;
            });
            return;
        }
        EditLocks.Lock lock = attempt(() -> locks.keepAlive(office, id));
        if (lock == null || lock.mine() || lock.isFree()) {
            return;
        }
        lockSeen(lock);
        if (changed()) {
            Integer kept = attempt(() -> editorial.keepUnsaved(office, id, edit()));
            if (kept != null) {
                takenOver = language.text("editor.takenOverKept", name(lock.holder()), language.when(lock.since(), zone), kept);
                PrimeFaces.current().ajax().addCallbackParam("saved", true);
                PrimeFaces.current().ajax().addCallbackParam("takenOver", true);
                return;
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("takenOver", true);
        takenOver = language.text("editor.takenOver", name(lock.holder()), language.when(lock.since(), zone));
    }

    /** Takes the story over from whoever is editing it, and shows its text as it is saved now. */
    public void takeOver() {
        EditLocks.Lock lock = attempt(() -> locks.takeOver(office, id));
        if (lock != null && load()) {
            lockSeen(lock);
            takenOver = null;
            language.info("editor.tookOver");
        }
    }

    // --- saving and the workflow's actions

    /** Saves the text: a new story, or a new revision over the version the person loaded. */
    public void save() {
        boolean created = id == null;
        if (written()) {
            language.info(created ? "editor.created" : "editor.saved");
        }
    }

    /** Writes the text to the server; false when it was refused, with the reasons shown. */
    private boolean written() {
        if (title == null || title.isBlank()) {
            FacesContext.getCurrentInstance().addMessage("editor:title",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("refusal.titleRequired"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        boolean created = id == null;
        Story saved = attempt(() -> created ? editorial.create(office, edit().values())
                : editorial.revise(office, id, version, edit()));
        if (saved == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        id = saved.id();
        load();
        if (created) {
            takeLock();
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        PrimeFaces.current().ajax().addCallbackParam("storyId", id);
        return true;
    }

    /** Every field the page shows; the correction notice only where the page offers it (a live story). */
    private Edit edit() {
        Content content = new Content(title, dateline, publicationDate, lead, body, storyLanguage, topics, heroImageId,
                live ? correction : null);
        Set<Edit.Field> fields = EnumSet.allOf(Edit.Field.class);
        if (!live) {
            fields.remove(Edit.Field.CORRECTION);
        }
        return Edit.of(content, fields);
    }

    /** Saves what was typed and not saved yet, then takes the action with the version that save left. */
    private void afterSaving(String done, String doneAfterSaving, Supplier<Story> action) {
        boolean unsaved = changed() && (id == null || may(EditorialAction.revisionIn(state)));
        if (unsaved && !written()) {
            return;
        }
        if (attempt(action) != null) {
            load();
            releaseIfDone();
            language.info(unsaved ? doneAfterSaving : done);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        }
    }

    public void submit() {
        afterSaving("editor.submitted", "editor.savedAndSubmitted", () -> editorial.submitForReview(office, id, version));
    }

    public void withdraw() {
        act("editor.withdrawn", () -> editorial.withdrawFromReview(office, id, version));
    }

    public void publish() {
        afterSaving("editor.published", "editor.savedAndPublished", () -> editorial.publish(office, id, version));
    }

    /** Schedules the story as it is saved (the dialog sends no text). */
    public void schedule() {
        dialogAction("editor.scheduled", () -> editorial.schedule(office, id, version, when));
    }

    public void cancelSchedule() {
        act("editor.scheduleCancelled", () -> editorial.cancelSchedule(office, id, version));
    }

    public void requestChanges() {
        if (comment == null || comment.isBlank()) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("editor.commentRequired"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        dialogAction("editor.changesRequested", () -> editorial.requestChanges(office, id, version, comment));
    }

    public void unpublish() {
        dialogAction("editor.unpublished", () -> editorial.unpublish(office, id, version, comment));
    }

    public void scheduleUnpublish() {
        dialogAction("editor.unpublishScheduled", () -> editorial.scheduleUnpublish(office, id, version, when, comment));
    }

    public void cancelUnpublish() {
        act("editor.unpublishCancelled", () -> editorial.cancelUnpublish(office, id, version));
    }

    public void archive() {
        act("editor.archived", () -> editorial.archive(office, id, version));
    }

    public void restore(int number) {
        if (attempt(() -> editorial.restore(office, id, version, number)) != null) {
            load();
            language.info("editor.restored", number);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        }
    }

    /** Starts the story's version in the office's other language and opens it. */
    public void translate() throws IOException {
        String into = getTranslationInto();
        Story translation = attempt(() -> editorial.translate(office, id, version, into));
        if (translation != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/studio/story.xhtml?id=" + translation.id());
        }
    }

    private void act(String done, Supplier<Story> action) {
        if (attempt(action) != null) {
            load();
            releaseIfDone();
            language.info(done);
        }
    }

    private void dialogAction(String done, Supplier<Story> action) {
        if (attempt(action) != null) {
            load();
            releaseIfDone();
            comment = null;
            when = null;
            language.info(done);
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    // --- the hero image

    public void upload() {
        if (heroFile == null || heroFile.getSize() == 0) {
            FacesContext.getCurrentInstance().addMessage("editor:hero-file",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("editor.chooseFile"), null));
            return;
        }
        byte[] bytes = heroFile.getContent();
        Image image = attempt(() -> images.upload(office, bytes, heroAlt, heroCredit));
        if (image != null) {
            heroImageId = image.id();
            hero = line(image);
            heroAlt = null;
            heroCredit = null;
            refreshLibrary();
            language.info("editor.uploaded");
        }
    }

    public void pick(long imageId) {
        heroImageId = imageId;
        hero = null;
    }

    public void removeHero() {
        heroImageId = null;
        hero = null;
    }

    public HeroLine getHero() {
        if (heroImageId == null) {
            return null;
        }
        if (hero == null || hero.id() != heroImageId) {
            Image image = attempt(() -> images.find(office, heroImageId));
            hero = image == null ? null : line(image);
        }
        return hero;
    }

    private HeroLine line(Image image) {
        HeroImage h = image.hero();
        return new HeroLine(image.id(), image.alt(), image.credit(), address(h, 0));
    }

    private void refreshLibrary() {
        List<Image> found = attempt(() -> images.library(office, LIBRARY_SIZE));
        library = found == null ? List.of() : found.stream().map(image -> {
            HeroImage h = image.hero();
            return new LibraryImage(image.id(), image.alt(), image.credit(), address(h, 0), address(h, 1));
        }).toList();
    }

    /** An image's address on the office's site: the narrowest rendition for a thumbnail, a wider one for the text. */
    private String address(HeroImage image, int wider) {
        int at = Math.min(image.sizes().size() - 1, wider == 0 ? 0 : Math.max(0, image.sizes().size() / 2));
        return image.url("/" + office + "/", image.sizes().get(at));
    }

    // --- topics

    /** The office's topics that begin with (or contain) what was typed, and what was typed as a new one. */
    public List<String> completeTopic(String query) {
        if (officeTopics.isEmpty()) {
            List<String> found = attempt(() -> stories.topicNames(office));
            officeTopics = found == null ? List.of() : found;
        }
        String typed = query == null ? "" : query.strip();
        String lower = typed.toLowerCase(language.getLocale());
        List<String> matches = new ArrayList<>(officeTopics.stream()
                .filter(t -> t.toLowerCase(language.getLocale()).contains(lower)).limit(10).toList());
        if (!typed.isEmpty() && matches.stream().noneMatch(t -> t.equalsIgnoreCase(typed))) {
            matches.add(0, typed);
        }
        return matches;
    }

    // --- what the page offers

    /** Whether the person's role and the story's state allow the action (the boundary decides again). */
    public boolean may(EditorialAction action) {
        if (Collections.disjoint(roles, action.roles())) {
            return false;
        }
        if (id == null || state == null) {
            return action == EditorialAction.CREATE;
        }
        if (readOnly) {
            return false;
        }
        return Story.refusal(action, state, live, unpublishAt != null) == null;
    }

    public boolean may(String action) {
        return may(EditorialAction.valueOf(action));
    }

    /** Submitting is offered on a new story too: it is saved first. */
    public boolean isSubmittable() {
        return id == null ? may(EditorialAction.CREATE) : may(EditorialAction.SUBMIT);
    }

    public boolean isEditable() {
        return !readOnly && (id == null ? may(EditorialAction.CREATE) : may(EditorialAction.revisionIn(state)));
    }

    public boolean isTranslatable() {
        return id != null && translationId == null && !readOnly && getTranslationInto() != null
                && (may(EditorialAction.translationLinkIn(state, false)) && !Collections.disjoint(roles, EditorialAction.CREATE.roles()));
    }

    /** An editor of the office may share a saved story with other offices (the cross-posts page decides the rest). */
    public boolean isShareable() {
        return id != null && roles.contains(Role.EDITOR);
    }

    /** The office's other language, into which the story can be translated. */
    public String getTranslationInto() {
        return officeLanguages.stream().filter(l -> !l.equals(storyLanguage)).findFirst().orElse(null);
    }

    public String languageName(String tag) {
        if (tag == null) {
            return "";
        }
        Locale locale = language.getLocale();
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public String getStateName() {
        return state == null ? language.text("editor.state.NEW") : language.text("editor.state." + state.name());
    }

    public String getScheduledForText() {
        return scheduledFor == null ? null : language.when(scheduledFor, zone);
    }

    public String getUnpublishAtText() {
        return unpublishAt == null ? null : language.when(unpublishAt, zone);
    }

    public String getLockSinceText() {
        return lockSince == null ? null : language.when(lockSince, zone);
    }

    /** The office's time zone as the date-time pickers show it ("America/Costa_Rica, Central Time"). */
    public String getZoneName() {
        return zone.getId() + " (" + zone.getDisplayName(TextStyle.FULL, language.getLocale()) + ")";
    }

    public String getZoneId() {
        return zone.getId();
    }

    public String getPreviewPath() {
        return id == null ? null : "/studio/preview/" + office + "/" + id;
    }

    /**
     * The key of this story's unsaved copy in the browser: the person's own (another person signing
     * in on the same browser does not see it, and signing out removes it), then office and story.
     */
    public String getDraftKey() {
        return "dateline.draft." + person + "." + office + "." + (id == null ? "new" : id);
    }

    private <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (refusals.show(e, zone, StoryEditorView::fieldId)) {
                return null;
            }
            throw e;
        }
    }

    /** A word of the studio with one argument, for the page. */
    public String say(String key, Object argument) {
        return language.text(key, argument);
    }

    public String say2(String key, Object first, Object second) {
        return language.text(key, first, second);
    }

    /** How often the page tells the server it is still open: well within the lock's lapse. */
    public int getPollSeconds() {
        return pollSeconds;
    }

    /** Where the page shows a field's messages. */
    static String fieldId(String field) {
        return switch (field) {
            case "hero" -> "editor:hero-file";
            case "comment", "when" -> null;
            default -> "editor:" + field;
        };
    }

    // --- fields

    public String getOffice() {
        return office;
    }

    public String getOfficeName() {
        return officeName;
    }

    public List<String> getOfficeLanguages() {
        return officeLanguages;
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

    public EditorialState getState() {
        return state;
    }

    public boolean isLive() {
        return live;
    }

    public void setLive(boolean live) {
        this.live = live;
    }

    public boolean isRevisedSinceLive() {
        return revisedSinceLive;
    }

    public String getLivePath() {
        return livePath;
    }

    public Long getTranslationId() {
        return translationId;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    public String getTranslationTitle() {
        return translationTitle;
    }

    public String getTranslationLead() {
        return translationLead;
    }

    public String getTranslationBody() {
        return translationBody;
    }

    public List<RevisionLine> getRevisions() {
        return revisions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public String getStoryLanguage() {
        return storyLanguage;
    }

    public void setStoryLanguage(String storyLanguage) {
        this.storyLanguage = storyLanguage;
    }

    public Long getHeroImageId() {
        return heroImageId;
    }

    public void setHeroImageId(Long heroImageId) {
        this.heroImageId = heroImageId;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public UploadedFile getHeroFile() {
        return heroFile;
    }

    public void setHeroFile(UploadedFile heroFile) {
        this.heroFile = heroFile;
    }

    public String getHeroAlt() {
        return heroAlt;
    }

    public void setHeroAlt(String heroAlt) {
        this.heroAlt = heroAlt;
    }

    public String getHeroCredit() {
        return heroCredit;
    }

    public void setHeroCredit(String heroCredit) {
        this.heroCredit = heroCredit;
    }

    public List<LibraryImage> getLibrary() {
        return library;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDateTime getWhen() {
        return when;
    }

    public void setWhen(LocalDateTime when) {
        this.when = when;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public String getLockHolder() {
        return lockHolder;
    }

    public String getTakenOver() {
        return takenOver;
    }

    public boolean isDirty() {
        return dirty;
    }

    public void setDirty(boolean dirty) {
        this.dirty = dirty;
    }

    public boolean isHoldingLock() {
        return holdingLock;
    }
}
