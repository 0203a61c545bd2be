package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.DataQualitySummary;
import org.skillscope.datasets.validation.LoadResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CredentialSampleTest {

    private static List<LoadResult<Credential>> loadAll() {
        return CredentialSample.files().stream().map(f -> CredentialLoaders.load(f, "sample-salt")).toList();
    }

    @Test
    void providesThreeReadableFiles() {
        List<Path> files = CredentialSample.files();
        assertEquals(CredentialSample.FILE_NAMES, files.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(files.stream().allMatch(Files::isRegularFile));
    }

    @Test
    void catalogueHasTwentyValidMicroCredentialsFromFourProviders() {
        LoadResult<Credential> csv = loadAll().get(0);
        assertEquals(20, csv.read());
        assertEquals(20, csv.accepted().size());
        assertEquals(89, csv.accepted().stream().mapToInt(c -> c.learningOutcomes().size()).sum());
        assertTrue(csv.accepted().stream().allMatch(c -> c.learningOutcomes().size() >= 3 && c.learningOutcomes().size() <= 6));
        Map<String, Long> byCountry = csv.accepted().stream().collect(Collectors.groupingBy(Credential::issuerCountry, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("DK", 7L, "ES", 3L, "NL", 4L, "PL", 6L), byCountry);
        assertEquals(4, csv.accepted().stream().map(Credential::awardingBody).distinct().count());
        assertTrue(csv.accepted().stream().allMatch(c -> c.learnerPseudonym() == null), "a catalogue has no learners");
        // deliberate gaps, so the data-quality summary has something to show
        assertEquals(List.of("nda-digital-marketing quality_assurance", "zr-infection-prevention quality_assurance", "nda-cloud-ops eqf_level"),
                csv.findings().stream().map(f -> f.recordId() + " " + f.field()).toList());
    }

    @Test
    void elmAndOpenBadgeSamplesCarryDeclaredEscoSkills() {
        List<LoadResult<Credential>> all = loadAll();
        Credential elm = all.get(1).accepted().get(0);
        Credential ob3 = all.get(2).accepted().get(0);
        assertEquals(4, elm.learningOutcomes().size());
        assertEquals(5, elm.learningOutcomes().stream().mapToInt(lo -> lo.declaredEscoSkills().size()).sum());
        assertEquals(6, ob3.learningOutcomes().size());
        assertEquals(4, ob3.learningOutcomes().stream().mapToInt(lo -> lo.declaredEscoSkills().size()).sum());
    }

    @Test
    void summaryOverTheWholeSample() {
        List<Credential> all = new ArrayList<>();
        loadAll().forEach(r -> all.addAll(r.accepted()));
        assertEquals(22, all.size());
        DataQualitySummary s = CredentialValidator.summarise(all);
        assertEquals(3, s.missing().get("quality_assurance"));   // 2 in the CSV + the badge
        assertEquals(1, s.missing().get("eqf_level"));
        assertEquals(1, s.missing().get("workload_ects"));       // the badge
        assertEquals(0, s.missing().get("learning_outcomes"));
    }
}
