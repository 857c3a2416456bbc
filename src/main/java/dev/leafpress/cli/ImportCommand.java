package dev.leafpress.cli;

import dev.leafpress.diag.BuildFailure;
import dev.leafpress.importer.ImportReport;
import dev.leafpress.importer.Importer;
import dev.leafpress.importer.SourceKind;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leafpress import pelican|jekyll|hugo SRC}: converts an old blog into a new Leafpress site folder. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Convert a Pelican, Jekyll or Hugo blog into a Leafpress site: posts, pages, images and "
                + "static files, with every old URL kept as a redirect. The old blog is only read.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "pelican|jekyll|hugo", description = "The generator the blog was made with.")
    SourceKind kind;

    @Parameters(index = "1", paramLabel = "SRC", description = "The old blog's folder (with pelicanconf.py, _config.yml or hugo.toml).")
    Path source;

    @Option(names = "--into", paramLabel = "DIR", description = "The new site's folder (default: .); it must not have site.yaml or content/ yet.")
    Path into = Path.of(".");

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Path target = into.toAbsolutePath().normalize();
        try {
            ImportReport report = Importer.run(kind, source.toAbsolutePath().normalize(), target);
            System.out.println("Imported " + kind.name().toLowerCase(java.util.Locale.ROOT) + " blog "
                    + source + " → " + Reporter.displayPath(target));
            report.lines().forEach(System.out::println);
            System.out.println("Next: leafpress build --source " + Reporter.displayPath(target));
            return 0;
        } catch (BuildFailure failure) {
            failure.diagnostics().forEach(d -> System.err.println(d));
            System.err.println("Import failed.");
            return 1;
        } catch (RuntimeException e) {
            return Reporter.internalError(e, verbose);
        }
    }
}
