package org.jobclass.editing;

import java.io.Serializable;
import java.util.List;

/** One thing the check before publishing found, by its message key (under {@code check.}) and arguments. */
public record PublishFinding(String key, List<String> arguments) implements Serializable {

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
