package org.skillscope.core.export;

import java.util.Locale;

/** The two credential formats SkillScope writes, with the file suffix of each. */
public enum ExportFormat {
    /** European Learning Model (EDC) JSON-LD, ESCO skills as {@code relatedESCOSkill} on each learning outcome. */
    ELM("elm", ".elm.jsonld"),
    /** Open Badges 3.0, ESCO skills as {@code alignment}s of the achievement. */
    OB3("ob3", ".ob3.json");

    private final String id;
    private final String suffix;

    ExportFormat(String id, String suffix) {
        this.id = id;
        this.suffix = suffix;
    }

    public String id() {
        return id;
    }

    public String suffix() {
        return suffix;
    }

    /** "elm" or "ob3" (any case); anything else is an IllegalArgumentException naming the choices. */
    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) if (f.id.equals(s == null ? null : s.strip().toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("format must be elm or ob3, got '" + s + "'");
    }
}
