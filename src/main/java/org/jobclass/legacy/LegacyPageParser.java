package org.jobclass.legacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jobclass.catalog.DescriptionSection;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.TextBlocks;

/**
 * Reads a class description page in the legacy text layout (as the original site shows it) into its fields. It finds
 * each section by its label ({@link DescriptionSection} knows them all, variants included), whatever else is missing or
 * reordered: a label repeated inside its own section is one label, labels combined with semicolons are split where the
 * text names its parts. It marks every character it uses; whatever it cannot place is returned as unplaced text, never
 * dropped. A page that looks cut off says where and why.
 */
public final class LegacyPageParser {

    /**
     * A label found in the text: the sections it names (more than one when labels are combined with semicolons, as in
     * "SUMMARY DESCRIPTION; PHYSICAL DEMANDS; AND SPECIAL REQUIREMENTS:"), and where it starts and ends.
     */
    private record Found(List<DescriptionSection> sections, int start, int end) {

        DescriptionSection first() {
            return sections.get(0);
        }
    }

    /** One label of a section as a pattern of its words, with the spellings the layout varies in. */
    private record LabelWords(DescriptionSection section, Pattern pattern, char firstLetter) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

    /** Between the words of a label: spaces, commas, slashes, ampersands, hyphens, or a "(s)". */
    private static final String BETWEEN_WORDS = "(?:[ \\t,/&\\-]|\\(\\s*s?\\s*\\))*";
    private static final List<LabelWords> LABEL_WORDS = Arrays.stream(DescriptionSection.values())
            .flatMap(section -> section.layoutLabels().stream().map(label -> words(section, label))).toList();
    private static final List<String> LABEL_PREFIXES = Arrays.stream(DescriptionSection.values())
            .flatMap(section -> section.layoutLabels().stream()).map(LegacyPageParser::letters).toList();
    private static final Pattern COMBINED = Pattern.compile("[ \\t]*;[ \\t]*(?:AND\\b[ \\t]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLON = Pattern.compile("[ \\t]*:");
    private static final Pattern LINE_END = Pattern.compile("[ \\t]*(?:\\n|\\z)");
    private static final Pattern SPACE = Pattern.compile("\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.;][ \\t]+|:[ \\t]*)(?=[A-Z])");
    private static final Map<DescriptionSection, Pattern> HINTS = Arrays.stream(DescriptionSection.values())
            .filter(section -> section.layoutHint() != null)
            .collect(Collectors.toMap(section -> section, section -> hint(section.layoutHint()),
                    (a, b) -> a, () -> new EnumMap<>(DescriptionSection.class)));

    private static final Pattern OFFICIAL_LINE = Pattern.compile(
            "^(.*?)\\s*\\bCODE\\s*:\\s*(\\S*)(?:\\s*\\bSQ\\s*/\\s*OQ\\s*:\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKING_LINE = Pattern.compile(
            "^(.*?)\\s*\\bGRADE\\s*:\\s*(\\S*)(?:\\s*\\bMONTHS\\s*:\\s*(\\S*))?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SORTED_BY = Pattern.compile("^\\s*Sorted\\s+by\\s+job\\s+title\\b.*$", FLAGS);
    private static final Pattern CLASS_DESCRIPTION_LINE = Pattern.compile("^[^\\n]*\\bCLASS\\s+DESCRIPTION\\s*$", FLAGS);
    private static final Pattern BREADCRUMB = Pattern.compile("^[^\\n]*(?:→|->|»)[^\\n]*$", Pattern.MULTILINE);
    private static final Pattern SITE_HEADER = Pattern.compile("^\\s*\\]?\\s*Office\\s+of\\b[^\\n]*$", FLAGS);
    private static final String CLOSING_NOTICE_TEXT = "This description may be changed at any time.";
    private static final Pattern CLOSING_NOTICE = Pattern.compile(
            "^\\s*This\\s+description\\s+may\\s+be\\s+changed\\s+at\\s+any\\s+time\\.?\\s*$", FLAGS);
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\s*(?:\\(\\d{1,2}\\)|\\d{1,2}[.)]|[•·▪\\-–*])\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^[\\[(]?\\s*(?:tbd|tba|to\\s+be\\s+(?:written|determined|completed|added)|n/?a|none|pending|placeholder|\\.+|-+)\\s*[\\])]?\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** The words a cut-off report quotes from where the page stops. */
    private static final int QUOTED_WORDS = 8;

    /** A label's words, each optionally plural, "AND" optional, separated as {@link #BETWEEN_WORDS} allows. */
    private static LabelWords words(DescriptionSection section, String label) {
        List<String> words = Pattern.compile("[A-Za-z]{2,}").matcher(label).results().map(match -> match.group()).toList();
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0) {
                regex.append(BETWEEN_WORDS);
            }
            regex.append(word.equalsIgnoreCase("AND") && i > 0 ? "(?:AND\\b)?" : Pattern.quote(word) + "S?\\b");
        }
        return new LabelWords(section, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE),
                Character.toUpperCase(words.get(0).charAt(0)));
    }

    /** A hint such as "(Frequent overtime or night work required, etc.)", its punctuation and spacing free. */
    private static Pattern hint(String hint) {
        String words = Pattern.compile("[A-Za-z]+").matcher(hint).results().map(match -> Pattern.quote(match.group()))
                .collect(Collectors.joining("[\\s,.]*"));
        return Pattern.compile("\\(\\s*" + words + "[\\s,.]*\\)", Pattern.CASE_INSENSITIVE);
    }

    /** Letters and digits only, upper case, single-spaced: for telling whether one text begins another. */
    private static String letters(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    /** Parses one page. Never fails: text that fits nowhere is reported as unplaced. */
    public LegacyPage parse(String input) {
        return new Reading(TextBlocks.normalize(input == null ? "" : input.replace("\uFEFF", "").replace('\u00A0', ' '))).read();
    }

    /** The state of reading one page: the text, which of its characters are placed, and what was found. */
    private static final class Reading {

        private final String text;
        private final BitSet placed = new BitSet();
        private final List<PageProblem> problems = new ArrayList<>();
        private final Set<DescriptionSection> labelled = EnumSet.noneOf(DescriptionSection.class);
        private final Set<DescriptionSection> filled = EnumSet.noneOf(DescriptionSection.class);
        private final List<LegacyPage.CutOff.Sign> cutOffSigns = new ArrayList<>();
        private DescriptionSection lastSection;

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
            int end = beforeTrailingFragment();
            List<Found> labels = lineLabels(end);
            int firstLabel = labels.isEmpty() ? end : labels.get(0).start();
            int cursor = 0;
            for (int i = 0; i < labels.size(); i++) {
                Found label = labels.get(i);
                if (label.start() < cursor) {
                    continue;
                }
                int from = afterRepeats(label, label.end());
                int to = end;
                for (int j = i + 1; j < labels.size(); j++) {
                    if (labels.get(j).start() >= from) {
                        to = labels.get(j).start();
                        break;
                    }
                }
                cursor = from;
                readLabelled(label, from, to);
            }
            readHeader(0, firstLabel);
            checkRequired();
            LegacyPage.CutOff cutOff = cutOff(end);
            return result(cutOff);
        }

        /** The labels that begin a line, in order. */
        private List<Found> lineLabels(int end) {
            List<Found> found = new ArrayList<>();
            int lineStart = 0;
            while (lineStart < end) {
                int at = lineStart;
                while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                    at++;
                }
                Found label = labelAt(at, end, false);
                if (label != null) {
                    found.add(label);
                }
                int next = text.indexOf('\n', lineStart);
                lineStart = next < 0 ? end : next + 1;
            }
            return found;
        }

        /**
         * The label at this position, one or several combined with semicolons, ending in a colon (or, when it begins a
         * line, at the end of the line); null when there is none.
         */
        private Found labelAt(int start, int end, boolean colonRequired) {
            List<DescriptionSection> sections = new ArrayList<>();
            int position = start;
            while (true) {
                LabelEnd words = longestLabelWordsAt(position, end);
                if (words == null) {
                    break;
                }
                sections.add(words.section());
                position = words.end();
                Matcher combined = COMBINED.matcher(text).region(position, end);
                if (!combined.lookingAt() || longestLabelWordsAt(combined.end(), end) == null) {
                    break;
                }
                position = combined.end();
            }
            if (sections.isEmpty()) {
                return null;
            }
            Matcher colon = COLON.matcher(text).region(position, end);
            if (colon.lookingAt()) {
                return new Found(List.copyOf(sections), start, colon.end());
            }
            if (!colonRequired && beginsLine(start) && LINE_END.matcher(text).region(position, end).lookingAt()) {
                return new Found(List.copyOf(sections), start, position);
            }
            return null;
        }

        private boolean beginsLine(int position) {
            int lineStart = text.lastIndexOf('\n', position - 1) + 1;
            return text.substring(lineStart, position).isBlank();
        }

        private record LabelEnd(DescriptionSection section, int end) {
        }

        private LabelEnd longestLabelWordsAt(int position, int end) {
            if (position >= end || !Character.isLetter(text.charAt(position))) {
                return null;
            }
            char first = Character.toUpperCase(text.charAt(position));
            LabelEnd longest = null;
            for (LabelWords words : LABEL_WORDS) {
                if (words.firstLetter() != first) {
                    continue;
                }
                Matcher matcher = words.pattern().matcher(text).region(position, end);
                if (matcher.lookingAt() && (longest == null || matcher.end() > longest.end())) {
                    longest = new LabelEnd(words.section(), matcher.end());
                }
            }
            return longest;
        }

        /** Past the labels that only repeat this one ("KNOWLEDGE SKILLS ABILITIES:KNOWLEDGE, SKILLS, AND ABILITIES:"). */
        private int afterRepeats(Found label, int position) {
            mark(label.start(), label.end());
            int after = position;
            while (true) {
                Matcher space = SPACE.matcher(text).region(after, text.length());
                space.lookingAt();
                Found repeat = labelAt(space.end(), text.length(), true);
                if (repeat == null) {
                    repeat = labelAt(space.end(), text.length(), false);
                    if (repeat != null && repeat.end() == repeat.start()) {
                        repeat = null;
                    }
                }
                if (repeat == null || repeat.first() != label.first() || !label.sections().containsAll(repeat.sections())) {
                    return after;
                }
                mark(repeat.start(), repeat.end());
                after = repeat.end();
            }
        }

        /** A label's text; for combined labels, split where the text names the other sections inline. */
        private void readLabelled(Found label, int from, int to) {
            labelled.addAll(label.sections());
            if (label.sections().size() == 1) {
                readSection(label.first(), from, to);
                return;
            }
            List<Found> inline = inlineLabels(label.sections().subList(1, label.sections().size()), from, to);
            readSection(label.first(), from, inline.isEmpty() ? to : inline.get(0).start());
            for (int i = 0; i < inline.size(); i++) {
                Found part = inline.get(i);
                int partFrom = afterRepeats(part, part.end());
                readSection(part.first(), partFrom, i + 1 < inline.size() ? inline.get(i + 1).start() : to);
            }
        }

        /** The first label, colon and all, of each of these sections inside the text of a combined label. */
        private List<Found> inlineLabels(List<DescriptionSection> sections, int from, int to) {
            List<Found> found = new ArrayList<>();
            for (DescriptionSection section : sections) {
                Found first = null;
                for (LabelWords words : LABEL_WORDS) {
                    if (words.section() != section) {
                        continue;
                    }
                    Matcher matcher = words.pattern().matcher(text).region(from, to);
                    while (matcher.find()) {
                        boolean startsWord = matcher.start() == 0 || !Character.isLetterOrDigit(text.charAt(matcher.start() - 1));
                        Matcher colon = COLON.matcher(text).region(matcher.end(), to);
                        if (startsWord && colon.lookingAt()) {
                            if (first == null || matcher.start() < first.start()) {
                                first = new Found(List.of(section), matcher.start(), colon.end());
                            }
                            break;
                        }
                    }
                }
                if (first != null) {
                    found.add(first);
                }
            }
            found.sort(Comparator.comparingInt(Found::start));
            return found;
        }

        private void readSection(DescriptionSection section, int from, int to) {
            lastSection = section;
            if (!filled.add(section) && section.shape() != DescriptionSection.Shape.HEADING) {
                problems.add(PageProblem.of("import.problem.secondSection", DescriptionSection.nameOf(section.layoutLabel())));
                return;
            }
            int start = afterHint(section, from, to);
            if (start < 0) {
                return;
            }
            switch (section) {
                case OFFICIAL_TITLE -> readFirstLine(start, to, this::readOfficialLine);
                case WORKING_TITLE -> readFirstLine(start, to, this::readWorkingLine);
                case SUMMARY -> summary = block(start, to);
                case QUALIFICATION_STANDARDS -> leftover(start, to);
                case KNOWLEDGE_SKILLS_ABILITIES, EDUCATION_TRAINING_EXPERIENCE, CERTIFICATE_LICENSE, PHYSICAL_DEMANDS,
                     SPECIAL_REQUIREMENTS -> qualifications.put(section.qualification(), block(start, to));
                case OVERTIME_ELIGIBLE -> readFirstLine(start, to, this::readOvertime);
                case DUTIES -> duties = duties(block(start, to));
                case CLASS_ESTABLISHED -> readFirstLine(start, to, this::readEstablished);
                case DATES_REVISED -> readFirstLine(start, to, this::readRevised);
                case LAST_REVIEWED -> readFirstLine(start, to, this::readReviewed);
            }
        }

        /**
         * Where a section's text starts once the hint the layout prints after its label is passed; -1 when all there is
         * is the beginning of the hint (the page was cut inside it), which is then left unplaced.
         */
        private int afterHint(DescriptionSection section, int from, int to) {
            Pattern hint = HINTS.get(section);
            if (hint == null) {
                return from;
            }
            Matcher space = SPACE.matcher(text).region(from, to);
            space.lookingAt();
            Matcher matcher = hint.matcher(text).region(space.end(), to);
            if (matcher.lookingAt()) {
                mark(from, matcher.end());
                return matcher.end();
            }
            String rest = letters(text.substring(from, to));
            if (!rest.isEmpty() && text.substring(space.end(), to).startsWith("(")
                    && letters(section.layoutHint()).startsWith(rest)) {
                cutOffSigns.add(LegacyPage.CutOff.Sign.PARTIAL_LABEL);
                return -1;
            }
            return from;
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
                problems.add(PageProblem.of("import.problem.noCodeAfterTitle"));
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
                problems.add(PageProblem.of("import.problem.noGradeAfterTitle"));
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
                problems.add(PageProblem.of("import.problem.overtime", line));
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
                problems.add(PageProblem.of("import.problem.established", line));
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
                    problems.add(PageProblem.of("import.problem.revised", line));
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
                problems.add(PageProblem.of("import.problem.reviewed", line));
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
                problems.add(PageProblem.of("import.problem.noCode"));
            } else if (!code.matches("[0-9]{1,10}")) {
                problems.add(PageProblem.of("import.problem.codeDigits", code));
            }
            if (officialTitle.isEmpty()) {
                problems.add(PageProblem.of("import.problem.noOfficialTitle"));
            }
            if (workingTitle.isEmpty()) {
                problems.add(PageProblem.of("import.problem.noWorkingTitle"));
            }
            if (grade.isEmpty()) {
                problems.add(PageProblem.of("import.problem.noGrade"));
            }
            if (months.isEmpty()) {
                problems.add(PageProblem.of("import.problem.noMonths"));
            } else if (!months.matches("0?([1-9]|1[0-2])")) {
                problems.add(PageProblem.of("import.problem.months", months));
            }
            if (summary.isEmpty()) {
                problems.add(PageProblem.of("import.problem.noSummary"));
            } else if (PLACEHOLDER.matcher(summary).matches()) {
                problems.add(PageProblem.of("import.problem.placeholderSummary", summary));
            }
            if (duties.isEmpty()) {
                problems.add(PageProblem.of("import.problem.noDuties"));
            }
        }

        /**
         * Where the text ends once a trailing beginning of a label is set aside: a last line such as "MINIMUM
         * QUALIFICATION STANDA" or "PHY", or a last sentence such as "Physical Dem" inside a combined section. Such a
         * fragment is a sign the page was cut off, and belongs to no field.
         */
        private int beforeTrailingFragment() {
            if (CLOSING_NOTICE.matcher(text).find()) {
                return text.length();
            }
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            while (lineStart < end && (text.charAt(lineStart) == ' ' || text.charAt(lineStart) == '\t')) {
                lineStart++;
            }
            if (end == lineStart || text.charAt(end - 1) == ':') {
                return text.length();
            }
            if (labelAt(lineStart, text.length(), false) == null && beginsALabel(text.substring(lineStart, end))) {
                cutOffSigns.add(LegacyPage.CutOff.Sign.PARTIAL_LABEL);
                return lineStart;
            }
            Matcher sentence = SENTENCE_END.matcher(text).region(lineStart, end);
            int lastSentence = -1;
            while (sentence.find()) {
                lastSentence = sentence.end();
            }
            if (lastSentence > 0 && beginsALabel(text.substring(lastSentence, end))) {
                cutOffSigns.add(LegacyPage.CutOff.Sign.PARTIAL_LABEL);
                return lastSentence;
            }
            return text.length();
        }

        /** The text is the beginning of a label or of the closing notice, but not the whole of it. */
        private static boolean beginsALabel(String fragment) {
            String lastPart = letters(fragment.substring(fragment.lastIndexOf(';') + 1)).replaceFirst("^AND ", "");
            if (lastPart.length() < 2) {
                return false;
            }
            return LABEL_PREFIXES.stream().anyMatch(label -> label.startsWith(lastPart) && !label.equals(lastPart))
                    || letters(CLOSING_NOTICE_TEXT).startsWith(lastPart);
        }

        /** The signs that the page was cut off before its end, with the words it stops after; null when it looks whole. */
        private LegacyPage.CutOff cutOff(int end) {
            List<LegacyPage.CutOff.Sign> signs = new ArrayList<>(cutOffSigns);
            if (!CLOSING_NOTICE.matcher(text).find()) {
                if (stopsMidSentence(end)) {
                    signs.add(0, LegacyPage.CutOff.Sign.STOPS_MID_SENTENCE);
                }
                signs.add(LegacyPage.CutOff.Sign.NO_CLOSING_NOTICE);
            }
            if (!labelled.contains(DescriptionSection.CLASS_ESTABLISHED)) {
                signs.add(LegacyPage.CutOff.Sign.NO_CLASS_ESTABLISHED);
            }
            if (duties.isEmpty()) {
                signs.add(LegacyPage.CutOff.Sign.NO_DUTIES);
            }
            if (signs.isEmpty()) {
                return null;
            }
            String before = text.substring(0, end).strip();
            String[] words = before.split("\\s+");
            String after = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - QUOTED_WORDS), words.length));
            return new LegacyPage.CutOff(words.length > QUOTED_WORDS ? "…" + after : after, lastSection,
                    signs.stream().distinct().toList());
        }

        /** The text stops inside a block of text, not after a full stop, a complete line or a label. */
        private boolean stopsMidSentence(int end) {
            String before = text.substring(0, end).strip();
            if (before.isEmpty() || lastSection == null || lastSection.shape() == DescriptionSection.Shape.LINE
                    || lastSection.shape() == DescriptionSection.Shape.HEADING) {
                return false;
            }
            char last = before.charAt(before.length() - 1);
            return Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-' || last == '(';
        }

        private LegacyPage result(LegacyPage.CutOff cutOff) {
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
                    counted, cutOff);
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
