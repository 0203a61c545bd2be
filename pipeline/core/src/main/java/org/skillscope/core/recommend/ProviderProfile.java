package org.skillscope.core.recommend;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a provider's catalogue covers: for each ESCO skill group (level-1 pillar group) and each
 * occupation its credentials prepare for, how many of its {@code credentials} do.
 */
public record ProviderProfile(String provider, int credentials, Map<String, Integer> skillGroups, Map<String, Integer> occupations) {
    public ProviderProfile {
        skillGroups = Collections.unmodifiableMap(new TreeMap<>(skillGroups));
        occupations = Collections.unmodifiableMap(new TreeMap<>(occupations));
    }
}
