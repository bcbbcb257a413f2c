package dev.overscope.detectors.agents.mcp;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the credential-bearing values of MCP servers into detections: each literal is first run through the rule
 * catalogue (a provider token keeps its provider rule and scope), else reported as {@code mcp-literal-credential}
 * with the scope its name signals. Every detection points at the value's own line in the file.
 */
public final class LiteralCredentials {
  /** The analyzer rule for literals no provider rule recognises. */
  public static final Rule RULE = new Rule(
      "mcp-literal-credential",
      "MCP configuration",
      "literal credential in an MCP server or agent configuration",
      "A credential written literally into an MCP server's env, headers, args or URL, or into an agent settings env "
          + "block. The agent starts the server with it and can read the file like any other.",
      "Rotate the credential, then replace the literal with a reference the client expands at start "
          + "(${VAR}, ${env:VAR}, ${input:id}, bearer_token_env_var) and keep the value in the OS keychain or a "
          + "secret manager, not in a file in the repository or the home directory.",
      List.of("https://modelcontextprotocol.io/docs/develop/connect-local-servers",
          "https://code.visualstudio.com/docs/copilot/customization/mcp-servers"),
      RulePattern.of("(?!)"), List.of(), 1, 0, List.of(), List.of(),
      new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN,
          "no provider format recognised and the name gives no scope; what it can do is not visible offline"),
      new Rule.Examples(List.of(), List.of()));

  private LiteralCredentials() {}

  /** One value judged a literal credential, with its detection. */
  public record Found(McpServer server, McpValue value, Detection detection) {}

  public static List<Found> find(List<McpServer> servers, ConfigDocument document, ByteText text, Engine engine) {
    List<Found> found = new ArrayList<>();
    for (McpServer server : servers) {
      for (McpValue value : server.candidates()) {
        detect(value, document, text, engine).ifPresent(detection -> found.add(new Found(server, value, detection)));
      }
    }
    return found;
  }

  private static Optional<Detection> detect(McpValue value, ConfigDocument document, ByteText text, Engine engine) {
    // A generic rule knows a secret but not whose: the name's scope, when the taxonomy has one, says more.
    Optional<ScopeVerdict> named = CredentialNames.builtin().verdictFor(value.name());
    Optional<Detection> known = providerDetection(value.context(), value.value(), engine)
        .filter(detection -> detection.verdict().scope() != Scope.UNKNOWN || named.isEmpty());
    if (known.isEmpty() && !LiteralJudge.isCredential(value.name(), value.value())) {
      return Optional.empty();
    }
    String secret = known.map(Detection::secret).orElse(value.value().strip());
    if (known.isPresent()) {
      Detection provider = known.get();
      return at(text, secret, document.offsetHint(value.pointer()), provider.rule(), provider.verdict());
    }
    ScopeVerdict verdict = named
        .map(byName -> new ScopeVerdict(byName.scope(), byName.environment(),
            byName.evidence() + " (scope read from the name " + value.name() + " in " + value.field() + ")"))
        .orElse(RULE.scope());
    return at(text, secret, document.offsetHint(value.pointer()), RULE, verdict);
  }

  /** A detection of {@code secret} where it sits in the text (searched from {@code hint}); empty if absent. */
  public static Optional<Detection> at(ByteText text, String secret, long hint, Rule rule, ScopeVerdict verdict) {
    int offset = locate(text, secret, hint);
    if (offset < 0) {
      return Optional.empty();
    }
    int end = offset + latin1(secret).length();
    TextSpan span = TextSpan.of(text.position(offset), text.position(end));
    String line = text.lineAround(offset, Math.max(Candidate.LINE_CONTEXT, end - offset + Candidate.LINE_CONTEXT));
    return Optional.of(new Detection(rule, secret, span, line, verdict));
  }

  /** The longest detection the rule catalogue makes in {@code context} of a secret inside {@code value}. */
  public static Optional<Detection> providerDetection(String context, String value, Engine engine) {
    Detection best = null;
    for (Detection detection : engine.scan(new ByteText(context.getBytes(StandardCharsets.UTF_8)))) {
      if (value.contains(detection.secret())
          && (best == null || detection.secret().length() > best.secret().length())) {
        best = detection;
      }
    }
    return Optional.ofNullable(best);
  }


  /** Offset of {@code secret} in the text, searched from the parser's hint, else from the start; -1 if absent. */
  public static int locate(ByteText text, String secret, long hint) {
    String needle = latin1(secret);
    int from = (int) Math.min(Math.max(0, hint), text.length());
    int at = indexOf(text, needle, from);
    return at >= 0 ? at : indexOf(text, needle, 0);
  }

  private static String latin1(String secret) {
    return new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static int indexOf(CharSequence text, String needle, int from) {
    if (needle.isEmpty()) {
      return -1;
    }
    outer:
    for (int i = from; i <= text.length() - needle.length(); i++) {
      for (int j = 0; j < needle.length(); j++) {
        if (text.charAt(i + j) != needle.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
