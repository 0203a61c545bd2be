package org.skillscope.datasets.esco;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints ESCO load time (a cold first load, then the median of 5 loads after a warm-up) and heap
 * figures; asserts nothing. Run from the repository root after {@code mvn -pl datasets test-compile}:
 * <pre>
 * java -Xmx2g -cp "datasets/target/classes:datasets/target/test-classes:$(cat cp.txt)" \
 *     org.skillscope.datasets.esco.EscoLoadBench ../shared/data/esco/v1.1.1
 * </pre>
 */
public final class EscoLoadBench {
    private EscoLoadBench() {}

    public static void main(String[] args) {
        Path path = Path.of(args.length > 0 ? args[0] : "../shared/data/esco/v1.1.1");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        Esco first = EscoLoader.load(path);
        double cold = (System.nanoTime() - t0) / 1e6;
        System.out.printf("cold first load: %.0f ms  %s%n", cold, first.counts());
        first = null;
        EscoLoader.load(path); // warm-up
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Esco e = EscoLoader.load(path);
            times.add((System.nanoTime() - t) / 1e6);
            if (e.skills().isEmpty()) System.out.println("(empty)"); // keep e alive until measured
        }
        Collections.sort(times);
        System.out.printf("warm loads (ms, sorted): %s  median %.0f ms%n", times, times.get(times.size() / 2));
        // retained size of one loaded Esco: heap after GC with and without it
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Esco held = EscoLoader.load(path);
        gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("retained heap of one loaded Esco: %.0f MB (skills %d)%n",
                (after - before) / 1048576.0, held.skills().size());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap used (sum of heap pool peaks, whole run): %.0f MB, max heap %d MB%n",
                peak / 1048576.0, rt.maxMemory() / 1048576);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
