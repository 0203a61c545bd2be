package org.skillscope.datasets.vacancy;

import java.time.LocalDate;

/**
 * One job advertisement. {@code region} is the finest location the source gives (a NUTS region
 * name or code where known); {@code sector} is the source's category, if any.
 */
public record Vacancy(
        String id,
        String title,
        String description,
        String country,        // ISO 3166 alpha-2 (UK as "GB")
        String region,
        LocalDate date,        // null when the source has none
        String occupationCode, // optional ESCO/ISCO code given by the source
        String language,       // ISO 639-1, detected or given
        String sector,
        String source,         // e.g. adzuna-uk, eures
        String sourceFile,
        long sourceLine) {}
