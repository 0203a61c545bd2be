package org.skillscope.datasets.credential.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a Python list-of-strings literal as written by {@code str(list)} in catalogue exports and
 * gold sets, e.g. {@code ['Use SQL', "Apply Python's pandas", 'a\'b', 'caf\xe9']}, decoding Python's
 * string escapes: <code>\xNN &#92;uNNNN \UNNNNNNNN \N{name}</code>, octal {@code \ooo},
 * {@code \n \t \r \a \b \f \v \\ \' \"} and backslash-newline (a line continuation). As in Python,
 * an unknown escape such as {@code \d} keeps its backslash. {@code \xa0} becomes U+00A0, a no-break
 * space: the loaders strip it at the ends like any blank ({@link Texts#stripBullet}). Empty result for
 * {@code []} or blank text; empty Optional when the text is not such a literal (including a
 * truncated <code>\x</code> or <code>&#92;u</code> escape, which Python rejects). The one parser of these lists: the
 * credential loaders and the evaluation's gold reader both use it.
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
                    i = escape(s, i, end, sb);
                    if (i < 0) return Optional.empty();
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

    /** Decodes the escape whose letter is at {@code i} into {@code sb}; the index after it, or -1 if malformed. */
    private static int escape(String s, int i, int end, StringBuilder sb) {
        char e = s.charAt(i++);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\u000B');
            case '\\', '\'', '"' -> sb.append(e);
            case '\n' -> { } // backslash-newline continues the line
            case 'x' -> { return hex(s, i, end, 2, sb); }
            case 'u' -> { return hex(s, i, end, 4, sb); }
            case 'U' -> { return hex(s, i, end, 8, sb); }
            case 'N' -> {
                int close = s.indexOf('}', i);
                if (i >= end || s.charAt(i) != '{' || close < 0 || close >= end) return -1;
                try {
                    sb.appendCodePoint(Character.codePointOf(s.substring(i + 1, close)));
                } catch (IllegalArgumentException unknownName) {
                    return -1;
                }
                return close + 1;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < end && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) v = v * 8 + s.charAt(i++) - '0';
                    sb.appendCodePoint(v);
                } else {
                    sb.append('\\').append(e); // Python keeps an unknown escape as written
                }
            }
        }
        return i;
    }

    private static int hex(String s, int i, int end, int digits, StringBuilder sb) {
        if (i + digits > end) return -1;
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        if (!Character.isValidCodePoint(v)) return -1;
        sb.appendCodePoint(v);
        return i + digits;
    }
}
