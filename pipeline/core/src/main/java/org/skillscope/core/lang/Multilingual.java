package org.skillscope.core.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.LanguageLabels;
import org.skillscope.datasets.esco.LocalizedLabel;
import org.skillscope.datasets.esco.OccupationSkillRelation;

/**
 * Vacancies in languages other than English: the title to an ESCO occupation by that language's
 * labels ({@link TitleIndex}), the tool and standard names the text states ({@link TermMatcher}),
 * and the occupation's essential skills, which the ad does not state but the occupation implies
 * (marked "inferred" wherever they are shown or counted). Only occupations of the run's ESCO are
 * indexed; labels of other concepts (ISCO groups, another ESCO version's URIs) are counted, not used.
 * Thread-safe; each language's index is built on first use.
 */
public final class Multilingual {
    /** The {@code source} of a vacancy skill: the text states it, or its occupation implies it. */
    public static final String STATED = "stated", INFERRED = "inferred";
    /** The score of a tool or standard name found as written: an exact label, but one word out of context. */
    public static final double TERM_CONFIDENCE = 0.9;
    /**
     * Below this title score the best occupation is too often wrong to infer skills from. On MELO (14
     * languages, 23,556 national titles; `eval occupations --format melo` prints the table) the top
     * occupation is the gold one for 78 % of titles scoring 0.9-1, 55 % at 0.8-0.9, 40 % at 0.7-0.8, 27 %
     * at 0.6-0.7 and at most 18 % below: from 0.7 up, two in three are right (and a near miss is mostly
     * a neighbouring occupation with much the same essential skills). See docs/languages.md.
     */
    public static final double MIN_TITLE_SCORE = 0.7;

    private final Esco esco;
    private final Map<String, LanguageLabels> labels;
    private final TitleParams params;
    private final Map<String, TitleIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> essential = new TreeMap<>();
    private final TermMatcher terms;

    public Multilingual(Esco esco, Map<String, LanguageLabels> labels, TitleParams params) {
        this.esco = esco;
        this.labels = Map.copyOf(labels);
        this.params = params;
        for (OccupationSkillRelation r : esco.occupationSkillRelations()) {
            if (r.essential() && esco.skills().containsKey(r.skillUri())) {
                essential.computeIfAbsent(r.occupationUri(), k -> new ArrayList<>()).add(r.skillUri());
            }
        }
        essential.values().forEach(l -> l.sort(null));
        this.terms = new TermMatcher(esco);
    }

    /** Languages with occupation labels, sorted. */
    public Set<String> languages() {
        Set<String> out = new java.util.TreeSet<>();
        labels.forEach((k, v) -> {
            if (!v.occupations().isEmpty()) out.add(k);
        });
        return out;
    }

    public boolean supports(String language) {
        return language != null && labels.containsKey(language) && !labels.get(language).occupations().isEmpty();
    }

    /** Per language: labels loaded, those naming an occupation of this ESCO, and the distinct URIs it does not know. */
    public record Coverage(int labels, int occupationLabels, int occupations, int unknownUris) {}

    public Map<String, Coverage> coverage() {
        Map<String, Coverage> out = new TreeMap<>();
        for (String lang : languages()) {
            List<LocalizedLabel> all = labels.get(lang).occupations();
            Set<String> known = new LinkedHashSet<>(), unknown = new LinkedHashSet<>();
            int used = 0;
            for (LocalizedLabel l : all) {
                if (esco.occupations().containsKey(l.uri())) {
                    used++;
                    known.add(l.uri());
                } else if (!esco.iscoGroups().containsKey(l.uri())) {
                    unknown.add(l.uri());
                }
            }
            out.put(lang, new Coverage(all.size(), used, known.size(), unknown.size()));
        }
        return out;
    }

