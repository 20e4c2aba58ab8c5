package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The formats available to an application, looked up by id, media type or file name.
 *
 * <p>{@link #load()} finds every {@link FormatProvider} on the class path (or module path) with
 * {@link ServiceLoader}; {@link #builder()} also takes a class loader, a {@link ModuleLayer} or
 * providers registered by hand. A provider that fails to load is skipped and reported in {@link
 * #problems()}; the other formats keep working. Two providers that claim one id, media type or
 * file extension stop {@link Builder#build()} with a {@link FormatConflictException} naming both,
 * unless one of them is {@linkplain Builder#prefer(String) preferred}.
 *
 * <p>A registry is immutable and thread-safe: build it once and share it.
 */
@API(status = STABLE, since = "0.1")
public final class FormatRegistry {
  private static final Map<String, String> KNOWN_ARTIFACTS = Map.of(
      "json", "dev.topicgraph:topicgraph-io-json",
      "markdown", "dev.topicgraph:topicgraph-io-markdown");
  private static final Map<String, String> KNOWN_EXTENSIONS = Map.of("json", "json", "md", "markdown");

  private final List<FormatProvider> providers;
  private final Map<String, FormatProvider> byId;
  private final Map<String, FormatProvider> byMediaType;
  private final Map<String, FormatProvider> byExtension;
  private final List<ProviderProblem> problems;

  private FormatRegistry(List<FormatProvider> providers, Map<String, FormatProvider> byId,
      Map<String, FormatProvider> byMediaType, Map<String, FormatProvider> byExtension,
      List<ProviderProblem> problems) {
    this.providers = List.copyOf(providers);
    this.byId = Map.copyOf(byId);
    this.byMediaType = Map.copyOf(byMediaType);
    this.byExtension = Map.copyOf(byExtension);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns a registry of every provider found by {@link ServiceLoader} through the class loader
   * that loaded this API.
   *
   * @return the registry
   * @throws FormatConflictException if two providers claim the same id, media type or extension
   */
  public static FormatRegistry load() {
    return builder().discover().build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the registered providers, sorted by format id.
   *
   * @return the providers
   */
  public List<FormatProvider> providers() {
    return providers;
  }

  /**
   * Returns the descriptors of the registered formats, sorted by id.
   *
   * @return the descriptors
   */
  public List<FormatDescriptor> formats() {
    return providers.stream().map(FormatProvider::descriptor).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the providers that could not be loaded and were skipped.
   *
   * @return the problems, empty when every provider loaded
   */
  public List<ProviderProblem> problems() {
    return problems;
  }

  /**
   * Returns the format with the given id.
   *
   * @param id a format id such as {@code json}, in any case
   * @return the provider, if registered
   */
  public Optional<FormatProvider> byId(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id").toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the format with the given media type; parameters such as {@code ;charset=utf-8} are
   * ignored.
   *
   * @param mediaType a media type, in any case
   * @return the provider, if registered
   */
  public Optional<FormatProvider> byMediaType(String mediaType) {
    String bare = requireNonNull(mediaType, "mediaType");
    int semicolon = bare.indexOf(';');
    if (semicolon >= 0) {
      bare = bare.substring(0, semicolon);
    }
    return Optional.ofNullable(byMediaType.get(bare.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the format whose file extension ends the given file name; the longest matching
   * extension wins, so {@code graph.tg.json} prefers a format claiming {@code tg.json}.
   *
   * @param fileName a file name or path such as {@code backlog.json}
   * @return the provider, if one claims the extension
   */
  public Optional<FormatProvider> byFileName(String fileName) {
    String name = requireNonNull(fileName, "fileName");
    Path last = Path.of(name).getFileName();
    String lower = (last == null ? name : last.toString()).toLowerCase(Locale.ROOT);
    for (int dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', dot + 1)) {
      FormatProvider p = byExtension.get(lower.substring(dot + 1));
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the format for a path: for a folder (or a path with no extension, which a write will make
   * a folder), the directory format, if exactly one is registered, or else the directory format that
   * can read, if exactly one can (a write-only directory format, such as a static site, is then chosen
   * by id only); otherwise the format its file name's extension names, as {@link #byFileName(String)}
   * finds it.
   *
   * @param path a file or folder, which need not exist
   * @return the provider, if the path tells one
   */
  public Optional<FormatProvider> byPath(Path path) {
    if (isFolder(path)) {
      List<FormatProvider> dirs = directoryFormats();
      if (dirs.size() == 1) {
        return Optional.of(dirs.get(0));
      }
      List<FormatProvider> readable = new ArrayList<>();
      for (FormatProvider p : dirs) {
        if (p.descriptor().can(Capability.READ)) {
          readable.add(p);
        }
      }
      return readable.size() == 1 ? Optional.of(readable.get(0)) : Optional.empty();
    }
    return byFileName(path.getFileName().toString());
  }

  /** A folder, or a path with no extension, which a write makes a folder. */
  private static boolean isFolder(Path path) {
    Path last = requireNonNull(path, "path").getFileName();
    return Files.isDirectory(path) || last == null || !last.toString().contains(".");
  }

  /**
   * Returns the format for a path, as {@link #byPath(Path)} finds it, or fails with a message that
   * says why.
   *
   * @param path a file or folder
   * @return the provider
   * @throws UnsupportedFormatException if the path tells no format, or a folder could be in several
   */
  public FormatProvider requireForPath(Path path) {
    return byPath(path).orElseThrow(() -> {
      List<FormatProvider> dirs = directoryFormats();
      if (!isFolder(path)) {
        return unsupported("the file name '" + path.getFileName() + "'", null);
      }
      return unsupported(dirs.isEmpty() ? "the folder " + path + ": no directory format is registered"
          : "the folder " + path + " alone: several directory formats are registered (" + dirs.stream()
              .map(p -> p.descriptor().id()).sorted().collect(Collectors.joining(", ")) + "); name one by id",
          dirs.isEmpty() ? KNOWN_ARTIFACTS.get("markdown") : null);
    });
  }

  private List<FormatProvider> directoryFormats() {
    List<FormatProvider> out = new ArrayList<>();
    for (FormatProvider p : providers()) {
      if (p.descriptor().can(Capability.DIRECTORY)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Returns the format with the given id, or fails with a message that helps add it.
   *
   * @param id a format id
   * @return the provider
   * @throws UnsupportedFormatException if no such format is registered
   */
  public FormatProvider require(String id) {
    return byId(id).orElseThrow(() -> unsupported("format id '" + id + "'",
        KNOWN_ARTIFACTS.get(id.toLowerCase(Locale.ROOT))));
  }

  /**
   * Returns the format for a file name, or fails with a message that helps add it.
   *
   * @param fileName a file name or path
   * @return the provider
   * @throws UnsupportedFormatException if no format claims the file's extension
   */
  public FormatProvider requireForFileName(String fileName) {
    return byFileName(fileName).orElseThrow(() -> {
      String lower = fileName.toLowerCase(Locale.ROOT);
      String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
      String known = KNOWN_EXTENSIONS.get(ext);
      return unsupported("file name '" + fileName + "'", known == null ? null : KNOWN_ARTIFACTS.get(known));
    });
  }

  /**
   * Returns the format for a media type, or fails with a message that helps add it.
   *
   * @param mediaType a media type
   * @return the provider
   * @throws UnsupportedFormatException if no format claims the media type
   */
  public FormatProvider requireForMediaType(String mediaType) {
    return byMediaType(mediaType).orElseThrow(() -> unsupported("media type '" + mediaType + "'", null));
  }

  private UnsupportedFormatException unsupported(String what, String artifact) {
    StringBuilder sb = new StringBuilder("No registered format matches ").append(what).append('.');
    sb.append(providers.isEmpty() ? " No formats are registered."
        : " Registered: " + providers.stream().map(p -> describe(p.descriptor())).collect(Collectors.joining("; "))
            + ".");
    if (artifact != null) {
      sb.append(" Add the artifact ").append(artifact).append(" to the class path or module path.");
    }
    sb.append(" Formats are found through META-INF/services/").append(FormatProvider.class.getName())
        .append(": a fat jar must merge these files (maven-shade-plugin: ServicesResourceTransformer).");
    if (!problems.isEmpty()) {
      sb.append(" Providers that failed to load: ").append(problems).append('.');
    }
    return new UnsupportedFormatException(sb.toString());
  }

  private static String describe(FormatDescriptor d) {
    return d.id() + " (" + (d.fileExtensions().isEmpty() ? "directory"
        : d.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(", "))) + ")";
  }

  @Override
  public String toString() {
    return "FormatRegistry" + providers.stream().map(p -> p.descriptor().id()).collect(Collectors.toList());
  }

  /**
   * Collects providers for a {@link FormatRegistry}. Not thread-safe.
   */
  public static final class Builder {
    private final List<FormatProvider> candidates = new ArrayList<>();
    private final List<ProviderProblem> problems = new ArrayList<>();
    private final Set<String> preferred = new HashSet<>();

    private Builder() {}

    /**
     * Adds every provider {@link ServiceLoader} finds through the class loader that loaded this
     * API.
     *
     * @return this builder
     */
    public Builder discover() {
      ClassLoader loader = FormatRegistry.class.getClassLoader();
      return discover(loader != null ? loader : ClassLoader.getSystemClassLoader());
    }

    /**
     * Adds every provider {@link ServiceLoader} finds through a class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder discover(ClassLoader loader) {
      return collect(ServiceLoader.load(FormatProvider.class, requireNonNull(loader, "loader")).iterator());
    }

    /**
     * Adds every provider {@link ServiceLoader} finds in a module layer and its parents.
     *
     * @param layer the module layer
     * @return this builder
     */
    public Builder discover(ModuleLayer layer) {
      return collect(ServiceLoader.load(requireNonNull(layer, "layer"), FormatProvider.class).iterator());
    }

    /**
     * Adds a provider by hand.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(FormatProvider provider) {
      requireNonNull(provider, "provider");
      accept(provider);
      return this;
    }

    /**
     * Prefers a provider class: where it and another provider claim the same id, media type or
     * extension, it wins.
     *
     * @param providerClassName the fully qualified class name of the provider
     * @return this builder
     */
    public Builder prefer(String providerClassName) {
      preferred.add(requireNonNull(providerClassName, "providerClassName"));
      return this;
    }

    /**
     * Prefers a provider class, as {@link #prefer(String)} does.
     *
     * @param providerClass the provider class
     * @return this builder
     */
    public Builder prefer(Class<? extends FormatProvider> providerClass) {
      return prefer(providerClass.getName());
    }

    private Builder collect(Iterator<FormatProvider> it) {
      for (int guard = 0; guard < 10_000; guard++) {
        FormatProvider provider;
        try {
          if (!it.hasNext()) {
            break;
          }
          provider = it.next();
        } catch (ServiceConfigurationError | LinkageError e) {
          problems.add(new ProviderProblem(providerNameOf(e), "could not be instantiated: " + e.getMessage(), e));
          continue;
        }
        accept(provider);
      }
      return this;
    }

    private void accept(FormatProvider provider) {
      String name = provider.getClass().getName();
      if (candidates.stream().anyMatch(c -> ((StableProvider) c).delegate.getClass() == provider.getClass())) {
        return;
      }
      FormatDescriptor descriptor;
      try {
        descriptor = provider.descriptor();
      } catch (RuntimeException | LinkageError e) {
        problems.add(new ProviderProblem(name, "descriptor() failed: " + e, e));
        return;
      }
      if (descriptor == null) {
        problems.add(new ProviderProblem(name, "descriptor() returned null", null));
        return;
      }
      if (descriptor.spiVersion() > FormatProvider.SPI_VERSION) {
        problems.add(new ProviderProblem(name, "was written for SPI version " + descriptor.spiVersion()
            + ", but this topicgraph-api supports version " + FormatProvider.SPI_VERSION
            + "; upgrade topicgraph-api", null));
        return;
      }
      candidates.add(new StableProvider(provider, descriptor));
    }

    private static String providerNameOf(Throwable e) {
      String message = String.valueOf(e.getMessage());
      int at = message.indexOf("Provider ");
      if (at >= 0) {
        String rest = message.substring(at + "Provider ".length());
        int space = rest.indexOf(' ');
        return space > 0 ? rest.substring(0, space) : rest;
      }
      return "(unnamed provider)";
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     * @throws FormatConflictException if two providers claim the same id, media type or extension
     *     and neither is preferred
     */
    public FormatRegistry build() {
      List<FormatProvider> sorted = new ArrayList<>(candidates);
      sorted.sort(Comparator.comparing((FormatProvider p) -> p.descriptor().id())
          .thenComparing(p -> className(p)));
      Map<String, FormatProvider> byId = index(sorted, "format id", d -> List.of(d.id()));
      List<FormatProvider> kept = sorted.stream().filter(p -> byId.get(p.descriptor().id()) == p)
          .collect(Collectors.toList());
      Map<String, FormatProvider> byMedia = index(kept, "media type", FormatDescriptor::mediaTypes);
      Map<String, FormatProvider> byExt = index(kept, "file extension", FormatDescriptor::fileExtensions);
      return new FormatRegistry(kept, byId, byMedia, byExt, problems);
    }

    private Map<String, FormatProvider> index(List<FormatProvider> providers, String what,
        Function<FormatDescriptor, List<String>> keys) {
      Map<String, List<FormatProvider>> claims = new TreeMap<>();
      for (FormatProvider p : providers) {
        for (String key : keys.apply(p.descriptor())) {
          claims.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
      }
      Map<String, FormatProvider> out = new LinkedHashMap<>();
      for (Map.Entry<String, List<FormatProvider>> e : claims.entrySet()) {
        List<FormatProvider> claimants = e.getValue();
        if (claimants.size() == 1) {
          out.put(e.getKey(), claimants.get(0));
          continue;
        }
        List<FormatProvider> winners = claimants.stream().filter(p -> preferred.contains(className(p)))
            .collect(Collectors.toList());
        if (winners.size() != 1) {
          throw new FormatConflictException("The " + what + " '" + e.getKey() + "' is claimed by "
              + claimants.stream().map(FormatRegistry::className).collect(Collectors.joining(" and "))
              + (winners.isEmpty() ? "" : ", and more than one of them is preferred")
              + ". Remove one of them from the class path, or choose one with FormatRegistry.builder()"
              + ".prefer(\"<provider class>\").");
        }
        out.put(e.getKey(), winners.get(0));
      }
      return out;
    }
  }

  private static String className(FormatProvider p) {
    return p instanceof StableProvider ? ((StableProvider) p).delegate.getClass().getName() : p.getClass().getName();
  }

  /** A provider whose descriptor was read once, so a misbehaving provider cannot change it later. */
  private static final class StableProvider implements FormatProvider {
    private final FormatProvider delegate;
    private final FormatDescriptor descriptor;

    StableProvider(FormatProvider delegate, FormatDescriptor descriptor) {
      this.delegate = delegate;
      this.descriptor = descriptor;
    }

    @Override
    public FormatDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Set<String> readOptionNames() {
      return delegate.readOptionNames();
    }

    @Override
    public Set<String> writeOptionNames() {
      return delegate.writeOptionNames();
    }

    @Override
    public GraphReader reader(ReadOptions options) {
      return delegate.reader(options);
    }

    @Override
    public GraphWriter writer(WriteOptions options) {
      return delegate.writer(options);
    }

    @Override
    public String toString() {
      return delegate.getClass().getName() + "[" + descriptor.id() + "]";
    }
  }
}
