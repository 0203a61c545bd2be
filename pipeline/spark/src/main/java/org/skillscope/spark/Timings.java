package org.skillscope.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stage timings, logged as each stage ends so a long run shows where it is. */
final class Timings {
    private static final Logger LOG = LoggerFactory.getLogger(Timings.class);
    private final long start = System.nanoTime();
    private long last = start;
    private final Map<String, Double> stages = new LinkedHashMap<>();

    void lap(String stage, String whatItDid) {
        long now = System.nanoTime();
        double s = Math.round((now - last) / 1e8) / 10.0;
        stages.put(stage, s);
        last = now;
        LOG.info("stage {} done in {} s: {}", stage, s, whatItDid);
    }

    double total() {
        return (System.nanoTime() - start) / 1e9;
    }

    Map<String, Double> stages() {
        return new LinkedHashMap<>(stages);
    }
}
