package dev.leafpress.cli;

import dev.leafpress.build.BuildOptions;
import dev.leafpress.build.SiteBuild;
import dev.leafpress.build.SiteBuilder;
import dev.leafpress.check.CheckReport;
import dev.leafpress.check.SiteCheck;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.diag.Diagnostics;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code leafpress check}: builds in memory and reports every link that leads nowhere. Writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Build the site in memory (nothing is written) and report every internal link, image "
                + "and #anchor that leads nowhere. Offline: external links are never fetched."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--external", description = "Also list how many external links point to each host (never fetched).")
    boolean external;

    @Override
    public Integer call() {
        BuildOptions options = site.options(null, false);
        Diagnostics diagnostics = new Diagnostics();
        try {
            SiteBuild build = SiteBuilder.prepare(options, diagnostics);
            CheckReport report = SiteCheck.run(build, diagnostics);
            Reporter.warnings(diagnostics.sorted());
            print(report);
            return diagnostics.hasErrors() ? 1 : 0;
        } catch (BuildFailure failure) {
            return Reporter.failure(failure, "Check", ".");
        } catch (RuntimeException e) {
            return Reporter.internalError(e, site.verbose);
        }
    }

    private void print(CheckReport report) {
        System.out.println(String.format(Locale.ROOT, "Checked %d pages: %d internal links, %d broken; %d external links (not fetched)",
                report.pages(), report.internalLinks(), report.broken(), report.externalLinks()));
        if (external) {
            report.externalByHost().forEach((host, count) -> System.out.println("  " + host + ": " + count));
        }
    }
}
