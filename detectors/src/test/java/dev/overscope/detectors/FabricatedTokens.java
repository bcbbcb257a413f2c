package dev.overscope.detectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Token-shaped test values read from {@code fixtures/fabricated-tokens.properties}: the project scans itself, and a
 * literal token in a test source would be a finding, while the fixtures folder is allowlisted.
 */
public final class FabricatedTokens {
  private static final Properties TOKENS = load();

  private FabricatedTokens() {}

  /** The value named {@code key}; fails the test when the fixture does not define it. */
  public static String get(String key) {
    String value = TOKENS.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("fixtures/fabricated-tokens.properties has no '" + key + "'");
    }
    return value;
  }

  private static Properties load() {
    try (InputStream in = FabricatedTokens.class.getResourceAsStream("/fixtures/fabricated-tokens.properties")) {
      if (in == null) {
        throw new IllegalStateException("fixtures/fabricated-tokens.properties is not on the test class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
