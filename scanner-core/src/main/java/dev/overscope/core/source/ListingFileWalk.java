package dev.overscope.core.source;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * {@code Files.walkFileTree} without its open directory per level: each directory is listed whole and closed before
 * the walk goes down, so a tree 1,000 folders deep holds one file descriptor, not 1,000. (The JDK walker ran out of
 * descriptors under a limit of 512, and the files at the bottom, where a hostile repository puts its secret, went
 * unread.) Links are never followed. Entries are visited in name order, so every run walks the same way and a time
 * budget cuts at the same file. The visitor's {@code SKIP_SUBTREE} and {@code TERMINATE} are honoured.
 */
final class ListingFileWalk {
  /**
   * Paths of one directory in the order of their names' bytes: a path's own order, which compares without making a
   * name string per comparison (that took 3-4% of a scan of the Linux sources).
   */
  private static final Comparator<Path> BY_NAME = Comparator.naturalOrder();

  private ListingFileWalk() {}

  /** One directory being walked: its entries, listed and closed already, and any error met while listing. */
  private record Level(Path dir, Iterator<Path> entries, IOException error) {}

  static void walk(Path start, FileVisitor<Path> visitor) throws IOException {
    BasicFileAttributes startAttributes;
    try {
      startAttributes = Files.readAttributes(start, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      visitor.visitFileFailed(start, e);
      return;
    }
    if (!startAttributes.isDirectory()) {
      visitor.visitFile(start, startAttributes);
      return;
    }
    Deque<Level> stack = new ArrayDeque<>();
    if (!enter(start, startAttributes, visitor, stack)) {
      return;
    }
    while (!stack.isEmpty()) {
      Level level = stack.peek();
      if (!level.entries().hasNext()) {
        stack.pop();
        if (visitor.postVisitDirectory(level.dir(), level.error()) == FileVisitResult.TERMINATE) {
          return;
        }
        continue;
      }
      Path entry = level.entries().next();
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        if (visitor.visitFileFailed(entry, e) == FileVisitResult.TERMINATE) {
          return;
        }
        continue;
      }
      if (attributes.isDirectory()) {
        if (!enter(entry, attributes, visitor, stack)) {
          return;
        }
      } else if (visitor.visitFile(entry, attributes) == FileVisitResult.TERMINATE) {
        return;
      }
    }
  }

  /** Lists {@code dir} onto the stack unless the visitor skips it; false when the visitor ends the walk. */
  private static boolean enter(Path dir, BasicFileAttributes attributes, FileVisitor<Path> visitor,
      Deque<Level> stack) throws IOException {
    FileVisitResult result = visitor.preVisitDirectory(dir, attributes);
    if (result == FileVisitResult.TERMINATE) {
      return false;
    }
    if (result != FileVisitResult.CONTINUE) {
      return true;
    }
    List<Path> entries = new ArrayList<>();
    IOException error = null;
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
      for (Path entry : listing) {
        entries.add(entry);
      }
    } catch (DirectoryIteratorException e) {
      error = e.getCause(); // listed in part: the rest is walked, the loss reported after it
    } catch (IOException e) {
      return visitor.visitFileFailed(dir, e) != FileVisitResult.TERMINATE;
    }
    entries.sort(BY_NAME);
    stack.push(new Level(dir, entries.iterator(), error));
    return true;
  }
}
