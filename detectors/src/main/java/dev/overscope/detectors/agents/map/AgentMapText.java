package dev.overscope.detectors.agents.map;

import dev.overscope.core.reach.Reach;
import java.util.List;

/** The agent map as plain text a team reads in a minute: one block per agent, secrets always redacted. */
public final class AgentMapText {
  private AgentMapText() {}

  public static String render(AgentMap map) {
    StringBuilder out = new StringBuilder();
    out.append("Agent map of ").append(map.root()).append('\n');
    long withLiterals = map.agents().stream().filter(AgentMap.AgentView::carriesLiteralCredentials).count();
    out.append(map.agents().size()).append(" agents have files here");
    if (withLiterals > 0) {
      out.append("; ").append(withLiterals).append(" start MCP servers with literal credentials");
    }
    out.append(".\n");
    for (AgentMap.AgentView agent : map.agents()) {
      out.append('\n').append(agent.agent()).append('\n');
      for (AgentMap.LoadedFile file : agent.files()) {
        String label = file.reach() == Reach.CONTEXT ? "context" : "env    ";
        out.append("  ").append(label).append("  ").append(file.path()).append('\n');
        out.append("             ").append(file.reason()).append('\n');
      }
      for (AgentMap.Server server : agent.servers()) {
        out.append("  mcp      ").append(server.config()).append(" > ").append(server.name())
            .append(" (").append(server.launch()).append(")");
        out.append(server.literals().isEmpty() ? ": no literal credential" : ": LITERAL CREDENTIAL").append('\n');
        for (AgentMap.Literal literal : server.literals()) {
          out.append("             ").append(literal.field()).append(" line ").append(literal.line()).append(": ")
              .append(literal.redacted()).append(" [").append(literal.rule()).append(", ")
              .append(literal.scope().label()).append("]\n");
        }
        if (!server.references().isEmpty()) {
          out.append("             references (not secrets): ").append(String.join("; ", server.references()))
              .append('\n');
        }
        for (String envFile : server.envFiles()) {
          out.append("             envFile ").append(envFile).append(": its values go to this server\n");
        }
      }
      for (AgentMap.Ignore ignore : agent.ignores()) {
        out.append("  ignore   ").append(ignore.file()).append(": ").append(summary(ignore.patterns())).append('\n');
        out.append("             hides them from ").append(ignore.stops()).append("; NOT from ")
            .append(ignore.misses()).append('\n');
      }
    }
    if (!map.absent().isEmpty()) {
      out.append("\nNo files of their own here (they still read every file through their tools): ")
          .append(String.join(", ", map.absent())).append('\n');
    }
    return out.toString();
  }

  private static String summary(List<String> patterns) {
    int shown = Math.min(6, patterns.size());
    String text = String.join(", ", patterns.subList(0, shown));
    return shown < patterns.size() ? text + " and " + (patterns.size() - shown) + " more" : text;
  }
}
