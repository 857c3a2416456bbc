package dev.leafpress.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pelican accepts dates in many forms. These are the unambiguous ones, rewritten as the
 * {@code YYYY-MM-DD HH:MM} text Leafpress reads; a form like {@code 06/07/2014} (June or July?)
 * is not guessed.
 */
public final class PelicanDates {

    private static final String TIME = "(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})" + TIME);
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\\.?,? (\\d{4})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})" + TIME);
    private static final Pattern SHORT_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private PelicanDates() {
    }

    /** The date as Leafpress reads it; the text unchanged when it is not one of Pelican's extra forms; null for null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return slashed(text).or(() -> dayMonth(text)).or(() -> monthDay(text)).or(() -> shortIso(text)).orElse(text);
    }

    private static Optional<String> slashed(String text) {
        Matcher m = SLASHED.matcher(text);
        return m.matches() ? Optional.of(iso(m.group(1), m.group(2), m.group(3), m, 4)) : Optional.empty();
    }

    private static Optional<String> dayMonth(String text) {
        Matcher m = DAY_MONTH.matcher(text);
        return m.matches() ? month(m.group(2)).map(mo -> iso(m.group(3), mo, m.group(1), m, 4)) : Optional.empty();
    }

    private static Optional<String> monthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        return m.matches() ? month(m.group(1)).map(mo -> iso(m.group(3), mo, m.group(2), m, 4)) : Optional.empty();
    }

    /** {@code 2014-6-8 9:05}: single digits, as Pelican allows. */
    private static Optional<String> shortIso(String text) {
        Matcher m = SHORT_ISO.matcher(text);
        return m.matches() ? Optional.of(iso(m.group(1), m.group(2), m.group(3), m, 4)) : Optional.empty();
    }

    private static Optional<String> month(String name) {
        String key = name.length() < 3 ? "" : name.substring(0, 3).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MONTHS.get(key)).map(String::valueOf);
    }

    private static String iso(String year, String month, String day, Matcher m, int timeGroup) {
        String date = year + "-" + two(month) + "-" + two(day);
        if (m.group(timeGroup) == null) {
            return date;
        }
        String seconds = m.group(timeGroup + 2) == null ? "" : ":" + m.group(timeGroup + 2);
        return date + " " + two(m.group(timeGroup)) + ":" + m.group(timeGroup + 1) + seconds;
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
