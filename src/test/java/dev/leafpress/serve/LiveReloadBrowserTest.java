package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader of the preview sees in a real browser (Debian's chromium, driven by its
 * chromedriver; nothing is downloaded): pages change by themselves after an edit on disk.
 */
class LiveReloadBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path tmp;
    private static PreviewFixture site;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver");
        }
        Path root = tmp.resolve("site");
        PreviewFixture.write(root, "content/posts/d.md", "---\ntitle: Before\nslug: fixed\ndate: 2021-01-01\n---\nText.\n");
        PreviewFixture.write(root, "content/look.css", "h1 { color: rgb(1, 2, 3); }\n");
        PreviewFixture.write(root, "templates/post.peb", "<!DOCTYPE html><html><head><title>{{ post.title }}</title>"
                + "<link rel=\"stylesheet\" href=\"{{ url('look.css') }}\"></head><body><h1>{{ post.title }}</h1>"
                + "{{ post.html | raw }}</body></html>");
        site = PreviewFixture.start(root, "https://example.org/");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** Waits up to 20 s; a reload between finding an element and reading it is a reason to look again. */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void anEditedTitleAppearsWithoutTouchingTheBrowser() throws Exception {
        browser.get(site.uri("/posts/fixed/").toString());
        assertThat(heading()).isEqualTo("Before");
        waiting().until(b -> site.preview.tabs() > 0);
        site.write("content/posts/d.md", "---\ntitle: After the edit\nslug: fixed\ndate: 2021-01-01\n---\nText.\n");
        waiting().until(b -> heading().equals("After the edit"));

        site.write("content/posts/d.md", "---\ntitle: Broken\nslug: fixed\ndate: 2021-13-01\n---\nText.\n");
        waiting().until(b -> !b.findElements(By.id(ErrorOverlay.ID)).isEmpty());
        assertThat(browser.findElement(By.id(ErrorOverlay.ID)).getText()).contains("content/posts/d.md:4");
        site.write("content/posts/d.md", "---\ntitle: Fixed\nslug: fixed\ndate: 2021-01-01\n---\nText.\n");
        waiting().until(b -> b.findElements(By.id(ErrorOverlay.ID)).isEmpty() && heading().equals("Fixed"));
    }

    @Test
    void aStylesheetEditRestylesThePageWithoutReloadingIt() throws Exception {
        browser.get(site.uri("/posts/fixed/").toString());
        waiting().until(b -> site.preview.tabs() > 0);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.notReloaded = true;");
        site.write("content/look.css", "h1 { color: rgb(200, 100, 50); }\n");
        waiting().until(b -> browser.findElement(By.tagName("h1")).getCssValue("color").contains("200, 100, 50"));
        assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
    }
}
