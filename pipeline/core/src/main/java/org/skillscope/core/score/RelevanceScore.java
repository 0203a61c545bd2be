package org.skillscope.core.score;

import java.util.List;

/** Labour-market relevance, 0-100, with its per-skill breakdown (largest contribution first). */
public record RelevanceScore(double score, List<SkillContribution> breakdown) {
    public RelevanceScore {
        breakdown = List.copyOf(breakdown);
    }
}
