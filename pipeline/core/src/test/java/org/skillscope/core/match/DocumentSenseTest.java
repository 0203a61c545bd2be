package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.skillscope.core.index.Concept;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;
import org.skillscope.datasets.esco.OccupationSkillRelation;

class DocumentSenseTest {
    static final String CHEF_TOOL = "skill/chef-tool", PACKAGING = "skill/packaging-engineering", JAVA = "skill/java",
            WELDING = "skill/welding", LEAD = "skill/lead-others", SQL = "skill/sql", PUPPET = "skill/puppet-tool",
            CSHARP = "skill/csharp", R = "skill/r", DETAIL = "skill/attend-to-detail", COMMUNICATION = "skill/communication",
            N1QL = "skill/n1ql", QUERY = "skill/query-languages", JAVASCRIPT = "skill/javascript", CSS = "skill/css",
            ASTRONOMY = "skill/astronomy", WORK_NURSES = "skill/work-with-nursing-staff", SECURITIES = "skill/securities", ECONOMICS = "skill/economics", SERVICE = "skill/customer-service",
            INITIATIVE = "skill/show-initiative",
            ML_LANGUAGE = "skill/ml-language", LESS = "skill/less", SPARK = "skill/spark", MAIL = "skill/handle-mail", ECOMMERCE = "skill/e-commerce",
            PROGRAMMING = "skill/computer-programming", VITAMINS = "skill/vitamin-c", MACHINE_LEARNING = "skill/machine-learning",
            POOL = "skill/pool-infrastructure", FOOD_SAFETY = "skill/food-safety-standards", GUJARATI = "skill/gujarati",
            LEGISLATION = "skill/safety-legislation", VEHICLES = "skill/repair-vehicles", SECURITY_POLICY = "skill/security-policies",
            ADAPT = "skill/adapt-to-change", HEALTH_SAFETY = "skill/health-and-safety-in-the-workplace";
    static final String NURSE = "occupation/specialist-nurse", NURSE_ASSISTANT = "occupation/nurse-assistant";
    static final String CHEF = "occupation/chef", WELDING_ENGINEER = "occupation/welding-engineer", DEVELOPER = "occupation/developer";

    static final DocumentSense SENSE = new DocumentSense(esco());

