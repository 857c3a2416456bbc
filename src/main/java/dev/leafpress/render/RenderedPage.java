package dev.leafpress.render;

/** A finished output file: its site-relative path and its bytes. */
public record RenderedPage(String file, byte[] bytes) {
}
