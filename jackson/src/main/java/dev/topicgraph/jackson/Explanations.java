package dev.topicgraph.jackson;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.Explanation.Combination;
import dev.topicgraph.api.scoring.ScoredTopic;
import dev.topicgraph.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads explanations and scored topics from a token stream, rebuilding each node from its children. */
final class Explanations {
  private Explanations() {}

  /** The explanation at the parser's START_OBJECT. */
  static Explanation read(JsonParser p) {
    expect(p, JsonToken.START_OBJECT, "an object for an explanation");
    Double value = null;
    String description = null;
    Combination combination = null;
    List<Double> weights = List.of();
    double parameter = 0;
    List<Explanation> children = List.of();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "value":
          value = number(p, "value");
          break;
        case "description":
          expect(p, JsonToken.VALUE_STRING, "a string for \"description\"");
          description = p.getString();
          break;
        case "combination":
          expect(p, JsonToken.VALUE_STRING, "a string for \"combination\"");
          combination = combination(p);
          break;
        case "weights":
          weights = new ArrayList<>();
          expect(p, JsonToken.START_ARRAY, "an array of numbers for \"weights\"");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            weights.add(number(p, "weights"));
          }
          break;
        case "parameter":
          parameter = number(p, "parameter");
          break;
        case "details":
          children = new ArrayList<>();
          expect(p, JsonToken.START_ARRAY, "an array of explanations for \"details\"");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            children.add(read(p));
          }
          break;
        default:
          throw GraphDataExceptions.single(p, "json.unknown-field", "unknown field \"" + name + "\"; an explanation "
              + "has value, description, combination, weights, parameter and details");
      }
    }
    if (value == null || description == null || combination == null) {
      throw GraphDataExceptions.single(p, "json.missing-field", "an explanation needs \"value\", \"description\" "
          + "and \"combination\"");
    }
    Explanation e;
    try {
      e = build(combination, value, description, children, weights, parameter);
    } catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
      throw GraphDataExceptions.single(p, "json.invalid-value", "the explanation \"" + description + "\" cannot be "
          + "rebuilt: " + ex.getMessage());
    }
    if (Double.compare(e.value(), value) != 0) {
      throw GraphDataExceptions.single(p, "json.invalid-value", "the explanation \"" + description + "\" has the "
          + "value " + value + ", but its details give " + e.value());
    }
    return e;
  }

  private static Explanation build(Combination c, double value, String description, List<Explanation> children,
      List<Double> weights, double parameter) {
    switch (c) {
      case INPUT:
        return Explanation.input(value, description);
      case WEIGHTED_MEAN:
        return Explanation.weightedMean(description, children, weights);
      case SATURATION:
        one(children);
        return Explanation.saturation(description, children.get(0), parameter);
      case TOWARDS_ONE:
        if (children.size() != 2) {
          throw new IllegalArgumentException("it needs two details, not " + children.size());
        }
        return Explanation.towardsOne(description, children.get(0), children.get(1));
      case PRODUCT:
        return Explanation.product(description, children);
      case MIN:
        return Explanation.min(description, children);
      default:
        return Explanation.any(description, children);
    }
  }

  private static void one(List<Explanation> children) {
    if (children.size() != 1) {
      throw new IllegalArgumentException("it needs one detail, not " + children.size());
    }
  }

  private static Combination combination(JsonParser p) {
    String text = p.getString();
    try {
      return Combination.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw GraphDataExceptions.single(p, "json.invalid-value", "unknown combination \"" + text + "\"; expected "
          + "input, weighted-mean, saturation, towards-one, product, min or any");
    }
  }

  /** A scored or ranked topic at the parser's START_OBJECT. */
  static <T> T scored(JsonParser p, ReadOptions options, boolean ranked, TopicGraphModule.Ranking<T> make) {
    expect(p, JsonToken.START_OBJECT, "an object for a scored topic");
    Integer rank = null;
    Double score = null;
    Integer reviewers = null;
    Topic topic = null;
    Explanation explanation = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "rank":
          rank = whole(p, "rank");
          break;
        case "score":
          score = number(p, "score");
          break;
        case "reviewers":
          reviewers = whole(p, "reviewers");
          break;
        case "topic":
          topic = TopicGraphModule.read(p, RecordType.TOPIC, options);
          break;
        case "explanation":
          explanation = read(p);
          break;
        default:
          throw GraphDataExceptions.single(p, "json.unknown-field", "unknown field \"" + name + "\"; a scored topic "
              + "has rank, score, reviewers, topic and explanation");
      }
    }
    if (topic == null || explanation == null || reviewers == null || ranked && rank == null) {
      throw GraphDataExceptions.single(p, "json.missing-field", "a " + (ranked ? "ranked" : "scored") + " topic "
          + "needs " + (ranked ? "\"rank\", " : "") + "\"reviewers\", \"topic\" and \"explanation\"");
    }
    if (score != null && Double.compare(score, explanation.value()) != 0) {
      throw GraphDataExceptions.single(p, "json.invalid-value", "the score " + score + " is not the explanation's "
          + "value " + explanation.value());
    }
    try {
      return make.make(rank == null ? 0 : rank, ScoredTopic.of(topic, explanation, reviewers));
    } catch (IllegalArgumentException e) {
      throw GraphDataExceptions.single(p, "json.invalid-value", e.getMessage());
    }
  }

  private static void expect(JsonParser p, JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw GraphDataExceptions.single(p, "json.type", "expected " + what + ", found " + p.currentToken());
    }
  }

  private static double number(JsonParser p, String field) {
    if (!p.currentToken().isNumeric()) {
      throw GraphDataExceptions.single(p, "json.type", "expected a number for \"" + field + "\"");
    }
    return p.getDoubleValue();
  }

  private static int whole(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw GraphDataExceptions.single(p, "json.type", "expected a whole number for \"" + field + "\"");
    }
    return p.getIntValue();
  }
}
