package org.ltcare.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly so that Selenium never
 * tries to download a driver; started once and wiped between tests ({@link Chromiums}). Waits are on conditions in
 * the page, never fixed sleeps.
 */
public final class Browser implements AutoCloseable {

    private final Chromiums.Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path downloads;
    /** Whether the browser may serve the next test once wiped: not when its screen or pages were changed. */
    private boolean reusable;

    public Browser(String baseUrl) throws IOException {
        this(baseUrl, Chromiums.WIDTH, Chromiums.HEIGHT);
    }

    /** A browser whose window is {@code width}×{@code height} CSS pixels: a phone, a tablet. */
    public Browser(String baseUrl, int width, int height) throws IOException {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.chromium = Chromiums.take(width, height);
        this.driver = chromium.driver();
        this.downloads = chromium.downloads();
        this.reusable = width == Chromiums.WIDTH && height == Chromiums.HEIGHT;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        if (!reusable) {
            emulate(width, height);
        }
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Turns the screen to {@code width}×{@code height} (a tablet turned sideways); the next page opened has it. */
    public void resize(int width, int height) {
        reusable = false;
        emulate(width, height);
    }

    /**
     * A touch device's screen of exactly {@code width}×{@code height} CSS pixels. A desktop window cannot be made
     * narrower than about 500 pixels, so a phone's width is the DevTools protocol's device emulation, as in the
     * browser's own device toolbar.
     */
    private void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of(
                "enabled", true));
    }

    /** Forgets the session (cookies), keeping the browser and its cache: the next page is a new visitor's. */
    public void newSession() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until the page has loaded (its scripts have run), as a user waits before reading it. */
    public void waitUntilLoaded() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** How many CSS pixels the page is wider than the window (0: nothing needs scrolling sideways). */
    public long horizontalOverflow() {
        Number over = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
        return over.longValue();
    }

    public boolean isDisplayed(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    public void click(String id) {
        byId(id).click();
    }

    /** Scrolls the element to the middle of the window, as a user scrolls to the item they score next. */
    public void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", present(id));
    }

    /** "id-or-text: height" of every element the selector finds that is less than {@code pixels} high. */
    public java.util.List<String> smallerThan(String css, int pixels) {
        java.util.List<String> small = new java.util.ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(css))) {
            int height = element.getSize().getHeight();
            if (element.isDisplayed() && height < pixels) {
                small.add(element.getAttribute("for") + ": " + height);
            }
        }
        return small;
    }

    /** The attribute of every element the CSS selector finds, in page order. */
    public java.util.List<String> attributes(String css, String attribute) {
        java.util.List<String> values = new java.util.ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(css))) {
            values.add(element.getAttribute(attribute));
        }
        return values;
    }

    /** Whether the element's box lies within the window: what the user sees without scrolling. */
    public boolean isInViewport(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", id));
    }

    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        if (!String.valueOf(field.getAttribute("value")).isEmpty()) {
            // A date picker's field keeps its value through clear(); select it and type over it, as a user would.
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        field.sendKeys(text);
    }

    /** Clicks and waits until the browser has left the current page (a full-page submit). */
    public void clickAndWaitForNewPage(String id) {
        WebElement button = byId(id);
        button.click();
        wait.until(ignored -> isGone(button));
    }

    /** Clicks a button that asks "are you sure?" first, says yes, and waits for the next page. */
    public void clickConfirmAndWaitForNewPage(String id) {
        WebElement button = byId(id);
        button.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ignored -> isGone(button));
    }

    /**
     * Whether the element has left the page. While the next page loads, chromedriver may report the old node as
     * "not belonging to the document" instead of stale; both mean the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Picks an entry of a PrimeFaces menu through its widget, as the menu's own click handler does, and waits until
     * the menu shows it. Mouse clicks on the entry were lost or intercepted on a loaded machine while the panel was
     * still moving into place; the tests are about our pages, not about PrimeFaces' animation.
     */
    public void selectMenuValue(String id, String value, String label) {
        byId(id);
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                id, value);
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    }

    /** Chooses an option of a plain HTML select by its value. */
    public void selectByValue(String id, String value) {
        new org.openqa.selenium.support.ui.Select(byId(id)).selectByValue(value);
    }

    public void waitForText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Logs in and waits for the page that follows: the portal (logout link) or the login form with its message.
     * An account with a second factor gets the code of {@link TwoFactorCodes} at the second step.
     */
    public void login(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        clickAndWaitForNewPage("loginForm:submit");
        waitForLoginStep();
        if (!driver.findElements(By.id("loginForm:code")).isEmpty()) {
            submitCode(TwoFactorCodes.next(username));
        }
    }

    /** Types a code at the login's second step and waits for what follows; whether it logged in. */
    public boolean submitCode(String code) {
        type("loginForm:code", code);
        clickAndWaitForNewPage("loginForm:verify");
        waitForLoginStep();
        return !driver.findElements(By.cssSelector(".ltc-logout")).isEmpty();
    }

    /** Logs in with the password of an account with a second factor and stops at the code step. */
    public void loginUntilCode(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        clickAndWaitForNewPage("loginForm:submit");
        byId("loginForm:code");
    }

    /** The portal, the login form with its message, or the second step's code field. */
    private void waitForLoginStep() {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState"))
                && (!d.findElements(By.cssSelector(".ltc-logout")).isEmpty()
                || !d.findElements(By.id("loginForm:loginMessages")).isEmpty()
                || !d.findElements(By.id("loginForm:code")).isEmpty()));
    }

    /** The index of the data-table row whose cell {@code table:i:cell} reads exactly {@code text}. */
    public int rowOf(String table, String cell, String text) {
        for (int i = 0; ; i++) {
            if (byId(table + ":" + i + ":" + cell).getText().equals(text)) {
                return i;
            }
        }
    }

    /** The data-table row that reads {@code text} somewhere (the page shown must hold it: {@link #pageTo}). */
    public WebElement rowContaining(String table, String text) {
        return driver.findElement(By.xpath("//*[@id='" + table + "_data']/tr[contains(., '" + text + "')]"));
    }

    /**
     * Pages through a data table with PrimeFaces' paginator, from the page shown, until a page shows {@code text}
     * (true) or the last page does not (false): what a user with a long list does. Other tests' rows may come first.
     */
    public boolean pageTo(String table, String text) {
        while (!byId(table).getText().contains(text)) {
            java.util.List<WebElement> next = driver.findElements(By.cssSelector("[id='" + table
                    + "'] .ui-paginator-next"));
            if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                return false;
            }
            WebElement firstRow = driver.findElement(By.cssSelector("[id='" + table + "_data'] > tr"));
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        return true;
    }

    /** An element that is in the page, visible or not (a file input a theme hides, a radio under its label). */
    public WebElement present(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * Clicks a download link and waits until the browser has finished writing the file (Chromium names it
     * *.crdownload, or a hidden .org.chromium.* file, until then); returns the file.
     */
    public Path download(String id) throws IOException {
        java.util.Set<Path> before;
        try (var files = Files.list(downloads)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        scrollTo(id); // a link at the window's lower edge was once covered by the page's main area when clicked
        byId(id).click();
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> !before.contains(f) && !f.getFileName().toString().endsWith(".crdownload")
                        && !f.getFileName().toString().startsWith(".")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves what the user sees, for people to look at (target/screenshots). */
    public void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * What the browser's console said about the Content-Security-Policy since the last call: a script, handler or
     * resource the policy refused means a screen that silently lacks a behaviour.
     */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Has the browser run {@code script} in every document it opens from now on, before the page's own scripts and
     * outside its Content-Security-Policy (as the DevTools protocol does it). Such a browser serves no other test.
     */
    public void addScriptToEveryPage(String script) {
        reusable = false;
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
    }

    /**
     * Gives the browser back (wiped, for the next test) or ends it; every journey a test drove must have kept to the
     * Content-Security-Policy.
     */
    @Override
    public void close() {
        java.util.List<String> violations;
        boolean keep = reusable;
        try {
            violations = cspViolations();
        } catch (RuntimeException e) {
            keep = false;
            throw e;
        } finally {
            if (keep) {
                Chromiums.giveBack(chromium, baseUrl.replaceFirst("^(https?://[^/]+).*$", "$1"));
            } else {
                Chromiums.end(chromium);
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The page broke the Content-Security-Policy:\n" + String.join("\n", violations));
        }
    }
}
