package dev.topicgraph.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The splitting of a stream into lines, across reads and buffer growth, and past the longest line kept. */
class LinesTest {
  /** A stream that gives at most a few bytes a read, as a network file system may. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static List<String> lines(byte[] bytes, int most) throws IOException {
    ReadFeedbackLog.Lines lines = new ReadFeedbackLog.Lines(trickle(bytes, most));
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      String text = lines.length > ReadFeedbackLog.MAX_LINE_BYTES ? "<" + lines.length + " bytes>"
          : new String(lines.buffer, lines.start, lines.length, StandardCharsets.UTF_8);
      out.add(lines.number + (lines.lineBreak ? ":" : "!") + text);
    }
    return out;
  }

  @Test
  void everyLineWithItsNumberAndWhetherABreakEndedIt() throws IOException {
    String longLine = "x".repeat(200_000);
    byte[] text = ("a\n\nbé\n" + longLine + "\nlast").getBytes(StandardCharsets.UTF_8);
    for (int most : new int[] {1, 7, 70_000, Integer.MAX_VALUE}) {
      assertEquals(List.of("1:a", "2:", "3:bé", "4:" + longLine, "5!last"), lines(text, most), "reads of " + most);
    }
    assertEquals(List.of(), lines(new byte[0], 10));
    assertEquals(List.of("1:", "2:"), lines("\n\n".getBytes(StandardCharsets.UTF_8), 10));
    assertEquals(List.of("1:a"), lines("a\n".getBytes(StandardCharsets.UTF_8), 10));
  }

  @Test
  void aLineLongerThanAnyEventIsSkippedWithItsLength() throws IOException {
    int size = ReadFeedbackLog.MAX_LINE_BYTES + 3;
    byte[] text = new byte[size + 6];
    java.util.Arrays.fill(text, (byte) 'y');
    text[size] = '\n';
    text[size + 1] = 'o';
    text[size + 2] = 'k';
    text[size + 3] = '\n';
    text[size + 4] = '{';
    text[size + 5] = '}';
    assertEquals(List.of("1:<" + size + " bytes>", "2:ok", "3!{}"), lines(text, 1 << 20));
  }
}
