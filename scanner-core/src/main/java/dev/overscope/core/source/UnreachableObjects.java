package dev.overscope.core.source;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectDatabase;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Blobs in the object database that the walk of every ref did not reach: what a rebase, a reset, a dropped stash or
 * an amended commit left behind until garbage collection. Packs and loose objects are listed from disk.
 */
final class UnreachableObjects {
  private UnreachableObjects() {}

  static void read(Repository repository, RevWalk walk, RevFlag scanned, BlobReaders blobs, BlobVisitor visitor,
      String prefix) throws IOException {
    if (!prefix.isEmpty()) {
      visitor.notice(new Notice("", Notice.Kind.NOTE,
          "unreachable objects are read only when the repository's top directory is scanned"));
      return;
    }
    ObjectDatabase database = repository.getObjectDatabase();
    if (!(database instanceof ObjectDirectory directory)) {
      visitor.notice(new Notice("", Notice.Kind.NOTE, "this repository's storage cannot list unreachable objects"));
      return;
    }
    long unlisted = 0;
    for (ObjectId id : listAll(directory)) {
      if (!visitor.wantsMore()) {
        break;
      }
      RevObject known = walk.lookupOrNull(id);
      if (known != null && known.has(scanned)) {
        continue;
      }
      try {
        if (walk.getObjectReader().open(id).getType() == Constants.OBJ_BLOB) {
          known = walk.lookupBlob(id);
          known.add(scanned);
          blobs.offer(known, CommitOrigin.unreachable(id.name()));
        }
      } catch (MissingObjectException e) {
        unlisted++;
      } catch (IOException | RuntimeException e) {
        unlisted++;
      }
    }
    if (unlisted > 0) {
      visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE,
          unlisted + " object(s) listed in the object database could not be opened; not scanned"));
    }
  }

  private static List<ObjectId> listAll(ObjectDirectory directory) throws IOException {
    List<ObjectId> ids = new ArrayList<>();
    for (Pack pack : directory.getPacks()) {
      for (PackIndex.MutableEntry entry : pack) {
        ids.add(entry.toObjectId());
      }
    }
    File[] fanout = directory.getDirectory().listFiles();
    for (File dir : fanout == null ? new File[0] : fanout) {
      String prefix = dir.getName();
      if (prefix.length() != 2 || !dir.isDirectory()) {
        continue;
      }
      String[] names = dir.list();
      for (String name : names == null ? new String[0] : names) {
        if (ObjectId.isId(prefix + name)) {
          ids.add(ObjectId.fromString(prefix + name));
        }
      }
    }
    return ids;
  }
}
