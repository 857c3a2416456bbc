package dev.leafpress.build;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the author asked for on the command line.
 *
 * @param drafts  publish posts and pages marked {@code draft: true}
 * @param future  publish posts dated after the build's moment
 * @param baseUrl overrides site.yaml's base_url when not null
 * @param force   allow replacing a non-empty output folder Leafpress did not create
 * @param clock   tells the build's moment, which decides what is scheduled; fixed in tests
 */
public record BuildOptions(Path siteRoot, Path output, boolean drafts, boolean future, String baseUrl,
                           boolean force, Clock clock) {

    /** Options as before scheduled posts existed: not {@code --future}, the system clock. */
    public BuildOptions(Path siteRoot, Path output, boolean drafts, String baseUrl, boolean force) {
        this(siteRoot, output, drafts, false, baseUrl, force, Clock.systemUTC());
    }

    public static BuildOptions of(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve("output"), false, null, false);
    }

    public BuildOptions withOutput(Path newOutput) {
        return new BuildOptions(siteRoot, newOutput, drafts, future, baseUrl, force, clock);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(siteRoot, output, drafts, future, url, force, clock);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(siteRoot, output, include, future, baseUrl, force, clock);
    }

    public BuildOptions withFuture(boolean include) {
        return new BuildOptions(siteRoot, output, drafts, include, baseUrl, force, clock);
    }

    public BuildOptions withClock(Clock newClock) {
        return new BuildOptions(siteRoot, output, drafts, future, baseUrl, force, newClock);
    }
}
