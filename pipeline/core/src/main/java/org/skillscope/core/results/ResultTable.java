package org.skillscope.core.results;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** Each results table with the record that defines its columns ({@link ResultRows}). */
public enum ResultTable {
    RUNS("runs", ResultRows.Run.class),
    CREDENTIALS("credentials", ResultRows.Credential.class),
    CREDENTIAL_SKILLS("credential_skills", ResultRows.CredentialSkill.class),
    CREDENTIAL_OCCUPATIONS("credential_occupations", ResultRows.CredentialOccupation.class),
    VACANCIES("vacancies", ResultRows.Vacancy.class),
    VACANCY_SKILLS("vacancy_skills", ResultRows.VacancySkill.class),
    EVIDENCE_SENTENCES("evidence_sentences", ResultRows.EvidenceSentence.class),
    SKILL_DEMAND("skill_demand", ResultRows.SkillDemand.class),
    SKILL_DEMAND_MONTHLY("skill_demand_monthly", ResultRows.SkillDemandMonthly.class),
    OCCUPATION_DEMAND("occupation_demand", ResultRows.OccupationDemand.class),
    SKILL_GROUP_SUMMARY("skill_group_summary", ResultRows.SkillGroupSummary.class),
    GAPS("gaps", ResultRows.Gap.class),
    GAP_BUNDLES("gap_bundles", ResultRows.GapBundle.class),
    TRANSITION_SUMMARY("transition_summary", ResultRows.TransitionSummary.class),
    QUARANTINE("quarantine", ResultRows.Quarantine.class);

    /** The first column of every table but runs, filled in by the writer. */
    public static final String RUN_ID = "run_id";

    private final String table;
    private final Class<? extends Record> row;
    private final List<String> columns;

    ResultTable(String table, Class<? extends Record> row) {
        this.table = table;
        this.row = row;
        this.columns = Arrays.stream(row.getRecordComponents()).map(RecordComponent::getName).map(ResultTable::snake).toList();
    }

    public String table() {
        return table;
    }

    public Class<? extends Record> row() {
        return row;
    }

    /** Every column, in the record's order ({@code run_id} first). */
    public List<String> columns() {
        return columns;
    }

    /** The columns a run's rows fill: all but {@code run_id}, which the writer adds. */
    public List<String> rowColumns() {
        return columns.subList(1, columns.size());
    }

    /** The table named {@code table} (any case). */
    public static ResultTable named(String table) {
        for (ResultTable t : values()) if (t.table.equalsIgnoreCase(table)) return t;
        throw new IllegalArgumentException("no results table " + table);
    }

    /** shrunkShare -> shrunk_share. */
    static String snake(String component) {
        StringBuilder sb = new StringBuilder();
        for (char ch : component.toCharArray()) {
            if (Character.isUpperCase(ch)) sb.append('_').append(Character.toLowerCase(ch));
            else sb.append(ch);
        }
        return sb.toString();
    }
}
