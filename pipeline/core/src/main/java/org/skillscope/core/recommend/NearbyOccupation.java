package org.skillscope.core.recommend;

/**
 * An occupation close to what a jobseeker can already do: {@code coverage} is the share of its
 * essential skills they have, {@code similarity} the cosine between their skills and its essential
 * skills (so a tiny occupation does not win by being tiny), {@code missing} how many they lack,
 * {@code vacancies} its demand in the run and {@code score} the rank: similarity x ln(1 + vacancies).
 */
public record NearbyOccupation(String occupationUri, String label, double coverage, double similarity, int essential, int missing,
                               long vacancies, double score) {}
