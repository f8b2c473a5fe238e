package org.jobclass.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of one of the original class description pages, read field by field so that a rendered
 * page can be compared with it. Field names are those of the rendered page's {@code data-field} attributes.
 */
public record SeedPage(String siteTitle, List<String> breadcrumb, String sortedBy, Map<String, String> fields,
                List<String> duties) {

    private static final Map<String, Pattern> LINE_FIELDS = new LinkedHashMap<>();

    static {
        LINE_FIELDS.put("summary", Pattern.compile("^SUMMARY DESCRIPTION OF CLASSIFICATION: (.*)$"));
        LINE_FIELDS.put("KNOWLEDGE_SKILLS_ABILITIES", Pattern.compile("^KNOWLEDGE, SKILLS, AND ABILITIES: (.*)$"));
        LINE_FIELDS.put("EDUCATION_TRAINING_EXPERIENCE", Pattern.compile("^EDUCATION, TRAINING, AND EXPERIENCE: (.*)$"));
        LINE_FIELDS.put("CERTIFICATE_LICENSE", Pattern.compile("^CERTIFICATE AND LICENSE REQUIREMENTS: (.*)$"));
        LINE_FIELDS.put("PHYSICAL_DEMANDS", Pattern.compile(
                "^PHYSICAL DEMANDS: \\(Special requirements such as lifting heavy objects and frequent climbing\\.\\) (.*)$"));
        LINE_FIELDS.put("SPECIAL_REQUIREMENTS", Pattern.compile(
                "^SPECIAL REQUIREMENTS: \\(Frequent overtime or night work required, etc\\.\\) (.*)$"));
        LINE_FIELDS.put("overtime-eligible", Pattern.compile("^OVERTIME ELIGIBLE: (.*)$"));
        LINE_FIELDS.put("class-established", Pattern.compile("^Class Established:\\s*(.*)$"));
        LINE_FIELDS.put("dates-revised", Pattern.compile("^Date\\(s\\) Revised:\\s*(.*)$"));
        LINE_FIELDS.put("last-reviewed", Pattern.compile("^Last Reviewed:\\s*(.*)$"));
    }

    private static final Pattern OFFICIAL_LINE = Pattern.compile("^OFFICIAL TITLE: (.+) CODE: (\\S+) SQ/OQ: (.+)$");
    private static final Pattern WORKING_LINE = Pattern.compile("^WORKING TITLE: (.+) GRADE: (\\S+) MONTHS: (\\d+)$");
    private static final Pattern INLINE_DUTY_NUMBER = Pattern.compile("(?:^|(?<=\\.) )\\d{1,2}\\. ");

    public static SeedPage read(String fileName) {
        List<String> lines = load(fileName).lines().toList();
        Map<String, String> fields = new LinkedHashMap<>();

        String sortedBy = lines.stream().filter(line -> line.startsWith("Sorted by job title:")).findFirst().orElseThrow();
        int sortedByIndex = lines.indexOf(sortedBy);
        fields.put("title", nextNonBlank(lines, sortedByIndex + 1));
        fields.put("document-kind", lines.stream().filter(line -> line.endsWith(" CLASS DESCRIPTION")).findFirst().orElseThrow());

        Matcher official = matchLine(lines, OFFICIAL_LINE);
        fields.put("official-title", official.group(1));
        fields.put("code", official.group(2));
        fields.put("sq-oq", official.group(3));
        Matcher working = matchLine(lines, WORKING_LINE);
        fields.put("working-title", working.group(1));
        fields.put("grade", working.group(2));
        fields.put("months", working.group(3));
        LINE_FIELDS.forEach((field, pattern) -> fields.put(field, matchLine(lines, pattern).group(1).strip()));
        fields.put("closing-notice", lines.get(lines.size() - 1));

        String breadcrumbLine = lines.stream().filter(line -> line.contains(" → ")).findFirst().orElseThrow();
        String siteTitle = lines.get(0).replaceFirst("^\\]\\s*", "");
        return new SeedPage(siteTitle, List.of(breadcrumbLine.split(" → ")), sortedBy, fields, duties(lines));
    }

    private static List<String> duties(List<String> lines) {
        int start = lines.indexOf("EXAMPLES OF DUTIES AND RESPONSIBILITIES:") + 1;
        int end = start;
        while (!lines.get(end).startsWith("Class Established:")) {
            end++;
        }
        List<String> duties = lines.subList(start, end).stream().filter(line -> !line.isBlank()).toList();
        if (duties.size() == 1 && duties.get(0).startsWith("1. ")) {
            return Arrays.stream(INLINE_DUTY_NUMBER.split(duties.get(0))).filter(duty -> !duty.isBlank()).map(String::strip).toList();
        }
        return duties;
    }

    private static Matcher matchLine(List<String> lines, Pattern pattern) {
        return lines.stream()
                .map(pattern::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No line matches " + pattern));
    }

    private static String nextNonBlank(List<String> lines, int from) {
        return lines.subList(from, lines.size()).stream().filter(line -> !line.isBlank()).findFirst().orElseThrow();
    }

    private static String load(String fileName) {
        try (InputStream in = SeedPage.class.getResourceAsStream("/seeds/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No seed page " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
