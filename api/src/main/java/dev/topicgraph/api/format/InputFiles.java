package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.apiguardian.api.API;

/**
 * Opens the file that a one-file format reads, refusing what cannot be read safely: a FIFO, socket,
 * device or directory (which could block or never end) and a file larger than {@link
 * ReadOptions#maxDocumentBytes()}. Readers still count the bytes while they read, since a file can
 * grow. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InputFiles {
  private InputFiles() {}

  /**
   * Opens a file for reading.
   *
   * @param path the file; a symbolic link is followed
   * @param options the read options
   * @param codePrefix the prefix of the format's diagnostic codes, such as {@code json}: the codes
   *     are {@code <prefix>.file-type} and {@code <prefix>.limit}
   * @return the open stream, which the caller closes
   * @throws FormatException if the path is not a regular file or is larger than the limit, with one
   *     diagnostic at line 1, column 1 of the file
   * @throws IOException if the file cannot be opened
   */
  public static InputStream open(Path path, ReadOptions options, String codePrefix) throws IOException {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    requireNonNull(codePrefix, "codePrefix");
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
    DiagnosticCollector c = new DiagnosticCollector(path.toString(), 1);
    if (!a.isRegularFile()) {
      c.error(codePrefix + ".file-type", (a.isDirectory() ? "a directory" : "not a regular file (a FIFO, socket or "
          + "device)") + "; only regular files are read", 1, 1, "");
    } else if (a.size() > options.maxDocumentBytes()) {
      c.error(codePrefix + ".limit", "the file has " + a.size() + " bytes, more than the limit of "
          + options.maxDocumentBytes() + " (ReadOptions.maxDocumentBytes)", 1, 1, "");
    }
    c.throwIfErrors();
    return Files.newInputStream(path);
  }
}
