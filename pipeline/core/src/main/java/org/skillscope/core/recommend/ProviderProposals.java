package org.skillscope.core.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Proposals for one provider (mission.md, recommendations): the run's gap bundles ranked by how close
 * they are to what the provider already teaches, so a data provider is proposed data skills and a
 * nursing school nursing ones. Pure function; every ordering has a full tie-break.
 *
 * <p>{@code fit = (groups + fields) / 2}, two cosines between the provider and the bundle:
 * <ul>
 *   <li>{@code groups} over ESCO skill groups: the provider weighs a group by the share of its (scored)
 *   credentials teaching it, the bundle by how many of its skills are in it, both times the group's idf
 *   {@code ln(1 + catalogue / teaching it)}: a group every provider teaches (communication, management)
 *   says little about a field, one few teach (nursing, ICT) says much;</li>
 *   <li>{@code fields} over fields of work (ISCO sub-major groups): the provider weighs a field by its
 *   credentials preparing for an occupation in it, the bundle by its occupations' vacancies (an occupation
 *   the run has no vacancy for only counts when none of the bundle's has any).</li>
 * </ul>
 * Bundles rank by fit, the closest first; every bundle is a gap in demand already, so more vacancies only
 * break ties. Bundles sharing nothing are not proposed.
 */
public final class ProviderProposals {
    private ProviderProposals() {}

    /**
     * The {@code k} best bundles for {@code profile}; {@code groupOf} gives a skill's group, {@code fieldOf} an
     * occupation's field (null when unknown). A bundle with the same skills as one ranked above it (the same
     * gap in another scope) is dropped.
     */
    public static List<ProposedBundle> rank(ProviderProfile profile, List<GapBundle> bundles, Function<String, String> groupOf,
                                            Function<String, String> fieldOf, int k) {
        List<ProposedBundle> scored = new ArrayList<>();
        for (GapBundle b : bundles) {
            ProposedBundle p = score(profile, b, groupOf, fieldOf);
            if (p.fit() > 0) scored.add(p);
        }
        scored.sort(Comparator.comparingDouble(ProposedBundle::fit).reversed()
                .thenComparing(Comparator.comparingLong((ProposedBundle p) -> p.bundle().vacancies()).reversed())
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

    static ProposedBundle score(ProviderProfile profile, GapBundle b, Function<String, String> groupOf, Function<String, String> fieldOf) {
        Map<String, Double> provider = new TreeMap<>(), bundle = new TreeMap<>();
        int n = Math.max(1, profile.credentials());
        profile.skillGroups().forEach((g, count) -> provider.put(g, (double) count / n * idf(profile, g)));
        for (String s : b.skills()) {
            String g = groupOf.apply(s);
            if (g != null) bundle.merge(g, idf(profile, g), Double::sum);
        }
        Map<String, Double> providerFields = new TreeMap<>(), bundleFields = new TreeMap<>();
        profile.fields().forEach((f, count) -> providerFields.put(f, (double) count));
        boolean anyVacancies = b.occupationVacancies().stream().anyMatch(v -> v > 0);
        for (int i = 0; i < b.occupations().size(); i++) {
            String f = fieldOf.apply(b.occupations().get(i));
            if (f != null) bundleFields.merge(f, anyVacancies ? (double) b.occupationVacancies().get(i) : 1.0, Double::sum);
        }
        bundleFields.values().removeIf(v -> v == 0);
        double fit = (cosine(provider, bundle) + cosine(providerFields, bundleFields)) / 2;
        List<String> sharedOccupations = new ArrayList<>();
        for (int i = 0; i < b.occupations().size(); i++) {
            if (profile.occupations().containsKey(b.occupations().get(i))) sharedOccupations.add(b.occupationLabels().get(i));
        }
        List<String> groups = shared(provider, bundle), fields = shared(providerFields, bundleFields);
        return new ProposedBundle(b, fit, groups, fields, sharedOccupations,
                why(profile, groups, fields, sharedOccupations, b));
    }

    /** How telling a skill group is: ln(1 + credentials of the run / credentials teaching it). */
    static double idf(ProviderProfile p, String group) {
        int teaching = Math.max(1, p.catalogueSkillGroups().getOrDefault(group, 0));
        return Math.log1p((double) Math.max(p.catalogueCredentials(), teaching) / teaching);
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0, na = 0, nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double other = b.get(e.getKey());
            if (other != null) dot += e.getValue() * other;
        }
        for (double v : b.values()) nb += v * v;
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Keys in both, by their product (most telling first), then name. */
    private static List<String> shared(Map<String, Double> a, Map<String, Double> b) {
        return a.keySet().stream().filter(b::containsKey)
                .sorted(Comparator.comparingDouble((String key) -> a.get(key) * b.get(key)).reversed().thenComparing(key -> key)).toList();
    }

    private static String why(ProviderProfile p, List<String> groups, List<String> fields, List<String> occupations, GapBundle b) {
        List<String> parts = new ArrayList<>();
        if (!groups.isEmpty()) {
            List<String> g = new ArrayList<>();
            for (String label : groups.subList(0, Math.min(3, groups.size()))) {
                g.add(String.format(Locale.ROOT, "%s (%d of your %d scored credentials)", label, p.skillGroups().get(label), p.credentials()));
            }
            parts.add("builds on skill groups you teach: " + String.join(", ", g));
        }
        if (!fields.isEmpty()) parts.add("in fields your credentials prepare for: " + String.join(", ", fields.subList(0, Math.min(3, fields.size()))));
        if (!occupations.isEmpty()) parts.add("serves occupations your credentials prepare for: " + String.join(", ", occupations));
        String scope = b.scopeType().equals("all") ? "overall" : "in " + b.scopeType() + " " + b.scope();
        parts.add(String.format(Locale.ROOT, "%d vacancies ask for these skills, which no credential teaches (gap %s, rank %d)",
                b.vacancies(), scope, b.rank()));
        return String.join("; ", parts);
    }
}
