package dev.leafpress.serve;

import dev.leafpress.config.UrlPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Maps a decoded request path to what the site has there. Generated files come from memory;
 * content assets are read from content/ only when their real path (links resolved) stays inside
 * it, so a symbolic link pointing out of the site is never followed.
 */
final class SiteFiles {

    /** The answer: a body with status and type, or a redirect target. */
    record Found(int status, String type, byte[] bytes, String redirect) {
    }

    private final Path content;
    private final byte[] script = resource("leafpress/serve/live-reload.js");

    SiteFiles(Path siteRoot) {
        this.content = siteRoot.resolve("content");
    }

    byte[] liveReloadScript() {
        return script;
    }

    /** @param path the decoded request path; {@code raw} as sent, for redirects */
    Found find(SiteSnapshot site, String path, String raw) {
        String base = site.basePath();
        if (!path.startsWith(base)) {
            boolean baseItself = (path + "/").equals(base) || path.equals("/");
            return baseItself ? redirect(base) : notFound(site, path);
        }
        String relative = path.substring(base.length());
        String file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
        byte[] bytes = read(site, file);
        if (bytes != null) {
            return new Found(200, MediaTypes.of(file, bytes), bytes, null);
        }
        if (!relative.isEmpty() && !relative.endsWith("/") && site.isFolder(relative)) {
            return redirect(raw + "/");
        }
        return notFound(site, path);
    }

    private byte[] read(SiteSnapshot site, String file) {
        byte[] generated = site.files().get(file);
        if (generated != null) {
            return generated;
        }
        Path asset = site.assets().get(file);
        return asset == null ? null : readInside(asset);
    }

    private byte[] readInside(Path asset) {
        try {
            Path root = content.toRealPath();
            Path real = asset.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return Files.readAllBytes(real);
        } catch (IOException e) {
            return null;
        }
    }

    private Found notFound(SiteSnapshot site, String path) {
        byte[] page = read(site, "404.html");
        if (page == null) {
            page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
                    + "<body><h1>Not found</h1><p>There is no page at <code>" + ErrorOverlay.escape(path)
                    + "</code> in this site.</p></body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
        }
        return new Found(404, "text/html; charset=utf-8", page, null);
    }

    private static Found redirect(String location) {
        return new Found(302, "text/plain; charset=utf-8", new byte[0], asciiLocation(location));
    }

    /**
     * A Location header is ASCII: characters beyond it (a base path such as {@code /bücher/}) are
     * sent percent-encoded as UTF-8; what is already encoded stays as it is.
     */
    static String asciiLocation(String location) {
        return UrlPaths.asciiOnly(location);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
