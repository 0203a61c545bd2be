package org.skillscope.core.lang;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.esco.LanguageLabels;
import org.skillscope.datasets.esco.LocalizedLabel;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultilingualTest {
    @Test
    void aTitleThatNamesAnIscoGroupGetsNoOccupationAndNotesSayWhatIsMissing() {
        Esco esco = EscoLoader.load(EscoSample.path());
        String cook = esco.occupations().values().stream().filter(o -> o.preferredLabel().equals("cook")).findFirst().orElseThrow().uri();
        String group = esco.iscoGroups().keySet().iterator().next();
        Multilingual ml = new Multilingual(esco, Map.of("pl", new LanguageLabels("pl", List.of("test"), List.of(
                new LocalizedLabel(cook, "kucharz", true), new LocalizedLabel(group, "pracownicy przy pracach prostych w kuchni", true),
                new LocalizedLabel("http://data.europa.eu/esco/occupation/unknown", "nieznany", true)), List.of())), TitleParams.DEFAULTS);
        assertEquals(cook, ml.occupation("pl", "Kucharz").uri());
        assertNull(ml.occupation("pl", "Pracownicy przy pracach prostych w kuchni"), "a group, not an occupation");
        assertEquals(1, ml.coverage().get("pl").unknownUris());
        Multilingual.Mapped m = ml.map("pl", "Praca w kuchni.", "Kucharz");
        assertEquals(cook, m.occupation().uri());
        assertEquals(ml.essentialSkills(cook).size(), m.inferred().size());
        Multilingual.Mapped greek = ml.map("el", "Μάγειρας", null);
        assertNull(greek.occupation());
        assertTrue(greek.notes().get(0).contains("'el'"), greek.notes().toString());
    }
}