    static Esco esco() {
        Map<String, EscoSkill> skills = new TreeMap<>();
        skills.put(CHEF_TOOL, skill(CHEF_TOOL, "Chef (tools for software configuration management)", List.of("Chef"), "cross-sector"));
        skills.put(PACKAGING, skill(PACKAGING, "packaging engineering", List.of("engineering", "packing"), "sector-specific"));
        skills.put(JAVA, skill(JAVA, "Java (computer programming)", List.of("Java"), "cross-sector"));
        skills.put(WELDING, skill(WELDING, "operate welding equipment", List.of("welding"), "sector-specific"));
        skills.put(LEAD, skill(LEAD, "lead others", List.of("lead"), "transversal"));
        skills.put(SQL, skill(SQL, "SQL", List.of(), "cross-sector"));
        skills.put(CSHARP, skill(CSHARP, "C#", List.of("C Sharp"), "cross-sector"));
        skills.put(LESS, skill(LESS, "LESS", List.of(), "cross-sector"));
        skills.put(MAIL, skill(MAIL, "handle mail", List.of("work with mail"), "cross-sector"));
        skills.put(ECOMMERCE, skill(ECOMMERCE, "e-commerce", List.of("electronic commerce"), "cross-sector"));
        skills.put(PROGRAMMING, skill(PROGRAMMING, "computer programming", List.of("C shell"), "cross-sector"));
        skills.put(VITAMINS, skill(VITAMINS, "vitamin c sources", List.of(), "sector-specific"));
        skills.put(SPARK, skill(SPARK, "SPARK", List.of(), "cross-sector"));
        // ESCO's descriptions write "less" as an English word; none writes "spark" so
        skills.put("skill/tidy", new EscoSkill("skill/tidy", "tidy up", List.of(), List.of(), "Leave less mess.", "skill/competence",
                "transversal", "released"));
        skills.put(R, skill(R, "R", List.of(), "cross-sector"));
        skills.put(DETAIL, skill(DETAIL, "attend to detail", List.of("care", "attention to detail"), "transversal"));
        skills.put(COMMUNICATION, skill(COMMUNICATION, "communication", List.of("communicating"), "cross-sector"));
        skills.put(N1QL, skill(N1QL, "N1QL", List.of("Couchbase query language"), "sector-specific"));
        skills.put(QUERY, skill(QUERY, "query languages", List.of("RDQL", "SPARQL"), "cross-sector"));
        skills.put(JAVASCRIPT, skill(JAVASCRIPT, "JavaScript", List.of("CSJS"), "cross-sector"));
        skills.put(CSS, skill(CSS, "CSS", List.of(), "cross-sector"));
        // "managers" is in three names here (more than AMBIGUOUS, fewer than NOT_A_PERSON); "gardens" in eleven, any form
        for (String name : List.of("liaise with managers", "support managers", "report to managers", "tend gardens", "mentor individuals")) {
            skills.put("skill/" + name, skill("skill/" + name, name, List.of(), "cross-sector"));
        }
        for (int i = 0; i < 10; i++) skills.put("skill/garden" + i, skill("skill/garden" + i, "garden task " + i, List.of(), "sector-specific"));
        skills.put(WORK_NURSES, skill(WORK_NURSES, "work with nursing staff", List.of("work with nurses"), "cross-sector"));
        skills.put(ASTRONOMY, skill(ASTRONOMY, "astronomy", List.of(), "cross-sector"));
        skills.put(SECURITIES, skill(SECURITIES, "securities", List.of("security"), "sector-specific"));
        skills.put(ECONOMICS, skill(ECONOMICS, "economics", List.of("finances"), "cross-sector"));
        for (String name : List.of("ICT security legislation", "security threats", "manage security systems", "manage finances",
                "finances of a company", "public finances")) {
            skills.put("skill/" + name, skill("skill/" + name, name, List.of(), "sector-specific"));
        }
        skills.put(PUPPET, skill(PUPPET, "Puppet (tools for software configuration management)", List.of(), "cross-sector"));
        skills.put("skill/puppet-shows", skill("skill/puppet-shows", "develop puppet shows", List.of(), "occupation-specific"));
        skills.put("skill/puppet-clothing", skill("skill/puppet-clothing", "sew puppet clothing", List.of(), "occupation-specific"));
        skills.put("skill/civil", skill("skill/civil", "civil engineering", List.of(), "sector-specific"));
        skills.put(SERVICE, skill(SERVICE, "customer service", List.of("customer support"), "cross-sector"));
        skills.put(ML_LANGUAGE, skill(ML_LANGUAGE, "ML (computer programming)", List.of("ML"), "cross-sector"));
        skills.put(MACHINE_LEARNING, skill(MACHINE_LEARNING, "machine learning", List.of("ML"), "cross-sector"));
        skills.put(INITIATIVE, new EscoSkill(INITIATIVE, "show initiative", List.of("active participation", "initiative"), List.of("activity"),
                "show initiative.", "skill/competence", "transversal", "released"));
        for (String name : List.of("support managers", "support colleagues", "support users")) {
            skills.put("skill/" + name, skill("skill/" + name, name, List.of(), "transversal"));
        }
        skills.put("skill/principles", skill("skill/principles", "engineering principles", List.of(), "cross-sector"));
        skills.put(POOL, skill(POOL, "monitor swimming-pool infrastructure", List.of("oversee infrastructure", "monitor infrastructure"),
                "occupation-specific"));
        skills.put("skill/park-infrastructure", skill("skill/park-infrastructure", "monitor park infrastructure", List.of(), "occupation-specific"));
        skills.put(FOOD_SAFETY, new EscoSkill(FOOD_SAFETY, "food safety standards", List.of("standards of safety standards"), List.of(),
                "Food safety standards.", "knowledge", "cross-sector", "released"));
        skills.put("skill/machine-safety", new EscoSkill("skill/machine-safety", "machinery safety standards", List.of(), List.of(),
                "Machinery safety standards.", "knowledge", "sector-specific", "released"));
        skills.put(VEHICLES, skill(VEHICLES, "carry out repair of vehicles", List.of("undertake repair of vehicles", "repair of vehicles"),
                "sector-specific"));
        skills.put("skill/inspect-vehicles", skill("skill/inspect-vehicles", "inspect repair of vehicles", List.of(), "sector-specific"));
        skills.put(SECURITY_POLICY, skill(SECURITY_POLICY, "apply information security policies", List.of("information security policy"),
                "cross-sector"));
        skills.put("skill/security-policy", skill("skill/security-policy", "write security policies", List.of(), "cross-sector"));
        skills.put(ADAPT, skill(ADAPT, "adapt to change", List.of("adaptability"), "transversal"));
        skills.put("skill/adapt-style", skill("skill/adapt-style", "adapt style", List.of(), "cross-sector"));
        skills.put(HEALTH_SAFETY, new EscoSkill(HEALTH_SAFETY, "health and safety in the workplace", List.of("health and safety"), List.of(),
                "Health and safety at work.", "knowledge", "cross-sector", "released"));
        skills.put("skill/health-safety-measures", new EscoSkill("skill/health-safety-measures", "health and safety measures", List.of(),
                List.of(), "Health and safety measures.", "knowledge", "cross-sector", "released"));
        skills.put(GUJARATI, skill(GUJARATI, "interact verbally in Gujarati", List.of("speak Gujarati", "interact in Gujarati"), "transversal"));
        skills.put(LEGISLATION, skill(LEGISLATION, "ensure compliance with safety legislation", List.of("ensure compliance with safety regulations"),
                "cross-sector"));
        Map<String, EscoOccupation> occupations = new TreeMap<>();
        occupations.put(CHEF, new EscoOccupation(CHEF, "3434", "", "chef", List.of("head chef", "chef de partie"), List.of(), "Chefs cook."));
        occupations.put(WELDING_ENGINEER, new EscoOccupation(WELDING_ENGINEER, "2144", "", "welding engineer", List.of(), List.of(), "Welds."));
        occupations.put(DEVELOPER, new EscoOccupation(DEVELOPER, "2512", "", "software developer", List.of("Java developer"), List.of(), "Codes."));
        // ESCO's alternative labels hold activities too: "technical support" is what a text asks for, not who works there
        occupations.put("occupation/engineering-assistant", new EscoOccupation("occupation/engineering-assistant", "3119", "",
                "engineering assistant", List.of("technical support", "engineer in user support"), List.of(), "Assists."));
        occupations.put("occupation/home-manager", new EscoOccupation("occupation/home-manager", "1343", "", "home manager", List.of(), List.of(), "Manages."));
        occupations.put("occupation/mentor", new EscoOccupation("occupation/mentor", "2423", "", "business mentor", List.of(), List.of(), "Mentors."));
        occupations.put("occupation/gardens", new EscoOccupation("occupation/gardens", "6113", "", "head of gardens", List.of(), List.of(), "Gardens."));
        occupations.put(NURSE, new EscoOccupation(NURSE, "2221", "", "specialist nurse", List.of("nurse specialist"), List.of(), "Nurses."));
        occupations.put(NURSE_ASSISTANT, new EscoOccupation(NURSE_ASSISTANT, "5321", "", "nurse assistant", List.of(), List.of(), "Assists nurses."));
        List<OccupationSkillRelation> needs = List.of(new OccupationSkillRelation(WELDING_ENGINEER, WELDING, true, "skill/competence"),
                new OccupationSkillRelation(NURSE_ASSISTANT, WORK_NURSES, true, "skill/competence"));
        return new Esco("test", "1.1.x", skills, occupations, Map.of(), Map.of(), needs, List.of(), List.of(), List.of(),
                Map.of(), List.of(), new LinkedHashMap<>(), "test");
    }

