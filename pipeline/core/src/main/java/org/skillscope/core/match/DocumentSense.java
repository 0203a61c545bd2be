package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.text.Boilerplate;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;
import org.skillscope.datasets.esco.OccupationSkillRelation;

/**
 * Hits that rest on one word of a skill's name. "Chef" names *Chef (tools for software configuration
 * management)*, "engineering" *packaging engineering*, "Assembly" *Assembly (computer programming)*: the word
 * names the skill in a DevOps ad and something else in a kitchen or a factory. On the real run these three
 * were 80 % of such hits and nearly all wrong, while "Java", "Python", "Jenkins" in a list of tools were right.
 * Checks tell them apart without a list of words:
 * <ul>
 *   <li>{@link #unsupported}: the text holds the word only in another form ("ENGINEER" for the label
 *       "engineering", "assembles" or "ASSEMBLER" for "Assembly", "chefs" for "Chef"): the stemmer joined a
 *       person or an action to the name of a discipline or a tool; or the word is in the names of many skills
 *       ("engineering": which one?). Not asserted.</li>
 *   <li>{@link #restsOnAJobName}: any hit (of a label of any length) whose words the unit holds only inside a job's
 *       name, an ESCO occupation's label of two words or more ("assist the Head Chef" for *Chef*, "collaborate with
 *       project managers" for *project management*). Not asserted.</li>
 *   <li>{@link #synonymApart}: a one-word label that is not a word of the name, a synonym ("care" of *attend to
 *       detail*, "confidence" of *assertiveness*), held only in another form ("caring", "confident"), with no other
 *       label of the skill written in the unit and no stem of its name. Not asserted.</li>
 *   <li>{@link #ambiguousSynonym}: a one-word synonym whose word is in the names of many skills ("security" of
 *       *securities*, in 86 names), in a unit that does not name the skill. Not asserted.</li>
 *   <li>{@link #restsOnTheVector}: a one-word label written as a name ("N1QL", "Bosnian", "RDQL") that the vectors alone
 *       found: the unit holds none of the skill's labels whole ("NVQ" for *N1QL*). Not asserted.</li>
 *   <li>{@link #restsOnAPersonsOtherForm}: the label's shared words all name persons ("nurses") that the unit holds only
 *       as the profession ("a passion for nursing" for *work with nursing staff*). Not asserted.</li>
 *   <li>{@link #restsOnThePersonHired}: the label's shared words all name persons that the unit holds only as what someone
 *       is ("you must be a Registered Nurse" for *work with nursing staff*): the person hired. Not asserted.</li>
 *   <li>{@link #restsOnAName}: a label of two words or more, in small letters, whose one word the unit holds is written
 *       there only as a name ("Working for Active" for "active participation", "using React" for "react quickly"), the unit
 *       holding no name of the skill whole. Not asserted.</li>
 *   <li>A qualified name's bare word that another skill has, as written, for its own label ("ML" of *machine learning*):
 *       not asserted for the qualified skill (*ML (computer programming)*).</li>
 *   <li>{@link #restsOnAnEnglishWord}: a name in capitals that ESCO's descriptions also write as a word ("LESS",
 *       "SPARK"), which the unit does not write in capitals ("less experience", "spark plugs"). Not asserted.</li>
 *   <li>{@link #restsOnAWordAfterALetter}: a label whose words the unit holds only joined by a hyphen to a letter ("mail" of
 *       "e-mail" for *handle mail*). Not asserted.</li>
 *   <li>{@link #dropsTheNamesQualifier}: another label of the skill that is its name short of a word job ads seldom use,
 *       which the unit lacks too, when what is left names several skills ("standards of safety standards" of *food safety
 *       standards* for "Compliance with safety standards"). Not asserted.</li>
 *   <li>{@link #restsOnALetter}: a name of two words or more of which the unit holds only a letter or a word spelt with a
 *       sign ("C" of "C Sharp" in "a proficient C programmer", "4" of "Php 4" in "Module 4"). Not asserted.</li>
 *   <li>{@link #restsOnHeading}: a unit opening with a heading ("Job responsibilities: Assisting the technician"),
 *       whose hit rests on the heading's words alone (*assume responsibility*). {@code SkillMatcher} asserts it only when
 *       the heading, read as a unit of its own, states the skill ("Problem Solving: Perform diagnostics" keeps *solve
 *       problems*).</li>
 *   <li>{@link #restsOnTheJobsWords}: the label's shared words are the person the vacancy hires ("must be a qualified
 *       nurse" in a nurse's ad for *work with nursing staff*), and its occupation does not need the skill. Not asserted for
 *       that vacancy ({@link #isTheJob}).</li>
 *   <li>{@link #namesTheJob}: the word is the job itself: it is in the vacancy's title and in a label of the
 *       ESCO occupation that title was matched to ("Chef de Partie" → *chef*; "CIVIL ENGINEERING
 *       TECHNICIAN"), and that occupation does not need the skill. Not asserted for that vacancy.</li>
 *   <li>{@link #repeatsTheTitle}: the unit's words are all words of the vacancy's title ("Staff Nurse" opening an ad titled
 *       "Staff Nurse (RGN/RMN) Aberdeen"). None of its hits is asserted for that vacancy ({@link #isTheJob}).</li>
 *   <li>{@link Unit#namesAJobAlone}: the unit is a job's name on a line of its own ("Registered Nurse", "Nurse Manager").
 *       None of its hits is asserted ({@link #unsupported}).</li>
 * </ul>
 * The first check's own rules and {@link #namesTheJob} judge only these hits ({@link #restsOnAJobName} judges any): a one-word label, on a skill that is not transversal, that is one of the words of the
 * skill's preferred label but not all of it, or that is all of it but for the qualifier ESCO adds where the word has
 * other senses ("Java" for *Java (computer programming)*, "Scratch" for *Scratch (computer programming)*: a
 * qualifier is not written in the texts that name the skill), or that is all of it and one letter or spelt with a
 * sign ("R", "C#", "C++", "ASP.NET": the text must hold the word as written). A document-level coherence check (the skill's
 * closeness to the document's other asserted skills) was measured and not used: see docs/assertion.md. Pure;
 * thread-safe.
 */
public final class DocumentSense {
    /** A word in the names of this many skills or more cannot pick one of them on its own. */
    static final int AMBIGUOUS = 3;
    /**
     * A word ending occupations' labels that is in the names of this many skills or more, in any of its forms, is what
     * skills act on, not a person: "care" (113), "software" (99), "products" (273), "professionals" (49), "staff" (63);
     * "nurses" is in 6, "managers" 8, "engineers" 5, "supervisor" 2.
     */
    static final int NOT_A_PERSON = 10;

