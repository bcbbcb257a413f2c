package dev.overscope.core.config;

import java.util.regex.Pattern;

/**
 * A gitignore-flavoured path glob over forward-slash relative paths: {@code *} and {@code ?} stay inside one path
 * segment, {@code **} crosses segments, and a leading {@code **}{@code /} also matches at the top level, so
 * {@code **}{@code /CLAUDE.md} matches {@code CLAUDE.md} and {@code docs/CLAUDE.md}.
 */
public final class Glob {
  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  public static Glob compile(String glob) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        regex.append(slashFollows ? "(?:.*/)?" : ".*");
        i += slashFollows ? 3 : 2;
        continue;
      }
      if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return new Glob(glob, Pattern.compile(regex.toString()));
  }

  public boolean matches(String relativePath) {
    return pattern.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
