package org.jobclass.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jobclass.catalog.PageDates;
import org.jobclass.system.DisplayTime;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Puts audit entries into words, when they are shown: entries recorded before these words existed read as well as new
 * ones. Values are recorded as the code knows them ("true", "EDITOR", "2024-05-01", an address as the server saw it,
 * the keys of the check before publishing) and shown as people say them ("Yes", "Editor", "May 1, 2024", "::1", "no
 * Class Established date"); free text (titles, summaries, comments) is shown as typed. A value or detail of a shape
 * these words do not know is shown as recorded.
 */
@Component
class AuditWording {

    /** The language of every page ({@code <html lang="en">}): the names of months in dates. */
    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final Set<String> YES_OR_NO = Set.of("overtimeEligible", "enabled", "approvalRequired");
    private static final Pattern DUTY = Pattern.compile("duty (\\d+)");
    private static final String UNKNOWN_ADDRESS = "an unknown address";

    private final MessageSourceAccessor messages;
    private final DisplayTime displayTime;
    private final List<DetailRule> details = List.of(
            new DetailRule(AuditAction.SIGNED_IN, "from (.+)", "audit.detail.signedIn", this::address),
            new DetailRule(AuditAction.SIGN_IN_FAILED, "rejected; from (.+)", "audit.detail.signInRejected", this::address),
            new DetailRule(AuditAction.SIGN_IN_FAILED, "refused: too many failures; from (.+)", "audit.detail.signInRefused",
                    this::address),
            new DetailRule(AuditAction.DESCRIPTION_EDITED, "restored the text of revision (\\d+)",
                    "audit.detail.restoredRevision", Function.identity()),
            new DetailRule(AuditAction.DESCRIPTION_CONFIRMED_COMPLETE,
                    "imported from a page that looked cut off after \u201c(.*?)\u201d?", "audit.detail.cutOff", Function.identity()),
            new DetailRule(AuditAction.PUBLISH_CHECK_OVERRIDDEN, "published despite: (.*?); reason: (.*)",
                    "audit.detail.publishedDespite", this::findings, Function.identity()),
            new DetailRule(AuditAction.DESCRIPTION_PUBLISHED, "revision (\\d+)", "audit.detail.revision", Function.identity()),
            new DetailRule(AuditAction.DESCRIPTION_PUBLISHED, "revision (\\d+); (.*)", "audit.detail.revisionWithNote",
                    Function.identity(), Function.identity()),
            new DetailRule(AuditAction.OFFICIAL_TITLE_CHANGED, "republished (\\d+) working title\\(s\\)",
                    "audit.detail.republishedTitles", Integer::valueOf),
            new DetailRule(AuditAction.DATES_CHANGED, "republished as revision (\\d+)", "audit.detail.republishedAs",
                    Function.identity()),
            new DetailRule(AuditAction.DESCRIPTION_APPROVED, "submitted by (.+)", "audit.detail.submittedBy", Function.identity()),
            new DetailRule(AuditAction.SALARY_SCHEDULE_LOADED, "effective (\\S+), (\\d+) grades", "audit.detail.scheduleLoaded",
                    this::day, Integer::valueOf),
            new DetailRule(AuditAction.SALARY_SCHEDULE_REMOVED, "effective (\\S+)", "audit.detail.effective", this::day),
            new DetailRule(AuditAction.DESCRIPTION_FROM_BACKUP, "created with (\\d+) revisions", "audit.detail.createdFromBackup",
                    Integer::valueOf),
            new DetailRule(AuditAction.DESCRIPTION_FROM_BACKUP, "updated, (\\d+) revisions added", "audit.detail.updatedFromBackup",
                    Integer::valueOf),
            new DetailRule(AuditAction.CATALOG_RESTORED,
                    "backup of (\\S+): (\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) revisions added",
                    "audit.detail.catalogRestored", this::time, Integer::valueOf, Integer::valueOf, Integer::valueOf,
                    Integer::valueOf),
            new DetailRule(AuditAction.SERIES_SAVED, "", "audit.detail.noCodes"),
            new DetailRule(AuditAction.SERIES_SAVED, "(.+)", "audit.detail.codes", Function.identity()));

    AuditWording(MessageSourceAccessor messages, DisplayTime displayTime) {
        this.messages = messages;
        this.displayTime = displayTime;
    }

    AuditLine line(AuditEntry entry) {
        return new AuditLine(displayTime.format(entry.occurredAt()), who(entry), messages.getMessage("audit.action." + entry.action()),
                subject(entry), entry.subjectType() == AuditSubject.DESCRIPTION ? entry.subjectId() : null, detail(entry),
                entry.changes().stream()
                        .map(change -> new AuditLine.Change(field(change.field()), value(change.field(), change.oldValue()),
                                value(change.field(), change.newValue())))
                        .toList());
    }

    private String who(AuditEntry entry) {
        if (entry.actor() != null) {
            return entry.actor();
        }
        return messages.getMessage(entry.action() == AuditAction.SIGN_IN_FAILED ? "audit.anonymous" : "audit.application");
    }

    /** The plan's settings are one subject, whichever was changed (the action says which); so is the whole catalog. */
    private String subject(AuditEntry entry) {
        return switch (entry.subjectType()) {
            case PLAN -> messages.getMessage("audit.subject.plan");
            case CATALOG -> messages.getMessage("audit.subject.catalog");
            default -> entry.subjectLabel();
        };
    }

    private String field(String field) {
        Matcher duty = DUTY.matcher(field);
        if (duty.matches()) {
            return messages.getMessage("audit.field.duty", new Object[] {duty.group(1)});
        }
        return messages.getMessage("audit.field." + field, null, field);
    }

    private String value(String field, String value) {
        if (value == null) {
            return null;
        }
        if (YES_OR_NO.contains(field)) {
            return switch (value) {
                case "true" -> messages.getMessage("audit.value.yes");
                case "false" -> messages.getMessage("audit.value.no");
                default -> value;
            };
        }
        return switch (field) {
            case "role" -> messages.getMessage("role." + value, null, value);
            case "status" -> messages.getMessage("status." + value, null, value);
            case "lastReviewed" -> day(value);
            case "datesRevised" -> Arrays.stream(value.split(", ")).map(this::day)
                    .collect(Collectors.joining(messages.getMessage("audit.value.separator")));
            case "classEstablished" -> month(value);
            case "reviewIntervalMonths" -> value.matches("\\d{1,4}")
                    ? messages.getMessage("audit.value.months", new Object[] {Integer.valueOf(value)}) : value;
            default -> value;
        };
    }

    private String detail(AuditEntry entry) {
        String detail = entry.detail();
        if (detail == null) {
            return null;
        }
        for (DetailRule rule : details) {
            if (rule.action() == entry.action()) {
                Matcher matcher = rule.pattern().matcher(detail);
                if (matcher.matches()) {
                    Object[] arguments = new Object[rule.groups().size()];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = rule.groups().get(i).apply(matcher.group(i + 1));
                    }
                    return messages.getMessage(rule.messageKey(), arguments);
                }
            }
        }
        return detail;
    }

    private String address(String address) {
        return UNKNOWN_ADDRESS.equals(address) ? messages.getMessage("audit.detail.unknownAddress") : Addresses.readable(address);
    }

    /** The keys of the check's findings ("noClassEstablished, overtimeNotStated") in words. */
    private String findings(String keys) {
        return Arrays.stream(keys.split(", "))
                .map(key -> messages.getMessage("audit.check." + key, null, key))
                .collect(Collectors.joining(messages.getMessage("audit.value.separator")));
    }

    /** A moment recorded as ISO text, as staff read times; as recorded when it is not one. */
    private String time(String isoInstant) {
        try {
            return displayTime.format(java.time.Instant.parse(isoInstant));
        } catch (DateTimeParseException notATime) {
            return isoInstant;
        }
    }

    private String day(String isoDate) {
        try {
            return DateTimeFormatter.ofPattern(messages.getMessage("audit.format.day"), LANGUAGE)
                    .format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException notADay) {
            return isoDate;
        }
    }

    private String month(String pageMonth) {
        try {
            return DateTimeFormatter.ofPattern(messages.getMessage("audit.format.month"), LANGUAGE)
                    .format(YearMonth.parse(pageMonth, PageDates.MONTH_YEAR));
        } catch (DateTimeParseException notAMonth) {
            return pageMonth;
        }
    }

    /**
     * How one action's detail of one shape is put into words: the message, and how each group of the pattern becomes
     * one of its arguments.
     */
    private record DetailRule(AuditAction action, Pattern pattern, String messageKey, List<Function<String, Object>> groups) {

        @SafeVarargs
        DetailRule(AuditAction action, String regex, String messageKey, Function<String, ?>... groups) {
            this(action, Pattern.compile(regex, Pattern.DOTALL), messageKey,
                    Arrays.stream(groups).<Function<String, Object>>map(group -> group::apply).toList());
        }
    }
}
