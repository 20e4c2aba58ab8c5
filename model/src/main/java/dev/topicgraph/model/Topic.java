package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A proposed article in the backlog: who it is for, its angle, the decision it helps with, the
 * trade-offs it maps, the questions still open and the nodes it draws from.
 *
 * <p>Its id has the kind {@code topic}, such as {@code topic.activation-api-ownership}. Create one
 * with {@link #builder()}; {@code id}, {@code title} and {@code proposed} are required. Immutable and
 * thread-safe; equality by content.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class Topic {
  Topic() {}

  /**
   * Returns the id of the topic.
   *
   * @return an id of kind {@code topic}
   */
  public abstract NodeId id();

  /**
   * Returns the working title of the article.
   *
   * @return single-line, non-empty text
   */
  public abstract String title();

  /**
   * Returns the lens the topic is seen through, a slug such as {@code org-structure}.
   *
   * @return the lens, if set
   */
  public abstract Optional<String> lens();

  /**
   * Returns the channels the article is meant for, slugs such as {@code blog} and {@code linkedin},
   * in order, none repeated.
   *
   * @return the channels, possibly empty
   */
  public abstract List<String> channels();

  /**
   * Returns the audience, such as {@code technical-marketing-leaders}.
   *
   * @return single-line text, if set
   */
  public abstract Optional<String> audience();

  /**
   * Returns the angle of the article.
   *
   * @return prose, empty when not written yet
   */
  @Value.Default
  public String angle() {
    return "";
  }

  /**
   * Returns the decision the article helps its reader make.
   *
   * @return single-line text, if set
   */
  public abstract Optional<String> keyDecision();

  /**
   * Returns the trade-offs the article maps, in order.
   *
   * @return the trade-offs, possibly empty
   */
  public abstract List<Tradeoff> tradeoffs();

  /**
   * Returns the questions still open, in order, each single-line text.
   *
   * @return the questions, possibly empty
   */
  public abstract List<String> openQuestions();

  /**
   * Returns the nodes the article draws from, in order, none repeated.
   *
   * @return node ids (never topic ids), possibly empty
   */
  public abstract List<NodeId> drawsFrom();

  /**
   * Returns where the topic stands in the editorial workflow.
   *
   * @return the status, {@link TopicStatus#PROPOSED} unless set
   */
  @Value.Default
  public TopicStatus status() {
    return TopicStatus.PROPOSED;
  }

  /**
   * Returns the day the topic was proposed.
   *
   * @return the date
   */
  public abstract LocalDate proposed();

  /**
   * Returns custom values kept with the topic, as {@link Node#extra()} describes.
   *
   * @return the custom values, possibly empty
   */
  public abstract Map<String, String> extra();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this topic's values.
   *
   * @return a builder holding a copy of this topic
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    if (id().kind() != NodeKind.TOPIC) {
      throw new InvalidValueException("id", id().value(), "must start with 'topic.' for a topic");
    }
    Checks.line("title", title());
    lens().ifPresent(l -> Checks.slug("lens", l));
    for (String c : channels()) {
      Checks.slug("channels", c);
    }
    Checks.distinct("channels", channels());
    audience().ifPresent(a -> Checks.line("audience", a));
    Checks.prose("angle", angle());
    keyDecision().ifPresent(k -> Checks.line("keyDecision", k));
    for (String q : openQuestions()) {
      Checks.line("openQuestions", q);
    }
    for (NodeId n : drawsFrom()) {
      if (n.kind() == NodeKind.TOPIC) {
        throw new InvalidValueException("drawsFrom", n.value(), "must be a node, not a topic");
      }
    }
    Checks.distinct("drawsFrom", drawsFrom());
    NodeRules.extra(extra());
  }

  /** Builds a {@link Topic}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}
  }
}
