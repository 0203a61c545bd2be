package org.skillscope.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    public Chunker(int maxChunks) {
        this.maxChunks = maxChunks;
    }

    /** Distinct phrases of at least two characters, in order, excluding the sentence itself; at most maxChunks. */
    public List<String> chunks(String sentence) {
        String whole = sentence.strip();
        Set<String> out = new LinkedHashSet<>();
        for (String part : SPLIT.split(whole)) {
            String p = part.strip();
            if (p.length() >= 2 && !p.equalsIgnoreCase(whole)) {
                out.add(p);
                if (out.size() == maxChunks) {
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }
}
