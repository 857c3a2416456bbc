package dev.leafpress.cli;

import dev.leafpress.build.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The options of one run; a --source that is no folder is a usage error (exit 2). */
    BuildOptions options(Path output, boolean force) {
        Path root = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(command.commandLine(), "--source " + source + ": "
                    + (Files.exists(root) ? "not a folder" : "no such folder"));
        }
        Path out = output == null ? root.resolve("output") : output.toAbsolutePath().normalize();
        return new BuildOptions(root, out, drafts, future, baseUrl, force, Clock.systemUTC());
    }
}
