package dev.topicgraph.api.format;

import java.io.IOException;
import java.io.InputStream;

/**
 * The caller's stream, left open, ending with a failure once more than {@code limit} bytes were read,
 * and knowing on which line and column that happened.
 */
final class LimitedInput extends java.io.FilterInputStream {
  private final long limit;
  private long count;
  private int line = 1;
  private int column = 1;
  private boolean exceeded;
  private final byte[] single = new byte[1];

  LimitedInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  boolean exceeded() {
    return exceeded;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  private void counted(byte[] b, int off, int n) throws IOException {
    for (int i = off; i < off + n; i++) {
      if (++count > limit) {
        exceeded = true;
        throw new IOException("the input is longer than " + limit + " bytes");
      }
      if (b[i] == '\n') {
        line++;
        column = 1;
      } else if ((b[i] & 0xC0) != 0x80) {
        column++;
      }
    }
  }

  @Override
  public int read() throws IOException {
    int n = read(single, 0, 1);
    return n < 0 ? -1 : single[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (exceeded) {
      throw new IOException("the input is longer than " + limit + " bytes");
    }
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public void close() {
    // the caller's stream
  }
}