    static EscoSkill skill(String uri, String label, List<String> alt, String reuse) {
        return new EscoSkill(uri, label, alt, List.of(), label + ".", "skill/competence", reuse, "released");
    }

    @Test
    void onlyAOneWordLabelThatIsPartOfTheNameOfANonTransversalSkillNeedsContext() {
        assertTrue(SENSE.needsContext(CHEF_TOOL, "Chef"));
        assertTrue(SENSE.needsContext(PACKAGING, "engineering"));
        assertTrue(SENSE.needsContext(JAVA, "Java"));
        assertFalse(SENSE.needsContext(PACKAGING, "packaging engineering"), "two words");
        assertFalse(SENSE.needsContext(PACKAGING, "packing"), "not a word of the name");
        assertFalse(SENSE.needsContext(SQL, "SQL"), "the preferred label itself");
        assertFalse(SENSE.needsContext(LEAD, "lead"), "transversal");
        assertFalse(SENSE.needsContext("skill/unknown", "Chef"));
        assertFalse(SENSE.needsContext(CHEF_TOOL, null));
        // ESCO's qualifier says the word has other senses; texts write the word alone
        assertTrue(SENSE.needsContext(JAVA, "Java (computer programming)"), "the whole name but for its qualifier");
        assertTrue(SENSE.needsContext(PUPPET, "Puppet (tools for software configuration management)"));
        // one letter, or a sign the search drops: the text must hold the word as written
        assertTrue(SENSE.needsContext(CSHARP, "C#"));
        assertTrue(SENSE.needsContext(R, "R"));
    }

    @Test
    void aNameOfOneLetterOrWithASignMustBeWrittenAsItIs() {
        assertTrue(SENSE.unsupported("Strong skills using C/C++ and Visual Studio.", CSHARP, "C#"), "C, not C#");
        assertTrue(SENSE.unsupported("Control and Instrumentation Engineer / C Location Reading", CSHARP, "C#"));
        assertFalse(SENSE.unsupported("Experience with C# and .NET.", CSHARP, "C#"));
        assertTrue(SENSE.unsupported("Thank you.", R, "R"), "nearest by its vector alone");
        assertFalse(SENSE.unsupported("Learners build statistical models in R.", R, "R"));
        assertFalse(SENSE.unsupported("Good SQL skills.", SQL, "SQL"), "not judged");
        assertTrue(DocumentSense.spelledApart("asp.net"));
        assertFalse(DocumentSense.spelledApart("e-learning"), "a hyphen: the text's words split it");
    }

    @Test
    void aLabelThatIsTheNameShortOfAWordNamingOtherSkillsTooNeedsThatWord() {
        assertTrue(SENSE.unsupported("Monitor maintenance and infrastructure processes.", POOL, "monitor infrastructure"));
        assertFalse(SENSE.unsupported("Monitor the infrastructure of the swimming pool.", POOL, "monitor infrastructure"),
                "the unit holds the dropped word");
        assertFalse(SENSE.unsupported("Oversee maintenance and infrastructure processes.", POOL, "oversee infrastructure"),
                "a label with a word of its own (another verb, or a noun: \"data security\" of *apply information security policies*) is not judged");
        assertFalse(SENSE.unsupported("Monitor swimming-pool infrastructure.", POOL, "monitor swimming-pool infrastructure"), "the name itself");
        assertTrue(SENSE.unsupported("Compliance with safety standards.", FOOD_SAFETY, "standards of safety standards"), "knowledge: every word read");
        assertFalse(SENSE.unsupported("Promote food hygiene and safety standards.", FOOD_SAFETY, "standards of safety standards"));
        assertFalse(SENSE.unsupported("Interact in Gujarati with customers.", GUJARATI, "interact in Gujarati"), "what is left names this skill alone");
        assertFalse(SENSE.unsupported("Monitor compliance with safety regulations.", LEGISLATION, "ensure compliance with safety regulations"),
                "a label wording the name otherwise is not judged");
        assertFalse(SENSE.unsupported("Repair of vehicles.", VEHICLES, "repair of vehicles"), "a phrasal verb's particle is the verb's");
        assertFalse(SENSE.unsupported("Implementation of an IT security policy.", SECURITY_POLICY, "information security policy"),
                "a skill's label as a noun phrase");
        assertFalse(SENSE.unsupported("Able to adapt quickly.", ADAPT, "adaptability"), "what is left of the name is its verb alone");
        assertTrue(SENSE.unsupported("Health and safety.", HEALTH_SAFETY, "health and safety"));
        DocumentSense adsSayWorkplace = new DocumentSense(esco(), term -> term.equals("workplac") ? 0.36 : 0);
        assertFalse(adsSayWorkplace.unsupported("Health and safety.", HEALTH_SAFETY, "health and safety"),
                "a word job ads use all the time qualifies little");
    }

