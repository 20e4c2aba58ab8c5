package dev.topicgraph.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link Times} accept and refuse exactly what {@code java.time} does. */
class TimesTest {

  @Test
  void everyDayOfTwoCenturiesIsTheInstantJavaTimeReads() {
    String[] times = {"T00:00:00Z", "T23:59:59Z", "T08:15:00.5Z", "T12:34:56.123456789Z", "T01:02:03.000Z"};
    for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2101, 2, 1)); d = d.plusDays(1)) {
      for (String t : times) {
        String s = d + t;
        assertEquals(Instant.parse(s), Times.instant(s), s);
      }
      assertEquals(d, Times.date(d.toString()));
    }
    for (String s : new String[] {"0000-01-01T00:00:00Z", "0000-02-29T10:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2000-02-29T00:00:00Z"}) {
      assertEquals(Instant.parse(s), Times.instant(s), s);
    }
  }

  @Test
  void oddAndImpossibleTimesGetJavaTimesAnswer() {
    for (String s : new String[] {"2026-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z",
        "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z", "2026-01-01T10:00:60Z", "2026-1-01T10:00:00Z",
        "2026-01-01T10:00:00.Z", "2026-01-01T10:00:00.1234567890Z", "2026-01-01T10:00:00+01:00",
        "2026-01-01T10:00Z", "+12026-01-01T10:00:00Z", "2026-01-01t10:00:00z"}) {
      Instant expected;
      try {
        expected = Instant.parse(s);
      } catch (DateTimeParseException refused) {
        assertThrows(DateTimeParseException.class, () -> Times.instant(s), s);
        continue;
      }
      assertEquals(expected, Times.instant(s), s);
    }
  }
}
