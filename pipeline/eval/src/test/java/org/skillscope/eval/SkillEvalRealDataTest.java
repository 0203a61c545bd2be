package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.MatcherConfig;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;

/**
 * Evaluation on the real ESCO v1.1.1 and the public gold sets (validation splits only). The index
 * is built once into {@code skillscope.indexCache} (default target/index-cache: a few minutes on
 * 2 cores) and reused by later runs. Floors sit a few points under the figures measured when the
 * defaults were tuned, so a regression fails the build but run-to-run noise does not.
 */
class SkillEvalRealDataTest {
    private static Path data;
    private static Esco esco;
    private static SkillIndex index;
    private static SkillMatcher matcher;

    @BeforeAll
    static void open() {
        data = RealData.data();
        assumeTrue(Files.isDirectory(data.resolve("esco/v1.1.1")) && Files.isDirectory(data.resolve("gold/skill-extraction")),
                "real data " + data + " absent: skipped");
        esco = RealData.esco();
        index = SkillIndex.openOrBuild(esco, RealData.indexCache());
        matcher = new SkillMatcher(index, MatcherConfig.defaults());
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    private static Path gold(String name) {
        return data.resolve("gold").resolve(name);
    }

    @Test
    void houseValidationStaysAboveItsFloor() {
        SkillEvalResult r = SkillEval.run(esco, matcher, gold("skill-extraction/house_validation_annotations.csv"), GoldFormat.DECORTE);
        assertEquals(61, r.queries());
        assertTrue(r.rp5() >= HOUSE_RP5_FLOOR, "house " + r.toJson());
        assertEquals(16, r.noSkillSentences());
        assertTrue(r.f1() >= HOUSE_F1_FLOOR && r.precision() >= HOUSE_PRECISION_FLOOR, "house assertion " + r.toJson());
        assertTrue(r.assertedOnNoSkill() <= 10, "house no-skill sentences " + r.toJson());
    }

    @Test
    void techValidationStaysAboveItsFloor() {
        SkillEvalResult r = SkillEval.run(esco, matcher, gold("skill-extraction/tech_validation_annotations.csv"), GoldFormat.DECORTE);
        assertEquals(75, r.queries());
        assertTrue(r.rp5() >= TECH_RP5_FLOOR, "tech " + r.toJson());
        assertEquals(26, r.noSkillSentences());
        assertTrue(r.f1() >= TECH_F1_FLOOR && r.precision() >= TECH_PRECISION_FLOOR, "tech assertion " + r.toJson());
    }

    @Test
    void syntheticDevStaysAboveTheFusionBaseline() {
        SkillEvalResult r = SkillEval.run(esco, matcher, gold("skill-extraction-synthetic/dev.csv"), GoldFormat.SKILLSKAPE);
        assertEquals(SYNTH_QUERIES, r.queries());
        assertTrue(r.rp5() >= SYNTH_RP5_FLOOR, "synthetic " + r.toJson());
    }

    /** SkillSpan dev (a final check, never trained on): sentences with a span get a skill, the others mostly none. */
    @Test
    void skillSpanDevSentencesWithASkillGetOneAndTheOthersMostlyNone() {
        Path dev = data.resolve("vacancies/skillspan/dev.json");
        assumeTrue(Files.isRegularFile(dev), dev + " absent: skipped");
        SentenceEval.Result r = SentenceEval.run(matcher, dev);
        assertEquals(3174, r.sentences());
        assertTrue(r.recall() >= 0.73 && r.falsePositiveRate() <= 0.16, r.toJson());  // measured 0.745, 0.118 (stop 43: 0.751, 0.118)
    }

    /** Sentences of the kinds users reported, none of them in any training set. */
    @Test
    void whatATextDoesNotStateIsNotAssertedAndAListOfToolsAssertsEachOne() {
        for (String none : List.of("The hours of work are full time, 37.5 hours per week.", "RGN Nurse Nights", "   ", "")) {
            assertTrue(matcher.match(none).stream().noneMatch(SkillMatch::asserted), none + ": " + matcher.match(none));
        }
        // "own transport" is no green skill
        assertTrue(matcher.match("You must hold a full UK driving licence and have your own transport.").stream()
                .noneMatch(m -> m.asserted() && m.label().equals("adopt ways to reduce pollution")));
        // "security" is a synonym of securities and a word of 86 skills' names: it cannot pick the financial one
        assertTrue(matcher.match("Maintain data security and accuracy on our systems.").stream()
                .noneMatch(m -> m.asserted() && m.label().equals("securities")));
        // "standards of safety standards" is a label of food safety standards: without "food" it is the general thing
        // (the real ad's line: its hit is that label, withdrawn; it was asserted at 0.35 before stop 48)
        List<SkillMatch> safety = matcher.match("ENSURE COMPLIANCE WITH SAFETY AND QUALITY STANDARDS.");
        assertTrue(safety.stream().anyMatch(m -> m.label().equals("food safety standards")
                && m.evidence().matchedLabel().equals("standards of safety standards")), safety.toString());
        assertTrue(safety.stream().noneMatch(m -> m.asserted() && m.label().equals("food safety standards")), safety.toString());
        assertTrue(matcher.match("You will promote and monitor food hygiene and safety standards.").stream()
                .anyMatch(m -> m.asserted() && m.label().equals("food safety standards")));
        // a section's heading states no skill; a skill's name as a heading does
        assertTrue(matcher.match("Job responsibilities: Installation and commissioning of charging stations.").stream()
                .noneMatch(m -> m.asserted() && m.label().equals("assume responsibility")));
        assertTrue(matcher.match("Problem Solving: Perform diagnostics and troubleshoot technical issues.").stream()
                .anyMatch(m -> m.asserted() && m.label().equals("solve problems")));
        // a unit's skills do not depend on the units it is mapped with, though another one's heading was ranked alone
        String withHit = "Job responsibilities: Installation and commissioning of charging stations.";
        String sameHeading = "Job responsibilities: Maintaining the charging stations.";
        assertEquals(matcher.match(sameHeading), matcher.matchAll(List.of(withHit, sameHeading)).get(1));
        // two headings ranked alone in one call: each unit takes its own heading's verdict
        String skillHeading = "Problem Solving: Perform diagnostics and troubleshoot technical issues.";
        List<List<SkillMatch>> both = matcher.matchAll(List.of(skillHeading, withHit));
        assertEquals(matcher.match(skillHeading), both.get(0));
        assertEquals(matcher.match(withHit), both.get(1));
        // a UK ad whose line breaks became two spaces: each item is a unit, and its title line in front asserts nothing
        // ("Staff Nurse" alone gave work with nursing staff 0.22 before stop 49)
        List<SkillMatch> header = matcher.match("Staff Nurse  Workington, Cumbria  Wound dressing and medication rounds");
        assertTrue(header.stream().anyMatch(m -> m.asserted() && m.label().equals("apply wound dressings")
                && m.evidence().unit().equals("Wound dressing and medication rounds")), header.toString());
        assertTrue(header.stream().filter(SkillMatch::asserted).noneMatch(m -> m.evidence().unit().startsWith("Staff Nurse")), header.toString());
        // "SQL queries ... in R": a list of tools asserts each (R 0.54, SQL 0.49)
        List<String> sqlR = matcher.match("Learners write SQL queries and build statistical models in R.").stream()
                .filter(SkillMatch::asserted).map(SkillMatch::label).toList();
        assertTrue(sqlR.contains("SQL") && sqlR.contains("R"), sqlR.toString());
        List<String> tools = matcher.match("Experience with Chef, Puppet or Ansible for configuration management.").stream()
                .filter(SkillMatch::asserted).map(SkillMatch::label).toList();
        assertTrue(tools.contains("Ansible") && tools.stream().filter(l -> l.startsWith("Chef") || l.startsWith("Puppet")).count() == 2, tools.toString());
    }

    /**
     * A vacancy's text with its title, as `map --title` and POST /api/map read it: a hit on the job itself is not stated,
     * as the job does not count it ("Chef" the configuration tool in a chef's ad); in another job's ad it is.
     */
    @Test
    void aHitThatIsTheVacancysJobIsNotStatedGivenItsTitle() {
        OccupationMatcher occupations = new OccupationMatcher(index);
        String ad = "Chef wanted for a busy gastro pub. You will prepare fresh dishes every day.";
        java.util.function.Function<String, List<String>> stated = title -> matcher.match(ad,
                        new SkillMatcher.Job(title, occupations.best(title).uri())).stream()
                .filter(SkillMatch::asserted).map(SkillMatch::label).toList();
        String chefTool = "Chef (tools for software configuration management)";
        List<SkillMatch> alone = matcher.match(ad);
        assertTrue(alone.stream().anyMatch(m -> m.asserted() && m.label().equals(chefTool)), "the text alone: " + alone);
        assertEquals("chef", occupations.best("Chef").label());
        List<String> inAChefsAd = stated.apply("Chef"), inADevOpsAd = stated.apply("DevOps Engineer");
        assertFalse(inAChefsAd.contains(chefTool), inAChefsAd.toString());
        assertTrue(inADevOpsAd.contains(chefTool), "not the job's word: " + inADevOpsAd);
        assertNull(occupations.best("  "));
    }

    /** All 15,318 resolvable titles are read; the first 2,000 are scored to keep CI short (full run: see the CLI). */
    @Test
    void jobTitlesRankTheirOccupationBetterThanLexicalAlone() {
        OccupationMatcher hybrid = new OccupationMatcher(index);
        GoldSet all = new GoldReader(SkillEval.preferredLabels(hybrid.index()))
                .read(gold("job-titles/jobbert_v1_titles.csv"), GoldFormat.JOBBERT);
        // 15,317 titles name a v1.1.1 preferred label exactly; one more matches ignoring case
        assertEquals(15318, all.queries().size());
        assertEquals(15463, all.rows());
        GoldSet head = new GoldSet(all.queries().subList(0, 2000), 2000, 0, List.of());
        OccupationEvalResult h = OccupationEval.score(hybrid, head);
        OccupationEvalResult l = OccupationEval.score(
                new OccupationMatcher(index, OccupationMatcher.defaults().withMode(MatcherConfig.Mode.LEXICAL)), head);
        assertTrue(h.mrr() > l.mrr() + 0.03 && h.acc1() > l.acc1(), h.toJson() + " vs lexical " + l.toJson());
    }

    @Test
    void reopeningReusesTheStoredIndex() {
        try (SkillIndex again = SkillIndex.openOrBuild(esco, RealData.indexCache())) {
            assertEquals(index.skills().key(), again.skills().key());
            assertEquals(13896, again.skills().size());
            List<SkillMatch> m = new SkillMatcher(again, MatcherConfig.defaults()).match("Strong knowledge of Java and SQL.");
            assertTrue(m.stream().limit(5).anyMatch(x -> x.label().equals("Java (computer programming)")), m.toString());
        }
    }

    // measured with the defaults and the bundled re-ranker trees (trained on training data only, docs/ranking.md):
    // house 67.62, tech 78.38, synthetic dev 54.03 (RP@5; stop 36, before the whole-label candidates: 66.09, 77.71, 53.64);
    // the linear re-ranker before had 60.74, 75.16, 41.39
    static final double HOUSE_RP5_FLOOR = 64;
    // assertion (docs/assertion.md), measured with the bundled model (stop 34: joint trees over the pair features and the
    // unit model's logit, thresholds 0.20 and 0.29): house P 0.451 F1 0.395, tech P 0.419 F1 0.455; stop 37 (retrained with
    // the whole-label candidates, thresholds 0.22 and 0.26): house P 0.418 F1 0.403, tech P 0.448 F1 0.471
    // (stop 33, the product of the two models: house 0.446 / 0.388, tech 0.441 / 0.449)
    static final double HOUSE_F1_FLOOR = 0.35;
    static final double HOUSE_PRECISION_FLOOR = 0.40;
    static final double TECH_F1_FLOOR = 0.43;
    static final double TECH_PRECISION_FLOOR = 0.41;
    static final double TECH_RP5_FLOOR = 75;
    static final double SYNTH_RP5_FLOOR = 51;
    static final int SYNTH_QUERIES = 1230;
}
