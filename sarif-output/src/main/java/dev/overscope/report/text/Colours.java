package dev.overscope.report.text;

import dev.overscope.core.policy.Severity;

/** ANSI colours, or plain text when the output is not a terminal. */
final class Colours {
  private final boolean enabled;

  Colours(boolean enabled) {
    this.enabled = enabled;
  }

  String severity(Severity severity, String text) {
    return switch (severity) {
      case ERROR -> red(text);
      case WARNING -> yellow(text);
      case NOTE -> paint("36", text);
    };
  }

  String red(String text) {
    return paint("31;1", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String green(String text) {
    return paint("32", text);
  }

  String bold(String text) {
    return paint("1", text);
  }

  private String paint(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
