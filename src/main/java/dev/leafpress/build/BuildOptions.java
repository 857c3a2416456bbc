package dev.leafpress.build;

import java.nio.file.Path;

/**
 * What the author asked for on the command line.
 *
 * @param baseUrl overrides site.yaml's base_url when not null
 * @param force   allow replacing a non-empty output folder Leafpress did not create
 */
public record BuildOptions(Path siteRoot, Path output, boolean drafts, String baseUrl, boolean force) {

    public static BuildOptions of(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve("output"), false, null, false);
    }

    public BuildOptions withOutput(Path newOutput) {
        return new BuildOptions(siteRoot, newOutput, drafts, baseUrl, force);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(siteRoot, output, drafts, url, force);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(siteRoot, output, include, baseUrl, force);
    }
}
