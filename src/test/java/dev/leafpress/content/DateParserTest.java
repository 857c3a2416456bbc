package dev.leafpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final ZoneId SITE = ZoneId.of("America/New_York");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2014-06-28                | 2014-06-28T00:00
            2014-06-28 10:30          | 2014-06-28T10:30
            2014-06-28T10:30          | 2014-06-28T10:30
            2014-06-28 10:30:45       | 2014-06-28T10:30:45
            2014-06-28T10:30:45.250   | 2014-06-28T10:30:45.250
            '  2014-06-28 10:30  '    | 2014-06-28T10:30
            2016-02-29                | 2016-02-29T00:00
            """)
    void dateWithoutOffsetIsInTheSiteZone(String raw, LocalDateTime local) {
        ZonedDateTime parsed = DateParser.parse(raw, SITE);
        assertThat(parsed.toLocalDateTime()).isEqualTo(local);
        assertThat(parsed.getZone()).isEqualTo(SITE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2014-06-28T10:30:00+02:00   | 2014-06-28T10:30      | +02:00
            2014-06-28T10:30+02:00      | 2014-06-28T10:30      | +02:00
            2014-06-28T10:30:00Z        | 2014-06-28T10:30      | Z
            2014-06-28T23:30Z           | 2014-06-28T23:30      | Z
            2014-06-28T10:30:00+0200    | 2014-06-28T10:30      | +02:00
            2014-06-28 10:30 +02:00     | 2014-06-28T10:30      | +02:00
            2014-06-28 10:30:45-0530    | 2014-06-28T10:30:45   | -05:30
            2014-06-28T10:30:45.5-05:00 | 2014-06-28T10:30:45.5 | -05:00
            """)
    void dateWithOffsetKeepsTheOffset(String raw, LocalDateTime local, String offset) {
        ZonedDateTime parsed = DateParser.parse(raw, SITE);
        assertThat(parsed.toLocalDateTime()).isEqualTo(local);
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.of(offset));
    }

    @Test
    void offsetDateIsNeverShiftedToAnotherDay() {
        // 23:30 at -10:00 is already the next day in Tokyo; the author meant June 28.
        ZonedDateTime parsed = DateParser.parse("2014-06-28T23:30:00-10:00", ZoneId.of("Asia/Tokyo"));
        assertThat(parsed.toLocalDate()).isEqualTo(LocalDate.of(2014, 6, 28));
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.ofHours(-10));
    }

    @Test
    void plainDateIsMidnightInTheSiteZoneWhateverTheZone() {
        ZonedDateTime auckland = DateParser.parse("2014-06-28", ZoneId.of("Pacific/Auckland"));
        ZonedDateTime honolulu = DateParser.parse("2014-06-28", ZoneId.of("Pacific/Honolulu"));
        assertThat(auckland.toLocalDate()).isEqualTo(LocalDate.of(2014, 6, 28));
        assertThat(honolulu.toLocalDate()).isEqualTo(LocalDate.of(2014, 6, 28));
        assertThat(auckland.getOffset()).isEqualTo(ZoneOffset.ofHours(12));
        assertThat(honolulu.getOffset()).isEqualTo(ZoneOffset.ofHours(-10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2014-02-30               | impossible date '2014-02-30': February 2014 has 28 days
            2015-02-29               | impossible date '2015-02-29': February 2015 has 28 days
            2014-06-31T10:00+02:00   | impossible date '2014-06-31T10:00+02:00': June 2014 has 30 days
            2014-13-01               | impossible date '2014-13-01': there is no month 13
            2014-06-00               | impossible date '2014-06-00': there is no day 0
            """)
    void rejectsImpossibleDateNamingThePart(String raw, String message) {
        assertThatThrownBy(() -> DateParser.parse(raw, SITE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-06-28 25:00", "2014-06-28T10:61", "2014-06-28T24:00+02:00"})
    void rejectsImpossibleTime(String raw) {
        assertThatThrownBy(() -> DateParser.parse(raw, SITE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("impossible date '" + raw + "': ")
                .hasMessageContaining("time is out of range");
    }

    @Test
    void aTimeTheClocksSkipIsImpossibleNotMovedAnHour() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThatThrownBy(() -> DateParser.parse("2014-03-30 02:30", berlin))
                .hasMessage("impossible date '2014-03-30 02:30': 02:30 does not exist on that day in Europe/Berlin"
                        + " (the clocks go forward); write the time after the change, or give an offset such as"
                        + " 2014-03-30T02:30+01:00");
        assertThat(DateParser.parse("2014-03-30 03:30", berlin).toLocalTime().toString()).isEqualTo("03:30");
        assertThat(DateParser.parse("2014-10-26 02:30", berlin).toLocalTime().toString()).isEqualTo("02:30");
    }

    @Test
    void theOffsetSuggestedForASkippedTimeIsTheZonesOwn() {
        assertThatThrownBy(() -> DateParser.parse("2014-03-09 02:30", ZoneId.of("America/Los_Angeles")))
                .hasMessageEndingWith("give an offset such as 2014-03-09T02:30-08:00");
    }

    @Test
    void rejectsUnknownFormWithTheExpectedForms() {
        assertThatThrownBy(() -> DateParser.parse("June 28", SITE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown date form 'June 28' (expected YYYY-MM-DD, YYYY-MM-DD HH:MM,"
                        + " or ISO-8601 with an offset like 2014-06-28T10:30:00+02:00)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06/07/2014", "1.2.2014", "12/11/14 10:30"})
    void dayAndMonthThatCouldBeEitherWayAreCalledAmbiguous(String raw) {
        assertThatThrownBy(() -> DateParser.parse(raw, SITE))
                .hasMessage("ambiguous date '" + raw + "': the day and the month could be either way round;"
                        + " write it as YYYY-MM-DD, for example 2014-06-28");
    }

    @ParameterizedTest
    @ValueSource(strings = {"28/06/2014", "2014-6-28", "2014-06-28T10", "yesterday", "", "2014-06-28T10:30+2", "20140628"})
    void rejectsOtherUnknownForms(String raw) {
        assertThatThrownBy(() -> DateParser.parse(raw, SITE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown date form '" + raw + "'");
    }
}
