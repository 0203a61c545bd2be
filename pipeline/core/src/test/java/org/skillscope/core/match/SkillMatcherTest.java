package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.TestEsco;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.datasets.esco.Esco;

/** Matching on a 12-skill hand-built ESCO; the model and index load once for the class. */
class SkillMatcherTest {
    @TempDir
    static Path cache;
    private static Esco esco;
    private static SkillIndex index;
    private static SkillMatcher matcher;

    @BeforeAll
    static void build() {
        esco = TestEsco.small();
        index = SkillIndex.openOrBuild(esco, cache);
        matcher = new SkillMatcher(index, MatcherConfig.defaults().withTopK(5));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /**
     * With a vacancy's job, a hit that is the job itself is not stated (DocumentSense.isTheJob, as the Spark job drops the row):
     * "Java" in a Java developer's ad, the occupation named "Java developer" and not needing the skill; other units and
     * other jobs are read as without one.
     */
    @Test
    void aHitThatIsTheVacancysJobIsNotStated() {
        // each unit asserts its likeliest skill, so the test reads the job's check, not the tiny ESCO's probabilities
        SkillMatcher likeliest = new SkillMatcher(index, MatcherConfig.defaults(), TreeReranker.bundled(),
                AssertionModel.bundled().withThresholds(1e-6f, 1.01f));
        String ad = "Good knowledge of Java. Strong SQL skills.";
        java.util.function.Function<SkillMatcher.Job, List<String>> stated = job -> likeliest.match(ad, job).stream()
                .filter(SkillMatch::asserted).map(SkillMatch::uri).toList();
        List<String> alone = stated.apply(null);
        assertTrue(alone.contains(TestEsco.JAVA) && alone.contains(TestEsco.SQL), alone.toString());
        List<String> javaDeveloper = stated.apply(new SkillMatcher.Job("Java Developer", TestEsco.DEVELOPER));
        assertFalse(javaDeveloper.contains(TestEsco.JAVA), javaDeveloper.toString());
        assertTrue(javaDeveloper.contains(TestEsco.SQL), javaDeveloper.toString());
        assertTrue(likeliest.match(ad, new SkillMatcher.Job("Java Developer", TestEsco.DEVELOPER)).stream()
                .filter(m -> m.uri().equals(TestEsco.JAVA)).allMatch(m -> m.confidence() == 0f), "counted as no hit");
        assertEquals(alone, stated.apply(new SkillMatcher.Job("Software Developer", TestEsco.DEVELOPER)), "the word is not in the title");
        assertEquals(alone, stated.apply(new SkillMatcher.Job("Java Developer", null)), "no occupation");
        assertEquals(alone, stated.apply(SkillMatcher.Job.of(null, null)), "no title, no job");
        assertThrows(IllegalArgumentException.class, () -> likeliest.matchAll(List.of(ad), List.of()));
    }

    /**
     * A unit's skills are the same alone and among other units, whatever headings they open with: a heading whose words
     * carry an asserted hit is ranked alone, and only that unit takes its verdict.
     */
    @Test
    void aUnitOpeningWithAHeadingGetsTheSameSkillsAloneAndAmongOthers() {
        List<String> units = List.of("Customer service: Java and SQL.", "Customer service: assisting residents with cooking.",
                "Customer service skills: serving customers at the counter.", "Teamwork: welding of steel frames.",
                "Java: writing SQL queries.", "Driving: preparing meals for residents.");
        List<List<SkillMatch>> together = matcher.matchAll(units);
        for (int i = 0; i < units.size(); i++) assertEquals(matcher.match(units.get(i)), together.get(i), units.get(i));
    }

    /**
     * A skill label the text holds whole is a lexical candidate, with the BM25 score a deeper search gives it, even past
     * the labels BM25 returns ("communication" under "a passion for nursing and good communication skills").
     */
    @Test
    void aLabelTheTextHoldsWholeIsACandidatePastTheTopLabels() {
        var skills = index.skills();
        Map<String, Integer> ord = new java.util.HashMap<>();
        for (int c = 0; c < skills.size(); c++) ord.put(skills.concept(c).uri(), c);
        String text = "Java programming with SQL and teamwork in nursing care";
        List<String> terms = skills.terms(text);
        int n = skills.size();
        float[] top1 = new float[n], deep = new float[n];
        java.util.Set<Integer> first = java.util.Arrays.stream(skills.lexicalTerms(terms, 1, 0, top1, new int[n], new float[n], null))
                .boxed().collect(Collectors.toSet());
        java.util.Set<Integer> all = java.util.Arrays.stream(skills.lexicalTerms(terms, 1000, 0, deep, new int[n], new float[n], null))
                .boxed().collect(Collectors.toSet());
        for (String whole : List.of(TestEsco.JAVA, TestEsco.SQL, TestEsco.TEAMWORK)) {
            int c = ord.get(whole);
            assertTrue(first.contains(c), whole);
            assertEquals(deep[c], top1[c], 0f, whole + ": the score the search gives it");
        }
        // "provide nursing care", "deliver nursing care": the text holds neither whole; BM25's best label alone takes it in
        assertTrue(all.contains(ord.get(TestEsco.NURSE_CARE)));
        assertTrue(first.size() <= 4, "the three whole labels' skills and the best label's: " + first.size());
        // a label hidden from the search (training on ESCO's own labels) is not taken back in whole
        int sqlLabel = skills.firstLabel(ord.get(TestEsco.SQL));
        java.util.Set<Integer> hidden = java.util.Arrays.stream(skills.lexicalTerms(terms, 1, 0, new float[n], new int[n], new float[n],
                l -> l == sqlLabel)).boxed().collect(Collectors.toSet());
        assertFalse(hidden.contains(ord.get(TestEsco.SQL)));
    }

    /** On two cores each unit is embedded in a task of its own (one core per pass); alone, units run in turn: same results. */
    @Test
    void unitsRankedSideBySideOnTwoCoresRankAsInTurnOnOne() {
        List<String> units = List.of("Several years of experience programming in Java.", "Provide nursing care to patients",
                "Java and SQL", "You will plan budgets and report to the board.", "Provide nursing care to patients");
        try (SkillIndex two = SkillIndex.openOrBuild(esco, cache, 2); SkillIndex one = SkillIndex.openOrBuild(esco, cache, 1)) {
            List<List<SkillMatch>> side = new SkillMatcher(two, MatcherConfig.defaults()).matchAll(units);
            List<List<SkillMatch>> turn = new SkillMatcher(one, MatcherConfig.defaults()).matchAll(units);
            assertEquals(turn, side);
            assertFalse(side.get(0).isEmpty());
        }
    }

    /**
     * The engine builds feature rows only for the candidates the re-ranker reads; a full ranking (evaluation) returns
     * more, and the assertion model reads each returned one's row: they must get the confidences a top-k ranking gives.
     */
    @Test
    void aFullRankingReturningMoreCandidatesThanTheRerankerReadsGivesTheTopKTheirConfidences() {
        List<String> lines = new java.util.ArrayList<>();
        for (String l : BundledResource.lines(TreeReranker.RESOURCE)) lines.add(l.startsWith("candidates\t") ? "candidates\t2" : l);
        SkillMatcher narrow = new SkillMatcher(index, MatcherConfig.defaults(), TreeReranker.parse(lines));
        List<String> units = List.of("Several years of experience programming in Java and SQL.", "Provide nursing care to patients");
        // k of at least the coherence's peers: the assertion features of a returned candidate depend on no more than them
        int k = RankingEngine.COHERENCE_PEERS + 2;
        List<UnitRanking> all = narrow.rankAllUnits(units), top = narrow.rankUnits(units, k);
        for (int u = 0; u < units.size(); u++) {
            assertEquals(index.skills().size(), all.get(u).size());
            assertTrue(top.get(u).size() > 2, "more candidates returned than the re-ranker reads");
            for (int r = 0; r < top.get(u).size(); r++) {
                assertEquals(top.get(u).concepts()[r], all.get(u).concepts()[r], units.get(u) + " rank " + r);
                assertEquals(top.get(u).confidence()[r], all.get(u).confidence()[r], 0f, units.get(u) + " rank " + r);
            }
        }
    }

    @Test
    void aSentenceNamingASkillRanksItFirstWithItsEvidence() {
        List<SkillMatch> m = matcher.match("Several years of experience programming in Java.");
        assertEquals(TestEsco.JAVA, m.get(0).uri());
        assertEquals("Java (computer programming)", m.get(0).label());
        assertEquals("Several years of experience programming in Java.", m.get(0).evidence().unit());
        assertTrue(m.get(0).evidence().matchedLabel().toLowerCase().contains("java"), m.get(0).evidence().toString());
        assertEquals(5, m.size());
        for (int i = 1; i < m.size(); i++) {
            SkillMatch a = m.get(i - 1), b = m.get(i);
            assertTrue(a.confidence() > b.confidence() || (a.confidence() == b.confidence() && a.score() >= b.score()),
                    "the likeliest stated first, then by score: " + m);
        }
        assertTrue(m.stream().allMatch(x -> x.score() >= 0 && x.score() <= 1), "scores in [0, 1]: " + m);
        assertTrue(m.stream().allMatch(x -> x.confidence() >= 0 && x.confidence() <= 1), "confidences are probabilities: " + m);
    }

    @Test
    void aVacancyGivesEachSkillTheUnitItCameFromAndIgnoresBoilerplate() {
        String ad = "Acme is a leading provider of hospital services.\n- Provide nursing care to patients\n"
                + "- Good teamwork\nWe offer a competitive salary.";
        List<SkillMatch> m = matcher.match(ad);
        SkillMatch care = m.stream().filter(x -> x.uri().equals(TestEsco.NURSE_CARE)).findFirst().orElseThrow();
        SkillMatch team = m.stream().filter(x -> x.uri().equals(TestEsco.TEAMWORK)).findFirst().orElseThrow();
        assertEquals("Provide nursing care to patients", care.evidence().unit());
        assertEquals("Good teamwork", team.evidence().unit());
        assertTrue(m.stream().noneMatch(x -> x.evidence().unit().contains("salary") || x.evidence().unit().contains("Acme")));
        assertTrue(care.asserted(), "an exact label in the text is asserted: " + care);
    }

    @Test
    void aSkillIsAssertedExactlyWhenItsProbabilityReachesTheThresholdWithNoCapPerUnit() {
        AssertionModel bundled = AssertionModel.bundled();
        String text = "Provide nursing care to patients\n- Several years of experience programming in Java.";
        // threshold 0: every ranked candidate of every unit is asserted (no per-unit cap); above 1: none
        List<SkillMatch> all = new SkillMatcher(index, MatcherConfig.defaults(), TreeReranker.bundled(), bundled.withThreshold(0f)).match(text);
        assertTrue(all.size() > 3 && all.stream().allMatch(SkillMatch::asserted), all.toString());
        List<SkillMatch> none = new SkillMatcher(index, MatcherConfig.defaults(), TreeReranker.bundled(), bundled.withThreshold(1.01f)).match(text);
        assertTrue(none.stream().noneMatch(SkillMatch::asserted), none.toString());
        // the bundled thresholds: a unit's likeliest skill from the threshold, its others from the further threshold
        assertTrue(matcher.furtherThreshold() >= matcher.threshold());
        for (SkillMatch m : matcher.match(text)) {
            boolean likeliest = matcher.match(m.evidence().unit()).get(0).uri().equals(m.uri());
            assertEquals(m.confidence() >= (likeliest ? matcher.threshold() : matcher.furtherThreshold()), m.asserted(), m.toString());
        }
        assertEquals(all.stream().map(SkillMatch::confidence).sorted().toList(), none.stream().map(SkillMatch::confidence).sorted().toList());
    }

    @Test
    void assertedSkillsComeFirstAndAreTheEvidenceOfASkillFoundInSeveralUnits() {
        SkillMatch likeliestOfItsUnit = new SkillMatch("a", "a", 0.5, 0.22, new Evidence("unit 1", "a"), true);
        SkillMatch secondOfItsUnit = new SkillMatch("b", "b", 0.9, 0.30, new Evidence("unit 2", "b"), false);
        SkillMatch sure = new SkillMatch("c", "c", 0.4, 0.90, new Evidence("unit 2", "c"), true);
        List<SkillMatch> sorted = new java.util.ArrayList<>(List.of(secondOfItsUnit, likeliestOfItsUnit, sure));
        sorted.sort(SkillMatcher.ORDER);
        assertEquals(List.of("c", "a", "b"), sorted.stream().map(SkillMatch::uri).toList());
        // one skill in two units: the unit that asserts it is its evidence, though the other gives it more
        SkillMatch assertedHere = new SkillMatch("d", "d", 0.5, 0.25, new Evidence("unit 1", "d"), true);
        SkillMatch notThere = new SkillMatch("d", "d", 0.8, 0.31, new Evidence("unit 2", "d"), false);
        assertTrue(SkillMatcher.ORDER.compare(assertedHere, notThere) < 0);
        SkillMatch sameButHigherScore = new SkillMatch("d", "d", 0.9, 0.25, new Evidence("unit 3", "d"), true);
        assertTrue(SkillMatcher.ORDER.compare(sameButHigherScore, assertedHere) < 0, "equal confidence: the higher ranking score");
    }

    @Test
    void aUnitsLikeliestSkillIsAssertedFromTheThresholdItsOthersFromTheFurtherThreshold() {
        String text = "Provide nursing care to patients\n- Several years of experience programming in Java.";
        // likeliest from 0, the others never: exactly one skill per unit, and it is that unit's likeliest
        List<SkillMatch> one = new SkillMatcher(index, MatcherConfig.defaults(), TreeReranker.bundled(),
                AssertionModel.bundled().withThresholds(0f, 1.01f)).match(text);
        List<SkillMatch> asserted = one.stream().filter(SkillMatch::asserted).toList();
        assertEquals(2, asserted.size(), one.toString());
        for (SkillMatch m : asserted) {
            List<SkillMatch> alone = matcher.match(m.evidence().unit());
            assertEquals(alone.get(0).uri(), m.uri(), "the likeliest of " + m.evidence().unit() + ": " + alone);
        }
        assertThrows(IllegalArgumentException.class, () -> AssertionModel.bundled().withThresholds(0.5f, 0.4f));
    }

    @Test
    void aHomonymWithdrawnFromItsUnitDoesNotHandItsPlaceToTheNextCandidate() {
        // "Java developer" names a job here (a label of the test ESCO's software developer): the word is not the skill
        SkillMatcher likeliestOnly = new SkillMatcher(index, MatcherConfig.defaults(), TreeReranker.bundled(),
                AssertionModel.bundled().withThresholds(1e-6f, 1.01f));
        List<SkillMatch> job = likeliestOnly.match("Java developer wanted.");
        SkillMatch java = job.stream().filter(m -> m.uri().equals(TestEsco.JAVA)).findFirst().orElseThrow(() -> new AssertionError(job.toString()));
        assertEquals(0f, java.confidence(), job.toString());
        // Java was the unit's likeliest: the others still need the further threshold (1.01 here), so none is asserted
        assertTrue(job.stream().noneMatch(SkillMatch::asserted), job.toString());
        List<SkillMatch> skill = likeliestOnly.match("Several years of experience programming in Java.");
        assertTrue(skill.stream().anyMatch(m -> m.uri().equals(TestEsco.JAVA) && m.asserted()), skill.toString());
    }

    @Test
    void batchResultsEqualSingleResultsInInputOrder() {
        List<String> texts = List.of("SQL databases", "cooking for guests", "SQL databases");
        List<List<SkillMatch>> batch = matcher.matchAll(texts);
        assertEquals(3, batch.size());
        assertEquals(TestEsco.SQL, batch.get(0).get(0).uri());
        assertEquals(batch.get(0), batch.get(2));
        // alone, a text is embedded in another batch (the quantized model scales each batch as a whole):
        // the same best skill and every score equal to rounding, so only near-ties may swap or cross the cut-off
        List<SkillMatch> alone = matcher.match("cooking for guests");
        List<SkillMatch> batched = batch.get(1);
        assertEquals(alone.get(0).uri(), batched.get(0).uri());
        assertSameScoresToRounding(alone, batched);
        assertSameScoresToRounding(batched, alone);
    }

    /** Every skill of {@code a} has its score in {@code b}, or, missing from {@code b}, scores no more than b's last. */
    private static void assertSameScoresToRounding(List<SkillMatch> a, List<SkillMatch> b) {
        Map<String, Double> inB = b.stream().collect(Collectors.toMap(SkillMatch::uri, SkillMatch::score));
        double cutOff = b.get(b.size() - 1).score();
        for (SkillMatch m : a) {
            Double other = inB.get(m.uri());
            if (other != null) assertEquals(m.score(), other, 0.02, m.uri());
            else assertTrue(m.score() <= cutOff + 0.02, m.uri() + " scores " + m.score() + " but is not in " + b);
        }
    }

    @Test
    void lexicalModeWorksWithoutDenseSignals() {
        SkillMatcher lexical = new SkillMatcher(index, MatcherConfig.defaults().withMode(MatcherConfig.Mode.LEXICAL));
        List<SkillMatch> m = lexical.match("structured query language");
        assertEquals(TestEsco.SQL, m.get(0).uri());
        assertEquals("structured query language", m.get(0).evidence().matchedLabel());
        assertTrue(lexical.match("zzzz qqqq").isEmpty(), "no term matches, no dense: nothing");
    }

    @Test
    void aMatcherScoresACallTheSameWhateverItRankedBefore() {
        List<String> batch = List.of("Develop Java services and write SQL queries.", "Provide nursing care to patients.",
                "Maintain web applications in Java.", "Administer medication on a busy ward.", "Design relational databases.");
        SkillMatcher fresh = new SkillMatcher(index);
        List<List<SkillMatch>> alone = fresh.matchAll(batch);
        SkillMatcher used = new SkillMatcher(index);
        // a ranking cache kept this unit's ranking and pulled it out of the batch, which changed the others' scores
        used.matchAll(List.of(batch.get(1), "Cook meals for residents."));
        assertEquals(alone, used.matchAll(batch));
    }

    @Test
    void occupationsRankByTitle() {
        OccupationMatcher om = new OccupationMatcher(index);
        assertEquals(TestEsco.DEVELOPER, om.match("Senior Java Developer").get(0).uri());
        assertEquals(TestEsco.NURSE, om.match("Registered Nurse - night shifts").get(0).uri());
    }

    @Test
    void theIndexIsStoredOnceAndReloadedFromTheCache() throws Exception {
        List<Path> before;
        try (Stream<Path> s = Files.list(cache)) {
            before = s.sorted().toList();
        }
        assertEquals(2, before.size(), "skills and occupations folders: " + before);
        long stamp = Files.getLastModifiedTime(before.get(0).resolve("COMPLETE")).toMillis();
        try (SkillIndex again = SkillIndex.openOrBuild(esco, cache)) {
            assertEquals(index.skills().key(), again.skills().key());
            assertEquals(matcher.match("Java"), new SkillMatcher(again, matcher.config()).match("Java"));
        }
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(before, s.sorted().toList());
        }
        assertEquals(stamp, Files.getLastModifiedTime(before.get(0).resolve("COMPLETE")).toMillis());
        assertFalse(index.skills().key().isEmpty());
    }
}
