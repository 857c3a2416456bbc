package dev.leafpress.markup;

/** A warning about template syntax in a body, at a 1-based line of the body. */
public record Note(int line, String message) {
}
