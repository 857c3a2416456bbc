package dev.leafpress.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses front-matter dates. A date without an offset is in the site's timezone; a date with
 * one keeps it, so the page shows the day the author wrote, never a day off.
 */
public final class DateParser {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** {@code 06/07/2014}: June or July? Pelican's and many a spreadsheet's form, never guessed. */
    private static final Pattern AMBIGUOUS = Pattern.compile("(0?[1-9]|1[0-2])[/.](0?[1-9]|1[0-2])[/.]\\d{2,4}.*");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern OFFSET = Pattern.compile(LOCAL.pattern() + " ?(Z|[+-]\\d{2}:?\\d{2})");
    private static final DateTimeFormatter LOCAL_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private DateParser() {
    }

    /** The date, or an {@link IllegalArgumentException} whose message is for the author. */
    public static ZonedDateTime parse(String raw, ZoneId siteZone) {
        String text = raw.strip();
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text, DATE_FORMAT).atStartOfDay(siteZone);
            }
            if (LOCAL.matcher(text).matches()) {
                return inZone(raw, LocalDateTime.parse(text, LOCAL_FORMAT), siteZone);
            }
            if (OFFSET.matcher(text).matches()) {
                return parseWithOffset(text);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date '" + raw + "': " + reason(text));
        }
        if (AMBIGUOUS.matcher(text).matches()) {
            throw new IllegalArgumentException("ambiguous date '" + raw + "': the day and the month could be either"
                    + " way round; write it as YYYY-MM-DD, for example 2014-06-28");
        }
        throw new IllegalArgumentException("unknown date form '" + raw
                + "' (expected YYYY-MM-DD, YYYY-MM-DD HH:MM, or ISO-8601 with an offset like 2014-06-28T10:30:00+02:00)");
    }

    /**
     * A wall-clock time that the site's time zone skips (clocks going forward) names no moment;
     * Java would move it an hour on, and the page would show a time the author never wrote.
     */
    private static ZonedDateTime inZone(String raw, LocalDateTime local, ZoneId zone) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new IllegalArgumentException("impossible date '" + raw + "': " + local.toLocalTime()
                    + " does not exist on that day in " + zone + " (the clocks go forward); write the time after"
                    + " the change, or give an offset such as " + local.toLocalDate() + "T" + local.toLocalTime()
                    + zone.getRules().getTransition(local).getOffsetBefore());
        }
        return local.atZone(zone);
    }

    private static ZonedDateTime parseWithOffset(String text) {
        String iso = text.replaceFirst("^(\\S+) (\\d)", "$1T$2").replaceFirst(" (Z|[+-])", "$1");
        iso = iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        OffsetDateTime parsed = OffsetDateTime.parse(iso,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
        return parsed.toZonedDateTime();
    }

    /** Java says "Invalid date 'FEBRUARY 30'"; authors want to know which part is wrong. */
    private static String reason(String text) {
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        int day = Integer.parseInt(text.substring(8, 10));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            String name = yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return day < 1 ? "there is no day 0" : name + " " + year + " has " + yearMonth.lengthOfMonth() + " days";
        }
        return "the time is out of range (hours 00-23, minutes and seconds 00-59)";
    }
}
