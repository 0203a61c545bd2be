package org.skillscope.spark;

import org.apache.spark.sql.SparkSession;

import java.util.Map;

/**
 * The runner's SparkSession (the job itself never sets a master). Without a web UI; on a local master
 * the driver stays on loopback.
 */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession session(String master, String appName) {
        return session(master, appName, Map.of());
    }

    /** {@code conf} is passed through as-is (e.g. spark.jars, spark.executor.memory for a cluster). */
    public static SparkSession session(String master, String appName, Map<String, String> conf) {
        SparkSession.Builder b = SparkSession.builder().appName(appName).master(master)
                .config("spark.ui.enabled", "false")
                // enough shuffle partitions that 1M ads make blocks of tens of MB; adaptive execution
                // coalesces them back to a few on small inputs
                .config("spark.sql.shuffle.partitions", "64")
                .config("spark.sql.adaptive.enabled", "true")
                // executors in their own JVMs score with the same SIMD kernel as the driver (core's VectorMath)
                .config("spark.executor.extraJavaOptions", "--add-modules=jdk.incubator.vector");
        if (master.startsWith("local")) {
            b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        }
        conf.forEach(b::config);
        return b.getOrCreate();
    }
}
