package org.jobclass.editing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Posts the description form as a browser would, with every field filled in unless a test changes it. */
final class DescriptionFormRequests {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private DescriptionFormRequests() {
    }

    static DescriptionFormRequests valid(String code, String workingTitle) {
        DescriptionFormRequests form = new DescriptionFormRequests();
        form.fields.put("code", code);
        form.fields.put("officialTitle", "Technician");
        form.fields.put("workingTitle", workingTitle);
        form.fields.put("sqOq", "Not Applicable");
        form.fields.put("grade", "15");
        form.fields.put("months", "10");
        form.fields.put("summary", "Maintains the laboratories of the school system.");
        form.fields.put("knowledgeSkillsAbilities", "Knowledge of laboratory safety.");
        form.fields.put("educationTrainingExperience", "High school diploma.");
        form.fields.put("certificateLicense", "None");
        form.fields.put("physicalDemands", "Lifting up to 40 pounds.");
        form.fields.put("specialRequirements", "None");
        form.fields.put("overtimeEligible", "true");
        // Dates are the admins' to set: publishing from the form is checked without a Class Established, and says why.
        form.fields.put("overrideReason", "Class Established to be set by the admins");
        return form.duties(List.of("Cleans glassware.", "Orders supplies.", "Performs related work as required."));
    }

    DescriptionFormRequests set(String field, String value) {
        fields.put(field, value);
        return this;
    }

    DescriptionFormRequests duties(List<String> duties) {
        fields.keySet().removeIf(name -> name.startsWith("duties["));
        for (int i = 0; i < duties.size(); i++) {
            fields.put("duties[" + i + "]", duties.get(i));
        }
        return this;
    }

    /** The fields as the browser sends them. */
    Map<String, String> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    MvcTestResult post(MockMvcTester mvc, String path, String... extra) {
        var request = mvc.post().uri(path).with(csrf());
        fields.forEach(request::param);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return request.exchange();
    }
}
