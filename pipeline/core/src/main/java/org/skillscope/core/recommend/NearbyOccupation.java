package org.skillscope.core.recommend;

/**
 * An occupation close to what a jobseeker can already do: {@code coverage} is the share of its
 * essential skills they have, {@code missing} how many they lack, {@code vacancies} its demand in the run.
 */
public record NearbyOccupation(String occupationUri, String label, double coverage, int essential, int missing, long vacancies,
                               double score) {}
