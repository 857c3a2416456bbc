package dev.leafpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.config.SiteConfig;
import dev.leafpress.site.Redirect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedirectPageTest {

    @Test
    void withoutBaseUrlTheCanonicalLinkIsTheSitePath() {
        RenderedPage page = RedirectPage.render(new Redirect("old/", "posts/new/", "A \"quoted\" <title>", "content/a.md"),
                SiteConfig.defaults());
        String html = new String(page.bytes(), StandardCharsets.UTF_8);
        assertThat(page.file()).isEqualTo("old/index.html");
        assertThat(html).contains("<link rel=\"canonical\" href=\"/posts/new/\">")
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=/posts/new/\">")
                .contains("<title>Moved: A &quot;quoted&quot; &lt;title&gt;</title>");
    }
}
