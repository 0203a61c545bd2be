package org.skillscope.core.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoCollection;
import org.skillscope.datasets.esco.EscoSkill;

/**
 * Language-independent skill terms: tool, product and standard names (Java, SQL, AutoCAD, HACCP,
 * ISO 9001) are written the same in every language, so an ad in any language states them by the
 * ESCO label itself. A term is an English preferred or alternative skill label every word of which
 * has a capital or a digit; it matches only as written (case and whole words), which keeps ordinary
 * words out. Left out: language names (an ad names languages in its own words), and all-capital
 * abbreviations of at most four letters that are only alternative labels (DMP is "dance therapy"
 * there, GTS "geological time scale": too ambiguous to state a skill on their own).
 * A name inside a longer label (AutoCAD in "create AutoCAD drawings", HACCP in "apply HACCP": a word of
 * three or more characters with two or more capitals or digits) states that skill when it is in the
 * labels of one skill only, or in the two-word labels (a verb and the name) of one skill only, or else in
 * the two-word preferred label of one skill only ("apply HACCP", though "HACCP inspection" is another's).
 */
public final class TermMatcher {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}+#.\\-]*[\\p{L}\\p{N}+#])?");
    private static final Pattern SHORT_ABBREVIATION = Pattern.compile("\\p{Lu}{1,4}s?");

    /** One term found in a text: the skill, and the label as it was written. */
    public record Term(String skillUri, String label) {}

    private record Entry(String[] tokens, String skillUri, String label) {}

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Map<String, String> embedded = new HashMap<>();
    private final int terms;

    public TermMatcher(Esco esco) {
        Map<String, String> labelToSkill = new LinkedHashMap<>();
        java.util.Set<String> languages = esco.collection(EscoCollection.LANGUAGE);
        for (EscoSkill s : esco.skills().values()) {
            if (languages.contains(s.uri())) continue;
            consider(labelToSkill, s.preferredLabel(), s.uri(), true);
            for (String a : s.altLabels()) consider(labelToSkill, a, s.uri(), false);
        }
        for (Map.Entry<String, String> e : labelToSkill.entrySet()) {
            if (e.getValue() == null) continue; // a label two skills share names neither
            String[] tokens = tokens(e.getKey()).toArray(new String[0]);
            if (tokens.length == 0) continue;
            byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Entry(tokens, e.getValue(), e.getKey()));
        }
        embedded(esco, languages);
        // longest first, so "SQL Server" wins over "SQL" where both start at a word
        byFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens.length - a.tokens.length));
        terms = byFirstToken.values().stream().mapToInt(List::size).sum() + embedded.size();
    }

    private void embedded(Esco esco, java.util.Set<String> languages) {
        Map<String, java.util.Set<String>> skills = new HashMap<>(), twoWord = new HashMap<>(), twoWordPreferred = new HashMap<>();
        for (EscoSkill s : esco.skills().values()) {
            if (languages.contains(s.uri())) continue;
            List<String> labels = new ArrayList<>(s.altLabels());
            labels.add(s.preferredLabel());
            for (String l : labels) {
                List<String> words = tokens(l);
                if (words.size() < 2) continue;
                for (String w : words) {
                    if (!isName(w)) continue;
                    skills.computeIfAbsent(w, k -> new java.util.TreeSet<>()).add(s.uri());
                    if (words.size() == 2) twoWord.computeIfAbsent(w, k -> new java.util.TreeSet<>()).add(s.uri());
                    if (words.size() == 2 && l.equals(s.preferredLabel())) twoWordPreferred.computeIfAbsent(w, k -> new java.util.TreeSet<>()).add(s.uri());
                }
            }
        }
        skills.forEach((w, uris) -> {
            if (byFirstToken.containsKey(w)) return; // a label of its own says more
            if (uris.size() == 1) embedded.put(w, uris.iterator().next());
            else if (twoWord.getOrDefault(w, java.util.Set.of()).size() == 1) embedded.put(w, twoWord.get(w).iterator().next());
            else if (twoWordPreferred.getOrDefault(w, java.util.Set.of()).size() == 1) embedded.put(w, twoWordPreferred.get(w).iterator().next());
        });
    }

    /** Three or more characters, two or more of them capitals or digits, not a number. */
    static boolean isName(String w) {
        if (w.length() < 3 || w.chars().allMatch(Character::isDigit)) return false;
        return w.chars().filter(c -> Character.isUpperCase(c) || Character.isDigit(c)).count() >= 2;
    }

    private static void consider(Map<String, String> labelToSkill, String label, String uri, boolean preferred) {
        String l = label.strip();
        if (l.length() < 2 || !isTerm(l)) return;
        if (!preferred && SHORT_ABBREVIATION.matcher(l).matches()) return;
        if (labelToSkill.containsKey(l) && !uri.equals(labelToSkill.get(l))) labelToSkill.put(l, null);
        else labelToSkill.put(l, uri);
    }

    /** Every word has a capital letter or a digit. */
    static boolean isTerm(String label) {
        List<String> words = tokens(label);
        if (words.isEmpty()) return false;
        for (String w : words) if (!w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) return false;
        return true;
    }

    public int terms() {
        return terms;
    }

    /** The terms a text states, each skill once, in order of appearance. */
    public List<Term> find(String text) {
        List<String> t = tokens(text);
        Map<String, Term> out = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            List<Entry> candidates = byFirstToken.get(t.get(i));
            if (candidates == null) {
                String uri = embedded.get(t.get(i));
                if (uri != null) out.putIfAbsent(uri, new Term(uri, t.get(i)));
                continue;
            }
            for (Entry e : candidates) {
                if (matchesAt(t, i, e.tokens)) {
                    out.putIfAbsent(e.skillUri, new Term(e.skillUri, e.label));
                    i += e.tokens.length - 1;
                    break;
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean matchesAt(List<String> t, int i, String[] tokens) {
        if (i + tokens.length > t.size()) return false;
        for (int j = 0; j < tokens.length; j++) if (!t.get(i + j).equals(tokens[j])) return false;
        return true;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
