package org.jobclass.system;

import java.util.Optional;

import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * What the pages of this build look like, apart from their content: the build (templates, messages, styles)
 * and the organisation's configuration. Part of every validator of a public page, so that a new release or
 * a new configuration is never answered "not modified". Instances of one build agree on it.
 */
@Component
public class SiteVersion {

    private final String fingerprint;

    SiteVersion(Optional<BuildProperties> build, Organisation organisation) {
        String release = build.map(properties -> properties.getVersion() + "@" + properties.getTime())
                .orElseGet(() -> "unpackaged@" + System.currentTimeMillis());
        this.fingerprint = Integer.toHexString((release + "|" + organisation).hashCode());
    }

    public String fingerprint() {
        return fingerprint;
    }
}
