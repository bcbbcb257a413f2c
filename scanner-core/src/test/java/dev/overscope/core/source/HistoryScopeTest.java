package dev.overscope.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistoryScopeTest {

  @Test
  void aRangeReadsLikeGitsTwoDotNotation() {
    HistoryScope range = HistoryScope.parseRange("origin/main..feature");
    assertThat(range.base()).contains("origin/main");
    assertThat(range.tipOrHead()).isEqualTo("feature");
    assertThat(range.describe()).isEqualTo("git history origin/main..feature");
  }

  @Test
  void anEmptySideOfARangeMeansHead() {
    assertThat(HistoryScope.parseRange("v1.0..").tipOrHead()).isEqualTo("HEAD");
    assertThat(HistoryScope.parseRange("..topic").base()).contains("HEAD");
  }

  @Test
  void somethingThatIsNotATwoDotRangeIsRefused() {
    assertThatThrownBy(() -> HistoryScope.parseRange("main")).hasMessageContaining("A..B");
    assertThatThrownBy(() -> HistoryScope.parseRange("main...topic")).hasMessageContaining("A..B");
  }

  @Test
  void unreachableObjectsGoOnlyWithEveryRef() {
    assertThat(HistoryScope.allRefs().withAllObjects().allObjects()).isTrue();
    assertThatThrownBy(() -> HistoryScope.since("main").withAllObjects()).isInstanceOf(IllegalArgumentException.class);
  }
}
