package org.skillscope.cli;


import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Quarantine;
import org.skillscope.datasets.vacancy.VacancyLoader;
import org.skillscope.datasets.vacancy.VacancyMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load credential and vacancy files, report read/accepted/rejected per file, quarantine rejects.")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--credentials", arity = "1..*", paramLabel = "FILE",
            description = "Credential files: our CSV catalogue, ELM JSON-LD, Open Badges 3.0, Coursera/edX exports.")
    List<Path> credentials = new ArrayList<>();

    @Option(names = "--vacancies", arity = "1..*", paramLabel = "FILE",
            description = "Vacancy files (CSV or JSON Lines); the column mapping is detected from the header.")
    List<Path> vacancies = new ArrayList<>();

    @Option(names = "--vacancy-mapping", paramLabel = "NAME",
            description = "Force a vacancy column mapping (adzuna-uk, eures, eures-en, skillscope).")
    String vacancyMapping;

    @Option(names = "--quarantine", paramLabel = "DIR", defaultValue = "quarantine",
            description = "Folder for rejected records, one JSON Lines file per input (default: ${DEFAULT-VALUE}); inputs sharing a file name get a short hash of their path in it.")
    Path quarantineDir;

    @Override
    public Integer call() {
        if (credentials.isEmpty() && vacancies.isEmpty()) {
            throw new IllegalArgumentException("give at least one --credentials or --vacancies file");
        }
        List<Path> inputs = new ArrayList<>(credentials);
        inputs.addAll(vacancies);
        Map<Path, Path> quarantine = Quarantine.targets(quarantineDir, inputs);

        List<LoadResult<?>> results = new ArrayList<>();
        List<Credential> allCredentials = new ArrayList<>();
        int failed = 0;
        // a file that cannot be read (missing, a folder, unreadable, over a size limit) is named on
        // stderr and the other files are still validated; the exit code says some failed
        for (Path p : credentials) {
            try {
                LoadResult<Credential> r = CredentialLoaders.load(p);
                report("credentials", p, r, quarantine.get(p));
                allCredentials.addAll(r.accepted());
                results.add(r);
            } catch (DatasetException e) {
                failed++;
                System.err.println("skillscope validate: error: " + e.getMessage());
            }
        }
        for (Path p : vacancies) {
            try {
                VacancyMapping m = vacancyMapping == null ? VacancyMapping.detect(p) : VacancyMapping.named(vacancyMapping);
                LoadResult<?> r = VacancyLoader.load(p, m);
                report("vacancies (" + m.name() + ")", p, r, quarantine.get(p));
                results.add(r);
            } catch (DatasetException e) {
                failed++;
                System.err.println("skillscope validate: error: " + e.getMessage());
            }
        }
        if (!allCredentials.isEmpty()) {
            System.out.println("data quality (share of credentials missing each mandatory element):");
            org.skillscope.datasets.credential.CredentialValidator.summarise(allCredentials).sharesMissing()
                    .forEach((element, share) -> System.out.printf("  %-28s %5.1f %%%n", element, share * 100));
        }
        long read = results.stream().mapToLong(LoadResult::read).sum();
        long accepted = results.stream().mapToLong(r -> r.accepted().size()).sum();
        long rejected = results.stream().mapToLong(r -> r.rejected().size()).sum();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("read", read);
        totals.put("accepted", accepted);
        totals.put("rejected", rejected);
        totals.put("files", results.size());
        totals.put("failedFiles", failed);
        totals.put("quarantine", quarantineDir.toString());
        System.out.println(Json.line(totals));
        return failed == 0 ? 0 : 2;
    }

    /** Writes the rejects (before printing: a quarantine that cannot be written fails the file). */
    private void report(String kind, Path file, LoadResult<?> r, Path target) {
        String where = "no rejects";
        if (!r.rejected().isEmpty()) {
            Quarantine.write(target, r.rejected());
            where = "rejects -> " + target;
        }
        System.out.printf("%s %s: read %d, accepted %d, rejected %d (%s)%n",
                kind, file, r.read(), r.accepted().size(), r.rejected().size(), where);
        r.rejected().stream().limit(5).forEach(x -> System.out.println("  " + x.describe()));
        if (r.rejected().size() > 5) System.out.println("  ... " + (r.rejected().size() - 5) + " more in the quarantine file");
    }
}
