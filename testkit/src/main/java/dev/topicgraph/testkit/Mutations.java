package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Breaks documents for fuzzing: truncation, flipped bits, deleted, repeated and inserted bytes, and
 * inserted fragments that mean something to JSON, YAML or Markdown. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Mutations {
  private Mutations() {}

  private static final List<String> FRAGMENTS = List.of(
      "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e999", "\\", "\\u", "\u0000", "\uFEFF",
      "---\n", "\n---\n", "## ", "# ", "- ", "| ", "](", "[x](", "&a ", "*a ", "!!binary ", "\t", "\r\n",
      "\"\"\"", "é", "\uD83D\uDE00", "{{", "]]");

  /**
   * Returns a generator of broken copies of {@code document}, one to three mutations each.
   *
   * @param document the bytes to break
   * @return the generator
   */
  public static Gen<byte[]> of(byte[] document) {
    byte[] copy = document.clone();
    return (random, size) -> {
      byte[] out = copy;
      int n = random.nextInt(1, 4);
      for (int i = 0; i < n; i++) {
        out = mutate(out, random);
      }
      return out;
    };
  }

  /**
   * Applies one random mutation.
   *
   * @param in the bytes
   * @param random where choices are drawn from
   * @return new bytes; {@code in} is not changed
   */
  public static byte[] mutate(byte[] in, RandomGenerator random) {
    if (in.length == 0) {
      return fragment(random);
    }
    int at = random.nextInt(in.length);
    switch (random.nextInt(6)) {
      case 0:
        return Arrays.copyOf(in, at);
      case 1: {
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 2: {
        int len = Math.min(in.length - at, random.nextInt(1, 16));
        return concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + len, in.length));
      }
      case 3: {
        int len = Math.min(in.length - at, random.nextInt(1, 32));
        return concat(Arrays.copyOf(in, at + len), Arrays.copyOfRange(in, at, in.length));
      }
      case 4: {
        byte[] noise = new byte[random.nextInt(1, 8)];
        random.nextBytes(noise);
        return concat(concat(Arrays.copyOf(in, at), noise), Arrays.copyOfRange(in, at, in.length));
      }
      default:
        return concat(concat(Arrays.copyOf(in, at), fragment(random)), Arrays.copyOfRange(in, at, in.length));
    }
  }

  private static byte[] fragment(RandomGenerator random) {
    return FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
