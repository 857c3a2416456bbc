package dev.leafpress.content;

import dev.leafpress.diag.Diagnostics;
import dev.leafpress.diag.SourcePos;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lists the files under {@code content/}, sorted, following symbolic links safely; {@link EntryFolders} sorts them. */
public final class ContentScanner {

    private ContentScanner() {
    }

    public static ContentTree scan(Path siteRoot, Diagnostics diagnostics) {
        Path content = siteRoot.resolve("content");
        List<ContentFile> posts = new ArrayList<>();
        List<ContentFile> pages = new ArrayList<>();
        List<ContentFile> assets = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            if (Files.exists(content)) {
                diagnostics.error(SourcePos.of("content"), "content is a file, not a folder; posts go in"
                        + " content/posts/");
            }
            return new ContentTree(posts, pages, assets);
        }
        try {
            Files.walkFileTree(content, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(siteRoot, content, diagnostics, posts, pages, assets));
        } catch (IOException e) {
            diagnostics.error(SourcePos.of("content"), "cannot list files: " + SourceReader.describe(e));
        }
        Comparator<ContentFile> order = Comparator.comparing(ContentFile::relative);
        posts.sort(order);
        pages.sort(order);
        assets.sort(order);
        return new ContentTree(posts, pages, assets);
    }

    /**
     * True for a Markdown file outside the post and page folders: whether it is a post, a page or
     * a copied file depends on its header, so editing it can change the listing.
     */
    public static boolean roleDependsOnText(String relative) {
        return isMarkdown(Path.of(relative)) && !EntryFolders.inPosts(relative) && !relative.startsWith("pages/");
    }

    static boolean isMarkdown(Path file) {
        return isMarkdownName(file.getFileName().toString());
    }

    /** The Markdown extensions of Leafpress, Pelican, Jekyll and Hugo: .md, .markdown, .mkd, .mdown, .mkdn, .mkdown. */
    public static boolean isMarkdownName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && MARKDOWN_EXTENSIONS.contains(lower.substring(dot + 1));
    }

    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mkd", "mdown", "mkdn", "mkdown");

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path siteRoot;
        private final Path content;
        private final Diagnostics diagnostics;
        private final List<ContentFile> posts;
        private final List<ContentFile> pages;
        private final List<ContentFile> assets;

        Visitor(Path siteRoot, Path content, Diagnostics diagnostics, List<ContentFile> posts,
                List<ContentFile> pages, List<ContentFile> assets) {
            this.siteRoot = siteRoot;
            this.content = content;
            this.diagnostics = diagnostics;
            this.posts = posts;
            this.pages = pages;
            this.assets = assets;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(content) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (EditorFiles.isScratch(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
            }
            String relative = slashes(content.relativize(file));
            ContentFile ref = new ContentFile(file, slashes(siteRoot.relativize(file)), relative);
            if (attrs.isOther()) {
                // Reading a named pipe waits for a writer that never comes.
                diagnostics.error(SourcePos.of(ref.display()), "cannot read: not a regular file (a named pipe,"
                        + " socket or device); remove it from content/");
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink() || !Files.isReadable(file)) {
                // Walking with FOLLOW_LINKS, a link is only seen as a link when its target is missing.
                diagnostics.error(SourcePos.of(ref.display()), "cannot read file: " + (attrs.isSymbolicLink()
                        ? "it does not exist (a symbolic link to a missing file?)" : "permission denied"));
                return FileVisitResult.CONTINUE;
            }
            EntryFolders.Role role = EntryFolders.role(file, relative);
            EntryFolders.message(file, relative, role).ifPresent(m -> diagnostics.warning(SourcePos.of(ref.display()), m));
            switch (role) {
                case POST -> posts.add(ref);
                case PAGE -> pages.add(ref);
                case ASSET -> assets.add(ref);
                default -> { }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String display = slashes(siteRoot.relativize(file));
            String message = e instanceof FileSystemLoopException
                    ? "symbolic link loop: this link points back to a folder that contains it"
                    : "cannot read: " + SourceReader.describe(e);
            diagnostics.error(SourcePos.of(display), message);
            return FileVisitResult.CONTINUE;
        }

        private static String slashes(Path path) {
            return path.toString().replace('\\', '/');
        }
    }
}
