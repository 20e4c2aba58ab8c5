package dev.topicgraph.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {
  @TempDir
  Path temp;

  /** A class loader whose only service file lists the given provider classes. */
  private ClassLoader withServices(String... classNames) throws IOException {
    Path services = temp.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(FormatProvider.class.getName()), List.of(classNames));
    return new URLClassLoader(new URL[] {temp.toUri().toURL()}, getClass().getClassLoader());
  }

  private static String name(Class<?> c) {
    return c.getName();
  }

  private static List<String> ids(FormatRegistry registry) {
    return registry.formats().stream().map(FormatDescriptor::id).collect(Collectors.toList());
  }

  @Test
  void discoversATestOnlyProvider() throws IOException {
    FormatRegistry registry = FormatRegistry.builder()
        .discover(withServices(name(TestProviders.Good.class), name(TestProviders.Other.class)))
        .build();
    assertEquals(List.of("other", "test"), ids(registry));
    assertEquals(List.of(), registry.problems());
    assertEquals("test", registry.byId("TEST").orElseThrow().descriptor().id());
    assertEquals("test", registry.byFileName("dir/graph.TST").orElseThrow().descriptor().id());
    assertEquals("test", registry.byMediaType("Application/X-Test; charset=utf-8").orElseThrow().descriptor().id());
    assertTrue(registry.byFileName("graph.json").isEmpty());
    assertTrue(registry.byFileName("no-extension").isEmpty());
  }

  /** A directory format with the given id. */
  private static FormatProvider folderFormat(String id) {
    FormatDescriptor d = FormatDescriptor.builder().id(id).displayName("pages " + id)
        .addCapabilities(Capability.READ, Capability.DIRECTORY).build();
    return () -> d;
  }

  @Test
  void aFolderFindsTheDirectoryFormatAndAFileItsExtension() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("pages.v2"));
    FormatRegistry one = FormatRegistry.builder().register(new TestProviders.Good()).register(folderFormat("pages"))
        .build();
    assertEquals("pages", one.byPath(folder).orElseThrow().descriptor().id(), "a folder, whatever its name");
    assertEquals("pages", one.byPath(temp.resolve("not-yet-written")).orElseThrow().descriptor().id());
    assertEquals("test", one.byPath(temp.resolve("graph.tst")).orElseThrow().descriptor().id());
    assertTrue(one.byPath(temp.resolve("graph.unknown")).isEmpty());

    FormatDescriptor site = FormatDescriptor.builder().id("site").displayName("site")
        .addCapabilities(Capability.READ, Capability.DIRECTORY).build();
    FormatProvider another = new FormatProvider() { // a class of its own: the registry keeps one per class
      @Override
      public FormatDescriptor descriptor() {
        return site;
      }
    };
    FormatRegistry two = FormatRegistry.builder().register(folderFormat("pages")).register(another).build();
    assertTrue(two.byPath(folder).isEmpty(), "two directory formats: the folder alone does not tell");
    UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> two.requireForPath(folder));
    assertTrue(e.getMessage().contains("several directory formats are registered (pages, site)"), e.getMessage());
    FormatDescriptor writeOnly = FormatDescriptor.builder().id("static").displayName("a static site")
        .addCapabilities(Capability.WRITE, Capability.DIRECTORY).build();
    FormatProvider staticSite = new FormatProvider() {
      @Override
      public FormatDescriptor descriptor() {
        return writeOnly;
      }
    };
    FormatRegistry withSite = FormatRegistry.builder().register(folderFormat("pages")).register(staticSite).build();
    assertEquals("pages", withSite.byPath(folder).orElseThrow().descriptor().id(),
        "a write-only directory format is chosen by id only");
    UnsupportedFormatException none = assertThrows(UnsupportedFormatException.class,
        () -> FormatRegistry.builder().register(new TestProviders.Good()).build().requireForPath(folder));
    assertTrue(none.getMessage().contains("topicgraph-io-markdown"), none.getMessage());
  }

  @Test
  void aBrokenProviderIsReportedAndSkipped() throws IOException {
    FormatRegistry registry = FormatRegistry.builder()
        .discover(withServices(
            name(TestProviders.BrokenConstructor.class),
            name(TestProviders.Good.class),
            "dev.topicgraph.api.format.NoSuchProvider",
            name(TestProviders.BrokenDescriptor.class),
            name(TestProviders.FutureSpi.class)))
        .build();
    assertEquals(List.of("test"), ids(registry), "the good provider keeps working");
    List<String> broken = registry.problems().stream().map(ProviderProblem::providerName).collect(Collectors.toList());
    assertEquals(List.of(name(TestProviders.BrokenConstructor.class), "dev.topicgraph.api.format.NoSuchProvider",
        name(TestProviders.BrokenDescriptor.class), name(TestProviders.FutureSpi.class)), broken);
    assertTrue(registry.problems().get(0).cause().isPresent());
    assertTrue(registry.problems().get(2).message().contains("descriptor not available"),
        registry.problems().get(2).message());
    assertTrue(registry.problems().get(3).message().contains("upgrade topicgraph-api"),
        registry.problems().get(3).message());
  }

  @Test
  void twoProvidersOfOneIdAreRefusedByName() throws IOException {
    ClassLoader loader = withServices(name(TestProviders.Good.class), name(TestProviders.Clash.class));
    FormatConflictException e = assertThrows(FormatConflictException.class,
        () -> FormatRegistry.builder().discover(loader).build());
    assertTrue(e.getMessage().contains("format id 'test'"), e.getMessage());
    assertTrue(e.getMessage().contains(name(TestProviders.Good.class)), e.getMessage());
    assertTrue(e.getMessage().contains(name(TestProviders.Clash.class)), e.getMessage());
    assertTrue(e.getMessage().contains("prefer("), e.getMessage());
  }

  @Test
  void twoProvidersOfOneExtensionAreRefusedToo() {
    FormatConflictException e = assertThrows(FormatConflictException.class, () -> FormatRegistry.builder()
        .register(new TestProviders.Good()).register(new TestProviders.ExtensionClash()).build());
    assertTrue(e.getMessage().contains("file extension 'tst'"), e.getMessage());
  }

  @Test
  void aPreferredProviderWinsTheClash() throws IOException {
    FormatRegistry registry = FormatRegistry.builder()
        .discover(withServices(name(TestProviders.Good.class), name(TestProviders.Clash.class)))
        .prefer(TestProviders.Clash.class)
        .build();
    assertEquals(List.of("test"), ids(registry));
    assertEquals("tst2", registry.require("test").descriptor().fileExtensions().get(0));
    assertTrue(registry.byFileName("a.tst").isEmpty(), "the loser's claims are dropped with it");
  }

  @Test
  void providersCanBeRegisteredByHandOnce() {
    FormatProvider good = new TestProviders.Good();
    FormatRegistry registry = FormatRegistry.builder().register(good).register(new TestProviders.Good()).build();
    assertEquals(List.of("test"), ids(registry));
    assertEquals(good.descriptor(), registry.require("test").descriptor());
  }

  @Test
  void unsupportedFormatsSayWhatToAdd() {
    FormatRegistry registry = FormatRegistry.builder().register(new TestProviders.Good()).build();
    UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> registry.require("markdown"));
    assertTrue(e.getMessage().contains("dev.topicgraph:topicgraph-io-markdown"), e.getMessage());
    assertTrue(e.getMessage().contains("Registered: test (.tst)"), e.getMessage());
    assertTrue(e.getMessage().contains("ServicesResourceTransformer"), e.getMessage());
    UnsupportedFormatException byName = assertThrows(UnsupportedFormatException.class,
        () -> registry.requireForFileName("backlog.json"));
    assertTrue(byName.getMessage().contains("dev.topicgraph:topicgraph-io-json"), byName.getMessage());
    assertThrows(UnsupportedFormatException.class, () -> FormatRegistry.builder().build().requireForMediaType("a/b"));
  }

  @Test
  void theApiAloneHasNoFormats() {
    FormatRegistry registry = FormatRegistry.load();
    assertEquals(List.of(), registry.providers());
    assertSame(registry.providers(), registry.providers());
    assertFalse(registry.toString().isEmpty());
  }

  @Test
  void theRegistryAnswersTheSameFromManyThreads() throws Exception {
    FormatRegistry registry = FormatRegistry.builder().register(new TestProviders.Good())
        .register(new TestProviders.Other()).build();
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 2_000; i++) {
          if (!registry.byFileName("x.oth").orElseThrow().descriptor().id().equals("other")
              || !registry.byId("test").isPresent()) {
            wrong.incrementAndGet();
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(0, wrong.get());
  }
}
