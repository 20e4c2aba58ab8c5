package dev.topicgraph.api.format;

/** Providers used by the registry tests; they are listed in service files the tests write. */
public final class TestProviders {
  private TestProviders() {}

  static FormatDescriptor describe(String id, String extension, String mediaType) {
    return FormatDescriptor.builder()
        .id(id)
        .displayName("Test format " + id)
        .addFileExtensions(extension)
        .addMediaTypes(mediaType)
        .addCapabilities(Capability.READ)
        .build();
  }

  /** A well-behaved provider of the format {@code test}. */
  public static final class Good implements FormatProvider {
    /** Creates the provider. */
    public Good() {}

    @Override
    public FormatDescriptor descriptor() {
      return describe("test", "tst", "application/x-test");
    }
  }

  /** Another provider of the format {@code other}. */
  public static final class Other implements FormatProvider {
    /** Creates the provider. */
    public Other() {}

    @Override
    public FormatDescriptor descriptor() {
      return describe("other", "oth", "application/x-other");
    }
  }

  /** Claims the id {@code test} too. */
  public static final class Clash implements FormatProvider {
    /** Creates the provider. */
    public Clash() {}

    @Override
    public FormatDescriptor descriptor() {
      return describe("test", "tst2", "application/x-test2");
    }
  }

  /** Claims the extension {@code tst} of {@link Good} under another id. */
  public static final class ExtensionClash implements FormatProvider {
    /** Creates the provider. */
    public ExtensionClash() {}

    @Override
    public FormatDescriptor descriptor() {
      return describe("test-b", "tst", "application/x-test-b");
    }
  }

  /** Fails in its constructor, as a provider with a missing dependency would. */
  public static final class BrokenConstructor implements FormatProvider {
    /** Always fails. */
    public BrokenConstructor() {
      throw new IllegalStateException("missing native library");
    }

    @Override
    public FormatDescriptor descriptor() {
      throw new AssertionError("never constructed");
    }
  }

  /** Fails when asked for its descriptor. */
  public static final class BrokenDescriptor implements FormatProvider {
    /** Creates the provider. */
    public BrokenDescriptor() {}

    @Override
    public FormatDescriptor descriptor() {
      throw new IllegalStateException("descriptor not available");
    }
  }

  /** Written for a future SPI version. */
  public static final class FutureSpi implements FormatProvider {
    /** Creates the provider. */
    public FutureSpi() {}

    @Override
    public FormatDescriptor descriptor() {
      return FormatDescriptor.builder().from(describe("future", "fut", "application/x-future"))
          .spiVersion(FormatProvider.SPI_VERSION + 1).build();
    }
  }
}
