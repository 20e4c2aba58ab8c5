package dev.topicgraph.api.record;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the date and instant forms the writer produces without the general-purpose formatter, which
 * is the slowest step of reading feedback; anything else goes to {@link LocalDate#parse} and {@link
 * Instant#parse}, so what is accepted is exactly what they accept.
 */
final class Times {
  private Times() {}

  /** {@code yyyy-mm-dd}. */
  static LocalDate date(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new DateTimeParseException(e.getMessage(), s, 0, e);
        }
      }
    }
    return LocalDate.parse(s);
  }

  /** {@code yyyy-mm-ddThh:mm:ss[.f{1,9}]Z}. */
  static Instant instant(String s) {
    int n = s.length();
    if (n >= 20 && s.charAt(n - 1) == 'Z' && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':') {
      int hour = digits(s, 11, 2);
      int minute = digits(s, 14, 2);
      int second = digits(s, 17, 2);
      int nano = 0;
      boolean ok = hour >= 0 && minute >= 0 && second >= 0;
      if (ok && n > 20) {
        int fraction = n - 21;
        ok = s.charAt(19) == '.' && fraction >= 1 && fraction <= 9;
        if (ok) {
          nano = digits(s, 20, fraction);
          ok = nano >= 0;
          for (int i = fraction; ok && i < 9; i++) {
            nano *= 10;
          }
        }
      }
      if (ok && hour < 24 && minute < 60 && second < 60) {
        long epochDay = epochDay(s);
        if (epochDay != NOT_A_DAY) {
          return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nano);
        }
        try {
          LocalDate day = date(s.substring(0, 10));
          return LocalDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour, minute, second, nano)
              .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
          throw new DateTimeParseException(e.getMessage(), s, 0, e);
        }
      }
    }
    return Instant.parse(s);
  }

  private static final long NOT_A_DAY = Long.MIN_VALUE;

  /**
   * The day of a valid {@code yyyy-mm-dd} at the start of {@code s}, counted from 1970-01-01 as {@link
   * LocalDate#toEpochDay()} counts it, without making a date; {@link #NOT_A_DAY} for anything else,
   * which the caller hands to the general path and its messages.
   */
  private static long epochDay(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return NOT_A_DAY;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return NOT_A_DAY;
    }
    // Days before the year, then before the month, as java.time.LocalDate.toEpochDay computes them.
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  /** The days from 0000-01-01 to 1970-01-01. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The non-negative number in {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
