package org.skillscope.datasets.vacancy;

import org.skillscope.datasets.validation.LoadResult;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Loads job vacancies from CSV (header row, RFC 4180 quoting, multi-line fields) or JSON Lines
 * (one object per line) through a {@link VacancyMapping}. Records that fail validation go to the
 * result's rejects with file, line, field and reason; read = accepted + rejected always.
 * A file that cannot be read at all (missing, empty, header without the mapped columns) throws
 * {@link org.skillscope.datasets.DatasetException}.
 *
 * <pre>{@code
 * VacancyLoader loader = VacancyLoader.withEuLanguages();   // build once: loads language profiles
 * LoadResult<Vacancy> r = loader.read(file);                // mapping picked from the header
 * }</pre>
 */
public final class VacancyLoader {
    private final LanguageDetector languages;

    public VacancyLoader(LanguageDetector languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** A loader that detects the language of ads among the EU/EEA languages. */
    public static VacancyLoader withEuLanguages() {
        return new VacancyLoader(EuLanguageDetector.create());
    }

    /** One-off convenience: {@code withEuLanguages().read(file, mapping)}. */
    public static LoadResult<Vacancy> load(Path file, VacancyMapping mapping) {
        return withEuLanguages().read(file, mapping);
    }

    /** One-off convenience with the mapping picked by {@link VacancyMapping#detect(Path)}. */
    public static LoadResult<Vacancy> load(Path file) {
        return withEuLanguages().read(file);
    }

    public LoadResult<Vacancy> read(Path file) {
        return read(file, VacancyMapping.detect(file));
    }

    /**
     * Streams the raw records of {@code file} to {@code sink} without validating or keeping them (the
     * header is checked as by {@link #read}); returns how many were read. For callers that validate
     * elsewhere with {@link VacancyValidator#evaluate}, e.g. in parallel on a cluster.
     */
    public static long records(Path file, VacancyMapping mapping, Consumer<RawRecord> sink) {
        long[] n = {0};
        VacancyReader.read(file, mapping, r -> {
            n[0]++;
            sink.accept(r);
        });
        return n[0];
    }

    public LoadResult<Vacancy> read(Path file, VacancyMapping mapping) {
        LoadResult.Builder<Vacancy> out = new LoadResult.Builder<>(file.toString());
        VacancyValidator validator = new VacancyValidator(mapping, languages, out);
        VacancyReader.read(file, mapping, validator::check);
        return out.build();
    }
}
