package dev.leafpress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import dev.leafpress.build.SiteBuilder;
import dev.leafpress.diag.Diagnostics;
import dev.leafpress.site.Post;
import dev.leafpress.site.Site;
import dev.leafpress.site.Term;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Atom feed of the golden site, parsed with ROME: required elements, absolute URLs, newest posts. */
class FeedsTest {

    static final String BASE = "https://example.org/blog/";
    static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @TempDir
    static Path tmp;
    static Path out;
    static Site site;

    @BeforeAll
    static void buildGoldenSite() {
        out = tmp.resolve("out");
        BuildPipeline.run(GoldenSiteTest.options().withOutput(out));
        site = SiteBuilder.prepare(GoldenSiteTest.options(), new Diagnostics()).site();
    }

    @Test
    void everyCategoryAndTagHasAFeedBesideItsPage() {
        assertThat(out.resolve("feed.xml")).isRegularFile();
        site.categories().forEach(t -> assertThat(out.resolve("category/" + t.slug() + "/feed.xml")).isRegularFile());
        site.tags().forEach(t -> assertThat(out.resolve("tag/" + t.slug() + "/feed.xml")).isRegularFile());
    }

    @Test
    void siteFeedHoldsTheNewestFeedSizePostsNewestFirst() throws Exception {
        Feed feed = parse(out.resolve("feed.xml"));
        assertThat(site.config().feed().size()).isEqualTo(3).isLessThan(site.posts().size());
        assertThat(entryLinks(feed)).containsExactlyElementsOf(expectedLinks(p -> true));
    }

    @Test
    void termFeedsHoldTheNewestPostsOfTheirTerm() throws Exception {
        for (Term category : site.categories()) {
            Feed feed = parse(out.resolve("category/" + category.slug() + "/feed.xml"));
            assertThat(entryLinks(feed)).as(category.name())
                    .containsExactlyElementsOf(expectedLinks(p -> p.category().equals(category)));
        }
        for (Term tag : site.tags()) {
            Feed feed = parse(out.resolve("tag/" + tag.slug() + "/feed.xml"));
            assertThat(entryLinks(feed)).as(tag.name()).containsExactlyElementsOf(expectedLinks(p -> p.tags().contains(tag)));
        }
    }

