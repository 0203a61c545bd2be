package org.skillscope.core.esco;

import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoCollection;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;
import org.skillscope.datasets.esco.OccupationSkillRelation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Read-only lookups over one ESCO version that scoring needs: essential/optional skills per
 * occupation, occupations per skill, reuse level and collection membership. All sets are sorted,
 * so anything iterated from here is deterministic.
 */
public final class EscoGraph {
    private final Esco esco;
    private final Map<String, Set<String>> essential = new TreeMap<>();
    private final Map<String, Set<String>> optional = new TreeMap<>();
    private final Map<String, Set<String>> occupationsNeeding = new TreeMap<>();

    public EscoGraph(Esco esco) {
        this.esco = esco;
        for (OccupationSkillRelation r : esco.occupationSkillRelations()) {
            (r.essential() ? essential : optional).computeIfAbsent(r.occupationUri(), k -> new TreeSet<>()).add(r.skillUri());
            occupationsNeeding.computeIfAbsent(r.skillUri(), k -> new TreeSet<>()).add(r.occupationUri());
        }
    }

    public Esco esco() {
        return esco;
    }

    public Set<String> essentialSkills(String occupationUri) {
        return Collections.unmodifiableSet(essential.getOrDefault(occupationUri, Set.of()));
    }

    public Set<String> optionalSkills(String occupationUri) {
        return Collections.unmodifiableSet(optional.getOrDefault(occupationUri, Set.of()));
    }

    /** Occupations (sorted URIs) for which the skill is essential or optional. */
    public Set<String> occupationsNeeding(String skillUri) {
        return Collections.unmodifiableSet(occupationsNeeding.getOrDefault(skillUri, Set.of()));
    }

    /** Occupations that have at least one essential skill, sorted by URI. */
    public List<String> occupationsWithEssentialSkills() {
        return List.copyOf(essential.keySet());
    }

    /** Whether the URI names a skill of this ESCO (not an occupation, not an unknown concept). */
    public boolean isSkill(String uri) {
        return esco.skills().containsKey(uri);
    }

    public String skillLabel(String skillUri) {
        EscoSkill s = esco.skills().get(skillUri);
        return s == null ? skillUri : s.preferredLabel();
    }

    public String occupationLabel(String occupationUri) {
        EscoOccupation o = esco.occupations().get(occupationUri);
        return o == null ? occupationUri : o.preferredLabel();
    }

    public String reuseLevel(String skillUri) {
        EscoSkill s = esco.skills().get(skillUri);
        return s == null || s.reuseLevel() == null ? "" : s.reuseLevel();
    }

    public boolean isGreen(String skillUri) {
        return esco.isGreen(skillUri);
    }

    public boolean isDigital(String skillUri) {
        return esco.isDigital(skillUri);
    }

    public boolean inCollection(EscoCollection c, String skillUri) {
        return esco.collection(c).contains(skillUri);
    }
}
