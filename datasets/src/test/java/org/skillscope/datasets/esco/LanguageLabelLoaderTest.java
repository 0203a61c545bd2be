package org.skillscope.datasets.esco;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageLabelLoaderTest {
    private static final String NURSE = "http://data.europa.eu/esco/occupation/nurse";

    private static Path melo(Path root, String name, String corpus, String mapping) throws IOException {
        Path d = Files.createDirectories(root.resolve(name));
        Files.writeString(d.resolve("corpus_elements.tsv"), corpus);
        Files.writeString(d.resolve("concept_mapping.tsv"), mapping);
        return d;
    }

    @Test
    void meloFolderGivesItsLanguageAndPreferredLabels() throws IOException {
        Path root = Files.createTempDirectory("melo");
        melo(root, "pol_q_pl_c_pl", "C1_pl_000\tpielęgniarka\nC1_pl_001\tpielęgniarz\n\n", "C1_pl_000\t" + NURSE + "\nC1_pl_001\t" + NURSE + "\n");
        melo(root, "usa_q_en_c_en", "C1_en_000\tnurse\n", "C1_en_000\t" + NURSE + "\n");
        Map<String, LanguageLabels> all = LanguageLabelLoader.load(List.of(root));
        assertEquals(List.of("pl"), List.copyOf(all.keySet()), "English is the English matcher's, never loaded here");
        List<LocalizedLabel> pl = all.get("pl").occupations();
        assertEquals(List.of(new LocalizedLabel(NURSE, "pielęgniarka", true), new LocalizedLabel(NURSE, "pielęgniarz", false)), pl);
        assertEquals("pl", LanguageLabelLoader.meloLanguage(root.resolve("pol_q_pl_c_pl")));
        assertNull(LanguageLabelLoader.meloLanguage(root));
    }

    @Test
    void officialCsvInAnotherLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("occupations_de.csv"), "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels\n"
                + "Occupation," + NURSE + ",2221,Pflegefachkraft,\"Krankenpfleger\nKrankenschwester\",\n");
        Files.writeString(dir.resolve("skills_de.csv"), "conceptType,conceptUri,preferredLabel,altLabels\nKnowledgeSkillCompetence,http://s/1,Pflege,\n");
        LanguageLabels de = LanguageLabelLoader.load(List.of(dir)).get("de");
        assertEquals(3, de.occupations().size());
        assertTrue(de.occupations().get(0).preferred());
        assertFalse(de.occupations().get(2).preferred());
        assertEquals("Krankenschwester", de.occupations().get(2).text());
        assertEquals(List.of(new LocalizedLabel("http://s/1", "Pflege", true)), de.skills());
    }

    @Test
    void aLabelWithoutConceptNamesFileAndLine(@TempDir Path dir) throws IOException {
        melo(dir, "hrv_q_hr_c_hr", "C1_hr_000\tmedicinska sestra\nC2_hr_000\tkuhar\n", "C1_hr_000\t" + NURSE + "\n");
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> LanguageLabelLoader.load(List.of(dir)));
        assertTrue(e.getMessage().contains("corpus_elements.tsv") && e.getMessage().contains("2"), e.getMessage());
        assertTrue(e.getMessage().contains("C2_hr_000"), e.getMessage());
    }

    @Test
    void aMissingPathIsNamed(@TempDir Path dir) {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> LanguageLabelLoader.load(List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
