package org.skillscope.core.match;

import org.skillscope.core.index.ConceptIndex;
import org.skillscope.eval.SkillSpanReader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The silver label of a SkillSpan span: the skill its words name. SkillSpan marks skill and knowledge spans
 * but does not say which ESCO skill they are, so each span is ranked alone and given one of its best
 * candidates. The best match alone is not it when that match rests on a label that adds an informative word the
 * span lacks: "good written communication skills" is ranked first to *teach communication methods*, whose
 * alternative label is "teach communication skills"; the span says *communication*. So the best match stays the
 * label when one of its labels names the span (shares an informative word with it and adds none), or when it
 * shares no informative word (a match by meaning); otherwise the first of the next candidates (up to {@link #TOP})
 * whose preferred label holds every informative word the best match shared and adds none replaces it: the same
 * evidence without the word the span lacks. A looser replacement (any label adding nothing) was read on 26 spans
 * and was as often worse as better ("Oracle database" became *database*, "server-side logic" *logic*).
 * Informative: less generic in job ads than {@link #GENERIC} (genericity, {@link AssertionTrainingTool#genericity}:
 * "skills", "experience" are generic, "teach" is not).
 */
final class SpanSilver {
    private SpanSilver() {}

    /** How many of a span's best candidates may name it. */
    static final int TOP = 3;
    /** A label word at least this generic in job ads may be absent from the span. */
    static final float GENERIC = 0.6f;

    /** Whether the sense checks withdraw a skill's hit on a label in a text ({@link DocumentSense#unsupported}). */
    interface Unsupported {
        boolean test(String text, int concept, String matchedLabel);

        Unsupported NONE = (text, concept, label) -> false;
    }

    /** Each distinct span of the sentences -> its silver skill. */
    static Map<String, Integer> of(RankingEngine engine, List<SkillSpanReader.Sentence> sentences, Map<String, Float> genericity) {
        return of(engine.index(), batch -> engine.rank(batch, TOP), sentences, genericity, Unsupported.NONE);
    }

    /** @param rank ranks a batch of spans, at least {@link #TOP} candidates each */
    static Map<String, Integer> of(ConceptIndex index, java.util.function.Function<List<String>, List<UnitRanking>> rank,
                                   List<SkillSpanReader.Sentence> sentences, Map<String, Float> genericity) {
        return of(index, rank, sentences, genericity, Unsupported.NONE);
    }

    /** As above; a span whose pick the sense checks withdraw (the span read alone) names no skill. */
    static Map<String, Integer> of(ConceptIndex index, java.util.function.Function<List<String>, List<UnitRanking>> rank,
                                   List<SkillSpanReader.Sentence> sentences, Map<String, Float> genericity, Unsupported unsupported) {
        List<String> spanTexts = sentences.stream().flatMap(x -> x.spans().stream()).distinct().toList();
        Map<String, Integer> silver = new HashMap<>();
        int moved = 0, withdrawn = 0;
        StringBuilder examples = new StringBuilder(), withdrawnExamples = new StringBuilder();
        for (int i = 0; i < spanTexts.size(); i += 512) {
            List<String> batch = spanTexts.subList(i, Math.min(spanTexts.size(), i + 512));
            List<UnitRanking> rs = rank.apply(batch);
            for (int j = 0; j < batch.size(); j++) {
                UnitRanking r = rs.get(j);
                if (r.size() == 0) continue;
                Set<String> spanTerms = new HashSet<>(index.terms(batch.get(j)));
                int pick = r.concepts()[0], at = 0;
                Set<String> matched = matched(index, pick, spanTerms, genericity);
                if (!names(index, pick, spanTerms, genericity) && !matched.isEmpty()) {
                    for (int k = 1; k < Math.min(TOP, r.size()); k++) {
                        Set<String> pref = informative(List.of(index.labelTerms(index.firstLabel(r.concepts()[k]))), genericity);
                        if (spanTerms.containsAll(pref) && pref.containsAll(matched)) {
                            pick = r.concepts()[k];
                            at = k;
                            break;
                        }
                    }
                }
                if (pick != r.concepts()[0] && moved++ % 8 == 0 && examples.length() < 6000) {
                    examples.append(String.format(Locale.ROOT, "  \"%s\": %s -> %s%n", batch.get(j),
                            index.concept(r.concepts()[0]).preferredLabel(), index.concept(pick).preferredLabel()));
                }
                if (unsupported.test(batch.get(j), pick, index.label(r.labels()[at]))) {
                    if (withdrawn++ % 4 == 0 && withdrawnExamples.length() < 6000) {
                        withdrawnExamples.append(String.format(Locale.ROOT, "  \"%s\": %s ('%s')%n", batch.get(j),
                                index.concept(pick).preferredLabel(), index.label(r.labels()[at])));
                    }
                    continue;
                }
                silver.put(batch.get(j), pick);
            }
        }
        System.err.printf(Locale.ROOT, "span silver: %d spans, %d given a named candidate other than their best match; every 8th:%n%s",
                spanTexts.size(), moved, examples);
        if (withdrawn > 0) System.err.printf(Locale.ROOT, "span silver: %d spans name no skill, their pick withdrawn by the sense checks; every 4th:%n%s",
                withdrawn, withdrawnExamples);
        return silver;
    }

    /** Does one of the skill's labels share an informative word with the span and add none? */
    static boolean names(ConceptIndex index, int concept, Set<String> spanTerms, Map<String, Float> genericity) {
        for (int l = index.firstLabel(concept); l < index.endLabel(concept); l++) {
            Set<String> label = informative(List.of(index.labelTerms(l)), genericity);
            if (spanTerms.containsAll(label) && label.stream().anyMatch(spanTerms::contains)) return true;
        }
        return false;
    }

    /** The most informative words of the span that one of the skill's labels holds. */
    static Set<String> matched(ConceptIndex index, int concept, Set<String> spanTerms, Map<String, Float> genericity) {
        Set<String> best = Set.of();
        for (int l = index.firstLabel(concept); l < index.endLabel(concept); l++) {
            Set<String> shared = informative(List.of(index.labelTerms(l)), genericity);
            shared.retainAll(spanTerms);
            if (shared.size() > best.size()) best = shared;
        }
        return best;
    }

    static Set<String> informative(java.util.Collection<String> terms, Map<String, Float> genericity) {
        Set<String> out = new HashSet<>();
        for (String t : terms) if (genericity.getOrDefault(t, 0f) < GENERIC) out.add(t);
        return out;
    }
}
