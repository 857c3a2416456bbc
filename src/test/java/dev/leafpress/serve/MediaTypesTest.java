package dev.leafpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content types by extension, with a charset for text, and XML told apart by its root element. */
class MediaTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html | | text/html; charset=utf-8",
        "theme/style.css | | text/css; charset=utf-8",
        "a/b.JPG | | image/jpeg",
        "font.woff2 | | font/woff2",
        "talk/subtitles.vtt | | text/vtt; charset=utf-8",
        "anim.apng | | image/apng",
        "config.toml | | application/toml; charset=utf-8",
        "feed.xml | <?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'> | application/atom+xml; charset=utf-8",
        "rss.xml | <?xml version='1.0'?><rss version='2.0'> | application/rss+xml; charset=utf-8",
        "sitemap.xml | <urlset> | application/xml; charset=utf-8",
        "pretty-feed.xsl | | application/xslt+xml; charset=utf-8",
        "style.xslt | | application/xslt+xml; charset=utf-8",
        "CNAME | | application/octet-stream",
        "dir.d/file | | application/octet-stream"})
    void typeOf(String file, String head, String type) {
        byte[] bytes = head == null ? new byte[0] : head.getBytes(StandardCharsets.UTF_8);
        assertThat(MediaTypes.of(file, bytes)).isEqualTo(type);
    }
}