    @Test
    void theWordInAnotherFormOrAWordOfManySkillsNamesStatesNothing() {
        assertTrue(SENSE.unsupported("MECHANICAL ENGINEER.", PACKAGING, "engineering"));
        assertTrue(SENSE.unsupported("Supporting chefs and cooks in a busy kitchen.", CHEF_TOOL, "Chef"));
        assertFalse(SENSE.unsupported("Experience with Java, Scala and C++.", JAVA, "Java"));
        assertFalse(SENSE.unsupported("Leads a team.", LEAD, "lead"), "transversal: not judged");
        // "engineering" is in the names of three skills here: the word alone cannot pick packaging engineering
        assertTrue(SENSE.unsupported("Degree in mechanical engineering.", PACKAGING, "engineering"));
        assertFalse(SENSE.unsupported("Chef, Puppet or Ansible.", CHEF_TOOL, "Chef"), "the word itself, in one skill's name");
        assertTrue(SENSE.unsupported("Knowledge of computer programs: Solidworks.", JAVA, "Java (computer programming)"),
                "the qualifier's words are not the name");
        assertFalse(SENSE.unsupported("Java (computer programming) and SQL.", JAVA, "Java (computer programming)"));
        // "puppet" is in three names here: a one-word label alone cannot pick one; the qualified name matched as a whole can
        assertFalse(SENSE.unsupported("Chef, Puppet or Ansible.", PUPPET, "Puppet (tools for software configuration management)"));
        assertTrue(SENSE.unsupported("Chef, Puppet or Ansible.", PUPPET, "Puppet"));
    }

    @Test
    void aOneWordSynonymHeldOnlyInAnotherFormStatesNothing() {
        // the search's stems join "caring" to "care", an alternative label of attend to detail: another sense
        assertTrue(SENSE.unsupported("Good communication skills with a caring and professional approach.", DETAIL, "care"));
        assertFalse(SENSE.unsupported("Take care over every order.", DETAIL, "care"), "the word as written");
        assertFalse(SENSE.unsupported("Caring, with attention to detail.", DETAIL, "care"), "another label of the skill, as written");
        // "communicator" is another form of the name itself, not of a synonym
        assertFalse(SENSE.unsupported("An excellent communicator.", COMMUNICATION, "communicating"));
        assertFalse(SENSE.unsupported("Write N1QL queries.", N1QL, "N1QL"));
        assertFalse(SENSE.unsupported("Good with people.", DETAIL, "attention to detail"), "a label of several words: not this check");
        assertFalse(SENSE.unsupported("Good with people.", DETAIL, "the"), "a word the search drops: not a join of the search");
    }

    @Test
    void aNameThatTheUnitHoldsNoLabelOfRestsOnTheLettersOfItsVector() {
        assertTrue(SENSE.unsupported("Ideally working towards NVQ Level 3.", N1QL, "N1QL"));
        assertTrue(SENSE.unsupported("Understanding of CQC essentials.", QUERY, "RDQL"), "an alternative label");
        assertTrue(SENSE.unsupported("Strong query language skills.", N1QL, "N1QL"), "one word of a label is not the label");
        assertFalse(SENSE.unsupported("Couchbase query language experience.", N1QL, "N1QL"), "another label, whole");
        assertFalse(SENSE.unsupported("SPARQL queries.", QUERY, "RDQL"), "another alternative label, whole");
        assertFalse(SENSE.unsupported("Good Javascript skills.", JAVASCRIPT, "CSJS"), "the preferred label");
        assertFalse(SENSE.unsupported("HTML5 and CSS3.", CSS, "CSS"), "the name with a version");
        assertFalse(SENSE.unsupported("Explore astrophysics.", ASTRONOMY, "astronomy"), "a word in lower case: the model judges it");
        assertFalse(SENSE.unsupported("Ideally working towards NVQ Level 3.", QUERY, "query languages"), "a label of two words");
        assertTrue(DocumentSense.sameWord("css3", "css"));
        assertTrue(DocumentSense.sameWord("angular", "angularjs"));
        assertTrue(DocumentSense.sameWord("trigonometric", "trigonometry"));
        assertFalse(DocumentSense.sameWord("bang", "bangla"), "four letters");
        assertFalse(DocumentSense.sameWord("nvq", "n1ql"));
        assertFalse(DocumentSense.sameWord("c", "css"), "one letter opens many words");
        assertFalse(DocumentSense.sameWord("adaptable", "ada"), "a short name followed by letters is another word");
        assertTrue(DocumentSense.sameWord("javascript", "java"), "four letters or more: the start of the word");
        assertTrue(DocumentSense.writtenAsAName("N1QL"));
        assertTrue(DocumentSense.writtenAsAName("Bosnian"));
        assertFalse(DocumentSense.writtenAsAName("astronomy"));
    }

    @Test
    void aOneWordSynonymInTheNamesOfManySkillsCannotPickThisOneUnlessTheUnitNamesIt() {
        // "security" is a label of securities and a word of three other names here (86 in ESCO)
        assertTrue(SENSE.unsupported("Maintain data security and accuracy.", SECURITIES, "security"));
        assertTrue(SENSE.unsupported("A supported and secure role.", SECURITIES, "security"), "another form too");
        assertTrue(SENSE.unsupported("Interest in personal finances.", ECONOMICS, "finances"));
        assertFalse(SENSE.unsupported("A degree in economics or finances.", ECONOMICS, "finances"), "the unit names the skill");
        assertFalse(SENSE.unsupported("Trade securities.", SECURITIES, "securities"), "the name itself: not a synonym");
        assertFalse(SENSE.unsupported("Experience with Chef.", CHEF_TOOL, "Chef"), "a word of the name: the name's own rules");
        assertFalse(SENSE.unsupported("Take care over every order.", DETAIL, "care"), "a synonym in no other name here");
    }

