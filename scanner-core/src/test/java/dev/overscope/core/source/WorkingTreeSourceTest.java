package dev.overscope.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingTreeSourceTest {
  @TempDir
  Path root;

  /** Records what a source yields. */
  static class Recorder implements BlobVisitor {
    final Map<String, Tracking> files = new HashMap<>();
    final List<Notice> notices = new ArrayList<>();

    @Override
    public void visit(Blob blob, Origin origin) {
      files.put(origin.path(), ((FileOrigin) origin).tracking());
    }

    @Override
    public void notice(Notice notice) {
      notices.add(notice);
    }

    List<Notice.Kind> kinds() {
      return notices.stream().map(Notice::kind).toList();
    }
  }

  private Recorder read(long maxFileSize) throws SourceException {
    Recorder recorder = new Recorder();
    new WorkingTreeSource(root, maxFileSize).read(recorder);
    return recorder;
  }

  @Test
  void gitIgnoredFilesAreScannedAndLabelledAndDotGitIsNot() throws Exception {
    try (Git git = Git.init().setDirectory(root.toFile()).call()) {
      Files.writeString(root.resolve(".gitignore"), ".env\n");
      Files.writeString(root.resolve("app.properties"), "a=1\n");
      git.add().addFilepattern(".gitignore").addFilepattern("app.properties").call();
      Files.writeString(root.resolve(".env"), "TOKEN=1\n");
      Files.createDirectories(root.resolve("notes"));
      Files.writeString(root.resolve("notes/todo.md"), "todo\n");
    }
    Recorder recorder = read(1 << 20);
    assertThat(recorder.files).containsEntry(".env", Tracking.IGNORED)
        .containsEntry("app.properties", Tracking.TRACKED)
        .containsEntry("notes/todo.md", Tracking.UNTRACKED);
    assertThat(recorder.files.keySet()).noneMatch(path -> path.startsWith(".git/"));
  }

  @Test
  void outsideGitEveryFileIsStillScanned() throws Exception {
    Files.writeString(root.resolve("a.txt"), "hello\n");
    assertThat(read(1 << 20).files).containsEntry("a.txt", Tracking.NOT_IN_GIT);
  }

  @Test
  void symlinksAreNeverFollowedSoLoopsAndLinksOutOfTheRootAreHarmless() throws Exception {
    Files.createDirectories(root.resolve("loop"));
    Files.createSymbolicLink(root.resolve("loop/self"), root.resolve("loop"));
    Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
    Files.writeString(root.resolve("real.txt"), "x\n");
    Recorder recorder = read(1 << 20);
    assertThat(recorder.files).containsOnlyKeys("real.txt");
    assertThat(recorder.kinds()).containsOnly(Notice.Kind.SYMLINK).hasSize(2);
  }

  @Test
  void binaryAndOversizeFilesArePassedOverWithANotice() throws Exception {
    Files.write(root.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    try (RandomAccessFile huge = new RandomAccessFile(root.resolve("huge.log").toFile(), "rw")) {
      huge.setLength(2L * 1024 * 1024 * 1024); // sparse: 2 GiB on paper, nothing on disk
    }
    Files.writeString(root.resolve("empty.txt"), "");
    Recorder recorder = read(25L << 20);
    assertThat(recorder.files).containsOnlyKeys("empty.txt");
    assertThat(recorder.kinds()).containsExactlyInAnyOrder(Notice.Kind.BINARY, Notice.Kind.TOO_LARGE);
  }

  @Test
  void invalidUtf8IsScannedAsBytes() throws Exception {
    Files.write(root.resolve("latin1.txt"), "caf\u00e9 = 1\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(read(1 << 20).files).containsKey("latin1.txt");
  }

  @Test
  void aFifoIsNeverOpened() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe").toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    assertThat(read(1 << 20).kinds()).containsExactly(Notice.Kind.SPECIAL_FILE);
  }

  @Test
  void anUnreadableFileIsCountedAndTheRestScanned() throws IOException, SourceException {
    Path secret = Files.writeString(root.resolve("locked.txt"), "x\n");
    Files.writeString(root.resolve("open.txt"), "y\n");
    assumeTrue(secret.toFile().setReadable(false, false) && !Files.isReadable(secret), "not running as root");
    Recorder recorder = read(1 << 20);
    assertThat(recorder.files).containsOnlyKeys("open.txt");
    assertThat(recorder.notices).singleElement().satisfies(notice -> {
      assertThat(notice.kind()).isEqualTo(Notice.Kind.UNREADABLE);
      assertThat(notice.message()).isEqualTo("permission denied");
    });
  }

  @Test
  void aThousandFoldersDeepAreWalkedHoldingOneDirectoryOpen() throws Exception {
    Path deepest = root;
    for (int i = 0; i < 1000; i++) {
      deepest = deepest.resolve("d"); // one-character names keep the path (2,000 characters) under PATH_MAX
    }
    Files.createDirectories(deepest);
    Files.writeString(deepest.resolve(".env"), "TOKEN=1\n");
    Files.writeString(root.resolve("top.txt"), "top\n");
    Path descriptors = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(descriptors), "/proc/self/fd lists open files (Linux)");
    long before = openFiles(descriptors);
    long[] atTheBottom = {-1};
    Recorder recorder = new Recorder() {
      @Override
      public void visit(Blob blob, Origin origin) {
        super.visit(blob, origin);
        if (origin.path().endsWith("/.env")) {
          atTheBottom[0] = openFiles(descriptors);
        }
      }
    };

    try {
      new WorkingTreeSource(root, 1 << 20).read(recorder);
    } finally {
      // Bottom up, by hand: JUnit's clean-up resolves every level's real path and takes 15 s on this tree.
      Files.delete(deepest.resolve(".env"));
      for (Path dir = deepest; !dir.equals(root); dir = dir.getParent()) {
        Files.delete(dir);
      }
    }

    assertThat(recorder.files).containsOnlyKeys("d/".repeat(1000) + ".env", "top.txt");
    assertThat(recorder.notices).isEmpty();
    // The JDK's walker keeps every level open (1,000 descriptors here): under a 256 or 1,024 limit the bottom is lost.
    assertThat(atTheBottom[0] - before).isLessThan(20);
  }

  private static long openFiles(Path descriptors) {
    try (var listing = Files.list(descriptors)) {
      return listing.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void namesWithANewlineDotsOrBytesThatAreNotUtf8AreReadLikeAnyOther() throws Exception {
    Files.writeString(root.resolve("evil\nname.env"), "A=1\n");
    Files.writeString(root.resolve("a..b"), "B=2\n");
    Files.writeString(root.resolve("..."), "C=3\n");
    Files.createDirectories(root.resolve("...."));
    Files.writeString(root.resolve("....").resolve("..inner"), "D=4\n");
    // A name of raw bytes (0xff is never UTF-8), made by the shell: Java cannot always spell it.
    Process shell = new ProcessBuilder("/bin/sh", "-c", "printf 'E=5\\n' > \"$(printf 'bad\\377name.txt')\"")
        .directory(root.toFile()).start();
    assumeTrue(shell.waitFor() == 0, "/bin/sh can create a file named with raw bytes");

    Recorder recorder = read(1 << 20);

    assertThat(recorder.files.keySet()).contains("evil\nname.env", "a..b", "...", "..../..inner").hasSize(5);
    assertThat(recorder.files.keySet()).anyMatch(name -> name.startsWith("bad") && name.endsWith("name.txt"));
    assertThat(recorder.notices).isEmpty();
  }

  @Test
  void aDeviceIsNeverOpened() throws Exception {
    Process mknod = new ProcessBuilder("mknod", root.resolve("null").toString(), "c", "1", "3").start();
    assumeTrue(mknod.waitFor() == 0, "mknod is permitted (root, or CAP_MKNOD)");
    Files.writeString(root.resolve("real.txt"), "x\n");
    Recorder recorder = read(1 << 20);
    assertThat(recorder.files).containsOnlyKeys("real.txt");
    assertThat(recorder.notices).singleElement().satisfies(notice -> {
      assertThat(notice.kind()).isEqualTo(Notice.Kind.SPECIAL_FILE);
      assertThat(notice.path()).isEqualTo("null");
    });
  }

  @Test
  void foldersAreWalkedInNameOrderSoEveryRunIsTheSame() throws Exception {
    for (String name : List.of("b", "a", "c")) {
      Files.createDirectories(root.resolve(name));
      Files.writeString(root.resolve(name).resolve("f.txt"), name + "\n");
    }
    Files.writeString(root.resolve("b.txt"), "x\n");
    List<String> order = new ArrayList<>();
    new WorkingTreeSource(root, 1 << 20).read(new Recorder() {
      @Override
      public void visit(Blob blob, Origin origin) {
        order.add(origin.path());
      }
    });
    assertThat(order).containsExactly("a/f.txt", "b/f.txt", "b.txt", "c/f.txt");
  }

  @Test
  void aMissingRootIsOneClearError() {
    assertThatThrownBy(() -> new WorkingTreeSource(root.resolve("nope"), 1).read(new Recorder()))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("path does not exist: ");
  }
}
