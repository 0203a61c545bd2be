package org.skillscope.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscope.api.service.Database;
import org.skillscope.core.results.ResultRows;
import org.skillscope.core.results.TestDatabases;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.core.esco.EscoGraph;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows of the results tables read back as their records, every column mapped, on H2 and PostgreSQL. */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class DatabaseRecordsTest {
    @Parameter
    String database;

    @Test
    void publishedRowsReadBackAsTheirRecords() {
        RunFixture f = RunFixture.publish(new EscoGraph(EscoLoader.load(EscoSample.path())), database);
        try (Database db = new Database(f.jdbcUrl)) {
            List<ResultRows.Run> runs = db.list(ResultRows.Run.class, "SELECT * FROM runs ORDER BY run_id");
            assertEquals(List.of("published", "published", "running"), runs.stream().map(ResultRows.Run::status).toList());
            assertNotNull(runs.get(1).startedAt());
            assertTrue(runs.get(1).inputsJson().contains("catalogue.csv"), runs.get(1).inputsJson());
            assertNull(runs.get(2).finishedAt());

            List<ResultRows.Gap> gaps = db.list(ResultRows.Gap.class,
                    "SELECT * FROM gaps WHERE run_id = ? AND scope_type = ? ORDER BY rank_no", "run-2", "all");
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

            List<ResultRows.VacancySkill> skills = db.list(ResultRows.VacancySkill.class, "SELECT * FROM vacancy_skills WHERE run_id = ?", "run-2");
            assertEquals(1, skills.size());
            assertEquals(7L, skills.get(0).sentenceId());
            assertEquals("stated", skills.get(0).source());
        }
    }
}
