package dev.overscope.detectors.scope;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON reader classifiers share, made on first use: a cold Jackson took 450 ms to set up, more than the rest of
 * a one-file scan, and classifiers need it only once a token of theirs has been found.
 */
final class JsonTrees {
  private JsonTrees() {}

  /** Initialised when first asked for (the holder idiom); an ObjectMapper is thread-safe once configured. */
  private static final class Holder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
  }

  static ObjectMapper mapper() {
    return Holder.MAPPER;
  }
}
