package org.skillscope.core.demand;

/**
 * A skill's change in demand between two windows of dated vacancies, with the counts it rests on:
 * {@code earlierCount} of {@code earlierVacancies} dated ads of the scope in {@code earlierPeriod} asked for
 * it, {@code laterCount} of {@code laterVacancies} in {@code laterPeriod}. {@code rate} is the relative change
 * of that share (0.25 = +25 %), null when no earlier ad asked for it (a ratio to nothing).
 * {@code clear} says whether the change is statistically clear: the 95 % interval of the difference of
 * the two shares (Newcombe's hybrid score interval) excludes 0 (docs/scoring.md).
 */
public record Growth(Double rate, long earlierVacancies, long laterVacancies, String earlierPeriod, String laterPeriod,
                     long earlierCount, long laterCount, boolean clear) {
    /** 1.96: the two-sided 95 % normal quantile. */
    static final double Z = 1.959963984540054;

    public static Growth of(GrowthWindows w, long earlierVacancies, long laterVacancies, long earlierCount, long laterCount) {
        double p1 = (double) earlierCount / earlierVacancies, p2 = (double) laterCount / laterVacancies;
        Double rate = earlierCount == 0 ? null : p2 / p1 - 1;
        double[] ci = differenceInterval(earlierCount, earlierVacancies, laterCount, laterVacancies);
        return new Growth(rate, earlierVacancies, laterVacancies, w.earlierPeriod(), w.laterPeriod(), earlierCount, laterCount,
                ci[0] > 0 || ci[1] < 0);
    }

    /** A clear rise of at least {@code minRate} (0.2 = +20 %), or a clear rise from no earlier demand. */
    public boolean growing(double minRate) {
        return clear && laterCount * earlierVacancies > earlierCount * laterVacancies && (rate == null || rate >= minRate);
    }

    /**
     * 95 % interval of p2 - p1 (Newcombe 1998, method 10: from each share's Wilson score interval), which
     * keeps its coverage for small counts and shares near 0, where the Wald interval does not.
     */
    static double[] differenceInterval(long k1, long n1, long k2, long n2) {
        double p1 = (double) k1 / n1, p2 = (double) k2 / n2;
        double[] w1 = wilson(k1, n1), w2 = wilson(k2, n2);
        double d = p2 - p1;
        double low = d - Math.sqrt(sq(p2 - w2[0]) + sq(w1[1] - p1));
        double high = d + Math.sqrt(sq(w2[1] - p2) + sq(p1 - w1[0]));
        return new double[] {low, high};
    }

    /** Wilson score interval of k successes in n trials. */
    static double[] wilson(long k, long n) {
        double p = (double) k / n, z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {centre - half, centre + half};
    }

    private static double sq(double x) {
        return x * x;
    }
}
