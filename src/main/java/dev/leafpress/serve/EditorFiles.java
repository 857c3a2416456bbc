package dev.leafpress.serve;

/**
 * Recognises the scratch files editors write beside the real one (vim's swap files and its
 * "4913" probe, backups ending in "~", IntelliJ's safe-write copies, Emacs lock files). A burst of
 * events that touches only such files does not rebuild.
 */
final class EditorFiles {

    private EditorFiles() {
    }

    static boolean isScratch(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }
}
