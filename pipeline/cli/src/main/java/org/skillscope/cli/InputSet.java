package org.skillscope.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of a run when the user gives none: the real public data beside the project when it is
 * there (../shared/data or SKILLSCOPE_DATA), else the bundled sample, so the demo runs anywhere.
 */
public record InputSet(String name, Path esco, List<Path> credentials, List<Path> vacancies) {

    public static InputSet sample() {
        return new InputSet("bundled sample", EscoSample.path(), CredentialSample.files(), VacancySample.files());
    }

    public static Optional<InputSet> shared() {
        return DataPaths.sharedData().map(InputSet::fromShared);
    }

    public static InputSet fromShared(Path data) {
        SharedData layout = SharedData.LAYOUT;
        List<Path> credentials = new ArrayList<>();
        layout.credentials().forEach(f -> credentials.add(data.resolve(f)));
        // the credential examples (ELM and Open Badges): the unsigned ELM documents, the OB3
        // achievements; signed twins and JSON-LD contexts would only repeat or reject
        for (String f : layout.credentialsIfPresent()) {
            Path p = data.resolve(f);
            if (Files.exists(p)) credentials.add(p);
        }
        List<Path> vacancies = layout.vacancies().stream().map(data::resolve).toList();
        return new InputSet("real data in " + data, data.resolve(layout.esco()), credentials, vacancies);
    }

    /**
     * The shared data folder's layout, from {@code shared-data.json} beside this class: file names of
     * one machine's data set belong in a data file, not in code.
     */
    @JsonIgnoreProperties("about")
    record SharedData(String esco, List<String> credentials, List<String> credentialsIfPresent, List<String> vacancies,
                      String escoLanguages, String outcomeCatalogue) {
        static final SharedData LAYOUT = read();

        private static SharedData read() {
            try (InputStream in = InputSet.class.getResourceAsStream("shared-data.json")) {
                if (in == null) throw new IllegalStateException("shared-data.json is missing from the jar");
                return org.skillscope.datasets.JsonMappers.JSON.readValue(in, SharedData.class);
            } catch (IOException e) {
                throw new UncheckedIOException("shared-data.json: " + e.getMessage(), e);
            }
        }
    }

    /** The course catalogue of {@code eval outcomes} in the shared data, when there is shared data. */
    public static Optional<Path> outcomeCatalogue() {
        return DataPaths.sharedData().map(d -> d.resolve(SharedData.LAYOUT.outcomeCatalogue()));
    }

    /** Shared data when present, else the sample; {@code forceSample} skips the lookup. */
    public static InputSet defaults(boolean forceSample) {
        return forceSample ? sample() : shared().orElseGet(InputSet::sample);
    }
}
