package org.skillscope.datasets.credential.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a Python list-of-strings literal as written by {@code str(list)} in catalogue exports and
 * gold sets, e.g. {@code ['Use SQL', "Apply Python's pandas", 'a\'b']}, with Python's escapes
 * {@code \n \t \r}; any other escaped character stands for itself (so a hex escape such as
 * {@code \xa0} reads as "xa0", as it always has: decoding it would change the real Coursera outcomes). Empty result for
 * {@code []} or blank text; empty Optional when the text is not such a literal. The one parser of
 * these lists: the credential loaders and the evaluation's gold reader both use it.
 */
public final class PythonList {
    private PythonList() {}

    public static Optional<List<String>> parse(String text) {
        if (text == null) return Optional.of(List.of());
        String s = text.strip();
        if (s.isEmpty()) return Optional.of(List.of());
        if (!s.startsWith("[") || !s.endsWith("]")) return Optional.empty();
        List<String> out = new ArrayList<>();
        int i = 1;
        int end = s.length() - 1;
        while (true) {
            while (i < end && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) i++;
            if (i >= end) return Optional.of(out);
            char q = s.charAt(i);
            if (q != '\'' && q != '"') return Optional.empty();
            StringBuilder sb = new StringBuilder();
            i++;
            boolean closed = false;
            while (i < end) {
                char c = s.charAt(i++);
                if (c == '\\' && i < end) {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        default -> sb.append(e);
                    }
                } else if (c == q) {
                    closed = true;
                    break;
                } else {
                    sb.append(c);
                }
            }
            if (!closed) return Optional.empty();
            out.add(sb.toString());
        }
    }
}
