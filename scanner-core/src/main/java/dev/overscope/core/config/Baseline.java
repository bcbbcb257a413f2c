package dev.overscope.core.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.finding.Suppression;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.CommitOrigin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Findings a team has accepted, by fingerprint (rule and secret hash, {@link Finding#id()}; never the secret), with
 * path, line and first-seen commit for the humans reading it. A baselined finding is reported as suppressed and never
 * fails the policy; a different secret on the same line is new, the same secret moved is not. Written as JSON, or as
 * YAML when the file name ends in {@code .yaml}/{@code .yml}.
 */
public record Baseline(int version, List<Entry> findings) {
  /** The file {@code overscope baseline create} writes by default. */
  public static final String DEFAULT_FILE_NAME = ".overscope-baseline.json";
  static final int VERSION = 1;

  public Baseline {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /**
   * One accepted finding.
   *
   * @param id the finding's fingerprint, as reports print it
   * @param path where it was when accepted, for humans; matching ignores it
   * @param firstSeenCommit the oldest commit holding it, when the scan read history
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      String id, String rule, String path, Integer line, @JsonProperty("first-seen-commit") String firstSeenCommit) {}

  public static Baseline empty() {
    return new Baseline(VERSION, List.of());
  }

  /** Every finding of the scan that is not already accepted elsewhere (allowlist, inline allow). */
  public static Baseline of(ScanResult result) {
    List<Entry> entries = result.findings().stream()
        .filter(finding -> finding.suppression().map(s -> s.kind() == Suppression.Kind.BASELINE).orElse(true))
        .map(Baseline::entryOf)
        .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::line).thenComparing(Entry::id))
        .toList();
    return new Baseline(VERSION, entries);
  }

  private static Entry entryOf(Finding finding) {
    Location primary = finding.primaryLocation();
    String firstCommit = finding.locations().stream()
        .map(Location::origin)
        .filter(CommitOrigin.class::isInstance)
        .map(CommitOrigin.class::cast)
        .min(Comparator.comparing(CommitOrigin::time))
        .map(CommitOrigin::commit)
        .orElse(null);
    return new Entry(finding.id(), finding.rule().id(), primary.path(), primary.span().startLine(), firstCommit);
  }

  /** This baseline, with first-seen commits an earlier one recorded kept where this scan did not read history. */
  public Baseline keepingFirstSeenFrom(Baseline earlier) {
    List<Entry> merged = findings.stream().map(entry -> entry.firstSeenCommit() != null ? entry
        : earlier.findings().stream().filter(old -> old.id().equals(entry.id()) && old.firstSeenCommit() != null)
            .findFirst()
            .map(old -> new Entry(entry.id(), entry.rule(), entry.path(), entry.line(), old.firstSeenCommit()))
            .orElse(entry)).toList();
    return new Baseline(version, merged);
  }

  public boolean contains(String findingId) {
    return findings.stream().anyMatch(entry -> entry.id().equals(findingId));
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Reads a baseline file; errors name the file and line, as configuration errors do. */
  public static Baseline read(Path file) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": baseline file not found (create it with 'overscope baseline create')");
    }
    try {
      Baseline baseline = mapper(file).readValue(file.toFile(), Baseline.class);
      if (baseline == null) {
        return empty();
      }
      if (baseline.version() != VERSION) {
        throw new ConfigException(file + ": field 'version': baseline version " + baseline.version()
            + " is not supported (expected " + VERSION + ")");
      }
      for (int i = 0; i < baseline.findings().size(); i++) {
        Entry entry = baseline.findings().get(i);
        if (entry == null || entry.id() == null || entry.id().isBlank()) {
          throw new ConfigException(file + ": field 'findings[" + i + "].id': every entry needs the finding's id");
        }
      }
      return baseline;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ": unknown field '" + e.getPropertyName()
          + "' (known: " + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new ConfigException(file + ":" + line + ": not a baseline file: "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Writes the baseline whole or not at all. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".overscope-baseline-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", version);
        document.put("findings", findings);
        out.write(mapper(file).writeValueAsBytes(document));
        if (!isYaml(file)) {
          out.write('\n'); // YAML ends with one already; a file should end with a newline for diffs
        }
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static boolean isYaml(Path file) {
    String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("").toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static ObjectMapper mapper(Path file) {
    ObjectMapper mapper = isYaml(file)
        ? new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
        : new ObjectMapper();
    return mapper.enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
