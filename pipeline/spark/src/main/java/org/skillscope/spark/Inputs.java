package org.skillscope.spark;

import org.apache.spark.sql.SparkSession;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Rejection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1: everything read from disk, with rejects kept and counts that reconcile. Credentials are
 * few and stay on the driver; vacancies go to Spark as they are read ({@link VacancyIntake}).
 */
record Inputs(List<Credential> credentials, VacancyIntake.Loaded vacancies, List<Rejection> rejected,
              long read, List<Map<String, Object>> files) {

    static Inputs load(SparkSession spark, List<Path> credentialFiles, List<Path> vacancyFiles, int partitions) {
        List<Credential> credentials = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        long read = 0;
        for (Path p : credentialFiles) {
            LoadResult<Credential> r = CredentialLoaders.load(p);
            credentials.addAll(r.accepted());
            rejected.addAll(r.rejected());
            read += r.read();
            files.add(describe("credentials", p, r.read(), r.rejected().size()));
        }
        VacancyIntake.Loaded vacancies = VacancyIntake.load(spark, vacancyFiles, partitions);
        rejected.addAll(vacancies.rejected());
        read += vacancies.read();
        for (int i = 0; i < vacancyFiles.size(); i++) {
            long[] n = vacancies.files().get(i);
            files.add(describe("vacancies", vacancyFiles.get(i), n[0], n[1]));
        }
        return new Inputs(credentials, vacancies, rejected, read, files);
    }

    private static Map<String, Object> describe(String kind, Path p, long read, long rejected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("file", p.toString());
        m.put("sha256", org.skillscope.datasets.FileDigests.sha256(p));
        m.put("read", read);
        m.put("accepted", read - rejected);
        m.put("rejected", rejected);
        return m;
    }

}
