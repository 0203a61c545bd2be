package org.skillscope.datasets.esco;

import java.util.List;

/**
 * ESCO labels in one language (ISO 639-1): occupation labels (ISCO groups included where the source
 * has them), skill labels when the source has them, and where they came from.
 */
public record LanguageLabels(String language, List<String> sources, List<LocalizedLabel> occupations, List<LocalizedLabel> skills) {
    public LanguageLabels {
        sources = List.copyOf(sources);
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
    }

    LanguageLabels plus(LanguageLabels o) {
        List<String> s = new java.util.ArrayList<>(sources);
        s.addAll(o.sources);
        List<LocalizedLabel> occ = new java.util.ArrayList<>(occupations);
        occ.addAll(o.occupations);
        List<LocalizedLabel> sk = new java.util.ArrayList<>(skills);
        sk.addAll(o.skills);
        return new LanguageLabels(language, s, occ, sk);
    }
}
