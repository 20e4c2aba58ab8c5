/** An example format plugin, written as a third party would: topicgraph documents in CBOR. */
package dev.topicgraph.examples.cbor;
