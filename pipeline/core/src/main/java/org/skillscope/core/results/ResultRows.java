package org.skillscope.core.results;

import java.time.Instant;

/**
 * One record per results table: the single source of each table's columns, in the order the job writes
 * them and its exports show them (a component {@code shrunkShare} is the column {@code shrunk_share}).
 * {@link ResultTable} names the table of each; a test holds the migrations to exactly these columns.
 * Boxed types are the nullable columns. The eight {@code growth*} components are a growth rate and what it
 * rests on (docs/scoring.md), null when a scope has too few dated ads.
 */
public final class ResultRows {
    private ResultRows() {}

    /** A job's run: 'running', then 'published' (or 'failed', 'abandoned'); readers see only published runs. */
    public record Run(String runId, String status, Instant startedAt, Instant finishedAt, String escoVersion, String escoFingerprint,
                      String inputsJson, String countsJson, String timingsJson, String paramsJson, String scopeNote,
                      String owner, Long ownerStartMs) {}

    /** Relevance, its percentile and the alignments are null for a credential the run could not read (core.score.Reading). */
    public record Credential(String runId, String credentialId, String title, String awardingBody, String issuerCountry, String language,
                             Integer eqfLevel, Double workloadEcts, String participationForm, String assessmentType, String sourceFormat,
                             String sourceFile, String url, String outcomesJson, String missingElements, int skills, Double relevance,
                             Double relevancePercentile, Double green, Double greenSkillShare, Double greenOccupationShare, Double digital,
                             Double digitalSkillShare, Double digitalOccupationShare) {}

    public record CredentialSkill(String runId, String credentialId, String skillUri, String label, double confidence, boolean declared,
                                  String evidenceOutcome, String evidenceLabel, long vacancies, double share, double shrunkShare,
                                  Double growth, Boolean growthClear, String growthEarlierPeriod, String growthLaterPeriod,
                                  Long growthEarlierVacancies, Long growthLaterVacancies, Long growthEarlierCount, Long growthLaterCount,
                                  double specificity, double contribution, boolean green, boolean digital) {}

    public record CredentialOccupation(String runId, String credentialId, String occupationUri, String label, double coverage, int covered,
                                       int essential, long vacancies) {}

    public record Vacancy(String runId, String vacancyId, String title, String country, String region, String ym, String sector,
                          String language, String source, String occupationUri, String occupationLabel, Double occupationScore,
                          int skills, boolean mapped) {}

    /** A vacancy's skill; its evidence sentence is stored once per run in {@link EvidenceSentence}. source: stated | inferred. */
    public record VacancySkill(String runId, String vacancyId, String skillUri, double score, Long sentenceId, String evidenceLabel,
                               String source) {}

    public record EvidenceSentence(String runId, long sentenceId, String sentence) {}

    /** scope_type: all | country | region | sector; scope: '*' for all, else the country code, region or sector. */
    public record SkillDemand(String runId, String scopeType, String scope, String skillUri, String label, long vacancies,
                              long scopeVacancies, double share, double shrunkShare,
                              Double growth, Boolean growthClear, String growthEarlierPeriod, String growthLaterPeriod,
                              Long growthEarlierVacancies, Long growthLaterVacancies, Long growthEarlierCount, Long growthLaterCount,
                              double specificity, String skillGroup, boolean green, boolean digital, int credentialsTeaching,
                              long inferredVacancies) {}

    public record SkillDemandMonthly(String runId, String scopeType, String scope, String skillUri, String ym, long vacancies,
                                     long ymVacancies) {}

    public record OccupationDemand(String runId, String scopeType, String scope, String occupationUri, String label, long vacancies,
                                   long scopeVacancies, double share) {}

    /** Supply vs demand per skill group (top level of the ESCO skills pillar). */
    public record SkillGroupSummary(String runId, String scopeType, String scope, String skillGroup, long demandVacancies,
                                    double demandShare, int supplyCredentials, double supplyShare) {}

    public record Gap(String runId, String scopeType, String scope, int rankNo, String skillUri, String label, long vacancies, double share,
                      double shrunkShare,
                      Double growth, Boolean growthClear, String growthEarlierPeriod, String growthLaterPeriod,
                      Long growthEarlierVacancies, Long growthLaterVacancies, Long growthEarlierCount, Long growthLaterCount,
                      double specificity, double gapScore, boolean green, boolean digital, String reason, long inferredVacancies) {}

    public record GapBundle(String runId, String scopeType, String scope, int rankNo, String skillsJson, String labelsJson,
                            String occupationsJson, long vacancies, long allTogether, double score, boolean green, boolean digital) {}

    /** Green / digital shares of supply (side 'supply': credentials) and demand ('demand': vacancies), per scope. */
    public record TransitionSummary(String runId, String side, String scopeType, String scope, long items, long greenItems,
                                    long digitalItems, double greenShare, double digitalShare) {}

    /** An input record the job set aside, with the file, line and field that made it so. */
    public record Quarantine(String runId, int seq, String file, Long line, String field, String reason) {}
}
