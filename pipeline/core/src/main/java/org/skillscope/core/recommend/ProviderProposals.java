package org.skillscope.core.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Proposals for one provider (mission.md, recommendations): the run's gap bundles ranked by how close
 * they are to what the provider already teaches, so a data provider is proposed data skills and a
 * nursing school nursing ones. Pure function; every ordering has a full tie-break.
 *
 * <p>{@code fit = 0.6 * groups + 0.4 * occupations}: {@code groups} is the mean, over the bundle's skills, of
 * the share of the provider's credentials that teach some skill of that skill's group (a provider
 * teaching the group in most of its courses can build on it); {@code occupations} the share of the
 * bundle's occupations the provider's credentials already prepare for. Skill groups weigh more because
 * every bundle skill has one, while most credentials prepare for no occupation above the coverage floor.
 * The rank is {@code fit * ln(1 + vacancies)}: close and asked for. Bundles sharing nothing are not proposed.
 */
public final class ProviderProposals {
    static final double GROUP_WEIGHT = 0.6;
    static final double OCCUPATION_WEIGHT = 0.4;

    private ProviderProposals() {}

    /**
     * The {@code k} best bundles for {@code profile}; {@code groupOf} gives a skill's group label (null when
     * unknown). A bundle with the same skills as one ranked above it (the same gap in another scope) is dropped.
     */
    public static List<ProposedBundle> rank(ProviderProfile profile, List<GapBundle> bundles, Function<String, String> groupOf, int k) {
        List<ProposedBundle> scored = new ArrayList<>();
        for (GapBundle b : bundles) {
            ProposedBundle p = score(profile, b, groupOf);
            if (p.fit() > 0) scored.add(p);
        }
        scored.sort(Comparator.comparingDouble(ProposedBundle::score).reversed()
                .thenComparing(Comparator.comparingDouble(ProposedBundle::fit).reversed())
                .thenComparing(p -> p.bundle().scopeType().equals("all") ? 0 : 1)
                .thenComparing(p -> p.bundle().scope())
                .thenComparingInt(p -> p.bundle().rank()));
        List<ProposedBundle> out = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (ProposedBundle p : scored) {
            if (out.size() == k) break;
            if (seen.add(Set.copyOf(p.bundle().skills()))) out.add(p);
        }
        return out;
    }

    static ProposedBundle score(ProviderProfile profile, GapBundle b, Function<String, String> groupOf) {
        int n = Math.max(1, profile.credentials());
        Map<String, Integer> shared = new LinkedHashMap<>(); // group -> provider credentials teaching it, in bundle order
        double groupFit = 0;
        for (String s : b.skills()) {
            String g = groupOf.apply(s);
            int teaching = g == null ? 0 : profile.skillGroups().getOrDefault(g, 0);
            groupFit += (double) teaching / n;
            if (teaching > 0) shared.putIfAbsent(g, teaching);
        }
        groupFit = b.skills().isEmpty() ? 0 : groupFit / b.skills().size();
        List<String> sharedOccupations = new ArrayList<>();
        for (int i = 0; i < b.occupations().size(); i++) {
            if (profile.occupations().containsKey(b.occupations().get(i))) sharedOccupations.add(b.occupationLabels().get(i));
        }
        double occupationFit = b.occupations().isEmpty() ? 0 : (double) sharedOccupations.size() / b.occupations().size();
        double fit = GROUP_WEIGHT * groupFit + OCCUPATION_WEIGHT * occupationFit;
        return new ProposedBundle(b, fit, fit * Math.log1p(b.vacancies()), List.copyOf(shared.keySet()), sharedOccupations,
                why(profile, shared, sharedOccupations, b));
    }

    private static String why(ProviderProfile p, Map<String, Integer> groups, List<String> occupations, GapBundle b) {
        List<String> parts = new ArrayList<>();
        if (!groups.isEmpty()) {
            List<String> g = new ArrayList<>();
            groups.forEach((label, count) -> g.add(String.format(Locale.ROOT, "%s (%d of your %d credentials)", label, count, p.credentials())));
            parts.add("builds on skill groups you teach: " + String.join(", ", g));
        }
        if (!occupations.isEmpty()) parts.add("serves occupations your credentials prepare for: " + String.join(", ", occupations));
        String scope = b.scopeType().equals("all") ? "overall" : "in " + b.scopeType() + " " + b.scope();
        parts.add(String.format(Locale.ROOT, "%d vacancies ask for these skills, no credential teaches them (gap %s, rank %d)",
                b.vacancies(), scope, b.rank()));
        return String.join("; ", parts);
    }
}
