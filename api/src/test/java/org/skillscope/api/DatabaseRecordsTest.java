package org.skillscope.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscope.api.service.Database;
import org.skillscope.api.service.Json;
import org.skillscope.core.results.ResultRows;
import org.skillscope.core.results.TestDatabases;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.core.esco.EscoGraph;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows of the results tables read the way the services read them ({@link Database#query}, then
 * {@link Json#row}): every column comes back under its record component's name, with its value, on H2 and PostgreSQL.
 */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class DatabaseRecordsTest {
    @Parameter
    String database;

    @Test
    void publishedRowsReadBackAsTheirRecords() {
        RunFixture f = RunFixture.publish(new EscoGraph(EscoLoader.load(EscoSample.path())), database);
        try (Database db = new Database(f.jdbcUrl)) {
            List<Map<String, Object>> runs = db.query("SELECT * FROM runs ORDER BY run_id");
            assertEquals(components(ResultRows.Run.class), columns(runs.get(0)));
            assertEquals(List.of("published", "published", "running"), runs.stream().map(r -> r.get("status")).toList());
            // timestamps are served as ISO-8601 instants
            Instant.parse((String) runs.get(1).get("startedAt"));
            assertTrue(((String) runs.get(1).get("inputsJson")).contains("catalogue.csv"), (String) runs.get(1).get("inputsJson"));
            assertNull(runs.get(2).get("finishedAt"));

            List<Map<String, Object>> gapRows = db.query("SELECT * FROM gaps WHERE run_id = ? AND scope_type = ? ORDER BY rank_no", "run-2", "all");
            assertEquals(components(ResultRows.Gap.class), columns(gapRows.get(0)));
            List<ResultRows.Gap> gaps = gapRows.stream().map(r -> Json.row(r, ResultRows.Gap.class)).toList();
            assertEquals(List.of(1, 2, 3, 4), gaps.stream().map(ResultRows.Gap::rankNo).toList());
            ResultRows.Gap mount = gaps.get(3);
            assertEquals(RunFixture.MOUNT_PV, mount.skillUri());
            assertEquals(25L, mount.vacancies());
            assertEquals(100L, mount.growthEarlierVacancies());
            assertEquals(20L, mount.growthLaterCount());
            assertTrue(mount.green());
            assertEquals("growing demand, not taught", mount.reason());
            assertNull(gaps.get(0).growth(), "no growth figures: null, not 0");
            assertEquals(0L, gaps.get(0).inferredVacancies());

            List<Map<String, Object>> skillRows = db.query("SELECT * FROM vacancy_skills WHERE run_id = ?", "run-2");
            assertEquals(components(ResultRows.VacancySkill.class), columns(skillRows.get(0)));
            List<ResultRows.VacancySkill> skills = skillRows.stream().map(r -> Json.row(r, ResultRows.VacancySkill.class)).toList();
            assertEquals(1, skills.size());
            assertEquals(7L, skills.get(0).sentenceId());
            assertEquals("stated", skills.get(0).source());
        }
    }

    /** The record's component names, sorted: the camelCase columns of its table (migrations may append columns). */
    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
    }

    private static List<String> columns(Map<String, Object> row) {
        return row.keySet().stream().sorted().toList();
    }
}
