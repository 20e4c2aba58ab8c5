package dev.topicgraph.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The server secret: a file holding 32 or more random bytes written as hexadecimal digits (64 or more),
 * readable by its owner only.
 */
final class Secrets {
  private Secrets() {}

  /** Says on {@code err} if users other than the owner may read the secret file. */
  static void warnIfOthersCanRead(Path file, java.io.PrintWriter err) {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> p = Files.getPosixFilePermissions(file);
      if (p.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
          || p.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
        err.println(file + ": warning serve.secret: other users may read the server secret, and with it sign in as "
            + "anyone; chmod 600 " + file);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or gone: nothing to say
    }
  }

  /** Reads the secret in {@code file}, or creates the file with a new random secret if it does not exist. */
  static byte[] readOrCreate(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] secret = new byte[ReviewerTokens.MIN_SECRET_BYTES];
      new SecureRandom().nextBytes(secret);
      byte[] text = (HexFormat.of().formatHex(secret) + "\n").getBytes(US_ASCII);
      try {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
        Files.write(file, text, StandardOpenOption.TRUNCATE_EXISTING);
        return secret;
      } catch (FileAlreadyExistsException e) {
        // made by another process in the meantime: read theirs
      }
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("the secret file must be a regular file, not a link or a folder");
    }
    String text = Files.readString(file, US_ASCII).strip();
    try {
      return HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the secret file holds hexadecimal digits ("
          + 2 * ReviewerTokens.MIN_SECRET_BYTES + " or more), such as the ones serve writes when it creates it");
    }
  }
}
