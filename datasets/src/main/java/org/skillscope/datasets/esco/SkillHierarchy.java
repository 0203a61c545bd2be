package org.skillscope.datasets.esco;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each skill's pillar group: the level-1 node of the ESCO skills pillar it sits under (S1..S8,
 * K00..K10 and K99, L1..L2, T1..T6), and its pillar root (S, K, L, T). Found by walking
 * broaderRelationsSkillPillar upwards; a concept with several parents follows the first by sorted
 * URI, so the answer is deterministic. Used to aggregate demand per skill group.
 */
public final class SkillHierarchy {
    private final SortedMap<String, SkillHierarchyNode> groupOfSkill;
    private final Map<String, SkillHierarchyNode> nodes;

    private SkillHierarchy(SortedMap<String, SkillHierarchyNode> groupOfSkill, Map<String, SkillHierarchyNode> nodes) {
        this.groupOfSkill = Collections.unmodifiableSortedMap(groupOfSkill);
        this.nodes = nodes;
    }

    public static SkillHierarchy of(Esco esco) {
        Map<String, SortedSet<String>> parents = new HashMap<>();
        for (BroaderRelation r : esco.broaderSkillRelations()) {
            parents.computeIfAbsent(r.conceptUri(), k -> new TreeSet<>()).add(r.broaderUri());
        }
        for (SkillHierarchyNode n : esco.skillsHierarchy().values()) {
            if (!n.parentUri().isEmpty()) parents.computeIfAbsent(n.uri(), k -> new TreeSet<>()).add(n.parentUri());
        }
        Map<String, SkillHierarchyNode> nodes = esco.skillsHierarchy().isEmpty()
                ? derivedNodes(esco, parents) : esco.skillsHierarchy();
        Set<String> level1 = new HashSet<>();
        nodes.values().stream().filter(n -> n.level() == 1).forEach(n -> level1.add(n.uri()));
        SortedMap<String, SkillHierarchyNode> groupOfSkill = new TreeMap<>();
        for (String skill : esco.skills().keySet()) {
            String g = firstParentWalk(skill, parents, level1);
            if (g == null) g = breadthFirst(skill, parents, level1);
            if (g != null) groupOfSkill.put(skill, nodes.get(g));
        }
        return new SkillHierarchy(groupOfSkill, nodes);
    }

    /** Without skillsHierarchy: roots are groups with no parent, level 1 their direct children. */
    private static Map<String, SkillHierarchyNode> derivedNodes(Esco esco, Map<String, SortedSet<String>> parents) {
        Map<String, SkillHierarchyNode> nodes = new TreeMap<>();
        for (SkillGroup g : esco.skillGroups().values()) {
            SortedSet<String> ps = parents.get(g.uri());
            if (ps == null || ps.isEmpty()) nodes.put(g.uri(), new SkillHierarchyNode(g.uri(), 0, g.code(), g.preferredLabel(), ""));
        }
        for (SkillGroup g : esco.skillGroups().values()) {
            SortedSet<String> ps = parents.get(g.uri());
            if (ps != null && !ps.isEmpty() && nodes.containsKey(ps.first()) && nodes.get(ps.first()).level() == 0) {
                nodes.put(g.uri(), new SkillHierarchyNode(g.uri(), 1, g.code(), g.preferredLabel(), ps.first()));
            }
        }
        return nodes;
    }

    private static String firstParentWalk(String skill, Map<String, SortedSet<String>> parents, Set<String> level1) {
        Set<String> seen = new HashSet<>();
        String cur = skill;
        while (seen.add(cur)) {
            if (level1.contains(cur)) return cur;
            SortedSet<String> ps = parents.get(cur);
            if (ps == null || ps.isEmpty()) return null;
            cur = ps.first();
        }
        return null; // a cycle: let the breadth-first search decide
    }

    /** Fallback when the first-parent path dead-ends: the nearest level-1 group, parents in URI order. */
    private static String breadthFirst(String skill, Map<String, SortedSet<String>> parents, Set<String> level1) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(skill);
        seen.add(skill);
        while (!queue.isEmpty()) {
            String cur = queue.poll();
            if (level1.contains(cur)) return cur;
            for (String p : parents.getOrDefault(cur, Collections.emptySortedSet())) if (seen.add(p)) queue.add(p);
        }
        return null;
    }

    /** The level-1 pillar group of a skill, e.g. S4 "management skills" or K06 ICT; empty if unknown. */
    public Optional<SkillHierarchyNode> pillarGroup(String skillUri) {
        return Optional.ofNullable(groupOfSkill.get(skillUri));
    }

    /** The pillar root of a skill: S skills, K knowledge, L language, T transversal; empty if unknown. */
    public Optional<SkillHierarchyNode> pillar(String skillUri) {
        return pillarGroup(skillUri).map(g -> nodes.get(g.parentUri()));
    }

    /** Every skill with a known pillar group, by skill URI. */
    public SortedMap<String, SkillHierarchyNode> pillarGroups() {
        return groupOfSkill;
    }
}
