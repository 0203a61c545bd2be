package org.skillscope.api;

import io.javalin.Javalin;
import org.skillscope.api.service.EscoContext;
import org.skillscope.datasets.esco.EscoSample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load benchmark on loopback (a benchmark, not a test: it prints figures and asserts nothing).
 * Open loop at a fixed rate: each request's latency is measured from its scheduled send time, so a
 * stalled server cannot hide queueing (no coordinated omission). Runs the fixture run of the tests in
 * an H2 file database and the ESCO sample (index cached in ~/.cache/skillscope).
 *
 * <pre>
 * mvn -q -o -pl api dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp api/target/test-classes:api/target/classes:$(cat api/target/cp.txt) org.skillscope.api.ApiLoadBench [seconds]
 * </pre>
 */
public final class ApiLoadBench {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("skillscope-bench");
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "skillscope");
        try (EscoContext esco = new EscoContext(EscoSample.path(), cache)) {
            RunFixture run = RunFixture.publishTo("jdbc:h2:file:" + dir.resolve("results").toAbsolutePath(), esco.graph());
            Javalin app = ApiServer.create(ApiConfig.of(run.jdbcUrl, 0, EscoSample.path(), cache), esco).start("127.0.0.1", 0);
            java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
                HttpRequest read = HttpRequest.newBuilder(URI.create(base + "/api/credentials/cred-web")).build();
                HttpRequest gap = HttpRequest.newBuilder(URI.create(base + "/api/gaps?scopeType=country&scope=DK")).build();
                HttpRequest map = HttpRequest.newBuilder(URI.create(base + "/api/map")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Install photovoltaic systems on roofs. Write JavaScript for web pages "
                                + "and store data in a relational database.\"}")).build();
                System.out.println("scenario                      rate/s  sent    ok  errors  throughput/s  p50 ms  p99 ms  max ms");
                // warm-up: JIT, connection pool, the skill index and the matcher's caches
                run(client, "warm-up read", read, 400, 5, false);
                run(client, "warm-up gaps", gap, 400, 3, false);
                run(client, "warm-up map", map, 20, 3, false);
                run(client, "credential read", read, 500, seconds, true);
                run(client, "gap query (country DK)", gap, 500, seconds, true);
                run(client, "POST /api/map", map, 50, seconds, true);
            } finally {
                pool.shutdownNow(); // its threads are not daemons: left running they keep the JVM alive after the figures
                app.stop();
            }
        }
    }

    static void run(HttpClient client, String name, HttpRequest req, int rate, int seconds, boolean print) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) errors.incrementAndGet();
                else latencies.add(System.nanoTime() - scheduled);
                done.countDown();
            });
        }
        done.await(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (!print) return;
        System.out.printf(Locale.ROOT, "%-28s %7d %5d %5d %7d %13.1f %7.2f %7.2f %7.2f%n", name, rate, total, l.length, errors.get(), l.length / elapsed,
                pct(l, 0.50), pct(l, 0.99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private ApiLoadBench() {}

}
