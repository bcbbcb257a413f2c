package dev.overscope.core.source;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevBlob;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git history: every unique blob reachable from every ref (or added in a range, or staged), read once however
 * many commits and paths hold it. No patches are made; each commit is compared with its first parent by tree id,
 * and only the blobs it changes are looked at. Provenance (introducing commit, paths, refs, presence at HEAD) is
 * computed afterwards, and only for the blobs that matched: see {@link #provenance}.
 */
public final class GitHistorySource implements Source {
  private final GitLocation location;
  private final HistoryScope scope;
  private final long maxFileSize;
  private final int threads;
  private final PathFilter paths;
  /** How many commits the walk takes at most (the newest first), from {@code limits.history-depth}. */
  private final Optional<Integer> depth;

  /** @param threads how many threads read blobs while the walk goes on; 1 reads them on the calling thread */
  public GitHistorySource(GitLocation location, HistoryScope scope, long maxFileSize, int threads) {
    this(location, scope, maxFileSize, threads, PathFilter.ALL, Optional.empty());
  }

  private GitHistorySource(GitLocation location, HistoryScope scope, long maxFileSize, int threads,
      PathFilter paths, Optional<Integer> depth) {
    if (!scope.enabled()) {
      throw new IllegalArgumentException("history scope is NONE");
    }
    this.location = location;
    this.scope = scope;
    this.maxFileSize = maxFileSize;
    this.threads = threads;
    this.paths = paths;
    this.depth = depth;
  }

  /** The same source, reading only paths the configuration's {@code paths:} globs take (relative to the root). */
  public GitHistorySource withPathFilter(PathFilter filter) {
    return new GitHistorySource(location, scope, maxFileSize, threads, filter, depth);
  }

  /**
   * The same source, walking at most {@code commits} commits, newest first; what lies further back is reported as
   * not scanned. A secret still in the tree is found there whatever the depth.
   */
  public GitHistorySource withDepth(Optional<Integer> commits) {
    return new GitHistorySource(location, scope, maxFileSize, threads, paths, commits);
  }

  @Override
  public String describe() {
    return scope.describe() + " of " + location.gitDir();
  }

  /**
   * Reads the history. A repository that cannot be opened or a revision that does not exist throws; damage inside
   * the history (missing objects, a corrupt pack, a shallow boundary) becomes notices, and the rest is scanned.
   */
  @Override
  public void read(BlobVisitor visitor) throws SourceException {
    PackCache.sizeForHistoryScans();
    try (Repository repository = location.open()) {
      noticeShallow(repository, visitor);
      if (scope.mode() == HistoryScope.Mode.STAGED) {
        StagedChanges.read(repository, location, visitor, maxFileSize);
        return;
      }
      try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
          BlobReaders blobs = new BlobReaders(repository, visitor, maxFileSize, threads)) {
        new Reading(repository, walk, visitor, blobs).run();
        blobs.finish();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceException("history scan interrupted");
      }
    } catch (IOException e) {
      throw new SourceException("cannot read the git repository " + location.gitDir() + ": " + Messages.oneLine(e), e);
    }
  }

  /**
   * For each given blob id: one origin per path it was added at, naming the first commit that added it there, with
   * the refs that reach it and whether HEAD still holds it. Blobs the history does not hold are absent.
   */
  public Map<String, List<CommitOrigin>> provenance(Collection<String> blobIds) throws SourceException {
    try (Repository repository = location.open()) {
      return new ProvenanceResolver(repository, scope, location.prefix()).resolve(blobIds);
    } catch (IOException e) {
      throw new SourceException("cannot trace history provenance: " + Messages.oneLine(e), e);
    }
  }

  private static void noticeShallow(Repository repository, BlobVisitor visitor) throws IOException {
    Set<?> shallow = repository.getObjectDatabase().getShallowCommits();
    if (!shallow.isEmpty()) {
      visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE, "shallow clone: history stops at "
          + shallow.size() + " boundary commit(s), older commits were not scanned (fetch with --unshallow, or"
          + " fetch-depth: 0 in CI, to scan them)"));
    }
  }

  /** One scan of the history; holds the walk's state. */
  private final class Reading implements ChangedBlobWalk.Listener {
    private long commitsTaken;
    private boolean depthReached;
    private final Repository repository;
    private final RevWalk walk;
    private final BlobVisitor visitor;
    private final BlobReaders blobs;
    private final RevFlag scanned;
    private final RevFlag excluded;
    private final MutableObjectId entryId = new MutableObjectId();
    private final Set<String> submodules = new TreeSet<>();
    private RevCommit originCommit;
    private String author;
    private Instant authorTime;
    private String subject;

    Reading(Repository repository, RevWalk walk, BlobVisitor visitor, BlobReaders blobs) {
      this.repository = repository;
      this.walk = walk;
      this.visitor = visitor;
      this.blobs = blobs;
      this.scanned = walk.newFlag("scanned");
      this.excluded = walk.newFlag("excluded");
      walk.retainOnReset(excluded);
      // Bodies (author, message) are parsed only for commits that bring new content: keeps memory flat.
      walk.setRetainBody(false);
    }

    void run() throws IOException, SourceException {
      HistoryStarts starts = HistoryStarts.resolve(repository, walk, scope);
      if (starts.starts.isEmpty() && starts.taggedObjects.isEmpty() && starts.missingTips == 0) {
        visitor.notice(new Notice("", Notice.Kind.NOTE, "the repository has no commits yet: no history to scan"));
        return;
      }
      if (!starts.bases.isEmpty()) {
        excludeBase(starts.bases);
      }
      walk.markStart(starts.starts);
      for (RevCommit base : starts.bases) {
        walk.markUninteresting(base);
      }
      ChangedBlobWalk changes = new ChangedBlobWalk(walk, location.prefix());
      changes.run(this);
      releaseBody();
      readTaggedObjects(starts.taggedObjects);
      if (scope.allObjects()) {
        UnreachableObjects.read(repository, walk, scanned, blobs, visitor, location.prefix());
      }
      reportLosses(starts, changes);
      if (depthReached) {
        visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE, "history read back " + depth.get()
            + " commits (limits.history-depth): older commits were not scanned"));
      }
    }

    /** In range mode, content the base already holds existed before the range: it is not this range's to report. */
    private void excludeBase(List<RevCommit> bases) throws IOException {
      // Every blob reachable from the base appears as a change of one of its commits: no blob is read here.
      walk.markStart(bases);
      MutableObjectId id = new MutableObjectId();
      ChangedBlobWalk baseWalk = new ChangedBlobWalk(walk, location.prefix());
      baseWalk.run((commit, entry) -> {
        if (isBlob(entry.getRawMode(ChangedBlobWalk.COMMIT))) {
          entry.getObjectId(id, ChangedBlobWalk.COMMIT);
          walk.lookupBlob(id).add(excluded);
        }
      });
      walk.reset();
      baseWalk.loss().ifPresent(loss -> visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE,
          "reading the range's base: " + loss + "; content from before the range may be reported")));
    }

    @Override
    public boolean keepsGoing() {
      if (depth.isPresent() && commitsTaken >= depth.get()) {
        depthReached = true;
        return false;
      }
      return visitor.wantsMore();
    }

    @Override
    public boolean wants(RevCommit commit) {
      commitsTaken++;
      return true;
    }

    @Override
    public void changed(RevCommit commit, TreeWalk entry) throws IOException {
      int mode = entry.getRawMode(ChangedBlobWalk.COMMIT);
      if (mode == FileMode.TYPE_GITLINK) {
        submodules.add(entry.getPathString());
        return;
      }
      if (!isBlob(mode) || (paths != PathFilter.ALL && !paths.includesFile(scanPath(entry.getPathString())))) {
        return;
      }
      entry.getObjectId(entryId, ChangedBlobWalk.COMMIT);
      RevBlob blob = walk.lookupBlob(entryId);
      if (blob.has(scanned) || blob.has(excluded)) {
        return;
      }
      blob.add(scanned);
      blobs.offer(blob, origin(commit, entry.getPathString()));
    }

    private String scanPath(String repoPath) {
      String prefix = location.prefix();
      return prefix.isEmpty() ? repoPath : repoPath.substring(prefix.length() + 1);
    }

    private CommitOrigin origin(RevCommit commit, String path) throws IOException {
      if (commit != originCommit) {
        releaseBody();
        walk.parseBody(commit);
        PersonIdent ident = commit.getAuthorIdent();
        originCommit = commit;
        author = CommitOrigin.bounded(ProvenanceResolver.describe(ident));
        authorTime = ident.getWhenAsInstant();
        subject = CommitOrigin.bounded(commit.getShortMessage());
      }
      return new CommitOrigin(commit.name(), path, author, authorTime, subject);
    }

    /** Commit bodies are only needed while the commit is the current origin: keep memory flat on long histories. */
    private void releaseBody() {
      if (originCommit != null) {
        originCommit.disposeBody();
      }
    }

    private void readTaggedObjects(List<Ref> tagged) throws IOException {
      for (Ref ref : tagged) {
        if (!visitor.wantsMore()) {
          return;
        }
        RevObject object = walk.parseAny(ref.getObjectId());
        while (object instanceof RevTag tag) {
          object = walk.peel(tag);
        }
        String name = HistoryStarts.shortName(ref);
        if (object instanceof RevBlob blob && !blob.has(scanned)) {
          blob.add(scanned);
          blobs.offer(blob, taggedOrigin(name, ""));
        } else if (!(object instanceof RevBlob)) {
          try (TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            tree.addTree(object);
            tree.setRecursive(true);
            while (visitor.wantsMore() && tree.next()) {
              RevBlob blob = walk.lookupBlob(tree.getObjectId(0)); // RevBlob: an immutable id for the readers
              if (isBlob(tree.getRawMode(0)) && !blob.has(scanned)) {
                blob.add(scanned);
                blobs.offer(blob, taggedOrigin(name, tree.getPathString()));
              }
            }
          }
        }
      }
    }

    private CommitOrigin taggedOrigin(String ref, String path) {
      return new CommitOrigin("", "(" + ref + ")" + (path.isEmpty() ? "" : ":" + path), "", Instant.EPOCH,
          "held by tag " + ref + " directly, in no commit",
          new Provenance(List.of(ref), Provenance.AtHead.NOT_ON_HEAD, java.util.Optional.empty()));
    }

    private void reportLosses(HistoryStarts starts, ChangedBlobWalk changes) {
      changes.loss().ifPresent(loss -> visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE, loss)));
      if (starts.missingTips > 0) {
        visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE,
            starts.missingTips + " ref(s) point to missing or unreadable objects; not scanned"));
      }
      for (String path : submodules) {
        visitor.notice(new Notice(path, Notice.Kind.NOTE,
            "submodule (gitlink) not entered: scan its own repository separately"));
      }
    }
  }

  static boolean isBlob(int mode) {
    int type = mode & FileMode.TYPE_MASK;
    return type == FileMode.TYPE_FILE || type == FileMode.TYPE_SYMLINK;
  }
}
