package org.jobclass.catalog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jobclass.pay.PayRange;
import org.jobclass.system.Organisation;
import org.jobclass.system.PublicSite;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published class description as schema.org structured data: an {@code Occupation} for search engines and job
 * boards, embedded in the class page as JSON-LD. The JSON is written for a {@code <script>} element: no "<", ">" or
 * "&" appears in it as such, so no text of a description can close the element.
 */
@Component
public class OccupationJsonLd {

    private final JsonMapper json;
    private final Organisation organisation;
    private final PublicSite site;

    OccupationJsonLd(JsonMapper json, Organisation organisation, PublicSite site) {
        this.json = json;
        this.organisation = organisation;
        this.site = site;
    }

    /** The structured data of a class page; {@code pay} is its grade's range today, or null. */
    public String of(DescriptionContent content, String path, Instant publishedAt, PayRange pay, String currency) {
        Map<String, Object> occupation = new LinkedHashMap<>();
        occupation.put("@context", "https://schema.org");
        occupation.put("@type", "Occupation");
        occupation.put("name", content.workingTitle());
        occupation.put("alternateName", content.officialTitle());
        occupation.put("occupationalCategory", Map.of("@type", "CategoryCode", "codeValue", content.code(),
                "inCodeSet", Map.of("@type", "CategoryCodeSet", "name", organisation.name() + " classification plan")));
        occupation.put("description", content.summary());
        putIfStated(occupation, "skills", content.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES));
        putIfStated(occupation, "educationRequirements", content.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE));
        putIfStated(occupation, "experienceRequirements", content.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE));
        putIfStated(occupation, "qualifications", content.qualification(QualificationKind.CERTIFICATE_LICENSE));
        if (!content.duties().isEmpty()) {
            occupation.put("responsibilities", content.duties());
        }
        if (pay != null) {
            occupation.put("estimatedSalary", Map.of("@type", "MonetaryAmount", "currency", currency,
                    "validFrom", pay.effectiveOn().toString(),
                    "value", Map.of("@type", "QuantitativeValue", "minValue", pay.minimum(), "maxValue", pay.maximum(),
                            "unitText", "YEAR")));
        }
        occupation.put("occupationLocation", Map.of("@type", "AdministrativeArea", "name", site.location()));
        String page = site.absolute(path);
        occupation.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", page, "url", page,
                "datePublished", publishedAt.atOffset(ZoneOffset.UTC).withNano(0).toString()));
        return json.writeValueAsString(occupation)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static void putIfStated(Map<String, Object> occupation, String property, String text) {
        if (text != null && !text.isBlank()) {
            occupation.put(property, text);
        }
    }
}
