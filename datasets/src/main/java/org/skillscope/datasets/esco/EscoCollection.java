package org.skillscope.datasets.esco;

/** The ESCO collections SkillScope reads, with the file stem each has in the download. */
public enum EscoCollection {
    GREEN("greenSkillsCollection"),
    DIGITAL("digitalSkillsCollection"),
    DIGCOMP("digCompSkillsCollection"),
    TRANSVERSAL("transversalSkillsCollection"),
    LANGUAGE("languageSkillsCollection"),
    RESEARCH_SKILLS("researchSkillsCollection"),
    RESEARCH_OCCUPATIONS("researchOccupationsCollection");

    private final String fileStem;

    EscoCollection(String fileStem) {
        this.fileStem = fileStem;
    }

    public String fileStem() {
        return fileStem;
    }
}
