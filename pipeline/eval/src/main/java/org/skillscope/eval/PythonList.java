package org.skillscope.eval;

import java.util.ArrayList;
import java.util.List;
import org.skillscope.core.CoreException;

/** Parses a Python list-of-strings literal such as {@code ['C#', "manager's skills", 'a\'b']}. */
final class PythonList {
    private PythonList() {}

    static List<String> parse(String s, String where) {
        String t = s.strip();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new CoreException(where + ": expected a list like ['a', 'b'], got: " + abbreviate(t));
        }
        List<String> out = new ArrayList<>();
        int i = 1;
        int end = t.length() - 1;
        while (i < end) {
            char c = t.charAt(i);
            if (c == ' ' || c == ',') {
                i++;
                continue;
            }
            if (c != '\'' && c != '"') {
                throw new CoreException(where + ": unquoted list item at position " + i + " in " + abbreviate(t));
            }
            StringBuilder item = new StringBuilder();
            int j = i + 1;
            while (j < end && t.charAt(j) != c) {
                if (t.charAt(j) == '\\' && j + 1 < end) {
                    j++;
                }
                item.append(t.charAt(j));
                j++;
            }
            if (j >= end) {
                throw new CoreException(where + ": unterminated string in " + abbreviate(t));
            }
            out.add(item.toString());
            i = j + 1;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
