package dev.leafpress.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.dialect.Dialect;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code post_url} finds posts by file name and, for posts in subfolders of _posts/, by path. */
class LiquidPostUrlTest {

    private static final LinkTargets TARGETS = new FakeTargets(Set.of("_posts/2016-05-01-top.md", "_posts/2016/2016-04-01-nested.md",
            "ruby/_posts/2016-05-02-cat.md"), "/", "");

    private static Converted convert(String body) {
        return BodyTemplates.convert(Dialect.JEKYLL, body, "_posts/2016-05-01-top.md", TARGETS);
    }

    @Test
    void postsInSubfoldersAreFoundByTheirPathWithOrWithoutALeadingSlash() {
        Converted c = convert("[a]({% post_url 2016/2016-04-01-nested %}) [b]({% post_url /2016/2016-04-01-nested %})"
                + " [c]({% post_url 2016-04-01-nested %}) [d]({% post_url 2016-05-02-cat %})\n");
        assertThat(c.markdown()).isEqualTo("[a](LINK(_posts/2016/2016-04-01-nested.md))"
                + " [b](LINK(_posts/2016/2016-04-01-nested.md)) [c](LINK(_posts/2016/2016-04-01-nested.md))"
                + " [d](LINK(ruby/_posts/2016-05-02-cat.md))\n");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void aPathThatNamesNoPostIsNoted() {
        Converted c = convert("[a]({% post_url 2015/2016-04-01-nested %})\n");
        assertThat(c.markdown()).contains("{% post_url 2015/2016-04-01-nested %}");
        assertThat(c.notes()).hasSize(1);
    }
}
