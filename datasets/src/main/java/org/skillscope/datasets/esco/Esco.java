package org.skillscope.datasets.esco;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One loaded ESCO version. Maps are keyed by concept URI and iterate in a stable (sorted) order,
 * so everything computed from them is reproducible. {@code missingFiles} names the files the
 * download lacked (e.g. a partial 1.2.0 download); their parts are empty.
 */
public record Esco(
        String version,
        String layout,                                  // "1.1.x" or "1.2.x"
        Map<String, EscoSkill> skills,
        Map<String, EscoOccupation> occupations,
        Map<String, IscoGroup> iscoGroups,
        Map<String, SkillGroup> skillGroups,
        List<OccupationSkillRelation> occupationSkillRelations,
        List<BroaderRelation> broaderSkillRelations,
        List<BroaderRelation> broaderOccupationRelations,
        List<SkillSkillRelation> skillSkillRelations,
        Map<EscoCollection, Set<String>> collections,  // collection -> concept URIs
        List<String> missingFiles) {

    public Set<String> collection(EscoCollection c) {
        return collections.getOrDefault(c, Set.of());
    }

    public boolean isGreen(String skillUri) {
        return collection(EscoCollection.GREEN).contains(skillUri);
    }

    /** Digital in ESCO's sense: the digital collection or DigComp. */
    public boolean isDigital(String skillUri) {
        return collection(EscoCollection.DIGITAL).contains(skillUri)
                || collection(EscoCollection.DIGCOMP).contains(skillUri);
    }
}
