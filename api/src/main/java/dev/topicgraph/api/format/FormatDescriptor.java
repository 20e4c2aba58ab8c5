package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Describes a format: its id, name, media types, file extensions and capabilities.
 *
 * <p>Create one with {@link #builder()}. The id and extensions are lower-case; extensions have no
 * leading dot, and the first one is canonical (used when writing). Immutable and thread-safe.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class FormatDescriptor {
  FormatDescriptor() {}

  /**
   * Returns the id of the format, such as {@code json}: lower-case letters, digits and hyphens.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name shown to people, such as "topicgraph JSON".
   *
   * @return the display name
   */
  public abstract String displayName();

  /**
   * Returns the media types of the format, such as {@code application/vnd.topicgraph+json}.
   *
   * @return the media types, lower-case, possibly empty
   */
  public abstract List<String> mediaTypes();

  /**
   * Returns the file extensions of the format, without a dot, the canonical one first.
   *
   * @return the extensions, lower-case, possibly empty for a directory format
   */
  public abstract List<String> fileExtensions();

  /**
   * Returns whether the format is binary rather than text.
   *
   * @return {@code true} for a binary format; {@code false} unless set
   */
  @Value.Default
  public boolean binary() {
    return false;
  }

  /**
   * Returns what the format can do.
   *
   * @return the capabilities, at least {@link Capability#READ} or {@link Capability#WRITE}
   */
  public abstract Set<Capability> capabilities();

  /**
   * Returns the version of the SPI the provider was written against.
   *
   * @return the SPI version; {@link FormatProvider#SPI_VERSION} unless set
   */
  @Value.Default
  public int spiVersion() {
    return FormatProvider.SPI_VERSION;
  }

  /**
   * Returns whether the format has a capability.
   *
   * @param capability the capability
   * @return {@code true} if it has it
   */
  public boolean can(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * Returns the canonical file extension.
   *
   * @return the first extension, or empty for a format with none
   */
  public java.util.Optional<String> canonicalExtension() {
    return fileExtensions().stream().findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("format id \"" + id() + "\" must be lower-case words joined by '-'");
    }
    if (displayName().isBlank()) {
      throw new IllegalArgumentException("format " + id() + " needs a display name");
    }
    for (String t : mediaTypes()) {
      if (!t.equals(t.toLowerCase(Locale.ROOT)) || !t.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
        throw new IllegalArgumentException("format " + id() + ": media type \"" + t
            + "\" must be lower-case type/subtype without parameters");
      }
    }
    for (String e : fileExtensions()) {
      if (!e.matches("[a-z0-9]+(\\.[a-z0-9]+)*")) {
        throw new IllegalArgumentException("format " + id() + ": extension \"" + e
            + "\" must be lower-case letters and digits, without a leading dot");
      }
    }
    if (!can(Capability.READ) && !can(Capability.WRITE)) {
      throw new IllegalArgumentException("format " + id() + " can neither read nor write");
    }
    if (can(Capability.LOSSLESS) && !(can(Capability.READ) && can(Capability.WRITE))) {
      throw new IllegalArgumentException("format " + id() + " claims LOSSLESS but cannot both read and write");
    }
    if (spiVersion() < 1) {
      throw new IllegalArgumentException("format " + id() + ": SPI version must be 1 or more");
    }
  }

  /** Builds a {@link FormatDescriptor}. Not thread-safe. */
  public static final class Builder extends ImmutableFormatDescriptor.Builder {
    Builder() {}
  }
}
