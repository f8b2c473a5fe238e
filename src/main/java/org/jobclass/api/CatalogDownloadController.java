package org.jobclass.api;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jobclass.catalog.CatalogState;
import org.jobclass.catalog.CsvRow;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole published catalog in one file, as JSON (an array of descriptions in the API's shape) or CSV (one row per
 * description, the same fields), written as it is read so that a catalog of any size streams out.
 */
@RestController
@RequestMapping(ApiPaths.BASE)
@Tag(name = "Downloads", description = "The whole published catalog in one file")
class CatalogDownloadController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final List<String> CSV_COLUMNS = List.of("code", "slug", "officialTitle", "sqOq", "workingTitle", "grade",
            "months", "summary", "knowledgeSkillsAbilities", "educationTrainingExperience", "certificateLicense",
            "physicalDemands", "specialRequirements", "overtimeEligible", "duties", "classEstablished", "datesRevised",
            "lastReviewed", "revision", "publishedAt", "payMinimum", "payMaximum", "payCurrency", "paySchedule", "page");

    private final OpenDataService openData;
    private final JsonMapper json;

    CatalogDownloadController(OpenDataService openData, JsonMapper json) {
        this.openData = openData;
        this.json = json;
    }

    @GetMapping(value = "/catalog.json", produces = "application/json")
    @Operation(summary = "Every published description, whole, as one JSON array in the shape of a single description")
    ResponseEntity<StreamingResponseBody> json(ServletWebRequest request) {
        return download(request, "json", MediaType.APPLICATION_JSON, "class-descriptions.json", out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartArray();
                openData.eachPublishedDescription(generator::writePOJO);
                generator.writeEndArray();
            }
        });
    }

    @GetMapping(value = "/catalog.csv", produces = "text/csv")
    @Operation(summary = "Every published description as one CSV row",
            description = "Columns named as the API's fields; duties one per line in their cell, revision dates separated"
                    + " by semicolons, overtimeEligible true, false or empty when the description does not say.")
    ResponseEntity<StreamingResponseBody> csv(ServletWebRequest request) {
        return download(request, "csv", CSV, "class-descriptions.csv", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(CsvRow.of(CSV_COLUMNS));
            openData.eachPublishedDescription(description -> {
                try {
                    writer.write(CsvRow.of(row(description)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        });
    }

    private ResponseEntity<StreamingResponseBody> download(ServletWebRequest request, String format, MediaType type,
                                                           String fileName, StreamingResponseBody body) {
        ShallowEtagHeaderFilter.disableContentCaching(request.getRequest());
        CatalogState state = openData.catalogState();
        String etag = "\"catalog-" + format + "-" + state.version() + "\"";
        if (request.checkNotModified(etag, state.changedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).lastModified(state.changedAt())
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    private static List<String> row(ApiClassDescription description) {
        ApiClassDescription.Qualifications qualifications = description.qualifications();
        return List.of(description.code(), description.slug(), description.officialTitle(), orEmpty(description.sqOq()),
                description.workingTitle(), description.grade(), String.valueOf(description.months()), description.summary(),
                qualifications.knowledgeSkillsAbilities(), qualifications.educationTrainingExperience(),
                qualifications.certificateLicense(), qualifications.physicalDemands(), qualifications.specialRequirements(),
                description.overtimeEligible() == null ? "" : description.overtimeEligible().toString(),
                String.join("\n", description.duties()),
                description.classEstablished() == null ? "" : description.classEstablished().toString(),
                description.datesRevised().stream().map(LocalDate::toString).collect(Collectors.joining(";")),
                description.lastReviewed() == null ? "" : description.lastReviewed().toString(),
                String.valueOf(description.revision()), description.publishedAt().toString(),
                description.pay() == null ? "" : description.pay().minimum().toPlainString(),
                description.pay() == null ? "" : description.pay().maximum().toPlainString(),
                description.pay() == null ? "" : description.pay().currency(),
                description.pay() == null ? "" : description.pay().schedule(), description.links().page());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
