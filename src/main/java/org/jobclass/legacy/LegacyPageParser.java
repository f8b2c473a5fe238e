package org.jobclass.legacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.TextBlocks;

/**
 * Reads a class description page in the legacy text layout (as the original site shows it) into its
 * fields. It finds each section by its label, whatever else is missing or reordered, and marks every
 * character it uses; whatever it cannot place is returned as unplaced text, never dropped.
 */
public final class LegacyPageParser {

    private enum Section {
        OFFICIAL, WORKING, SUMMARY, QUALIFICATIONS_HEADING, KNOWLEDGE, EDUCATION, CERTIFICATE, PHYSICAL, SPECIAL,
        OVERTIME, DUTIES, ESTABLISHED, REVISED, REVIEWED
    }

    private record Label(Section section, Pattern pattern) {
    }

    private record Found(Section section, int start, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

    private static final List<Label> LABELS = List.of(
            label(Section.OFFICIAL, "OFFICIAL\\s+TITLE\\s*:"),
            label(Section.WORKING, "WORKING\\s+TITLE\\s*:"),
            label(Section.SUMMARY, "SUMMARY\\s+DESCRIPTION\\s*;\\s*PHYSICAL\\s+DEMANDS\\s*;\\s*AND\\s+SPECIAL\\s+REQUIREMENTS\\s*:"),
            label(Section.SUMMARY, "SUMMARY\\s+DESCRIPTION(?:\\s+OF\\s+(?:THE\\s+)?CLASS(?:IFICATION)?)?\\s*:"),
            label(Section.QUALIFICATIONS_HEADING, "MINIMUM\\s+QUALIFICATIONS?\\s+STANDARDS\\s*:?"),
            label(Section.KNOWLEDGE, "KNOWLEDGE\\s*,?\\s*SKILLS\\s*,?\\s*(?:AND\\s+|&\\s*)?ABILITIES\\s*:"),
            label(Section.EDUCATION, "EDUCATION\\s*,?\\s*TRAINING\\s*,?\\s*(?:AND\\s+|&\\s*)?EXPERIENCE\\s*:"),
            label(Section.CERTIFICATE, "CERTIFICATES?\\s*(?:AND|/|&)\\s*LICENSES?\\s+REQUIREMENTS\\s*:"),
            label(Section.PHYSICAL, "PHYSICAL\\s+DEMANDS\\s*:"),
            label(Section.SPECIAL, "SPECIAL\\s+REQUIREMENTS\\s*:"),
            label(Section.OVERTIME, "OVERTIME\\s+ELIGIBLE\\s*:"),
            label(Section.DUTIES, "EXAMPLES\\s+OF\\s+DUTIES\\s+AND\\s+RESPONSIBILITIES\\s*:?"),
            label(Section.ESTABLISHED, "Class\\s+Established\\s*:"),
            label(Section.REVISED, "Date\\s*\\(\\s*s\\s*\\)\\s+Revised\\s*:"),
            label(Section.REVIEWED, "Last\\s+Reviewed\\s*:"));

    private static final Map<Section, QualificationKind> QUALIFICATION_SECTIONS = Map.of(
            Section.KNOWLEDGE, QualificationKind.KNOWLEDGE_SKILLS_ABILITIES,
            Section.EDUCATION, QualificationKind.EDUCATION_TRAINING_EXPERIENCE,
            Section.CERTIFICATE, QualificationKind.CERTIFICATE_LICENSE,
            Section.PHYSICAL, QualificationKind.PHYSICAL_DEMANDS,
            Section.SPECIAL, QualificationKind.SPECIAL_REQUIREMENTS);

    private static final Pattern PHYSICAL_HINT = Pattern.compile(
            "^\\(\\s*Special\\s+requirements\\s+such\\s+as\\s+lifting\\s+heavy\\s+objects\\s+and\\s+frequent\\s+climbing\\.?\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECIAL_HINT = Pattern.compile(
            "^\\(\\s*Frequent\\s+overtime\\s+or\\s+night\\s+work\\s+required\\s*,?\\s*etc\\.?\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICIAL_LINE = Pattern.compile(
            "^(.*?)\\s*\\bCODE\\s*:\\s*(\\S*)(?:\\s*\\bSQ\\s*/\\s*OQ\\s*:\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKING_LINE = Pattern.compile(
            "^(.*?)\\s*\\bGRADE\\s*:\\s*(\\S*)(?:\\s*\\bMONTHS\\s*:\\s*(\\S*))?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SORTED_BY = Pattern.compile("^\\s*Sorted\\s+by\\s+job\\s+title\\b.*$", FLAGS);
    private static final Pattern CLASS_DESCRIPTION_LINE = Pattern.compile("^[^\\n]*\\bCLASS\\s+DESCRIPTION\\s*$", FLAGS);
    private static final Pattern BREADCRUMB = Pattern.compile("^[^\\n]*(?:→|->|»)[^\\n]*$", Pattern.MULTILINE);
    private static final Pattern SITE_HEADER = Pattern.compile("^\\s*\\]?\\s*Office\\s+of\\b[^\\n]*$", FLAGS);
    private static final Pattern CLOSING_NOTICE = Pattern.compile(
            "^\\s*This\\s+description\\s+may\\s+be\\s+changed\\s+at\\s+any\\s+time\\.?\\s*$", FLAGS);
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\s*(?:\\(\\d{1,2}\\)|\\d{1,2}[.)]|[•·▪\\-–*])\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^[\\[(]?\\s*(?:tbd|tba|to\\s+be\\s+(?:written|determined|completed|added)|n/?a|none|pending|placeholder|\\.+|-+)\\s*[\\])]?\\.?$",
            Pattern.CASE_INSENSITIVE);

