package dev.overscope.core.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Git's object id of a blob ({@code sha1("blob <size>\0" + content)}), through the JDK's SHA-1, which uses the CPU's
 * SHA instructions: measured at 1,260 MB/s here against 130-160 MB/s for JGit's collision-detecting SHA-1, which was
 * more than half the CPU of a working-tree scan. Collision detection guards git's object store against forged
 * objects; here the id only pairs a file with the identical blob in history, and content is scanned either way.
 * Not thread-safe: one per reading thread.
 */
public final class GitBlobId {
  private final MessageDigest sha1;

  public GitBlobId() {
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-1", e);
    }
  }

  /** The 40-character lower-case hex id git gives this content as a blob. */
  public String of(byte[] content) {
    sha1.reset();
    sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
    sha1.update(content);
    return HexFormat.of().formatHex(sha1.digest());
  }
}
