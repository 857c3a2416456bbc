package dev.leafpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.content.EntryKind;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Old URLs made the way each generator makes them. */
class OldUrlsTest {

    private static final SiteSettings UTC = new SiteSettings("t", "", "", "", "en", ZoneId.of("UTC"));
    private static final ZonedDateTime LATE = ZonedDateTime.parse("2015-02-03T23:30:00-05:00");

    private static String url(SourceKind kind, EntryKind entryKind, String pattern, UrlFacts facts) {
        SourceEntry entry = new SourceEntry(null, facts.frame(), "posts/x.md", entryKind, pattern);
        return OldUrls.of(kind, entry, facts, UTC).orElse(null);
    }

    @Test
    void pelicanUsesItsOwnSlugRulesAndStrftimeCodes() {
        UrlFacts facts = new UrlFacts("Don't panic: Élan!", null, LATE, "Web Dev", List.of(), "a/x.md");
        assertThat(url(SourceKind.PELICAN, EntryKind.POST, "{date:%Y}/{date:%b}/{category}/{slug}.html", facts))
                .isEqualTo("/2015/Feb/web-dev/dont-panic-elan.html");
    }

    @Test
    void jekyllTakesTheDateInTheSiteZoneAndCategoriesDowncased() {
        UrlFacts facts = new UrlFacts("T", "from-name", LATE, "Code", List.of("Code", "Ruby"), "_posts/x.md");
        assertThat(url(SourceKind.JEKYLL, EntryKind.POST, "/:categories/:year/:i_month/:day/:title:output_ext", facts))
                .isEqualTo("/code/ruby/2015/2/04/from-name.html");
        UrlFacts page = new UrlFacts("About", null, null, null, List.of(), "docs/about.md");
        assertThat(url(SourceKind.JEKYLL, EntryKind.PAGE, "html", page)).isEqualTo("/docs/about.html");
        assertThat(url(SourceKind.JEKYLL, EntryKind.PAGE, "pretty", page)).isEqualTo("/docs/about/");
    }

    @Test
    void jekyllSlugifiedCategoriesAndMonthAndDayNames() {
        // As Jekyll 4.3 makes them: slugify each category, strftime %b, %B, %a and %A.
        UrlFacts facts = new UrlFacts("T", "from-name", LATE, null, List.of("Web Dev", "C Sharp!"), "_posts/x.md");
        assertThat(url(SourceKind.JEKYLL, EntryKind.POST, "/:slugified_categories/:short_year/:short_month/:long_day/:title/",
                facts)).isEqualTo("/web-dev/c-sharp/15/Feb/Wednesday/from-name/");
        assertThat(url(SourceKind.JEKYLL, EntryKind.POST, "/:long_month/:short_day/:slug:output_ext", facts))
                .isEqualTo("/February/Wed/from-name.html");
    }

    @Test
    void hugoDefaultsToSectionAndFileNameAndLowercases() {
        UrlFacts bundle = new UrlFacts("T", null, LATE, null, List.of(), "Blog/My-Bundle/index.md");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, null, bundle)).isEqualTo("/blog/my-bundle/");
        UrlFacts titled = new UrlFacts("Hello, World", null, LATE, null, List.of(), "posts/a.md");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, "/:year/:month/:title/", titled))
                .isEqualTo("/2015/02/hello-world/");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, "/:section/:filename/", titled)).isEqualTo("/posts/a/");
    }

    @Test
    void hugoMakesSpacesInFileNamesSlugsAndFoldersHyphens() {
        // hugo writes content/posts/Hello World.md to /posts/hello-world/, slug "Custom Slug" to /post/custom-slug/.
        UrlFacts spaced = new UrlFacts("Hello", null, LATE, null, List.of(), "posts/Hello World.md");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, null, spaced)).isEqualTo("/posts/hello-world/");
        UrlFacts bundle = new UrlFacts("B", null, LATE, null, List.of(), "My Posts/My  Bundle/index.md");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, null, bundle)).isEqualTo("/my-posts/my-bundle/");
        UrlFacts slugged = new UrlFacts("S", "Custom Slug", LATE, null, List.of(), "post/Slugged.md");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, null, slugged)).isEqualTo("/post/custom-slug/");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, "/:year/:slug/", slugged)).isEqualTo("/2015/custom-slug/");
        assertThat(url(SourceKind.HUGO, EntryKind.POST, "/:section/:filename/", spaced)).isEqualTo("/posts/hello-world/");
    }

    @Test
    void hugoUrlizeKeepsHashPlusAndTildeAndCollapsesDashes() {
        assertThat(OldUrls.urlize("Part 1 - Intro & Setup")).isEqualTo("part-1-intro-setup");
        assertThat(OldUrls.urlize("C# and F#: a tour")).isEqualTo("c#-and-f#-a-tour");
        assertThat(OldUrls.urlize("C++ & Go: Über")).isEqualTo("c++-go-über");
        assertThat(OldUrls.urlize("Na\u0308ive ~ v1.2_final")).isEqualTo("na\u0308ive-~-v1.2_final");
    }

    @Test
    void pelicanSlugsSpellLettersTheWayUnidecodeDoes() {
        assertThat(OldUrls.pelicanSlug("Straße nach København")).isEqualTo("strasse-nach-kobenhavn");
        assertThat(OldUrls.pelicanSlug("Æble, Łódź & Åland")).isEqualTo("aeble-lodz-aland");
        assertThat(OldUrls.pelicanSlug("Part 1 - Intro & Setup")).isEqualTo("part-1-intro-setup");
    }
}