    private static Label label(Section section, String regex) {
        return new Label(section, Pattern.compile("^[ \\t]*" + regex, FLAGS));
    }

    /** Parses one page. Never fails: text that fits nowhere is reported as unplaced. */
    public LegacyPage parse(String input) {
        return new Reading(TextBlocks.normalize(input == null ? "" : input.replace("\uFEFF", "").replace('\u00A0', ' '))).read();
    }

    /** The state of reading one page: the text, which of its characters are placed, and what was found. */
    private static final class Reading {

        private final String text;
        private final BitSet placed = new BitSet();
        private final List<String> problems = new ArrayList<>();

        private String officialTitle = "";
        private String code = "";
        private String sqOq = "";
        private String workingTitle = "";
        private String grade = "";
        private String months = "";
        private String summary = "";
        private final Map<QualificationKind, String> qualifications = new EnumMap<>(QualificationKind.class);
        private Boolean overtimeEligible;
        private List<String> duties = List.of();
        private YearMonth classEstablished;
        private final List<LocalDate> revisionDates = new ArrayList<>();
        private LocalDate lastReviewed;

        Reading(String text) {
            this.text = text;
        }

        LegacyPage read() {
            List<Found> labels = findLabels();
            int firstLabel = labels.isEmpty() ? text.length() : labels.get(0).start();
            Set<Section> seen = EnumSet.noneOf(Section.class);
            for (int i = 0; i < labels.size(); i++) {
                Found label = labels.get(i);
                int end = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
                if (!seen.add(label.section())) {
                    problems.add("A second \"" + text.substring(label.start(), label.end()).strip()
                            + "\" was found; its text is shown as unplaced.");
                    continue;
                }
                mark(label.start(), label.end());
                readSection(label.section(), label.end(), end);
            }
            readHeader(0, firstLabel);
            checkRequired();
            return result();
        }

        private List<Found> findLabels() {
            List<Found> found = new ArrayList<>();
            for (Label label : LABELS) {
                Matcher matcher = label.pattern().matcher(text);
                while (matcher.find()) {
                    int start = matcher.start();
                    boolean overlaps = found.stream().anyMatch(other -> start < other.end() && other.start() < matcher.end());
                    if (!overlaps) {
                        found.add(new Found(label.section(), start, matcher.end()));
                    }
                }
            }
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return found;
        }

        private void readSection(Section section, int start, int end) {
            switch (section) {
                case OFFICIAL -> readFirstLine(start, end, this::readOfficialLine);
                case WORKING -> readFirstLine(start, end, this::readWorkingLine);
                case SUMMARY -> summary = block(start, end);
                case QUALIFICATIONS_HEADING -> leftover(start, end);
                case KNOWLEDGE, EDUCATION, CERTIFICATE -> qualifications.put(QUALIFICATION_SECTIONS.get(section), block(start, end));
                case PHYSICAL -> qualifications.put(QualificationKind.PHYSICAL_DEMANDS, withoutHint(block(start, end), PHYSICAL_HINT));
                case SPECIAL -> qualifications.put(QualificationKind.SPECIAL_REQUIREMENTS, withoutHint(block(start, end), SPECIAL_HINT));
                case OVERTIME -> readFirstLine(start, end, this::readOvertime);
                case DUTIES -> duties = duties(block(start, end));
                case ESTABLISHED -> readFirstLine(start, end, this::readEstablished);
                case REVISED -> readFirstLine(start, end, this::readRevised);
                case REVIEWED -> readFirstLine(start, end, this::readReviewed);
            }
        }

