package org.skillscope.core.gap;

/**
 * What counts as a gap (docs/scoring.md).
 *
 * @param minVacancies   a skill needs at least this many ads in scope to count as demand at all
 * @param topDemand      skills among the top N of the scope by weighted demand are "high demand"
 * @param minGrowth      ...or skills whose demand grows at least this much (0.2 = +20 %)
 * @param maxBundleSize  largest skill bundle proposed
 * @param minCoOccurrence a skill joins a bundle only if it co-occurs with every member at least this often
 * @param minConditional ...and P(member | skill) >= this for every member
 */
public record GapParams(long minVacancies, int topDemand, double minGrowth,
                        int maxBundleSize, long minCoOccurrence, double minConditional) {
    public static final GapParams DEFAULTS = new GapParams(3, 200, 0.2, 5, 2, 0.15);
}
