package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type in a package the library modules export carries {@code @API}, and no
 * type in an internal package is marked {@code STABLE}. The command line's tests see every library
 * jar, so the check runs here. The classes are loaded by a class loader of their own, on a plain
 * class path, so the check does not depend on which modules the test JVM happens to resolve.
 */
class ApiStatusTest {
  private static final Set<String> LIBRARY_MODULES = Set.of("dev.topicgraph.model", "dev.topicgraph.api",
      "dev.topicgraph.io.json", "dev.topicgraph.io.markdown", "dev.topicgraph.testkit");
  private static final String API = "org.apiguardian.api.API";

  @Test
  void everyPublicTypeOfTheLibraryIsMarked() throws Exception {
    List<Path> entries = pathEntries();
    Map<String, ModuleReference> modules = new TreeMap<>();
    for (Path entry : entries) {
      if (!entry.getFileName().toString().startsWith("topicgraph-") && !entry.endsWith(Path.of("target", "classes"))) {
        continue;
      }
      try {
        for (ModuleReference ref : ModuleFinder.of(entry).findAll()) {
          if (LIBRARY_MODULES.contains(ref.descriptor().name())) {
            modules.putIfAbsent(ref.descriptor().name(), ref);
          }
        }
      } catch (FindException e) {
        // Not a module of ours (a folder or jar the finder cannot read as one); nothing to check.
      }
    }
    assertEquals(LIBRARY_MODULES, modules.keySet(), "library modules found on " + entries);

    List<String> unmarked = new ArrayList<>();
    List<String> stableInternals = new ArrayList<>();
    int checked = 0;
    try (URLClassLoader loader = new URLClassLoader(urls(entries), ClassLoader.getPlatformClassLoader())) {
      for (ModuleReference ref : modules.values()) {
        ModuleDescriptor descriptor = ref.descriptor();
        Set<String> exported = descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
        Set<String> classNames = topLevelClassNames(ref);
        for (String className : classNames) {
          String pkg = className.substring(0, className.lastIndexOf('.'));
          Class<?> type = Class.forName(className, false, loader);
          if (!Modifier.isPublic(type.getModifiers()) || isGenerated(type, classNames)) {
            continue;
          }
          String status = status(type);
          boolean internal = pkg.contains(".internal");
          if (internal) {
            if ("STABLE".equals(status)) {
              stableInternals.add(className);
            }
          } else if (exported.contains(pkg)) {
            checked++;
            if (status == null) {
              unmarked.add(className);
            }
          }
        }
      }
    }
    assertTrue(checked > 50, "too few public types found: " + checked);
    assertTrue(unmarked.isEmpty() && stableInternals.isEmpty(),
        () -> "public types without @API: " + unmarked + "\ninternal types marked STABLE: " + stableInternals);
  }

  /** The value of the type's {@code @API(status = ...)}, or null if it has none. */
  private static String status(Class<?> type) throws ReflectiveOperationException {
    for (Annotation annotation : type.getDeclaredAnnotations()) {
      if (annotation.annotationType().getName().equals(API)) {
        return annotation.annotationType().getMethod("status").invoke(annotation).toString();
      }
    }
    return null;
  }

  /** Immutables' generated {@code ImmutableFoo} next to a hand-written {@code Foo}. */
  private static boolean isGenerated(Class<?> type, Set<String> classNames) {
    String simple = type.getSimpleName();
    return simple.startsWith("Immutable")
        && classNames.contains(type.getPackageName() + "." + simple.substring("Immutable".length()));
  }

  private static Set<String> topLevelClassNames(ModuleReference ref) throws IOException {
    try (var reader = ref.open(); Stream<String> names = reader.list()) {
      return names
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .filter(n -> !n.startsWith("META-INF/"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Everything the test JVM was given, on the module path or the class path. */
  private static List<Path> pathEntries() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "surefire.test.class.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isBlank() && Files.exists(Path.of(entry))) {
          entries.add(Path.of(entry).toAbsolutePath().normalize());
        }
      }
    }
    return new ArrayList<>(entries);
  }

  private static URL[] urls(List<Path> entries) {
    return entries.stream().map(p -> {
      try {
        return p.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(e);
      }
    }).toArray(URL[]::new);
  }
}
