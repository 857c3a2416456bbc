package dev.leafpress.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code {width=640 height=480}} after an image: HTML wants whole numbers of pixels. A value
 * written as {@code 640px} or {@code "640"} is read as 640; anything else ({@code 50%}, {@code abc})
 * is left out of the HTML, which it would make invalid, and reported.
 */
final class ImageSizes {

    private static final Pattern PIXELS = Pattern.compile("\\d{1,5}");

    private ImageSizes() {
    }

    /** The attributes with sizes as whole numbers and those that are not left out. */
    static Map<String, String> valid(Map<String, String> given) {
        Map<String, String> valid = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            String pixels = pixels(value);
            if (!isSize(name)) {
                valid.put(name, value);
            } else if (PIXELS.matcher(pixels).matches()) {
                valid.put(name, pixels);
            }
        });
        return valid;
    }

    /** A message for each size that is left out. */
    static List<String> problems(Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        given.forEach((name, value) -> {
            if (isSize(name) && !PIXELS.matcher(pixels(value)).matches()) {
                problems.add("image " + name + " '" + value + "' is not a whole number of pixels (write "
                        + name + "=640); it is left out");
            }
        });
        return problems;
    }

    private static boolean isSize(String name) {
        return name.equals("width") || name.equals("height");
    }

    private static String pixels(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v.endsWith("px") ? v.substring(0, v.length() - 2).strip() : v;
    }
}
