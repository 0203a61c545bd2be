package org.skillscope.datasets.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits free text into sentence-like units. Line breaks and bullet markers always end a unit
 * (vacancy ads and outcome lists are mostly bullets), and so do the marks a feed left where it
 * collapsed a list onto one line (two or more spaces before a capital, spaced hyphens used as
 * bullets); inside a line we split after . ! ? ; when the next word starts a new sentence, but not
 * after common abbreviations or inside numbers.
 * The one splitter: the matcher's text units (vacancies, credential outcomes) and the course
 * catalogue loader's description and syllabus sentences both come from it.
 */
public final class SentenceSplitter {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n|\\r|\\u2028|\\u2029");
    /** Bullet markers at the start of a line: -, *, +, #, •, ●, ·, ▪, ◦, "1.", "a)", "(2)". */
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[-*+#\\u2022\\u25cf\\u00b7\\u25aa\\u25e6\\u2013\\u2014\\u27a2\\u2713\\u2714>]+|\\(?\\d{1,2}[.)]|\\(?[a-z][)])\\s+");
    /**
     * Inline bullets, e.g. "Skills: • Java • SQL" collapsed onto one line (also with ●); a middle dot or an inverted
     * question mark between spaces is a bullet that lost its encoding ("formed duties, ·  Possibility of ...").
     */
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s+[\\u2022\\u25cf\\u25aa\\u25e6\\u27a2\\u00b7\\u00bf]\\s+");
    /**
     * Where a feed dropped the line breaks of a list it often left two spaces ("Required:  NVQ level 2 in Care  Must
     * demonstrate ...  Genuine interest in ..."): a run of two or more spaces before a capital ends a unit.
     */
    private static final Pattern COLLAPSED_BREAK = Pattern.compile("(?<![ \\t\\u00a0])[ \\t\\u00a0]{2,}+(?=\\p{Lu})");
    /**
     * A hyphen between spaces (or opening the piece), not next to a number ("9am - 5pm", "1900 - 2000 EUR" are ranges):
     * a bullet of a list collapsed onto one line when an item holds two or more.
     */
    private static final Pattern COLLAPSED_DASH =
            Pattern.compile("(?:^[ \\t\\u00a0]*|(?<!\\p{N})[ \\t\\u00a0]+)-[ \\t\\u00a0]+(?!\\p{N})");
    /** A Markdown heading ("## What you will learn"): not a list item, though its marker is stripped like one. */
    private static final Pattern HEADING = Pattern.compile("^\\s*#{2,}\\s");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "incl", "approx", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd",
            "co", "corp", "jr", "sr", "st", "no", "nr", "min", "max", "dept", "esp", "cf", "fig", "al");
    private final int minChars;

    /** @param minChars units shorter than this (after trimming) are dropped: stray headings, page numbers */
    public SentenceSplitter(int minChars) {
        this.minChars = minChars;
    }

    public SentenceSplitter() {
        this(2);
    }

    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String line : LINE_BREAK.split(text)) {
            for (String piece : INLINE_BULLET.split(line)) {
                collapsedItems(piece, out);
            }
        }
        return out;
    }

    /** A piece's items that a feed collapsed onto one line (spaced hyphens, then runs of spaces), each cut into sentences. */
    private void collapsedItems(String piece, List<String> out) {
        for (String dashed : dashedItems(piece)) {
            for (String item : COLLAPSED_BREAK.split(withoutBullet(dashed))) {
                splitLine(withoutBullet(item), out);
            }
        }
    }

    private static String withoutBullet(String item) {
        return BULLET.matcher(item).replaceFirst("");
    }

    /**
     * "Job responsibilities: - operation of milling machines - quality control of the component": two or more
     * hyphens between spaces in one item are a list's bullets (one is a title's dash: "Engineer - Java").
     */
    private static String[] dashedItems(String line) {
        Matcher m = COLLAPSED_DASH.matcher(line);
        int dashes = 0;
        while (dashes < 2 && m.find()) {
            dashes++;
        }
        return dashes < 2 ? new String[] {line} : COLLAPSED_DASH.split(line);
    }

    /**
     * The units of the text's list items only: a line that starts with a bullet marker, or a piece after an inline
     * bullet. A course description writes what is learnt as such a list; its prose is the course's advertisement.
     */
    public List<String> listItems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String line : LINE_BREAK.split(text)) {
            String[] pieces = INLINE_BULLET.split(line);
            for (int i = 0; i < pieces.length; i++) {
                if (i == 0 && HEADING.matcher(pieces[0]).find()) continue;
                Matcher m = BULLET.matcher(pieces[i]);
                if (i > 0 || m.find()) {
                    collapsedItems(i > 0 ? pieces[i] : pieces[i].substring(m.end()), out);
                }
            }
        }
        return out;
    }

    private void splitLine(String line, List<String> out) {
        int start = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != ';') {
                continue;
            }
            // consume a run of closing punctuation: ."  .)  ?!
            int end = i + 1;
            while (end < n && "\"')]\u201d\u2019!?.".indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && !Character.isWhitespace(line.charAt(end))) {
                continue; // 3.5, e.g.x, node.js, www.x.com
            }
            int next = end;
            while (next < n && Character.isWhitespace(line.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            char following = line.charAt(next);
            if (c == '.' && (isAbbreviation(line, i) || Character.isLowerCase(following))) {
                continue;
            }
            add(line.substring(start, end), out);
            start = next;
            i = next - 1;
        }
        add(line.substring(start), out);
    }

    private static boolean isAbbreviation(String line, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(line.charAt(s - 1)) || line.charAt(s - 1) == '.')) {
            s--;
        }
        String word = line.substring(s, dot).toLowerCase();
        // single capital letters are initials ("J. Smith"); dotted words are abbreviations ("e.g")
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }

    private void add(String unit, List<String> out) {
        String t = unit.strip();
        if (t.length() >= minChars) {
            out.add(t);
        }
    }
}
