package dev.topicgraph.model.internal;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A graph's feedback events stored in columns: not part of the public API. The model exports this
 * package to {@code dev.topicgraph.api} only, so that scoring can read the columns without going
 * through {@link Feedback} values.
 *
 * <p><b>Layout.</b> Events have <em>positions</em> {@code 0 .. size() - 1}, grouped by topic (topics
 * in id order, {@link #topicStart(int)}) and, within a topic, in {@link Feedback#NEWEST_LAST} order
 * (at, then id: ids are unique in a graph, so this is the whole order). Per position: the instant
 * (epoch seconds and nanoseconds), the interest and opt-in packed in one byte, the reviewer's index
 * into a sorted table of distinct reviewers (so comparing indexes compares reviewer ids), and the
 * event id, packed as ASCII bytes. {@link #byId(int)} lists the positions in id order, so a lookup by
 * id is a binary search over it; {@link #byReviewer(int)} lists each topic's positions by reviewer,
 * then in {@code NEWEST_LAST} order, which is the order scoring sums in. Comments are sparse: packed
 * as UTF-8 with the positions that have one.
 *
 * <p>The layout is canonical (a function of the set of events), so two column sets are equal exactly
 * when they hold equal events. Immutable and thread-safe; the arrays returned by accessors are never
 * copied, and callers must not change them.
 */
public final class FeedbackColumns {
  private static final int INTEREST_MASK = 7;
  private static final int OPT_IN = 8;

  private final NodeId[] topics;
  private final int[] topicStart;
  private final String[] reviewers;
  private final int[] reviewer;
  private final int[] byReviewer;
  /** Epoch seconds as {@code secondsBase + secondsDelta[p]}, or in {@code seconds} when the range is too wide. */
  private final long secondsBase;
  private final int[] secondsDelta;
  private final long[] seconds;
  private final int[] nanos;
  private final byte[] flags;
  private final byte[] idBytes;
  private final int[] idStart;
  private final int[] byId;
  private final int[] commentAt;
  private final byte[] commentBytes;
  private final int[] commentStart;

  private FeedbackColumns(NodeId[] topics, int[] topicStart, String[] reviewers, int[] reviewer, int[] byReviewer,
      long secondsBase, int[] secondsDelta, long[] seconds, int[] nanos, byte[] flags, byte[] idBytes, int[] idStart,
      int[] byId, int[] commentAt, byte[] commentBytes, int[] commentStart) {
    this.topics = topics;
    this.topicStart = topicStart;
    this.reviewers = reviewers;
    this.reviewer = reviewer;
    this.byReviewer = byReviewer;
    this.secondsBase = secondsBase;
    this.secondsDelta = secondsDelta;
    this.seconds = seconds;
    this.nanos = nanos;
    this.flags = flags;
    this.idBytes = idBytes;
    this.idStart = idStart;
    this.byId = byId;
    this.commentAt = commentAt;
    this.commentBytes = commentBytes;
    this.commentStart = commentStart;
  }

  /**
   * Stores events in columns.
   *
   * @param sortedById the events, sorted by id, with unique ids, each id made of ASCII characters
   * @return the columns
   */
  public static FeedbackColumns of(List<Feedback> sortedById) {
    int n = sortedById.size();
    // Interned tables: distinct topics and reviewers, sorted, so that index order is id order.
    Map<NodeId, NodeId> topicSet = new HashMap<>();
    Map<String, String> reviewerSet = new HashMap<>();
    long minSecond = Long.MAX_VALUE;
    long maxSecond = Long.MIN_VALUE;
    for (Feedback f : sortedById) {
      topicSet.putIfAbsent(f.topic(), f.topic());
      reviewerSet.putIfAbsent(f.reviewer(), f.reviewer());
      long s = f.at().getEpochSecond();
      minSecond = Math.min(minSecond, s);
      maxSecond = Math.max(maxSecond, s);
    }
    NodeId[] topics = topicSet.values().toArray(new NodeId[0]);
    Arrays.sort(topics);
    String[] reviewers = reviewerSet.values().toArray(new String[0]);
    Arrays.sort(reviewers);
    Map<NodeId, Integer> topicIndex = new HashMap<>(topics.length * 2);
    for (int i = 0; i < topics.length; i++) {
      topicIndex.put(topics[i], i);
    }
    Map<String, Integer> reviewerIndex = new HashMap<>(reviewers.length * 2);
    for (int i = 0; i < reviewers.length; i++) {
      reviewerIndex.put(reviewers[i], i);
    }

    // Per event in id order: topic, then a counting sort by topic that keeps id order within a topic.
    int[] topicOfRank = new int[n];
    int[] topicStart = new int[topics.length + 1];
    for (int i = 0; i < n; i++) {
      topicOfRank[i] = topicIndex.get(sortedById.get(i).topic());
      topicStart[topicOfRank[i] + 1]++;
    }
    for (int t = 0; t < topics.length; t++) {
      topicStart[t + 1] += topicStart[t];
    }
    int[] rankAt = new int[n];
    int[] fill = Arrays.copyOf(topicStart, topics.length);
    for (int i = 0; i < n; i++) {
      rankAt[fill[topicOfRank[i]]++] = i;
    }
    long[] atSecond = new long[n];
    int[] atNano = new int[n];
    for (int i = 0; i < n; i++) {
      Instant at = sortedById.get(i).at();
      atSecond[i] = at.getEpochSecond();
      atNano[i] = at.getNano();
    }
    // Within a topic, by instant; the sort is stable, so events at one instant stay in id order.
    int[] buffer = new int[n];
    for (int t = 0; t < topics.length; t++) {
      mergeSort(rankAt, buffer, topicStart[t], topicStart[t + 1], (a, b) -> {
        int c = Long.compare(atSecond[a], atSecond[b]);
        return c != 0 ? c : Integer.compare(atNano[a], atNano[b]);
      });
    }

    boolean narrow = n == 0 || maxSecond - minSecond <= Integer.MAX_VALUE;
    long base = n == 0 ? 0 : minSecond;
    int[] secondsDelta = narrow ? new int[n] : null;
    long[] seconds = narrow ? null : new long[n];
    int[] nanos = new int[n];
    byte[] flags = new byte[n];
    int[] reviewer = new int[n];
    int[] idStart = new int[n + 1];
    int[] byId = new int[n];
    int idLength = 0;
    int comments = 0;
    for (Feedback f : sortedById) {
      idLength += f.id().length();
      comments += f.comment().isPresent() ? 1 : 0;
    }
    byte[] idBytes = new byte[idLength];
    int[] commentAt = new int[comments];
    int[] commentStart = new int[comments + 1];
    List<byte[]> commentList = new ArrayList<>(comments);
    int c = 0;
    int commentLength = 0;
    int offset = 0;
    for (int p = 0; p < n; p++) {
      int rank = rankAt[p];
      Feedback f = sortedById.get(rank);
      byId[rank] = p;
      if (narrow) {
        secondsDelta[p] = (int) (atSecond[rank] - base);
      } else {
        seconds[p] = atSecond[rank];
      }
      nanos[p] = atNano[rank];
      flags[p] = (byte) (f.interest() | (f.optIn() ? OPT_IN : 0));
      reviewer[p] = reviewerIndex.get(f.reviewer());
      idStart[p] = offset;
      String id = f.id();
      for (int k = 0; k < id.length(); k++) {
        idBytes[offset++] = (byte) id.charAt(k);
      }
      if (f.comment().isPresent()) {
        byte[] text = f.comment().get().getBytes(StandardCharsets.UTF_8);
        commentAt[c] = p;
        commentStart[c] = commentLength;
        commentList.add(text);
        commentLength += text.length;
        c++;
      }
    }
    idStart[n] = offset;
    commentStart[comments] = commentLength;
    byte[] commentBytes = new byte[commentLength];
    for (int k = 0; k < comments; k++) {
      byte[] text = commentList.get(k);
      System.arraycopy(text, 0, commentBytes, commentStart[k], text.length);
    }
    // Each topic's positions by reviewer; stable, so a reviewer's events stay in NEWEST_LAST order.
    int[] byReviewer = new int[n];
    for (int p = 0; p < n; p++) {
      byReviewer[p] = p;
    }
    for (int t = 0; t < topics.length; t++) {
      mergeSort(byReviewer, buffer, topicStart[t], topicStart[t + 1], (a, b) -> Integer.compare(reviewer[a], reviewer[b]));
    }
    return new FeedbackColumns(topics, topicStart, reviewers, reviewer, byReviewer, base, secondsDelta, seconds, nanos,
        flags, idBytes, idStart, byId, commentAt, commentBytes, commentStart);
  }

  /** Compares two ints. */
  private interface IntOrder {
    int compare(int a, int b);
  }

  /** A stable merge sort of {@code a[from, to)}. */
  private static void mergeSort(int[] a, int[] buffer, int from, int to, IntOrder order) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && order.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid, order);
    mergeSort(a, buffer, mid, to, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && order.compare(buffer[i], buffer[j]) <= 0) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }

  /**
   * Returns the number of events.
   *
   * @return the number of events
   */
  public int size() {
    return flags.length;
  }

  /**
   * Returns the number of distinct topics that have feedback.
   *
   * @return the number of topics
   */
  public int topicCount() {
    return topics.length;
  }

  /**
   * Returns a topic by its index.
   *
   * @param t a topic index, {@code 0 .. topicCount() - 1}
   * @return the topic's id
   */
  public NodeId topic(int t) {
    return topics[t];
  }

  /**
   * Returns the index of a topic.
   *
   * @param topic a topic id
   * @return its index, or a negative number if no event is about it
   */
  public int topicIndex(NodeId topic) {
    return Arrays.binarySearch(topics, topic);
  }

  /**
   * Returns the first position of a topic's events; {@code topicStart(t + 1)} is one past its last.
   *
   * @param t a topic index, {@code 0 .. topicCount()}
   * @return a position
   */
  public int topicStart(int t) {
    return topicStart[t];
  }

  /**
   * Returns the topic index of a position.
   *
   * @param p a position
   * @return the index of the event's topic
   */
  public int topicAt(int p) {
    int i = Arrays.binarySearch(topicStart, p);
    // Every stored topic has events, so the starts rise strictly.
    return i >= 0 ? i : -i - 2;
  }

  /**
   * Returns the number of distinct reviewers.
   *
   * @return the number of reviewers
   */
  public int reviewerCount() {
    return reviewers.length;
  }

  /**
   * Returns a reviewer by index; index order is the order of the reviewers' ids.
   *
   * @param r a reviewer index
   * @return the reviewer's id
   */
  public String reviewer(int r) {
    return reviewers[r];
  }

  /**
   * Returns the reviewer index of a position.
   *
   * @param p a position
   * @return the reviewer index
   */
  public int reviewerAt(int p) {
    return reviewer[p];
  }

  /**
   * Returns the {@code i}-th position of the permutation that lists each topic's positions by reviewer
   * index, then in {@link Feedback#NEWEST_LAST} order; the permutation keeps each topic's range.
   *
   * @param i an index into the permutation, {@code 0 .. size() - 1}
   * @return a position
   */
  public int byReviewer(int i) {
    return byReviewer[i];
  }

  /**
   * Returns the epoch second of a position's instant.
   *
   * @param p a position
   * @return the epoch second
   */
  public long epochSecond(int p) {
    return seconds == null ? secondsBase + secondsDelta[p] : seconds[p];
  }

  /**
   * Returns the nanosecond of a position's instant.
   *
   * @param p a position
   * @return 0 to 999,999,999
   */
  public int nano(int p) {
    return nanos[p];
  }

  /**
   * Returns the interest of a position.
   *
   * @param p a position
   * @return 1 to 5
   */
  public int interest(int p) {
    return flags[p] & INTEREST_MASK;
  }

  /**
   * Returns the opt-in of a position.
   *
   * @param p a position
   * @return whether the event opted in
   */
  public boolean optIn(int p) {
    return (flags[p] & OPT_IN) != 0;
  }

  /**
   * Returns the position of the {@code rank}-th event in id order.
   *
   * @param rank 0 for the smallest id
   * @return a position
   */
  public int byId(int rank) {
    return byId[rank];
  }

  /**
   * Returns the position of the event with an id.
   *
   * @param id an event id
   * @return its position, or -1 if there is none
   */
  public int positionOf(String id) {
    int lo = 0;
    int hi = byId.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compareId(byId[mid], id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return byId[mid];
      }
    }
    return -1;
  }

  private int compareId(int p, String id) {
    int from = idStart[p];
    int length = idStart[p + 1] - from;
    int common = Math.min(length, id.length());
    for (int k = 0; k < common; k++) {
      int c = Character.compare((char) (idBytes[from + k] & 0xFF), id.charAt(k));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(length, id.length());
  }

  /**
   * Returns the id of a position's event.
   *
   * @param p a position
   * @return the event id
   */
  public String id(int p) {
    return new String(idBytes, idStart[p], idStart[p + 1] - idStart[p], StandardCharsets.ISO_8859_1);
  }

  /**
   * Returns a position's event as a value.
   *
   * @param p a position
   * @return the event
   */
  public Feedback feedback(int p) {
    return feedback(p, topicAt(p));
  }

  /**
   * Returns a position's event as a value, its topic index known.
   *
   * @param p a position
   * @param t the position's topic index
   * @return the event
   */
  public Feedback feedback(int p, int t) {
    Feedback.Builder b = Feedback.builder();
    b.id(id(p))
        .topic(topics[t])
        .reviewer(reviewers[reviewer[p]])
        .interest(interest(p))
        .optIn(optIn(p))
        .at(Instant.ofEpochSecond(epochSecond(p), nanos[p]));
    int c = Arrays.binarySearch(commentAt, p);
    if (c >= 0) {
      b.comment(new String(commentBytes, commentStart[c], commentStart[c + 1] - commentStart[c],
          StandardCharsets.UTF_8));
    }
    return b.build();
  }

  /**
   * Returns the events in id order, as a list view that makes each value when it is read.
   *
   * @return an unmodifiable list
   */
  public List<Feedback> inIdOrder() {
    return new IdOrder(this);
  }

  /**
   * Returns a topic's events in {@link Feedback#NEWEST_LAST} order.
   *
   * @param t a topic index
   * @return an unmodifiable list of values
   */
  public List<Feedback> onTopic(int t) {
    int from = topicStart[t];
    int to = topicStart[t + 1];
    Feedback[] out = new Feedback[to - from];
    for (int p = from; p < to; p++) {
      out[p - from] = feedback(p, t);
    }
    return List.of(out);
  }

  /**
   * Returns whether another object holds the same events in columns.
   *
   * @param o another object
   * @return {@code true} if the events are equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FeedbackColumns)) {
      return false;
    }
    FeedbackColumns c = (FeedbackColumns) o;
    return flags.length == c.flags.length
        && Arrays.equals(flags, c.flags)
        && Arrays.equals(nanos, c.nanos)
        && secondsBase == c.secondsBase
        && Arrays.equals(secondsDelta, c.secondsDelta)
        && Arrays.equals(seconds, c.seconds)
        && Arrays.equals(topicStart, c.topicStart)
        && Arrays.equals(topics, c.topics)
        && Arrays.equals(reviewer, c.reviewer)
        && Arrays.equals(reviewers, c.reviewers)
        && Arrays.equals(idStart, c.idStart)
        && Arrays.equals(idBytes, c.idBytes)
        && Arrays.equals(commentAt, c.commentAt)
        && Arrays.equals(commentStart, c.commentStart)
        && Arrays.equals(commentBytes, c.commentBytes);
  }

  /**
   * Returns a hash of the events, consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = Arrays.hashCode(flags);
    h = 31 * h + Arrays.hashCode(nanos);
    h = 31 * h + Long.hashCode(secondsBase);
    h = 31 * h + Arrays.hashCode(secondsDelta);
    h = 31 * h + Arrays.hashCode(seconds);
    h = 31 * h + Arrays.hashCode(topicStart);
    h = 31 * h + Arrays.hashCode(topics);
    h = 31 * h + Arrays.hashCode(reviewer);
    h = 31 * h + Arrays.hashCode(reviewers);
    h = 31 * h + Arrays.hashCode(idBytes);
    h = 31 * h + Arrays.hashCode(commentAt);
    return 31 * h + Arrays.hashCode(commentBytes);
  }

  /**
   * Returns a summary such as {@code FeedbackColumns{events=200, topics=4, reviewers=30}}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "FeedbackColumns{events=" + size() + ", topics=" + topics.length + ", reviewers=" + reviewers.length + "}";
  }

  /** The events in id order, each made when read. */
  private static final class IdOrder extends AbstractList<Feedback> implements RandomAccess {
    private final FeedbackColumns columns;

    IdOrder(FeedbackColumns columns) {
      this.columns = columns;
    }

    @Override
    public Feedback get(int index) {
      return columns.feedback(columns.byId[index]);
    }

    @Override
    public int size() {
      return columns.byId.length;
    }
  }
}
