package org.skillscope.datasets.esco;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One loaded ESCO version. Maps are keyed by concept URI and iterate in a stable (sorted) order,
 * so everything computed from them is reproducible. {@code missingFiles} names the logical files
 * the download lacked (e.g. "skills" in a partial 1.2.0 download); their parts are empty.
 * {@code skillsHierarchy} holds the nodes of skillsHierarchy_en.csv by URI. {@code fingerprint} is
 * the SHA-256 (hex) over the sorted logical file names and their bytes, so caches can key on content.
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
        List<String> missingFiles,
        Map<String, SkillHierarchyNode> skillsHierarchy,
        String fingerprint) {

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

    /**
     * The sizes of every part, in a fixed key order (version, skills, occupations,
     * occupationSkillRelations, green, digital, digcomp, transversal first), for the CLI and run logs.
     */
    public Map<String, Object> counts() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("version", version);
        c.put("skills", skills.size());
        c.put("occupations", occupations.size());
        c.put("occupationSkillRelations", occupationSkillRelations.size());
        c.put("green", collection(EscoCollection.GREEN).size());
        c.put("digital", collection(EscoCollection.DIGITAL).size());
        c.put("digcomp", collection(EscoCollection.DIGCOMP).size());
        c.put("transversal", collection(EscoCollection.TRANSVERSAL).size());
        c.put("language", collection(EscoCollection.LANGUAGE).size());
        c.put("researchSkills", collection(EscoCollection.RESEARCH_SKILLS).size());
        c.put("researchOccupations", collection(EscoCollection.RESEARCH_OCCUPATIONS).size());
        c.put("iscoGroups", iscoGroups.size());
        c.put("skillGroups", skillGroups.size());
        c.put("broaderSkillRelations", broaderSkillRelations.size());
        c.put("skillSkillRelations", skillSkillRelations.size());
        c.put("layout", layout);
        c.put("missingFiles", missingFiles);
        return c;
    }
}
