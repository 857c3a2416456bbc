package dev.leafpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leafpress} command: the only place that exits the process. */
@Command(name = "leafpress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a static blog from Markdown posts and a Pebble theme.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
                InitCommand.class, ThemeCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 errors in the site, 2 usage. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: leafpress build)");
    }
}
