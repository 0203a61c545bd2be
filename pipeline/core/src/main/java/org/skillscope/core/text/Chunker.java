package org.skillscope.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into the phrases that may each name one skill: "Strong knowledge of HTML and
 * CSS (LESS, SCSS)" → "Strong knowledge of HTML", "CSS", "LESS", "SCSS". A sentence naming several
 * skills embeds to a blur of them; its phrases embed close to each skill's label.
 */
public final class Chunker {
    private static final Pattern SPLIT = Pattern.compile(
            "[,;:()/|\\[\\]{}]|\\s[-\\u2013\\u2014]\\s|\\b(?:and|or|as well as|including|such as|with|e\\.g\\.|i\\.e\\.|etc)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private final int maxChunks;

    /** A phrase and where it stands in the sentence ({@code sentence.substring(start, end).equals(text)}). */
    public record Phrase(String text, int start, int end) {}

    public Chunker(int maxChunks) {
        this.maxChunks = maxChunks;
    }

    /**
     * Distinct phrases of at least two characters, in order, excluding the sentence itself; at most
     * maxChunks; each with its offsets in {@code sentence} (the first occurrence of a repeated phrase).
     */
    public List<Phrase> phrases(String sentence) {
        String whole = sentence.strip();
        List<Phrase> out = new ArrayList<>();
        if (maxChunks <= 0) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        Matcher m = SPLIT.matcher(sentence);
        int from = 0;
        while (out.size() < maxChunks) {
            boolean found = m.find();
            int to = found ? m.start() : sentence.length();
            add(sentence, from, to, whole, seen, out);
            if (!found) {
                break;
            }
            from = m.end();
        }
        return out;
    }

    private static void add(String sentence, int from, int to, String whole, Set<String> seen, List<Phrase> out) {
        while (from < to && Character.isWhitespace(sentence.charAt(from))) from++;
        while (to > from && Character.isWhitespace(sentence.charAt(to - 1))) to--;
        String p = sentence.substring(from, to);
        if (p.length() >= 2 && !p.equalsIgnoreCase(whole) && seen.add(p)) {
            out.add(new Phrase(p, from, to));
        }
    }
}
