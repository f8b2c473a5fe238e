package org.jobclass.search;

import java.util.Arrays;
import java.util.Optional;

/** The search's filter on overtime eligibility: descriptions that say yes, that say no, or that do not say. */
public enum OvertimeFilter {

    YES("yes"), NO("no"), NOT_STATED("not-stated");

    private final String key;

    OvertimeFilter(String key) {
        this.key = key;
    }

    /** As the filter is written in addresses. */
    public String key() {
        return key;
    }

    public static Optional<OvertimeFilter> ofKey(String key) {
        return Arrays.stream(values()).filter(filter -> filter.key.equals(key)).findFirst();
    }
}
