package vn.tonghop.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;

import vn.tonghop.support.KeycloakServer;
import vn.tonghop.support.OidcLogin;

/**
 * A headless Chromium on the portal under test, with the few actions the journeys need. Elements are found by id or by
 * their visible label or text, as a user would; every wait is a {@link WebDriverWait} on a condition.
 */
public final class Browser {

    /** The system browser and driver (Debian packages chromium and chromium-driver); never downloaded. */
    static final Path CHROMIUM = Path.of(System.getProperty("tonghop.browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path
            .of(System.getProperty("tonghop.browser.chromedriver", "/usr/bin/chromedriver"));
    /**
     * How long a page may take to show what a step waits for: 20 s, or 60 s in CI, whose shared machines ran the suite
     * at less than half this machine's speed; {@code -Dtonghop.browser.wait-seconds} overrides both.
     */
    static final Duration WAIT = Duration
            .ofSeconds(Long.getLong("tonghop.browser.wait-seconds", System.getenv("CI") != null ? 60 : 20));
    /**
     * Selenium warns at every start that it has no DevTools binding for this Chromium's version; the tests use none.
     * Kept in a field: loggers are weakly referenced.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private final WebDriver driver;
    private static final String REPLACED_DOCUMENT = "does not belong to the document";

    private final Path profile;
    private final Path downloads;
    private final String baseUrl;

    private Browser(WebDriver driver, Path profile, Path downloads, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.baseUrl = baseUrl;
    }

    /** A fresh wait, so that one wait's message never leaks into another's. */
    private WebDriverWait waiting(Supplier<String> message) {
        WebDriverWait wait = new PageWait(driver);
        wait.withMessage(message).ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A wait for the journeys' own conditions; the failure says how long it waited, for what, and where. */
    public WebDriverWait waitingFor(Supplier<String> what) {
        WebDriverWait wait = waiting(() -> "waited " + WAIT.toSeconds() + " s for " + what.get() + " on " + path());
        wait.pollingEvery(Duration.ofMillis(200));
        return wait;
    }

    /** Runs a script in the page and answers its result. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * A wait that also retries when Chromium reports an element of the document being replaced by a navigation ("Node
     * with given id does not belong to the document"): a generic WebDriverException, so it cannot be ignored by class.
     */
    private static final class PageWait extends WebDriverWait {
        PageWait(WebDriver driver) {
            super(driver, WAIT);
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.<V> until(d -> {
                try {
                    return condition.apply(d);
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains(REPLACED_DOCUMENT)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    /** Why the browser cannot run here, or null. */
    static String missingExecutables() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "no Chromium at " + CHROMIUM;
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return "no chromedriver at " + CHROMEDRIVER;
        }
        return null;
    }

    static Browser open() throws IOException {
        Path profile = Files.createTempDirectory("tonghop-chromium-");
        Path downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=vi",
                // Bootstrap scrolls smoothly otherwise, and a click can land while the page still moves
                "--force-prefers-reduced-motion");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi", "download.default_directory",
                downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        WebDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // Quarkus points REST Assured at the portal under test (its actual port)
        String base = RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath;
        return new Browser(driver, profile, downloads,
                base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /** The Selenium driver, for what the helpers here do not cover. */
    public WebDriver driver() {
        return driver;
    }

    // ---- device ----

    /** Emulates a phone 390 px wide (Chromium's device metrics, touch); log in before, the menu is folded then. */
    public Browser phone() {
        org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        chromium.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        return this;
    }

    /** How many CSS pixels the page is wider than the viewport (0 when it fits). */
    public long overflow() {
        Object px = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        return Math.max(0, ((Number) px).longValue());
    }

    // ---- navigation ----

    /** Opens a portal path such as {@code /campaigns}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The path (and query) of the page shown, without the portal's host. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Logs in through the portal's {@code /login}: the OIDC code flow redirects to the mock provider's login page,
     * where the user name is typed, then back to the portal's callback, which opens the session. Ends on the home page
     * with the user's name in the top bar.
     */
    public Browser loginAs(String username) {
        open("/login");
        return signInAtProvider(username);
    }

    /**
     * On the OIDC provider's login page (where the portal sends a browser without a session), signs in as this demo
     * user and waits until the portal shows the user's name in its top bar.
     */
    public Browser signInAtProvider(String username) {
        boolean keycloak = KeycloakServer.realmUrl() != null;
        if (!keycloak) {
            OidcLogin.allow(username);
        }
        WebElement name = waiting(() -> "no login page of the OIDC provider at " + driver.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id(keycloak ? "kc-login" : "login")).click();
        waiting(() -> "not logged in as " + username + " on " + driver.getCurrentUrl()).until(
                d -> d.getCurrentUrl().startsWith(baseUrl) && d.findElements(By.cssSelector(".navbar-text")).stream()
                        .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).trim().equals(username)));
        return this;
    }

    /** Logs out through the top bar's button and waits until the portal offers to log in again. */
    public Browser logout() {
        OidcLogin.allowLogout();
        clickCss(".navbar a[href='/logout']");
        waiting(() -> "still logged in on " + driver.getCurrentUrl()).until(d -> d.getCurrentUrl().startsWith(baseUrl)
                && !d.findElements(By.cssSelector(".navbar a[href='/login']")).isEmpty());
        return this;
    }

    // ---- forms ----

    /**
     * Types a value into the field with this id or label (see {@link #field}). Date and time inputs take their ISO
     * value ({@code 2017-04-25}, {@code 2017-04-25T17:00}): their widget's typing order depends on the browser's
     * locale.
     */
    public Browser fill(String idOrLabel, String value) {
        WebElement field = field(idOrLabel);
        String type = field.getAttribute("type");
        if (type != null && (type.startsWith("date") || type.equals("time") || type.equals("month"))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
        return this;
    }

    /** Chooses the option with this visible text (or, failing that, this value) in a select. */
    public Browser select(String idOrLabel, String textOrValue) {
        Select select = new Select(field(idOrLabel));
        boolean byText = select.getOptions().stream().anyMatch(o -> o.getText().trim().equals(textOrValue));
        if (byText) {
            select.selectByVisibleText(textOrValue);
        } else {
            select.selectByValue(textOrValue);
        }
        return this;
    }

    /** Ticks or clears a checkbox found by id or label. */
    public Browser check(String idOrLabel, boolean checked) {
        WebElement box = field(idOrLabel);
        if (box.isSelected() != checked) {
            press(box);
        }
        return this;
    }

    /** The current value of a field. */
    public String value(String idOrLabel) {
        return field(idOrLabel).getDomProperty("value");
    }

    /**
     * The form control with this id, else the one whose {@code <label>} reads exactly this text, else the only one
     * whose label contains it.
     */
    public WebElement field(String idOrLabel) {
        List<WebElement> byId = driver.findElements(By.id(idOrLabel));
        if (!byId.isEmpty()) {
            return byId.get(0);
        }
        List<WebElement> labels = driver
                .findElements(By.xpath("//label[normalize-space()=" + literal(idOrLabel) + "]"));
        if (labels.isEmpty()) {
            labels = driver.findElements(By.xpath("//label[contains(normalize-space(), " + literal(idOrLabel) + ")]"));
        }
        if (labels.size() != 1) {
            throw new AssertionError(labels.size() + " fields labelled '" + idOrLabel + "' on " + path());
        }
        String target = labels.get(0).getAttribute("for");
        return target == null ? labels.get(0).findElement(By.xpath(".//input|.//select|.//textarea"))
                : driver.findElement(By.id(target));
    }

    // ---- clicks ----

    /** Clicks the button (or submit input) whose visible text is exactly this. */
    public Browser click(String buttonText) {
        String text = literal(buttonText);
        press(clickable(
                By.xpath("//button[normalize-space()=" + text
                        + "] | //input[(@type='submit' or @type='button') and @value=" + text + "]"),
                "button '" + buttonText + "'"));
        return this;
    }

    /** Clicks the link whose visible text is exactly this. */
    public Browser clickLink(String linkText) {
        press(clickable(By.xpath("//a[normalize-space()=" + literal(linkText) + "]"), "link '" + linkText + "'"));
        return this;
    }

    /** Clicks the element found by a CSS selector, e.g. {@code #inbox a[href='/campaigns/12']}. */
    public Browser clickCss(String selector) {
        press(clickable(By.cssSelector(selector), "element " + selector));
        return this;
    }

    /** Clicks in the middle of the window, clear of the window's edges where a click may land on something else. */
    private void press(WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private WebElement clickable(By by, String what) {
        List<WebElement> found = waiting(() -> "no " + what + " on " + path()).until(d -> {
            List<WebElement> visible = d.findElements(by).stream().filter(WebElement::isDisplayed).toList();
            return visible.isEmpty() ? null : visible;
        });
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " of " + what + " on " + path());
        }
        return found.get(0);
    }

    // ---- downloads ----

    /**
     * Clicks the link with this visible text and waits for the file it downloads; returns it (in a folder of this
     * browser's own, removed with it), e.g. to open with POI.
     */
    public Path download(String linkText) {
        return downloadAfter(() -> clickLink(linkText), "'" + linkText + "'");
    }

    /** As {@link #download(String)}, clicking the element this CSS selector finds (a button posting a form). */
    public Path downloadByCss(String selector) {
        return downloadAfter(() -> clickCss(selector), selector);
    }

    private Path downloadAfter(Runnable click, String what) {
        List<Path> before = downloadedFiles();
        click.run();
        return waiting(
                () -> "no file downloaded from " + what + " on " + path() + "; the folder holds " + downloadedFiles())
                        .until(d -> {
                            List<Path> now = downloadedFiles();
                            now.removeAll(before);
                            // Chromium writes to a hidden file, then to a .crdownload, and renames it when complete
                            boolean inProgress = now.stream().map(p -> p.getFileName().toString())
                                    .anyMatch(n -> n.startsWith(".") || n.endsWith(".crdownload"));
                            return inProgress || now.isEmpty() ? null : now.get(0);
                        });
    }

    private List<Path> downloadedFiles() {
        try (Stream<Path> files = Files.list(downloads)) {
            return new ArrayList<>(files.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- reading the page ----

    /** Waits until the page shows this text (anywhere in its visible body). */
    public Browser waitForText(String text) {
        waiting(() -> "'" + text + "' not shown on " + path() + "; the page reads:\n" + bodyText(driver))
                .until(d -> bodyText(d).contains(text));
        return this;
    }

    /** Waits until the element with this id shows this text (exactly, blanks trimmed). */
    public Browser waitForText(String id, String text) {
        waiting(() -> "#" + id + " does not read '" + text + "' on " + path() + " but '"
                + driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("(absent)") + "'")
                        .until(d -> d.findElements(By.id(id)).stream().anyMatch(e -> e.getText().trim().equals(text)));
        return this;
    }

    /** Waits until a condition of the page holds; {@code what} names it in the failure. */
    public Browser waitUntil(String what, Function<WebDriver, Boolean> condition) {
        waiting(() -> what + " on " + path()).until(condition);
        return this;
    }

    /** Waits until the shown path (with query) matches this regular expression. */
    public Browser waitForPath(String regex) {
        waiting(() -> "path " + path() + " does not match " + regex).until(d -> path().matches(regex));
        return this;
    }

    /** The visible text of the page's body. */
    public String text() {
        return bodyText(driver);
    }

    /** The visible text of the element with this id. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    /** Whether an element with this id is on the page and visible. */
    public boolean shows(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The visible texts of the cells of a table's body, row by row. */
    public List<List<String>> tableRows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            rows.add(row.findElements(By.tagName("td")).stream().map(c -> c.getText().trim()).toList());
        }
        return rows;
    }

    /** The visible texts of the cells of the table row holding the element found by this CSS selector. */
    public List<String> rowOf(String selector) {
        WebElement row = driver.findElement(By.cssSelector(selector)).findElement(By.xpath("ancestor::tr[1]"));
        return row.findElements(By.tagName("td")).stream().map(c -> c.getText().trim()).toList();
    }

    private static String bodyText(WebDriver d) {
        List<WebElement> body = d.findElements(By.tagName("body"));
        try {
            return body.isEmpty() ? "" : body.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains(REPLACED_DOCUMENT)) {
                return "";
            }
            throw e;
        }
    }

    // ---- failures and cleanup ----

    byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    String pageSource() {
        return driver.getPageSource();
    }

    void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** An XPath string literal for any text, quotes included. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
