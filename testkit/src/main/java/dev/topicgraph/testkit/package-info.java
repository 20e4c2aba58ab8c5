/**
 * Test support for topicgraph: seeded generators, domain-aware shrinking and property checks.
 *
 * <ul>
 *   <li>{@link dev.topicgraph.testkit.Gen}: a generator is a function of a seeded random source and a
 *       size, with combinators; {@link dev.topicgraph.testkit.Generators} has one for every model
 *       type, for whole valid graphs and for invalid field values ({@link
 *       dev.topicgraph.testkit.InvalidField}); {@link dev.topicgraph.testkit.Defects} makes invalid
 *       graphs.
 *   <li>{@link dev.topicgraph.testkit.GraphShrinker}: reduces a failing graph to a minimal one that is
 *       still valid.
 *   <li>{@link dev.topicgraph.testkit.Property}: runs a check over many seeded trials from a JUnit 5
 *       test (or any other), shrinks the first counterexample and prints how to replay it.
 *   <li>{@link dev.topicgraph.testkit.GraphDiff}: how two graphs differ, field by field.
 *   <li>{@link dev.topicgraph.testkit.FormatConformanceTest}: the contract every format meets, as a
 *       JUnit 5 test class to extend.
 * </ul>
 *
 * <p>No property-testing engine is used underneath; generators can be wrapped in one if a test
 * writer prefers.
 */
package dev.topicgraph.testkit;
