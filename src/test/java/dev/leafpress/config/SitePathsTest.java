package dev.leafpress.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void removesDotSegmentsAndEmptyParts() {
        assertThat(SitePaths.removeDotSegments("a/./b/../c//d")).contains("a/c/d");
        assertThat(SitePaths.removeDotSegments("")).contains("");
    }

    @Test
    void refusesPathsThatClimbAboveTheRoot() {
        assertThat(SitePaths.removeDotSegments("a/../../etc")).isEmpty();
        assertThat(SitePaths.removeDotSegments("..")).isEmpty();
    }

    @Test
    void folderOfKeepsTheTrailingSlash() {
        assertThat(SitePaths.folderOf("posts/2020/a.md")).isEqualTo("posts/2020/");
        assertThat(SitePaths.folderOf("a.md")).isEmpty();
    }

    @Test
    void originIsSchemeAndAuthority() {
        assertThat(SitePaths.origin("https://example.org:8443/blog/")).isEqualTo("https://example.org:8443");
        assertThat(SitePaths.origin("")).isEmpty();
    }
}
