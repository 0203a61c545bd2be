package org.skillscope.datasets.esco;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "sector" axis of occupations: each occupation's ISCO-08 major group (1 digit, e.g. "2"
 * Professionals) and sub-major group (2 digits, e.g. "25" ICT professionals), from its iscoGroup code.
 */
public final class OccupationSectors {
    private final Map<String, EscoOccupation> occupations;
    private final Map<String, IscoGroup> byCode;

    private OccupationSectors(Map<String, EscoOccupation> occupations, Map<String, IscoGroup> byCode) {
        this.occupations = occupations;
        this.byCode = byCode;
    }

    public static OccupationSectors of(Esco esco) {
        Map<String, IscoGroup> byCode = new HashMap<>();
        for (IscoGroup g : esco.iscoGroups().values()) byCode.putIfAbsent(g.code(), g);
        return new OccupationSectors(esco.occupations(), Map.copyOf(byCode));
    }

    /** ISCO major group (1 digit) of an occupation; empty when the occupation or its group is unknown. */
    public Optional<IscoGroup> iscoMajor(String occupationUri) {
        return group(occupationUri, 1);
    }

    /** ISCO sub-major group (2 digits) of an occupation; empty when unknown. */
    public Optional<IscoGroup> iscoSubMajor(String occupationUri) {
        return group(occupationUri, 2);
    }

    /** The ISCO group with the first {@code digits} digits of the occupation's iscoGroup code. */
    public Optional<IscoGroup> group(String occupationUri, int digits) {
        EscoOccupation o = occupations.get(occupationUri);
        if (o == null || o.iscoGroup().length() < digits) return Optional.empty();
        return Optional.ofNullable(byCode.get(o.iscoGroup().substring(0, digits)));
    }
}
