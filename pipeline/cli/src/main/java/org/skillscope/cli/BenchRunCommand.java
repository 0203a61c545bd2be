package org.skillscope.cli;

import org.apache.spark.sql.SparkSession;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.vacancy.Vacancy;
import org.skillscope.datasets.vacancy.VacancyLoader;
import org.skillscope.datasets.vacancy.VacancyMapping;
import org.skillscope.spark.JobConfig;
import org.skillscope.spark.LocalSpark;
import org.skillscope.spark.RunSummary;
import org.skillscope.spark.SkillScopeJob;
import org.skillscope.eval.bench.SyntheticVacancies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scale benchmark: grows the real (English) vacancies to N synthetic ads and runs the whole job
 * on local[1] and local[2] for each size, printing time, ads/s, peak heap and the 1-to-2-core speedup.
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "End-to-end job benchmark on synthetic vacancies grown from real ones.")
public final class BenchRunCommand implements Runnable {
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "Vacancy counts (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--cores", split = ",", defaultValue = "1,2", description = "local[N] values to compare (default: ${DEFAULT-VALUE}).")
    List<Integer> cores;

    @Option(names = "--pin", description = "Run local[N] with the whole JVM pinned to N CPUs (taskset): local[1] then has one core in all, "
            + "driver, database writer and GC included, instead of borrowing the idle ones.")
    boolean pin;

    @Option(names = "--sample", description = "Grow from the bundled sample even when ../shared/data is present.")
    boolean sample;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the synthetic files and runs go (default: data/bench).")
    Path work;

    @Override
    public void run() {
        if (pin) {
            int most = cores.stream().mapToInt(Integer::intValue).max().orElse(1);
            if (CPUS.size() < most)
                throw new IllegalArgumentException("--pin: local[" + most + "] needs " + most + " CPUs, this JVM may use " + CPUS);
        }
        InputSet in = InputSet.defaults(sample);
        Path dir = work != null ? work : Defaults.home().resolve("data/bench");
        List<Vacancy> base = new ArrayList<>();
        for (Path p : in.vacancies()) {
            LoadResult<Vacancy> r = VacancyLoader.load(p, VacancyMapping.detect(p));
            r.accepted().stream().filter(v -> v.language() == null || v.language().equals("en")).forEach(base::add);
        }
        System.err.printf("bench run: growing %d English vacancies from the %s%n", base.size(), in.name());
        List<Map<String, Object>> results = new ArrayList<>();
        for (int n : sizes) {
            Path file = SyntheticVacancies.write(base, n, 42L, dir.resolve("vacancies-" + n + ".jsonl"));
            Map<Integer, Double> secondsByCores = new LinkedHashMap<>();
            for (int c : cores) {
                resetPeaks();
                if (pin) pinTo(c);
                String db = "jdbc:h2:file:" + dir.resolve("db-" + n + "-" + c).toAbsolutePath() + ";AUTO_SERVER=FALSE";
                JobConfig cfg = new JobConfig(in.esco(), in.credentials(), List.of(file), db, dir.resolve("out"), Defaults.cacheDir(), 0);
                SparkSession spark = LocalSpark.session("local[" + c + "]", "skillscope bench");
                long t0 = System.nanoTime();
                RunSummary s;
                try {
                    s = SkillScopeJob.run(spark, cfg);
                } finally {
                    spark.stop();
                    SkillScopeJob.releaseMatchers(); // the next run opens its index afresh, as a new JVM would
                    if (pin) pinTo(null);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long peakMb = peakHeapBytes() / (1024 * 1024);
                secondsByCores.put(c, seconds);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("vacancies", n);
                r.put("cores", c);
                r.put("pinnedCpus", pin ? c : Runtime.getRuntime().availableProcessors());
                r.put("seconds", round(seconds));
                r.put("adsPerSecond", round(n / seconds));
                r.put("peakHeapMb", peakMb);
                r.put("heapAfterGcMb", HEAP_AFTER_GC.get() / (1024 * 1024));
                r.put("timings", s.timings());
                results.add(r);
                System.out.printf("%,9d ads  local[%d]  %8.1f s  %8.1f ads/s  peak heap %,d MB  heap after GC %,d MB  stages %s%n",
                        n, c, seconds, n / seconds, peakMb, HEAP_AFTER_GC.get() / (1024 * 1024), s.timings());
            }
            if (secondsByCores.containsKey(1) && secondsByCores.containsKey(2)) {
                System.out.printf("%,9d ads  speedup local[1] -> local[2]%s: %.2fx%n", n, pin ? " (pinned to 1 and 2 CPUs)" : "",
                        secondsByCores.get(1) / secondsByCores.get(2));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("results", results);
        System.out.println(Json.line(out));
    }

    /** The CPUs this JVM may run on when it starts (its affinity, e.g. "0-1"), restored after a pinned run. */
    private static final List<Integer> CPUS = allowedCpus();

    private static List<Integer> allowedCpus() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (!line.startsWith("Cpus_allowed_list:")) continue;
                List<Integer> cpus = new ArrayList<>();
                for (String range : line.substring(line.indexOf(':') + 1).trim().split(",")) {
                    String[] ends = range.split("-");
                    for (int c = Integer.parseInt(ends[0]); c <= Integer.parseInt(ends[ends.length - 1]); c++) cpus.add(c);
                }
                return List.copyOf(cpus);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: --pin will say so
        }
        return List.of();
    }

    /** Every thread of this JVM, and the threads they start, onto its first n allowed CPUs (Linux taskset); null: all of them again. */
    private static void pinTo(Integer n) {
        List<Integer> cpus = n == null ? CPUS : CPUS.subList(0, n);
        String list = String.join(",", cpus.stream().map(String::valueOf).toList());
        List<String> cmd = List.of("taskset", "-a", "-p", "-c", list, String.valueOf(ProcessHandle.current().pid()));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IllegalStateException("--pin: " + String.join(" ", cmd) + " failed: " + out.strip());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("--pin needs taskset (util-linux): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pinning", e);
        }
    }

    /** The most heap in use right after a collection: an upper bound of the live set (old garbage awaits a mixed or full GC), closer than the pool peaks. */
    private static final AtomicLong HEAP_AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                HEAP_AFTER_GC.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    private static void resetPeaks() {
        System.gc();
        HEAP_AFTER_GC.set(0);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use during the run. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
