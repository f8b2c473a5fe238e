package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.Duty;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two editors at work on one description: whatever one of them saves, the other's stale form never writes over
 * it. Every request commits, as in production.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
class LostEditsTest {

    private static final String CODE = "0071";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ClassDescriptionRepository descriptions;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    private MvcTestResult save(String editor, long id, long version, DescriptionFormRequests form) {
        var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf()).with(user(editor).roles("EDITOR"));
        form.fields().forEach(request::param);
        request.param("version", String.valueOf(version));
        return request.exchange();
    }

    private long create() {
        var request = mvc.post().uri("/editor/descriptions").with(csrf()).with(user("ann").roles("EDITOR"));
        DescriptionFormRequests.valid(CODE, "Glass Technician").fields().forEach(request::param);
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl()
                .replaceAll("^/editor/descriptions/(\\d+)/preview$", "$1"));
    }

    /** Ann saves a change, so that Ann is the description's last editor; returns the version Ben then opens. */
    private long annSavesOnce(long id) {
        assertThat(save("ann", id, version(id), glassTechnician())).hasStatus(302);
        return version(id);
    }

    /** The form as Ann's first save leaves it. */
    private static DescriptionFormRequests glassTechnician() {
        return DescriptionFormRequests.valid(CODE, "Glass Technician").set("summary", "Blows and repairs laboratory glassware.");
    }

    private long version(long id) {
        return descriptions.findById(id).orElseThrow().getVersion();
    }

    private List<String> duties(long id) {
        return transactions.execute(status -> descriptions.findById(id).orElseThrow().getDuties().stream()
                .map(Duty::getText).toList());
    }

    private String knowledge(long id) {
        return transactions.execute(status -> descriptions.findById(id).orElseThrow()
                .qualification(org.jobclass.catalog.QualificationKind.KNOWLEDGE_SKILLS_ABILITIES).orElse(""));
    }

    @Test
    void aStaleFormIsRefusedWhenOnlyADutyChangedSinceItWasOpened() throws Exception {
        long id = create();
        long seenByBen = annSavesOnce(id);

        assertThat(save("ann", id, seenByBen, glassTechnician()
                .duties(List.of("Cleans and anneals glassware.", "Orders supplies.", "Performs related work as required."))))
                .hasStatus(302);
        MvcTestResult bens = save("ben", id, seenByBen, glassTechnician()
                .set("knowledgeSkillsAbilities", "Knowledge of glass."));

        assertThat(bens).hasStatusOk();
        assertThat(bens.getResponse().getContentAsString()).contains("Someone else saved this description");
        assertThat(duties(id)).startsWith("Cleans and anneals glassware.");
        assertThat(knowledge(id)).isEqualTo("Knowledge of laboratory safety.");
    }

    @Test
    void aStaleFormIsRefusedWhenOnlyAQualificationChangedSinceItWasOpened() throws Exception {
        long id = create();
        long seenByBen = annSavesOnce(id);

        assertThat(save("ann", id, seenByBen, glassTechnician()
                .set("physicalDemands", "Lifting up to 50 pounds."))).hasStatus(302);
        MvcTestResult bens = save("ben", id, seenByBen, glassTechnician()
                .duties(List.of("Cleans glassware.")));

        assertThat(bens).hasStatusOk();
        assertThat(bens.getResponse().getContentAsString()).contains("Someone else saved this description");
        assertThat(duties(id)).hasSize(3);
    }

    /** The form the conflict screen shows, as the browser would send it back with "Save". */
    private static DescriptionFormRequests formOf(org.jsoup.nodes.Document page) {
        DescriptionFormRequests form = DescriptionFormRequests.valid(CODE, "");
        List<String> duties = new ArrayList<>();
        for (org.jsoup.nodes.Element field : page.select("form.description-form input[name], form.description-form textarea[name]")) {
            String name = field.attr("name");
            if (name.startsWith("duties[")) {
                duties.add(field.val());
            } else if (!name.equals("_csrf") && !field.attr("type").equals("radio") && !name.startsWith("_")) {
                form.set(name, field.val());
            }
        }
        form.set("overtimeEligible", page.selectFirst("input[name=overtimeEligible][type=radio][checked]").val());
        return form.duties(duties);
    }

    @Test
    void theConflictScreenHoldsBothEditorsChangesWhenTheyChangedDifferentFields() throws Exception {
        long id = create();
        long seenByBoth = annSavesOnce(id);
        assertThat(save("ann", id, seenByBoth, glassTechnician().set("summary", "Blows, repairs and anneals glassware.")))
                .hasStatus(302);

        MvcTestResult bens = save("ben", id, seenByBoth, glassTechnician().set("knowledgeSkillsAbilities", "Knowledge of glass."));

        assertThat(bens).hasStatusOk();
        org.jsoup.nodes.Document screen = org.jobclass.testing.HtmlPages.parse(bens);
        assertThat(screen.selectFirst(".conflict").text()).contains("You changed different fields");
        assertThat(screen.select(".saved-version")).isEmpty();
        assertThat(screen.selectFirst("textarea[name=summary]").val()).isEqualTo("Blows, repairs and anneals glassware.");
        assertThat(screen.selectFirst("textarea[name=knowledgeSkillsAbilities]").val()).isEqualTo("Knowledge of glass.");

        DescriptionFormRequests saveAgain = formOf(screen);
        var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf()).with(user("ben").roles("EDITOR"));
        saveAgain.fields().forEach(request::param);
        assertThat(request.exchange()).hasStatus(302);
        assertThat(knowledge(id)).isEqualTo("Knowledge of glass.");
        String summary = transactions.execute(status -> descriptions.findById(id).orElseThrow().getSummary());
        assertThat(summary).isEqualTo("Blows, repairs and anneals glassware.");
    }

    @Test
    void aFieldBothEditorsChangedIsShownWithTheWordsThatDiffer() throws Exception {
        long id = create();
        long seenByBoth = annSavesOnce(id);
        assertThat(save("ann", id, seenByBoth, glassTechnician().set("summary", "Blows and anneals laboratory glassware.")))
                .hasStatus(302);

        MvcTestResult bens = save("ben", id, seenByBoth, glassTechnician().set("summary", "Blows and mends laboratory glassware."));

        org.jsoup.nodes.Document screen = org.jobclass.testing.HtmlPages.parse(bens);
        assertThat(screen.selectFirst(".conflict").text()).contains("One field was changed by both of you");
        assertThat(screen.selectFirst("textarea[name=summary]").val()).isEqualTo("Blows and mends laboratory glassware.");
        assertThat(screen.select(".saved-version")).hasSize(1);
        assertThat(screen.select(".saved-version del").eachText()).containsExactly("anneals");
        assertThat(screen.select(".saved-version ins").eachText()).containsExactly("mends");
    }

    @Test
    void twoEditorsSavingDifferentDutiesAtOnceNeverLoseAnEditNorGetAnError() throws Exception {
        long id = create();
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                long seen = version(id);
                List<String> before = duties(id);
                List<String> annsDuties = new ArrayList<>(before);
                annsDuties.set(0, "Ann's duty, round " + round + ".");
                List<String> bensDuties = new ArrayList<>(before);
                bensDuties.set(1, "Ben's duty, round " + round + ".");
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<MvcTestResult> ann = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return save("ann", id, seen, DescriptionFormRequests.valid(CODE, "Glass Technician").duties(annsDuties));
                };
                Callable<MvcTestResult> ben = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return save("ben", id, seen, DescriptionFormRequests.valid(CODE, "Glass Technician").duties(bensDuties));
                };
                Future<MvcTestResult> annsSave = editors.submit(ann);
                Future<MvcTestResult> bensSave = editors.submit(ben);
                int annsStatus = annsSave.get(30, TimeUnit.SECONDS).getResponse().getStatus();
                int bensStatus = bensSave.get(30, TimeUnit.SECONDS).getResponse().getStatus();

                assertThat(List.of(annsStatus, bensStatus)).as("round %d: one save, one conflict screen", round)
                        .containsExactlyInAnyOrder(302, 200);
                List<String> after = duties(id);
                String kept = annsStatus == 302 ? "Ann's duty, round " + round + "." : "Ben's duty, round " + round + ".";
                assertThat(after).as("round %d", round).contains(kept);
                assertThat(version(id)).as("round %d: the saved edit changed the version", round).isGreaterThan(seen);
            }
        } finally {
            editors.shutdownNow();
        }
    }
}
