package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content team keeps its pages in a git repository beside other files: commands that write a
 * folder of pages again leave every file they did not write where it was.
 */
class UserFilesTest {
  @TempDir
  Path temp;

  @Test
  void convertingIntoTheSameFolderTwiceKeepsTheRepositoryAndTheTeamsFiles() throws IOException {
    Path demo = temp.resolve("demo");
    assertEquals(0, CliTest.run("demo", "--out", demo.toString()).code);
    Path site = temp.resolve("site");
    Files.createDirectories(site.resolve(".git/refs/heads"));
    Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.writeString(site.resolve(".git/refs/heads/main"), "0123456789abcdef\n");
    Files.writeString(site.resolve("README.md"), "How we write\n");
    Files.createDirectories(site.resolve("images"));
    Files.write(site.resolve("images/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    Run first = CliTest.run("convert", demo.resolve("backlog.json").toString(), site.toString(), "--to", "markdown");
    assertEquals(0, first.code, first.err);
    Files.writeString(site.resolve("nodes/notes.txt"), "drafts");
    Run second = CliTest.run("convert", demo.resolve("backlog.json").toString(), site.toString(), "--to", "markdown");
    assertEquals(0, second.code, second.err);

    assertEquals("ref: refs/heads/main\n", Files.readString(site.resolve(".git/HEAD")));
    assertEquals("0123456789abcdef\n", Files.readString(site.resolve(".git/refs/heads/main")));
    assertEquals("How we write\n", Files.readString(site.resolve("README.md")));
    assertEquals(4, Files.size(site.resolve("images/logo.png")));
    assertEquals("drafts", Files.readString(site.resolve("nodes/notes.txt")));
    assertTrue(Files.isRegularFile(site.resolve("index.md")));
    Run validate = CliTest.run("validate", site.toString(), "--strict");
    assertEquals(0, validate.code, validate.err);
  }

  @Test
  void runningTheDemoAgainKeepsAPageTheUserAddedAndRemovesNothingElse() throws IOException {
    Path demo = temp.resolve("demo");
    assertEquals(0, CliTest.run("demo", "--out", demo.toString()).code);
    Files.writeString(demo.resolve("pages/mine.md"), "my notes on the backlog\n");
    Files.writeString(demo.resolve("notes.txt"), "beside the outputs\n");
    Run again = CliTest.run("demo", "--out", demo.toString());
    assertEquals(0, again.code, again.err);
    assertEquals("my notes on the backlog\n", Files.readString(demo.resolve("pages/mine.md")));
    assertEquals("beside the outputs\n", Files.readString(demo.resolve("notes.txt")));
    assertFalse(Files.exists(demo.resolve("pages/" + dev.topicgraph.api.format.AtomicOutput.STAGING)));
  }
}