    @Test
    void everyFeedHasTheRequiredAtomElementsWithAbsoluteUrls() throws Exception {
        for (Path file : feedFiles()) {
            Feed feed = parse(file);
            String self = BASE + out.relativize(file).toString().replace('\\', '/');
            assertThat(feed.getId()).as(self).isEqualTo(self);
            assertThat(feed.getTitleEx().getValue()).startsWith("Golden Test Blog");
            assertThat(feed.getUpdated()).isNotNull();
            assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("self", self));
            assertThat(feed.getAlternateLinks()).singleElement().extracting(Link::getHref).asString().startsWith(BASE);
            assertThat(feed.getEntries()).isNotEmpty().allSatisfy(FeedsTest::checkEntry);
        }
    }

    @Test
    void entriesCarryFullHtmlWithEveryLinkAndImageAbsolute() throws Exception {
        Feed feed = parse(out.resolve("feed.xml"));
        Entry withImage = feed.getEntries().stream()
                .filter(e -> e.getTitle().equals("A Post With an Image")).findFirst().orElseThrow();
        String html = withImage.getContents().get(0).getValue();
        assertThat(withImage.getContents().get(0).getType()).isEqualTo("html");
        assertThat(Jsoup.parse(html).select("img").attr("src")).isEqualTo(BASE + "2020/square.svg");
        assertThat(Jsoup.parse(html).select("a").attr("href")).isEqualTo(BASE + "posts/first-post/");
        for (Path file : feedFiles()) {
            for (Entry entry : parse(file).getEntries()) {
                String body = entry.getContents().isEmpty() ? entry.getSummary().getValue()
                        : entry.getContents().get(0).getValue();
                for (Element el : Jsoup.parse(body).select("[href], [src]")) {
                    assertThat(el.hasAttr("href") ? el.attr("href") : el.attr("src")).as("%s in %s", el, file)
                            .matches("(https?|mailto):.+");
                }
            }
        }
    }

    @Test
    void timesAreRfc3339WithOffsetsAndUpdatedComesFromFrontMatter() throws Exception {
        String xml = Files.readString(out.resolve("feed.xml"));
        Matcher times = Pattern.compile("<(updated|published)>([^<]*)<").matcher(xml);
        int count = 0;
        while (times.find()) {
            assertThat(times.group(2)).matches(RFC_3339);
            count++;
        }
        assertThat(count).isEqualTo(1 + 2 * 3);
        assertThat(xml).contains("<published>2019-01-01T00:00:00-05:00</published>",
                "<updated>2019-02-03T10:00:00Z</updated>");
    }

    @Test
    void excerptFeedsCarrySummariesOnly(@TempDir Path dir) throws Exception {
        TempSite temp = new TempSite(dir, "title: T\nauthor: A\nbase_url: https://t.example/\nfeed: {size: 2, content: excerpt}\n")
                .post("a", "title: Old\ndate: 2020-01-01", "Old text.\n\n<!-- more -->\n\nHidden.")
                .post("b", "title: Middle\ndate: 2021-01-01", "Middle text.\n\n<!-- more -->\n\nHidden.")
                .post("c", "title: New\ndate: 2022-01-01", "New text with [a link](a.md).\n\n<!-- more -->\n\nHidden.");
        BuildPipeline.run(temp.options());
        Feed feed = parse(temp.output().resolve("feed.xml"));
        assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactly("New", "Middle");
        Entry newest = feed.getEntries().get(0);
        assertThat(newest.getContents()).isEmpty();
        assertThat(newest.getSummary().getValue()).contains("New text", "href=\"https://t.example/posts/old/\"")
                .doesNotContain("Hidden");
    }

    @Test
    void withoutBaseUrlFeedsStillBuildAndTheBuildWarnsOnce(@TempDir Path dir) throws Exception {
        TempSite temp = new TempSite(dir, "title: T\n").post("a", "title: A\ndate: 2020-01-01", "Text.");
        BuildResult result = BuildPipeline.run(temp.options());
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("site.yaml: warning: base_url is not set").contains("--base-url");
        Feed feed = parse(temp.output().resolve("feed.xml"));
        assertThat(feed.getEntries()).singleElement().extracting(Entry::getId).isEqualTo("/posts/a/");
        assertThat(Files.readString(temp.output().resolve("robots.txt"))).doesNotContain("Sitemap");
    }

    private static void checkEntry(Entry entry) {
        assertThat(entry.getId()).startsWith(BASE);
        assertThat(entry.getTitle()).isNotBlank();
        assertThat(entry.getAlternateLinks()).singleElement().extracting(Link::getHref).isEqualTo(entry.getId());
        assertThat(entry.getPublished()).isNotNull();
        assertThat(entry.getUpdated()).isNotNull().isAfterOrEqualTo(entry.getPublished());
        assertThat(entry.getAuthors()).singleElement().extracting(a -> a.getName()).isEqualTo("Test Author");
        assertThat(entry.getCategories()).isNotEmpty().extracting(Category::getScheme)
                .allSatisfy(scheme -> assertThat(scheme).isIn(BASE + "categories/", BASE + "tags/"));
        assertThat(entry.getContents()).singleElement().satisfies(c -> assertThat(c.getValue()).isNotBlank());
    }

    private static List<String> expectedLinks(Predicate<Post> filter) {
        return site.posts().stream().filter(filter).limit(site.config().feed().size())
                .map(p -> BASE + p.path()).toList();
    }

    private static List<String> entryLinks(Feed feed) {
        return feed.getEntries().stream().map(e -> e.getAlternateLinks().get(0).getHref()).toList();
    }

    static Feed parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Feed) new WireFeedInput().build(reader);
        }
    }

    private static List<Path> feedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }
}
