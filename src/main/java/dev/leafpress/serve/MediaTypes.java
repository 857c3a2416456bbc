package dev.leafpress.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file, by extension; text types say {@code charset=utf-8}. */
final class MediaTypes {

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("rss", "application/rss+xml"),
            Map.entry("atom", "application/atom+xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"), Map.entry("markdown", "text/markdown"),
            Map.entry("csv", "text/csv"), Map.entry("yaml", "application/yaml"), Map.entry("yml", "application/yaml"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("ics", "text/calendar"),
            Map.entry("vtt", "text/vtt"), Map.entry("toml", "application/toml"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("geojson", "application/geo+json"), Map.entry("gpx", "application/gpx+xml"),
            // A stylesheet that makes feed.xml readable in a browser: with nosniff, a browser
            // applies it only when it is sent as XML.
            Map.entry("xsl", "application/xslt+xml"), Map.entry("xslt", "application/xslt+xml"));

    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"), Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"), Map.entry("wasm", "application/wasm"), Map.entry("apng", "image/apng"),
            Map.entry("jxl", "image/jxl"), Map.entry("heic", "image/heic"), Map.entry("m4a", "audio/mp4"),
            Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("flac", "audio/flac"),
            Map.entry("opus", "audio/ogg"), Map.entry("ogv", "video/ogg"), Map.entry("epub", "application/epub+zip"),
            Map.entry("eot", "application/vnd.ms-fontobject"), Map.entry("tar", "application/x-tar"));

    private MediaTypes() {
    }

    /** The type for {@code file}; XML is told apart by its root element (RSS, Atom, sitemap). */
    static String of(String file, byte[] head) {
        String ext = extension(file);
        String text = TEXT.get(ext);
        if (text != null) {
            String type = ext.equals("xml") ? xmlFlavour(head) : text;
            return type + "; charset=utf-8";
        }
        return BINARY.getOrDefault(ext, "application/octet-stream");
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html");
    }

    private static String xmlFlavour(byte[] head) {
        if (head == null) {
            return "application/xml";
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8);
        if (start.contains("<rss")) {
            return "application/rss+xml";
        }
        return start.contains("<feed") ? "application/atom+xml" : "application/xml";
    }

    private static String extension(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        return dot > slash ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
