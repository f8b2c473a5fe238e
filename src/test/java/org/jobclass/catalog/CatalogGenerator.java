package org.jobclass.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Realistic class descriptions of a school district's classification plan, as many as asked, always the same
 * for the same seed: official classes with a four-digit code (leading zeros kept) and one to six working
 * titles each, sharing the official title; summaries, the five parts of the minimum qualification standards
 * and the examples of duties written from the vocabulary of the class's line of work, about as long as those
 * of the seeded descriptions; class dates in the past. For the benchmark and for tests that need a catalog
 * of real size.
 */
public final class CatalogGenerator {

    public static final long DEFAULT_SEED = 20_240_601L;

    public static final int MIN_TITLES_PER_CODE = 1;
    public static final int MAX_TITLES_PER_CODE = 6;
    public static final int MIN_SUMMARY = 1_500;
    public static final int MAX_SUMMARY = 3_000;
    public static final int MIN_QUALIFICATION = 150;
    public static final int MAX_QUALIFICATION = 1_200;
    public static final int MIN_DUTIES = 6;
    public static final int MAX_DUTIES = 14;
    public static final int MIN_DUTY = 100;
    public static final int MAX_DUTY = 300;

    /** Every date generated is on or before this day, so that the catalog never holds a date in the future. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2025, 6, 30);
    private static final YearMonth EARLIEST_ESTABLISHED = YearMonth.of(1978, 1);

    private final Random random;
    private final Deque<DescriptionContent> pending = new ArrayDeque<>();
    private int nextCode;

    public CatalogGenerator(long seed) {
        this.random = new Random(seed);
        this.nextCode = 101 + random.nextInt(50);
    }

    public CatalogGenerator() {
        this(DEFAULT_SEED);
    }

    /** The next {@code count} descriptions. */
    public List<DescriptionContent> generate(int count) {
        List<DescriptionContent> descriptions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            descriptions.add(next());
        }
        return descriptions;
    }

    /** The next description: the working titles of one official class come one after the other. */
    public DescriptionContent next() {
        if (pending.isEmpty()) {
            pending.addAll(officialClass());
        }
        return pending.removeFirst();
    }

    // --- One official class and its working titles ---------------------------------------------------------------

    private List<DescriptionContent> officialClass() {
        String code = String.format(Locale.ROOT, "%04d", nextCode);
        nextCode += 1 + random.nextInt(3);
        Role role = pick(ROLES);
        Domain domain = role.domain();
        String grade = pick(role.grades());
        int months = role.months().length == 1 ? role.months()[0] : role.months()[random.nextInt(role.months().length)];
        String sqOq = pick(SQ_OQ);
        boolean overtimeEligible = Character.isDigit(grade.charAt(0)) && Integer.parseInt(grade) < 24
                ? random.nextInt(10) < 8 : random.nextInt(10) == 0;
        YearMonth established = randomEstablished();

        List<DescriptionContent> descriptions = new ArrayList<>();
        for (String title : workingTitles(role)) {
            List<LocalDate> revised = revisionDates(established);
            LocalDate lastReviewed = lastReviewed(established, revised);
            descriptions.add(new DescriptionContent(
                    role.officialTitle(), code, sqOq, title, grade, months,
                    summary(title, role, domain),
                    qualifications(title, role, domain),
                    overtimeEligible,
                    duties(role, domain),
                    established, revised, lastReviewed));
        }
        return descriptions;
    }

    /** One to six working titles, unique within the class regardless of case, and so are their slugs. */
    private List<String> workingTitles(Role role) {
        int wanted = MIN_TITLES_PER_CODE + random.nextInt(MAX_TITLES_PER_CODE - MIN_TITLES_PER_CODE + 1);
        Set<String> lowerCaseTitles = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (int attempt = 0; titles.size() < wanted && attempt < 60; attempt++) {
            String title = workingTitle(role, titles.isEmpty() && random.nextInt(3) == 0);
            if (title.length() <= 200 && lowerCaseTitles.add(title.toLowerCase(Locale.ROOT))) {
                if (slugs.add(Slugs.of(title))) {
                    titles.add(title);
                } else {
                    lowerCaseTitles.remove(title.toLowerCase(Locale.ROOT));
                }
            }
        }
        return titles;
    }

    private String workingTitle(Role role, boolean plain) {
        String base = role.officialTitle();
        if (plain) {
            return base;
        }
        String area = random.nextInt(3) == 0 ? pick(role.domain().areas()) : pick(role.areas());
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> base + ", " + area;
            case 4, 5 -> role.prefixable() ? area + " " + base : base + ", " + area;
            case 6 -> base + " " + pick(LEVELS);
            case 7 -> base + " " + pick(LEVELS) + ", " + area;
            case 8 -> role.ranks().length > 0 ? pick(role.ranks()) + " " + base : base + ", " + area;
            default -> role.ranks().length > 0 ? pick(role.ranks()) + " " + base + ", " + area : base + ", " + area;
        };
    }

    // --- Texts ---------------------------------------------------------------------------------------------------

    private String summary(String title, Role role, Domain domain) {
        int target = MIN_SUMMARY + random.nextInt(MAX_SUMMARY - MIN_SUMMARY - 350);
        StringBuilder text = new StringBuilder();
        text.append("Under the ").append(pick(DIRECTION)).append(" of the ").append(pick(domain.supervisors()))
                .append(", the ").append(title).append(' ').append(fill(pick(domain.leads()), domain, role)).append('.');
        Set<String> used = new HashSet<>();
        int misses = 0;
        while (text.length() < target && misses < 200) {
            String template = pick(random.nextInt(3) == 0 ? GENERAL_SUMMARY : domain.summary());
            String sentence = ' ' + sentence(template, domain, role);
            if (!used.contains(template) && text.length() + sentence.length() <= MAX_SUMMARY) {
                used.add(template);
                text.append(sentence);
            } else {
                misses++;
            }
        }
        return text.toString();
    }

    private Map<QualificationKind, String> qualifications(String title, Role role, Domain domain) {
        Map<QualificationKind, String> qualifications = new EnumMap<>(QualificationKind.class);
        qualifications.put(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES,
                paragraph(List.of(domain.knowledge(), GENERAL_KNOWLEDGE), domain, role, 350));
        qualifications.put(QualificationKind.EDUCATION_TRAINING_EXPERIENCE,
                paragraph(List.of(domain.education(), GENERAL_EDUCATION), domain, role, 250));
        qualifications.put(QualificationKind.CERTIFICATE_LICENSE,
                paragraph(List.of(domain.certificates(), GENERAL_CERTIFICATES), domain, role, MIN_QUALIFICATION));
        qualifications.put(QualificationKind.PHYSICAL_DEMANDS,
                paragraph(List.of(domain.physical(), GENERAL_PHYSICAL), domain, role, MIN_QUALIFICATION));
        qualifications.put(QualificationKind.SPECIAL_REQUIREMENTS,
                paragraph(List.of(GENERAL_SPECIAL, domain.special()), domain, role, MIN_QUALIFICATION));
        return qualifications;
    }

    /**
     * Sentences from the first pool, then from either, each template used once, until the paragraph is at least
     * {@code atLeast} characters long.
     */
    private String paragraph(List<String[]> pools, Domain domain, Role role, int atLeast) {
        int target = Math.max(MIN_QUALIFICATION, atLeast + random.nextInt(MAX_QUALIFICATION - 250 - atLeast));
        Set<String> used = new HashSet<>();
        List<String> sentences = new ArrayList<>();
        int length = -1;
        int misses = 0;
        while (length < target && misses < 200) {
            String template = pick(sentences.isEmpty() ? pools.get(0) : pools.get(random.nextInt(pools.size())));
            String sentence = sentence(template, domain, role);
            if (!used.contains(template) && length + 1 + sentence.length() <= MAX_QUALIFICATION) {
                used.add(template);
                sentences.add(sentence);
                length += 1 + sentence.length();
            } else {
                misses++;
            }
        }
        return String.join(" ", sentences);
    }

    /** Six to fourteen duties, no two alike, each template used at most twice. */
    private List<String> duties(Role role, Domain domain) {
        int count = MIN_DUTIES + random.nextInt(MAX_DUTIES - MIN_DUTIES + 1);
        Set<String> duties = new LinkedHashSet<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int attempt = 0; duties.size() < count; attempt++) {
            if (attempt == 10_000) {
                throw new IllegalStateException("Too few duty templates for " + role.officialTitle());
            }
            String template = pick(random.nextInt(4) == 0 ? GENERAL_DUTIES : domain.duties());
            if (uses.getOrDefault(template, 0) >= (template.contains("{") ? 2 : 1)) {
                continue;
            }
            StringBuilder duty = new StringBuilder(sentence(template, domain, role));
            while (duty.length() < MIN_DUTY) {
                duty.setLength(duty.length() - 1);
                duty.append(' ').append(fill(pick(DUTY_TAILS), domain, role)).append('.');
            }
            if (duty.length() <= MAX_DUTY && duties.add(duty.toString())) {
                uses.merge(template, 1, Integer::sum);
            }
        }
        return List.copyOf(duties);
    }

    /** A sentence made from a template, starting with a capital even when its first word comes from a slot. */
    private String sentence(String template, Domain domain, Role role) {
        String text = fill(template, domain, role);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Replaces each {slot} by a word or phrase of its list: the domain's own lists first, then the common ones. */
    private String fill(String template, Domain domain, Role role) {
        StringBuilder text = new StringBuilder(template.length() + 64);
        int from = 0;
        while (true) {
            int open = template.indexOf('{', from);
            if (open < 0) {
                text.append(template, from, template.length());
                return text.toString();
            }
            int close = template.indexOf('}', open);
            text.append(template, from, open);
            String slot = template.substring(open + 1, close);
            text.append(switch (slot) {
                case "area" -> pick(random.nextBoolean() ? role.areas() : domain.areas());
                case "object" -> pick(domain.objects());
                case "people" -> pick(domain.people());
                case "stakeholders" -> pick(STAKEHOLDERS);
                case "documents" -> pick(DOCUMENTS);
                case "manner" -> pick(MANNER);
                case "system" -> pick(SYSTEM_NAMES);
                case "verb" -> pick(domain.verbs());
                case "years" -> pick(YEARS);
                case "weight" -> pick(WEIGHTS);
                case "office" -> pick(OFFICES);
                default -> throw new IllegalArgumentException("No words for {" + slot + "} in \"" + template + '"');
            });
            from = close + 1;
        }
    }

    // --- Dates ---------------------------------------------------------------------------------------------------

    private YearMonth randomEstablished() {
        int span = (int) (EARLIEST_ESTABLISHED.until(YearMonth.from(LATEST_DATE).minusMonths(6), ChronoUnit.MONTHS));
        return EARLIEST_ESTABLISHED.plusMonths(random.nextInt(span));
    }

    private List<LocalDate> revisionDates(YearMonth established) {
        int count = random.nextInt(4);
        long days = established.atDay(1).until(LATEST_DATE, ChronoUnit.DAYS);
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            dates.add(established.atDay(1).plusDays(1 + random.nextInt((int) days)));
        }
        return List.copyOf(dates);
    }

    private LocalDate lastReviewed(YearMonth established, List<LocalDate> revised) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        LocalDate after = revised.isEmpty() ? established.atDay(1) : revised.get(revised.size() - 1);
        long days = after.until(LATEST_DATE, ChronoUnit.DAYS);
        return days <= 0 ? LATEST_DATE : after.plusDays(random.nextInt((int) days + 1));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    // --- Vocabulary ----------------------------------------------------------------------------------------------

    /**
     * A line of work: what its descriptions are about, who supervises it, what it is responsible for and what
     * it asks of applicants. Sentences may hold {slots}, filled in by {@link #fill}.
     */
    private record Domain(String[] areas, String[] supervisors, String[] leads, String[] summary, String[] verbs,
                          String[] objects, String[] people, String[] duties, String[] knowledge, String[] education,
                          String[] certificates, String[] physical, String[] special) {
    }

    /** An official class: its title, line of work, the specialities of its working titles, its grades and months. */
    private record Role(String officialTitle, Domain domain, boolean prefixable, String[] areas, String[] ranks,
                        String[] grades, int[] months) {
    }

    private static String[] of(String... values) {
        return values;
    }

    private static final String[] SQ_OQ = of("Not Applicable", "Not Applicable", "Not Applicable", "SQ", "OQ");
    private static final String[] LEVELS = of("I", "II", "III", "IV");
    private static final String[] DIRECTION = of("direction", "general direction", "supervision", "direct supervision",
            "general supervision", "leadership");
    private static final String[] YEARS = of("two", "three", "four", "five", "six", "seven");
    private static final String[] WEIGHTS = of("25", "35", "40", "50", "60", "75");
    private static final String[] OFFICES = of("the Office of Human Resources and Development",
            "the Office of the Chief Operating Officer", "the Office of Teaching, Learning, and Schools",
            "the Office of Finance", "the Office of Special Education", "the Office of Facilities Management",
            "the Office of Technology and Innovation", "the Office of School Support and Well-Being",
            "the Office of Communications", "the Office of Student and Family Support and Engagement");
    private static final String[] STAKEHOLDERS = of("principals and school-based staff", "parents and community members",
            "central office staff", "students and their families", "vendors and contractors",
            "state and federal agencies", "employee association representatives", "the Board of Education",
            "department directors", "colleagues in other offices", "county government agencies",
            "community partners and advisory committees");
    private static final String[] DOCUMENTS = of("reports", "correspondence", "budget requests", "work orders",
            "purchase requisitions", "schedules", "records and files", "presentations", "procedures manuals",
            "data summaries");
    private static final String[] MANNER = of("as assigned", "on a regular basis", "in a timely manner",
            "in accordance with established procedures", "as required by policy and regulation",
            "within established deadlines", "with minimal supervision", "accurately and confidentially");
    private static final String[] SYSTEM_NAMES = of("the student information system", "the enterprise resource planning system",
            "the work order management system", "the human resources information system", "the learning management system",
            "the financial management system", "the document management system");

    private static final String[] GENERAL_SUMMARY = of(
            "Works collaboratively with {stakeholders} to support the mission and strategic priorities of the school system.",
            "Prepares {documents} and maintains accurate records {manner}.",
            "Keeps abreast of current trends, best practices, and relevant federal and state legislation and school system policies and regulations.",
            "Work involves considerable contact with {stakeholders}, which requires tact, discretion and sound judgment.",
            "Participates in professional development opportunities to maintain current knowledge and skills.",
            "Uses {system} to enter, retrieve and report information {manner}.",
            "The position requires the ability to establish priorities and meet deadlines in a fast-paced environment.",
            "Represents the department on committees and work groups {manner}.",
            "Responds to inquiries from {stakeholders} and resolves problems {manner}.",
            "Supports the school system's commitment to equity, so that every student has access to a safe and welcoming learning environment.",
            "Performs other duties and special projects as assigned by the supervisor.",
            "May provide work direction to other staff.",
            "Work is reviewed through conferences, reports and the results achieved.",
            "Maintains confidentiality of sensitive information in accordance with policy.",
            "Coordinates activities with {office} and with {stakeholders}.");

    private static final String[] GENERAL_DUTIES = of(
            "Prepares {documents} for the supervisor and for {stakeholders} {manner}.",
            "Maintains accurate files and records, including confidential information, {manner}.",
            "Participates in staff meetings and professional development activities {manner}.",
            "Responds to inquiries from {stakeholders} and resolves routine problems {manner}.",
            "Uses {system} to enter, update and retrieve information {manner}.",
            "Represents the office on committees, task forces and work groups {manner}.",
            "Coordinates work with {office} and with {stakeholders}.");
    private static final String[] DUTY_TAILS = of("under the direction of the supervisor", "in accordance with established procedures",
            "and keeps the supervisor informed of problems and progress", "in collaboration with {stakeholders}",
            "and recommends improvements to procedures", "while maintaining accurate records");

    private static final String[] GENERAL_KNOWLEDGE = of(
            "Excellent oral and written communication skills.",
            "Excellent human relations skills and the ability to work effectively with {stakeholders}.",
            "Ability to establish priorities, organize work and meet deadlines.",
            "Ability to use computer applications, including word processing, spreadsheets, email and {system}.",
            "Ability to maintain confidentiality and exercise sound judgment.",
            "Ability to follow oral and written instructions and to work independently with minimal supervision.",
            "Ability to work cooperatively as a member of a team in a diverse environment.");
    private static final String[] GENERAL_EDUCATION = of(
            "Other combinations of applicable education and experience which provide the knowledge, abilities, and skills necessary to perform effectively in the position may be considered.",
            "Experience in a public school system is preferred.",
            "Completion of the school system's orientation program within the first year of employment.");
    private static final String[] GENERAL_CERTIFICATES = of(
            "Valid driver's license and access to a vehicle for travel to schools and offices may be required.",
            "Certification in first aid and cardiopulmonary resuscitation (CPR) may be required.",
            "Any certificate or license required by law or regulation for the work performed must be kept current.");
    private static final String[] GENERAL_PHYSICAL = of(
            "Work is performed in an office environment with occasional travel to schools and other work sites.",
            "Ability to sit, stand and walk for extended periods and to use a computer keyboard.",
            "Must be able to lift up to {weight} pounds occasionally.",
            "Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions of the position.");
    private static final String[] GENERAL_SPECIAL = of(
            "Availability to work overtime, including evening and weekend meetings, as required.",
            "Must successfully complete a criminal background check and child protective services clearance.",
            "Travel between schools and offices within the county is required.",
            "Must complete the mandated course on child abuse and neglect reporting within the first month of employment.");

    private static final Domain INSTRUCTION = new Domain(
            of("Special Education", "Mathematics", "English", "Science", "Social Studies", "Reading Initiative",
                    "English for Speakers of Other Languages", "Art", "Music", "Physical Education", "Early Childhood",
                    "Career and Technology Education", "World Languages", "Gifted and Talented", "Elementary",
                    "Middle School", "High School", "Alternative Education", "Dual Language Immersion",
                    "Home and Hospital Teaching", "Infants and Toddlers", "Deaf and Hard of Hearing", "Autism Programs",
                    "Visual Impairments", "Computer Science", "Engineering", "Theater", "Health Education"),
            of("Principal", "Director of Curriculum and Instruction", "Director of Special Education Services",
                    "Supervisor of Instructional Programs", "Chief of Teaching, Learning, and Schools"),
            of("plans and delivers instruction that meets the needs of all students",
                    "supports teaching and learning in the {area} program",
                    "provides instruction and instructional support to students in assigned classes",
                    "assists teachers and students in the implementation of the {area} curriculum"),
            of("Designs lessons aligned with the curriculum framework and adapts instruction to the needs of individual students, including students with disabilities and English learners.",
                    "Assesses student progress using a variety of formal and informal assessments and uses the results to plan instruction.",
                    "Establishes a safe, orderly and respectful classroom environment that promotes student learning and positive behavior.",
                    "Collaborates with teachers, special education staff and counselors to implement individualized education programs and 504 plans.",
                    "Communicates regularly with parents about student progress, attendance and behavior.",
                    "Participates in grade-level and content team meetings to analyze student data and plan instruction.",
                    "Integrates technology and digital resources into instruction to increase student engagement.",
                    "Supports students in the {area} program through small-group and individual instruction.",
                    "Selects and develops instructional materials and maintains accurate records of student grades and attendance.",
                    "Participates in professional learning communities and in training on new curriculum and instructional practices.",
                    "Supervises students during instructional and non-instructional activities, including arrival, dismissal and field trips.",
                    "Supports the school improvement plan and the goals set for student achievement."),
            of("Plans", "Delivers", "Adapts", "Coordinates", "Monitors", "Develops", "Implements"),
            of("lesson plans", "curriculum units", "student assessments", "individualized education programs",
                    "classroom instruction", "grading and reporting", "instructional materials", "small-group interventions",
                    "progress monitoring data", "classroom routines"),
            of("students", "teachers", "parents", "paraeducators", "school counselors"),
            of("{verb} {object} for students in the {area} program {manner}.",
                    "Assesses student progress and uses assessment data to plan and adjust {object}.",
                    "Communicates with parents and guardians about student progress, attendance and behavior {manner}.",
                    "Collaborates with teachers and specialists to implement individualized education programs and accommodations for students with disabilities.",
                    "Maintains accurate records of student attendance, grades and {object} {manner}.",
                    "Supervises students in classrooms, hallways, cafeterias and on school buses {manner}.",
                    "Participates in team planning, professional learning communities and training on the {area} curriculum.",
                    "Prepares classrooms and instructional materials, including technology and manipulatives, for daily instruction.",
                    "Provides small-group and individual support to students who need additional help in {area}.",
                    "Coordinates field trips, assemblies and special events for students {manner}."),
            of("Knowledge of the curriculum, instructional strategies and assessment practices of the {area} program.",
                    "Knowledge of child and adolescent development and of strategies for working with students with diverse needs.",
                    "Ability to manage a classroom and to establish positive relationships with students, parents and colleagues.",
                    "Knowledge of special education procedures, including individualized education programs and 504 plans.",
                    "Ability to use student data to plan instruction and monitor progress.",
                    "Skill in integrating technology into instruction."),
            of("Bachelor's degree from an accredited college or university in education or in the subject taught.",
                    "Master's degree from an accredited college or university in education, {area} or a related field preferred.",
                    "High school diploma or equivalent and two years of college, or an associate degree, for instructional support positions.",
                    "Successful teaching experience in {area} preferred.",
                    "Completion of the state-approved teacher preparation program or eligibility for conditional certification."),
            of("Must hold or be eligible for a state Professional Eligibility Certificate or Standard Professional Certificate in the area of assignment.",
                    "Certification in {area} from the state department of education.",
                    "Paraprofessionals must meet the requirements of the Every Student Succeeds Act by passing the ParaPro assessment or completing 48 college credits."),
            of("Ability to stand and move about the classroom for extended periods, and to bend, stoop and kneel to work with students.",
                    "Must be able to assist students with physical disabilities, including lifting and positioning, with appropriate training.",
                    "Work is performed in classrooms and other school settings with frequent interruptions."),
            of("Must be available for back-to-school night, parent conferences and other school events outside the school day.",
                    "Must complete training in the curriculum and in restorative practices during the first year of assignment."));

    private static final Domain STUDENT_SERVICES = new Domain(
            of("School Counseling", "Pupil Personnel Services", "Psychological Services", "Student Well-Being",
                    "Special Education", "Bilingual Assessment", "Attendance", "Family Engagement", "Homeless Education",
                    "Behavior Support", "Transition Services", "Crisis Response", "Student Welfare and Compliance",
                    "Restorative Justice", "Early Intervention"),
            of("Director of Student Services", "Supervisor of Psychological Services", "Principal",
                    "Director of School Counseling, Residency and International Admissions",
                    "Chief of Student and Family Support"),
            of("provides services that help students succeed in school and addresses barriers to learning",
                    "supports the social, emotional and academic development of students",
                    "evaluates students and recommends services that meet their educational needs"),
            of("Conducts assessments and evaluations of students referred for services and interprets the results to parents and school teams.",
                    "Consults with teachers, administrators and parents on strategies that support students' learning, behavior and mental health.",
                    "Participates in individualized education program meetings and in the development of behavior intervention plans.",
                    "Provides individual and group counseling and crisis intervention for students.",
                    "Connects students and families with school and community resources, including health, mental health and social services.",
                    "Monitors student attendance and works with families to address chronic absence.",
                    "Maintains confidential student records in accordance with the Family Educational Rights and Privacy Act.",
                    "Provides training to school staff on suicide prevention, child abuse reporting and trauma-informed practices.",
                    "Collaborates with {stakeholders} to coordinate services for students with special education needs.",
                    "Collects and analyzes data on the effectiveness of interventions and reports results to the supervisor."),
            of("Conducts", "Coordinates", "Provides", "Monitors", "Evaluates", "Facilitates"),
            of("student evaluations", "counseling sessions", "crisis interventions", "attendance interventions",
                    "behavior intervention plans", "referrals to community agencies", "transition plans", "home visits"),
            of("students", "families", "school teams", "community agencies"),
            of("{verb} {object} for students referred by school teams {manner}.",
                    "Consults with teachers and parents on strategies that support student learning and well-being.",
                    "Participates in individualized education program meetings and writes reports of evaluation results.",
                    "Provides individual and group counseling and crisis intervention to students {manner}.",
                    "Connects students and families with community resources and follows up on {object}.",
                    "Maintains confidential student records and documents {object} {manner}.",
                    "Provides training for school staff on student mental health, attendance and {area}.",
                    "Collects and analyzes data on {object} and prepares {documents} for the supervisor."),
            of("Knowledge of child and adolescent development, learning theory and mental health.",
                    "Knowledge of federal, state and local laws and regulations regarding special education, student records and child welfare.",
                    "Ability to administer and interpret standardized assessments.",
                    "Skill in counseling, consultation and crisis intervention.",
                    "Ability to work effectively with students and families of diverse cultural and linguistic backgrounds."),
            of("Master's degree from an accredited college or university in school counseling, school psychology, social work or a related field.",
                    "Completion of an approved graduate program in {area}.",
                    "{years} years of experience working with school-age children preferred."),
            of("State certification as a school counselor, school psychologist or pupil personnel worker, as appropriate to the assignment.",
                    "License as a certified social worker-clinical (LCSW-C) preferred."),
            of("Work is performed in schools, offices and homes, with frequent travel between sites.",
                    "Ability to respond to crisis situations that may be emotionally demanding."),
            of("Must be available to respond to school crises outside normal working hours.",
                    "Bilingual skills in Spanish, French, Amharic, Chinese or Vietnamese preferred for some assignments."));

    private static final Domain FACILITIES = new Domain(
            of("Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5", "Zone 6", "Plant Operations", "Energy Management",
                    "Grounds", "Roofing", "Boiler Operations", "Fire Safety Systems", "Building Automation", "Carpentry Shop",
                    "Paint Shop", "Locksmith Shop", "Elevator Services", "Indoor Air Quality", "Capital Improvements",
                    "Environmental Services", "Refrigeration", "Preventive Maintenance"),
            of("Zone Maintenance Supervisor", "Director of Facilities Management", "Building Services Manager",
                    "Director of Maintenance", "Chief Operating Officer"),
            of("performs skilled maintenance and repair work in school and administrative buildings",
                    "keeps buildings and grounds safe, clean and in good repair",
                    "plans, schedules and inspects maintenance work in assigned facilities"),
            of("Performs preventive maintenance and repairs on {object} in accordance with manufacturers' specifications and building codes.",
                    "Diagnoses malfunctions, replaces defective parts and tests equipment to ensure safe and efficient operation.",
                    "Receives work orders through the work order management system, estimates time and materials, and records work completed.",
                    "Follows safety procedures and uses personal protective equipment, including lockout and tagout procedures.",
                    "Maintains tools, equipment and vehicles assigned, and keeps an inventory of parts and supplies.",
                    "Responds to emergency calls after hours and on weekends for heating failures, flooding and other building emergencies.",
                    "Coordinates maintenance work with principals and building service staff to minimize disruption of instruction.",
                    "Inspects facilities and reports unsafe conditions and needed repairs to the supervisor.",
                    "Works from blueprints, schematics and technical manuals.",
                    "Supports energy conservation by adjusting building automation schedules and reporting equipment that wastes energy.",
                    "Oversees the work of contractors to ensure that it meets specifications and is completed on schedule."),
            of("Repairs", "Inspects", "Maintains", "Installs", "Services", "Replaces", "Troubleshoots"),
            of("heating, ventilation and air conditioning systems", "electrical systems and lighting", "plumbing fixtures and piping",
                    "roofs and building envelopes", "boilers and chillers", "doors, locks and hardware", "fire alarm and sprinkler systems",
                    "playground equipment", "kitchen equipment", "elevators and wheelchair lifts", "athletic fields and school grounds",
                    "building automation controls"),
            of("building service workers", "maintenance mechanics", "contractors", "principals"),
            of("{verb} {object} in schools and offices of {area} {manner}.",
                    "Performs preventive maintenance on {object} according to the preventive maintenance schedule.",
                    "Diagnoses malfunctions of {object}, orders parts and completes repairs {manner}.",
                    "Records labor, materials and completed work orders in the work order management system.",
                    "Responds to emergency maintenance calls after normal working hours {manner}.",
                    "Inspects {object} and reports unsafe conditions and needed repairs to the supervisor.",
                    "Maintains assigned tools, equipment and vehicle, and keeps an inventory of parts and supplies.",
                    "Follows safety rules, including lockout and tagout procedures, and uses personal protective equipment.",
                    "Oversees contractors' work on {object} and verifies that it meets specifications.",
                    "Trains and provides work direction to helpers and building service workers on the maintenance of {object}."),
            of("Knowledge of the methods, materials, tools and safety practices of the trade.",
                    "Knowledge of building codes and of the operation and maintenance of {object}.",
                    "Ability to read and interpret blueprints, schematics, wiring diagrams and technical manuals.",
                    "Ability to diagnose malfunctions and make repairs using hand and power tools and test equipment.",
                    "Skill in the safe use of ladders, lifts and power equipment."),
            of("High school diploma or equivalent.",
                    "Completion of an apprenticeship program or vocational training in the trade.",
                    "{years} years of journey-level experience in the maintenance and repair of {object}."),
            of("Valid driver's license with a safe driving record.",
                    "Journeyman or master license in the trade as required by the county for the work performed.",
                    "Universal refrigerant certification (EPA Section 608) for work on refrigeration equipment.",
                    "Boiler operator license for assignments that include boiler operations."),
            of("Must be able to lift and carry up to {weight} pounds, climb ladders, work at heights and in confined spaces.",
                    "Work is performed indoors and outdoors, in all weather conditions, and may involve exposure to noise, dust and fumes.",
                    "Frequent bending, kneeling, reaching and standing for extended periods."),
            of("Must be available for on-call emergency response, including nights, weekends and holidays.",
                    "Must wear uniforms and safety equipment provided by the school system."));

    private static final Domain TRANSPORTATION = new Domain(
            of("Special Education Transportation", "Route Planning", "Fleet Maintenance", "Depot Operations",
                    "Field Trips", "Bus Safety Training", "Parts Room", "Radio Dispatch", "Activity Buses"),
            of("Transportation Depot Manager", "Director of Transportation", "Fleet Maintenance Supervisor",
                    "Transportation Operations Supervisor"),
            of("transports students safely to and from school and school activities",
                    "keeps the school bus fleet safe, reliable and ready for service",
                    "plans and supports the daily operation of student transportation"),
            of("Performs pre-trip and post-trip inspections of the school bus and reports defects immediately.",
                    "Operates the school bus on assigned routes in accordance with traffic laws, state regulations and school system procedures.",
                    "Maintains order and safety on the bus and reports student behavior problems to school administrators.",
                    "Assists students with disabilities, including the use of wheelchair lifts and child safety restraints.",
                    "Performs diagnostic, preventive maintenance and repair work on buses and other vehicles of the fleet.",
                    "Maintains records of mileage, fuel, inspections and maintenance in the fleet management system.",
                    "Participates in annual in-service training on student management, first aid and emergency evacuation.",
                    "Communicates with dispatchers by radio regarding delays, emergencies and route changes.",
                    "Plans bus routes and stops that are safe and efficient and meet the needs of students."),
            of("Operates", "Inspects", "Maintains", "Schedules", "Dispatches", "Repairs"),
            of("school buses", "assigned routes", "wheelchair lifts and securement systems", "diesel engines and brakes",
                    "two-way radios", "route schedules", "vehicle inspection reports"),
            of("students", "bus operators", "bus attendants", "mechanics"),
            of("{verb} {object} safely and {manner}.",
                    "Performs pre-trip and post-trip inspections of {object} and reports defects {manner}.",
                    "Maintains order and safety of students on the bus and reports behavior problems to school administrators.",
                    "Assists students with disabilities in boarding and exiting the bus and secures wheelchairs and safety restraints.",
                    "Performs preventive maintenance and repairs on {object} and records the work in the fleet management system.",
                    "Communicates with the dispatch office by two-way radio about delays, emergencies and changes in {area}.",
                    "Participates in emergency evacuation drills and in-service training on student management and bus safety."),
            of("Knowledge of traffic laws, state school bus regulations and safe driving practices.",
                    "Ability to manage student behavior and communicate effectively with students, parents and school staff.",
                    "Knowledge of the repair and maintenance of diesel and gasoline engines, brakes and electrical systems.",
                    "Ability to read maps and follow route directions."),
            of("High school diploma or equivalent preferred.",
                    "Completion of the school system's bus operator training program.",
                    "{years} years of experience in the repair of heavy-duty vehicles for mechanic positions."),
            of("Valid commercial driver's license, Class B, with passenger and school bus endorsements and air brake certification.",
                    "Must meet the physical and drug and alcohol testing requirements of the Federal Motor Carrier Safety Administration.",
                    "ASE certification in school bus or medium/heavy truck repair preferred for maintenance positions."),
            of("Must be able to lift and assist students and to climb steps and perform emergency evacuations.",
                    "Work is performed in vehicles and in the shop, in all weather conditions."),
            of("Must be available for split shifts, field trips and activity runs.",
                    "Must pass an annual physical examination and recertification."));

    private static final Domain FOOD = new Domain(
            of("School Meals", "Central Production Facility", "Nutrition Education", "Summer Meals Program",
                    "Menu Planning", "Catering Services", "Elementary Cafeterias", "Secondary Cafeterias"),
            of("Cafeteria Manager", "Director of Food and Nutrition Services", "Food Services Supervisor"),
            of("prepares and serves nutritious meals to students in compliance with federal and state requirements",
                    "manages the food service operation of an assigned school"),
            of("Prepares and serves breakfast and lunch following standardized recipes, portion sizes and production records.",
                    "Follows food safety and sanitation procedures, including temperature monitoring and hazard analysis.",
                    "Operates the point-of-sale system and accounts for meals served and cash received.",
                    "Cleans and sanitizes kitchen equipment, work areas and serving lines.",
                    "Receives, stores and rotates food and supplies and maintains inventory records.",
                    "Meets the requirements of the National School Lunch and School Breakfast Programs for meal patterns and documentation.",
                    "Accommodates special diets for students with food allergies and medical conditions."),
            of("Prepares", "Serves", "Inventories", "Orders", "Cleans", "Records"),
            of("breakfast and lunch meals", "production records", "food orders and deliveries", "kitchen equipment",
                    "meal counts", "inventory of food and supplies", "catering orders"),
            of("students", "food service workers", "cafeteria managers"),
            of("{verb} {object} {manner}, following food safety and sanitation procedures.",
                    "Prepares and serves meals to students following standardized recipes and production records.",
                    "Operates the point-of-sale system and reconciles meal counts and cash {manner}.",
                    "Cleans and sanitizes kitchen equipment, work areas and serving lines {manner}.",
                    "Receives, stores and rotates food and supplies and maintains {object}."),
            of("Knowledge of food preparation, food safety and sanitation practices.",
                    "Knowledge of the meal pattern requirements of the National School Lunch Program.",
                    "Ability to operate commercial kitchen equipment safely."),
            of("High school diploma or equivalent preferred.",
                    "{years} years of experience in quantity food preparation or food service management."),
            of("ServSafe Food Protection Manager certification within six months of appointment.",
                    "Food handler certification as required by the county health department."),
            of("Must be able to lift up to {weight} pounds, stand for long periods and work in hot and cold environments.",
                    "Frequent bending, reaching and repetitive motions."),
            of("Must be available for summer meals programs and special events as assigned."));

    private static final Domain FINANCE = new Domain(
            of("Budget and Grants", "Accounts Payable", "Payroll", "Retirement Benefits", "Federal Grants", "Capital Budget",
                    "Operating Budget", "Financial Reporting", "Procurement", "Risk Management", "Student Activity Funds",
                    "Internal Audit", "Debt Management", "Investments", "Employee Benefits", "Contract Compliance"),
            of("Chief Financial Officer", "Director of Finance", "Controller", "Budget Director", "Director of Procurement"),
            of("performs professional accounting, budget and financial analysis work",
                    "ensures the accuracy and integrity of the school system's financial transactions",
                    "supports the preparation and administration of the operating and capital budgets"),
            of("Prepares and analyzes budget requests, expenditure projections and financial reports for {office}.",
                    "Monitors budget expenditures and revenue, identifies variances and recommends corrective action.",
                    "Reconciles general ledger accounts and prepares journal entries in accordance with generally accepted accounting principles.",
                    "Processes payroll, deductions and benefits and resolves discrepancies with employees.",
                    "Ensures compliance with federal, state and local requirements for grants, procurement and financial reporting.",
                    "Assists in the preparation of the annual comprehensive financial report and supports the external audit.",
                    "Reviews purchase requisitions, contracts and invoices for accuracy and availability of funds.",
                    "Prepares budget presentations and analyses for the Board of Education and county government.",
                    "Develops and maintains financial procedures and trains school and office staff on their use.",
                    "Analyzes financial data and trends and prepares forecasts of expenditures and revenue."),
            of("Prepares", "Reconciles", "Analyzes", "Reviews", "Processes", "Monitors", "Audits"),
            of("budget requests", "general ledger accounts", "payroll and deductions", "purchase orders and contracts",
                    "grant budgets", "invoices and payments", "financial statements", "expenditure projections",
                    "bid specifications", "retirement and benefits records"),
            of("budget analysts", "accountants", "vendors", "program managers"),
            of("{verb} {object} for {office} {manner}.",
                    "Monitors budget expenditures and revenue, identifies variances and recommends corrective action.",
                    "Reconciles {object} with the financial management system and resolves discrepancies {manner}.",
                    "Prepares journal entries, financial statements and budget reports in accordance with generally accepted accounting principles.",
                    "Reviews {object} for accuracy, compliance with policy and availability of budget funds.",
                    "Assists program managers in developing grant budgets and monitors grant expenditures for compliance.",
                    "Supports the annual external audit and prepares schedules and documentation requested by auditors.",
                    "Trains school and office staff on financial procedures and the use of the financial management system."),
            of("Knowledge of generally accepted accounting principles and governmental accounting standards.",
                    "Knowledge of public school budgeting, grant administration and procurement regulations.",
                    "Ability to analyze complex financial data and prepare clear reports and presentations.",
                    "Advanced skill in spreadsheet software and the financial management system.",
                    "Ability to maintain accuracy and attention to detail under deadline pressure."),
            of("Bachelor's degree from an accredited college or university in accounting, finance, business administration or a related field.",
                    "{years} years of progressively responsible experience in accounting, budgeting or payroll.",
                    "Master's degree in business or public administration preferred."),
            of("Certified Public Accountant (CPA) preferred.",
                    "Certified Payroll Professional (CPP) or Certified Public Procurement Officer (CPPO) preferred, as appropriate to the assignment."),
            of("Work is primarily sedentary and performed in an office environment.",
                    "Extended use of a computer keyboard and monitor."),
            of("Must be available to work additional hours during budget preparation and fiscal year-end closing."));

    private static final Domain HUMAN_RESOURCES = new Domain(
            of("Recruitment and Staffing", "Employee Benefits", "Classification and Compensation", "Employee Relations",
                    "Professional Growth Systems", "Certification", "Leave Administration", "Onboarding",
                    "Substitute Services", "Diversity Recruitment", "Labor Relations", "Staff Development"),
            of("Director of Human Resources", "Chief Human Resources Officer", "Supervisor of Staffing",
                    "Director of Employee Relations"),
            of("provides human resources services to employees, applicants and school and office managers",
                    "supports the recruitment, development and retention of a highly effective workforce"),
            of("Recruits and screens applicants, schedules interviews and recommends candidates for employment.",
                    "Advises managers and employees on personnel policies, negotiated agreements and employment laws.",
                    "Processes personnel actions, including appointments, transfers, promotions, leaves and separations.",
                    "Develops and delivers training for managers and employees on human resources procedures.",
                    "Conducts classification studies and recommends the grade of new and revised positions.",
                    "Maintains confidential personnel records in the human resources information system.",
                    "Investigates employee complaints and recommends resolutions consistent with policy and negotiated agreements.",
                    "Coordinates job fairs and outreach to colleges, universities and community organizations."),
            of("Recruits", "Screens", "Advises", "Processes", "Coordinates", "Trains"),
            of("applicants", "personnel actions", "leave requests", "classification studies", "onboarding sessions",
                    "benefits enrollments", "training sessions"),
            of("applicants", "employees", "managers", "employee associations"),
            of("{verb} {object} for the {area} unit {manner}.",
                    "Advises managers and employees on personnel policies, negotiated agreements and employment laws.",
                    "Maintains confidential personnel records in the human resources information system {manner}.",
                    "Develops and delivers training for managers and employees on {area} procedures.",
                    "Coordinates job fairs and recruitment outreach to colleges, universities and community organizations."),
            of("Knowledge of human resources principles and practices and of federal and state employment laws.",
                    "Ability to interpret negotiated agreements, policies and regulations.",
                    "Ability to handle sensitive and confidential matters with discretion."),
            of("Bachelor's degree from an accredited college or university in human resources management, business or public administration, or a related field.",
                    "{years} years of professional human resources experience."),
            of("SHRM-CP, SHRM-SCP or PHR certification preferred.",
                    "No certificate or license is required for this position beyond those listed in the special requirements."),
            of("Work is primarily sedentary and performed in an office environment.",
                    "Occasional travel to job fairs and to schools."),
            of("Must be available for evening and weekend recruitment events."));

    private static final Domain TECHNOLOGY = new Domain(
            of("Network Operations", "Cybersecurity", "Enterprise Applications", "Student Information Systems",
                    "Data Warehouse", "Help Desk", "Instructional Technology", "Cloud Services", "Telecommunications",
                    "Device Management", "Database Administration", "Web Services", "Data Governance",
                    "Quality Assurance", "Geographic Information Systems"),
            of("Chief Technology Officer", "Director of Information Technology", "Supervisor of Network Operations",
                    "Director of Enterprise Applications"),
            of("designs, supports and maintains the technology used by students and staff",
                    "provides technical support for the school system's information systems"),
            of("Installs, configures and maintains servers, network equipment and end-user devices.",
                    "Monitors systems for performance, availability and security and resolves problems.",
                    "Develops, tests and deploys software applications and integrations according to change management procedures.",
                    "Provides technical support to users through the help desk and at school sites.",
                    "Documents system configurations, procedures and solutions in the knowledge base.",
                    "Implements security controls and responds to cybersecurity incidents in accordance with policy.",
                    "Analyzes data and prepares reports and dashboards for {stakeholders}.",
                    "Trains staff on the use of new technology and applications.",
                    "Plans and performs system upgrades, patching and preventive maintenance with minimal disruption to instruction."),
            of("Installs", "Configures", "Maintains", "Monitors", "Develops", "Troubleshoots", "Documents"),
            of("network switches and wireless access points", "servers and storage", "student laptops and classroom devices",
                    "enterprise applications", "database queries and reports", "security controls", "user accounts",
                    "software integrations", "data dashboards"),
            of("users", "school technology staff", "vendors", "project teams"),
            of("{verb} {object} in schools and offices {manner}.",
                    "Responds to help desk tickets, diagnoses problems with {object} and resolves them {manner}.",
                    "Plans and performs upgrades, patching and preventive maintenance of {object} with minimal disruption to instruction.",
                    "Documents configurations of {object} and solutions in the knowledge base.",
                    "Implements security controls and responds to cybersecurity incidents in accordance with policy.",
                    "Trains staff on the use of {object} and prepares user guides {manner}."),
            of("Knowledge of network protocols, operating systems and information security practices.",
                    "Knowledge of relational databases, SQL and data reporting tools.",
                    "Ability to diagnose and resolve technical problems and explain solutions to non-technical users.",
                    "Knowledge of software development methods, testing and change management."),
            of("Bachelor's degree from an accredited college or university in computer science, information systems or a related field.",
                    "{years} years of experience in information technology support, development or administration."),
            of("Industry certification such as CompTIA A+, Network+, Security+, CCNA or equivalent preferred.",
                    "Certified Information Systems Security Professional (CISSP) preferred for security assignments."),
            of("Must be able to lift and move equipment up to {weight} pounds and to work in data closets and under desks.",
                    "Work is performed in offices, data centers and schools."),
            of("Must be available for on-call support and maintenance windows outside normal working hours."));

    private static final Domain ADMINISTRATION = new Domain(
            of("Principal's Office", "Main Office", "Central Office", "Records Management", "Student Enrollment",
                    "Registration", "Board of Education Office", "Legal Services", "Mail Services", "Printing Services",
                    "Warehouse Operations", "Public Information", "Copy Center", "International Admissions"),
            of("Principal", "Office Manager", "Director of the office", "Chief of Staff", "Supervisor of Materials Management"),
            of("performs administrative and clerical work in support of the office's operations",
                    "provides administrative support and customer service to staff, students and the public"),
            of("Answers telephones, greets visitors and responds to requests for information.",
                    "Prepares correspondence, reports and forms, and maintains files and records.",
                    "Schedules meetings and appointments and maintains calendars.",
                    "Enters and maintains data in the student information system and other databases.",
                    "Orders, receives and distributes supplies and materials.",
                    "Processes student registrations, withdrawals and transfers and requests student records.",
                    "Receives, sorts and delivers mail and materials to schools and offices.",
                    "Maintains the office budget records and processes purchase requisitions and invoices."),
            of("Prepares", "Schedules", "Processes", "Maintains", "Orders", "Distributes"),
            of("correspondence and forms", "student registrations", "meeting calendars", "office supplies", "mail and deliveries",
                    "attendance records", "print orders", "public records requests"),
            of("visitors", "staff", "parents", "students"),
            of("{verb} {object} for the {area} {manner}.",
                    "Answers telephones, greets visitors and responds to requests for information {manner}.",
                    "Enters and maintains data in the student information system {manner}.",
                    "Orders, receives and distributes supplies and materials for the office and its staff.",
                    "Processes student registrations, withdrawals and transfers and requests student records {manner}."),
            of("Knowledge of office procedures and practices, including records management.",
                    "Ability to use word processing, spreadsheet and database software accurately.",
                    "Ability to provide courteous customer service to a diverse public."),
            of("High school diploma or equivalent.",
                    "{years} years of clerical or administrative experience."),
            of("Valid driver's license for positions that deliver mail and materials.",
                    "Notary public commission may be required for some assignments."),
            of("Work is performed in an office environment with frequent interruptions.",
                    "Must be able to lift and carry up to {weight} pounds occasionally."),
            of("Bilingual skills in Spanish or another language spoken by the community preferred for some assignments."));

    private static final Domain HEALTH = new Domain(
            of("School Health Services", "Occupational Therapy", "Physical Therapy", "Speech and Language",
                    "Audiology", "Athletic Training", "Employee Wellness", "Infants and Toddlers",
                    "Medical Assistance Billing", "Radiology", "Vision and Hearing Screening"),
            of("Supervisor of Related Services", "Director of Special Education Services", "School Health Services Manager",
                    "Principal"),
            of("provides health and related services that help students participate fully in their education",
                    "evaluates students and provides therapy as part of their individualized education programs"),
            of("Evaluates students referred for services and writes reports of findings and recommendations.",
                    "Provides direct therapy and consultation to students, teachers and parents.",
                    "Develops and implements individualized education program goals and monitors student progress.",
                    "Administers medications and treatments and maintains health records in accordance with state regulations.",
                    "Conducts vision and hearing screenings and follows up on referrals.",
                    "Documents services for Medical Assistance billing {manner}.",
                    "Provides training to school staff on health procedures, emergency care and the use of adaptive equipment."),
            of("Evaluates", "Treats", "Screens", "Documents", "Consults on", "Monitors"),
            of("student evaluations", "therapy sessions", "health screenings", "medication administration",
                    "adaptive equipment", "emergency care plans", "health records"),
            of("students", "school nurses", "therapists", "parents"),
            of("{verb} {object} for students referred by school teams {manner}.",
                    "Provides direct therapy and consultation to students, teachers and parents in the {area} program.",
                    "Develops individualized education program goals and monitors student progress through {object}.",
                    "Documents services for Medical Assistance billing and maintains {object} {manner}.",
                    "Trains school staff on health procedures, emergency care and the use of adaptive equipment."),
            of("Knowledge of the theory and practice of the discipline and of its application in a school setting.",
                    "Knowledge of special education law and the individualized education program process.",
                    "Ability to evaluate students and write clear reports and recommendations."),
            of("Master's degree from an accredited program in the discipline, or a bachelor's degree with licensure where permitted.",
                    "{years} years of clinical experience, preferably with children."),
            of("License to practice in the state issued by the appropriate licensing board.",
                    "Certification by the national professional association of the discipline."),
            of("Must be able to lift and position students and equipment up to {weight} pounds.",
                    "Work is performed in schools, with travel between sites."),
            of("Must maintain continuing education required for licensure."));

    private static final Domain LEADERSHIP = new Domain(
            of("Early Childhood Programs", "Athletics", "Budget and Grants", "Organizational Development", "School Support",
                    "Equity Initiatives", "Strategic Planning", "Accountability and Assessment", "Family and Community Partnerships",
                    "Innovative and Progressive Systemwide Training", "Work-Based Learning", "Title I Programs", "Summer School",
                    "Youth Services", "504 Plan", "21st Century Community Learning Centers", "Outdoor Environmental Education",
                    "Emergency Management", "Safety and Security", "Magnet Programs", "Student Leadership", "Zero Waste Program",
                    "Kindergarten Readiness", "Quality Improvement", "Volunteer Services", "Judicial Liaison"),
            of("Chief Academic Officer", "Chief Operating Officer", "Deputy Superintendent", "Associate Superintendent",
                    "Chief of Teaching, Learning, and Schools", "Director of the office"),
            of("plans, coordinates and evaluates the {area} program across the school system",
                    "provides leadership and direction for the {area} program and its staff",
                    "is responsible for the development, implementation and evaluation of {area} initiatives"),
            of("Develops, implements and evaluates program goals, strategies and performance measures.",
                    "Prepares and monitors the program budget and grant applications, and ensures that funds are spent in accordance with requirements.",
                    "Supervises and evaluates staff and implements the Supporting Services Professional Growth System.",
                    "Coordinates professional development and training for school-based and central office staff.",
                    "Collects and analyzes student and program data to inform decisions and reports results to executive leadership.",
                    "Builds and maintains partnerships with community organizations, businesses and county agencies.",
                    "Prepares reports, presentations and recommendations for the superintendent and the Board of Education.",
                    "Ensures compliance with federal, state and local laws, Board policies and school system regulations.",
                    "Leads committees and work groups and facilitates meetings with {stakeholders}.",
                    "Keeps abreast of research and best practices and recommends improvements to programs and services.",
                    "Coordinates the work of the program with {office} and other offices to avoid duplication of effort."),
            of("Plans", "Coordinates", "Directs", "Evaluates", "Develops", "Oversees", "Leads"),
            of("program budgets and grants", "professional development and training", "program evaluations",
                    "strategic plans", "community partnerships", "staff performance evaluations", "program data and reports",
                    "advisory committees", "systemwide initiatives", "compliance reviews"),
            of("staff", "principals", "executive leaders", "community partners"),
            of("{verb} {object} for the {area} program {manner}.",
                    "Prepares and monitors the program budget, and prepares grant applications and reports to funding agencies.",
                    "Supervises and evaluates assigned staff and provides coaching and professional development.",
                    "Coordinates training for principals, teachers and central office staff on {area}.",
                    "Collects and analyzes student and program data and reports results to executive leadership.",
                    "Builds partnerships with community organizations, businesses and county agencies to support students.",
                    "Prepares reports, presentations and recommendations for the superintendent and the Board of Education.",
                    "Leads committees and advisory groups and facilitates meetings with {stakeholders}.",
                    "Ensures that {object} comply with Board policy, regulations and federal and state requirements."),
            of("Thorough knowledge of the school system's policies and regulations and of federal and state laws affecting {area}.",
                    "Knowledge of curriculum, instruction, school operations and program evaluation.",
                    "Ability to plan, organize and evaluate complex programs and to manage budgets.",
                    "Ability to supervise and evaluate staff and to build effective teams.",
                    "Ability to prepare complex reports and to present information to large and small groups.",
                    "Ability to work collaboratively with executive staff, principals, community groups and parents."),
            of("Master's degree from an accredited college or university in education, administration, public administration or a related field.",
                    "{years} years of successful experience in a leadership, coordinator or management position.",
                    "Five years of successful teaching experience for instructional assignments.",
                    "Experience in program development, implementation and evaluation."),
            of("Administrator I or Administrator II certification from the state department of education for instructional assignments.",
                    "Project Management Professional (PMP) certification preferred for some assignments."),
            of("Work is performed primarily in an office setting, with frequent visits to schools and meetings in the community.",
                    "Ability to sit for extended periods and to travel throughout the county."),
            of("Must be available for evening and weekend meetings and events.",
                    "Must complete Observation and Analysis of Teaching training within the first year of assignment for instructional assignments."));

    private static final Domain SAFETY = new Domain(
            of("School Security", "Emergency Management", "Environmental Safety", "Systemwide Safety",
                    "Occupational Safety", "Visitor Management", "Camera Systems", "Traffic Safety"),
            of("Director of Systemwide Safety and Emergency Management", "Security Team Leader", "Principal",
                    "Supervisor of Safety, Security and Training"),
            of("helps keep students, staff and visitors safe in schools and on school grounds",
                    "supports the school system's safety, security and emergency preparedness programs"),
            of("Monitors building entrances, hallways and grounds and responds to incidents.",
                    "Builds positive relationships with students and helps resolve conflicts before they escalate.",
                    "Conducts safety inspections and emergency drills and reports findings.",
                    "Coordinates with the county police department, fire and rescue service and other agencies.",
                    "Investigates incidents and prepares written reports {manner}.",
                    "Provides safety training to staff on emergency procedures, hazard communication and workplace safety."),
            of("Monitors", "Inspects", "Investigates", "Reports", "Coordinates", "Patrols"),
            of("building entrances and visitor check-in", "emergency drills", "incident reports", "safety inspections",
                    "security cameras", "hazardous materials inventories"),
            of("students", "staff", "visitors", "police officers"),
            of("{verb} {object} at assigned schools {manner}.",
                    "Builds positive relationships with students and helps resolve conflicts before they escalate.",
                    "Investigates incidents, prepares written reports and coordinates with the county police department.",
                    "Provides safety training to staff on emergency procedures and {area}."),
            of("Knowledge of safety and security practices in schools and of emergency procedures.",
                    "Ability to remain calm and use good judgment in emergencies.",
                    "Ability to build positive relationships with students of diverse backgrounds."),
            of("High school diploma or equivalent.",
                    "{years} years of experience in security, law enforcement, safety or work with youth."),
            of("Valid driver's license.",
                    "Certification in first aid, CPR and de-escalation techniques within six months of appointment."),
            of("Must be able to stand and walk for extended periods, and to respond quickly to emergencies.",
                    "Work is performed indoors and outdoors in all weather conditions."),
            of("Must be available for evening and weekend events and emergencies."));

    private static final Domain COMMUNICATIONS = new Domain(
            of("Public Information", "Web Content", "Video Production", "Graphic Design", "Translation Services",
                    "Interpreting Services", "Social Media", "Community Engagement", "Printing and Publications"),
            of("Chief of Engagement, Innovation and Operations", "Director of Communications", "Supervisor of Publications"),
            of("produces clear and accurate communications for students, families, staff and the public",
                    "supports communication between the school system and its diverse community"),
            of("Writes, edits and publishes news releases, web content and newsletters.",
                    "Designs publications, graphics and presentations in accordance with the school system's style guide.",
                    "Translates documents and interprets at meetings for families who speak languages other than English.",
                    "Produces, films and edits video programs for the school system's cable channel and website.",
                    "Manages social media accounts and responds to questions from the public.",
                    "Coordinates outreach to community organizations and plans community events."),
            of("Writes", "Designs", "Translates", "Produces", "Edits", "Publishes"),
            of("news releases", "web pages", "publications and graphics", "translated documents", "video programs",
                    "social media posts", "community events"),
            of("families", "reporters", "staff", "community members"),
            of("{verb} {object} for {office} {manner}.",
                    "Translates documents and interprets at meetings and conferences for families {manner}.",
                    "Produces and edits {object} in accordance with the school system's style guide.",
                    "Coordinates outreach to community organizations and plans {object}."),
            of("Excellent writing and editing skills.",
                    "Knowledge of design, video or web publishing software appropriate to the assignment.",
                    "Fluency in English and in the language of assignment for translation and interpreting positions."),
            of("Bachelor's degree from an accredited college or university in communications, journalism, design or a related field.",
                    "{years} years of professional experience in communications, design or production."),
            of("Certification by the American Translators Association preferred for translation positions.",
                    "No certificate or license is required beyond those listed in the special requirements."),
            of("Work is performed in an office or studio environment with occasional field work.",
                    "Must be able to carry video equipment up to {weight} pounds for production assignments."),
            of("Must be available for evening and weekend events and for urgent communications."));

    private static final String[] ADMIN_GRADES = of("N", "O", "P", "Q", "H", "K", "L", "M");
    private static final String[] PROFESSIONAL_GRADES = of("20", "21", "22", "23", "24", "25", "26", "27", "H", "N");
    private static final String[] SUPPORT_GRADES = of("9", "10", "11", "12", "13", "14", "15", "16", "17", "18");
    private static final String[] TRADES_GRADES = of("13", "14", "15", "16", "17", "18", "19", "20");
    private static final String[] TEACHER_GRADES = of("BD", "A", "B", "C", "D");
    private static final int[] YEAR_ROUND = {12};
    private static final int[] SCHOOL_YEAR = {10};
    private static final int[] ANY_MONTHS = {10, 11, 12};

    private static final String[] NO_RANKS = of();
    private static final String[] RANKS = of("Senior", "Lead", "Assistant", "Principal");
    private static final String[] WORKER_RANKS = of("Lead", "Senior");

    private static Role role(String title, Domain domain, boolean prefixable, String[] ranks, String[] grades, int[] months,
                             String... areas) {
        return new Role(title, domain, prefixable, areas.length == 0 ? domain.areas() : areas, ranks, grades, months);
    }

    private static final Role[] ROLES = {
            // A - C
            role("Accountant", FINANCE, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Accounts Payable", "General Ledger", "Capital Projects", "Student Activity Funds", "Federal Grants"),
            role("Administrative Secretary", ADMINISTRATION, false, NO_RANKS, SUPPORT_GRADES, ANY_MONTHS),
            role("Assistant Principal", LEADERSHIP, false, NO_RANKS, ADMIN_GRADES, YEAR_ROUND, "Elementary School", "Middle School", "High School", "Special Schools"),
            role("Athletic Trainer", HEALTH, false, NO_RANKS, PROFESSIONAL_GRADES, ANY_MONTHS, "High School Athletics", "Sports Medicine"),
            role("Audiologist", HEALTH, false, NO_RANKS, PROFESSIONAL_GRADES, SCHOOL_YEAR, "Educational Audiology", "Deaf and Hard of Hearing"),
            role("Budget Analyst", FINANCE, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Bus Operator", TRANSPORTATION, false, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR, "Special Education Transportation", "Regular Routes", "Activity Buses"),
            role("Buyer", FINANCE, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Procurement", "Construction Contracts", "Technology Purchasing", "Food Services Purchasing"),
            role("Building Service Worker", FACILITIES, false, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Elementary School", "Secondary School", "Night Shift", "Relief"),
            role("Benefits Specialist", HUMAN_RESOURCES, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Coordinator", LEADERSHIP, true, NO_RANKS, ADMIN_GRADES, YEAR_ROUND),
            role("Counselor", STUDENT_SERVICES, true, NO_RANKS, TEACHER_GRADES, ANY_MONTHS, "Elementary School", "Middle School", "High School", "College and Career", "Residency and International Admissions"),
            role("Carpenter", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND),
            role("Cafeteria Manager", FOOD, false, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR, "Elementary School", "Middle School", "High School", "Central Production Facility"),
            role("Communications Specialist", COMMUNICATIONS, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Clerk", ADMINISTRATION, true, WORKER_RANKS, SUPPORT_GRADES, ANY_MONTHS, "Records", "Mail", "Attendance", "Registration", "Warehouse", "Payroll"),
            // D - H
            role("Director", LEADERSHIP, false, of("Associate", "Assistant", "Executive"), ADMIN_GRADES, YEAR_ROUND),
            role("Data Analyst", TECHNOLOGY, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Dispatcher", TRANSPORTATION, true, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Transportation", "Maintenance", "Security"),
            role("Diagnostician", STUDENT_SERVICES, false, NO_RANKS, TEACHER_GRADES, SCHOOL_YEAR, "Educational Assessment", "Bilingual Assessment"),
            role("Electrician", FACILITIES, false, of("Master", "Lead"), TRADES_GRADES, YEAR_ROUND),
            role("Energy Management Technician", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND, "Building Automation", "Energy Management", "Utilities Analysis"),
            role("Equipment Operator", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND, "Grounds", "Snow Removal", "Heavy Equipment"),
            role("Evaluation Specialist", LEADERSHIP, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Program Evaluation", "Accountability and Assessment", "Applied Research"),
            role("Food Service Worker", FOOD, false, WORKER_RANKS, SUPPORT_GRADES, SCHOOL_YEAR),
            role("Facilities Manager", FACILITIES, false, of("Assistant"), TRADES_GRADES, YEAR_ROUND, "Elementary School", "Middle School", "High School"),
            role("Fiscal Assistant", FINANCE, false, NO_RANKS, SUPPORT_GRADES, YEAR_ROUND),
            role("Fleet Supervisor", TRANSPORTATION, false, NO_RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Fleet Maintenance", "Parts Room", "Depot Operations"),
            role("Groundskeeper", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND, "Athletic Fields", "Grounds", "Landscaping"),
            role("Graphic Designer", COMMUNICATIONS, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Publications", "Web Content", "Printing and Publications"),
            role("Grants Specialist", FINANCE, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Federal Grants", "State Grants", "Private Foundations"),
            role("HVAC Mechanic", FACILITIES, false, of("Lead", "Master"), TRADES_GRADES, YEAR_ROUND, "Zone 1", "Zone 2", "Zone 3", "Zone 4", "Chillers", "Boilers"),
            role("Human Resources Specialist", HUMAN_RESOURCES, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Help Desk Technician", TECHNOLOGY, false, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND),
            role("Health Technician", HEALTH, false, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR, "School Health Services", "Vision and Hearing Screening"),
            // I - Q
            role("Instructional Assistant", INSTRUCTION, true, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR),
            role("Instructional Specialist", INSTRUCTION, false, NO_RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Internal Auditor", FINANCE, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Internal Audit", "Student Activity Funds", "Information Systems"),
            role("Interpreter", COMMUNICATIONS, true, NO_RANKS, SUPPORT_GRADES, ANY_MONTHS, "Sign Language", "Spanish", "French", "Chinese", "Vietnamese", "Amharic", "Korean"),
            role("Job Coach", STUDENT_SERVICES, false, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR, "Transition Services", "Career Programs", "Work-Based Learning"),
            role("Junior ROTC Instructor", INSTRUCTION, false, of("Senior"), TEACHER_GRADES, SCHOOL_YEAR, "Army", "Navy", "Air Force", "Marine Corps"),
            role("Kitchen Manager", FOOD, false, of("Assistant"), SUPPORT_GRADES, SCHOOL_YEAR, "Central Production Facility", "Catering Services"),
            role("Kindergarten Paraeducator", INSTRUCTION, false, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR, "Full-Day Kindergarten", "Dual Language Immersion"),
            role("Library Media Specialist", INSTRUCTION, false, NO_RANKS, TEACHER_GRADES, SCHOOL_YEAR, "Elementary School", "Middle School", "High School"),
            role("Locksmith", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND, "Locksmith Shop", "Access Control"),
            role("Legal Assistant", ADMINISTRATION, false, of("Senior"), SUPPORT_GRADES, YEAR_ROUND, "Legal Services", "Board of Education Office"),
            role("Literacy Coach", INSTRUCTION, false, NO_RANKS, TEACHER_GRADES, SCHOOL_YEAR, "Elementary Reading", "Secondary Literacy"),
            role("Maintenance Mechanic", FACILITIES, false, of("Lead", "Senior"), TRADES_GRADES, YEAR_ROUND),
            role("Media Assistant", INSTRUCTION, false, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR, "Library Media Center", "Instructional Television"),
            role("Materials Handler", ADMINISTRATION, false, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Warehouse Operations", "Mail Services", "Textbook Distribution"),
            role("Manager", LEADERSHIP, true, of("Assistant", "Senior"), ADMIN_GRADES, YEAR_ROUND),
            role("Network Engineer", TECHNOLOGY, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Nutrition Specialist", FOOD, false, NO_RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Menu Planning", "Nutrition Education", "Special Diets"),
            role("Nurse", HEALTH, true, of("Supervising", "Lead"), PROFESSIONAL_GRADES, SCHOOL_YEAR, "School Health Services", "Special Education", "Infants and Toddlers"),
            role("Occupational Therapist", HEALTH, false, of("Lead"), TEACHER_GRADES, SCHOOL_YEAR),
            role("Office Assistant", ADMINISTRATION, false, NO_RANKS, SUPPORT_GRADES, ANY_MONTHS),
            role("Outreach Specialist", STUDENT_SERVICES, false, NO_RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Family Engagement", "Homeless Education", "Community Engagement"),
            role("Payroll Specialist", FINANCE, false, of("Senior", "Lead"), SUPPORT_GRADES, YEAR_ROUND, "Payroll", "Retirement Benefits", "Time and Attendance", "Garnishments"),
            role("Painter", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND, "Paint Shop", "Zone 2", "Zone 5"),
            role("Paraeducator", INSTRUCTION, true, NO_RANKS, SUPPORT_GRADES, SCHOOL_YEAR),
            role("Physical Therapist", HEALTH, false, of("Lead"), TEACHER_GRADES, SCHOOL_YEAR),
            role("Plumber", FACILITIES, false, of("Master", "Lead"), TRADES_GRADES, YEAR_ROUND),
            role("Principal", LEADERSHIP, false, NO_RANKS, ADMIN_GRADES, YEAR_ROUND, "Elementary School", "Middle School", "High School", "Special School", "Alternative Programs"),
            role("Psychologist", STUDENT_SERVICES, true, of("Lead"), TEACHER_GRADES, SCHOOL_YEAR, "School Psychology", "Bilingual Assessment", "Crisis Response"),
            role("Procurement Specialist", FINANCE, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Program Manager", LEADERSHIP, false, of("Senior"), ADMIN_GRADES, YEAR_ROUND),
            role("Quality Assurance Analyst", TECHNOLOGY, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Enterprise Applications", "Student Information Systems", "Web Services"),
            role("Quality Control Inspector", FACILITIES, false, NO_RANKS, TRADES_GRADES, YEAR_ROUND, "Capital Improvements", "Roofing", "Construction"),
            // R - Z
            role("Records Clerk", ADMINISTRATION, false, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Records Management", "Student Records", "Personnel Records"),
            role("Registrar", ADMINISTRATION, false, NO_RANKS, SUPPORT_GRADES, ANY_MONTHS, "High School", "International Admissions", "Student Enrollment"),
            role("Recruiter", HUMAN_RESOURCES, false, of("Senior"), PROFESSIONAL_GRADES, YEAR_ROUND, "Teacher Recruitment", "Diversity Recruitment", "Supporting Services Recruitment"),
            role("Refrigeration Mechanic", FACILITIES, false, of("Lead"), TRADES_GRADES, YEAR_ROUND, "Refrigeration", "Kitchen Equipment"),
            role("Resource Teacher", INSTRUCTION, false, NO_RANKS, TEACHER_GRADES, SCHOOL_YEAR),
            role("Secretary", ADMINISTRATION, true, NO_RANKS, SUPPORT_GRADES, ANY_MONTHS),
            role("Security Assistant", SAFETY, false, of("Lead"), SUPPORT_GRADES, SCHOOL_YEAR, "Elementary School", "Middle School", "High School"),
            role("Social Worker", STUDENT_SERVICES, false, of("Lead"), TEACHER_GRADES, ANY_MONTHS),
            role("Speech-Language Pathologist", HEALTH, false, of("Lead"), TEACHER_GRADES, SCHOOL_YEAR, "Speech and Language", "Augmentative Communication", "Preschool"),
            role("Supervisor", LEADERSHIP, true, NO_RANKS, ADMIN_GRADES, YEAR_ROUND),
            role("Systems Engineer", TECHNOLOGY, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Substitute Teacher", INSTRUCTION, false, of("Long-Term"), TEACHER_GRADES, SCHOOL_YEAR, "Elementary", "Secondary", "Special Education"),
            role("Teacher", INSTRUCTION, true, of("Resource", "Lead"), TEACHER_GRADES, SCHOOL_YEAR),
            role("Translator", COMMUNICATIONS, false, of("Senior"), PROFESSIONAL_GRADES, YEAR_ROUND, "Spanish", "French", "Chinese", "Vietnamese", "Amharic", "Korean", "Portuguese"),
            role("Training Specialist", HUMAN_RESOURCES, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND),
            role("Technician", TECHNOLOGY, true, of("Senior", "Lead"), SUPPORT_GRADES, YEAR_ROUND, "Computer", "Audio-Visual", "Network", "Telecommunications", "Electronics"),
            role("Utility Worker", FACILITIES, false, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Grounds", "Moving and Hauling", "Warehouse"),
            role("User Support Specialist", TECHNOLOGY, false, of("Senior"), PROFESSIONAL_GRADES, YEAR_ROUND, "Help Desk", "Device Management", "School Technology"),
            role("Vehicle Mechanic", TRANSPORTATION, false, of("Lead", "Master"), TRADES_GRADES, YEAR_ROUND, "Fleet Maintenance", "School Buses", "Light Vehicles"),
            role("Video Production Specialist", COMMUNICATIONS, false, of("Senior"), PROFESSIONAL_GRADES, YEAR_ROUND, "Instructional Television", "Video Production"),
            role("Vocational Evaluator", STUDENT_SERVICES, false, NO_RANKS, TEACHER_GRADES, SCHOOL_YEAR, "Transition Services", "Career and Technology Education"),
            role("Warehouse Worker", ADMINISTRATION, false, WORKER_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Warehouse Operations", "Food Distribution", "Textbook Distribution"),
            role("Web Developer", TECHNOLOGY, false, RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Web Services", "Enterprise Applications", "Public Website"),
            role("Welder", FACILITIES, false, WORKER_RANKS, TRADES_GRADES, YEAR_ROUND, "Metal Shop", "Fleet Maintenance"),
            role("X-Ray Technician", HEALTH, false, NO_RANKS, SUPPORT_GRADES, YEAR_ROUND, "Employee Health Services", "Radiology"),
            role("Youth Development Specialist", STUDENT_SERVICES, false, of("Senior"), PROFESSIONAL_GRADES, YEAR_ROUND, "Youth Services", "Positive Youth Development", "Out-of-School Time"),
            role("Youth Counselor", STUDENT_SERVICES, false, NO_RANKS, PROFESSIONAL_GRADES, YEAR_ROUND, "Alternative Programs", "Juvenile Services", "Summer Programs"),
            role("Zone Maintenance Supervisor", FACILITIES, false, of("Assistant"), PROFESSIONAL_GRADES, YEAR_ROUND, "Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5", "Zone 6"),
            role("Zoning and Boundary Analyst", LEADERSHIP, false, of("Senior"), PROFESSIONAL_GRADES, YEAR_ROUND, "Boundary Studies", "Enrollment Forecasting", "Facilities Planning"),
    };
}
