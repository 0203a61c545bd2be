package org.skillscope.core.score;

/**
 * How informative a skill is when a vacancy asks for it, from ESCO's reuse level: "communication"
 * (transversal) is in most ads and says little; an occupation-specific skill says a lot. A credential
 * must not score high just by listing generic skills.
 */
public final class Specificity {
    private Specificity() {}

    public static double of(String reuseLevel) {
        if (reuseLevel == null) return UNKNOWN;
        return switch (reuseLevel) {
            case "transversal" -> 0.2;
            case "cross-sector" -> 0.5;
            case "sector-specific" -> 0.8;
            case "occupation-specific" -> 1.0;
            default -> UNKNOWN;
        };
    }

    /** ESCO leaves reuse level empty for some knowledge concepts: treat them as sector-level. */
    public static final double UNKNOWN = 0.7;
}
