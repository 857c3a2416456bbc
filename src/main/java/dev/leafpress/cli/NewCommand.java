package dev.leafpress.cli;

import dev.leafpress.content.EntryKind;
import dev.leafpress.diag.BuildFailure;
import dev.leafpress.scaffold.EntryScaffold;
import dev.leafpress.scaffold.NewEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leafpress new post|page "Title"}: a new Markdown file with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Create a post or a page with its front matter filled in, and print its path.",
        subcommands = {NewCommand.NewPost.class, NewCommand.NewPage.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing kind (try: leafpress new post \"Title\")");
    }

    /** Options both kinds share. */
    abstract static class Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TITLE", description = "The title (its slug names the file).")
        String title;

        @Option(names = "--draft", description = "Mark it draft: true (published only with --drafts).")
        boolean draft;

        @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yaml (default: .).")
        Path source = Path.of(".");

        abstract NewEntry entry();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!java.nio.file.Files.isDirectory(source)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--source " + source + ": "
                        + (java.nio.file.Files.exists(source) ? "not a folder" : "no such folder"));
            }
            try {
                Path file = EntryScaffold.create(source.toAbsolutePath().normalize(), entry(), Clock.systemUTC());
                System.out.println(Reporter.displayPath(file));
                return 0;
            } catch (BuildFailure failure) {
                failure.diagnostics().forEach(d -> System.err.println(d));
                return 1;
            }
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write content/posts/YYYY-MM-DD-slug.md, dated now in the site's timezone.")
    static final class NewPost extends Base {
        @Option(names = "--category", paramLabel = "NAME", description = "The post's category.")
        String category;

        @Option(names = "--tags", paramLabel = "TAG", split = ",", description = "Tags, comma-separated: a,b.")
        List<String> tags = new ArrayList<>();

        @Override
        NewEntry entry() {
            return new NewEntry(EntryKind.POST, title, category, tags, draft);
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Write content/pages/slug.md.")
    static final class NewPage extends Base {
        @Override
        NewEntry entry() {
            return new NewEntry(EntryKind.PAGE, title, null, List.of(), draft);
        }
    }
}
