package org.jobclass.catalog;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads a description's content as kept in a published revision. Its own mapper, so that how
 * revisions are stored never changes with the web layer's JSON settings. Each document names its format
 * ({@value #FORMAT_VERSION}); the field names are fixed by a golden file in the tests, so that renaming a field
 * in Java can never blank what old revisions say.
 */
@Component
public class DescriptionContentJson {

    /** The one way revisions are written and read. */
    static final DescriptionContentJson STANDARD = new DescriptionContentJson();

    /** The format revisions are written in; every earlier one must still be read. */
    public static final int FORMAT_VERSION = 1;

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public String write(DescriptionContent content) {
        ObjectNode document = mapper.createObjectNode();
        document.put("formatVersion", FORMAT_VERSION);
        document.setAll((ObjectNode) mapper.valueToTree(content));
        return mapper.writeValueAsString(document);
    }

    /** Reads a revision of any format so far; documents from before formats were named are format 1. */
    public DescriptionContent read(String json) {
        JsonNode document = mapper.readTree(json);
        int format = document.path("formatVersion").asInt(1);
        if (format > FORMAT_VERSION) {
            throw new IllegalStateException("A revision in format " + format + ", newer than this application reads");
        }
        return mapper.treeToValue(document, DescriptionContent.class);
    }
}
