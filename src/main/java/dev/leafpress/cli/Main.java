package dev.leafpress.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leafpress} command: the only place that exits the process. */
@Command(name = "leafpress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a static blog from Markdown posts and a Pebble theme.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. picocli reads a command's annotations when it
     * is added, so a command line naming one of them gets only that one (a small build starts
     * some 30 ms sooner); anything else (help, --version, a typo) gets them all.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 errors in the site, 2 usage. */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            line.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        try {
            return line.setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        } catch (VirtualMachineError e) {
            return Reporter.exhausted(e, Arrays.asList(args).contains("--verbose"));
        }
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("theme", ThemeCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: leafpress build)");
    }
}
