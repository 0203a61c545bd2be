package org.skillscope.cli;

import org.apache.spark.sql.SparkSession;
import org.skillscope.spark.JobConfig;
import picocli.CommandLine;
import org.skillscope.spark.LocalSpark;
import org.skillscope.spark.RunSummary;
import org.skillscope.spark.SkillScopeJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the batch job: map credentials and vacancies to ESCO, measure demand, score, find gaps, publish a run.",
                "With no input flags it runs on ../shared/data when present, else on the bundled sample."})
public final class RunCommand implements Runnable {

    @Option(names = "--esco", paramLabel = "PATH", description = "ESCO download (zip or folder).")
    Path esco;

    @Option(names = "--credentials", arity = "1..*", paramLabel = "FILE", description = "Credential files (any supported format).")
    List<Path> credentials = new ArrayList<>();

    @Option(names = "--vacancies", arity = "1..*", paramLabel = "FILE", description = "Vacancy files (CSV or JSON Lines).")
    List<Path> vacancies = new ArrayList<>();

    @Option(names = "--sample", description = "Use the bundled sample even when ../shared/data is present.")
    boolean sample;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Results database (default: an H2 file under data/results, or $SKILLSCOPE_DB).")
    String db;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "Exports folder (default: data/exports).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Skill index cache (default: ~/.cache/skillscope or $SKILLSCOPE_CACHE).")
    Path cache;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark configuration, e.g. --conf spark.jars=JOB_JAR.")
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    @picocli.CommandLine.Mixin
    EscoLanguagesOption languages = new EscoLanguagesOption();

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions for loading and mapping (default: loading 2 x cores, mapping one per 1,000 distinct texts).")
    int partitions;

    @Override
    public void run() {
        System.out.println(Json.line(execute().toMap()));
    }

    /** Entry point for spark-submit ({@code --class org.skillscope.cli.RunCommand}, README): the same flags as `skillscope run`. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new RunCommand()).execute(args));
    }

    public RunSummary execute() {
        JobConfig cfg = config();
        // spark-submit passes the master as a system property; only the local runner picks one itself
        String master = this.master != null ? this.master : System.getProperty("spark.master", "local[*]");
        System.err.printf("skillscope run: ESCO %s, %d credential file(s), %d vacancy file(s), master %s, results %s%n",
                cfg.esco(), cfg.credentials().size(), cfg.vacancies().size(), master, org.skillscope.core.results.DatabaseAccess.redact(cfg.jdbcUrl()));
        SparkSession spark = LocalSpark.session(master, "skillscope run", conf);
        try {
            return SkillScopeJob.run(spark, cfg);
        } finally {
            spark.stop();
        }
    }

    public JobConfig config() {
        boolean anyInput = esco != null || !credentials.isEmpty() || !vacancies.isEmpty();
        InputSet defaults = InputSet.defaults(sample);
        if (!anyInput) System.err.println("skillscope run: no inputs given, using the " + defaults.name());
        Path e = esco != null ? esco : defaults.esco();
        List<Path> c = anyInput ? credentials : defaults.credentials();
        List<Path> v = anyInput ? vacancies : defaults.vacancies();
        DataPaths.requireExists(e, "--esco");
        c.forEach(p -> DataPaths.requireExists(p, "--credentials"));
        v.forEach(p -> DataPaths.requireExists(p, "--vacancies"));
        if (c.isEmpty() && v.isEmpty()) throw new IllegalArgumentException("give --credentials and/or --vacancies files");
        return new JobConfig(e, c, v, db != null ? db : Defaults.jdbcUrl(), out != null ? out : Defaults.outDir(),
                cache != null ? cache : Defaults.cacheDir(), partitions).withEscoLanguages(languages.resolve());
    }
}
