package dev.leafpress.content;

/**
 * Recognises the scratch files editors write beside the real one (vim's swap files and its
 * "4913" probe, backups ending in "~", IntelliJ's safe-write copies, Emacs lock and autosave
 * files), and hidden files. They are not content: builds skip them, and a burst of events in
 * {@code serve} that touches only such files does not rebuild.
 */
public final class EditorFiles {

    private EditorFiles() {
    }

    public static boolean isScratch(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }
}
