package org.skillscope.cli;


import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.LanguageLabelLoader;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.lang.TermMatcher;
import org.skillscope.core.lang.TitleParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "map", mixinStandardHelpOptions = true, description = "Map a text (a learning outcome, a job ad) to ranked ESCO skills with evidence.")
final class MapCommand implements Runnable {
    @Mixin
    EscoOptions escoOptions;

    @Option(names = "--top", defaultValue = "10", description = "How many skills to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Parameters(paramLabel = "TEXT", arity = "1", description = "The text to map.")
    String text;

    @Option(names = "--language", paramLabel = "CODE", description = "ISO 639-1 language of the text (default: detected).")
    String language;

    @Option(names = "--title", paramLabel = "TITLE", description = "The job ad's title, in the text's language: in English a hit that is the job itself (\"Chef\" in a chef's ad) is not stated, as in the job; other languages get its occupation's essential skills as inferred.")
    String title;

    @Override
    public void run() {
        String lang = language != null ? language : org.skillscope.datasets.vacancy.EuLanguageDetector.create().detect(text);
        if (lang != null && !lang.equals("en")) {
            mapOther(lang);
            return;
        }
        Esco esco = escoOptions.load();
        try (SkillIndex index = escoOptions.index(esco)) {
            SkillMatch occupation = title == null ? null : new OccupationMatcher(index).best(title);
            List<SkillMatch> matches = new SkillMatcher(index).match(text, SkillMatcher.Job.of(title, occupation));
            if (occupation != null) {
                System.out.printf("occupation %s (matched \"%s\", score %.2f)%n", occupation.label(), occupation.evidence().matchedLabel(), occupation.score());
            }
            List<Map<String, Object>> out = new ArrayList<>();
            int rank = 0;
            for (SkillMatch m : matches) {
                if (rank++ >= top) break;
                System.out.printf("%2d. %-50s score %.3f  P(stated) %.2f %s%n    evidence: \"%s\" ~ \"%s\"%n", rank, m.label(), m.score(),
                        m.confidence(), m.asserted() ? "asserted" : "",
                        m.evidence().unit(), m.evidence().matchedLabel());
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("uri", m.uri());
                j.put("label", m.label());
                j.put("score", m.score());
                j.put("confidence", m.confidence());
                j.put("asserted", m.asserted());
                Map<String, Object> evidence = new LinkedHashMap<>();  // keys in a fixed order, as the occupation's
                evidence.put("unit", m.evidence().unit());
                evidence.put("label", m.evidence().matchedLabel());
                j.put("evidence", evidence);
                out.add(j);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("escoVersion", esco.version());
            json.put("language", lang);
            if (occupation != null) {
                json.put("occupation", occupation(occupation.uri(), occupation.label(), occupation.evidence().matchedLabel(), occupation.score()));
            }
            json.put("skills", out);
            json.put("notes", lang == null ? List.of("the language could not be told from the text: read as English") : List.of());
            System.out.println(Json.line(json));
        }
    }

    /** Another language: tool and standard names as written, the occupation's essential skills as inferred (see Multilingual). */
    private void mapOther(String lang) {
        Esco esco = escoOptions.load();
        Multilingual ml = new Multilingual(esco, LanguageLabelLoader.load(escoOptions.languages.resolve()), TitleParams.DEFAULTS);
        Multilingual.Mapped m = ml.map(lang, text, title);
        List<Map<String, Object>> out = new ArrayList<>();
        for (TermMatcher.Term t : m.stated()) {
            System.out.printf("stated   %-50s (written \"%s\")%n", esco.skills().get(t.skillUri()).preferredLabel(), t.label());
            out.add(skill(esco, t.skillUri(), Multilingual.TERM_CONFIDENCE, Multilingual.STATED));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("escoVersion", esco.version());
        json.put("language", lang);
        if (m.occupation() != null) {
            System.out.printf("occupation %s (matched \"%s\", score %.2f)%n", ml.preferredLabel(m.occupation().uri()), m.occupation().matchedLabel(), m.occupation().score());
            json.put("occupation", occupation(m.occupation().uri(), ml.preferredLabel(m.occupation().uri()), m.occupation().matchedLabel(), m.occupation().score()));
            for (String uri : m.inferred()) {
                if (out.size() < top + m.stated().size()) System.out.printf("inferred %s%n", esco.skills().get(uri).preferredLabel());
                out.add(skill(esco, uri, m.occupation().score(), Multilingual.INFERRED));
            }
        }
        m.notes().forEach(n -> System.out.println("note: " + n));
        json.put("skills", out);
        json.put("notes", m.notes());
        System.out.println(Json.line(json));
    }

    /** The title's occupation, its keys in a fixed order (Map.of iterates in an order that changes from run to run). */
    private static Map<String, Object> occupation(String uri, String label, String matchedLabel, double score) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("uri", uri);
        j.put("label", label);
        j.put("matchedLabel", matchedLabel);
        j.put("score", score);
        return j;
    }

    private static Map<String, Object> skill(Esco esco, String uri, double confidence, String source) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("uri", uri);
        j.put("label", esco.skills().get(uri).preferredLabel());
        j.put("confidence", confidence);
        j.put("source", source);
        return j;
    }
}
