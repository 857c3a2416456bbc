package dev.leafpress.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven through chromedriver, with explicit paths so that Selenium
 * downloads nothing. One instance is shared by the pages of a test class.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or fails with what to install when Chromium is missing. */
    static Browser start() throws IOException {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the browser tests need Debian's Chromium "
                        + "and its driver (apt-get install chromium chromium-driver)");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("leafpress-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options(profile));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Emulates a screen {@code width} CSS pixels wide (a phone below 600) and a colour scheme. */
    void emulate(int width, String colorScheme) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width < 600 ? 812 : 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        cdp("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /** Emulates print media (the colour scheme set by {@link #emulate} stays). */
    void emulatePrint(boolean print) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Loads {@code url} after forgetting the logs of earlier pages. */
    void open(String url) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
    }

    /** Console messages at error level since the page was opened. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Every URL the page requested since it was opened, from the DevTools network events. */
    List<String> requestedUrls() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(e -> readJson(e.getMessage()))
                .map(m -> m.path("message")).filter(m -> m.path("method").asText().equals("Network.requestWillBeSent"))
                .map(m -> m.path("params").path("request").path("url").asText()).toList();
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Saves the whole page, not only the visible part, as a PNG. */
    void screenshot(Path file) throws IOException {
        Map<String, Object> params = contentSize().<Map<String, Object>>map(size -> Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1))).orElse(Map.of("format", "png"));
        Map<String, Object> shot = cdp("Page.captureScreenshot", params);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * The size of the whole page, for a screenshot of all of it. Right after the window's size
     * changed, Chromium can report a width of 0 until it has laid the page out again (a CI run
     * failed on "Cannot take screenshot with 0 width"), so this asks again for up to two seconds;
     * empty when the size stays 0, and the screenshot shows the window only.
     */
    private java.util.Optional<Map<String, Object>> contentSize() {
        for (int attempt = 0; attempt < 20; attempt++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) cdp("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            if (((Number) size.get("width")).doubleValue() > 0 && ((Number) size.get("height")).doubleValue() > 0) {
                return java.util.Optional.of(size);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return java.util.Optional.empty();
    }

    private Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
