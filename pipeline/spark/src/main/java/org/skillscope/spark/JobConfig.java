package org.skillscope.spark;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run depends on. Built once by the CLI (flags, env, defaults) and passed down; the
 * job reads no environment variable itself, except the database login ({@code SKILLSCOPE_DB_USER},
 * {@code SKILLSCOPE_DB_PASSWORD}), which the results store reads when it opens {@code jdbcUrl}.
 *
 * @param esco          ESCO download (zip or folder)
 * @param credentials   credential files (any supported format)
 * @param vacancies     vacancy files (mapping detected from the header)
 * @param jdbcUrl       results database
 * @param outDir        exports (CSV + JSON per table) go to outDir/runId/
 * @param cacheDir      skill index cache (keyed inside by ESCO fingerprint and model)
 * @param partitions    partitions for loading and mapping (0 = loading on 2 x default parallelism, mapping
 *                      one partition per thousand distinct texts, so batches do not depend on the cores)
 * @param detailLimit   above this many vacancies, vacancy skills and their evidence sentences go to Parquet
 *                      exports only, not to the database nor to CSV/JSON Lines
 * @param escoLanguages ESCO labels in other languages (official CSVs or MELO folders); empty: English only,
 *                      vacancies in other languages are counted, not mapped
 */
public record JobConfig(Path esco, List<Path> credentials, List<Path> vacancies, String jdbcUrl,
                        Path outDir, Path cacheDir, int partitions, int detailLimit, List<Path> escoLanguages) {
    public static final int DETAIL_LIMIT = 250_000;

    public JobConfig {
        credentials = List.copyOf(credentials);
        vacancies = List.copyOf(vacancies);
        escoLanguages = List.copyOf(escoLanguages);
    }

    public JobConfig(Path esco, List<Path> credentials, List<Path> vacancies, String jdbcUrl, Path outDir, Path cacheDir,
                     int partitions, int detailLimit) {
        this(esco, credentials, vacancies, jdbcUrl, outDir, cacheDir, partitions, detailLimit, List.of());
    }

    /** The same run with labels in other languages. */
    public JobConfig withEscoLanguages(List<Path> paths) {
        return new JobConfig(esco, credentials, vacancies, jdbcUrl, outDir, cacheDir, partitions, detailLimit, paths);
    }

    public JobConfig(Path esco, List<Path> credentials, List<Path> vacancies, String jdbcUrl, Path outDir, Path cacheDir,
                     int partitions) {
        this(esco, credentials, vacancies, jdbcUrl, outDir, cacheDir, partitions, DETAIL_LIMIT);
    }
}
