package dev.leafpress.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leafpress.dialect.Dialect;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Template syntax in bodies becomes Markdown line for line; what is not understood stays, with its line. */
class BodyTemplatesTest {

    private static final LinkTargets TARGETS = new FakeTargets(Set.of("_posts/2015-01-02-other.md", "assets/a.png", "posts/b.md", "posts/pic.png"), "/blog/", "https://x.org");

    private static Converted convert(Dialect dialect, String body) {
        return BodyTemplates.convert(dialect, body, "_posts/2015-01-01-a.md", TARGETS);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyConversionKeepsTheNumberOfLines(Dialect dialect) {
        String body = "{% highlight py %}\nx\n{% endhighlight %}\n{% raw %}\n{{ a }}\n{% endraw %}\n"
                + "{{< highlight go >}}\ny\n{{< /highlight >}}\n\n    :::python\n    z\n\n{filename}/posts/b.md\n";
        assertThat(convert(dialect, body).markdown().lines().count()).isEqualTo(body.lines().count());
    }

    @Test
    void liquidLinksAndBaseUrl() {
        Converted c = convert(Dialect.JEKYLL, "[o]({% post_url 2015-01-02-other %}) ![a]({{ site.baseurl }}/assets/a.png)"
                + " [t]({{ site.baseurl }}/tags/) {{ '/x/' | absolute_url }}\n");
        assertThat(c.markdown()).isEqualTo("[o](LINK(_posts/2015-01-02-other.md)) ![a](LINK(assets/a.png))"
                + " [t](/blog/tags/) https://x.org/blog/x/\n");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void baseUrlBeforeALinkTagIsPartOfThatLink() {
        // Jekyll's documented way to link a post under a base path: {{ site.baseurl }}{% post_url x %}.
        Converted c = convert(Dialect.JEKYLL, "[o]({{ site.baseurl }}{% post_url 2015-01-02-other %})"
                + " [b]({{- site.baseurl -}}{%- link posts/b.md -%}) [u]({{ site.url }}{{ site.baseurl }}{% post_url 2015-01-02-other %})"
                + " [v]({{ site.url }}{% link posts/b.md %})\n");
        assertThat(c.markdown()).isEqualTo("[o](LINK(_posts/2015-01-02-other.md)) [b](LINK(posts/b.md))"
                + " [u](LINK(_posts/2015-01-02-other.md)) [v](LINK(posts/b.md))\n");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void highlightUsesAFenceLongerThanTheCodeInside() {
        Converted c = convert(Dialect.JEKYLL, "{% highlight md %}\n```\ncode\n```\n{% endhighlight %}\n");
        assertThat(c.markdown()).isEqualTo("````md\n```\ncode\n```\n````\n");
    }

    @Test
    void liquidInCodeStaysExceptRawAndUnknownTagsAreNotedAtTheirLine() {
        Converted c = convert(Dialect.JEKYLL, "`{{ a }}` and\n```\n{% raw %}{{ b }}{% endraw %}\n```\n{% cycle x %}\n");
        assertThat(c.markdown()).isEqualTo("`{{ a }}` and\n```\n{{ b }}\n```\n{% cycle x %}\n");
        assertThat(c.notes()).containsExactly(new Note(5, "unsupported Liquid tag '{% cycle x %}' (left as written)"));
    }

    @Test
    void missingPostUrlIsNotedAndKept() {
        Converted c = convert(Dialect.JEKYLL, "\n[x]({% post_url 2000-01-01-gone %})\n");
        assertThat(c.markdown()).contains("{% post_url 2000-01-01-gone %}");
        assertThat(c.notes()).extracting(Note::line).containsExactly(2);
    }

    @Test
    void shortcodesFigureRefAndEscapes() {
        Converted c = BodyTemplates.convert(Dialect.HUGO, "{{< figure src=\"pic.png\" alt=\"P\" caption=\"<b>\" >}}\n"
                + "[b]({{< ref \"b\" >}}) {{%/* notice */%}}\n", "posts/a.md", TARGETS);
        assertThat(c.markdown()).isEqualTo("<figure><img src=\"/blog/posts/pic.png\" alt=\"P\"><figcaption>&lt;b&gt;"
                + "</figcaption></figure>\n[b](LINK(posts/b.md)) {{% notice %}}\n");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void leafpressBodiesKeepLiquidAndPebbleSyntax() {
        String body = "{{ site.title }} and {% if x %} stay.\n";
        assertThat(convert(Dialect.LEAFPRESS, body).markdown()).isEqualTo(body);
        assertThat(convert(Dialect.LEAFPRESS, body).notes()).isEmpty();
    }

    @Test
    void pelicanMarkersBecomeLinksOrUrls() {
        Converted c = BodyTemplates.convert(Dialect.PELICAN, "[b]({filename}b.md) <img src=\"{static}/assets/a.png\">"
                + " [t]({tag}Go) [c]({category}x) [i]({index}) `{static}/x`\n", "posts/a.md", TARGETS);
        assertThat(c.markdown()).isEqualTo("[b](LINK(posts/b.md)) <img src=\"/blog/assets/a.png\">"
                + " [t](/blog/tag/Go/) [c](/blog/category/x/) [i](/blog/) `{static}/x`\n");
    }

    @Test
    void findsAShortcodeOpeningWhereverContainsFindsIt() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int j = random.nextInt(10); j > 0; j--) {
                body.append("{{<%x".charAt(random.nextInt(5)));
            }
            String text = body.toString();
            org.assertj.core.api.Assertions.assertThat(BodyTemplates.mayHaveShortcodes(text)).as(text)
                    .isEqualTo(text.contains("{{<") || text.contains("{{%"));
        }
    }
}