    @Test
    void aHitCanRestOnTheWordsOfALeadingHeadingAlone() {
        assertTrue(onHeading("Job responsibilities: Installation and commissioning of charging stations.", "professional responsibility"));
        assertEquals("Job responsibilities", SENSE.unit("Job responsibilities: Installation of charging stations.").heading());
        assertTrue(onHeading("Skills: SQL and R", "communicating skills"), "a heading's word, whatever the skill");
        assertFalse(onHeading("Skills: good communication with clients", "communicating skills"), "the body names it too");
        assertFalse(onHeading("Responsibilities: take professional responsibility for the ward.", "professional responsibility"),
                "the body holds the label");
        assertFalse(onHeading("You take professional responsibility for the ward.", "professional responsibility"), "no heading");
        assertEquals(null, SENSE.unit("You take professional responsibility for the ward.").heading());
        assertEquals(null, SENSE.unit("The: professional responsibility for the ward.").heading(), "no word left: no heading");
        assertTrue(onHeading("Job responsibilities:\u00A0Installation of charging stations.", "professional responsibility"),
                "a no-break space after the colon");
        assertFalse(onHeading("Our requirements for this particular role are many: SQL above all.", "requirements"), "over 40 characters: not a heading");
        assertFalse(onHeading("Skills: SQL and R", "SQL"), "the body's own hit");
        assertFalse(onHeading("Skills: SQL and R", "database management"), "no stem shared: a hit on the vector");
    }

    static boolean onHeading(String unit, String label) {
        return SENSE.restsOnHeading(SENSE.unit(unit), label);
    }

    @Test
    void aHitOnWordsThatTheUnitHoldsOnlyInsideAJobsNameIsNotTheSkill() {
        assertTrue(SENSE.unsupported("You will assist the Head Chef in the kitchen.", CHEF_TOOL, "Chef"), "head chef: an occupation's label");
        assertTrue(SENSE.unsupported("Our CHEF DE PARTIE runs the grill.", CHEF_TOOL, "Chef (tools for software configuration management)"));
        assertFalse(SENSE.unsupported("Chef, Puppet or Ansible for the head of platform.", CHEF_TOOL, "Chef"), "no job's name holds it");
        // who works there is not what the text asks for, even when that occupation needs the skill
        assertTrue(SENSE.unsupported("Our welding engineer checks every seam.", WELDING, "welding"), "though the welding engineer needs welding");
        assertTrue(SENSE.unsupported("Collaborate with software developers and testers.", "skill/develop", "develop software"),
                "a label of several words, its one shared word in a plural job name");
        assertTrue(SENSE.unsupported("Working with the Head Chef, we seek a talented chef.", CHEF_TOOL, "Chef"),
                "the word as written in the job's name is that job elsewhere too");
        assertFalse(SENSE.unsupported("Our welding engineer joins the steel welds.", WELDING, "operate welding equipment"),
                "another word of the label outside the job's name");
        assertFalse(SENSE.unsupported("Our welding engineer does the welding himself.", WELDING, "operate welding equipment"),
                "the job's word outside its name, in a hit on a label of several words");
        assertFalse(SENSE.unsupported("Develop software with our software developers.", "skill/develop", "develop software"),
                "the label's words outside the job's name");
        assertFalse(SENSE.unsupported("Strong welding skills.", WELDING, "operate welding equipment"), "no job's name in the unit");
        assertFalse(SENSE.unsupported("Engineer, software developer.", "skill/unknown", "manage budgets"), "no word shared: the vector alone");
        assertFalse(SENSE.unsupported("Java developer wanted; strong Java skills.", JAVA, "Java"),
                "the word elsewhere is the job only where a job's name ends with it (the person)");
        assertFalse(SENSE.unsupported("Write software for our developers.", "skill/develop", "develop software"), "a job's name is its words in a row");
        assertFalse(SENSE.unsupported("Strong skills in welding", WELDING, "operate welding equipment"), "a job's first word ends the unit");
        assertFalse(SENSE.unsupported("Give technical support to our users.", SERVICE, "customer support"),
                "an occupation's label that names an activity (its last word is in many skills' names, no occupation's head)");
        assertFalse(SENSE.unsupported((String) null, SERVICE, "customer support"), "no text");
        assertTrue(SENSE.unsupported("Led by our engineer in user support.", SERVICE, "customer support"),
                "an occupation's label whose first word is an occupation's head names a person");
    }

    @Test
    void theWordThatIsTheJobIsNotASkillOfItUnlessTheOccupationNeedsIt() {
        assertTrue(SENSE.namesTheJob(CHEF_TOOL, "Chef", "Senior Chef de Partie - Rosette Hotel", CHEF));
        assertFalse(SENSE.namesTheJob(CHEF_TOOL, "Chef", "DevOps engineer", DEVELOPER), "not in the title");
        assertFalse(SENSE.namesTheJob(CHEF_TOOL, "Chef", "Chef and Puppet automation lead", DEVELOPER), "not a word of the occupation");
        assertFalse(SENSE.namesTheJob(JAVA, "Java", "Java Software Developer", "occupation/none"), "unknown occupation: no words");
        assertTrue(SENSE.namesTheJob(JAVA, "Java", "Java Developer", DEVELOPER), "the occupation is named by the word and does not need Java");
        assertFalse(SENSE.namesTheJob(WELDING, "welding", "Welding Engineer", WELDING_ENGINEER), "the occupation needs the skill");
        assertFalse(SENSE.namesTheJob(CHEF_TOOL, "Chef", null, CHEF));
    }

