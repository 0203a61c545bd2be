package org.skillscope.api;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page in a real headless Chromium (Debian's chromium + chromium-driver), driven like a person
 * would: each view is used and what it shows is checked; screenshots go to target/screenshots.
 */
class ApiBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static EscoContext esco;
    private Javalin app;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "/usr/bin/chromium or /usr/bin/chromedriver absent (apt-get install chromium chromium-driver): browser tests skipped");
        esco = new EscoContext(EscoSample.path(), null);
    }

    @AfterAll
    static void closeEsco() {
        if (esco != null) esco.close();
    }

    @BeforeEach
    void start() {
        RunFixture run = RunFixture.publish(esco.graph());
        app = ApiServer.create(ApiConfig.of(run.jdbcUrl, 0, EscoSample.path(), null), esco).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,1100");
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

    private List<WebElement> rows(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr"));
    }

    private void waitRows(String tableId, int n) {
        wait.until(d -> rows(tableId).size() == n);
    }

    @Test
    void providerSeesTheCatalogueWithScoresWhyAndWhatToCreate() throws IOException {
        driver.get(base + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-info"), "Run run-2"));
        assertTrue(driver.findElement(By.id("run-info")).getText().contains("4 credentials · 1 vacancy"), driver.findElement(By.id("run-info")).getText());
        waitRows("catalogue", 4);
        assertTrue(rows("catalogue").get(0).getText().startsWith("Web Front-End Development"), rows("catalogue").get(0).getText());
        assertEquals("4 credentials", driver.findElement(By.id("catalogue-count")).getText());
        new Select(driver.findElement(By.id("provider"))).selectByValue("Nordhavn Digital Academy");
        waitRows("catalogue", 2);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("weakest"), "Databases for the Web"));
        assertTrue(driver.findElement(By.id("weakest")).getText().contains("missing standard elements: learner, quality assurance"));
        assertTrue(driver.findElement(By.id("proposals")).getText().contains("serves: web developer"));
        rows("catalogue").get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credential-detail")));
        String detail = driver.findElement(By.id("credential-detail")).getText();
        assertTrue(detail.contains("relevance 72.5 / 100"), detail);
        assertTrue(detail.contains("asked for in 50.0 % of vacancies (100 ads)"), detail);
        assertTrue(detail.contains("web developer: 6 of 21 essential skills"), detail);
        screenshot("provider");
    }

    @Test
    void counsellorGetsTheMissingSkillsAndACredentialPlan() throws IOException {
        driver.get(base + "/#counsellor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobseeker-form")));
        driver.findElement(By.id("current-occupation")).sendKeys("ICT help desk agent");
        // an alternative ESCO label: the API resolves the words and says what it chose
        driver.findElement(By.id("target-occupation")).sendKeys("web programmer");
        driver.findElement(By.id("plan-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-result")));
        String plan = driver.findElement(By.id("plan")).getText();
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
        screenshot("counsellor");
        // another reading of the target is one click away
        WebElement alternative = driver.findElement(By.cssSelector("#target-occupation-resolved button.pick"));
        String label = alternative.getText().replaceAll(" \\([0-9.]+\\)$", "");
        alternative.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "Towards " + label));
    }

    @Test
    void policymakerSeesGapsByScopeWithFiltersAndCharts() throws IOException {
        driver.get(base + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-info"), "Run run-2"));
        driver.findElement(By.id("tab-policy")).click();
        waitRows("gaps", 4);
        assertEquals("4 gaps in this scope", driver.findElement(By.id("gaps-count")).getText());
        wait.until(d -> d.findElements(By.cssSelector("#chart-groups rect.demand-bar")).size() == 3);
        assertEquals(3, driver.findElements(By.cssSelector("#chart-groups rect.supply-bar")).size());
        assertTrue(driver.findElement(By.id("chart-transition")).getText().contains("20.0 %"), "green share of demand");
        screenshot("policy");
        driver.findElement(By.id("gaps-green")).click();
        driver.findElement(By.cssSelector("#policy-form button[type=submit]")).click();
        waitRows("gaps", 1);
        assertTrue(rows("gaps").get(0).getText().contains("mount photovoltaic panels"));
        // growth says what it rests on: the rate in the cell, its counts on hover
        WebElement growth = rows("gaps").get(0).findElements(By.tagName("td")).get(4);
        assertEquals("+300 %", growth.getText());
        assertEquals("5 of 100 dated ads in 2024-01/2024-06, 20 of 100 in 2024-07/2024-12", growth.getAttribute("title"));
        // the run's warnings stand above the gaps they affect
        assertTrue(driver.findElement(By.id("policy-warnings")).getText().contains("the source skillscope holds 200 of 200 vacancies"),
                driver.findElement(By.id("policy-warnings")).getText());
        driver.findElement(By.id("gaps-green")).click();
        new Select(driver.findElement(By.id("scope"))).selectByValue("country|DK");
        waitRows("gaps", 1);
        assertEquals("1 gap in this scope", driver.findElement(By.id("gaps-count")).getText());
        screenshot("policy-dk");
        // a region, named with its country; a small scope says so
        new Select(driver.findElement(By.id("scope"))).selectByValue("region|DK / Hovedstaden");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy-warnings"), "This scope holds 50 vacancies"));
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
    }
}
