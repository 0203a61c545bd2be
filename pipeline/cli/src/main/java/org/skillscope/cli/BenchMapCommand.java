package org.skillscope.cli;

import org.skillscope.eval.bench.MapBench;
import org.skillscope.eval.bench.MapBenchResult;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.vacancy.Vacancy;
import org.skillscope.datasets.vacancy.VacancyLoader;
import org.skillscope.datasets.vacancy.VacancyMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Mapping throughput (sentences/s, lexical and hybrid) and index build/load times, on real vacancy text.")
final class BenchMapCommand implements Runnable {
    @Mixin
    EscoOptions escoOptions;

    @Option(names = "--ads", defaultValue = "300", description = "Vacancies whose sentences are mapped (default: ${DEFAULT-VALUE}).")
    int ads;

    @Option(names = "--batch", defaultValue = "256", description = "Units per matcher call (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--repeat", defaultValue = "3", description = "Cold passes whose median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--sample", description = "Use the bundled sample even when ../shared/data is present.")
    boolean sample;

    @Override
    public void run() {
        InputSet in = InputSet.defaults(sample);
        List<String> texts = new ArrayList<>();
        for (Path p : in.vacancies()) {
            for (Vacancy v : VacancyLoader.load(p, VacancyMapping.detect(p)).accepted()) {
                if (texts.size() >= ads) break;
                if (v.description() != null && (v.language() == null || v.language().equals("en"))) texts.add(v.description());
            }
        }
        Esco esco = escoOptions.load();
        System.err.printf("bench map: %d ads from the %s, ESCO %s, batches of %d%n", texts.size(), in.name(), esco.version(), batch);
        MapBenchResult r = MapBench.run(esco, escoOptions.cacheDir(), texts, batch, Math.max(1, repeat));
        System.out.println(r.toJson());
    }
}
