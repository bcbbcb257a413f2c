package dev.overscope.core.scan;

import dev.overscope.core.source.GitHistorySource;
import dev.overscope.core.source.GitLocation;
import dev.overscope.core.source.HistoryScope;
import dev.overscope.core.source.Messages;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.PathFilter;
import dev.overscope.core.source.Source;
import dev.overscope.core.source.SourceException;
import dev.overscope.core.source.WorkingTreeSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which sources a request reads: the working tree unless the request is history-only, and the git history when the
 * root lies in a git repository. Asking for history outside a repository is an error unless it was only the default.
 */
record SourcePlan(List<Source> sources, List<Notice> notices) {

  static SourcePlan of(ScanRequest request, long maxFileSize) throws SourceException {
    HistoryScope history = request.history();
    PathFilter filter = PathFilter.of(request.config().paths().include(), request.config().paths().exclude());
    boolean historyAsked = history.enabled() && (!request.workingTree()
        || history.mode() != HistoryScope.Mode.ALL_REFS || history.allObjects());
    List<Source> sources = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    Optional<GitLocation> git = Optional.empty();
    if (history.enabled()) {
      try {
        git = GitLocation.find(request.root());
      } catch (IOException | RuntimeException e) {
        if (historyAsked) {
          throw new SourceException("cannot open the git repository at " + request.root() + ": "
              + Messages.oneLine(e), e);
        }
        notices.add(new Notice("", Notice.Kind.SOURCE_ERROR,
            "git repository unreadable, history not scanned: " + Messages.oneLine(e)));
      }
      if (git.isEmpty() && historyAsked) {
        throw new SourceException("not in a git repository: " + request.root() + " (" + history.describe()
            + " needs one)");
      }
    }
    boolean bare = git.map(GitLocation::bare).orElse(false);
    if (request.workingTree()) {
      if (bare) {
        notices.add(new Notice("", Notice.Kind.NOTE, "bare repository: no working tree, only the history scanned"));
      } else {
        WorkingTreeSource files = new WorkingTreeSource(request.root(), maxFileSize, filter);
        sources.add(git.isPresent() && history.enabled() ? files : files.withoutContentIds());
      }
    }
    git.ifPresent(location -> sources.add(
        new GitHistorySource(location, history, maxFileSize, request.threads()).withPathFilter(filter)
            .withDepth(request.config().limits().historyDepthCommits())));
    return new SourcePlan(List.copyOf(sources), List.copyOf(notices));
  }
}
