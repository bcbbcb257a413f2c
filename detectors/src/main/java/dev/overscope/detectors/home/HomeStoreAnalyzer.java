package dev.overscope.detectors.home;

import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.rule.Rule;
import dev.overscope.detectors.agents.mcp.LiteralCredentials;
import dev.overscope.detectors.agents.mcp.LiteralJudge;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the home credential stores whose values carry no provider prefix (Railway's UUID session token, netrc
 * passwords, base64 registry logins) by their keys, and reports each under its store's rule with the scope the
 * store's meaning gives. A value the rule catalogue recognises keeps its provider rule.
 */
public final class HomeStoreAnalyzer implements SourceAnalyzer {
  private static final int MIN_LENGTH = 8;
  /** One rule instance per store, built once: reports and the catalogue see the same object. */
  private static final Map<String, Rule> RULES = HomeStores.builtin().stream()
      .filter(store -> !store.secrets().isEmpty())
      .collect(java.util.stream.Collectors.toMap(HomeStore::id, HomeStore::rule, (a, b) -> a,
          java.util.LinkedHashMap::new));

  @Override
  public boolean appliesTo(String path) {
    return path.startsWith("~/") && HomeStores.at(path).filter(store -> !store.secrets().isEmpty()).isPresent();
  }

  @Override
  public List<Detection> analyze(AnalysisInput input) {
    Optional<HomeStore> store = HomeStores.at(input.path());
    if (store.isEmpty()) {
      return List.of();
    }
    String text = input.text().toString();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Map<String, String> topLevel = StoreReader.topLevel(store.get().format(), bytes);
    Rule rule = RULES.get(store.get().id());
    List<Detection> found = new ArrayList<>();
    for (StoreReader.Pair pair : StoreReader.read(store.get().format(), text, bytes)) {
      String value = pair.value().strip();
      if (value.length() < MIN_LENGTH || LiteralJudge.isReference(value) || PlaceholderFilter.isPlaceholder(value)) {
        continue;
      }
      for (HomeStore.Secret secret : store.get().secrets()) {
        if (!secret.matches(pair.key()) || !conditionsHold(secret, topLevel)) {
          continue;
        }
        Optional<Detection> provider =
            LiteralCredentials.providerDetection(pair.key() + "=" + value, value, input.engine());
        Optional<Detection> detection = provider.isPresent()
            ? LiteralCredentials.at(input.text(), provider.get().secret(), 0, provider.get().rule(),
                provider.get().verdict())
            : LiteralCredentials.at(input.text(), value, 0, rule, secret.verdict());
        detection.ifPresent(found::add);
        break;
      }
    }
    return found;
  }

  private static boolean conditionsHold(HomeStore.Secret secret, Map<String, String> topLevel) {
    return secret.when().entrySet().stream()
        .allMatch(condition -> condition.getValue().equals(topLevel.get(condition.getKey())));
  }

  @Override
  public List<Rule> rules() {
    return List.copyOf(RULES.values());
  }
}
