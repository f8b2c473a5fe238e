package org.jobclass.editing;

import java.util.List;

/** The check before publishing found things worth a look, and no reason to publish despite them was given. */
public class PublishCheckException extends RuntimeException {

    private final List<PublishFinding> findings;

    public PublishCheckException(List<PublishFinding> findings) {
        super("The check before publishing found " + findings.size() + " things to look at");
        this.findings = List.copyOf(findings);
    }

    public List<PublishFinding> findings() {
        return findings;
    }
}
