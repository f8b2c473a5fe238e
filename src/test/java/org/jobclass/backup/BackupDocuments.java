package org.jobclass.backup;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.Slugs;
import org.jobclass.catalog.VerificationCode;

/** Backups made by hand for tests, written as the application writes them. */
final class BackupDocuments {

    static final Instant TAKEN = Instant.parse("2025-05-01T12:00:00Z");

    private BackupDocuments() {
    }

    /** A published description with these revisions, its working copy the last one's text. */
    static CatalogBackup.Description published(UUID id, CatalogBackup.Revision... revisions) {
        DescriptionContent last = revisions[revisions.length - 1].content();
        return new CatalogBackup.Description(id, null, DescriptionStatus.PUBLISHED, Slugs.of(last.workingTitle()), last, null,
                null, TAKEN, "alice", TAKEN, "alice", List.of(revisions), List.of());
    }

    /** Revision {@code number}, published by alice on a day of 2024, with the verification code of this revision id. */
    static CatalogBackup.Revision revision(int number, long revisionId, DescriptionContent content) {
        return new CatalogBackup.Revision(number, VerificationCode.of(revisionId), Slugs.of(content.workingTitle()),
                Instant.parse("2024-01-01T09:00:00Z").plusSeconds(86_400L * number), "alice", "Published " + number, content);
    }

    static String backupOf(CatalogBackup.Description... descriptions) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", CatalogBackup.FORMAT);
        document.put("version", CatalogBackup.VERSION);
        document.put("exportedAt", TAKEN);
        document.put("descriptions", Arrays.asList(descriptions));
        return BackupJson.MAPPER.writeValueAsString(document);
    }
}
