package dev.leafpress.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The example blog in a real browser, as readers meet it: each kind of page on a desktop and a
 * phone, in light and dark, checked with axe-core and by measuring the rendered page. A
 * screenshot of each is saved under {@code target/screenshots/} for people to look at.
 */
class ThemeInBrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");
    static final String POST = "posts/force-evict-expired-keys-from-redis/";
    static final String RIBBON = ".fork-ribbon";
    static final String RIBBON_WRAP = ".fork-ribbon-wrap";

    @TempDir
    static Path tmp;
    static StaticSiteServer server;
    static Browser browser;
    static PageProbe probe;
    static final Axe AXE = new Axe();

    @BeforeAll
    static void buildServeAndStartBrowser() throws IOException {
        server = StaticSiteServer.serve(tmp.resolve("out"));
        BuildPipeline.run(BuildOptions.of(Path.of("").toAbsolutePath()).withOutput(tmp.resolve("out"))
                .withBaseUrl(server.baseUrl()));
        browser = Browser.start();
        probe = new PageProbe(browser);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The pages to look at; the 404 page joins when the theme has one. */
    static Stream<Arguments> pages() {
        List<String[]> pages = new ArrayList<>(List.of(new String[] {"index", ""}, new String[] {"post", POST},
                new String[] {"post with a task list", "posts/autoreload-code-in-python/"},
                new String[] {"category", "category/python/"}, new String[] {"tag", "tag/redis/"},
                new String[] {"archives", "archives/"}));
        if (Files.isRegularFile(tmp.resolve("out/404.html"))) {
            pages.add(new String[] {"404", "404.html"});
        }
        List<Arguments> cases = new ArrayList<>();
        for (String[] page : pages) {
            for (int width : new int[] {1280, 375}) {
                for (String scheme : List.of("light", "dark")) {
                    cases.add(Arguments.of(page[0], page[1], width, scheme));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {2} px, {3}")
    @MethodSource("pages")
    void pageIsAccessibleSelfContainedAndFitsTheScreen(String name, String path, int width, String scheme)
            throws IOException {
        browser.emulate(width, scheme);
        browser.open(server.baseUrl() + path);
        browser.screenshot(SHOTS.resolve(name + "-" + width + "-" + scheme + ".png"));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        soft.assertThat(browser.requestedUrls()).as("requests").isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(server.baseUrl()));
        soft.assertThat(probe.scrollsSideways()).as("page wider than the window").isFalse();
        soft.assertThat(probe.count("h1")).as("h1 elements").isEqualTo(1);
        soft.assertThat(probe.backgroundLuminance("body")).as("page background")
                .satisfies(l -> assertThat(scheme.equals("dark") ? l < 0.05 : l > 0.8).isTrue());
        checkRibbon(soft);
        soft.assertThat(AXE.violations(browser)).as("axe-core violations").isEmpty();
        soft.assertAll();
    }

    /** The ribbon is drawn only inside its wrapper, which clips the rotated band on wide screens. */
    private static void checkRibbon(SoftAssertions soft) {
        Box ribbon = probe.box(RIBBON).within(probe.box(RIBBON_WRAP));
        soft.assertThat(probe.clickableAtCentre(RIBBON)).as("ribbon visible and on top").isTrue();
        for (String text : List.of("h1", ".site-title", ".site-nav")) {
            soft.assertThat(ribbon.overlaps(probe.box(text))).as("ribbon covers " + text).isFalse();
        }
    }

    /** Either side of the 70rem breakpoint, where the column is closest to the corner band. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1119, 1120, 1366})
    void ribbonStaysClearOfTheHeaderAtTheBreakpoint(int width) {
        browser.emulate(width, "light");
        browser.open(server.baseUrl() + POST);
        SoftAssertions soft = new SoftAssertions();
        checkRibbon(soft);
        soft.assertAll();
    }

    @Test
    void codeIsHighlightedCopyCleanAndScrollsInsideItsBlock() throws IOException {
        browser.emulate(375, "light");
        browser.open(server.baseUrl() + POST);
        List<Map<String, Object>> blocks = probe.codeBlocks();
        List<String> built = Jsoup.parse(tmp.resolve("out").resolve(POST).resolve("index.html").toFile(), "UTF-8")
                .select("pre > code[class*=language-]").stream().map(Element::wholeText).toList();
        assertThat(blocks).hasSize(built.size()).hasSizeGreaterThan(3);
        for (int i = 0; i < blocks.size(); i++) {
            Map<String, Object> block = blocks.get(i);
            assertThat(block.get("text")).as("text of block %d, as a reader copies it", i).isEqualTo(built.get(i));
            assertThat((Long) block.get("tokens") > 0).as("tokens in %s", block.get("language"))
                    .isEqualTo(block.get("known"));
        }
        assertThat(blocks).as("a language Prism does not have, shown plain")
                .anySatisfy(b -> assertThat(b).containsEntry("defined", false).containsEntry("tokens", 0L));
        assertThat(blocks).as("a block wider than the phone scrolls inside itself")
                .anySatisfy(b -> assertThat((Long) b.get("scrollWidth") > (Long) b.get("clientWidth")).isTrue())
                .allSatisfy(b -> assertThat(b.get("overflowX")).isEqualTo("auto"));
        assertThat(probe.scrollsSideways()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void keyboardReachesTheSkipLinkThenTheRibbonWithVisibleFocus() {
        browser.emulate(1280, "light");
        browser.open(server.baseUrl());
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("skip-link");
        assertThat(probe.box(":focus").y()).as("skip link shown on focus").isGreaterThanOrEqualTo(0);
        assertThat(probe.computed(":focus", "outline-style")).isNotEqualTo("none");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("fork-ribbon");
        assertThat(probe.computed(":focus", "outline-style")).isNotEqualTo("none");
        assertThat(browser.script("return document.activeElement.getAttribute('aria-label');")).asString()
                .startsWith("Fork me on GitHub");
    }

    private static String focused() {
        return (String) browser.script("return document.activeElement.className;");
    }

    /** WCAG 1.4.8 names 80 characters as the longest comfortable line; fewer than 45 is choppy. */
    @Test
    void desktopLinesStayReadable() {
        browser.emulate(1280, "light");
        browser.open(server.baseUrl() + POST);
        assertThat(probe.charactersPerLine(".post-content > p")).isBetween(45.0, 80.0);
    }

    @Test
    void darkSchemeDarkensTheCodeBlocksToo() {
        browser.emulate(1280, "dark");
        browser.open(server.baseUrl() + POST);
        assertThat(probe.backgroundLuminance("pre")).isLessThan(0.05);
        assertThat(probe.computed("body", "color-scheme")).contains("dark");
    }

    @Test
    void printedPagesLeaveOutNavigationAndRibbon() throws IOException {
        browser.emulate(1280, "dark");
        browser.open(server.baseUrl() + POST);
        browser.emulatePrint(true);
        try {
            browser.screenshot(SHOTS.resolve("post-print.png"));
            for (String hidden : List.of(".site-nav", ".fork-ribbon-wrap", ".skip-link", ".post-nav")) {
                assertThat(probe.computed(hidden, "display")).as(hidden).isEqualTo("none");
            }
            assertThat(probe.computed("main", "display")).isEqualTo("block");
            assertThat(probe.backgroundLuminance("body")).as("paper is white, even for dark-scheme readers")
                    .isGreaterThan(0.9);
        } finally {
            browser.emulatePrint(false);
        }
    }
}
