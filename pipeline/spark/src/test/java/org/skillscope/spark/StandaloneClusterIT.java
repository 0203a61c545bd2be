package org.skillscope.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The job on a real multi-JVM Spark standalone cluster on loopback: a Master and a Worker started as
 * separate JVMs from the Spark jars, executors in further JVMs, the job's code shipped to them as
 * the shaded job jar (spark.jars). Its results must equal a local run's on the same inputs.
 * Runs in the integration-test phase (after the job jar is built).
 */
class StandaloneClusterIT {
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static String masterUrl;
    private static Path jobJar;

    @BeforeAll
    static void startCluster() throws Exception {
        jobJar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().endsWith("-job.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no target/*-job.jar: run through `mvn verify`"));
        Path sparkHome = Path.of("target/it-spark-home").toAbsolutePath();
        Path jars = sparkHome.resolve("jars");
        Files.createDirectories(jars);
        // a Worker builds executor command lines from SPARK_HOME/jars: give it this build's classpath
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) Files.createSymbolicLink(link, p.toAbsolutePath());
            }
        }
        int masterPort = freePort();
        masterUrl = "spark://127.0.0.1:" + masterPort;
        PROCESSES.add(start(sparkHome, "master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
        waitForPort(masterPort, Duration.ofSeconds(60));
        Path work = Path.of("target/it-spark-work").toAbsolutePath();
        Files.createDirectories(work);
        PROCESSES.add(start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", masterUrl,
                "--host", "127.0.0.1", "--cores", "2", "--memory", "3g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", work.toString()));
    }

    @AfterAll
    static void stopCluster() {
        PROCESSES.forEach(p -> p.descendants().forEach(ProcessHandle::destroy));
        PROCESSES.forEach(Process::destroy);
    }

    private static Process start(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", sparkHome.resolve("jars") + File.separator + "*"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(Path.of("target/it-spark-" + name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        fail("Spark master did not open port " + port + " within " + timeout + "; see target/it-spark-master.log");
    }


    private static RunSummary runOn(String master, Map<String, String> conf, String jdbc, Path out) {
        JobConfig cfg = new JobConfig(EscoSample.path(), CredentialSample.files(), VacancySample.files(), jdbc, out,
                Path.of(System.getProperty("skillscope.indexCache", "target/index-cache")).toAbsolutePath(), 4);
        SparkSession spark = LocalSpark.session(master, "skillscope-it", conf);
        try {
            return SkillScopeJob.run(spark, cfg);
        } finally {
            spark.stop();
        }
    }

    @Test
    void theJobRunsOnAStandaloneClusterAndMatchesALocalRun() throws Exception {
        String clusterDb = Db.fresh();
        String localDb = Db.fresh();
        RunSummary cluster = runOn(masterUrl, Map.of(
                "spark.jars", jobJar.toAbsolutePath().toString(),
                "spark.driver.host", "127.0.0.1",
                "spark.driver.bindAddress", "127.0.0.1",
                "spark.executor.memory", "2g",
                "spark.cores.max", "2"), clusterDb, Path.of("target/it-out-cluster"));
        assertEquals("published", cluster.status());
        // executors really ran in other JVMs: the worker wrote their logs
        try (var dirs = Files.walk(Path.of("target/it-spark-work"))) {
            assertTrue(dirs.anyMatch(p -> p.getFileName().toString().equals("stderr")), "no executor ran on the worker");
        }
        RunSummary local = runOn("local[2]", Map.of(), localDb, Path.of("target/it-out-local"));
        assertEquals(local.vacancies(), cluster.vacancies());
        Db.assertSameRows(localDb, clusterDb, List.of(
                "SELECT credential_id, skill_uri, confidence FROM credential_skills ORDER BY 1, 2",
                "SELECT scope_type, scope, skill_uri, vacancies FROM skill_demand ORDER BY 1, 2, 3",
                "SELECT scope_type, scope, rank_no, skill_uri FROM gaps ORDER BY 1, 2, 3"));
    }
}
