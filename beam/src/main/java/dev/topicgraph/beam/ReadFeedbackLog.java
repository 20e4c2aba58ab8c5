package dev.topicgraph.beam;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Severity;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apiguardian.api.API;

/**
 * Reads the events of feedback log files ({@code docs/feedback-log.md}: JSON Lines, one event a line)
 * through Beam's file IO, so the files may be on any Beam file system: {@code
 * /data/feedback/*.jsonl}, {@code gs://bucket/feedback/2026-*.jsonl}, {@code s3://...}. Compressed
 * files ({@code .gz}, ...) are read by their extension.
 *
 * <pre>{@code
 * ReadFeedbackLog.Result log = pipeline.apply(ReadFeedbackLog.from("gs://bucket/feedback/*.jsonl"));
 * PCollection<Feedback> events = log.events();
 * PCollection<Diagnostic> problems = log.problems();   // the dead letters, file:line:column
 * }</pre>
 *
 * <p>Each line is checked as {@link FeedbackLog} checks it ({@link FeedbackLog#lineReader}), but a bad
 * line does not stop the job: its located error goes to {@link Result#problems()}, with the warnings
 * the log gives (an event in another day's file, a last line without its line break, unknown fields in
 * lenient mode), and the other lines count. Each id counts once, as in the log: the first event with
 * it, in the order of the files' paths (for one log folder, the order of its days), then of their
 * lines. An event delivered twice therefore counts once. Every file the glob matches is read,
 * whatever its name: match the log's day files only ({@code *.jsonl}), not the other files a log
 * folder may hold.
 *
 * <p>Immutable and thread-safe; the transform may be applied to several pipelines.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReadFeedbackLog extends PTransform<PBegin, ReadFeedbackLog.Result> {
  private static final long serialVersionUID = 1L;

  /** The longest line read: a line longer than a whole log's default document is not an event. */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** How many groups the work is split into unless {@link #withGroups(int)} says otherwise. */
  public static final int DEFAULT_GROUPS = 1024;

  private static final TupleTag<KV<Integer, LoggedEvent>> EVENTS = new TupleTag<>("events");
  private static final TupleTag<Diagnostic> PROBLEMS = new TupleTag<>("problems");

  /** The files read. */
  private final String glob;
  /** How strictly the events are read. */
  private final ValidationMode mode;
  /** How many groups the files are read in and the ids matched in. */
  private final int groups;

  private ReadFeedbackLog(String glob, ValidationMode mode, int groups) {
    this.glob = glob;
    this.mode = mode;
    this.groups = groups;
  }

  /**
   * Returns a transform that reads the log files a glob matches. A glob with a wildcard that matches
   * nothing reads no events; a file name without one must exist.
   *
   * @param glob a file pattern of any Beam file system, such as {@code gs://bucket/feedback/*.jsonl}
   * @return the transform, reading in lenient mode ({@link ReadOptions#defaults()}), as {@code rank
   *     --feedback} does
   * @throws IllegalArgumentException if the glob is empty
   */
  public static ReadFeedbackLog from(String glob) {
    requireNonNull(glob, "glob");
    if (glob.isBlank()) {
      throw new IllegalArgumentException("the glob of the feedback log files is empty");
    }
    return new ReadFeedbackLog(glob, ValidationMode.LENIENT, DEFAULT_GROUPS);
  }

  /**
   * Returns this transform reading in another validation mode: in strict mode an unknown field makes a
   * line an error; in lenient mode it is a warning, and the event counts.
   *
   * @param mode the mode
   * @return a new transform
   */
  public ReadFeedbackLog withValidationMode(ValidationMode mode) {
    return new ReadFeedbackLog(glob, requireNonNull(mode, "mode"), groups);
  }

  /**
   * Returns this transform splitting its work into another number of groups: the files are read in
   * that many groups, each group's files one after another, and events are matched by id in that many
   * groups, every event with one id in one group (in memory, as the first of each id is found). More
   * groups let more workers share the work and hold less each; the DirectRunner, which copies a
   * group's values for every bundle that adds to it, runs faster with a few ({@code docs/beam.md}).
   *
   * @param groups how many groups, 1 or more; {@value #DEFAULT_GROUPS} by default
   * @return a new transform
   * @throws IllegalArgumentException if {@code groups} is less than 1
   */
  public ReadFeedbackLog withGroups(int groups) {
    if (groups < 1) {
      throw new IllegalArgumentException("the work is split into 1 group or more, not " + groups);
    }
    return new ReadFeedbackLog(glob, mode, groups);
  }

  /**
   * Returns the glob of the files read.
   *
   * @return the glob
   */
  public String glob() {
    return glob;
  }

  @Override
  public Result expand(PBegin input) {
    int n = groups;
    PCollectionTuple read = input
        .apply("MatchFiles", FileIO.match().filepattern(glob)
            .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
        .apply("FileGroups", ParDo.of(new FileGroup(n)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoderV2.of()))
        .apply("GroupFiles", GroupByKey.create())
        .apply("Files", Values.create())
        .apply("EachFile", Flatten.iterables())
        .apply("OpenFiles", FileIO.readMatches())
        .apply("ReadLines", ParDo.of(new ReadLines(mode, n)).withOutputTags(EVENTS, TupleTagList.of(PROBLEMS)));
    PCollection<KV<Integer, LoggedEvent>> byId = read.get(EVENTS)
        .setCoder(KvCoder.of(VarIntCoder.of(), LoggedEvent.Coder.of()));
    PCollection<Diagnostic> problems = read.get(PROBLEMS).setCoder(DiagnosticCoder.of());
    PCollection<Feedback> events = byId
        .apply("GroupById", GroupByKey.create())
        .apply("FirstOfEachId", ParDo.of(new FirstOfEachId()))
        .setCoder(FeedbackCoder.of());
    return new Result(input.getPipeline(), events, problems);
  }

  /** The group of a name, such as an event's id: the same for every equal name. */
  static int group(String name, int groups) {
    return Math.floorMod(name.hashCode(), groups);
  }

  /** Each file with its group, by its path. */
  static final class FileGroup extends DoFn<MatchResult.Metadata, KV<Integer, MatchResult.Metadata>> {
    private static final long serialVersionUID = 1L;
    private final int groups;

    FileGroup(int groups) {
      this.groups = groups;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, OutputReceiver<KV<Integer, MatchResult.Metadata>> out) {
      out.output(KV.of(group(file.resourceId().toString(), groups), file));
    }
  }

  /** Of the events of one group with one id, the one the log reads first. */
  static final class FirstOfEachId extends DoFn<KV<Integer, Iterable<LoggedEvent>>, Feedback> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<LoggedEvent>> group, OutputReceiver<Feedback> out) {
      Map<String, LoggedEvent> first = new HashMap<>();
      for (LoggedEvent e : group.getValue()) {
        first.merge(e.event.id(), e, (a, b) -> a.isBefore(b) ? a : b);
      }
      for (LoggedEvent e : first.values()) {
        out.output(e.event);
      }
    }
  }

  /**
   * Reads the lines of one file, each on its own, sending each event keyed by its id's group and each problem
   * to the problems.
   */
  static final class ReadLines extends DoFn<FileIO.ReadableFile, KV<Integer, LoggedEvent>> {
    private static final long serialVersionUID = 1L;

    private final ValidationMode mode;
    private final int groups;
    private final Counter files = Metrics.counter("topicgraph", "log-files");
    private final Counter events = Metrics.counter("topicgraph", "log-events");
    private final Counter errors = Metrics.counter("topicgraph", "log-errors");
    private final Counter warnings = Metrics.counter("topicgraph", "log-warnings");

    ReadLines(ValidationMode mode, int groups) {
      this.mode = mode;
      this.groups = groups;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      OutputReceiver<KV<Integer, LoggedEvent>> sink = out.get(EVENTS);
      OutputReceiver<Diagnostic> problems = out.get(PROBLEMS);
      FeedbackLog.LineReader reader = FeedbackLog.lineReader(source, ReadOptions.builder().mode(mode).build(), w -> {
        warnings.inc();
        problems.output(w);
      });
      files.inc();
      try (InputStream in = Channels.newInputStream(file.open())) {
        Lines lines = new Lines(in);
        while (lines.next()) {
          if (lines.length > MAX_LINE_BYTES) {
            errors.inc();
            problems.output(Diagnostic.builder().severity(Severity.ERROR).code("log.limit")
                .message("a line of " + lines.length + " bytes: an event is far shorter, and a line longer than "
                    + MAX_LINE_BYTES + " bytes is skipped")
                .source(source).line(lines.number).column(1).build());
            continue;
          }
          try {
            Optional<Feedback> e = reader.read(lines.number, lines.buffer, lines.start, lines.length, lines.lineBreak);
            if (e.isPresent()) {
              events.inc();
              sink.output(KV.of(group(e.get().id(), groups), new LoggedEvent(source, lines.number, e.get())));
            }
          } catch (FormatException bad) {
            errors.inc();
            bad.diagnostics().forEach(problems::output);
          }
        }
      }
    }
  }

  /**
   * The lines of a stream: after each {@link #next()}, the line's bytes are {@code buffer[start,
   * start + length)}, without the line break. A line longer than {@link #MAX_LINE_BYTES} is not kept:
   * its {@code length} is then more than that, and its bytes are not in the buffer.
   */
  static final class Lines {
    private final InputStream in;
    byte[] buffer = new byte[1 << 16];
    int start;
    int length;
    int number;
    boolean lineBreak;
    private int pos; // the first byte not yet returned
    private int end; // the end of the bytes read into the buffer
    private boolean eof;

    Lines(InputStream in) {
      this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
      long dropped = 0; // bytes of this line left out because it is too long to be an event
      int scan = pos;
      while (true) {
        for (int i = scan; i < end; i++) {
          if (buffer[i] == '\n') {
            return found(dropped, i - pos, true, i + 1);
          }
        }
        if (eof) {
          return pos < end || dropped > 0 ? found(dropped, end - pos, false, end) : false;
        }
        if (end - pos > MAX_LINE_BYTES) {
          dropped += end - pos;
          pos = end;
        }
        if (pos > 0) {
          System.arraycopy(buffer, pos, buffer, 0, end - pos);
          end -= pos;
          pos = 0;
        }
        scan = end;
        if (end == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
          eof = true;
        } else {
          end += n;
        }
      }
    }

    private boolean found(long dropped, int kept, boolean lineBreak, int next) {
      number++;
      start = pos;
      length = (int) Math.min(Integer.MAX_VALUE, dropped + kept);
      this.lineBreak = lineBreak;
      pos = next;
      return true;
    }
  }

  /** What {@link ReadFeedbackLog} reads: the events, each id once, and the problems. Immutable and thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Result implements POutput {
    private static final TupleTag<Feedback> EVENTS_TAG = new TupleTag<>("events");
    private static final TupleTag<Diagnostic> PROBLEMS_TAG = new TupleTag<>("problems");

    private final Pipeline pipeline;
    private final PCollection<Feedback> events;
    private final PCollection<Diagnostic> problems;

    Result(Pipeline pipeline, PCollection<Feedback> events, PCollection<Diagnostic> problems) {
      this.pipeline = pipeline;
      this.events = events;
      this.problems = problems;
    }

    /**
     * Returns the events: every valid event of the files, each id once (the first in the log).
     *
     * @return the events
     */
    public PCollection<Feedback> events() {
      return events;
    }

    /**
     * Returns the problems, each located at its file, line and column: the errors of the lines that
     * were skipped (the dead letters), and the warnings of lines that counted.
     *
     * @return the problems, in no particular order
     */
    public PCollection<Diagnostic> problems() {
      return problems;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(EVENTS_TAG, events, PROBLEMS_TAG, problems);
    }

    @Override
    public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {
      // Both collections are finished by the transforms that made them.
    }
  }
}
