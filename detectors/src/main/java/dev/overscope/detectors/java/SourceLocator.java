package dev.overscope.detectors.java;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a parser's line and column (1-based, columns in UTF-16 code units, end inclusive) back to offsets in the
 * blob's bytes, so spans and line text come from {@link ByteText} exactly as the regex engine reports them.
 */
final class SourceLocator {
  private final ByteText text;
  private int[] lineStarts;

  SourceLocator(ByteText text) {
    this.text = text;
  }

  /** The span a user sees for {@code node}, or empty when the parser kept no range for it. */
  Optional<TextSpan> span(Node node) {
    return node.getRange().map(this::span);
  }

  TextSpan span(Range range) {
    int start = offset(range.begin);
    // The parser's end is inclusive: the exclusive end is the column after it.
    int end = offset(new Position(range.end.line, range.end.column + 1));
    return TextSpan.of(text.position(start), text.position(Math.max(start, end)));
  }

  /** The source line holding the start of {@code node}. */
  String lineText(Node node) {
    return node.getRange().map(range -> text.lineAround(offset(range.begin), dev.overscope.core.rule.Candidate.LINE_CONTEXT)).orElse("");
  }

  /** Byte offset of a 1-based line and UTF-16 column, clamped to the line. */
  int offset(Position position) {
    int[] starts = lineStarts();
    int line = Math.min(Math.max(position.line, 1), starts.length) - 1;
    int offset = starts[line];
    int units = position.column - 1;
    while (units > 0 && offset < text.length() && text.charAt(offset) != '\n') {
      int lead = text.charAt(offset);
      int bytes = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      units -= bytes == 4 ? 2 : 1;
      offset = Math.min(text.length(), offset + bytes);
    }
    return offset;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }
    return lineStarts;
  }
}