    private final Map<String, String> preferred = new HashMap<>();   // skill uri -> its preferred label, lower case
    private final Map<String, Integer> namesWith = new HashMap<>();  // word -> how many skills' preferred labels hold it, qualifiers left out
    private final Map<String, List<List<String>>> jobNames = new HashMap<>(); // first word -> occupation labels of 2+ words naming a person, as words
    private final Set<String> transversal = new HashSet<>();
    private final Map<String, Set<String>> occupationWords = new HashMap<>();
    private final Map<String, Set<String>> occupationHeads = new HashMap<>();  // occupation uri -> the last words of its labels
    private final Set<String> heads = new HashSet<>();  // the last words of occupations' preferred labels: persons
    private final Set<String> needs = new HashSet<>();  // occupation uri + ' ' + skill uri
    private final Map<String, EscoSkill> skills;
    private final java.util.function.ToDoubleFunction<String> genericity;
    private final Map<String, Set<String>> nameStems = new HashMap<>();  // skill uri -> the stems of its name (qualifier left out)
    private final Map<String, List<String>> withNameStem = new HashMap<>();  // stem -> the skills whose name holds it
    private final Set<String> claimed = new HashSet<>();  // qualified skills whose bare name is, as written, another skill's label
    private final Set<String> skillLabels = new HashSet<>();  // every skill label's words, lower case, joined by a space
    private final Set<String> ordinaryAcronyms = new HashSet<>();  // labels in capitals that ESCO's descriptions also write as a word in small letters, lower case
    private final Map<String, Names> names = new ConcurrentHashMap<>();  // per skill, made when a synonym hit first needs it
    private final Map<String, LabelTerms> labelTerms = new ConcurrentHashMap<>();  // per label (without its qualifier) a check reads
    private final Analyzer analyzer = new EnglishAnalyzer();  // the search's own analyser: its stems join the words it joined

    /**
     * A skill's labels' terms (qualifiers left out), the preferred and alternative ones first ({@code named} of them), then
     * the hidden; its name's words and stems. For the synonym and name checks.
     */
    private record Names(List<LabelTerms> labels, List<String> nameWords, Set<String> nameStems, int named) {}

    /**
     * A label's words ({@link #words}), each word's stems through the search's analyser (none for a word it drops), and the
     * distinct stems of the words it keeps ({@code content}: "oversee security at security checkpoints" has three).
     */
    private record LabelTerms(List<String> words, List<List<String>> stems, List<List<String>> content) {}

    /** {@link LabelTerms} of a label without its qualifier, made once per label (bounded by ESCO's labels). */
    private LabelTerms terms(String label) {
        return labelTerms.computeIfAbsent(label, l -> {
            List<String> w = words(l);
            List<List<String>> stems = w.stream().map(x -> ConceptIndex.terms(analyzer, x)).toList();
            return new LabelTerms(w, stems, stems.stream().filter(st -> !st.isEmpty()).distinct().toList());
        });
    }

    /** For tests: every word reads as one job ads seldom use (so every dropped word is a qualifier). */
    DocumentSense(Esco esco) {
        this(esco, term -> 0f);
    }

    /** @param genericity an analysed term's genericity in job ads ({@link Asserter#genericity}; 0 for one they seldom use) */
    public DocumentSense(Esco esco, java.util.function.ToDoubleFunction<String> genericity) {
        this.genericity = genericity;
        this.skills = esco.skills();
        for (EscoSkill s : esco.skills().values()) {
            preferred.put(s.uri(), s.preferredLabel().strip().toLowerCase(Locale.ROOT));
            new HashSet<>(words(Concept.withoutQualifier(s.preferredLabel()))).forEach(w -> namesWith.merge(w, 1, Integer::sum));
            if ("transversal".equals(s.reuseLevel())) transversal.add(s.uri());
            Set<String> stems = new HashSet<>();
            terms(Concept.withoutQualifier(s.preferredLabel())).content().forEach(stems::addAll);
            nameStems.put(s.uri(), stems);
            stems.forEach(st -> withNameStem.computeIfAbsent(st, k -> new ArrayList<>()).add(s.uri()));
            Stream.concat(Stream.of(s.preferredLabel()), s.altLabels().stream())
                    .forEach(l -> skillLabels.add(String.join(" ", words(Concept.withoutQualifier(l)))));
        }
        // a label names a person when its last word ends the preferred label of some occupation ("sous chef", "project
        // managers"), or its first word does ("professor of physics"), or its last word is in few skills' names; ESCO's
        // alternative labels also hold activities ("technical support", "pattern design", "social work"), which are what
        // a text asks for, not who works there
        for (EscoOccupation o : esco.occupations().values()) {
            List<String> w = words(o.preferredLabel());
            if (!w.isEmpty()) heads.add(w.get(w.size() - 1));
        }
        for (EscoOccupation o : esco.occupations().values()) {
            Set<String> words = new HashSet<>();
            Set<String> lastWords = new HashSet<>();
            for (String label : Stream.concat(Stream.of(o.preferredLabel()), o.altLabels().stream()).toList()) {
                List<String> w = words(label);
                words.addAll(w);
                if (!w.isEmpty()) lastWords.add(w.get(w.size() - 1));
                if (w.size() < 2) continue;
                String last = w.get(w.size() - 1);
                boolean person = isHead(heads, last) || isHead(heads, w.get(0)) || namesWith.getOrDefault(last, 0) < AMBIGUOUS;
                if (person) jobNames.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(w);
            }
            occupationWords.put(o.uri(), words);
            occupationHeads.put(o.uri(), lastWords);
        }
        for (OccupationSkillRelation r : esco.occupationSkillRelations()) needs.add(r.occupationUri() + ' ' + r.skillUri());
        // ESCO qualifies a name whose word alone has other senses; when another skill has that word, as written, for a label
        // of its own, the word alone is that skill's: "ML" of *machine learning*, not *ML (computer programming)*
        Set<String> labelled = new HashSet<>();
        for (EscoSkill s : esco.skills().values()) {
            if (!Concept.withoutQualifier(s.preferredLabel()).equals(s.preferredLabel().strip())) continue;
            Stream.concat(Stream.of(s.preferredLabel()), s.altLabels().stream()).forEach(l -> labelled.add(l.strip()));
        }
        for (EscoSkill s : esco.skills().values()) {
            String bare = Concept.withoutQualifier(s.preferredLabel()).strip();
            if (!bare.equals(s.preferredLabel().strip()) && labelled.contains(bare)) claimed.add(s.uri());
        }
        // a name in capitals that is also an English word ("LESS", "SPARK", "WILD", "RE"): ESCO's own descriptions write
        // the word in small letters ("less", "spark plugs")
        Set<String> acronyms = new HashSet<>();
        for (EscoSkill s : esco.skills().values()) {
            Stream.of(List.of(s.preferredLabel()), s.altLabels(), s.hiddenLabels()).flatMap(List::stream)
                    .map(l -> Concept.withoutQualifier(l).strip()).filter(DocumentSense::acronym)
                    .forEach(l -> acronyms.add(l.toLowerCase(Locale.ROOT)));
        }
        for (EscoSkill s : esco.skills().values()) {
            java.util.regex.Matcher m = A_WORD.matcher(s.description() == null ? "" : s.description());
            while (m.find()) {
                String w = TRAILING_DOTS.matcher(m.group()).replaceAll("");
                if (acronyms.contains(w)) ordinaryAcronyms.add(w);
            }
        }
    }

    /** A one-word label in capitals, two characters or more, at least one a letter ("LESS", "SPARK", "N1QL"). */
    static boolean acronym(String label) {
        return label.length() >= 2 && label.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
                && label.chars().anyMatch(Character::isLetter);
    }

    /** Whether {@code word} ends some occupation's preferred label ({@code heads}), up to a plural. */
    private static boolean isHead(Set<String> heads, String word) {
        return pluralForms(word).stream().anyMatch(heads::contains);
    }

    /** A word, with an "s" added, and without its "s" or "es". */
    private static Set<String> pluralForms(String word) {
        Set<String> forms = new HashSet<>(List.of(word, word + "s"));
        if (word.endsWith("s")) forms.add(word.substring(0, word.length() - 1));
        if (word.endsWith("es")) forms.add(word.substring(0, word.length() - 2));
        return forms;
    }

