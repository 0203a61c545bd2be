package org.skillscope.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.skillscope.api.service.EscoContext;
import org.skillscope.spark.JobConfig;
import org.skillscope.spark.LocalSpark;
import org.skillscope.spark.RunSummary;
import org.skillscope.spark.SkillScopeJob;

/**
 * A run the real Spark job published into a fresh in-memory database, and the API serving it on a
 * free loopback port: what the tests over real published runs (sample, real data) start from.
 */
final class PublishedRunServer implements AutoCloseable {
    final RunSummary summary;
    final EscoContext esco;
    /** The in-memory results database the job published into (for the CLI over the same run). */
    final String jdbcUrl;
    final Http http;
    private final Javalin app;

    private PublishedRunServer(String jdbcUrl, RunSummary summary, EscoContext esco, Javalin app) {
        this.jdbcUrl = jdbcUrl;
        this.summary = summary;
        this.esco = esco;
        this.app = app;
        this.http = new Http(app.port());
    }

    static PublishedRunServer publish(Path escoPath, List<Path> credentials, List<Path> vacancies, Path out, Path cache) {
        String jdbc = RunFixture.memoryUrl();
        SparkSession spark = LocalSpark.session("local[2]", "skillscope-api-test");
        RunSummary summary;
        try {
            summary = SkillScopeJob.run(spark, new JobConfig(escoPath, credentials, vacancies, jdbc, out, cache, 2));
        } finally {
            spark.stop();
        }
        EscoContext esco = new EscoContext(escoPath, cache);
        return new PublishedRunServer(jdbc, summary, esco, ApiServer.create(ApiConfig.of(jdbc, 0, escoPath, cache), esco).start("127.0.0.1", 0));
    }

    /** GET that must answer 200 with JSON (JSON-LD for an exported European Learning Model document). */
    JsonNode ok(String path) {
        Http.Answer a = http.get(path);
        assertEquals(200, a.status(), path + ": " + a.body());
        assertTrue(a.contentType().startsWith("application/json") || a.contentType().startsWith("application/ld+json"), path + ": " + a.contentType());
        return a.json();
    }

    @Override
    public void close() {
        app.stop();
        esco.close();
    }
}
