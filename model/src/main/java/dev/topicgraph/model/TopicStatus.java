package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** Where a topic stands in the editorial workflow. */
@API(status = STABLE, since = "0.1")
public enum TopicStatus {
  /** Proposed, not yet accepted. */
  PROPOSED,
  /** Accepted for writing. */
  ACCEPTED,
  /** Being written. */
  DRAFTING,
  /** Published; by default no longer ranked. */
  PUBLISHED,
  /** Rejected; by default no longer ranked. */
  REJECTED;

  /**
   * Returns the name used in files, such as {@code "proposed"}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the status with the given file name.
   *
   * @param wireName a lower-case name such as {@code "drafting"}
   * @return the status, or empty when the name is not one of the statuses
   */
  public static Optional<TopicStatus> fromWireName(String wireName) {
    for (TopicStatus s : values()) {
      if (s.wireName().equals(wireName)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