    /**
     * The title index of a language, built once: occupations of this ESCO and ISCO groups (as MELO ranks them),
     * so that a title naming a group ("elementary industrial occupations") is not forced onto one occupation.
     */
    public TitleIndex index(String language) {
        if (!supports(language)) throw new IllegalArgumentException("no occupation labels in language " + language);
        return indexes.computeIfAbsent(language, l -> new TitleIndex(l, labels.get(l).occupations().stream()
                .filter(x -> esco.occupations().containsKey(x.uri()) || esco.iscoGroups().containsKey(x.uri())).toList(), params));
    }

    /**
     * The best occupation for a title, or null when the language has no labels, nothing scores, or an ISCO
     * group's label fits the title better than any occupation's (it names a group, not an occupation).
     */
    public TitleMatch occupation(String language, String title) {
        if (!supports(language) || title == null || title.isBlank()) return null;
        TitleMatch group = null;
        for (TitleMatch m : index(language).rank(title, GROUP_LOOKAHEAD)) {
            if (esco.occupations().containsKey(m.uri())) return group != null && group.score() > m.score() ? null : m;
            if (group == null) group = m;
        }
        return null;
    }

    /** How far down the ranking the best occupation is sought below ISCO groups (a title has few groups above it). */
    private static final int GROUP_LOOKAHEAD = 50;

    /** An occupation's essential skills (sorted URIs), empty for an unknown one. */
    public List<String> essentialSkills(String occupationUri) {
        return essential.getOrDefault(occupationUri, List.of());
    }

    public TermMatcher terms() {
        return terms;
    }

    /**
     * A text (and optionally a job title) in a language other than English, mapped as the job maps a vacancy:
     * {@code stated} the tool and standard names the text (not the title) writes, {@code occupation} the title's (else the
     * text's) occupation when it scores at least {@link #MIN_TITLE_SCORE}, {@code inferred} that
     * occupation's essential skills not stated; {@code notes} say what could not be done and why.
     */
    public record Mapped(String language, List<TermMatcher.Term> stated, TitleMatch occupation, List<String> inferred, List<String> notes) {}

    public Mapped map(String language, String text, String title) {
        List<String> notes = new ArrayList<>();
        // the text alone states skills, as in the job: a bare title states none ("Programista Java" is the job)
        List<TermMatcher.Term> stated = terms.find(text == null ? "" : text);
        TitleMatch occupation = null;
        if (!supports(language)) {
            notes.add("no ESCO occupation labels in language '" + language + "' are loaded: only tool and standard names written as in ESCO"
                    + " (Java, SQL, AutoCAD, HACCP...) are recognised, and no occupation");
        } else {
            notes.add("no ESCO skill labels in language '" + language + "': skills stated in words are not recognised, only tool and standard"
                    + " names written as in ESCO; the occupation's essential skills are given as inferred");
            String from = title != null && !title.isBlank() ? title : text;
            TitleMatch best = occupation(language, from);
            if (best != null && best.score() >= MIN_TITLE_SCORE) occupation = best;
            else notes.add("no occupation: the " + (from == title ? "title" : "text") + " matches no " + language
                    + " occupation label well enough (best score " + (best == null ? "none" : String.format(java.util.Locale.ROOT, "%.2f", best.score()))
                    + ", needed " + MIN_TITLE_SCORE + ")" + (from == title ? "" : "; give the job title as \"title\""));
        }
        List<String> inferred = new ArrayList<>();
        if (occupation != null) {
            Set<String> statedUris = new java.util.HashSet<>();
            stated.forEach(t -> statedUris.add(t.skillUri()));
            for (String s : essentialSkills(occupation.uri())) if (!statedUris.contains(s)) inferred.add(s);
        }
        if (stated.isEmpty() && inferred.isEmpty()) notes.add("no skill found");
        return new Mapped(language, stated, occupation, inferred, notes);
    }

    public String preferredLabel(String occupationUri) {
        var o = esco.occupations().get(occupationUri);
        return o == null ? null : o.preferredLabel();
    }
}
