package org.skillscope.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Recognises vacancy sentences that carry no skill demand: equal-opportunity statements, benefits
 * and perks, company blurbs, application instructions, salary and contact lines. Matching them
 * only adds noise (e.g. "we offer a competitive salary" → "negotiate salary"), so we drop them.
 * Patterns are deliberately conservative: a kept boilerplate sentence costs little, a dropped
 * requirement loses a skill.
 */
public final class Boilerplate {
    /** The longest section heading: a label of this many characters at most, without . ! ?, before a colon. */
    private static final int HEADING_CHARS = 40;
    /**
     * A heading opening a unit with content after it, where the line break was lost ("Job responsibilities: Assisting
     * the technician"); a no-break space after the colon too (ads pasted from web pages).
     */
    private static final Pattern LEADING_HEADING = Pattern.compile("^[^.!?:]{1," + HEADING_CHARS + "}(?=:\\s+\\S)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<Pattern> PATTERNS = List.of(
            // section headings ("Your tasks:", "Requirements:") name a section, they assert no skill
            p("^[^.!?]{0," + HEADING_CHARS + "}:$"),
            // a heading answered "no" names what the job does not ask for ("Remote work possibility: No" is not *use remote
            // control equipment*, 15 EURES ads); one heading only: "Languages: English; Travel: no" asks for English
            p("^[^.!?:;]{1," + HEADING_CHARS + "}:\\s*(no|none|not (required|needed|necessary|applicable)|n/?a)\\s*[.;!]?$"),
            // a "Job title: ..." line repeats the title, which is mapped to an occupation, not to skills
            p("^(job )?title:"),
            // equal opportunity / diversity
            p("equal opportunit|\\beeo\\b|regardless of (race|gender|age|religion|sex|colou?r|origin|disabilit)"
                    + "|without regard to (race|gender|age|religion|sex|colou?r)|all qualified applicants"
                    + "|we (welcome|encourage) applications from|applications from .{0,60}\\bwelcome|\\b(are|is) (particularly |especially )?welcome to apply|diverse (and|&) inclusive workplace"
                    + "|protected (veteran|characteristic|status)|affirmative action"),
            // benefits and perks
            p("\\bwe offer\\b|what we offer|\\bbenefits? (package|include)|competitive (salary|pay|compensation|remuneration)"
                    + "|pension (scheme|plan)|health (insurance|care plan)|paid (time off|holiday|vacation|leave)"
                    + "|\\b\\d+ days'? (annual )?(holiday|leave|vacation)|annual leave|gym membership|free (lunch|fruit|snacks|coffee)"
                    + "|company (car|vehicle)|\\bwe provide\\b|stock options|share options|flexible working hours|\\bbonus scheme"
                    + "|\\bsalary\\b.{0,40}(per annum|\\bpa\\b|per hour|\\bk\\b|£|€|\\$)|(£|€|\\$)\\s?\\d"),
            // application instructions and contact
            p("\\bapply (now|today|online|via|through|by)|to apply\\b|send (your|a) (cv|resume|application)"
                    + "|submit (your|a) (cv|resume|application)|click (the )?apply|for more information,? (please )?(contact|call|visit)"
                    + "|\\bcontact us\\b|e-?mail us\\b|@[a-z0-9-]+\\.[a-z]{2,}|https?://|www\\.|\\bcall \\d"
                    + "|closing date|only (successful|shortlisted) (applicants|candidates) will be contacted"
                    + "|\\brecruitment agency\\b|acting as an employment (agency|business)"),
            // the hiring process, not the job: checks and papers asked of candidates, how applications are judged,
            // the agency's own pitch ("assess candidates" was the top "gap" of the real UK ads because of these)
            p("\\bpart of (the|our) (recruitment|selection|application|hiring) process|\\b(required|requested) (from|of) (all )?(candidates|applicants)\\b"
                    + "|\\b(successful|shortlisted|all) (candidates?|applicants?) (are|is|will be) (required|asked) to (provide|undergo|obtain|produce|submit)\\b"
                    + "|\\b(enhanced|satisfactory) (crb|dbs|disclosure)|\\bevidence of (the )?(eligibility|right to work)\\b"
                    + "|\\bapplications will be (evaluated|assessed|considered|reviewed|judged)\\b|\\bgood for (our )?candidates\\b"
                    + "|\\b(receiving|receive) new instructions from\\b"),
            // company blurbs: who "we" are rather than what the job needs
            p("^(about (us|the company|the client|our client)|who we are)\\b|^(we are|we're|we are currently|are you) (hiring|looking for|seeking|recruiting)\\b"
                    + "|^(our client|my client|the company) (is|are) (currently )?(looking for|seeking|recruiting)\\b|\\bis a (leading|global|world-?leading|fast-?growing|well-?established)\\b"
                    + "|\\b(founded|established) in (19|20)\\d\\d|\\bour (mission|vision|values) (is|are)\\b"
                    + "|\\bheadquartered in\\b|\\bemploys? (over|more than) \\d"));

    /** Where the section heading opening a unit ends (the index of its colon), -1 when the unit opens with none. */
    public static int headingEnd(String unit) {
        java.util.regex.Matcher m = LEADING_HEADING.matcher(unit);
        return m.find() ? m.end() : -1;
    }

    /** Lower-case patterns, matched against the lower-cased sentence (see {@link #matches}). */
    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /** Decisions kept for repeated sentences (agency footers and benefit lines recur in thousands of ads). */
    private static final int MEMO_SIZE = 100_000;
    private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

    /** Pure, so memoised: the patterns cost about 65 µs a sentence; on grown ads (17 % distinct sentences) 13 µs with the memo. */
    public boolean isBoilerplate(String sentence) {
        Boolean known = memo.get(sentence);
        if (known != null) {
            return known;
        }
        boolean b = matches(sentence);
        if (memo.size() >= MEMO_SIZE) {
            memo.clear(); // crude but bounded; it only costs recomputation
        }
        memo.put(sentence, b);
        return b;
    }

    /**
     * Lower-cases once rather than matching case-insensitively: Unicode case folding ran per character
     * per pattern and position, and was most of the time spent splitting vacancies into units.
     */
    static boolean matches(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
