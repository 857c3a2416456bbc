package dev.leafpress.cli;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.scaffold.SiteScaffold;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code leafpress init DIR}: a new blog that builds at once with the packaged theme. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Create a new blog in DIR (a new or empty folder, or a Git repository with no files yet):"
                + " site.yaml, a first post, an About page.")
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder for the new blog; created when missing.")
    Path dir;

    @Override
    public Integer call() {
        try {
            List<Path> written = SiteScaffold.create(dir, LocalDate.now(Clock.systemUTC()));
            written.forEach(file -> System.out.println("  created " + Reporter.displayPath(file)));
            String shown = Reporter.displayPath(dir);
            System.out.println("New blog in " + shown + ". Next: cd " + shown + " && leafpress build"
                    + " (set title, author and base_url in site.yaml first).");
            return 0;
        } catch (BuildFailure failure) {
            failure.diagnostics().forEach(d -> System.err.println(d));
            return 1;
        }
    }
}
