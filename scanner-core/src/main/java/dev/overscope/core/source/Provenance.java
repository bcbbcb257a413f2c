package dev.overscope.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the history says about a secret-bearing blob beyond one commit: which refs reach it and whether HEAD still
 * holds it. Computed only for blobs that matched.
 *
 * @param refs short names of the refs (branches, tags, remote-tracking refs, stash entries) whose history holds it
 * @param atHead whether HEAD's tree still holds it
 * @param removedIn when {@code atHead} is {@link AtHead#REMOVED}: the commit on HEAD's first-parent line that took it
 *     out, when known
 */
public record Provenance(List<String> refs, AtHead atHead, Optional<String> removedIn) {

  /** Whether HEAD still holds the content. */
  public enum AtHead {
    /** HEAD's tree holds it: a checkout shows it. */
    PRESENT,
    /** It was on HEAD's line and a later commit there removed or changed it. */
    REMOVED,
    /** Only other refs (branches, tags, stash) ever held it. */
    NOT_ON_HEAD,
    /** Not computed (unreachable object, repository without HEAD, provenance failed). */
    UNKNOWN
  }

  public Provenance {
    refs = List.copyOf(refs);
    Objects.requireNonNull(atHead, "atHead");
    Objects.requireNonNull(removedIn, "removedIn");
  }

  public static Provenance unknown() {
    return new Provenance(List.of(), AtHead.UNKNOWN, Optional.empty());
  }

  /**
   * Combines what two versions of a file say about the same secret, {@code later} being the newer version: the
   * secret is at HEAD if either is, and it left HEAD with the later version's removal.
   */
  public Provenance mergedWith(Provenance later) {
    TreeSet<String> allRefs = new TreeSet<>(refs);
    allRefs.addAll(later.refs);
    AtHead merged = atHead.ordinal() <= later.atHead.ordinal() ? atHead : later.atHead;
    Optional<String> removal = merged != AtHead.REMOVED ? Optional.empty()
        : later.atHead == AtHead.REMOVED ? later.removedIn.or(() -> removedIn) : removedIn;
    return new Provenance(List.copyOf(allRefs), merged, removal);
  }
}
