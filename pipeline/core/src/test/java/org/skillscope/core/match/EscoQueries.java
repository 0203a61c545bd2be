package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoSkill;
import org.skillscope.datasets.esco.OccupationSkillRelation;

/**
 * Re-ranker supervision from ESCO itself: job-ad-like sentences that name one or two skills by one of
 * their alternative labels, with those labels hidden from the match (else the label finds itself).
 * Skills are drawn among those some occupation needs, from a fixed seed, so the set is reproducible.
 */
record EscoQueries(List<Query> queries) {
    /** {@code hidden} = label ordinals the match must not see; {@code gold} = concept ordinals. */
    record Query(String text, Set<Integer> gold, Set<Integer> hidden) {}

    private static final String[] ONE = {"%s.", "You should be %s.", "We need someone %s.", "The role asks you to be %s."};

    static EscoQueries of(Esco esco, ConceptIndex skills, int n, long seed) {
        Set<String> needed = new HashSet<>();
        for (OccupationSkillRelation r : esco.occupationSkillRelations()) {
            needed.add(r.skillUri());
        }
        List<Integer> pool = new ArrayList<>();
        for (int c = 0; c < skills.size(); c++) {
            if (needed.contains(skills.concept(c).uri()) && altLabels(skills, c).size() > 0) {
                pool.add(c);
            }
        }
        Random rnd = new Random(seed);
        List<Query> out = new ArrayList<>(n);
        while (out.size() < n && !pool.isEmpty()) {
            int count = rnd.nextInt(5) < 3 ? 1 : 2;
            Set<Integer> gold = new HashSet<>();
            Set<Integer> hidden = new HashSet<>();
            List<String> clauses = new ArrayList<>();
            String firstLabel = null;
            for (int j = 0; j < count; j++) {
                int c = pool.get(rnd.nextInt(pool.size()));
                if (!gold.add(c)) {
                    continue;
                }
                List<Integer> alts = altLabels(skills, c);
                int l = alts.get(rnd.nextInt(alts.size()));
                firstLabel = firstLabel == null ? skills.label(l) : firstLabel;
                for (int m = skills.firstLabel(c); m < skills.endLabel(c); m++) {
                    if (skills.label(m).equalsIgnoreCase(skills.label(l))) {
                        hidden.add(m);
                    }
                }
                clauses.add((isKnowledge(esco, skills.concept(c)) ? "familiar with " : "able to ") + skills.label(l));
            }
            String text = clauses.size() == 1
                    ? (rnd.nextInt(4) == 0 ? firstLabel : String.format(ONE[rnd.nextInt(ONE.length)], clauses.get(0)))
                    : "You should be " + clauses.get(0) + " and " + clauses.get(1) + ".";
            out.add(new Query(text, Set.copyOf(gold), Set.copyOf(hidden)));
        }
        return new EscoQueries(List.copyOf(out));
    }

    private static List<Integer> altLabels(ConceptIndex skills, int c) {
        List<Integer> out = new ArrayList<>();
        for (int l = skills.firstLabel(c); l < skills.endLabel(c); l++) {
            if (skills.labelKind(l) == Concept.LabelKind.ALTERNATIVE) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean isKnowledge(Esco esco, Concept c) {
        EscoSkill s = esco.skills().get(c.uri());
        return s != null && s.skillType().equals("knowledge");
    }
}