    /** Whether a hit on {@code matchedLabel} rests on one word of the skill's name, so it needs more than that word. */
    public boolean needsContext(String skillUri, String matchedLabel) {
        String full = preferred.get(skillUri);
        if (full == null || matchedLabel == null || transversal.contains(skillUri)) return false;
        String word = hitWord(matchedLabel);
        // a no-break or thin space (ESCO writes "assess\u00A0candidates") separates words too
        if (word.isEmpty() || word.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isSpaceChar(ch))) return false;
        String name = Concept.withoutQualifier(full);
        // the whole name: judged when ESCO qualifies it, or when the name is one letter or written with a sign the analyser
        // drops ("R", "C#", "C++", "ASP.NET"): the search holds "C#" as "c", so "C/C++" or "C Location" found it, and a unit of
        // two words ("Thank you.") can be nearest to "R" by its vector alone
        if (name.equals(word)) return !name.equals(full) || spelledApart(word);
        return words(name).contains(word);
    }

    /**
     * One character, or written with a sign that {@link #words} keeps in a word and the analyser drops ("c#", "c++",
     * "asp.net"). Not a hyphen: {@link #words} splits "e-learning", so the text could never hold it whole.
     */
    static boolean spelledApart(String word) {
        return word.length() == 1 || word.chars().anyMatch(ch -> ch == '+' || ch == '#' || ch == '.');
    }

    /** The word a one-word hit rests on, lower case: the matched label without its qualifier. */
    private static String hitWord(String matchedLabel) {
        return Concept.withoutQualifier(matchedLabel).toLowerCase(Locale.ROOT);
    }

    /**
     * A hit that its unit cannot support. A one-word hit: the unit holds the word only in another form (the stemmer's
     * match, not the word), or a one-word label's word is in the names of {@link #AMBIGUOUS} skills or more
     * ("engineering" is in 65, "assembly" in 16; "Chef", "Java", "Jenkins" each in one) so it cannot pick this one; or the
     * hit is a synonym held only in another form ({@link #synonymApart}) or an ambiguous one ({@link #ambiguousSynonym});
     * or, for a label of any length, the unit holds its words only inside a job's name ({@link #restsOnAJobName}), or only
     * as persons in another form ({@link #restsOnAPersonsOtherForm}) or as the person hired ({@link #restsOnThePersonHired}); or it is a lower-case label of two words or more whose
     * one shared word the unit writes only as a name ({@link #restsOnAName}); or it rests on the bare word of a qualified
     * name that another skill has, as written, for its own label ("ML" of *machine learning* for *ML (computer
     * programming)*); or on a name in capitals that is also a word, not written in capitals ({@link
     * #restsOnAnEnglishWord}); or on words the unit joins by a hyphen to a letter ({@link #restsOnAWordAfterALetter}); or on
     * the letters alone of a name of two words or more ({@link #restsOnALetter}); or on a label that is the name short of a
     * word the unit lacks too ({@link #dropsTheNamesQualifier}). No hit of a unit that is a job's name alone ("Staff Nurse",
     * {@link Unit#namesAJobAlone}) is supported.
     */
    public boolean unsupported(String unit, String skillUri, String matchedLabel) {
        return unsupported(unit(unit), skillUri, matchedLabel);
    }

    /** A unit whose candidates are checked one after another: its words and stems are made once. */
    public Unit unit(String text) {
        return new Unit(text);
    }

    /** A unit's leading section heading without its colon, its stems and the stems of what follows it. */
    private record Heading(String text, Set<String> stems, Set<String> bodyStems) {}

    private static final Heading NO_HEADING = new Heading(null, Set.of(), Set.of());

    /** A unit's words and stems, each made once when a check of one of its candidates first needs them. */
    public final class Unit {
        private final String text;
        private List<String> words;
        private List<String> stems;
        private Set<String> stemSet;
        private Heading heading;
        private boolean[] inJobName;
        private boolean[] endsJobName;
        private boolean holdsJobName;
        private List<List<String>> wordStems;
        private boolean[] asNames;
        private boolean[] afterALetter;
        private boolean anyName, joinsALetter;
        private Boolean mayJoinALetter;
        private Boolean jobsNameAlone;

        private Unit(String text) {
            this.text = text == null ? "" : text;
        }

        /**
         * "Staff Nurse", "Registered Nurse", "NURSE MANAGER": two to four words, each written with a capital, the last a
         * person's ({@link #personWord}), is a job's name on a line of its own (a title or a heading) and states no skill
         * (SkillSpan's annotators tag none in a bare title). One word is left to the other checks: "Chef" or "Composer"
         * alone may be a tool in a list; so is a skill's label ("Adobe Illustrator") and a certificate whose other word is
         * one ("PRINCE2 Practitioner", "Certified Scrum Master").
         */
        boolean namesAJobAlone() {
            if (jobsNameAlone == null) {
                List<String> w = words();
                jobsNameAlone = w.size() >= 2 && w.size() <= 4 && capitalised(text) && personWord(w.get(w.size() - 1))
                        && !skillLabels.contains(String.join(" ", w))
                        && w.subList(0, w.size() - 1).stream().noneMatch(skillLabels::contains);
            }
            return jobsNameAlone;
        }

        List<String> words() {
            if (words == null) words = DocumentSense.words(text);
            return words;
        }

        List<String> stems() {
            if (stems == null) stems = ConceptIndex.terms(analyzer, text);
            return stems;
        }

        Set<String> stemSet() {
            if (stemSet == null) stemSet = new HashSet<>(stems());
            return stemSet;
        }

        /** Which of {@link #words} lie inside an occupation's label of two words or more ("assist the Head Chef"), the last word up to a plural. */
        boolean[] inJobName() {
            if (inJobName == null) {
                List<String> w = words();
                inJobName = new boolean[w.size()];
                endsJobName = new boolean[w.size()];
                for (int i = 0; i < w.size(); i++) {
                    for (List<String> job : jobNames.getOrDefault(w.get(i), List.of())) {
                        int n = job.size();
                        if (i + n > w.size() || !w.subList(i, i + n - 1).equals(job.subList(0, n - 1))
                                || !sameUpToPlural(w.get(i + n - 1), job.get(n - 1))) continue;
                        Arrays.fill(inJobName, i, i + n, true);
                        endsJobName[i + n - 1] = true;
                        holdsJobName = true;
                    }
                }
            }
            return inJobName;
        }

        /** Whether the unit holds a job's name at all (most do not: the check ends there). */
        boolean holdsJobName() {
            inJobName();
            return holdsJobName;
        }

        /** Which of {@link #words} end a job's name there: the person ("chef" of "Sous Chef"). */
        boolean[] endsJobName() {
            inJobName();
            return endsJobName;
        }

        /** Each of {@link #words} through the search's analyser (none for a word it drops). */
        List<List<String>> wordStems() {
            if (wordStems == null) wordStems = words().stream().map(w -> ConceptIndex.terms(analyzer, w)).toList();
            return wordStems;
        }

        /**
         * Which of {@link #words} are written as a name: with a capital and a small letter, right after a word that starts
         * with a small letter, nothing but spaces between ("Working for Active not only", "the Home Manager"). A list's
         * items ("Maths/Physics", "skills: Teamwork"), a line in capitals, a line in title case (but for a word after a
         * small one: "Head of Customer Experience") and a sentence's first word are not, nor a verb's "-ing" form: a list's
         * item that lost its line break ("during site installation Troubleshooting problems", "Testing and Debugging"). The
         * analyser tells the form: "Spring" and "King" are names; "Reading" and "Sterling" are taken for verbs (the hit is
         * then left to the model). A word in capitals, two letters or more, is an acronym's name after a small word (not a
         * list's bullet typed as "o"), and right after such an acronym ("hold an active NMC PIN", the nurse's registration, not *ejector
         * pin*); a line in capitals is not (its first word follows no small one, nor does a list's bullet "o" start one), nor
         * a verb's "-ing" form ("in NURSING"). A word with a capital after an acronym is not: "MS Office" and "the AWS Cloud"
         * name Microsoft Office and cloud computing as often as "a live NMC Pin" names a registration. Capitals for emphasis
         * ("you MUST be able to DRIVE") read as names too; on the real run they withdrew nothing (stop 46).
         */
        boolean[] writtenAsNames() {
            scan();
            return asNames;
        }

        /** Which of {@link #words} the text joins by a hyphen to a one-letter word before it: "mail" of "e-mail", "ray" of "X-ray". */
        boolean[] afterALetter() {
            scan();
            return afterALetter;
        }

        /** Whether some word of the unit is joined by a hyphen to a letter (most are not: the check ends there). */
        boolean joinsALetter() {
            if (mayJoinALetter == null) mayJoinALetter = text.indexOf('-') >= 0 && LETTER_JOINED.matcher(text).find();
            if (!mayJoinALetter) return false;
            scan();
            return joinsALetter;
        }

        /** One pass over the text as written, word by word as {@link #words} cuts it; nothing is marked if the two disagree. */
        private void scan() {
            if (asNames != null) return;
            List<String> w = words();
            asNames = new boolean[w.size()];
            afterALetter = new boolean[w.size()];
            java.util.regex.Matcher m = A_WORD.matcher(text);
            int i = 0, prevEnd = -1;
            boolean prevSmall = false, prevLetter = false, prevAcronym = false, prevSmallWord = false;
            while (m.find()) {
                String t = TRAILING_DOTS.matcher(m.group()).replaceAll("");
                if (t.isEmpty()) continue;
                if (i >= w.size()) { i = -1; break; }
                String between = prevEnd < 0 ? "" : text.substring(prevEnd, m.start());
                boolean capital = Character.isUpperCase(t.charAt(0)) && t.chars().anyMatch(Character::isLowerCase) && !gerund(t);
                boolean capitals = inCapitals(t) && !gerund(t);
                asNames[i] = between.isBlank() && (capital && prevSmall || capitals && (prevSmallWord || prevAcronym));
                prevAcronym = capitals && asNames[i];
                afterALetter[i] = prevLetter && between.equals("-");
                anyName |= asNames[i];
                joinsALetter |= afterALetter[i];
                prevSmall = Character.isLowerCase(t.charAt(0));
                prevSmallWord = prevSmall && !t.equals("o");  // a list's bullet typed as "o" before a line in capitals is no word
                prevLetter = t.length() == 1 && Character.isLetter(t.charAt(0));
                prevEnd = m.start() + t.length();
                i++;
            }
            if (i != w.size()) { Arrays.fill(asNames, false); Arrays.fill(afterALetter, false); anyName = joinsALetter = false; }
        }

        /** Two letters or more, every letter a capital ("PIN", "NMC", "B2B"; not a script without capitals). */
        private static boolean inCapitals(String word) {
            return word.chars().filter(Character::isLetter).count() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        private boolean gerund(String word) {
            if (!word.toLowerCase(Locale.ROOT).endsWith("ing")) return false;
            List<String> stems = ConceptIndex.terms(analyzer, word);
            return stems.size() == 1 && !stems.get(0).endsWith("ing");
        }

        /** Whether the unit writes {@code word} as it is written, capitals and all, up to a plural "s". */
        boolean writes(String word) {
            return text.contains(word) && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                    + "s?(?![\\p{L}\\p{N}])").matcher(text).find();
        }

        /** Whether one of the unit's words is written as a name (most are not: the check ends there). */
        boolean holdsAName() {
            writtenAsNames();
            return anyName;
        }

        /** The unit's leading heading without its colon ("Job responsibilities"), null when it opens with none. */
        String heading() {
            return headingParts().text();
        }

        /** "-: ..." or "The: ..." opens with no heading: no word of it is left to the analyser. */
        Heading headingParts() {
            if (heading == null) {
                int end = Boilerplate.headingEnd(text);
                Set<String> stems = end < 0 ? Set.of() : new HashSet<>(ConceptIndex.terms(analyzer, text.substring(0, end)));
                heading = stems.isEmpty() ? NO_HEADING
                        : new Heading(text.substring(0, end).strip(), stems, new HashSet<>(ConceptIndex.terms(analyzer, text.substring(end + 1))));
            }
            return heading;
        }
    }

    /** {@link #unsupported(String, String, String)} for the candidates of one unit (not thread-safe: one unit, one thread). */
    public boolean unsupported(Unit unit, String skillUri, String matchedLabel) {
        if (unit.namesAJobAlone()) return true;
        if (matchedLabel == null) return false;
        boolean context = needsContext(skillUri, matchedLabel);
        if (context && claimed.contains(skillUri)) return true;
        List<String> persons = sharedPersons(Concept.withoutQualifier(matchedLabel), this::personWord, unit::stemSet);
        if (restsOnAJobName(unit, matchedLabel, context) || restsOnAPersonsOtherForm(unit, persons) || restsOnThePersonHired(unit, persons)
                || restsOnAName(unit, skillUri, matchedLabel)
                || restsOnAnEnglishWord(unit, matchedLabel) || restsOnAWordAfterALetter(unit, skillUri, matchedLabel)
                || dropsTheNamesQualifier(unit, skillUri, matchedLabel)) return true;
        LabelTerms terms = terms(Concept.withoutQualifier(matchedLabel));
        List<String> hit = terms.words();
        if (restsOnALetter(unit, skillUri, matchedLabel, terms)) return true;
        if (!context && hit.size() != 1) return false;
        List<String> text = unit.words();
        if (hit.size() == 1 && skills.containsKey(skillUri)) {
            Names n = names.computeIfAbsent(skillUri, u -> names(skills.get(u)));
            List<String> hitStems = terms.stems().get(0);
            if (restsOnTheVector(unit, n, matchedLabel) || synonymApart(unit, n, hitStems) || ambiguousSynonym(unit, n, hit.get(0), hitStems)) return true;
        }
        if (!context) return false;
        String word = hitWord(matchedLabel);
        // the many-names rule judges a one-word label, not the qualified preferred label itself: "Puppet" in "Chef,
        // Puppet or Ansible" is matched as *Puppet (tools for software configuration management)*, though "puppet" is in 3 names
        boolean byName = matchedLabel.strip().toLowerCase(Locale.ROOT).equals(preferred.get(skillUri));
        return !text.contains(word) || !byName && namesWith.getOrDefault(word, 0) >= AMBIGUOUS;
    }

    /**
     * A hit on another label of a skill that is its name short of a word the unit lacks too, when what is left names
     * several skills: the dropped word said which ("standards of safety standards", a label of *food safety standards*,
     * for "Compliance with safety standards"; "manage tasking" of *manage schedule of tasks* for "Performing other tasks
     * assigned by the supervisor"). Only a label whose every word is the name's is judged, and one holding more than the
     * name's verb (with a phrasal verb's particle: "carry out"): a label with a word of its own words the name otherwise
     * ("safety regulations" for "safety legislation", "logical thinking" for *think analytically*, "data security" for
     * *apply information security policies*), and "adaptability" is all of *adapt to change*. A knowledge name is
     * nouns throughout. The dropped word must be one job ads seldom use (genericity 0): a word they use all the time
     * qualifies little ("health and safety" of *health and safety in the workplace*, "write reports" of *write work-related
     * reports*, "cloud security" of *cloud security and compliance*).
     */
    private boolean dropsTheNamesQualifier(Unit unit, String skillUri, String matchedLabel) {
        EscoSkill s = skills.get(skillUri);
        if (s == null) return false;
        String name = Concept.withoutQualifier(s.preferredLabel()), hit = Concept.withoutQualifier(matchedLabel);
        if (name.equalsIgnoreCase(hit)) return false;
        LabelTerms nameTerms = terms(name);
        List<List<String>> nameWords = nameTerms.stems(), hitWords = terms(hit).stems();
        int from = 0;
        if (!"knowledge".equals(s.skillType())) {
            // the verb, and the particle of a phrasal one ("carry out", "follow up")
            from = nameWords.size() > 1 && PARTICLES.contains(nameTerms.words().get(1)) ? 2 : 1;
        }
        if (nameWords.size() <= from) return false;
        Set<String> bodyStems = new HashSet<>(), hitStems = new HashSet<>();
        nameWords.subList(from, nameWords.size()).forEach(bodyStems::addAll);
        hitWords.forEach(hitStems::addAll);
        // every word of the label is the name's, and one past its verb: the name short of something
        if (!nameStems.get(skillUri).containsAll(hitStems) || hitStems.stream().noneMatch(bodyStems::contains)) return false;
        Set<String> unitStems = unit.stemSet();
        boolean dropped = false;
        for (List<String> w : nameWords.subList(from, nameWords.size())) {
            if (!w.isEmpty() && w.stream().allMatch(st -> genericity.applyAsDouble(st) == 0) && w.stream().noneMatch(hitStems::contains)
                    && w.stream().noneMatch(unitStems::contains)) {
                dropped = true;
            }
        }
        return dropped && namesHolding(hitStems) >= 2;
    }

    /** English adverb particles, which make a phrasal verb of the verb before them. */
    private static final Set<String> PARTICLES = Set.of("out", "up", "down", "off", "over", "back", "away", "through");

    /** How many skills' names (qualifiers left out) hold all these stems. */
    private int namesHolding(Set<String> stems) {
        if (stems.isEmpty()) return 0;
        List<String> fewest = null;
        for (String st : stems) {
            List<String> with = withNameStem.getOrDefault(st, List.of());
            if (fewest == null || with.size() < fewest.size()) fewest = with;
        }
        return (int) fewest.stream().filter(uri -> nameStems.get(uri).containsAll(stems)).count();
    }

    /**
     * A hit on a one-word label that the unit holds only in another form, the search's stemmer having joined them,
     * when the unit holds no label of the skill as written (up to a plural) nor any stem of the skill's name: the
     * hit rests on another form of a synonym ("caring" for "care", an alternative label of *attend to detail*;
     * "confident" for "confidence", of *assertiveness*; "consultants" for "consulting", of *advise others*).
     * "Communicator" keeps *communication*: its stem is the name's. Transversal skills are judged too: their
     * one-word synonyms are the common words.
     */
    private boolean synonymApart(Unit unit, Names n, List<String> hitStems) {
        for (LabelTerms label : n.labels()) {
            if (holds(unit.words(), label.words())) return false;
        }
        List<String> unitStems = unit.stems();
        Set<String> name = n.nameStems();
        // the search's join of another form (a hit on the vector alone, "Node.js" for *JavaScript*, or on a word the
        // analyser drops, is not judged here)
        return !hitStems.isEmpty() && unitStems.containsAll(hitStems) && unitStems.stream().noneMatch(name::contains);
    }

    /**
     * A hit on a one-word label written as a name ({@link #writtenAsAName}) when the unit holds none of the skill's labels
     * whole (each of a label's words by its stem or in a form the stemmer did not join, {@link #sameWord}). The hit is
     * the vectors' alone, and a short name's vector is the vector of its letters: "Ideally working towards NVQ Level 3."
     * was nearest to *N1QL* (12 care ads), "(A.K.)" to *KDevelop*, "Słowackiego 44." to *Bosnian*, "CQC procedures" to
     * "CQLF" (*query languages*), "software development tools" to "Rundeck" (*tools for software configuration
     * management*). "Javascript" keeps a hit on "CSJS" (the unit holds the preferred label), "css3" one on "CSS". It also
     * takes away some hits where the vector knew the tool's family ("GraphQL" for "RDQL" of *query languages*, "Node.js"
     * for *JavaScript*): on SkillSpan train about as many as the wrong ones it takes there.
     */
    private static boolean restsOnTheVector(Unit unit, Names n, String matchedLabel) {
        return writtenAsAName(Concept.withoutQualifier(matchedLabel)) && !holdsALabel(unit, n, n.labels().size());
    }

    /**
     * Whether the unit holds one of the skill's first {@code labels} labels whole ({@link Names}: all of them, or those that
     * name it, without the hidden ones): each word by its stem or in a form {@link #sameWord} joins.
     */
    private static boolean holdsALabel(Unit unit, Names n, int labels) {
        Set<String> unitStems = unit.stemSet();
        for (int l = 0; l < labels; l++) {
            List<String> label = n.labels().get(l).words();
            List<List<String>> labelStems = n.labels().get(l).stems();
            // a word the analyser drops ("of", "the") asks nothing of the unit, unless the label is nothing else ("IT")
            boolean onlyDropped = labelStems.stream().allMatch(List::isEmpty);
            boolean all = true;
            for (int w = 0; w < label.size() && all; w++) {
                List<String> stems = labelStems.get(w);
                all = stems.isEmpty() && !onlyDropped || !stems.isEmpty() && unitStems.containsAll(stems) || holdsForm(unit.words(), label.get(w));
            }
            if (all) return true;
        }
        return false;
    }

    /**
     * A label ESCO writes with a capital or a digit: a tool, a language, a standard ("N1QL", "KDevelop", "Bosnian", "CSS").
     * Its vector is the vector of its letters. A word written in lower case ("astronomy", "botany") has a vector of its
     * meaning, so "astrophysics" is near *astronomy* and "Plant Biology" near *botany*, and the model judges those hits.
     */
    static boolean writtenAsAName(String label) {
        return label.chars().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    private static boolean holdsForm(List<String> unitWords, String labelWord) {
        for (String u : unitWords) if (sameWord(u, labelWord)) return true;
        return false;
    }

    /**
     * Whether a unit's word is a form of a label's word that the stemmer did not join: the word itself, the label's word
     * with digits or signs after it ("css3", "html5"; after a label of four letters or more, anything: "javascript" holds
     * "java", but "adaptable" does not hold "Ada" nor "ice" "IC"), the start of it ("angular" of "angularjs", five letters at least:
     * "bang" is not "bangla"), or both with six letters in common ("trigonometric" and "trigonometry",
     * "immunotherapeutic", "entrepreneurs" and "entrepreneurship").
     */
    static boolean sameWord(String unitWord, String labelWord) {
        if (unitWord.equals(labelWord)) return true;
        if (labelWord.length() > 1 && unitWord.startsWith(labelWord)
                && (labelWord.length() >= 4 || unitWord.substring(labelWord.length()).chars().noneMatch(Character::isLetter))) return true;
        if (unitWord.length() >= 5 && labelWord.startsWith(unitWord)) return true;
        int n = 0;
        while (n < unitWord.length() && n < labelWord.length() && unitWord.charAt(n) == labelWord.charAt(n)) n++;
        return n >= 6;
    }

    /**
     * A hit on a one-word synonym, an alternative label that is not a word of the skill's name, whose word is in the
     * names of {@link #AMBIGUOUS} skills or more, when the unit holds no stem of the skill's name other than the synonym's
     * own (*securities* and "security" share one): the many-names rule for a word of the name ({@link #unsupported})
     * applied to a synonym. "security" is a label of *securities* and a word of 86 names
     * (IT security, security guards, a "secure unit" in care); "transport" of *logistics* ("own transport"), "design" of
     * *think creatively*, "care" of *attend to detail*. "A degree in economics" keeps *economics* by its label
     * "finances": the unit names the skill. Transversal skills are judged too: their synonyms are the common words.
     */
    private boolean ambiguousSynonym(Unit unit, Names n, String hitWord, List<String> hitStems) {
        if (namesWith.getOrDefault(hitWord, 0) < AMBIGUOUS || n.nameWords().contains(hitWord)) return false;
        // a stem of the name that the synonym does not give itself ("security" and *securities* share "secur")
        return unit.stems().stream().noneMatch(t -> n.nameStems().contains(t) && !hitStems.contains(t));
    }

    /**
     * A hit whose label shares stems with the unit's leading heading and none with what follows it: "Job
     * responsibilities: Installation and commissioning of charging stations." for *assume responsibility* (label
     * "professional responsibility"), "Requirements for candidates: Appropriate education;" for *assess candidates*.
     * Whether the heading states the skill is then the heading's own matter ({@code SkillMatcher}): a section's name
     * does not ("Main responsibilities", "Tasks", "Remote work possibility"), a skill's does ("Problem Solving",
     * "Excellent communication skills"). A hit on the vector alone (no stem shared) is not judged.
     */
    public boolean restsOnHeading(Unit unit, String matchedLabel) {
        Heading heading = unit.headingParts();
        if (heading == NO_HEADING || matchedLabel == null) return false;
        boolean onHeading = false;
        for (String t : ConceptIndex.terms(analyzer, matchedLabel)) {
            if (heading.bodyStems().contains(t)) return false;
            onHeading |= heading.stems().contains(t);
        }
        return onHeading;
    }

    /**
     * A hit whose label's words that the unit holds (by the stem) all name persons ({@link #personWord}: "nurses",
     * "managers", "engineers", "supervisor") and are held by the unit only in another form: the stemmer joined the
     * profession or the activity to its people. "You will have a passion for nursing" (in 11 home managers' ads) is not
     * *work with nursing staff* (label "work with nurses"), "escalate to Product, Engineering (L3)" not *liaise with
     * engineers*. A unit that holds one more word of the label ("working with nursing staff"), or its first word, its verb
     * ("Provide coaching and mentoring" for *mentor individuals*: "mentor" ends an occupation's label too), is judged by the
     * model.
     */
    private boolean restsOnAPersonsOtherForm(Unit unit, List<String> shared) {
        if (shared.isEmpty()) return false;
        for (String w : shared) {
            for (String u : unit.words()) if (sameUpToPlural(u, w) || sameUpToPlural(w, u)) return false;
        }
        return true;
    }

    /**
     * A hit whose label's words that the unit holds (by the stem) all name persons ({@link #personWord}), where each word of
     * the unit that holds one is what the text says someone is: the complement of "be" or "as" with an article right after
     * it and up to three words more ("You must be a qualified RNLD Registered Nurse", "experience as a senior nurse/team leader", "must be
     * a Chartered Engineer"). That is the person the ad hires, not one the job works with, so it is not *work with nursing
     * staff* (label "work with nurses") or *liaise with engineers*. A unit that names the person elsewhere too ("be a senior
     * nurse able to assist other nurses"), or holds one more word of the label, or its verb, is judged by the model; so are
     * a person after a preposition or a conjunction ("be a role model to nurses") and one without an article ("be
     * supporting nurses").
     */
    private boolean restsOnThePersonHired(Unit unit, List<String> shared) {
        if (shared.isEmpty()) return false;
        Set<String> personStems = new HashSet<>();
        for (String w : shared) personStems.addAll(ConceptIndex.terms(analyzer, w));
        String text = unit.text.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = A_WORD.matcher(text);
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(), ends = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
            starts.add(m.start());
            ends.add(m.end());
        }
        boolean named = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (java.util.Collections.disjoint(ConceptIndex.terms(analyzer, tokens.get(i)), personStems)) continue;
            named = true;
            if (!saysWhoSomeoneIs(text, tokens, starts, ends, i)) return false;
        }
        return named;
    }

    /**
     * Whether token {@code i} is what "be" or "as" says someone is: the copula, an article right after it, then up to three
     * other words, spaces only between ("be a qualified RNLD Registered Nurse"; not "be supporting nurses", "as soon as a
     * nurse", "as well as the supervisor", "such as nurses").
     */
    private static boolean saysWhoSomeoneIs(String text, List<String> tokens, List<Integer> starts, List<Integer> ends, int i) {
        int words = 0;
        for (int j = i - 1; j >= 0; j--) {
            // a comma, a bracket, a slash, or a sentence's full stop ends the phrase
            if (!text.substring(ends.get(j), starts.get(j + 1)).isBlank() || tokens.get(j).endsWith(".")) return false;
            String w = tokens.get(j);
            if (COPULA.contains(w)) {
                boolean article = ARTICLES.contains(tokens.get(j + 1));
                boolean conjunction = w.equals("as") && j > 0 && AS_CONJUNCTION.contains(tokens.get(j - 1));
                return article && !conjunction;
            }
            if (ARTICLES.contains(w)) continue;
            if (FUNCTION_WORDS.contains(w) || ++words > 3) return false;
        }
        return false;
    }

    private static final Set<String> COPULA = Set.of("be", "is", "are", "am", "was", "were", "been", "being", "become", "becomes", "became",
            "becoming", "as");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** The word before an "as" that makes it a conjunction or an example: "as well as", "such as", "as soon as", "as long as". */
    private static final Set<String> AS_CONJUNCTION = Set.of("well", "such", "soon", "long", "much", "far", "as");
    /**
     * A preposition, a conjunction, a relative, or a word that points at other people: the person after it is not the one
     * the text says someone is ("a role model to nurses", "a liaison between nurses and doctors", "one of the other nurses").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "for", "with", "of", "and", "or", "by", "from", "in", "on", "at", "alongside",
            "among", "amongst", "between", "under", "within", "across", "into", "towards", "about", "through", "via", "over", "per",
            "including", "around", "other", "others", "who", "that", "which", "than", "like");

    /**
     * The label's words that the unit holds by the stem, when each is a {@code person} and none is the label's first word
     * (its verb, though an occupation is named so too: "mentor individuals", "cook fish"); empty when the unit holds some
     * other word of it or none. The unit is not analysed for a label with no person word (most: {@code unitStems}).
     */
    private List<String> sharedPersons(String labelWithoutQualifier, java.util.function.Predicate<String> person, java.util.function.Supplier<Set<String>> unitStems) {
        LabelTerms terms = terms(labelWithoutQualifier);
        List<String> label = terms.words();
        if (label.stream().noneMatch(person)) return List.of();
        List<List<String>> labelStems = terms.stems();
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < label.size(); i++) {
            String w = label.get(i);
            List<String> stems = labelStems.get(i);
            if (stems.isEmpty() || !unitStems.get().containsAll(stems)) continue;
            if (i == 0 && label.size() > 1 || !person.test(w)) return List.of();
            shared.add(w);
        }
        return shared;
    }

    /**
     * A hit on a label of two words or more, which ESCO writes in small letters, that rests on one of its words, held by
     * the unit only written as a name ({@link Unit#writtenAsNames}): a firm, a product, a place, a department, a title.
     * "Working for Active not only gave me all these things" is not *show initiative* (label "active participation"),
     * "comply with Anchor policies" not *assist anchoring operations*, "Collaboration with Tax Governance" not *tax
     * legislation*, "using React" not *react to events in time-critical environments* ("react quickly"). A unit holding two of the label's
     * words, or the word in small letters too, is judged by the model; so is a unit that holds the skill's preferred or an
     * alternative label whole ("knowledge of Autism" for *autism* by its label "fundamentals of autism": a discipline written
     * with a capital; not a hidden label, a search's aid: "activity" of *show initiative*), and a skill whose name ESCO writes
     * as a name ("Christianity", by its label "religion of christianity").
     */
    boolean restsOnAName(Unit unit, String skillUri, String matchedLabel) {
        String label = Concept.withoutQualifier(matchedLabel);
        EscoSkill skill = skills.get(skillUri);
        if (writtenAsAName(label) || skill != null && writtenAsAName(Concept.withoutQualifier(skill.preferredLabel()))) return false;
        List<List<String>> content = terms(label).content();
        if (content.size() < 2 || !unit.holdsAName()) return false;
        Set<String> unitStems = unit.stemSet();
        List<String> shared = null;
        for (List<String> stems : content) {
            if (!unitStems.containsAll(stems)) continue;
            if (shared != null) return false;
            shared = stems;
        }
        if (shared == null) return false;
        int asName = heldOnlyAt(unit, shared, unit.writtenAsNames());
        if (asName <= 0 || skill == null) return asName > 0;
        Names n = names.computeIfAbsent(skillUri, u -> names(skills.get(u)));
        return !holdsALabel(unit, n, n.named());
    }

    /**
     * A hit on a name ESCO writes in capitals that is also an English word ({@link #ordinaryAcronyms}: *LESS*, the style
     * sheet language; *SPARK*, the Java web framework), when the unit does not write it in capitals: "with less
     * experience", "more or less formal", "changing oil, filters, and spark plugs". A capital alone is no sign of the
     * name: "Hadoop, Spark" and "Apache Spark" are the big-data engine, which is not ESCO's *SPARK*. A line in capitals
     * ("MORE OR LESS") writes it as the name does: the model judges it.
     */
    boolean restsOnAnEnglishWord(Unit unit, String matchedLabel) {
        String label = Concept.withoutQualifier(matchedLabel).strip();
        return ordinaryAcronyms.contains(label.toLowerCase(Locale.ROOT)) && acronym(label) && !unit.writes(label);
    }

    /**
     * Whether the unit holds {@code stems} (one word's) at some of its words: 0 at none, 1 only at words {@code marked}, -1
     * at a word not marked.
     */
    private static int heldOnlyAt(Unit unit, List<String> stems, boolean[] marked) {
        List<List<String>> unitWordStems = unit.wordStems();
        int held = 0;
        for (int i = 0; i < unitWordStems.size(); i++) {
            if (!unitWordStems.get(i).containsAll(stems)) continue;
            if (!marked[i]) return -1;
            held = 1;
        }
        return held;
    }

    /**
     * A hit whose label's words the unit holds (by the stem) only joined by a hyphen to a letter before them, which makes
     * another word: "handle customer issues via e-mail, chat, and phone" holds "mail" of "work with mail" (*handle mail*,
     * the post) only in "e-mail". Not judged: a label with a letter of its own ("e commerce structure"), a unit that holds
     * one of the skill's names whole as written ("e-commerce" for *e-commerce systems* by "electronic commerce"). Only an
     * ASCII hyphen joins (not a non-breaking one nor a dash).
     */
    boolean restsOnAWordAfterALetter(Unit unit, String skillUri, String matchedLabel) {
        if (!unit.joinsALetter()) return false;
        LabelTerms label = terms(Concept.withoutQualifier(matchedLabel));
        if (label.words().stream().anyMatch(w -> w.length() == 1)) return false;
        boolean[] after = unit.afterALetter();
        boolean held = false;
        for (List<String> stems : label.content()) {
            int at = heldOnlyAt(unit, stems, after);
            if (at < 0) return false;
            held |= at > 0;
        }
        return held && !holdsAName(unit, skillUri);
    }

    /** Whether the unit holds the skill's preferred or one of its alternative labels whole, as written, each word up to a plural. */
    private boolean holdsAName(Unit unit, String skillUri) {
        if (!skills.containsKey(skillUri)) return false;
        Names n = names.computeIfAbsent(skillUri, u -> names(skills.get(u)));
        for (int l = 0; l < n.named(); l++) if (holds(unit.words(), n.labels().get(l).words())) return true;
        return false;
    }

    /**
     * A hit on a label of two words or more written as a name whose words the unit holds are all one letter or spelt with a
     * sign ({@link #spelledApart}): "a proficient C programmer" and "RN ( C )" hold the "C" of "C Sharp" (*C#*), not the
     * language; "z/OS Commands" the "Z" of "Z shell". Unless the unit holds one of the skill's names whole, as written ("C
     * Sharp (C#)"), or a word of its name that is not spelt apart ("programming" of *computer programming*).
     */
    private boolean restsOnALetter(Unit unit, String skillUri, String matchedLabel, LabelTerms hit) {
        List<String> words = hit.words();
        if (words.size() < 2 || !skills.containsKey(skillUri) || !writtenAsAName(Concept.withoutQualifier(matchedLabel))
                || words.stream().noneMatch(DocumentSense::spelledApart)) {
            return false;
        }
        Set<String> unitStems = unit.stemSet();
        boolean heldLetter = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            List<String> stems = hit.stems().get(i);
            if (stems.isEmpty() || !unitStems.containsAll(stems) && !holdsForm(unit.words(), w)) continue;
            if (!spelledApart(w)) return false;
            heldLetter = true;
        }
        if (!heldLetter || holdsAName(unit, skillUri)) return false;
        LabelTerms name = terms(Concept.withoutQualifier(skills.get(skillUri).preferredLabel()));
        for (int i = 0; i < name.words().size(); i++) {
            List<String> stems = name.stems().get(i);
            if (!spelledApart(name.words().get(i)) && !stems.isEmpty() && unitStems.containsAll(stems)) return false;
        }
        return true;
    }

    /** A word some occupation's preferred label ends with, in the names of fewer than {@link #NOT_A_PERSON} skills in any of its forms. */
    private boolean personWord(String w) {
        return isHead(heads, w) && pluralForms(w).stream().mapToInt(f -> namesWith.getOrDefault(f, 0)).sum() < NOT_A_PERSON;
    }

    /** Whether the text holds the label's words in a row, each up to a plural (the hit's own label among them). */
    private static boolean holds(List<String> text, List<String> label) {
        for (int i = 0; i + label.size() <= text.size(); i++) {
            int j = 0;
            while (j < label.size() && sameUpToPlural(text.get(i + j), label.get(j))) j++;
            if (j == label.size()) return true;
        }
        return false;
    }

    private static boolean sameUpToPlural(String textWord, String w) {
        return textWord.equals(w) || textWord.equals(w + "s") || textWord.equals(w + "es") || w.equals(textWord + "s");
    }

    private Names names(EscoSkill s) {
        List<LabelTerms> labels = new ArrayList<>();
        int named = 0;
        List<List<String>> kinds = List.of(List.of(s.preferredLabel()), s.altLabels(), s.hiddenLabels());
        for (int k = 0; k < kinds.size(); k++) {
            for (String label : kinds.get(k)) {
                LabelTerms t = terms(Concept.withoutQualifier(label));
                if (!t.words().isEmpty()) labels.add(t);
            }
            if (k < 2) named = labels.size();
        }
        String name = Concept.withoutQualifier(s.preferredLabel());
        return new Names(labels, terms(name).words(), new HashSet<>(ConceptIndex.terms(analyzer, name)), named);
    }

    /**
     * A hit whose label shares stems with the unit only in words inside the names of jobs, ESCO occupations' labels of two
     * words or more that name a person (not "technical support" or "social work"): "Collaborate with project managers" for *project management*, "Work with the Business and Data Analysts" for
     * *perform data analysis*, "assist the Head Chef" for *Chef*, "a Registered Mental Health Nurse" for *advise on mental
     * health*. A job's name says who works there, not what the text asks for (SkillSpan's annotators tag no job name: "a
     * skilled Java developer", "an experienced project manager"), even when that occupation needs the skill. The label
     * without its qualifier; a hit on the vector alone (no word shared) is not judged.
     *
     * @param sameWordIsTheJob the hit rests on one word of the skill's name ({@link #needsContext}: "Chef"): that word written
     *                         elsewhere as the person a job's name ends with is the job too ("the Sous Chef ... a talented
     *                         chef"; not "Java developer wanted, strong Java skills"). Not for other hits: "the Cluster Revenue
     *                         Manager must drive revenue" states revenue
     */
    boolean restsOnAJobName(Unit unit, String matchedLabel, boolean sameWordIsTheJob) {
        if (!unit.holdsJobName()) return false;
        boolean[] inJob = unit.inJobName();
        List<String> label = ConceptIndex.terms(analyzer, Concept.withoutQualifier(matchedLabel));
        List<List<String>> stems = unit.wordStems();
        List<String> words = unit.words();
        boolean shared = false;
        for (int i = 0; i < inJob.length; i++) {
            if (stems.get(i).stream().noneMatch(label::contains)) continue;
            shared = true;
            if (inJob[i]) continue;
            if (!sameWordIsTheJob) return false;
            boolean[] person = unit.endsJobName();
            boolean jobWord = false;
            for (int j = 0; j < person.length && !jobWord; j++) {
                jobWord = person[j] && (sameUpToPlural(words.get(i), words.get(j)) || sameUpToPlural(words.get(j), words.get(i)));
            }
            if (!jobWord) return false;
        }
        return shared;
    }

    /**
     * A unit's hit for a vacancy that rests on the job itself: {@link #namesTheJob}, or {@link #restsOnTheJobsWords}, or
     * the unit is the title repeated ({@link #repeatsTheTitle}).
     * Judged per unit, before a vacancy's skill takes its best unit as evidence, so another unit can still state it.
     */
    public boolean isTheJob(String unit, String skillUri, String matchedLabel, String title, String occupationUri) {
        return repeatsTheTitle(unit, title) || namesTheJob(skillUri, matchedLabel, title, occupationUri)
                || restsOnTheJobsWords(unit, skillUri, matchedLabel, occupationUri);
    }

    /**
     * A unit whose words are all words of the vacancy's title is the title repeated (feeds open the description with
     * it: "Staff Nurse", "Theatre Practitioner", "Dentist" in ads titled "Staff Nurse (RGN/RMN) Aberdeen"...); like the
     * title itself (docs/assertion.md), it names the job and states no skill.
     */
    static boolean repeatsTheTitle(String unit, String title) {
        if (unit == null || title == null) return false;
        List<String> unitWords = words(unit);
        return !unitWords.isEmpty() && new HashSet<>(words(title)).containsAll(unitWords);
    }

    /**
     * A hit whose label's words that the unit holds (by the stem) all name the person the vacancy hires: each is a
     * {@link #personWord} ("nurses", "supervisor"; not "nursing", "care": the stemmer joins "nursing" to the person, a text
     * asking for it does not) and ends one of the labels of the vacancy's occupation, which does not need the skill. "To be
     * considered for this role you must be a registered general nurse" and "RNLD qualified nurses may also be considered"
     * in nurses' ads for *work with nursing staff* (label "work with nurses"), which ESCO's nurse profiles do not hold and
     * those of nurse assistants do; "Perfect for the brasserie supervisor" for *notify supervisor*. A unit that shares
     * another word ("work alongside a team of nurses") is left to the model. The occupation's needs are its essential and
     * optional skills.
     */
    boolean restsOnTheJobsWords(String unit, String skillUri, String matchedLabel, String occupationUri) {
        if (unit == null || matchedLabel == null || occupationUri == null || needs.contains(occupationUri + ' ' + skillUri)) return false;
        Set<String> job = occupationHeads.getOrDefault(occupationUri, Set.of());
        return !sharedPersons(Concept.withoutQualifier(matchedLabel), w -> isHead(job, w) && personWord(w),
                unit(unit)::stemSet).isEmpty();
    }

    /** A one-word hit whose word is the vacancy's job: in its title and its occupation's labels, which do not need the skill. */
    public boolean namesTheJob(String skillUri, String matchedLabel, String title, String occupationUri) {
        if (title == null || occupationUri == null || !needsContext(skillUri, matchedLabel)) return false;
        String word = hitWord(matchedLabel);
        return words(title).contains(word) && occupationWords.getOrDefault(occupationUri, Set.of()).contains(word)
                && !needs.contains(occupationUri + ' ' + skillUri);
    }

    /** Every word of two letters or more starts with a capital ("Staff Nurse :", "REGISTERED NURSE"; "Children's" too). */
    static boolean capitalised(String text) {
        java.util.regex.Matcher m = A_WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
            if (word.length() > 1 && first >= 0 && !Character.isUpperCase(first)) return false;
        }
        return true;
    }

    /** Lower-cased words; "C++", "C#" and ".NET" stay whole. */
    static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .map(w -> TRAILING_DOTS.matcher(w).replaceAll("")).filter(w -> !w.isEmpty()).toList();
    }

    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}+#.]+");
    private static final java.util.regex.Pattern A_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}+#.]+");
    private static final java.util.regex.Pattern LETTER_JOINED = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}+#.])\\p{L}-[\\p{L}\\p{N}+#.]");
    private static final java.util.regex.Pattern TRAILING_DOTS = java.util.regex.Pattern.compile("[.]+$");
}
