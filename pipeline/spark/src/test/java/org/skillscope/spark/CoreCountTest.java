package org.skillscope.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.nio.file.Path;
import java.util.List;

/**
 * A run's results do not depend on how many cores ran it: the mapping batches follow from the input
 * (the quantized model scales each batch as a whole, so batches that changed with the cores would
 * change the scores in their last digits, and a cluster would publish other numbers than a laptop).
 */
class CoreCountTest {
    @TempDir
    Path tmp;

    @Test
    void localOneAndLocalTwoPublishTheSameResults() throws Exception {
        Db.assertSameRows(runOn("local[1]"), runOn("local[2]"), List.of(
                "SELECT credential_id, skill_uri, confidence, contribution FROM credential_skills ORDER BY 1, 2",
                "SELECT credential_id, relevance, relevance_percentile, green, digital FROM credentials ORDER BY 1",
                "SELECT vacancy_id, skill_uri, score FROM vacancy_skills ORDER BY 1, 2",
                "SELECT vacancy_id, occupation_uri, occupation_score, skills FROM vacancies ORDER BY 1",
                "SELECT scope_type, scope, rank_no, skill_uri, gap_score FROM gaps ORDER BY 1, 2, 3"));
    }

    /** One run in its own session with the default partitioning (0: the job decides); returns its database. */
    private String runOn(String master) {
        String jdbc = Db.fresh();
        SparkSession spark = LocalSpark.session(master, "skillscope-cores");
        try {
            SkillScopeJob.releaseMatchers(); // each run maps cold, as a fresh JVM would
            SkillScopeJob.run(spark, new JobConfig(EscoSample.path(), CredentialSample.files(), VacancySample.files(), jdbc,
                    tmp.resolve(master.replaceAll("\\W", "")), Path.of(System.getProperty("skillscope.indexCache", "target/index-cache")), 0));
        } finally {
            spark.stop();
            SkillScopeJob.releaseMatchers();
        }
        return jdbc;
    }
}
