package org.skillscope.core.score;

/**
 * A skill a credential asserts (above the matcher's threshold, or declared by the source), with the
 * matcher's confidence in (0, 1] and the outcome text that evidences it.
 */
public record TaughtSkill(String skillUri, String label, double confidence, String evidence) {
    public TaughtSkill {
        if (!(confidence > 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in (0,1]: " + confidence);
    }
}
