package dev.topicgraph.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiagnosticCollectorTest {

  @Test
  void collectsInLocationOrderAndThrowsOnce() {
    DiagnosticCollector c = new DiagnosticCollector("graph.json", 10);
    c.warning("x.late", "later", 9, 1, "");
    c.error("x.early", "first\nline", 2, 5, "/nodes/0");
    c.error("x.nowhere", "no location", 0, 0, "");
    assertTrue(c.hasErrors());
    FormatException e = assertThrows(FormatException.class, c::throwIfErrors);
    List<String> codes = e.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
    assertEquals(List.of("x.early", "x.late", "x.nowhere"), codes);
    assertEquals("graph.json:2:5: error x.early: first line (at /nodes/0)", e.diagnostics().get(0).toString());
    assertTrue(e.getMessage().startsWith("2 errors in graph.json:\n  graph.json:2:5"), e.getMessage());
  }

  @Test
  void warningsAloneDoNotThrow() throws FormatException {
    DiagnosticCollector c = new DiagnosticCollector("s", 10);
    c.add(Severity.WARNING, "x.w", "careful", 1, 1, "");
    assertFalse(c.hasErrors());
    c.throwIfErrors();
    assertThrows(IllegalArgumentException.class, () -> new FormatException(c.diagnostics()));
  }

  @Test
  void stopsWhenFull() {
    DiagnosticCollector c = new DiagnosticCollector("s", 3);
    for (int i = 1; i <= 10; i++) {
      c.error("x.e", "problem " + i, i, 1, "");
    }
    assertTrue(c.isFull());
    List<Diagnostic> ds = c.diagnostics();
    assertEquals(4, ds.size());
    assertEquals(DiagnosticCollector.TOO_MANY_PROBLEMS, ds.get(3).code());
  }
}
