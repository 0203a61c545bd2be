package org.skillscope.api;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillscope.api.service.EscoContext;
import org.skillscope.datasets.esco.EscoSample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page in a real headless Chromium (Debian's chromium + chromium-driver), driven like a person
 * would: one journey per user, the pages that look closer, deep links; at 1,280 px and at 360 px, each
 * state checked by axe-core (no serious or critical violation) and for sideways overflow. Screenshots go to
 * target/screenshots, downloads to target/downloads.
 */
class ApiBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDE = 1280, PHONE = 360;

    private static EscoContext esco;
    private Javalin app;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;
    private Path downloads;
    private RunFixture run;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "/usr/bin/chromium or /usr/bin/chromedriver absent (apt-get install chromium chromium-driver): browser tests skipped");
        Axe.script(); // installs axe-core (npm ci) before the first page, or fails saying why
        esco = new EscoContext(EscoSample.path(), null);
    }

    @AfterAll
    static void closeEsco() {
        if (esco != null) esco.close();
    }

    @BeforeEach
    void start(TestInfo test) throws IOException {
        run = RunFixture.publish(esco.graph());
        app = ApiServer.create(ApiConfig.of(run.jdbcUrl, 0, EscoSample.path(), null), esco).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        downloads = Path.of("target", "downloads", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        Files.createDirectories(downloads);
        try (var old = Files.list(downloads)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,1100");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void width(int px) {
        driver.manage().window().setSize(new Dimension(px, 1100));
        wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= px);
    }

    /**
     * The page as it is now, at both widths: no serious or critical axe violation, nothing wider than the
     * screen (a wide table scrolls inside its own box), a screenshot of each.
     */
    private void checkBothWidths(String name) throws IOException {
        for (int px : new int[] {WIDE, PHONE}) {
            width(px);
            Axe.check(driver, name + " at " + px + " px");
            long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertTrue(overflow <= 0, name + " at " + px + " px is " + overflow + " px wider than the screen");
            screenshot(name + "-" + px);
        }
        width(WIDE);
    }

    private List<WebElement> rows(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr"));
    }

    private void waitRows(String tableId, int n) {
        wait.until(d -> rows(tableId).size() == n && !rows(tableId).get(0).getText().isEmpty());
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> Files.isRegularFile(file));
        return file;
    }

    /** A provider opens a credential by keyboard, reads why it scores as it does, and downloads the proposals for its catalogue. */
    @Test
    void providerOpensACredentialReadsWhyAndDownloadsTheProposals() throws IOException {
        driver.get(base + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-info"), "Run run-2"));
        assertTrue(text("run-info").contains("4 credentials · 1 vacancy"), text("run-info"));
        waitRows("catalogue", 4);
        assertTrue(rows("catalogue").get(0).getText().startsWith("Web Front-End Development"), rows("catalogue").get(0).getText());
        assertEquals("4 credentials", text("catalogue-count"));
        checkBothWidths("provider");
        // the picker searches all providers as one types
        WebElement picker = driver.findElement(By.id("provider"));
        picker.sendKeys("nordh");
        wait.until(d -> d.findElements(By.cssSelector("#provider-list option")).size() == 1);
        assertEquals("Nordhavn Digital Academy", driver.findElement(By.cssSelector("#provider-list option")).getAttribute("value"));
        picker.clear();
        picker.sendKeys("Nordhavn Digital Academy", Keys.TAB);
        waitRows("catalogue", 2);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("weakest"), "Databases for the Web"));
        assertTrue(text("weakest").contains("missing standard elements: learner, quality assurance"), text("weakest"));
        assertTrue(text("proposals").contains("serves: web developer"), text("proposals"));
        // the download carries the active filter
        assertEquals(base + "/api/credentials?provider=Nordhavn+Digital+Academy&format=csv",
                driver.findElement(By.id("catalogue-csv")).getAttribute("href"));
        driver.findElement(By.id("proposals-export")).click();
        List<String> proposals = Files.readAllLines(downloaded("skillscope-proposals-Nordhavn-Digital-Academy.csv"));
        assertEquals("rank,skills,skillUris,vacancies,allTogether,scopeType,scope,green,digital,occupations,fit,why", proposals.get(0));
        assertTrue(proposals.size() >= 2 && proposals.get(1).startsWith("1,"), proposals.toString());
        // the credential opens from the keyboard: its title is a link
        WebElement link = rows("catalogue").get(0).findElement(By.cssSelector("a"));
        link.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credential-title")));
        assertEquals("#credential/cred-web", js("return location.hash"));
        // the title shows before the credential's figures arrive ("Loading…" on a busy machine): wait for them
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view-credential"), "relevance "));
        String page = text("view-credential");
        assertTrue(page.contains("relevance 72.5 / 100"), page);
        assertTrue(page.contains("asked for in 50.0 % of vacancies (100 ads)"), page);
        assertEquals(6, driver.findElements(By.cssSelector("#chart-breakdown rect.contribution-bar")).size(), "one bar per skill");
        waitRows("credential-skill-table", 6);
        assertTrue(rows("credential-skill-table").get(0).getText().contains("“Write JavaScript”"), rows("credential-skill-table").get(0).getText());
        assertTrue(text("credential-occupation-table").contains("web developer"), text("credential-occupation-table"));
        assertEquals(16, rows("standard-elements").size(), "all 16 standard elements");
        assertTrue(rows("standard-elements").get(4).getText().startsWith("5 date of issuing"), rows("standard-elements").get(4).getText());
        assertTrue(driver.findElement(By.id("export-elm")).getAttribute("href").endsWith("/api/credentials/cred-web/export?format=elm"));
        assertTrue(driver.findElement(By.id("export-ob3")).getAttribute("href").endsWith("/api/credentials/cred-web/export?format=ob3"));
        assertEquals("credential-title", js("return document.activeElement.id"), "the new page's heading has the focus");
        checkBothWidths("provider-credential");
        // back to the catalogue by the browser's history (hashchange)
        driver.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogue")));
        assertTrue(driver.findElement(By.id("view-credential")).getAttribute("hidden") != null);
    }

    /** A counsellor types a job title, picks the occupation among the alternatives, gets a plan and looks at the occupation. */
    @Test
    void counsellorTypesAJobTitlePicksTheOccupationAndGetsAPlan() throws IOException {
        driver.get(base + "/#counsellor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobseeker-form")));
        driver.findElement(By.id("current-occupation")).sendKeys("ICT help desk agent");
        // an alternative ESCO label: the API resolves the words and says what it chose
        driver.findElement(By.id("target-occupation")).sendKeys("web programmer");
        driver.findElement(By.id("plan-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-result")));
        String plan = text("plan");
        assertTrue(plan.contains("Target occupation: web developer"), plan);
        assertTrue(plan.contains("Towards web developer"), plan);
        assertTrue(plan.matches("(?s).*\\d+ essential skills? missing; the plan covers .* with \\d+ credentials?.*"), plan);
        assertTrue(plan.contains("Databases for the Web") || plan.contains("Web Front-End Development"), plan);
        assertTrue(plan.contains("No credential in the catalogue teaches:"), plan);
        // the help desk agent's skills are offered as checkboxes, not credited until ticked
        assertTrue(plan.contains("Skills taken into account: none"), plan);
        List<WebElement> offered = driver.findElements(By.cssSelector("#offered-skills input[type=checkbox]"));
        assertFalse(offered.isEmpty(), plan);
        offered.forEach(box -> assertFalse(box.isSelected()));
        String skill = driver.findElements(By.cssSelector("#offered-skills label.offered")).get(0).getText().strip();
        offered.get(0).click();
        driver.findElement(By.id("plan-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "Skills taken into account: " + skill));
        checkBothWidths("counsellor");
        // another reading of the title is one click away
        WebElement alternative = driver.findElement(By.cssSelector("#target-occupation-resolved button.pick"));
        String label = alternative.getText().replaceAll(" \\([0-9.]+\\)$", "");
        alternative.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "Towards " + label));
        // and back to web developer, whose page lists its essential skills (paged), vacancies and credentials
        driver.findElement(By.id("target-occupation")).clear();
        driver.findElement(By.id("target-occupation")).sendKeys("web developer");
        driver.findElement(By.id("plan-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "Towards web developer"));
        driver.findElement(By.cssSelector("#target-occupation-resolved a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("occupation-title"), "web developer"));
        waitRows("occupation-essential-table", 20);
        assertEquals("21 skills · page 1 of 2", text("occupation-essential-table-count"));
        driver.findElement(By.id("occupation-essential-table-next")).click();
        waitRows("occupation-essential-table", 1);
        waitRows("occupation-vacancy-table", 1);
        assertTrue(rows("occupation-vacancy-table").get(0).getText().contains("skillscope:1"));
        waitRows("occupation-credential-table", 2);
        checkBothWidths("counsellor-occupation");
    }

    /** A policymaker compares two regions, downloads the whole gap list and opens a skill behind a gap. */
    @Test
    void policymakerComparesTwoRegionsAndDownloadsTheFullGapList() throws IOException {
        driver.get(base + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-info"), "Run run-2"));
        driver.findElement(By.cssSelector("nav a[data-view=policy]")).click();
        waitRows("gaps", 4);
        assertEquals("4 gaps", text("gaps-count"));
        wait.until(d -> d.findElements(By.cssSelector("#chart-groups rect.demand-bar")).size() == 3);
        assertEquals(3, driver.findElements(By.cssSelector("#chart-groups rect.supply-bar")).size());
        assertTrue(text("chart-transition").contains("20.0 %"), "green share of demand");
        driver.findElement(By.id("gaps-green")).click();
        driver.findElement(By.cssSelector("#policy-form button[type=submit]")).click();
        waitRows("gaps", 1);
        assertTrue(rows("gaps").get(0).getText().contains("mount photovoltaic panels"));
        // growth says what it rests on: the rate in the cell, its counts on hover
        WebElement growth = rows("gaps").get(0).findElements(By.tagName("td")).get(4).findElement(By.tagName("span"));
        assertEquals("+300 %", growth.getText());
        assertEquals("5 of 100 dated ads in 2024-01/2024-06, 20 of 100 in 2024-07/2024-12", growth.getAttribute("title"));
        assertTrue(text("policy-warnings").contains("the source skillscope holds 200 of 200 vacancies"), text("policy-warnings"));
        driver.findElement(By.id("gaps-green")).click();
        driver.findElement(By.cssSelector("#policy-form button[type=submit]")).click();
        waitRows("gaps", 4);
        // two scopes side by side
        new Select(driver.findElement(By.id("compare-a"))).selectByValue("country|DK");
        new Select(driver.findElement(By.id("compare-b"))).selectByValue("region|DK / Hovedstaden");
        driver.findElement(By.cssSelector("#compare-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        String compare = text("compare-table");
        assertTrue(compare.contains("country: DK (120)") && compare.contains("region: DK / Hovedstaden (50)"), compare);
        assertTrue(compare.contains("Green share of demand 4.2 % (5) 0.0 % (0)"), compare);
        checkBothWidths("policy");
        // the whole gap list, as the table's filters say
        driver.findElement(By.id("gaps-csv")).click();
        List<String> csv = Files.readAllLines(downloaded("skillscope-gaps.csv"));
        assertTrue(csv.get(0).startsWith("rankNo,id,skillUri,label,vacancies"), csv.get(0));
        assertEquals(5, csv.size(), "a header and the 4 gaps");
        // a gap's skill: demand, the trend with its caveat, the sentences behind it
        rows("gaps").get(0).findElement(By.cssSelector("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-title")));
        waitRows("skill-demand-table", 2);
        assertTrue(text("trend-caveat").contains("dated vacancies"), text("trend-caveat"));
        checkBothWidths("policy-skill");
    }

    /** Skill, occupation and credential pages and the data-quality view open from a link, and switch when the hash changes. */
    @Test
    void deepLinksOpenOnLoadAndOnHashChange() throws IOException {
        String skill = EscoContext.idOf(run.w.get(0));
        driver.get(base + "/#skill/" + skill);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-title")));
        waitRows("skill-evidence-table", 1);
        String evidence = rows("skill-evidence-table").get(0).getText();
        assertTrue(evidence.contains("skillscope:1") && evidence.contains("“You write clean code.”") && evidence.contains("stated"), evidence);
        assertEquals(base + "/api/skills/" + skill + "/evidence?format=csv", driver.findElement(By.id("skill-evidence-table-csv")).getAttribute("href"));
        wait.until(d -> d.findElements(By.cssSelector("#chart-trend rect.trend-bar")).size() == 3);
        waitRows("skill-credential-table", 1);
        checkBothWidths("skill");
        js("location.hash = arguments[0]", "#occupation/" + EscoContext.idOf(RunFixture.WEB_DEVELOPER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("occupation-title"), "web developer"));
        assertTrue(driver.findElement(By.id("view-skill")).getAttribute("hidden") != null);
        js("location.hash = '#credential/cred-db'");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("credential-title"), "Databases for the Web"));
        js("location.hash = '#quality'");
        waitRows("quality-provider-table", 3);
        assertTrue(text("quality-provider-table").contains("learner: 2 | quality assurance: 1"), text("quality-provider-table"));
        waitRows("quality-quarantine-table", 1);
        assertTrue(text("quality-quarantine-table").contains("not a date: 2024-13-45"));
        assertTrue(text("quality-vacancy-language-table").contains("en"));
        // the provider table searches
        driver.findElement(By.id("quality-provider-table-q")).sendKeys("sunfield");
        waitRows("quality-provider-table", 1);
        checkBothWidths("quality");
        // an unknown page says so instead of showing a stale one
        js("location.hash = '#credential/nope'");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(text("error").contains("nope"), text("error"));
        assertFalse(text("view-credential").contains("Databases for the Web"), "no stale page");
    }

    /**
     * Under the Content-Security-Policy (no inline script or style): the docs page still lists the
     * endpoints and takes its styles, and the catalogue's score bars still get their width (set through
     * the CSSOM, which the policy allows, not a style attribute, which it blocks).
     */
    @Test
    void pagesWorkUnderTheContentSecurityPolicy() throws IOException {
        driver.get(base + "/docs");
        wait.until(d -> d.findElements(By.cssSelector("#ops .op")).size() >= 20);
        assertEquals("1px", driver.findElement(By.cssSelector("#ops .op")).getCssValue("border-top-width"));
        screenshot("docs");
        driver.get(base + "/");
        waitRows("catalogue", 4);
        WebElement bar = rows("catalogue").get(0).findElement(By.cssSelector(".bar"));
        assertEquals(73, bar.getSize().getWidth()); // relevance 72.5, rounded
        // the accessibility check fails when it should: a field without a label is a critical violation
        js("document.getElementById('main').append(Object.assign(document.createElement('input'), { id: 'unlabelled' }))");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> Axe.check(driver, "a page with an unlabelled field"));
        assertTrue(e.getMessage().contains("label") && e.getMessage().contains("#unlabelled"), e.getMessage());
    }
}