    @Test
    void aPersonsNameHeldOnlyAsTheProfessionIsNotWorkingWithThem() {
        assertTrue(SENSE.unsupported("You will have a passion for nursing.", WORK_NURSES, "work with nurses"));
        assertFalse(SENSE.unsupported("Work alongside a team of nurses.", WORK_NURSES, "work with nurses"), "the person as written");
        assertFalse(SENSE.unsupported("A passion for nursing and team work.", WORK_NURSES, "work with nurses"), "another word of the label");
        assertFalse(SENSE.unsupported("Experience in nursing.", WORK_NURSES, "work with nursing staff"), "'nursing' of the label names no person");
        assertFalse(SENSE.unsupported("Mentoring our nurses.", WORK_NURSES, "nurses"), "one word: the person itself, as written");
        assertFalse(SENSE.unsupported("Provide coaching and mentoring.", "skill/mentor individuals", "mentor individuals"),
                "a label's first word is its verb, though it ends an occupation's label (business mentor)");
        assertTrue(SENSE.unsupported("Staff management experience.", "skill/liaise with managers", "liaise with managers"),
                "a person word in three names, counted in all its forms");
        assertFalse(SENSE.unsupported("Gardening experience.", "skill/tend gardens", "tend gardens"),
                "'gardens' ends an occupation's label but is in eleven names: what skills act on, not a person");
    }

    /** "Be a Registered Nurse" says who the person hired is; it does not say they work with nurses. */
    @Test
    void thePersonTheTextSaysSomeoneIsIsNotOneTheJobWorksWith() {
        assertTrue(SENSE.unsupported("You must be a qualified RNLD Registered Nurse and have a valid NMC pin number.", WORK_NURSES, "work with nurses"));
        assertTrue(SENSE.unsupported("Have recent experience in a similar role or experience as a senior nurse/team leader.", WORK_NURSES,
                "work with nurses"), "after 'as'");
        assertTrue(SENSE.unsupported("Must be a Registered Nurse (Ideally RGN but we will look at RMN)", WORK_NURSES, "work with nurses"));
        // each text beside what it checks; "work with nurses" is held by "nurse(s)" alone unless said otherwise
        Map<String, String> left = new LinkedHashMap<>();
        left.put("You must be able to support the nurses on the ward.", "not after 'be'");
        left.put("You will be supporting nurses on the ward.", "no article after 'be'");
        left.put("Act as a liaison between nurses and doctors.", "'between'");
        left.put("Escalate as soon as a nurse is free.", "'as soon as'");
        left.put("Training will be a given. The nurses will guide you.", "a full stop between");
        left.put("You will be a senior nurse able to assist other nurses on duty.", "the person named again, not as what someone is");
        left.put("You will be a role model to nurses.", "after a preposition");
        left.put("Candidates will be the most senior ward charge nurses.", "more than three words between");
        left.put("Must be flexible, nurses welcome.", "a comma between");
        left.put("Follow the safety rules as well as nurses' instructions.", "'as well as'");
        left.put("Liaise with professionals such as nurses.", "'such as'");
        left.put("You must be a nurse and work with the nurses of the unit.", "the label's verb held too: the model's");
        left.forEach((text, why) -> assertFalse(SENSE.unsupported(text, WORK_NURSES, "work with nurses"), why));
        assertFalse(SENSE.unsupported("You will be a mentor to new staff.", "skill/mentor individuals", "mentor individuals"),
                "a label's first word is its verb");
    }

    @Test
    void aQualifiedNamesWordThatIsAnotherSkillsLabelIsThatSkills() {
        assertTrue(SENSE.unsupported("Build ML models end-to-end.", ML_LANGUAGE, "ML"), "'ML' is a label of machine learning");
        assertTrue(SENSE.unsupported("Build ML models end-to-end.", ML_LANGUAGE, "ML (computer programming)"));
        assertFalse(SENSE.unsupported("Build ML models end-to-end.", MACHINE_LEARNING, "ML"));
        assertFalse(SENSE.unsupported("Java and Python experience.", JAVA, "Java"), "no other skill has the label 'Java'");
    }

    @Test
    void aLabelsOneWordHeldOnlyWrittenAsANameIsNotTheSkill() {
        assertTrue(SENSE.unsupported("Working for Active not only gave me all these things.", INITIATIVE, "active participation"),
                "a firm's name after a word in small letters");
        assertFalse(SENSE.unsupported("Working for Active gave me an active role.", INITIATIVE, "active participation"),
                "the word in small letters too");
        assertFalse(SENSE.unsupported("Active participation in the improvement of processes.", INITIATIVE, "active participation"),
                "a sentence's first word, and both words held");
        assertFalse(SENSE.unsupported("Active in the improvement of processes.", INITIATIVE, "active participation"),
                "a sentence's first word is no name");
        assertFalse(SENSE.unsupported("Skills: Active, Punctual.", INITIATIVE, "active participation"), "after a sign: a list's item");
        assertFalse(SENSE.unsupported("ACTIVE AND PUNCTUAL WORKER", INITIATIVE, "active participation"), "capitals are no name");
        assertFalse(SENSE.restsOnAName(SENSE.unit("Working for Initiative now."), INITIATIVE, "initiative"), "a one-word label is the other checks'");
        assertFalse(SENSE.restsOnAName(SENSE.unit("Working for Active participation in processes."), INITIATIVE, "active participation"),
                "the unit holds both words of the label");
        assertTrue(SENSE.restsOnAName(SENSE.unit("Working for Security now."), SERVICE, "security at security checkpoints"),
                "a label's repeated word is one word");
        assertFalse(SENSE.unsupported("Working for Active, a firm valuing initiative.", INITIATIVE, "active participation"),
                "the unit holds another label of the skill whole");
        assertTrue(SENSE.restsOnAName(SENSE.unit("Working for Couchbase now."), INITIATIVE, "couchbase query tool"));
        assertFalse(SENSE.restsOnAName(SENSE.unit("Working for Couchbase now."), INITIATIVE, "Couchbase query language"), "a label ESCO writes as a name");
        assertFalse(SENSE.restsOnAName(SENSE.unit("Working for Couchbase now."), N1QL, "couchbase query tool"), "a skill whose name ESCO writes as a name");
        assertTrue(SENSE.unsupported("Working for Active Ltd.", INITIATIVE, "active participation"),
                "'Active' holds the hidden label 'activity' by the stem: a search's aid, not a name of the skill");
        assertEquals("[false, false, false, false, false, false, true, false, false]", Arrays.toString(
                        SENSE.unit("During site installation Troubleshooting problems with Active, Ltd. Dev.").writtenAsNames()),
                "a verb's '-ing' form is a list's item that lost its line break; after a sign or a capital no name");
        assertEquals("[false, false, true, false]", Arrays.toString(SENSE.unit("Working with Active Ltd").writtenAsNames()),
                "after a word with a capital: no name");
        assertEquals("[false, false, false, false]", Arrays.toString(SENSE.unit("Working with active, Dev").writtenAsNames()),
                "after a sign: no name");
        assertEquals("[false, false, true, false, true]", Arrays.toString(SENSE.unit("Backends with Spring and Spring").writtenAsNames()),
                "'Spring' is no verb's '-ing' form");
    }

