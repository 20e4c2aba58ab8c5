/**
 * The {@code topicgraph} command line, packaged as {@code examples/target/topicgraph.jar}. {@link
 * dev.topicgraph.cli.Main} is the entry point; every command has {@code --help}. Exit codes: 0
 * success, 1 invalid input (diagnostics on standard error as {@code file:line:column: severity code:
 * message}), 2 usage error.
 */
package dev.topicgraph.cli;
