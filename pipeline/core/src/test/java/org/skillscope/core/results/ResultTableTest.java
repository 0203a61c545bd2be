package org.skillscope.core.results;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResultTableTest {
    @Test
    void aRecordsColumnsAreItsComponentsInSnakeCaseRunIdFirst() {
        assertEquals(List.of("run_id", "scope_type", "scope", "skill_uri", "ym", "vacancies", "ym_vacancies"),
                ResultTable.SKILL_DEMAND_MONTHLY.columns());
        assertEquals(List.of("seq", "file", "line", "field", "reason"), ResultTable.QUARANTINE.rowColumns());
        for (ResultTable t : ResultTable.values()) assertEquals(ResultTable.RUN_ID, t.columns().get(0), t.table());
        assertEquals(ResultTable.GAPS, ResultTable.named("GAPS"));
        assertThrows(IllegalArgumentException.class, () -> ResultTable.named("nope"));
    }

    @Test
    void rowSetsOfATableHaveItsRecordsColumns() {
        TableRows t = TableRows.of(ResultTable.EVIDENCE_SENTENCES).add(7L, "Write SQL.");
        assertEquals("evidence_sentences", t.table());
        assertEquals(List.of("sentence_id", "sentence"), t.columns());
        assertThrows(IllegalArgumentException.class, () -> t.add(8L));
    }
}
