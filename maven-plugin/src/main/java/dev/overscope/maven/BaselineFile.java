package dev.overscope.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The baseline file: the findings a team has accepted, {@code {"version": 1, "findings": [{id, rule, path, line}]}}
 * sorted by path, line and id: the shape of scanner-core's coming baseline model, so files written now stay readable.
 * Only {@code id} (the finding's fingerprint, a hash: never the secret) decides; rule, path and line are there for
 * the reviewer of the change that adds an entry.
 */
final class BaselineFile {
  static final int VERSION = 1;

  /** Why a baselined finding does not fail the build, as reports show it. */
  static final String REASON = "baseline";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One accepted finding. */
  record Entry(String id, String rule, String path, int line) {}

  /** The whole file. */
  record Document(int version, List<Entry> findings) {}

  private BaselineFile() {}

  static List<Entry> entriesOf(List<Finding> findings) {
    List<Entry> entries = new ArrayList<>();
    for (Finding finding : findings) {
      Location primary = finding.primaryLocation();
      entries.add(new Entry(finding.id(), finding.rule().id(), primary.path(), primary.span().startLine()));
    }
    entries.sort(Comparator.comparing(Entry::path).thenComparingInt(Entry::line).thenComparing(Entry::id));
    return List.copyOf(entries);
  }

  static void write(Path file, List<Entry> entries) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(file, MAPPER.writeValueAsString(new Document(VERSION, entries)) + "\n");
  }

  static List<Entry> read(Path file) throws MojoFailureException {
    try {
      Document document = MAPPER.readValue(file.toFile(), Document.class);
      if (document == null || document.version() != VERSION) {
        throw new MojoFailureException("Overscope: baseline " + file + ": expected \"version\": " + VERSION
            + " (write it with mvn overscope:baseline)");
      }
      List<Entry> entries = document.findings() == null ? List.of() : document.findings();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i) == null || entries.get(i).id() == null || entries.get(i).id().isBlank()) {
          throw new MojoFailureException("Overscope: baseline " + file + ": findings[" + i + "] has no 'id'");
        }
      }
      return entries;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new MojoFailureException("Overscope: baseline " + file + (line > 0 ? ":" + line : "")
          + ": not a baseline file ({\"version\": 1, \"findings\": [{id, rule, path, line}]}): " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new MojoFailureException("Overscope: cannot read the baseline " + file + ": " + e.getMessage());
    }
  }

  /** The request with the baseline's ids allowed, each finding marked as accepted by the baseline; as is without one. */
  static ScanRequest applyTo(ScanRequest request, Path file) throws MojoFailureException {
    if (!Files.isRegularFile(file)) {
      return request;
    }
    List<String> ids = read(file).stream().map(Entry::id).toList();
    if (ids.isEmpty()) {
      return request;
    }
    OverscopeConfig config = request.config();
    List<OverscopeConfig.AllowEntry> allowlist = new ArrayList<>(config.allowlist());
    allowlist.add(new OverscopeConfig.AllowEntry(List.of(), ids, REASON));
    return request.withConfig(new OverscopeConfig(config.policy(), allowlist, config.limits()));
  }
}
