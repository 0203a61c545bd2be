package org.skillscope.core.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillscope.eval.RealData;
import org.skillscope.eval.SkillSpanReader;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.datasets.esco.Esco;

/**
 * What {@link DocumentSense#unsupported} takes away on SkillSpan train (training data only):
 * every pair the model would assert without them, whether the check withdraws it, and whether it is stated
 * (silver: the skill one of the sentence's spans names, {@link SpanSilver}, as in {@code AssertionTrainingTool}).
 * Skipped unless asked for:
 * <pre>mvn -B -o -pl pipeline/eval -am test -Dtest=SenseChecksTool -Dsurefire.failIfNoSpecifiedTests=false -Dskillscope.senseChecks=true</pre>
 */
class SenseChecksTool {
    @Test
    void report() {
        assumeTrue(Boolean.getBoolean("skillscope.senseChecks"), "no -Dskillscope.senseChecks=true: skipped");
        Path data = RealData.data();
        Esco esco = RealData.esco();
        try (SkillIndex index = SkillIndex.openOrBuild(esco, RealData.indexCache())) {
            ConceptIndex idx = index.skills();
            SkillMatcher matcher = new SkillMatcher(index);
            DocumentSense sense = matcher.sense();  // the checks as the matcher applies them (with the model's genericity)
            List<SkillSpanReader.Sentence> sentences = SkillSpanReader.read(data.resolve("vacancies/skillspan/train.json"));
            Map<String, Integer> spanBest = SpanSilver.of(idx, batch -> matcher.rankUnits(batch, SpanSilver.TOP), sentences,
                    AssertionTrainingTool.genericity(idx, sentences));
            List<String> texts = sentences.stream().map(SkillSpanReader.Sentence::text).toList();
            List<UnitRanking> ranked = matcher.rankUnits(texts, matcher.config().topK());
            int[] counts = new int[2];  // [stated]
            int asserted = 0, stated = 0;
            List<String> examples = new ArrayList<>();
            for (int u = 0; u < texts.size(); u++) {
                UnitRanking r = ranked.get(u);
                Set<Integer> silver = new HashSet<>();
                sentences.get(u).spans().forEach(sp -> { if (spanBest.containsKey(sp)) silver.add(spanBest.get(sp)); });
                for (int i = 0; i < r.size(); i++) {
                    if (r.confidence()[i] < matcher.threshold()) continue;
                    int c = r.concepts()[i];
                    String matched = idx.label(r.labels()[i]);
                    boolean y = silver.contains(c);
                    asserted++;
                    if (y) stated++;
                    if (!sense.unsupported(r.unit(), idx.concept(c).uri(), matched)) continue;
                    counts[y ? 1 : 0]++;
                    if (examples.size() < Integer.getInteger("skillscope.senseChecks.examples", 80)) examples.add(String.format(Locale.ROOT, "%s %s '%s' <- %s",
                            y ? "STATED" : "other ", idx.concept(c).preferredLabel(), matched, r.unit()));
                }
            }
            System.err.printf(Locale.ROOT, "%d pairs asserted without the checks, %d stated (silver)%n", asserted, stated);
            System.err.printf(Locale.ROOT, "one word of a name: withdraws %d stated, %d others%n", counts[1], counts[0]);
            examples.forEach(System.err::println);
        }
    }
}
