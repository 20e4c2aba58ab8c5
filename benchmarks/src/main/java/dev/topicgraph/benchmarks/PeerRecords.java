package dev.topicgraph.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON document as plain Java records, for the peer benchmark: what an application would write to
 * read the same bytes with Jackson databind. Each record mirrors one object of the document, field for
 * field, with the types a hand-written model would choose (numbers as numbers, dates as {@code
 * LocalDate}, instants as {@code Instant}); absent fields are {@code null}. Nothing is checked, shared
 * or indexed: that is what our reader adds.
 */
public final class PeerRecords {
  private PeerRecords() {}

  /**
   * The whole document.
   *
   * @param format the format version
   * @param nodes the nodes
   * @param relations the relations
   * @param topics the topics
   * @param feedback the feedback events
   */
  public record Document(String format, List<Node> nodes, List<Relation> relations, List<Topic> topics,
      List<Feedback> feedback) {}

  /**
   * A node of any kind.
   *
   * @param id the id
   * @param title the title
   * @param summary the summary
   * @param category a vendor's category
   * @param confidence the confidence
   * @param version the version
   * @param reviewed when it was last reviewed
   * @param tags the tags
   * @param sections the sections
   * @param sources the sources
   * @param extra the custom values
   */
  public record Node(String id, String title, String summary, String category, Double confidence, Integer version,
      LocalDate reviewed, List<String> tags, List<Section> sections, List<Source> sources, Map<String, String> extra) {}

  /**
   * A section of a node.
   *
   * @param heading the heading
   * @param body the body
   */
  public record Section(String heading, String body) {}

  /**
   * A source of a node.
   *
   * @param title the title
   * @param url the address
   * @param publisher the publisher
   * @param published when it was published
   */
  public record Source(String title, String url, String publisher, LocalDate published) {}

  /**
   * A relation.
   *
   * @param from the source node
   * @param type the relation type
   * @param to the target node
   * @param rationale why it holds
   */
  public record Relation(String from, String type, String to, String rationale) {}

  /**
   * A topic of the backlog.
   *
   * @param id the id
   * @param title the title
   * @param lens the lens
   * @param channels the channels
   * @param audience the audience
   * @param angle the angle
   * @param keyDecision the key decision
   * @param tradeoffs the trade-offs
   * @param openQuestions the open questions
   * @param drawsFrom the nodes it draws from
   * @param status the status
   * @param proposed when it was proposed
   * @param extra the custom values
   */
  public record Topic(String id, String title, String lens, List<String> channels, String audience, String angle,
      String keyDecision, List<Tradeoff> tradeoffs, List<String> openQuestions, List<String> drawsFrom,
      String status, LocalDate proposed, Map<String, String> extra) {}

  /**
   * A trade-off of a topic.
   *
   * @param left one side
   * @param right the other side
   */
  public record Tradeoff(String left, String right) {}

  /**
   * A feedback event.
   *
   * @param id the event id
   * @param topic the topic
   * @param reviewer the reviewer
   * @param interest the interest, 1 to 5
   * @param optIn whether the reviewer opted in
   * @param at when it was given
   * @param comment the comment
   */
  public record Feedback(String id, String topic, String reviewer, int interest, boolean optIn, Instant at,
      String comment) {}
}
