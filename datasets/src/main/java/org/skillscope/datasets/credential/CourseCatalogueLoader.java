package org.skillscope.datasets.credential;

import org.skillscope.datasets.Clip;
import org.skillscope.datasets.Csv;
import org.skillscope.datasets.credential.internal.Admission;
import org.skillscope.datasets.credential.internal.Codes;
import org.skillscope.datasets.credential.internal.PythonList;
import org.skillscope.datasets.credential.internal.Texts;
import org.skillscope.datasets.text.SentenceSplitter;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Quarantine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads course-catalogue exports as credentials, one per row:
 * <ul>
 *   <li><b>Coursera</b> ({@code course_title, course_summary, course_skills, ...}): the "what you'll
 *   learn" bullets in {@code course_summary} (a Python list literal) are the outcomes. When that list
 *   is empty, the {@code course_skills} list is used, and failing that the statements (not the questions) of
 *   {@code course_description}; a finding names the fallback.</li>
 *   <li><b>edX</b> ({@code title, summary, course_syllabus, language, course_effort, course_length, ...}):
 *   the summary and each syllabus sentence are outcomes; the language name becomes ISO 639-1.
 *   Workload rule: hours = mean of the weekly effort range x weeks; ECTS = hours / 27.5
 *   (the middle of the 25-30 hours per ECTS credit of the ECTS Users' Guide), to one decimal.</li>
 * </ul>
 * Both platforms teach online, so the form of participation is "online". The course URL is the id. A learning outcome
 * states what a learner knows or can do once the course is done. A Coursera description's prose does not: it advertises
 * the course, and a blind review of the outcomes read from it found 14 of 20 wrong ("The American criminal justice system
 * is in need of reform." was *restorative justice*). Where a description writes what is learnt, it writes a list
 * ("By the end of the course, learners should be able to: • Articulate key public health concepts..."), so only its list
 * items can be outcomes, and of those neither
 * <ul>
 *   <li>questions: teasers and FAQs ("How will I get a certificate?" was *register birth*). An edX syllabus line asked as
 *   a question names a topic it covers ("What is a design concept and how do we develop a concept?"): it stays;</li>
 *   <li>bylines and headings, in title case with a name before a comma or a label before a colon ("Henry Jenkins, School
 *   for Communication and Journalism" was *Jenkins*; "Module 2: Risk Management Process"); a title-case item without
 *   either ("Machine Learning") names a topic and stays;</li>
 *   <li>prerequisites: what a learner must bring, not what the course teaches ("Prior experience with managing IPv4
 *   routes"). The description's prerequisite sentences, prose or list, are the standard element 12 instead, for every
 *   Coursera course ("To make the most out of this course, you should have familiarity with programming on a Python
 *   development environment" had been *Python*).</li>
 * </ul>
 */
public final class CourseCatalogueLoader {
    public static final String COURSERA = "coursera";
    public static final String EDX = "edx";
    /** Hours of learner work per ECTS credit used for the edX estimate (ECTS Users' Guide: 25-30). */
    public static final double HOURS_PER_ECTS = 27.5;

    private static final Pattern EFFORT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:[–-]\\s*(\\d+(?:\\.\\d+)?))?\\s*hours?\\s*per\\s*week", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKS = Pattern.compile("(\\d+)\\s*weeks?", Pattern.CASE_INSENSITIVE);
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    /** A sentence ending with a question mark, closing quotes or brackets after it. */
    private static final Pattern QUESTION = Pattern.compile("\\?[\"'\u2019\u201d)\\]]*\\s*$");
    /**
     * A sentence about what a learner must already know: prior or no knowledge or experience, a background, knowledge
     * that is required or recommended, or what a learner should already have or be.
     */
    private static final Pattern PREREQUISITE;
    /** A sentence that names itself a prerequisite ("Prerequisites: ...", "no prerequisites", "You should already..."). */
    private static final Pattern NAMED_PREREQUISITE = Pattern.compile("^\\W*pre-?requisites?\\b|\\bpre-?requisites?\\s*:"
            + "|\\b(no|any|specific|course|the only|recommended)\\s+pre-?requisites?\\b|\\b(is|as) an? pre-?requisite\\b"
            + "|\\b(should|must)\\s+already\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence about the end of the course ("By the end of this course you should have...") is an outcome. */
    private static final Pattern OUTCOME_FRAME = Pattern.compile(
            "^\\W*(after|upon|once you)\\b|\\b(by the end|at the end|at the conclusion|on completion|upon completion|after completing)\\b"
                    + "|\\bbe able to\\b", Pattern.CASE_INSENSITIVE);
    /** Words a title leaves in small letters. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "and", "or", "of", "for", "the", "in", "on", "at",
            "to", "with", "by", "from", "vs");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    /** A byline's name before its first comma ("Henry Jenkins, ..."), or a heading's label before a colon ("Module 1: ..."). */
    private static final Pattern BYLINE_OR_HEADING = Pattern.compile("^[^,:]*[^,:\\s]\\s+[^,:\\s][^,:]*,|:");

    static {
        String knowledge = "(knowledge|experience|expertise|background|familiarity|understanding|proficiency|exposure)";
        PREREQUISITE = Pattern.compile(String.join("|",
                "\\b(prior|previous)\\b(\\s+\\S+){0,3}\\s+" + knowledge,
                "\\b(a|some|basic|solid|strong|technical|any|no|limited|little|recommended)\\s+(\\S+\\s+)?background (in|of)\\b",
                // not through a relative clause: "a framework for understanding the work that is necessary"
                "\\b" + knowledge + "\\b(?:(?!\\b(?:which|that|who)\\b)[^.;!?]){0,120}\\b(is|are|will be|would be)\\s+(\\S+\\s+)?"
                        + "(required|recommended|assumed|expected|advantageous|helpful|useful|beneficial|necessary|needed|mandatory|a plus"
                        + "|preferred)\\b",
                "\\b(no|without( any)?)\\s+(\\S+\\s+){0,2}(" + knowledge + "|prior|previous)\\b",
                "\\b(you|learners|students|participants)\\s+(should|must|will need to|are expected to)\\s+(already\\s+)?"
                        + "(have|be|know|possess)\\b",
                "\\bif you('re| are| have)\\s+already\\b",
                "\\balready\\s+(comfortable|familiar|proficient)\\b",
                "\\bdesigned for (learners|students|people|those|anyone|beginners) (with|who)\\b"), Pattern.CASE_INSENSITIVE);
    }

    /** Which export a header row belongs to, if any. */
    public enum Flavour { COURSERA, EDX }

    public static Optional<Flavour> flavourOf(List<String> header) {
        List<String> h = header.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (h.contains("course_title") && h.contains("course_summary")) return Optional.of(Flavour.COURSERA);
        if (h.contains("title") && h.contains("summary") && h.contains("course_syllabus")) return Optional.of(Flavour.EDX);
        return Optional.empty();
    }

    public LoadResult<Credential> load(Path file) {
        return load(file.toString(), Texts.readUtf8(file));
    }

    public LoadResult<Credential> load(String fileName, String text) {
        Admission in = new Admission(new LoadResult.Builder<>(fileName), false);
        char separator = Csv.separatorOf(fileName);
        Csv.Rows reader = Csv.rows(fileName, text, separator);
        if (!reader.hasNext()) {
            in.reject(1, "header", "empty file: no header line", "");
            return in.out().build();
        }
        Csv.Row headerRecord = reader.next();
        Optional<Flavour> flavour = flavourOf(headerRecord.fields());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headerRecord.fields().size(); i++) index.putIfAbsent(headerRecord.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        if (flavour.isEmpty()) {
            String reason = "header is neither a Coursera nor an edX export (found: " + Clip.counted(String.join(",", headerRecord.fields()), Texts.QUOTED_CHARS) + ")";
            in.reject(headerRecord.line(), "header", reason, Csv.line(headerRecord.fields(), separator));
            reader.forEachRemaining(r -> in.reject(r.line(), "header", "not loaded: " + reason, Csv.line(r.fields(), separator)));
            return in.out().build();
        }
        int columns = headerRecord.fields().size();
        int estimated = 0;
        while (reader.hasNext()) {
            Csv.Row r = reader.next();
            // the reader loses the value a quote left open: the source text shows it
            String raw = r.unterminated() ? Csv.linesFrom(text, r.line(), Quarantine.MAX_RAW_CHARS) : Csv.line(r.fields(), separator);
            if (r.unterminated()) {
                in.reject(r.line(), "", "unterminated quoted field at end of file (truncated file?)", raw);
                continue;
            }
            if (r.error() != null) {
                in.reject(r.line(), "", "malformed CSV: " + r.error(), raw);
                continue;
            }
            if (r.fields().size() != columns) {
                in.reject(r.line(), "", "record has " + r.fields().size() + " fields, header has " + columns, raw);
                continue;
            }
            Map<String, String> row = new HashMap<>();
            index.forEach((k, i) -> row.put(k, Texts.blankToNull(r.fields().get(i))));
            Credential c = flavour.get() == Flavour.COURSERA ? coursera(fileName, r.line(), row, in) : edx(fileName, r.line(), row);
            if (in.offer(c, raw) && c.workloadEcts() != null) estimated++;
        }
        if (estimated > 0) {
            in.out().finding(0, null, "workload_ects", estimated + " workloads estimated from effort x length at "
                    + HOURS_PER_ECTS + " h per ECTS credit");
        }
        return in.out().build();
    }

    private Credential coursera(String fileName, long line, Map<String, String> row, Admission in) {
        String id = firstText(row.get("course_url"), row.get("") == null ? null : "coursera:" + row.get(""));
        List<String> summary = list(row.get("course_summary"), "course_summary", line, id, in);
        List<String> skills = Texts.distinct(list(row.get("course_skills"), "course_skills", line, id, in));
        Description description = Description.of(row.get("course_description"));
        List<String> texts;
        if (!summary.isEmpty()) {
            texts = summary;
        } else if (!skills.isEmpty()) {
            texts = skills;
            in.out().finding(line, id, "learning_outcomes", "course_summary empty: course_skills used as outcomes");
        } else {
            texts = description.outcomes();
            in.out().finding(line, id, "learning_outcomes", !texts.isEmpty()
                    ? "course_summary and course_skills empty: the list items of course_description used as outcomes"
                    : description.sentences().isEmpty()
                    ? "course_summary, course_skills and course_description empty: no outcomes"
                    : "course_summary and course_skills empty, course_description lists no outcomes (its prose is not "
                    + "read as outcomes): no outcomes");
        }
        List<String> info = new ArrayList<>();
        put(info, "certificate type", row.get("course_certificate_type"));
        put(info, "duration", row.get("course_time"));
        put(info, "difficulty", row.get("course_difficulty"));
        if (texts != skills && !skills.isEmpty()) info.add("skills: " + String.join("; ", skills));
        return new Credential(id, null, row.get("course_title"), null, row.get("course_organization"), null,
                outcomes(texts), null, null, null, "online", null, description.prerequisites(), null, null, null,
                info.isEmpty() ? null : String.join("; ", info), null, row.get("course_url"),
                COURSERA, fileName, line);
    }

    private Credential edx(String fileName, long line, Map<String, String> row) {
        List<String> texts = new ArrayList<>();
        if (row.get("summary") != null) texts.add(row.get("summary"));
        for (String s : sentences(row.get("course_syllabus"))) {
            if (s.split("\\s+").length >= 3) texts.add(s);   // drop headings like "Week 1"
        }
        Double hours = hours(row.get("course_effort"), row.get("course_length"));
        List<String> info = new ArrayList<>();
        put(info, "level", row.get("level"));
        put(info, "subject", row.get("subject"));
        put(info, "effort", row.get("course_effort"));
        put(info, "length", row.get("course_length"));
        if (hours != null) info.add(String.format(Locale.ROOT, "estimated workload: %.0f h", hours));
        put(info, "price", row.get("price"));
        String type = row.get("course_type");
        return new Credential(row.get("course_url"), null, row.get("title"), null, row.get("institution"), null,
                outcomes(Texts.distinct(texts)),
                hours == null ? null : Math.round(hours / HOURS_PER_ECTS * 10) / 10.0,
                null, null, type == null ? "online" : "online (" + type + ")", null, null, null, null, null,
                String.join("; ", info), Codes.language(row.get("language")), row.get("course_url"),
                EDX, fileName, line);
    }

    /** Mean weekly hours x weeks, or null when either part is not understood. */
    static Double hours(String effort, String length) {
        if (effort == null || length == null) return null;
        Matcher e = EFFORT.matcher(effort);
        Matcher w = WEEKS.matcher(length);
        if (!e.find() || !w.find()) return null;
        double lo = Double.parseDouble(e.group(1));
        double hi = e.group(2) == null ? lo : Double.parseDouble(e.group(2));
        // parsed as a double: "99999999999 weeks" is absurd, not a crash; what is not finite is not understood
        double hours = (lo + hi) / 2 * Double.parseDouble(w.group(1));
        return Double.isFinite(hours) ? hours : null;
    }

    private static List<String> list(String cell, String field, long line, String id, Admission in) {
        Optional<List<String>> parsed = PythonList.parse(cell);
        if (parsed.isPresent()) return stripped(parsed.get());
        in.out().finding(line, id, field, field + " is not a list literal: read as one text");
        String t = Texts.blankToNull(cell);
        return t == null ? List.of() : List.of(t);
    }

    /**
     * The splitter's sentences, each stripped of a leading bullet as list items are. The splitter only
     * takes a marker followed by a blank at a line start; catalogue prose also has "*About ...",
     * "------" rulers and " - Get started" after a sentence. Loosening the splitter would change
     * vacancy units, so this step stays here.
     */
    private static List<String> sentences(String text) {
        return stripped(SENTENCES.split(text));
    }

    /** Each part stripped of a leading bullet, the parts left blank dropped. */
    private static List<String> stripped(List<String> parts) {
        return parts.stream().map(Texts::stripBullet).filter(Objects::nonNull).toList();
    }

    /** A Coursera description's sentences and, of those, its list items' sentences. */
    private record Description(List<String> sentences, List<String> items) {
        static Description of(String text) {
            return new Description(CourseCatalogueLoader.sentences(text), stripped(SENTENCES.listItems(text)));
        }

        /** The list items that can state an outcome: not a question, a byline or heading, or a prerequisite. */
        List<String> outcomes() {
            return items.stream().filter(s -> !QUESTION.matcher(s).find() && !bylineOrHeading(s) && !prerequisite(s)).toList();
        }

        /** The prerequisite sentences, joined: the standard element 12, or null when the description states none. */
        String prerequisites() {
            List<String> p = sentences.stream().filter(s -> !QUESTION.matcher(s).find() && prerequisite(s)).toList();
            return p.isEmpty() ? null : String.join(" ", p);
        }
    }

    /** Names itself a prerequisite, or reads as one and not as what the course ends with. */
    static boolean prerequisite(String sentence) {
        return NAMED_PREREQUISITE.matcher(sentence).find()
                || PREREQUISITE.matcher(sentence).find() && !OUTCOME_FRAME.matcher(sentence).find();
    }

    /**
     * A byline or a heading: in title case, with a name of two words or more before a comma or a label before a colon.
     * A title-case item without either ("Machine Learning", "Python") names a topic and stays.
     */
    static boolean bylineOrHeading(String sentence) {
        return inTitleCase(sentence) && BYLINE_OR_HEADING.matcher(sentence).find();
    }

    /** Every word but a title's small words starts with a capital (a script without capitals is never in title case). */
    static boolean inTitleCase(String sentence) {
        Matcher m = WORD.matcher(sentence);
        boolean any = false;
        while (m.find()) {
            String w = m.group();
            if (TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
            any = true;
        }
        return any;
    }

    private static List<LearningOutcome> outcomes(List<String> texts) {
        return texts.stream().map(LearningOutcome::of).toList();
    }

    private static void put(List<String> info, String label, String value) {
        if (value != null) info.add(label + ": " + value);
    }

    private static String firstText(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