    @Test
    void aWordInCapitalsAfterASmallOneIsAnAcronymsName() {
        assertEquals("[false, false, false, true, true]", Arrays.toString(SENSE.unit("Hold an active NMC PIN.").writtenAsNames()),
                "an acronym after a small word, and one after it");
        assertEquals("[false, false, true, false, false]", Arrays.toString(SENSE.unit("with a NMC Pin held").writtenAsNames()),
                "a capital right after an acronym is not ('MS Office')");
        assertEquals("[false, false, false]", Arrays.toString(SENSE.unit("HOLD NMC PIN").writtenAsNames()), "a line in capitals");
        assertEquals("[false, false, true, true, false, false, true]", Arrays.toString(SENSE.unit("Knowledge of UML CASE Tools and BPMN").writtenAsNames()),
                "acronyms in a row; a capital after them is not a name");
        assertEquals("[false, false, false, false, false]", Arrays.toString(SENSE.unit("Skills: PIN, an A level").writtenAsNames()),
                "after a sign; one capital letter is no acronym");
        assertEquals("[false, false, false, false]", Arrays.toString(SENSE.unit("o MANAGE TEAM BUDGETS").writtenAsNames()),
                "a line in capitals after a list's bullet");
        assertEquals("[false, false, false, false]", Arrays.toString(SENSE.unit("Experience in NURSING HOMES").writtenAsNames()),
                "a verb's '-ing' form in capitals is no acronym");
        assertTrue(SENSE.restsOnAName(SENSE.unit("Registered nurse holding an NMC PIN."), INITIATIVE, "pin participation"),
                "a label's word held only in an acronym's name");
        assertFalse(SENSE.restsOnAName(SENSE.unit("Registered nurse holding an NMC PIN; the pin is checked."), INITIATIVE, "pin participation"),
                "the word in small letters too");
    }

    @Test
    void aNameInCapitalsThatIsAlsoAWordMustBeWrittenInCapitals() {
        assertTrue(SENSE.unsupported("A Chef de Partie with less experience.", LESS, "LESS"), "ESCO writes 'less' as a word");
        assertFalse(SENSE.unsupported("Style sheets in LESS and SASS.", LESS, "LESS"));
        assertFalse(SENSE.unsupported("Style sheets in LESS.", LESS, "LESS"), "before a full stop");
        assertFalse(SENSE.unsupported("Changing spark plugs.", SPARK, "SPARK"), "no description writes 'spark' in small letters here");
        assertTrue(SENSE.unsupported("Less is more.", LESS, "LESS"), "a capital alone is not the name");
        assertTrue(SENSE.unsupported("LESSONS LEARNED", LESS, "LESS"), "a longer word");
        assertFalse(SENSE.unsupported("Both LESSs compile.", LESS, "LESS"), "a plural");
        assertFalse(SENSE.unsupported("MORE OR LESS", LESS, "LESS"), "a line in capitals writes it as the name does");
        assertTrue(SENSE.restsOnAnEnglishWord(SENSE.unit("They lessen the cost."), "LESS"), "a word in another form is not the name");
        assertFalse(SENSE.restsOnAnEnglishWord(SENSE.unit("less is more"), "Less"), "a label not in capitals");
    }

    @Test
    void aWordJoinedToALetterIsAnotherWord() {
        assertTrue(SENSE.unsupported("Handle customer issues via e-mail, chat, and phone.", MAIL, "work with mail"));
        assertFalse(SENSE.unsupported("Answer customers by phone, e-mail and mail.", MAIL, "work with mail"), "'mail' alone too");
        assertFalse(SENSE.unsupported("Answer customers by e-mail at work.", MAIL, "work with mail"), "another word of the label held alone");
        assertFalse(SENSE.unsupported("Answer customers by E - mail.", MAIL, "work with mail"), "spaces between: not one word");
        assertEquals("[false, true, false, false, true, false, false]", Arrays.toString(SENSE.unit("E-mail and x-ray, co-op").afterALetter()),
                "after a word of two letters (\"co-op\"): the word itself");
        assertEquals("[false, false, false, false, true]", Arrays.toString(SENSE.unit("E - mail and x-ray").afterALetter()),
                "spaces around the hyphen: no join");
        assertFalse(SENSE.unsupported("Experience in e-commerce.", ECOMMERCE, "electronic commerce"), "the unit holds the skill's name whole");
        assertTrue(SENSE.unsupported("Experience in e-commerce.", MAIL, "work with commerce"), "another skill's label");
    }

