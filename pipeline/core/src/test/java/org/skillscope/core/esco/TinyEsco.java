package org.skillscope.core.esco;

import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoCollection;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;
import org.skillscope.datasets.esco.OccupationSkillRelation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds small hand-made ESCO graphs for scoring tests: the one place tests construct an {@link Esco}. */
public final class TinyEsco {
    private final Map<String, EscoSkill> skills = new TreeMap<>();
    private final Map<String, EscoOccupation> occupations = new TreeMap<>();
    private final List<OccupationSkillRelation> relations = new ArrayList<>();
    private final Map<EscoCollection, Set<String>> collections = new EnumMap<>(EscoCollection.class);

    public TinyEsco skill(String uri, String label, String reuseLevel, EscoCollection... in) {
        skills.put(uri, new EscoSkill(uri, label, List.of(), List.of(), label + " description", "skill/competence", reuseLevel, "released"));
        for (EscoCollection c : in) collections.computeIfAbsent(c, k -> new TreeSet<>()).add(uri);
        return this;
    }

    public TinyEsco occupation(String uri, String label, List<String> essential, List<String> optional) {
        occupations.put(uri, new EscoOccupation(uri, "0000.1", "0000", label, List.of(), List.of(), label));
        essential.forEach(s -> relations.add(new OccupationSkillRelation(uri, s, true, "skill/competence")));
        optional.forEach(s -> relations.add(new OccupationSkillRelation(uri, s, false, "skill/competence")));
        return this;
    }

    public Esco build() {
        return new Esco("test", "1.1.x", skills, occupations, Map.of(), Map.of(), relations, List.of(), List.of(), List.of(),
                collections, List.of(), Map.of(), "test-fingerprint");
    }

    public EscoGraph graph() {
        return new EscoGraph(build());
    }
}
