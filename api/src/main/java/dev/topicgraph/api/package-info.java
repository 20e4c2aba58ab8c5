/** The topicgraph API: the format SPI and priority scoring live in its sub-packages. */
package dev.topicgraph.api;
