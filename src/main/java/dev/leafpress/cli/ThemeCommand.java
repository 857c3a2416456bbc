package dev.leafpress.cli;

import dev.leafpress.scaffold.ThemeExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code leafpress theme export [DIR]}: the packaged theme, copied out for the author to change. */
@Command(name = "theme", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Work with the site's theme.",
        subcommands = {ThemeCommand.Export.class})
final class ThemeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: leafpress theme export)");
    }

    /** {@code leafpress theme export [DIR]}. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Copy the built-in theme to DIR (default: themes/default) to change it."
                    + " Existing files are kept.")
    static final class Export implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Target folder (default: themes/default).")
        Path dir = Path.of(ThemeExport.DEFAULT_DIR);

        @Override
        public Integer call() {
            ThemeExport.Result result = ThemeExport.export(dir);
            result.kept().forEach(file -> System.err.println(Reporter.displayPath(file)
                    + ": warning: exists already; kept it as it is"));
            System.out.println("Exported " + result.written().size() + " theme files to " + Reporter.displayPath(dir)
                    + (result.kept().isEmpty() ? "" : " (" + result.kept().size() + " existing files kept)") + ".");
            if (dir.normalize().equals(Path.of(ThemeExport.DEFAULT_DIR))) {
                System.out.println("A site with 'theme: default' (or no theme key) now uses this copy.");
            }
            return 0;
        }
    }
}
