package org.skillscope.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;

/** A hand-built ESCO of 12 skills and 4 occupations (labels from ESCO v1.1.1), for fast unit tests. */
public final class TestEsco {
    private TestEsco() {}

    public static final String JAVA = "http://data.europa.eu/esco/skill/java";
    public static final String SQL = "http://data.europa.eu/esco/skill/sql";
    public static final String TEAMWORK = "http://data.europa.eu/esco/skill/teamwork";
    public static final String NURSE_CARE = "http://data.europa.eu/esco/skill/nursing-care";
    public static final String DEVELOPER = "http://data.europa.eu/esco/occupation/software-developer";
    public static final String NURSE = "http://data.europa.eu/esco/occupation/nurse";

    public static Esco small() {
        Map<String, EscoSkill> skills = new TreeMap<>();
        skill(skills, JAVA, "Java (computer programming)", List.of("Java", "Java programming"),
                "The techniques and principles of software development in Java, such as analysis, algorithms, coding and testing.");
        skill(skills, SQL, "SQL", List.of("structured query language"),
                "The computer language SQL is a query language for retrieval of information from a database.");
        skill(skills, TEAMWORK, "work in teams", List.of("teamwork", "collaborate in a team"),
                "The ability to work confidently within a group with each doing their part in the service of the whole.");
        skill(skills, NURSE_CARE, "provide nursing care", List.of("deliver nursing care"),
                "Provide nursing care to patients in hospitals and in the community.");
        skill(skills, "http://data.europa.eu/esco/skill/python", "Python (computer programming)", List.of("Python"),
                "The techniques and principles of software development in Python.");
        skill(skills, "http://data.europa.eu/esco/skill/drive", "drive vehicles", List.of("driving"),
                "Be able to drive vehicles; have the appropriate type of driving license.");
        skill(skills, "http://data.europa.eu/esco/skill/excel", "use spreadsheets software", List.of("use Excel", "spreadsheets"),
                "Use software tools to create and edit tabular data to carry out calculations.");
        skill(skills, "http://data.europa.eu/esco/skill/customer", "provide customer service", List.of("customer service"),
                "Provide services to customers in a courteous way.");
        skill(skills, "http://data.europa.eu/esco/skill/german", "German", List.of("speak German"),
                "The German language.");
        skill(skills, "http://data.europa.eu/esco/skill/budget", "manage budgets", List.of("budget management"),
                "Plan, monitor and report on the budget.");
        skill(skills, "http://data.europa.eu/esco/skill/cooking", "prepare meals", List.of("cooking"),
                "Cook and prepare food and dishes.");
        skill(skills, "http://data.europa.eu/esco/skill/welding", "use welding equipment", List.of("welding"),
                "Operate welding equipment in a safe manner.");
        Map<String, EscoOccupation> occupations = new TreeMap<>();
        occupation(occupations, DEVELOPER, "software developer", List.of("programmer", "software engineer", "Java developer"),
                "Software developers implement or program all kinds of software systems.");
        occupation(occupations, NURSE, "specialist nurse", List.of("nurse", "registered nurse"),
                "Specialist nurses promote and restore the health of patients.");
        occupation(occupations, "http://data.europa.eu/esco/occupation/chef", "cook", List.of("chef", "line cook"),
                "Cooks prepare and present food.");
        occupation(occupations, "http://data.europa.eu/esco/occupation/driver", "bus driver", List.of("coach driver"),
                "Bus drivers operate buses and coaches.");
        return new Esco("test", "1.1.x", skills, occupations, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), List.of(), new LinkedHashMap<>(), "test-fingerprint");
    }

    private static void skill(Map<String, EscoSkill> m, String uri, String label, List<String> alt, String desc) {
        m.put(uri, new EscoSkill(uri, label, alt, List.of(), desc, "skill/competence", "cross-sector", "released"));
    }

    private static void occupation(Map<String, EscoOccupation> m, String uri, String label, List<String> alt, String desc) {
        m.put(uri, new EscoOccupation(uri, "0000", "", label, alt, List.of(), desc));
    }
}
