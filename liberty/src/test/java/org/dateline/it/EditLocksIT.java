package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Story;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.workflow.boundary.EditLocks;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.StoryLocked;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One person edits a story at a time; others see who and since when, and may take the editing over. */
@ExtendWith(ArquillianExtension.class)
class EditLocksIT {

    static final String SAN_JOSE = "san-jose";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(EditLocksIT.class);
    }

    @EJB
    EditLocks locks;

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
    }

    private Story draft() {
        return signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(Newsroom.unique("Locked"))));
    }

    @Test
    void theFirstToOpenAStoryEditsItAndOthersSeeWhoAndSince() {
        Story story = draft();
        EditLocks.Lock ana = signedIn.as("ana.author", () -> locks.open(SAN_JOSE, story.id()));
        EditLocks.Lock eli = signedIn.as("eli.editor", () -> locks.open(SAN_JOSE, story.id()));

        assertThat(ana.mine()).isTrue();
        assertThat(eli.mine()).isFalse();
        assertThat(eli.holder()).isEqualTo("ana.author");
        assertThat(eli.since()).isEqualTo(ana.since());
        assertThatThrownBy(() -> signedIn.run("eli.editor",
                () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Eli's words"))))
                .isInstanceOf(StoryLocked.class).hasMessageContaining("ana.author is editing");
        assertThat(signedIn.as("ana.author", () -> stories.find(SAN_JOSE, story.id())).version()).isEqualTo(story.version());

        Story saved = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Ana's words")));
        assertThat(saved.version()).isGreaterThan(story.version());
    }

    @Test
    void takingOverTellsTheFirstPersonWhoseUnsavedTextIsKept() {
        Story story = draft();
        signedIn.run("ana.author", () -> locks.open(SAN_JOSE, story.id()));
        EditLocks.Lock eli = signedIn.as("eli.editor", () -> locks.takeOver(SAN_JOSE, story.id()));
        assertThat(eli.mine()).isTrue();

        EditLocks.Lock seenByAna = signedIn.as("ana.author", () -> locks.keepAlive(SAN_JOSE, story.id()));
        assertThat(seenByAna.mine()).isFalse();
        assertThat(seenByAna.holder()).isEqualTo("eli.editor");
        int kept = signedIn.as("ana.author", () -> editorial.keepUnsaved(SAN_JOSE, story.id(),
                org.dateline.articles.entity.Edit.of(Newsroom.story("Ana's unsaved words"))));
        assertThat(signedIn.as("eli.editor", () -> stories.revisions(SAN_JOSE, story.id())))
                .filteredOn(r -> r.number() == kept).singleElement()
                .satisfies(r -> assertThat(r.note()).contains("kept when eli.editor took over editing"));

        Story saved = signedIn.as("eli.editor", () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Eli's words")));
        assertThat(saved.version()).as("the kept text did not make Eli's save conflict").isGreaterThan(story.version());
    }

    @Test
    void someoneWithoutARoleInTheOfficeCannotTakeTheLock() {
        Story story = draft();
        assertThatThrownBy(() -> signedIn.run("gabe.author", () -> locks.open(SAN_JOSE, story.id()))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("nora.nobody", () -> locks.takeOver(SAN_JOSE, story.id()))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void twoPeopleOpeningAStoryAtTheSameMomentDoNotBothGetIt() throws Exception {
        Story story = draft();
        List<String> people = List.of("ana.author", "eli.editor", "tom.two-offices");
        for (String person : people) {
            signedIn.as(person, () -> locks.of(SAN_JOSE, story.id()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EditLocks.Lock>> opened = new ArrayList<>();
        for (String person : people) {
            opened.add(pool.submit(() -> {
                start.await();
                return signedIn.as(person, () -> locks.open(SAN_JOSE, story.id()));
            }));
        }
        start.countDown();
        List<EditLocks.Lock> answers = new ArrayList<>();
        for (Future<EditLocks.Lock> answer : opened) {
            answers.add(answer.get());
        }
        pool.shutdown();
        assertThat(answers).filteredOn(EditLocks.Lock::mine).hasSize(1);
        String holder = answers.stream().filter(EditLocks.Lock::mine).findFirst().orElseThrow().holder();
        assertThat(answers).extracting(EditLocks.Lock::holder).containsOnly(holder);
    }
}
