package dev.leafpress.serve;

import dev.leafpress.content.ContentFile;
import dev.leafpress.content.ContentScanner;
import dev.leafpress.content.ContentTree;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of one listing of content/, to tell whether a change can have altered the listing.
 * Saving in place cannot; nor can an editor's write-temporary-then-rename save, which leaves the
 * same files as before, except for Markdown outside posts/ and pages/, which its header makes a
 * post, a page or a copied file. Walking 10,000 files takes longer than the rest of a rebuild, so
 * this check is worth making.
 */
final class ContentListing {

    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    ContentListing(ContentTree tree) {
        Stream.of(tree.posts(), tree.pages(), tree.assets()).flatMap(Collection::stream)
                .map(ContentFile::relative).forEach(files::add);
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
    }

    /**
     * True when each changed path is, as before, a regular file that is listed or a path that
     * does not exist and is not listed. A folder (even one moved away), a link or the content
     * folder itself means no.
     */
    boolean unchangedBy(Set<String> changedInContent, Path content) {
        for (String relative : changedInContent) {
            if (relative.isEmpty() || folders.contains(relative) || ContentScanner.roleDependsOnText(relative)) {
                return false;
            }
            Path path = content.resolve(relative);
            boolean listed = files.contains(relative);
            if (Files.isSymbolicLink(path) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            boolean exists = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
            if (exists != listed && !(exists && hidden(relative))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
