package org.jobclass.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jobclass.catalog.Slugs;
import org.jobclass.catalog.VerificationCode;

/**
 * What a backup's descriptions must not share with each other, gathered as they are read: ids, database numbers,
 * verification codes, working titles and addresses under a code, and each code's one official title. Small facts only,
 * a few per description and revision, whatever the size of the file.
 */
final class FileIndex {

    private final Map<UUID, Integer> ids = new HashMap<>();
    private final Map<Long, Integer> databaseIds = new HashMap<>();
    private final Map<Long, Integer> revisionIds = new HashMap<>();
    private final Map<String, Integer> titles = new HashMap<>();
    private final Map<String, Integer> addresses = new HashMap<>();
    private final Map<String, String> officialTitles = new LinkedHashMap<>();
    private final Map<String, Integer> officialTitleFrom = new HashMap<>();
    private final Map<String, Set<UUID>> byCode = new HashMap<>();
    private long maxDatabaseId;
    private long maxRevisionId;

    /** Adds a description the rules accept; returns what it shares with one read before (then it is not added). */
    List<Finding> add(BackupFile.Entry entry) {
        CatalogBackup.Description description = entry.description();
        int position = entry.position();
        List<Finding> found = new ArrayList<>();
        String code = description.workingCopy().code().strip();
        same(found, ids.get(description.id()), "backup.problem.sameId");
        if (description.databaseId() != null) {
            same(found, databaseIds.get(description.databaseId()), "backup.problem.sameDatabaseId");
        }
        List<Long> codes = new ArrayList<>();
        for (CatalogBackup.Revision revision : description.revisions()) {
            long id = VerificationCode.parse(revision.verificationCode()).orElseThrow();
            Integer other = revisionIds.get(id);
            if (other != null || codes.contains(id)) {
                found.add(new Finding("backup.problem.sameCode", revision.number(), revision.verificationCode(),
                        other == null ? position : other));
            }
            codes.add(id);
        }
        String title = key(code, description.workingCopy().workingTitle().strip().toLowerCase(Locale.ROOT));
        same(found, titles.get(title), "backup.problem.sameWorkingTitle");
        Set<String> ownAddresses = addressesOf(description);
        for (String address : ownAddresses) {
            Integer other = addresses.get(address);
            if (other != null) {
                found.add(new Finding("backup.problem.sameAddress", address.replace('\u0000', '/'), other));
            }
        }
        String officialTitle = officialTitles.get(code);
        if (officialTitle != null && !officialTitle.equals(description.workingCopy().officialTitle().strip())) {
            found.add(new Finding("backup.problem.otherOfficialTitle", code, officialTitle, officialTitleFrom.get(code)));
        }
        if (found.isEmpty()) {
            ids.put(description.id(), position);
            if (description.databaseId() != null) {
                databaseIds.put(description.databaseId(), position);
                maxDatabaseId = Math.max(maxDatabaseId, description.databaseId());
            }
            codes.forEach(id -> revisionIds.put(id, position));
            codes.forEach(id -> maxRevisionId = Math.max(maxRevisionId, id));
            titles.put(title, position);
            ownAddresses.forEach(address -> addresses.put(address, position));
            officialTitles.putIfAbsent(code, description.workingCopy().officialTitle().strip());
            officialTitleFrom.putIfAbsent(code, position);
            byCode.computeIfAbsent(code, c -> new HashSet<>()).add(description.id());
        }
        return found;
    }

    private static void same(List<Finding> found, Integer other, String messageKey) {
        if (other != null) {
            found.add(new Finding(messageKey, other));
        }
    }

    /** Every address a description holds: its working copy's and each it was published at, as code and slug. */
    static Set<String> addressesOf(CatalogBackup.Description description) {
        Set<String> own = new LinkedHashSet<>();
        own.add(key(description.workingCopy().code().strip(), description.slug()));
        description.revisions().forEach(revision -> own.add(key(revision.content().code(), revision.slug())));
        return own;
    }

    private static String key(String code, String rest) {
        return code + '\u0000' + rest;
    }

    /** Each code the backup's descriptions are under, with the official title they give it. */
    Map<String, String> officialTitles() {
        return officialTitles;
    }

    /** The public ids of the backup's descriptions under this code. */
    Set<UUID> idsUnder(String code) {
        return byCode.getOrDefault(code, Set.of());
    }

    Set<String> codes() {
        return officialTitles.keySet();
    }

    /** The public ids of every description read so far. */
    Set<UUID> ids() {
        return ids.keySet();
    }

    long maxDatabaseId() {
        return maxDatabaseId;
    }

    long maxRevisionId() {
        return maxRevisionId;
    }

    /** Codes the series name, outside the backup's own. */
    Set<String> seriesCodes(List<CatalogBackup.Series> series) {
        Set<String> codes = new HashSet<>();
        series.stream().filter(s -> s != null).forEach(s -> s.codes().stream().filter(c -> c != null)
                .map(String::strip).filter(c -> !codes().contains(c)).forEach(codes::add));
        return codes;
    }

    /**
     * What is wrong with the backup's series: a name missing, too long or given twice, an address that is not one, a
     * code in two series, a code neither in the backup nor in this catalog.
     */
    List<Finding> seriesProblems(List<CatalogBackup.Series> series, Set<String> existingCodes) {
        List<Finding> found = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> seriesOfCode = new HashMap<>();
        for (CatalogBackup.Series one : series) {
            String name = one == null || one.name() == null ? "" : one.name().strip();
            if (name.isEmpty() || name.length() > 200 || !names.add(name.toLowerCase(Locale.ROOT))
                    || one.slug() == null || !one.slug().equals(Slugs.of(one.slug()))) {
                found.add(new Finding("backup.problem.series", name));
                continue;
            }
            for (String code : one.codes()) {
                String clean = code == null ? "" : code.strip();
                if (!codes().contains(clean) && !existingCodes.contains(clean)) {
                    found.add(new Finding("backup.problem.seriesCode", name, clean));
                } else if (seriesOfCode.putIfAbsent(clean, name) != null) {
                    found.add(new Finding("backup.problem.seriesCodeTwice", clean, seriesOfCode.get(clean), name));
                }
            }
        }
        return found;
    }
}
