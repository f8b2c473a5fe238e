package org.jobclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.editing.EditingService;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Contract of every route of the read API, as another system uses it. Every change commits, as in production. */
@ApplicationTest
@Import(CatalogFixtures.class)
class ClassesApiTest {

    private static final String SEED = "/api/v1/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being";

    @Autowired
    MockMvcTester mvc;

    /** The application's clock: "today" is the office's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6601", "6602");
    }

    @Test
    void aDescriptionComesWholeAndStructured() {
        JsonNode seed = get(SEED);

        assertThat(seed.get("code").asString()).isEqualTo("0435");
        assertThat(seed.get("officialTitle").asString()).isEqualTo("Coordinator");
        assertThat(seed.get("workingTitle").asString()).isEqualTo("Coordinator, Organizational Development, Office of School Support and Well-Being");
        assertThat(seed.get("grade").asString()).isEqualTo("N");
        assertThat(seed.get("months").asInt()).isEqualTo(12);
        assertThat(seed.get("sqOq").asString()).isEqualTo("Not Applicable");
        assertThat(seed.get("qualifications").get("certificateLicense").asString()).isEqualTo("None");
        assertThat(seed.get("qualifications").get("specialRequirements").asString()).startsWith("Availability to work overtime");
        assertThat(seed.get("overtimeEligible").isBoolean()).isTrue();
        assertThat(seed.get("overtimeEligible").asBoolean()).isFalse();
        assertThat(seed.get("duties").size()).isEqualTo(8);
        assertThat(seed.get("duties").get(7).asString()).isEqualTo("Represents OneOTLS on task forces and committees.");
        assertThat(seed.get("classEstablished").asString()).isEqualTo("2022-04");
        assertThat(seed.get("datesRevised").isArray()).isTrue();
        assertThat(seed.get("lastReviewed").isNull()).isTrue();
        assertThat(seed.get("revision").asInt()).isEqualTo(1);
        assertThat(seed.get("publishedAt").asString()).endsWith("Z");
        assertThat(seed.get("links").get("page").asString()).isEqualTo(SEED.replace("/api/v1", ""));
        assertThat(seed.get("links").get("revisions").asString()).isEqualTo(SEED + "/revisions");
    }

    @Test
    void overtimeNotStatedIsNullNotFalse() {
        DescriptionContent unstated = CatalogFixtures.content("6601", "Api Unstated Clerk", "Keeps records.");
        fixtures.publish(new DescriptionContent(unstated.officialTitle(), unstated.code(), unstated.sqOq(), unstated.workingTitle(),
                unstated.grade(), unstated.months(), unstated.summary(), unstated.qualifications(), null, unstated.duties(),
                null, List.of(), null));

        JsonNode description = get("/api/v1/classes/6601/api-unstated-clerk");

        assertThat(description.has("overtimeEligible")).isTrue();
        assertThat(description.get("overtimeEligible").isNull()).isTrue();
        assertThat(description.get("classEstablished").isNull()).isTrue();
    }

    @Test
    void theListPagesThroughEveryPublishedClassOrThoseTheSearchFinds() {
        JsonNode all = get("/api/v1/classes");
        JsonNode found = get("/api/v1/classes?q=organizational&months=12");
        JsonNode none = get("/api/v1/classes?grade=no-such-grade");

        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("pageSize").asInt()).isEqualTo(20);
        assertThat(all.get("previous").isNull()).isTrue();
        assertThat(found.get("items").get(0).get("href").asString()).isEqualTo(SEED);
        assertThat(found.get("items").get(0).get("officialTitle").asString()).isEqualTo("Coordinator");
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("items").size()).isZero();
        assertThat(none.get("next").isNull()).isTrue();
    }

    @Test
    void theNextPageIsLinkedWithTheSameQuery() {
        for (int i = 0; i < 21; i++) {
            fixtures.publish(CatalogFixtures.content("6602", "Api Paged Clerk " + (100 + i), "Keeps paged records."));
        }

        JsonNode first = get("/api/v1/classes?q=paged&grade=15");
        JsonNode second = get(first.get("next").asString());

        assertThat(first.get("total").asInt()).isEqualTo(21);
        assertThat(first.get("pageCount").asInt()).isEqualTo(2);
        assertThat(first.get("next").asString()).isEqualTo("/api/v1/classes?q=paged&grade=15&page=2");
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("previous").asString()).isEqualTo("/api/v1/classes?q=paged&grade=15&page=1");
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void anOfficialClassListsItsWorkingTitles() {
        JsonNode official = get("/api/v1/classes/0435");

        assertThat(official.get("officialTitle").asString()).isEqualTo("Coordinator");
        assertThat(official.get("workingTitles").size()).isEqualTo(2);
        assertThat(official.get("workingTitles").findValuesAsString("href")).contains(SEED);
    }

    @Test
    @WithMockUser(username = "api-editor", roles = "EDITOR")
    void everyRevisionIsKeptAndTheOnePublicOnAGivenDayIsFound() {
        long id = fixtures.publish(CatalogFixtures.content("6601", "Api Revised Clerk", "Keeps the first records."));
        var summary = editing.summary(id);
        editing.saveAndPublish(id, withSummary(summary.content(), "Keeps the second records."), summary.version(), "second", org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "api-editor");
        jdbc.update("update description_revision set published_at = now() - interval '10 days' where description_id = ? and number = 1", id);
        LocalDate today = LocalDate.now(clock);
        String path = "/api/v1/classes/6601/api-revised-clerk";

        JsonNode revisions = get(path + "/revisions");
        JsonNode first = get(path + "/revisions/1");
        JsonNode fiveDaysAgo = get(path + "?as_of=" + today.minusDays(5));
        JsonNode tomorrow = get(path + "?as_of=" + today.plusDays(1));

        assertThat(revisions.findValuesAsString("href")).containsExactly(path + "/revisions/2", path + "/revisions/1");
        assertThat(revisions.get(0).get("changedSections").values()).extracting(JsonNode::asString)
                .containsExactly("SUMMARY DESCRIPTION OF CLASSIFICATION");
        assertThat(revisions.get(0).has("publishedBy")).isFalse();
        assertThat(revisions.get(0).has("note")).isFalse();
        assertThat(first.get("summary").asString()).isEqualTo("Keeps the first records.");
        assertThat(fiveDaysAgo.get("revision").asInt()).isEqualTo(1);
        assertThat(tomorrow.get("revision").asInt()).isEqualTo(2);
        assertThat(tomorrow.get("summary").asString()).isEqualTo("Keeps the second records.");
        assertProblem(mvc.get().uri(path + "?as_of=" + today.minusDays(11)).exchange(), 404,
                "The class description at /classes/6601/api-revised-clerk was not yet published on " + today.minusDays(11) + ".");
        assertProblem(mvc.get().uri(path + "/revisions/3").exchange(), 404,
                "The class description at /classes/6601/api-revised-clerk has no published revision 3.");
    }

    @Test
    void unknownAndRetiredClassesAndBadParametersAreProblemDetails() throws Exception {
        fixtures.save("6601", "Api Retired Clerk", org.jobclass.catalog.DescriptionStatus.RETIRED);

        assertProblem(mvc.get().uri("/api/v1/classes/9999").exchange(), 404, "Nothing is published under code 9999.");
        assertProblem(mvc.get().uri("/api/v1/nothing/here").exchange(), 404, "The API has nothing at /api/v1/nothing/here: see /api for its routes.");
        assertProblem(mvc.get().uri("/api/v1/classes/0435/no-such-title").exchange(), 404,
                "No class description is published at /classes/0435/no-such-title.");
        MvcTestResult retired = mvc.get().uri("/api/v1/classes/6601/api-retired-clerk").exchange();
        assertThat(retired).hasStatus(410);
        assertThat(json.readTree(retired.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
                .startsWith("The class description at /classes/6601/api-retired-clerk was retired at ");
        assertThat(get("/api/v1/classes/6601/api-retired-clerk/revisions").size()).isEqualTo(1);
        assertProblem(mvc.get().uri(SEED + "?as_of=yesterday").exchange(), 400, "The parameter as_of is not valid.");
        assertProblem(mvc.get().uri("/api/v1/classes?overtime=maybe").exchange(), 400,
                "overtime must be yes, no or not-stated, not \"maybe\".");
        assertProblem(mvc.get().uri("/api/v1/classes?page=two").exchange(), 400, "The parameter page is not valid.");
    }

    @Test
    void anUnchangedResponseIsAnsweredNotModified() {
        MvcTestResult first = mvc.get().uri(SEED).exchange();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        MvcTestResult again = mvc.get().uri(SEED).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();

        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        assertThat(again).hasStatus(304);
    }

    @Test
    void otherSitesScriptsMayReadIt() {
        MvcTestResult read = mvc.get().uri(SEED).header(HttpHeaders.ORIGIN, "https://jobs.example.org").exchange();
        MvcTestResult preflight = mvc.options().uri(SEED).header(HttpHeaders.ORIGIN, "https://jobs.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match").exchange();
        MvcTestResult write = mvc.options().uri(SEED).header(HttpHeaders.ORIGIN, "https://jobs.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE").exchange();

        assertThat(read.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(preflight).hasStatusOk();
        assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET");
        assertThat(write).hasStatus(403);
    }

    @Test
    void anotherSystemMirrorsThePublishedPlanAndItsHistoryThroughTheApiAlone() {
        for (int i = 0; i < 3; i++) {
            fixtures.publish(CatalogFixtures.content("6602", "Api Mirrored Clerk " + i, "Keeps mirrored records."));
        }
        java.util.Map<String, JsonNode> descriptions = new java.util.HashMap<>();
        java.util.Map<String, JsonNode> revisions = new java.util.HashMap<>();

        for (String page = "/api/v1/classes"; page != null; ) {
            JsonNode listing = get(page);
            for (JsonNode item : listing.get("items")) {
                JsonNode description = get(item.get("href").asString());
                descriptions.put(description.get("links").get("self").asString(), description);
                for (JsonNode revision : get(description.get("links").get("revisions").asString())) {
                    revisions.put(revision.get("href").asString(), get(revision.get("href").asString()));
                }
            }
            page = listing.get("next").isNull() ? null : listing.get("next").asString();
        }

        assertThat(descriptions).hasSize(jdbc.queryForObject("select count(*) from published_description", Integer.class));
        assertThat(revisions).hasSize(jdbc.queryForObject("select count(*) from description_revision r"
                + " join published_description p on p.description_id = r.description_id", Integer.class));
        assertThat(descriptions.values()).allSatisfy(description ->
                assertThat(revisions.get(description.get("links").get("self").asString())).isEqualTo(description));
    }

    @Test
    void theWholeCatalogDownloadsAsJsonInTheApisShapeAndAsCsv() throws Exception {
        MvcTestResult jsonDownload = mvc.get().uri("/api/v1/catalog.json").exchange();
        MvcTestResult csvDownload = mvc.get().uri("/api/v1/catalog.csv").exchange();

        assertThat(jsonDownload).hasStatusOk();
        JsonNode catalog = json.readTree(jsonDownload.getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode single = get(SEED);
        JsonNode sameInDownload = catalog.valueStream()
                .filter(description -> description.get("slug").asString().equals(single.get("slug").asString()))
                .findFirst().orElseThrow();
        assertThat(sameInDownload).isEqualTo(single);
        assertThat(catalog.size()).isEqualTo(get("/api/v1/classes").get("total").asInt());
        String csv = csvDownload.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("code,slug,officialTitle,sqOq,workingTitle,grade,months,summary,");
        assertThat(csv).contains("0435,coordinator-organizational-development-office-of-school-support-and-well-being,Coordinator,");
        assertThat(csvDownload.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("class-descriptions.csv");
        assertThat(mvc.get().uri("/api/v1/catalog.json")
                .header(HttpHeaders.IF_NONE_MATCH, jsonDownload.getResponse().getHeader(HttpHeaders.ETAG)).exchange()).hasStatus(304);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws Exception {
        JsonNode document = get("/v3/api-docs");

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/classes", "/api/v1/classes/{code}",
                "/api/v1/classes/{code}/{slug}", "/api/v1/classes/{code}/{slug}/revisions",
                "/api/v1/classes/{code}/{slug}/revisions/{number}", "/api/v1/catalog.json", "/api/v1/catalog.csv");
        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(
                mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(), null, null);
        assertThat(parsed.getMessages()).as("what the OpenAPI parser finds wrong").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).hasSize(7);
        JsonNode description = document.get("components").get("schemas").get("ClassDescription").get("properties");
        assertThat(description.propertyNames()).contains("code", "slug", "qualifications", "overtimeEligible", "duties",
                "classEstablished", "datesRevised", "lastReviewed", "revision", "publishedAt", "links");
    }

    @Test
    void theApiIsDescribedOnAPlainPageUnderTheSitesContentSecurityPolicy() throws Exception {
        MvcTestResult page = mvc.get().uri("/api").exchange();

        assertThat(page).hasStatusOk();
        org.jsoup.nodes.Document docs = org.jsoup.Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(docs.select(".api-routes code").eachText()).contains("GET /api/v1/classes/{code}/{slug}?as_of=YYYY-MM-DD");
        assertThat(docs.select(".api-fields dt").eachText()).contains("overtimeEligible", "datesRevised");
        assertThat(docs.select("script")).isEmpty();
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(docs.select("a[href=/v3/api-docs]")).hasSize(1);
    }

    private JsonNode get(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).as(path).hasStatusOk();
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertProblem(MvcTestResult result, int status, String detail) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        try {
            JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("detail").asString()).isEqualTo(detail);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DescriptionContent withSummary(DescriptionContent content, String summary) {
        return new DescriptionContent(content.officialTitle(), content.code(), content.sqOq(), content.workingTitle(),
                content.grade(), content.months(), summary, content.qualifications(), content.overtimeEligible(),
                content.duties(), content.classEstablished(), content.revisionDates(), content.lastReviewed());
    }
}
