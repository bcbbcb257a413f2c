package dev.overscope.detectors.agents.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The scope a credential's variable or header name signals, read from {@code credential-names.yaml}. */
public final class CredentialNames {
  private static final String RESOURCE = "/dev/overscope/detectors/agents/mcp/credential-names.yaml";
  private static final CredentialNames BUILTIN = load();

  private final List<Entry> entries;

  private CredentialNames(List<Entry> entries) {
    this.entries = entries;
  }

  public static CredentialNames builtin() {
    return BUILTIN;
  }

  /** The verdict the name signals, if the taxonomy gives one. */
  public Optional<ScopeVerdict> verdictFor(String name) {
    for (Entry entry : entries) {
      if (entry.pattern.matcher(name.strip()).matches()) {
        return Optional.of(new ScopeVerdict(entry.scope, Environment.UNKNOWN, entry.evidence));
      }
    }
    return Optional.empty();
  }

  private static CredentialNames load() {
    try (InputStream in = CredentialNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the detectors jar");
      }
      File file = new ObjectMapper(new YAMLFactory()).readValue(in, File.class);
      return new CredentialNames(file.names().stream()
          .map(name -> new Entry(Pattern.compile(name.name(), Pattern.CASE_INSENSITIVE),
              Scope.fromLabel(name.scope()), name.evidence()))
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record File(List<Name> names) {}

  private record Name(String name, String scope, String evidence) {}

  private record Entry(Pattern pattern, Scope scope, String evidence) {}
}