        /** Reads the value on the label's own line; the lines after it, up to the next label, are leftovers. */
        private void readFirstLine(int start, int end, LineReader reader) {
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (reader.read(text.substring(start, lineEnd).strip())) {
                mark(start, lineEnd);
            }
            leftover(lineEnd, end);
        }

        private interface LineReader {
            boolean read(String line);
        }

        private boolean readOfficialLine(String line) {
            Matcher matcher = OFFICIAL_LINE.matcher(line);
            if (matcher.matches()) {
                officialTitle = matcher.group(1).strip();
                code = matcher.group(2).strip();
                sqOq = matcher.group(3) == null ? "" : matcher.group(3).strip();
            } else {
                officialTitle = line;
                problems.add("No CODE was found after the official title.");
            }
            return true;
        }

        private boolean readWorkingLine(String line) {
            Matcher matcher = WORKING_LINE.matcher(line);
            if (matcher.matches()) {
                workingTitle = matcher.group(1).strip();
                grade = matcher.group(2).strip();
                months = matcher.group(3) == null ? "" : matcher.group(3).strip();
            } else {
                workingTitle = line;
                problems.add("No GRADE was found after the working title.");
            }
            return true;
        }

        private boolean readOvertime(String line) {
            if (line.isEmpty()) {
                return true;
            }
            if (line.matches("(?i)yes\\.?")) {
                overtimeEligible = true;
            } else if (line.matches("(?i)no\\.?")) {
                overtimeEligible = false;
            } else {
                problems.add("OVERTIME ELIGIBLE should say Yes or No, not \"" + line + "\".");
                return false;
            }
            return true;
        }

        private boolean readEstablished(String line) {
            if (line.isEmpty()) {
                return true;
            }
            LocalDate date = LegacyDates.parse(line);
            if (date == null) {
                problems.add("Class Established is not a month and year: \"" + line + "\".");
                return false;
            }
            classEstablished = YearMonth.from(date);
            return true;
        }

        private boolean readRevised(String line) {
            if (line.isEmpty()) {
                return true;
            }
            List<LocalDate> dates = new ArrayList<>();
            for (String part : line.split("[,;]\\s*|\\s+(?:and|&)\\s+|\\s+")) {
                LocalDate date = LegacyDates.parse(part);
                if (date == null) {
                    problems.add("Date(s) Revised holds something that is not a date: \"" + line + "\".");
                    return false;
                }
                dates.add(date);
            }
            dates.stream().distinct().sorted().forEach(revisionDates::add);
            return true;
        }

        private boolean readReviewed(String line) {
            if (line.isEmpty()) {
                return true;
            }
            lastReviewed = LegacyDates.parse(line);
            if (lastReviewed == null) {
                problems.add("Last Reviewed is not a date: \"" + line + "\".");
                return false;
            }
            return true;
        }

        /** Text between sections that belongs to none: the closing notice is known, anything else is unplaced. */
        private void leftover(int start, int end) {
            markMatches(CLOSING_NOTICE, start, end);
        }

        /** The text of a section, whole: all of it is placed. */
        private String block(int start, int end) {
            mark(start, end);
            return TextBlocks.normalize(text.substring(start, end));
        }

        /** Before the first label: the site header, breadcrumb, title line and "… CLASS DESCRIPTION" heading. */
        private void readHeader(int start, int end) {
            markMatches(SITE_HEADER, start, end);
            markMatches(BREADCRUMB, start, end);
            Matcher sortedBy = SORTED_BY.matcher(text).region(start, end);
            Matcher heading = CLASS_DESCRIPTION_LINE.matcher(text).region(start, end);
            boolean hasSortedBy = sortedBy.find();
            boolean hasHeading = heading.find();
            if (!hasSortedBy && !hasHeading) {
                return;
            }
            int titleFrom = hasSortedBy ? sortedBy.end() : start;
            int titleTo = hasHeading && heading.start() >= titleFrom ? heading.start() : end;
            if (hasSortedBy) {
                mark(sortedBy.start(), sortedBy.end());
            }
            if (hasHeading) {
                mark(heading.start(), heading.end());
            }
            readTitleLine(titleFrom, titleTo);
        }

        /** The title above the class description: the working title when the WORKING TITLE line lacks one. */
        private void readTitleLine(int start, int end) {
            Matcher line = Pattern.compile("^[^\\n]*\\S[^\\n]*$", Pattern.MULTILINE).matcher(text).region(start, end);
            while (line.find()) {
                if (placed.get(line.start(), line.end()).cardinality() > 0) {
                    continue;
                }
                String title = line.group().strip();
                if (workingTitle.isEmpty()) {
                    workingTitle = title;
                    mark(line.start(), line.end());
                } else if (sameText(title, workingTitle)) {
                    mark(line.start(), line.end());
                }
                return;
            }
        }

