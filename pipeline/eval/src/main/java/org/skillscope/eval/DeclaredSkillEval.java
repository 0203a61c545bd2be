package org.skillscope.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.LearningOutcome;

/**
 * How often the ESCO skills a credential's source declares for a learning outcome (ELM
 * relatedESCOSkill, Open Badges alignments) are among our top {@code k} for that outcome's text:
 * gold that issuers wrote themselves. Declared URIs that are not skills of this ESCO are not counted.
 */
public final class DeclaredSkillEval {
    private DeclaredSkillEval() {}

    public static DeclaredSkillResult run(SkillMatcher matcher, List<Credential> credentials, int k) {
        ConceptIndex skills = matcher.index();
        Set<String> known = new HashSet<>();
        for (int c = 0; c < skills.size(); c++) {
            known.add(skills.concept(c).uri());
        }
        List<String> texts = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        Set<String> withGold = new HashSet<>();
        for (Credential cr : credentials) {
            for (LearningOutcome o : cr.learningOutcomes()) {
                Set<String> g = new HashSet<>(o.declaredEscoSkills());
                g.retainAll(known);
                if (!g.isEmpty() && o.text() != null && !o.text().isBlank()) {
                    texts.add(o.text());
                    gold.add(g);
                    withGold.add(cr.id());
                }
            }
        }
        List<List<SkillMatch>> ranked = matcher.matchAll(texts);
        int declared = 0;
        int found = 0;
        for (int i = 0; i < texts.size(); i++) {
            Set<String> top = new HashSet<>();
            ranked.get(i).stream().limit(k).forEach(m -> top.add(m.uri()));
            declared += gold.get(i).size();
            found += (int) gold.get(i).stream().filter(top::contains).count();
        }
        return new DeclaredSkillResult(withGold.size(), texts.size(), declared, found, k);
    }
}
