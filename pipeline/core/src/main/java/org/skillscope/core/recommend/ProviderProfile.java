package org.skillscope.core.recommend;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a provider's catalogue covers, against the whole catalogue of the run: for each ESCO skill group
 * (level-1 pillar group) how many of the provider's {@code credentials} teach a skill of it and how many
 * of the run's {@code catalogueCredentials} do; for each field of work (ISCO sub-major group) and each
 * occupation, how many of the provider's credentials prepare for one. Both counts are of the credentials the run
 * read (scored): one with no outcome it could read teaches no skill it knows of.
 */
public record ProviderProfile(String provider, int credentials, Map<String, Integer> skillGroups, int catalogueCredentials,
                              Map<String, Integer> catalogueSkillGroups, Map<String, Integer> fields, Map<String, Integer> occupations) {
    public ProviderProfile {
        skillGroups = Collections.unmodifiableMap(new TreeMap<>(skillGroups));
        catalogueSkillGroups = Collections.unmodifiableMap(new TreeMap<>(catalogueSkillGroups));
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        occupations = Collections.unmodifiableMap(new TreeMap<>(occupations));
    }
}
