package dev.topicgraph.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormatDescriptorTest {

  private static FormatDescriptor.Builder valid() {
    return FormatDescriptor.builder().id("x").displayName("X").addFileExtensions("x")
        .addCapabilities(Capability.READ, Capability.WRITE);
  }

  @Test
  void describesTheFormat() {
    FormatDescriptor d = valid().addFileExtensions("x.gz").addMediaTypes("application/x-x").build();
    assertEquals(Optional.of("x"), d.canonicalExtension());
    assertTrue(d.can(Capability.WRITE));
    assertEquals(FormatProvider.SPI_VERSION, d.spiVersion());
  }

  @Test
  void refusesMalformedDescriptors() {
    assertThrows(IllegalArgumentException.class, () -> valid().id("X Format").build());
    assertThrows(IllegalArgumentException.class, () -> valid().addFileExtensions(".json").build());
    assertThrows(IllegalArgumentException.class, () -> valid().addMediaTypes("Application/JSON").build());
    assertThrows(IllegalArgumentException.class, () -> valid().displayName(" ").build());
    assertThrows(IllegalArgumentException.class,
        () -> FormatDescriptor.builder().id("x").displayName("X").addCapabilities(Capability.LOSSLESS).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormatDescriptor.builder()
        .id("x").displayName("X").addCapabilities(Capability.READ, Capability.LOSSLESS).build());
    assertTrue(e.getMessage().contains("LOSSLESS"), e.getMessage());
  }

  @Test
  void optionsHaveSafeDefaultsAndRejectUnknownNames() {
    ReadOptions defaults = ReadOptions.defaults();
    assertEquals(16L << 20, defaults.maxDocumentBytes());
    assertEquals(4L << 20, defaults.maxPageBytes());
    assertEquals(64, defaults.maxDepth());
    assertEquals(1 << 20, defaults.maxStringLength());
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxDepth(0).build());
    ReadOptions withOption = ReadOptions.builder().putFormatOption("pretty", "yes").build();
    withOption.requireKnownFormatOptions("x", Set.of("pretty"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> withOption.requireKnownFormatOptions("x", Set.of("indent")));
    assertEquals("format x has no read option [pretty]; it knows [indent]", e.getMessage());
    IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
        () -> WriteOptions.builder().putAllFormatOptions(Map.of("b", "1", "a", "2")).build()
            .requireKnownFormatOptions("x", Set.of()));
    assertEquals("format x has no write option [a, b]; it takes none", w.getMessage());
  }

  @Test
  void providersWithoutAReaderOrWriterSaySo() {
    FormatProvider writeOnly = () -> FormatDescriptor.builder().id("w").displayName("W")
        .addCapabilities(Capability.WRITE).build();
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, writeOnly::reader);
    assertEquals("format w cannot read graphs", e.getMessage());
  }
}
