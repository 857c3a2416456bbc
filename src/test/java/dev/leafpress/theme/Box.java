package dev.leafpress.theme;

import java.util.Map;

/** An element's rectangle on screen, in CSS pixels, as getBoundingClientRect() gives it. */
record Box(double x, double y, double width, double height) {

    static Box of(Map<String, Number> rect) {
        return new Box(rect.get("x").doubleValue(), rect.get("y").doubleValue(), rect.get("width").doubleValue(),
                rect.get("height").doubleValue());
    }

    boolean overlaps(Box other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                && other.y < y + height;
    }

    /** The part of this box inside {@code clip} (empty when they do not meet). */
    Box within(Box clip) {
        double left = Math.max(x, clip.x);
        double top = Math.max(y, clip.y);
        double right = Math.min(x + width, clip.x + clip.width);
        double bottom = Math.min(y + height, clip.y + clip.height);
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
