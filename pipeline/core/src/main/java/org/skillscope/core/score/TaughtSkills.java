package org.skillscope.core.score;

import org.skillscope.core.esco.EscoGraph;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.LearningOutcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one credential teaches, gathered from its outcomes: an asserted skill at its best confidence with the
 * unit and label that evidence it; a skill the source declares (ELM relatedESCOSkill, Open Badges alignment)
 * at confidence 1, which no assertion replaces. The job and the API gather a credential's skills with it.
 */
public final class TaughtSkills {
    /** The evidence label of a declared skill. */
    public static final String DECLARED = "declared by the credential";

    /** One taught skill with its evidence: the outcome unit, and the label matched in it (or {@link #DECLARED}). */
    public record Entry(String skillUri, String label, double confidence, boolean declared, String evidence, String evidenceLabel) {
        TaughtSkill skill() {
            return new TaughtSkill(skillUri, label, confidence, evidence);
        }
    }

    private final Map<String, Entry> byUri = new TreeMap<>();

    /** An asserted skill; kept when it beats what is there (a declared skill is never replaced). */
    public TaughtSkills asserted(String skillUri, String label, double confidence, String unit, String matchedLabel) {
        double c = Math.max(1e-6, Math.min(1.0, confidence)); // TaughtSkill's range
        Entry prev = byUri.get(skillUri);
        // ties go to the first unit in text order, whatever order the units arrive in
        if (prev == null || !prev.declared() && (c > prev.confidence() || c == prev.confidence() && unit.compareTo(prev.evidence()) < 0)) {
            byUri.put(skillUri, new Entry(skillUri, label, c, false, unit, matchedLabel));
        }
        return this;
    }

    /**
     * The skills a credential's source declares for its outcomes (ELM relatedESCOSkill, Open Badges alignment),
     * in outcome order: the job and the API take them from here. An occupation or unknown URI is not a taught skill.
     */
    public static List<Entry> declaredBy(Credential c, EscoGraph graph) {
        List<Entry> out = new ArrayList<>();
        for (LearningOutcome o : c.learningOutcomes()) {
            for (String uri : o.declaredEscoSkills()) {
                if (graph.isSkill(uri)) out.add(new Entry(uri, graph.skillLabel(uri), 1.0, true, o.text(), DECLARED));
            }
        }
        return out;
    }

    /** A declared skill ({@link #declaredBy}); no assertion replaces it. */
    public TaughtSkills declared(Entry declared) {
        byUri.put(declared.skillUri(), declared);
        return this;
    }

    /** A skill the credential declares for an outcome. */
    public TaughtSkills declared(String skillUri, String label, String outcome) {
        byUri.put(skillUri, new Entry(skillUri, label, 1.0, true, outcome, DECLARED));
        return this;
    }

    /** By skill URI, in URI order. */
    public Map<String, Entry> entries() {
        return Collections.unmodifiableMap(byUri);
    }

    public List<TaughtSkill> skills() {
        return byUri.values().stream().map(Entry::skill).toList();
    }
}
