package org.skillscope.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The local runner's SparkSession (the job itself never sets a master). Spark stays on loopback
 * and without its web UI; shuffles are sized for a small machine.
 */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession session(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName).master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.adaptive.enabled", "true");
        if (master.startsWith("local")) {
            b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        }
        return b.getOrCreate();
    }
}
