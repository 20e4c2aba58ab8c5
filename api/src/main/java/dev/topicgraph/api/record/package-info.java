/**
 * The one description of the model's records, and the binding every record-based format goes
 * through.
 *
 * <p>{@link dev.topicgraph.api.record.RecordType} describes each record (node, section, source,
 * relation, topic, trade-off, feedback event): its fields in canonical order, their {@link
 * dev.topicgraph.api.record.FieldType types}, which are required, and how a record is built. A format
 * is then only its syntax: it reads through a {@link dev.topicgraph.api.record.SyntaxReader} into a
 * {@link dev.topicgraph.api.record.GraphAssembler}, which checks every value and reports problems
 * with their line, column and pointer, and writes through a {@link
 * dev.topicgraph.api.record.SyntaxWriter} fed by the {@link dev.topicgraph.api.record.RecordWriter}.
 * {@code docs/plugin-authors.md} walks through writing one.
 */
package dev.topicgraph.api.record;
