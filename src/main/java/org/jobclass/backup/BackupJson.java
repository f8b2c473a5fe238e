package org.jobclass.backup;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a catalog backup is written and read: dates as ISO text, unknown properties ignored (a later version may add
 * some), a property given twice refused, and no text longer, no number longer and nothing nested deeper than a
 * description could be.
 */
final class BackupJson {

    /** Far beyond any field a form accepts (20,000 characters), far below what would strain the server. */
    static final int MAX_TEXT = 1_000_000;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_TEXT).maxNameLength(1_000).maxNumberLength(100).maxNestingDepth(20)
                            .build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Read a description at a time from one document: the rest of it follows each.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A description missing its months is that description's problem, named as such, not a broken file.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A value of the wrong kind ("twelve" months, 12.5 months, a number for a status) is refused, not guessed at.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private BackupJson() {
    }
}
