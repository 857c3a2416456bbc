package dev.leafpress.importer;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The strftime codes Pelican's URL settings use ({@code {date:%Y/%m}}), with English month names. */
final class Strftime {

    private static final Map<Character, String> CODES = Map.ofEntries(Map.entry('Y', "yyyy"), Map.entry('y', "yy"),
            Map.entry('m', "MM"), Map.entry('d', "dd"), Map.entry('b', "MMM"), Map.entry('B', "MMMM"),
            Map.entry('H', "HH"), Map.entry('M', "mm"), Map.entry('S', "ss"), Map.entry('j', "DDD"),
            Map.entry('a', "EEE"), Map.entry('A', "EEEE"));

    private Strftime() {
    }

    static String format(ZonedDateTime date, String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            String code = c == '%' && i + 1 < pattern.length() ? CODES.get(pattern.charAt(i + 1)) : null;
            if (code != null) {
                out.append(DateTimeFormatter.ofPattern(code, Locale.ENGLISH).format(date));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
