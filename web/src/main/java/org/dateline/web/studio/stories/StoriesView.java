package org.dateline.web.studio.stories;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.StoryAge;
import org.dateline.articles.entity.StoryChoices;
import org.dateline.articles.entity.StoryFilter;
import org.dateline.articles.entity.StoryLine;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.OfficeTime;
import org.dateline.web.studio.StudioLanguage;
import org.dateline.workflow.entity.EditorialState;
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stories list: every story of the office, newest change first, a page at a time
 * ({@link StoryPages}), filtered by state, author, topic, language, age and words of the title.
 * The address may carry the filters ({@code ?state=DRAFT&author=ana.author&topic=…&language=es&age=WEEK&q=…}),
 * as the desk's "see all" links do; changing one redraws the list in place.
 */
@Named
@ViewScoped
public class StoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @EJB
    Stories stories;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    private String officeSlug;
    private String officeName;
    private OfficeTime time;
    private StoryChoices choices;
    private StoryPages pages;

    private String state;
    private String author;
    private String topic;
    private String storyLanguage;
    private String age;
    private String title;

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Caller caller = identities.current();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> office = desk.officeOf(caller);
        if (office.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/studio/");
            return;
        }
        officeSlug = office.get();
        Office where = offices.get(officeSlug);
        officeName = where.name();
        time = OfficeTime.of(where, language.getLocale());
        choices = stories.choices(officeSlug);
        Map<String, String> asked = external.getRequestParameterMap();
        state = known(asked.get("state"), Arrays.stream(EditorialState.values()).map(Enum::name).toList());
        author = known(asked.get("author"), choices.authors().stream().map(StoryChoices.Option::value).toList());
        topic = known(asked.get("topic"), choices.topics().stream().map(StoryChoices.Option::value).toList());
        storyLanguage = known(asked.get("language"), choices.languages());
        age = known(asked.get("age"), Arrays.stream(StoryAge.values()).map(Enum::name).toList());
        title = asked.get("q") == null ? null : asked.get("q").strip();
        pages = new StoryPages(stories, officeSlug);
        filter();
    }

    private static String known(String value, List<String> values) {
        return value != null && values.contains(value) ? value : null;
    }

    /** Applies the filters as they stand: the list starts again from its first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("stories:list") instanceof DataTable table) {
            table.setFirst(0);
        }
        pages.filterBy(new StoryFilter(state == null || state.isEmpty() ? null : EditorialState.valueOf(state), author, topic,
                storyLanguage, age == null || age.isEmpty() ? null : StoryAge.valueOf(age), title));
    }

    /** The editor's address of a story of this office. */
    public String editor(StoryLine line) {
        return "story.xhtml?office=" + officeSlug + "&id=" + line.id();
    }

    public String topics(StoryLine line) {
        return String.join(", ", line.topics());
    }

    /** The paginator's "page 2 of 7", in the person's words; PrimeFaces fills in the numbers. */
    public String getPageReport() {
        return language.text("stories.pageReport", "{currentPage}", "{totalPages}");
    }

    /** A language by its name in the person's language ("Spanish", "español"). */
    public String languageName(String tag) {
        Locale locale = language.getLocale();
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public List<String> getStates() {
        return Arrays.stream(EditorialState.values()).map(Enum::name).toList();
    }

    public List<String> getAges() {
        return Arrays.stream(StoryAge.values()).map(Enum::name).toList();
    }

    public String getOfficeSlug() {
        return officeSlug;
    }

    public String getOfficeName() {
        return officeName;
    }

    public OfficeTime getTime() {
        return time;
    }

    public StoryChoices getChoices() {
        return choices;
    }

    public StoryPages getPages() {
        return pages;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getStoryLanguage() {
        return storyLanguage;
    }

    public void setStoryLanguage(String storyLanguage) {
        this.storyLanguage = storyLanguage;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = age;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
