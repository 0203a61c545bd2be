package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Rejection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.skillscope.datasets.vacancy.VacancyLoaderTest.fixture;

/** Streaming the raw records gives exactly the records the loader validates: same count, same lines. */
class VacancyRecordsTest {
    @Test
    void streamedRecordsAreTheLoadersRecords() {
        for (String name : List.of("duplicates.csv", "columns.csv", "truncated.csv", "latin1.csv")) {
            Path f = fixture(name);
            List<RawRecord> records = new ArrayList<>();
            long n = VacancyLoader.records(f, VacancyMapping.SKILLSCOPE, records::add);
            LoadResult<Vacancy> r = new VacancyLoader(text -> "en").read(f, VacancyMapping.SKILLSCOPE);
            assertEquals(r.read(), n, name);
            assertEquals(n, records.size(), name);
            TreeSet<Long> lines = new TreeSet<>();
            r.accepted().forEach(v -> lines.add(v.sourceLine()));
            r.rejected().stream().map(Rejection::line).forEach(lines::add);
            assertEquals(List.copyOf(lines), records.stream().map(RawRecord::line).toList(), name);
        }
    }

    @Test
    void evaluateLeavesTheDuplicateIdRuleToTheCaller() {
        Path f = fixture("duplicates.csv");
        List<RawRecord> records = new ArrayList<>();
        VacancyLoader.records(f, VacancyMapping.SKILLSCOPE, records::add);
        VacancyValidator v = new VacancyValidator(VacancyMapping.SKILLSCOPE, text -> "en", f.toString());
        // on its own every record with an id passes: the duplicates are only found across records
        List<Long> passing = records.stream().map(v::evaluate).filter(VacancyValidator.Checked::passes)
                .map(VacancyValidator.Checked::line).toList();
        LoadResult<Vacancy> r = new VacancyLoader(text -> "en").read(f, VacancyMapping.SKILLSCOPE);
        long duplicates = r.rejected().stream().filter(x -> x.reason().startsWith("duplicate id")).count();
        assertEquals(r.accepted().size() + duplicates, passing.size());
    }
}
