package dev.leafpress.cli;

import dev.leafpress.build.BuildOptions;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Options shared by the commands that build a site. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yaml and content/ (default: .).")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Include posts and pages marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include posts dated after now (scheduled posts).")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish URL, overriding site.yaml's base_url.")
    String baseUrl;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    BuildOptions options(Path output, boolean force) {
        Path root = source.toAbsolutePath().normalize();
        Path out = output == null ? root.resolve("output") : output.toAbsolutePath().normalize();
        return new BuildOptions(root, out, drafts, future, baseUrl, force, Clock.systemUTC());
    }
}
