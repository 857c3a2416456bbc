package dev.leafpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.render.RenderedPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every JMH stage benchmark, run once on a small site: each does its whole job, not a shortcut. */
class StageBenchmarksTest {

    @Test
    void everyStageDoesItsWholeJob() throws Exception {
        StageBenchmarks bench = prepared(30);
        try {
            assertThat(bench.postCount()).isEqualTo(30);
            assertThat(bench.parsePost().meta().title()).startsWith("Post number ");
            assertThat(bench.renderMarkdown().html()).contains("<p>", "language-python");
            assertThat(bench.contentStage().posts()).hasSize(30);
            assertThat(bench.assemble().posts()).hasSize(30);
            assertThat(bench.assemble().categories()).hasSize(10);
            assertThat(bench.planPages()).isGreaterThan(30 + 10);
            assertThat(bench.feedsAndSitemap()).extracting(RenderedPage::file).contains("feed.xml", "sitemap.xml");
            List<RenderedPage> pages = bench.render();
            assertThat(pages).hasSize(bench.routeCount())
                    .anySatisfy(p -> assertThat(p.file()).isEqualTo("index.html"));
            Path output = bench.write();
            for (RenderedPage page : bench.pages()) {
                assertThat(output.resolve(page.file())).hasBinaryContent(page.bytes());
            }
            assertThat(bench.pages()).hasSameSizeAs(pages);
        } finally {
            bench.removeWrittenFiles();
        }
    }

    @Test
    void theGeneratedSiteAndTheWrittenFilesAreRemovedAfterwards() throws Exception {
        StageBenchmarks bench = prepared(3);
        Path root = bench.root();
        Path output = bench.write();
        assertThat(root).isDirectory();
        assertThat(output).isDirectory();
        bench.removeWrittenFiles();
        assertThat(Files.exists(root)).isFalse();
        assertThat(Files.exists(output)).isFalse();
    }

    /** The benchmarks' state as JMH sets it up, on a generated site of {@code posts} posts. */
    private static StageBenchmarks prepared(int posts) throws Exception {
        StageBenchmarks bench = new StageBenchmarks();
        bench.posts = posts;
        bench.site = "";
        bench.prepare();
        return bench;
    }
}
