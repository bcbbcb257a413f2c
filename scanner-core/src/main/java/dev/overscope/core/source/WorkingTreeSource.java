package dev.overscope.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;

/**
 * Every file under a root, git-ignored ones included (agents read {@code .env}); {@code .git/} excluded; symbolic
 * links never followed; binary and over-size files passed over with a notice. Folders are walked in name order with
 * one open directory at a time ({@link ListingFileWalk}); the walk ends early when the visitor wants no more blobs.
 * Each file is read, sniffed and hashed through {@link BlobVisitor#read}, on the scanner's threads while the walk
 * goes on: on the walking thread alone, reading and hashing the Linux sources kept both scanning threads waiting.
 */
public final class WorkingTreeSource implements Source {
  private final Path root;
  private final long maxFileSize;
  private final PathFilter filter;
  private final boolean contentIds;
  /** One per reading thread: a digest is not thread-safe, and making one per file costs a provider lookup. */
  private final ThreadLocal<GitBlobId> hashers = ThreadLocal.withInitial(GitBlobId::new);

  public WorkingTreeSource(Path root, long maxFileSize) {
    this(root, maxFileSize, PathFilter.ALL);
  }

  /** A source that reads only the files {@code filter} lets through, and never walks a folder it excludes. */
  public WorkingTreeSource(Path root, long maxFileSize, PathFilter filter) {
    this(root, maxFileSize, filter, true);
  }

  private WorkingTreeSource(Path root, long maxFileSize, PathFilter filter, boolean contentIds) {
    this.root = root.toAbsolutePath().normalize();
    this.maxFileSize = maxFileSize;
    this.filter = filter;
    this.contentIds = contentIds;
  }

  /**
   * The same source with blobs keyed by path instead of git's object id: for scans without history, where the id
   * pairs nothing and hashing cost 0.8 s of CPU on the Linux sources. Identical files are then scanned once each;
   * their findings still merge, by rule and secret.
   */
  public WorkingTreeSource withoutContentIds() {
    return new WorkingTreeSource(root, maxFileSize, filter, false);
  }

  /** True when every file under the root is read: no path filter narrows the walk. */
  public boolean readsWholeTree() {
    return filter == PathFilter.ALL;
  }

  @Override
  public String describe() {
    return "working tree " + root;
  }

  @Override
  public void read(BlobVisitor visitor) throws SourceException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new SourceException("path does not exist: " + root);
    }
    if (!Files.isReadable(root)) {
      throw new SourceException("path is not readable: " + root);
    }
    GitWorkTreeStatus status = readGitStatus(visitor).orElse(null);
    try {
      ListingFileWalk.walk(root, new Walker(visitor, status));
    } catch (IOException e) {
      throw new SourceException("cannot walk " + root + ": " + Messages.oneLine(e), e);
    } finally {
      hashers.remove();
    }
  }

  private Optional<GitWorkTreeStatus> readGitStatus(BlobVisitor visitor) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try {
      return GitWorkTreeStatus.read(root);
    } catch (IOException | RuntimeException e) {
      visitor.notice(new Notice("", Notice.Kind.SOURCE_ERROR,
          "git metadata unreadable, tracked/ignored status unknown: " + Messages.oneLine(e)));
      return Optional.empty();
    }
  }

  private final class Walker extends SimpleFileVisitor<Path> {
    private final BlobVisitor visitor;
    private final GitWorkTreeStatus status;
    /** The root as text and a separator: what every walked path starts with. */
    private final String rootPrefix = root + root.getFileSystem().getSeparator();

    Walker(BlobVisitor visitor, GitWorkTreeStatus status) {
      this.visitor = visitor;
      this.status = status;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!visitor.wantsMore()) {
        return FileVisitResult.TERMINATE;
      }
      if (!dir.equals(root) && Constants.DOT_GIT.equals(dir.getFileName().toString())) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (!dir.equals(root) && filter.excludesFolder(relative(dir))) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (!visitor.wantsMore()) {
        return FileVisitResult.TERMINATE;
      }
      String path = relative(file);
      if (!file.equals(root) && !filter.includesFile(path)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        visitor.notice(new Notice(path, Notice.Kind.SYMLINK, "symbolic link not followed"));
      } else if (!attrs.isRegularFile()) {
        visitor.notice(new Notice(path, Notice.Kind.SPECIAL_FILE, "not a regular file (FIFO, socket or device)"));
      } else if (attrs.size() > maxFileSize) {
        visitor.notice(new Notice(path, Notice.Kind.TOO_LARGE,
            "larger than the " + maxFileSize + "-byte limit (" + attrs.size() + " bytes)"));
      } else {
        long size = attrs.size();
        visitor.read(() -> readFile(file, path, size));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      visitor.notice(new Notice(relative(file), Notice.Kind.UNREADABLE, describe(e)));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        visitor.notice(new Notice(relative(dir), Notice.Kind.UNREADABLE, describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    private void readFile(Path file, String path, long listedSize) {
      if (!visitor.wantsMore()) {
        return;
      }
      byte[] content;
      try {
        content = readAtMost(file, listedSize, maxFileSize);
      } catch (IOException e) {
        visitor.notice(new Notice(path, Notice.Kind.UNREADABLE, describe(e)));
        return;
      }
      if (content == null) {
        visitor.notice(new Notice(path, Notice.Kind.TOO_LARGE, "grew past the " + maxFileSize + "-byte limit"));
      } else if (ContentSniffer.looksBinary(content)) {
        visitor.notice(new Notice(path, Notice.Kind.BINARY, "binary content"));
      } else {
        String id = contentIds ? hashers.get().of(content) : "path:" + path;
        Tracking tracking = status == null ? Tracking.NOT_IN_GIT : status.of(path);
        visitor.visit(new Blob(id, content), new FileOrigin(path, tracking));
      }
    }

    private String relative(Path file) {
      if (file.equals(root)) {
        return file.getFileName() == null ? "" : file.getFileName().toString();
      }
      // Cutting the root off the walked path's text, as relativize() would, without its per-segment work.
      String text = file.toString();
      String relative = text.startsWith(rootPrefix) ? text.substring(rootPrefix.length())
          : root.relativize(file).toString();
      return relative.replace('\\', '/');
    }
  }

  /**
   * Reads a file unless it holds more than {@code limit} bytes (it may have grown since it was listed). The array is
   * sized from the listing, so a file that did not change is read in one call without copies; one that grew is
   * read on until the limit, and one that shrank is cut to what was read.
   */
  private static byte[] readAtMost(Path file, long listedSize, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] content = new byte[(int) Math.min(listedSize, limit)];
      int read = in.readNBytes(content, 0, content.length);
      if (read < content.length) {
        return java.util.Arrays.copyOf(content, read);
      }
      byte[] more = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1 - read));
      if (more.length == 0) {
        return content;
      }
      if (read + (long) more.length > limit) {
        return null;
      }
      byte[] grown = java.util.Arrays.copyOf(content, read + more.length);
      System.arraycopy(more, 0, grown, read, more.length);
      return grown;
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "vanished while scanning";
    }
    return Messages.oneLine(e);
  }
}
