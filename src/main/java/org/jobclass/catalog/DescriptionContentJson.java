package org.jobclass.catalog;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a description's content as kept in a published revision. Its own mapper, so that how
 * revisions are stored never changes with the web layer's JSON settings.
 */
@Component
public class DescriptionContentJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public String write(DescriptionContent content) {
        return mapper.writeValueAsString(content);
    }

    public DescriptionContent read(String json) {
        return mapper.readValue(json, DescriptionContent.class);
    }
}
