package org.skillscope.datasets.vacancy;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes the bundled vacancy sample (datasets/src/main/resources/.../sample/vacancies/vacancies.csv):
 * invented English job ads from templates, seeded so the file is reproducible.
 * {@code VacancySampleTest} fails when the committed file differs from {@link #generate()};
 * refresh it with {@code mvn -B -pl datasets test -Dtest=VacancySampleTest -Dskillscope.sample.regenerate=true}.
 *
 * <p>Demand is shaped so trends exist: green-energy and AI/cloud ads grow through 2025, cooks peak
 * in spring, teachers in early summer; the last four job types need skills no sample course covers.
 */
public final class VacancySampleGenerator {
    static final long SEED = 20250101L;
    static final int COUNT = 200;

    /** A job type: how its ads read and how demand for it moves over the year. */
    record JobType(String title, List<String> titleVariants, String isco, String sector, String summary,
                   List<String> duties, List<String> requirements, double growth, int peakMonth) {}

    record Place(String country, String region, String city) {}

    static final List<Place> PLACES = List.of(
            new Place("DE", "Bavaria", "Munich"), new Place("DE", "Bavaria", "Nuremberg"),
            new Place("DE", "Berlin", "Berlin"), new Place("DE", "North Rhine-Westphalia", "Cologne"),
            new Place("FR", "Île-de-France", "Paris"), new Place("FR", "Auvergne-Rhône-Alpes", "Lyon"),
            new Place("ES", "Catalonia", "Barcelona"), new Place("ES", "Community of Madrid", "Madrid"),
            new Place("IE", "Dublin", "Dublin"), new Place("IE", "Southern", "Cork"),
            new Place("PL", "Mazowieckie", "Warsaw"), new Place("PL", "Małopolskie", "Kraków"),
            new Place("NL", "Noord-Holland", "Amsterdam"), new Place("NL", "Zuid-Holland", "Rotterdam"),
            new Place("IT", "Lombardy", "Milan"), new Place("IT", "Lazio", "Rome"));

    static final List<String> COMPANY_BLURBS = List.of(
            "We are a family-owned company with more than 40 years of experience and around 300 employees.",
            "Our client is a fast-growing scale-up that serves customers in more than 20 European countries.",
            "Join a public-sector employer that puts people and communities first.",
            "We are a leading regional provider with a strong reputation for quality and reliability.",
            "Our organisation is a certified B Corp committed to a fair and sustainable economy.",
            "We are an international group listed on the stock exchange, with offices across Europe.");

    static final List<String> BENEFITS = List.of(
            "We offer a permanent contract, 30 days of annual leave and a company pension scheme.",
            "You can expect flexible working hours, a hybrid working model and a yearly training budget.",
            "Benefits include a public transport pass, private health insurance and a bike-leasing scheme.",
            "We provide paid training, a company vehicle where needed and clear career progression.",
            "Competitive salary, meal vouchers and an annual performance bonus.");

    static final List<String> EQUAL_OPPORTUNITY = List.of(
            "We are an equal opportunities employer and welcome applications from all qualified candidates regardless of gender, age, disability, ethnicity, religion or sexual orientation.",
            "We value diversity and are committed to creating an inclusive environment for all employees.",
            "Applications from people with disabilities are particularly welcome; reasonable adjustments are available throughout the process.");

    static final List<JobType> TYPES = List.of(
            new JobType("Software Developer", List.of("Software Developer", "Java Developer", "Backend Software Engineer"),
                    "2512", "Information and communication",
                    "You will design, build and maintain backend services for our customer platform.",
                    List.of("write clean, tested code in Java or Kotlin", "design REST APIs and data models",
                            "review code and mentor junior colleagues", "fix defects and improve performance",
                            "work in an agile Scrum team with product owners and testers",
                            "maintain continuous integration pipelines"),
                    List.of("a degree in computer science or equivalent experience", "three years of experience with Java",
                            "knowledge of SQL databases", "experience with Git and unit testing",
                            "good command of English"), 0.2, 0),
            new JobType("Web Developer", List.of("Web Developer", "Frontend Developer", "Full-Stack Web Developer"),
                    "2513", "Information and communication",
                    "You will build accessible, responsive websites and web applications.",
                    List.of("develop user interfaces with HTML, CSS and JavaScript", "build components in React or Vue",
                            "integrate front ends with REST APIs", "optimise pages for speed and search engines",
                            "ensure web accessibility according to WCAG"),
                    List.of("solid knowledge of JavaScript and TypeScript", "experience with a modern front-end framework",
                            "an eye for design and usability", "a portfolio of web projects"), 0.0, 0),
            new JobType("Data Analyst", List.of("Data Analyst", "Business Intelligence Analyst", "Junior Data Analyst"),
                    "2511", "Professional, scientific and technical activities",
                    "You will turn business data into insight for management decisions.",
                    List.of("collect, clean and analyse data from several sources", "write SQL queries",
                            "build dashboards in Power BI or Tableau", "perform statistical analysis in Python or R",
                            "present findings to non-technical stakeholders"),
                    List.of("a degree in statistics, economics or a related field", "strong SQL skills",
                            "experience with Excel and a BI tool", "analytical thinking and attention to detail"), 0.3, 0),
            new JobType("ICT Security Specialist", List.of("Cyber Security Analyst", "ICT Security Specialist", "Information Security Officer"),
                    "2529", "Information and communication",
                    "You will protect our systems and data against cyber threats.",
                    List.of("monitor security events in the SIEM and respond to incidents", "carry out vulnerability assessments",
                            "maintain firewalls and access controls", "raise security awareness among staff",
                            "help implement ISO 27001 and NIS2 requirements"),
                    List.of("knowledge of network security and common attack techniques", "experience with incident response",
                            "a certification such as CompTIA Security+ or CISSP is an advantage",
                            "knowledge of data protection rules (GDPR)"), 0.5, 0),
            new JobType("ICT Support Technician", List.of("IT Support Technician", "Service Desk Analyst", "ICT Helpdesk Technician"),
                    "3512", "Information and communication",
                    "You will be the first point of contact for colleagues with IT questions.",
                    List.of("answer support tickets by phone, e-mail and chat", "install and configure laptops and software",
                            "manage user accounts in Active Directory", "troubleshoot network and printer problems",
                            "document solutions in the knowledge base"),
                    List.of("basic knowledge of Windows and Microsoft 365", "a customer-friendly attitude",
                            "good problem-solving skills", "a vocational qualification in IT"), 0.0, 0),
            new JobType("Solar PV Installer", List.of("Solar PV Installer", "Photovoltaic Installer", "Solar Panel Fitter"),
                    "7411", "Construction",
                    "You will install photovoltaic systems on residential and commercial roofs.",
                    List.of("mount solar panels and mounting systems on roofs", "install inverters and battery storage",
                            "connect DC and AC cabling", "commission and test systems", "work safely at height"),
                    List.of("a qualification as an electrician or roofer", "experience with photovoltaic systems",
                            "a driving licence (category B)", "a head for heights"), 1.2, 0),
            new JobType("Heat Pump Installer", List.of("Heat Pump Installer", "Heating Engineer (Heat Pumps)", "HVAC Technician – Heat Pumps"),
                    "7127", "Construction",
                    "You will install and service air-source and ground-source heat pumps in homes.",
                    List.of("install heat pumps and hydraulic systems", "handle refrigerants safely",
                            "commission systems and explain them to customers", "carry out maintenance and repairs",
                            "size systems together with our energy advisers"),
                    List.of("a qualification in plumbing, heating or refrigeration", "F-gas certification",
                            "experience with heat pumps is an advantage", "a driving licence"), 1.0, 0),
            new JobType("Energy Auditor", List.of("Energy Auditor", "Building Energy Consultant", "Energy Efficiency Adviser"),
                    null, "Professional, scientific and technical activities",
                    "You will assess the energy performance of buildings and advise owners on renovation.",
                    List.of("carry out on-site energy audits", "issue energy performance certificates",
                            "model heat losses with energy simulation software", "recommend insulation and heating upgrades",
                            "advise on public funding for renovation"),
                    List.of("a degree in building engineering, architecture or energy", "accreditation as an energy assessor",
                            "knowledge of building regulations", "good report-writing skills"), 0.8, 0),
            new JobType("Electrician", List.of("Electrician", "Industrial Electrician", "Maintenance Electrician"),
                    "7411", "Construction",
                    "You will install and maintain electrical installations for our customers.",
                    List.of("install wiring, switchboards and lighting", "read electrical drawings",
                            "test installations and find faults", "comply with electrical safety regulations",
                            "install EV charging points"),
                    List.of("a completed apprenticeship as an electrician", "knowledge of wiring regulations",
                            "the ability to work independently", "a driving licence"), 0.3, 0),
            new JobType("Plumber", List.of("Plumber", "Plumbing and Heating Technician"),
                    "7126", "Construction",
                    "You will install and repair water and heating systems.",
                    List.of("install pipes, fittings and sanitary equipment", "repair leaks and blockages",
                            "service gas boilers", "read technical drawings"),
                    List.of("a vocational qualification in plumbing", "gas safety certification is an advantage",
                            "reliability and a tidy way of working"), 0.0, 0),
            new JobType("Nurse", List.of("Registered Nurse", "Staff Nurse", "Intensive Care Nurse"),
                    "2221", "Human health and social work",
                    "You will provide safe, compassionate nursing care on a busy hospital ward.",
                    List.of("assess patients and plan their care", "administer medication and monitor vital signs",
                            "document care in the electronic patient record", "work closely with doctors and therapists",
                            "support patients and their families"),
                    List.of("registration as a nurse", "clinical experience in a hospital setting",
                            "good communication skills", "willingness to work shifts"), 0.0, 0),
            new JobType("Care Worker", List.of("Care Worker", "Home Care Assistant", "Healthcare Assistant"),
                    "5322", "Human health and social work",
                    "You will support older people to live independently in their own homes.",
                    List.of("help clients with personal care, meals and medication", "provide companionship",
                            "record observations and report changes", "follow care plans and safeguarding procedures"),
                    List.of("empathy and patience", "a care qualification or willingness to obtain one",
                            "a driving licence is an advantage"), 0.0, 0),
            new JobType("Pharmacist", List.of("Pharmacist", "Community Pharmacist", "Hospital Pharmacist"),
                    "2262", "Human health and social work",
                    "You will dispense medicines and advise patients in our pharmacy.",
                    List.of("check and dispense prescriptions", "advise patients on the safe use of medicines",
                            "manage stock and controlled drugs", "supervise pharmacy technicians"),
                    List.of("a degree in pharmacy and registration as a pharmacist", "excellent attention to detail",
                            "good communication skills"), 0.0, 0),
            new JobType("Warehouse Operative", List.of("Warehouse Operative", "Order Picker", "Forklift Driver"),
                    "9333", "Transportation and storage",
                    "You will help our logistics centre deliver orders on time.",
                    List.of("pick and pack orders with a handheld scanner", "load and unload trucks",
                            "operate forklifts and pallet trucks", "check incoming goods", "keep the warehouse safe and tidy"),
                    List.of("a forklift licence is an advantage", "physical fitness", "willingness to work in shifts"), 0.0, 11),
            new JobType("Truck Driver", List.of("Truck Driver", "HGV Driver (C+E)", "Delivery Driver"),
                    "8332", "Transportation and storage",
                    "You will deliver goods to customers safely and on time.",
                    List.of("drive heavy goods vehicles on national and international routes", "plan routes",
                            "load and secure cargo", "carry out daily vehicle checks", "complete delivery documents"),
                    List.of("a C+E driving licence", "a driver qualification card (CPC)", "a digital tachograph card"), 0.0, 0),
            new JobType("Logistics Coordinator", List.of("Logistics Coordinator", "Transport Planner"),
                    "4323", "Transportation and storage",
                    "You will plan and coordinate the flow of goods between suppliers, warehouses and customers.",
                    List.of("plan transport orders in the TMS", "communicate with carriers and customers",
                            "monitor delivery performance", "prepare customs documents"),
                    List.of("a qualification in logistics or business", "good Excel skills", "English and one other language"), 0.0, 0),
            new JobType("Accountant", List.of("Accountant", "Financial Accountant", "Accounts Payable Specialist"),
                    "2411", "Financial and insurance activities",
                    "You will keep our books accurate and support the month-end close.",
                    List.of("process invoices and payments", "prepare monthly and annual financial statements",
                            "reconcile accounts", "prepare VAT returns", "support external audits"),
                    List.of("a degree in accounting or finance", "knowledge of IFRS or local GAAP",
                            "experience with SAP or another ERP system", "excellent Excel skills"), 0.0, 0),
            new JobType("Digital Marketer", List.of("Digital Marketing Specialist", "Online Marketing Manager", "Social Media Manager"),
                    "2431", "Information and communication",
                    "You will grow our brand and online sales through digital channels.",
                    List.of("plan and run campaigns on search and social media", "optimise websites for SEO",
                            "analyse campaign results with web analytics", "create content for newsletters and blogs",
                            "manage the marketing budget"),
                    List.of("experience with Google Ads and Meta Ads", "knowledge of web analytics",
                            "excellent writing skills", "creativity and a data-driven mindset"), 0.2, 0),
            new JobType("Teacher", List.of("Secondary School Teacher", "Mathematics Teacher", "Science Teacher"),
                    "2330", "Education",
                    "You will teach and inspire students aged 12 to 18.",
                    List.of("plan and deliver lessons", "assess students' progress and give feedback",
                            "adapt teaching to students with different needs", "communicate with parents",
                            "use digital tools in the classroom"),
                    List.of("a teaching qualification", "a degree in the subject taught", "classroom management skills"), 0.0, 6),
            new JobType("Cook", List.of("Cook", "Chef de Partie", "Commis Chef"),
                    "5120", "Accommodation and food service activities",
                    "You will prepare fresh, high-quality dishes in our restaurant kitchen.",
                    List.of("prepare ingredients and cook dishes to recipe", "follow food hygiene and HACCP rules",
                            "manage stock and reduce food waste", "keep the kitchen clean and organised"),
                    List.of("a culinary qualification or kitchen experience", "knowledge of food safety",
                            "the ability to work under pressure", "flexibility to work weekends"), 0.0, 4),
            new JobType("Customer Service Agent", List.of("Customer Service Agent", "Customer Support Representative"),
                    "4222", "Administrative and support service activities",
                    "You will help our customers by phone, e-mail and chat.",
                    List.of("answer customer questions and complaints", "record requests in the CRM system",
                            "process orders and returns", "escalate complex cases"),
                    List.of("excellent communication skills", "fluent English; a second language is an advantage",
                            "basic computer skills"), 0.0, 0),
            // job types needing skills no bundled course covers: the gap analysis should find them
            new JobType("Wind Turbine Technician", List.of("Wind Turbine Technician", "Wind Service Technician"),
                    null, "Electricity, gas, steam and air conditioning supply",
                    "You will keep onshore and offshore wind turbines running.",
                    List.of("carry out scheduled maintenance on wind turbines", "diagnose mechanical, hydraulic and electrical faults",
                            "replace components such as gearboxes, pitch drives and sensors", "work at height and in confined spaces",
                            "document work in the service management system"),
                    List.of("a qualification in mechatronics or electrical engineering", "GWO Basic Safety Training",
                            "a head for heights and physical fitness", "willingness to travel"), 1.0, 0),
            new JobType("Cloud DevOps Engineer", List.of("DevOps Engineer", "Cloud Engineer", "Site Reliability Engineer"),
                    null, "Information and communication",
                    "You will build and run the cloud platform our product teams deploy to.",
                    List.of("automate infrastructure with Terraform", "run containers on Kubernetes",
                            "build CI/CD pipelines", "monitor services with Prometheus and Grafana",
                            "manage workloads on AWS or Azure"),
                    List.of("experience with Linux and scripting in Bash or Python", "hands-on Kubernetes and Docker experience",
                            "a cloud certification is an advantage"), 0.8, 0),
            new JobType("AI/ML Engineer", List.of("Machine Learning Engineer", "AI Engineer", "MLOps Engineer"),
                    null, "Information and communication",
                    "You will bring machine learning models from prototype to production.",
                    List.of("train and evaluate machine learning models", "fine-tune large language models",
                            "build data pipelines for model training", "deploy models as scalable services",
                            "monitor model quality and drift"),
                    List.of("a degree in computer science, mathematics or a related field", "strong Python skills",
                            "experience with PyTorch or TensorFlow", "knowledge of MLOps tools"), 1.5, 0),
            new JobType("EV Battery Technician", List.of("EV Battery Technician", "High-Voltage Vehicle Technician"),
                    null, "Wholesale and retail trade; repair of motor vehicles",
                    "You will diagnose and repair electric and hybrid vehicles.",
                    List.of("diagnose high-voltage battery systems", "replace battery modules safely",
                            "use manufacturer diagnostic software", "service charging equipment"),
                    List.of("a qualification as a motor vehicle mechatronics technician", "high-voltage safety training",
                            "experience with electric vehicles"), 1.0, 0));

    private VacancySampleGenerator() {}

    /** Where the sample lives, relative to the datasets module (Surefire's working directory). */
    static final Path TARGET = Path.of("src/main/resources/org/skillscope/datasets/sample/vacancies/vacancies.csv");

    static void write(Path out) throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
    }

    /** The sample CSV text; the same every time. */
    static String generate() {
        Random random = new Random(SEED);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            // every type appears at least once; the rest follow demand weights
            JobType type = i < TYPES.size() ? TYPES.get(i) : pickType(random);
            int month = pickMonth(type, random);
            LocalDate date = LocalDate.of(2025, month, 1 + random.nextInt(28));
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            String title = type.titleVariants().get(random.nextInt(type.titleVariants().size()));
            String occupation = type.isco() != null && random.nextBoolean() ? type.isco() : "";
            rows.add(new String[] {null, title, description(type, title, place, random), place.country(),
                    place.region(), date.toString(), occupation, "en", type.sector()});
        }
        rows.sort(Comparator.comparing((String[] r) -> r[5]).thenComparing(r -> r[1]));
        for (int i = 0; i < rows.size(); i++) rows.get(i)[0] = String.format("sks-2025-%04d", i + 1);
        return csv(rows);
    }

    /** Relative demand per job type (default 2): care and logistics jobs are the most advertised. */
    static final java.util.Map<String, Integer> DEMAND = java.util.Map.of(
            "Nurse", 4, "Care Worker", 4, "Warehouse Operative", 3, "Truck Driver", 3, "Software Developer", 3,
            "Customer Service Agent", 3, "Cook", 3, "Wind Turbine Technician", 1, "EV Battery Technician", 1);

    private static JobType pickType(Random random) {
        int total = TYPES.stream().mapToInt(t -> DEMAND.getOrDefault(t.title(), 2)).sum();
        int r = random.nextInt(total);
        for (JobType t : TYPES) {
            r -= DEMAND.getOrDefault(t.title(), 2);
            if (r < 0) return t;
        }
        throw new IllegalStateException("unreachable");
    }

    /** Month weights: exponential growth over the year plus an optional seasonal peak. */
    private static int pickMonth(JobType type, Random random) {
        double[] weights = new double[12];
        double total = 0;
        for (int m = 1; m <= 12; m++) {
            double w = Math.pow(1 + type.growth(), 2.5 * (m - 1) / 11.0); // December: (1+growth)^2.5 x January
            if (type.peakMonth() > 0) {
                int distance = Math.min(Math.abs(m - type.peakMonth()), 12 - Math.abs(m - type.peakMonth()));
                w *= distance == 0 ? 3 : distance == 1 ? 2 : 1;
            }
            weights[m - 1] = w;
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int m = 0; m < 12; m++) {
            r -= weights[m];
            if (r < 0) return m + 1;
        }
        return 12;
    }

    private static String description(JobType type, String title, Place place, Random random) {
        StringBuilder d = new StringBuilder();
        if (random.nextInt(3) > 0) d.append(pick(COMPANY_BLURBS, random)).append(' ');
        String a = article(title);
        d.append(switch (random.nextInt(3)) {
            case 0 -> "We are looking for " + a + " " + title + " for our team in " + place.city() + ". ";
            case 1 -> "To strengthen our team in " + place.city() + ", we are hiring " + a + " " + title + ". ";
            default -> "Position: " + title + " (full time, " + place.city() + "). ";
        });
        d.append(type.summary()).append("\n\nYour tasks:\n");
        for (String duty : some(type.duties(), 3, random)) d.append("- ").append(capitalise(duty)).append('\n');
        d.append("\nYour profile:\n");
        for (String req : some(type.requirements(), 2, random)) d.append("- ").append(capitalise(req)).append('\n');
        if (random.nextBoolean()) d.append('\n').append(pick(BENEFITS, random));
        if (random.nextInt(3) == 0) d.append('\n').append(pick(EQUAL_OPPORTUNITY, random));
        return d.toString().strip();
    }

    private static List<String> some(List<String> items, int min, Random random) {
        List<String> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        int n = min + random.nextInt(items.size() - min + 1);
        return copy.subList(0, n);
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String article(String word) {
        // "an ICT ...", "an HGV ...", "an AI ...": initialisms read with a vowel sound
        boolean vowel = "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0
                || word.startsWith("HGV") || word.startsWith("HVAC");
        return vowel ? "an" : "a";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String csv(List<String[]> rows) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        CsvSchema schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n")
                .addColumns(VacancyMapping.SKILLSCOPE.signature(), CsvSchema.ColumnType.STRING).build();
        StringBuilder out = new StringBuilder(String.join(",", VacancyMapping.SKILLSCOPE.signature())).append('\n');
        try {
            for (String[] row : rows) out.append(mapper.writer(schema).writeValueAsString(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
