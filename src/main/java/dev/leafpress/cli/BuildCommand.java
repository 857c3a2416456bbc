package dev.leafpress.cli;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.BuildPipeline;
import dev.leafpress.build.BuildResult;
import dev.leafpress.diag.BuildFailure;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leafpress build}: the site into the output folder, all or nothing. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build the site into the output folder (default: output/ in the site folder).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: output under the site root).")
    Path output;

    @Option(names = "--force", description = "Replace the output folder even if Leafpress did not create it.")
    boolean force;

    @Option(names = "--no-cache", description = "Build everything, without reading or writing .leafpress/cache/.")
    boolean noCache;

    @Override
    public Integer call() {
        BuildOptions options = site.options(output, force);
        try {
            BuildResult result = noCache ? BuildPipeline.run(options) : BuildPipeline.runCached(options);
            Reporter.warnings(result.warnings());
            System.out.println(result.summary() + " → " + Reporter.displayPath(options.output()));
            return 0;
        } catch (BuildFailure failure) {
            return Reporter.failure(failure, "Build", java.nio.file.Files.exists(options.output())
                    ? "; the previous output was left as it was." : "; nothing was written.");
        } catch (RuntimeException e) {
            return Reporter.internalError(e, site.verbose);
        }
    }
}
