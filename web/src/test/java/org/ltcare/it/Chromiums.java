package org.ltcare.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, started once and handed to test after test: starting it costs about two seconds, and
 * the suite opens some sixty browsers. A browser given back is wiped to a first visitor's — one fresh tab, no cookies,
 * no cache, no local storage, no downloads — before anyone gets it again, or it is ended. Only browsers of the
 * default window with nothing added to their pages come back (see {@link Browser#close}).
 */
final class Chromiums {

    static final int WIDTH = 1366;
    static final int HEIGHT = 900;

    /** At most as many browsers wait as a test drives at once (the accessibility test drives two). */
    private static final int IDLE_AT_MOST = 2;

    private static final ConcurrentLinkedDeque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Chromium chromium = IDLE.poll(); chromium != null; chromium = IDLE.poll()) {
                chromium.driver().quit();
            }
        }));
    }

    /** A started browser and the folder it downloads into. */
    record Chromium(ChromeDriver driver, Path downloads) {
    }

    private Chromiums() {
    }

    /** A waiting browser of the default window, or a new one of {@code width}×{@code height}. */
    static Chromium take(int width, int height) throws IOException {
        Chromium idle = width == WIDTH && height == HEIGHT ? IDLE.poll() : null;
        return idle != null ? idle : start(width, height);
    }

    /** Wipes the browser and keeps it for the next test; ends it when it cannot be wiped or enough are waiting. */
    static void giveBack(Chromium chromium, String origin) {
        try {
            wipe(chromium, origin);
        } catch (RuntimeException | IOException e) {
            chromium.driver().quit();
            return;
        }
        if (IDLE.size() < IDLE_AT_MOST) {
            IDLE.push(chromium);
        } else {
            chromium.driver().quit();
        }
    }

    static void end(Chromium chromium) {
        chromium.driver().quit();
    }

    /**
     * A new tab instead of the old one (its session storage and history go with it), then cookies, cache and the
     * origin's stored data cleared as the DevTools protocol does it, and the download folder emptied.
     */
    private static void wipe(Chromium chromium, String origin) throws IOException {
        ChromeDriver driver = chromium.driver();
        if (driver.getWindowHandles().size() != 1) {
            throw new IllegalStateException("more than one window open");
        }
        driver.get("about:blank"); // throws if a dialog is still open: such a browser is ended
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // read, hence emptied
        try (var files = Files.list(chromium.downloads())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Chromium start(int width, int height) throws IOException {
        Path downloads = Files.createTempDirectory("ltc-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        // The console is read at the end: a page that breaks the Content-Security-Policy fails its test.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("ltc-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), downloads);
    }
}