    @Test
    void aNamesLetterAloneIsNotTheName() {
        assertTrue(SENSE.unsupported("Become a proficient C programmer.", CSHARP, "C Sharp"), "the letter of 'C Sharp' alone");
        assertTrue(SENSE.unsupported("Experience: RSCN or RN ( C ).", CSHARP, "C Sharp"));
        assertFalse(SENSE.unsupported("Learn C Sharp (C#) in a week.", CSHARP, "C Sharp"), "both words");
        assertFalse(SENSE.unsupported("Experience with C# and .NET.", CSHARP, "C Sharp"), "the unit writes the skill's name");
        assertFalse(SENSE.unsupported("Build C programs with a sharp eye.", CSHARP, "C Sharp"), "a word that is not a letter");
        assertFalse(SENSE.unsupported("Parts A, B and C of the plan.", VITAMINS, "vitamin c sources"), "a label in small letters is not a name's");
        assertTrue(SENSE.unsupported("Parts A, B and C of the plan.", VITAMINS, "Vitamin C sources"), "written as a name, held by its letter");
        assertFalse(SENSE.unsupported("Experience in C programming.", PROGRAMMING, "C shell"), "a word of the skill's name, 'programming'");
        assertTrue(SENSE.unsupported("Experience in C for embedded systems.", PROGRAMMING, "C shell"));
    }

    @Test
    void aJobsNameOnALineOfItsOwnStatesNoSkill() {
        assertTrue(SENSE.unsupported("Staff Nurse", WORK_NURSES, "work with nursing staff"));
        assertTrue(SENSE.unsupported("REGISTERED NURSE", WORK_NURSES, "work with nurses"));
        assertTrue(SENSE.unsupported("Specialist Nurses.", WORK_NURSES, null), "a hit on the vectors alone too");
        assertTrue(SENSE.unsupported("Staff Nurse :", WORK_NURSES, null), "a sign is no word");
        assertTrue(SENSE.unsupported("Children's Nurse", WORK_NURSES, null), "a letter after an apostrophe is no word");
        assertFalse(SENSE.unsupported("Certified Java Nurse", WORK_NURSES, null), "another word is a skill's label (\"Java\")");
        assertFalse(SENSE.unsupported("Work with the nurses", WORK_NURSES, "work with nurses"), "written as a sentence");
        assertFalse(SENSE.unsupported("Work With Nursing Staff", WORK_NURSES, "work with nursing staff"), "ends with no person's word");
        assertFalse(SENSE.unsupported("Nurse", WORK_NURSES, null), "one word");
        assertFalse(SENSE.unsupported("Work With Nurses", WORK_NURSES, "work with nurses"), "a skill's label, though it ends with a person");
        assertFalse(SENSE.unsupported("Senior Day Case Staff Nurse", WORK_NURSES, null), "five words");
    }

    @Test
    void aUnitThatRepeatsTheTitleStatesNothingForThatVacancy() {
        // a feed's description opens with the title: "Staff Nurse  Location ..." split at its two spaces
        assertTrue(SENSE.isTheJob("Staff Nurse", WORK_NURSES, "work with nursing staff", "Staff Nurse (RGN/RMN) Aberdeen", null));
        assertTrue(DocumentSense.repeatsTheTitle("Senior Children's Practitioner", "Senior Children's Practitioner Safeguarding Team"));
        assertFalse(SENSE.isTheJob("Staff Nurse needed for nights", WORK_NURSES, "work with nursing staff", "Staff Nurse Aberdeen", null),
                "a word beyond the title");
        assertFalse(SENSE.isTheJob("Staff Nurse", WORK_NURSES, "work with nursing staff", "Care Assistant", null), "another title");
        assertFalse(DocumentSense.repeatsTheTitle("Staff Nurse", null));
        assertFalse(DocumentSense.repeatsTheTitle("  ", "Staff Nurse"));
    }

    @Test
    void aUnitSpeakingOfThePersonTheAdHiresDoesNotStateWorkingWithThem() {
        assertTrue(SENSE.isTheJob("You must be a qualified nurse.", WORK_NURSES, "work with nurses", "Staff Nurse", NURSE));
        assertFalse(SENSE.isTheJob("You must be a qualified nurse.", WORK_NURSES, "work with nurses", "Nurse Assistant", NURSE_ASSISTANT),
                "the occupation needs the skill");
        assertFalse(SENSE.isTheJob("You must be a qualified nurse.", WORK_NURSES, "work with nurses", "Commis Chef", CHEF),
                "no label of the occupation ends with the word");
        assertFalse(SENSE.isTheJob("Work alongside the nurses.", WORK_NURSES, "work with nurses", "Staff Nurse", NURSE), "the verb too");
        assertFalse(SENSE.isTheJob("You must be a qualified nurse.", WORK_NURSES, "work with nurses", "Staff Nurse", null));
        assertTrue(SENSE.isTheJob("Experience with Chef.", CHEF_TOOL, "Chef", "Senior Chef de Partie", CHEF), "the job's word in the title");
        assertFalse(SENSE.isTheJob("Experience with Chef.", CHEF_TOOL, "Chef", "DevOps engineer", DEVELOPER));
    }

    @Test
    void aQualifierIsOnlyATrailingBracket() {
        assertEquals("Assembly", Concept.withoutQualifier("Assembly (computer programming)"));
        assertEquals("project management methodology", Concept.withoutQualifier(" project management methodology (PM²) "));
        assertEquals("(a9t9) FreeOCR", Concept.withoutQualifier("(a9t9) FreeOCR"), "a leading bracket is part of the name");
        assertEquals("perform a feasibility study on (large) biomass systems",
                Concept.withoutQualifier("perform a feasibility study on (large) biomass systems"));
        assertEquals("SQL", Concept.withoutQualifier("SQL"));
    }

    @Test
    void wordsKeepTechnologyNamesWhole() {
        assertEquals(List.of("c++", "c#", ".net", "and", "java"), DocumentSense.words("C++, C#, .NET and Java."));
    }
}