        private void checkRequired() {
            if (code.isEmpty()) {
                problems.add("No CODE was found.");
            } else if (!code.matches("[0-9]{1,10}")) {
                problems.add("The CODE \"" + code + "\" is not made of digits.");
            }
            if (officialTitle.isEmpty()) {
                problems.add("No OFFICIAL TITLE was found.");
            }
            if (workingTitle.isEmpty()) {
                problems.add("No WORKING TITLE was found.");
            }
            if (grade.isEmpty()) {
                problems.add("No GRADE was found.");
            }
            if (months.isEmpty()) {
                problems.add("No MONTHS were found.");
            } else if (!months.matches("0?([1-9]|1[0-2])")) {
                problems.add("MONTHS should be a number from 1 to 12, not \"" + months + "\".");
            }
            if (summary.isEmpty()) {
                problems.add("No SUMMARY DESCRIPTION was found.");
            } else if (PLACEHOLDER.matcher(summary).matches()) {
                problems.add("The summary \"" + summary + "\" looks like a placeholder.");
            }
            if (duties.isEmpty()) {
                problems.add("No EXAMPLES OF DUTIES AND RESPONSIBILITIES were found.");
            }
        }

        private LegacyPage result() {
            int total = 0;
            int counted = 0;
            List<String> unplaced = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean visible = !Character.isWhitespace(c);
                if (visible) {
                    total++;
                }
                if (placed.get(i)) {
                    counted += visible ? 1 : 0;
                    flush(run, unplaced);
                } else {
                    run.append(c);
                }
            }
            flush(run, unplaced);
            return new LegacyPage(officialTitle, code, sqOq, workingTitle, grade, months, summary, qualifications,
                    overtimeEligible, duties, classEstablished, revisionDates, lastReviewed, unplaced, problems, total,
                    counted);
        }

        private static void flush(StringBuilder run, List<String> unplaced) {
            String segment = TextBlocks.normalize(run.toString());
            if (!segment.isEmpty()) {
                unplaced.add(segment);
            }
            run.setLength(0);
        }

        private void markMatches(Pattern pattern, int start, int end) {
            Matcher matcher = pattern.matcher(text).region(start, end);
            while (matcher.find()) {
                mark(matcher.start(), matcher.end());
            }
        }

        private void mark(int start, int end) {
            placed.set(start, end);
        }
    }

    private static String withoutHint(String block, Pattern hint) {
        return hint.matcher(block).replaceFirst("").strip();
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", " ").equalsIgnoreCase(b.replaceAll("\\s+", " "));
    }

    /** Duties one per line, or inline as "1. … 2. …" or "(1) … (2) …", without their numbers or bullets. */
    static List<String> duties(String block) {
        List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() == 1) {
            List<String> inline = inlineDuties(lines.get(0));
            if (inline.size() > 1) {
                return inline;
            }
        }
        return lines.stream().map(line -> NUMBERED_LINE.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> inlineDuties(String line) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> textStarts = new ArrayList<>();
        int from = 0;
        for (int number = 1; ; number++) {
            Matcher marker = Pattern.compile("(?:^|(?<=\\s))(?:\\(" + number + "\\)|" + number + "[.)])\\s+").matcher(line);
            if (!marker.find(from) || (number == 1 && marker.start() != 0)) {
                break;
            }
            starts.add(marker.start());
            textStarts.add(marker.end());
            from = marker.end();
        }
        List<String> duties = new ArrayList<>();
        if (starts.size() < 2) {
            return duties;
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : line.length();
            duties.add(line.substring(textStarts.get(i), end).strip());
        }
        return duties;
    }

    /** The dates of the layout: "6/2022", "06/2022", "6/15/2022", "2022-06" or "2022-06-15". */
    static final class LegacyDates {

        private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
        private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
        private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
        private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

        private LegacyDates() {
        }

        static LocalDate parse(String text) {
            String value = text.strip().replaceAll("[.;,]$", "");
            try {
                Matcher matcher;
                if ((matcher = MONTH_YEAR.matcher(value)).matches()) {
                    return LocalDate.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)), 1);
                }
                if ((matcher = MONTH_DAY_YEAR.matcher(value)).matches()) {
                    return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(1)),
                            Integer.parseInt(matcher.group(2)));
                }
                if ((matcher = ISO_MONTH.matcher(value)).matches()) {
                    return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), 1);
                }
                if ((matcher = ISO_DAY.matcher(value)).matches()) {
                    return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3)));
                }
            } catch (DateTimeException e) {
                return null;
            }
            return null;
        }
    }
}
