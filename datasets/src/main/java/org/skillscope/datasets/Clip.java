package org.skillscope.datasets;

/**
 * The one way to cut text short: for messages (so a 10 MB field never ends up in a log line) and
 * for stored copies with a size limit.
 */
public final class Clip {
    private Clip() {}

    /** {@code s} when it has at most {@code max} chars, else its first {@code max - 1} and "…" ({@code max} in all); null stays null. */
    public static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** {@code s} when it has at most {@code keep} chars, else its first {@code keep}, "…" and its length, e.g. {@code "abc…(70 chars)"}; null reads "null". */
    public static String counted(String s, int keep) {
        if (s == null) return "null";
        return s.length() <= keep ? s : s.substring(0, keep) + "…(" + s.length() + " chars)";
    }
}
