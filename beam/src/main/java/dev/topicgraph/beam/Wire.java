package dev.topicgraph.beam;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * The pieces the coders of this package are written from. Every piece is self-delimiting, so a value
 * encodes the same in a nested and an outer context, and each piece has one encoding, so equal values
 * give equal bytes.
 */
final class Wire {
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private Wire() {}

  static void writeString(String s, OutputStream out) throws IOException {
    STRING.encode(s, out);
  }

  static String readString(InputStream in) throws IOException {
    return STRING.decode(in);
  }

  static void writeInt(int v, OutputStream out) throws IOException {
    VarInt.encode(v, out);
  }

  static int readInt(InputStream in) throws IOException {
    return VarInt.decodeInt(in);
  }

  static void writeLong(long v, OutputStream out) throws IOException {
    VarInt.encode(v, out);
  }

  static long readLong(InputStream in) throws IOException {
    return VarInt.decodeLong(in);
  }

  static void writeByte(int b, OutputStream out) throws IOException {
    out.write(b);
  }

  static int readByte(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("the encoded value ends early");
    }
    return b;
  }

  static void writeBoolean(boolean b, OutputStream out) throws IOException {
    out.write(b ? 1 : 0);
  }

  static boolean readBoolean(InputStream in) throws IOException {
    int b = readByte(in);
    if (b > 1) {
      throw new CoderException("a boolean is encoded as 0 or 1, not " + b);
    }
    return b == 1;
  }

  static void writeDouble(double d, OutputStream out) throws IOException {
    long bits = Double.doubleToRawLongBits(d);
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (bits >>> shift));
    }
  }

  static double readDouble(InputStream in) throws IOException {
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = bits << 8 | readByte(in);
    }
    return Double.longBitsToDouble(bits);
  }

  static void writeInstant(Instant at, OutputStream out) throws IOException {
    writeLong(at.getEpochSecond(), out);
    writeInt(at.getNano(), out);
  }

  static Instant readInstant(InputStream in) throws IOException {
    long second = readLong(in);
    int nano = readInt(in);
    try {
      return Instant.ofEpochSecond(second, nano);
    } catch (RuntimeException e) {
      throw new CoderException("not an instant: " + second + " s + " + nano + " ns", e);
    }
  }

  static void writeOptional(Optional<String> s, OutputStream out) throws IOException {
    writeBoolean(s.isPresent(), out);
    if (s.isPresent()) {
      writeString(s.get(), out);
    }
  }

  static Optional<String> readOptional(InputStream in) throws IOException {
    return readBoolean(in) ? Optional.of(readString(in)) : Optional.empty();
  }
}
