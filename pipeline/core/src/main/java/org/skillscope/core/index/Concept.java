package org.skillscope.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;

/** What the index needs of an ESCO skill or occupation: its labels (preferred first) and description. */
public record Concept(String uri, String preferredLabel, List<String> altLabels, List<String> hiddenLabels, String description) {
    public Concept {
        altLabels = List.copyOf(altLabels);
        hiddenLabels = List.copyOf(hiddenLabels);
        description = description == null ? "" : description;
    }

    /** Preferred, then alternative, then hidden labels, blanks and exact duplicates removed. */
    public List<LabelRef> labels() {
        List<LabelRef> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        add(out, seen, preferredLabel, LabelKind.PREFERRED);
        altLabels.forEach(l -> add(out, seen, l, LabelKind.ALTERNATIVE));
        hiddenLabels.forEach(l -> add(out, seen, l, LabelKind.HIDDEN));
        return out;
    }

    private static void add(List<LabelRef> out, List<String> seen, String label, LabelKind kind) {
        if (label == null) {
            return;
        }
        String t = label.strip();
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.add(t);
            out.add(new LabelRef(t, kind));
        }
    }

    /** A label that ends in a qualifier saying which sense is meant: "Chef (tools for software configuration management)". */
    private static final Pattern QUALIFIED = Pattern.compile("(\\S.*?)\\s*\\([^()]+\\)");

    /**
     * The label as a text names it, without a trailing qualifier: ESCO writes "Assembly (computer programming)",
     * "Unity (digital game creation systems)" where the name alone has other senses; other labels are returned stripped.
     */
    public static String withoutQualifier(String label) {
        Matcher m = QUALIFIED.matcher(label.strip());
        return m.matches() ? m.group(1) : label.strip();
    }

    public record LabelRef(String text, LabelKind kind) {}

    public enum LabelKind { PREFERRED, ALTERNATIVE, HIDDEN }

    /** All skills of a loaded ESCO, in the Esco map's (sorted) order. */
    public static List<Concept> skills(Esco esco) {
        List<Concept> out = new ArrayList<>(esco.skills().size());
        for (EscoSkill s : esco.skills().values()) {
            out.add(new Concept(s.uri(), s.preferredLabel(), s.altLabels(), s.hiddenLabels(), s.description()));
        }
        return out;
    }

    public static List<Concept> occupations(Esco esco) {
        List<Concept> out = new ArrayList<>(esco.occupations().size());
        for (EscoOccupation o : esco.occupations().values()) {
            out.add(new Concept(o.uri(), o.preferredLabel(), o.altLabels(), o.hiddenLabels(), o.description()));
        }
        return out;
    }
}
