package dev.overscope.report.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Actions runner's escaping: a path or message can never end a property or forge a second command. */
class GithubEscapingTest {
  @Test
  void propertiesEscapeColonsAndCommasBesidePercentAndLineBreaks() {
    assertThat(GithubAnnotationsWriter.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
  }

  @Test
  void messagesEscapePercentAndLineBreaksOnly() {
    assertThat(GithubAnnotationsWriter.data("a:b,c%d\r\n::error::forged")).isEqualTo("a:b,c%25d%0D%0A::error::forged");
  }

  @Test
  void otherControlCharactersNeverReachTheLogRaw() {
    assertThat(GithubAnnotationsWriter.property("clear\u001b[2J\tscreen.env"))
        .isEqualTo("clear\\x1b[2J\\x09screen.env");
  }
}
