package dev.overscope.core.engine;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.rule.Validator;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds secrets in one blob: keyword prefilter, then each rule confirmed anchored at the keyword hit with
 * {@code lookingAt()} (never a search over a window: {@code reference/dependencies.md} §2 measured 0.4 MB/s for
 * windowed {@code find()} against 20-58 MB/s anchored), then validators and the entropy floor, then the scope
 * classifiers. Immutable and shared by all worker threads; knows nothing of where a blob came from.
 */
public final class Engine {
  private final List<Rule> rules;
  private final List<Validator> globalFilters;
  private final KeywordAutomaton automaton;
  /** For each keyword index, the indexes of the rules it triggers. */
  private final int[][] rulesByKeyword;
  private final List<List<String>> groupNames;
  /** For each rule, whether its pattern opens with {@code \b}: see {@link #noBoundaryBefore}. */
  private final boolean[] boundaryFirst;
  private final ThreadLocal<BlobScan> scanStates = ThreadLocal.withInitial(BlobScan::new);

  public Engine(List<Rule> rules, List<Validator> globalFilters) {
    this.rules = rules.stream().filter(Rule::runsInEngine).toList();
    this.globalFilters = List.copyOf(globalFilters);
    Map<String, List<Integer>> owners = new LinkedHashMap<>();
    for (int r = 0; r < this.rules.size(); r++) {
      for (String keyword : this.rules.get(r).keywords()) {
        List<Integer> list = owners.computeIfAbsent(keyword.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (!list.contains(r)) {
          list.add(r);
        }
      }
    }
    List<String> keywords = new ArrayList<>(owners.keySet());
    this.automaton = KeywordAutomaton.build(keywords);
    this.rulesByKeyword = new int[keywords.size()][];
    for (int k = 0; k < keywords.size(); k++) {
      List<Integer> owning = owners.get(keywords.get(k));
      rulesByKeyword[k] = new int[owning.size()];
      for (int i = 0; i < owning.size(); i++) {
        rulesByKeyword[k][i] = owning.get(i);
      }
    }
    List<List<String>> names = new ArrayList<>();
    for (Rule rule : this.rules) {
      names.add(groupNames(rule.regex().source()));
    }
    this.groupNames = List.copyOf(names);
    this.boundaryFirst = new boolean[this.rules.size()];
    for (int r = 0; r < boundaryFirst.length; r++) {
      boundaryFirst[r] = this.rules.get(r).regex().source().startsWith("\\b");
    }
  }

  /**
   * True when {@code \b} cannot hold at {@code start}: ASCII word characters on both sides (a keyword inside a word,
   * {@code re_} in {@code core_}). On the Linux sources 641,174 of the 990,406 keyword hits are such and have only
   * rules that open with {@code \b} (171 of 326), which then are not run at all. Only ASCII is judged here: any
   * other character leaves the verdict to the regex.
   */
  static boolean noBoundaryBefore(CharSequence text, int start) {
    return start > 0 && start < text.length() && isAsciiWord(text.charAt(start - 1)) && isAsciiWord(text.charAt(start));
  }

  private static boolean isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * The names of a regex's named groups, {@code secret} aside: each {@code (?<name>} with an ASCII name. Read by
   * hand: a regex and streams over every rule took 10 ms of a pre-commit scan's start-up.
   */
  static List<String> groupNames(String regex) {
    List<String> found = new ArrayList<>();
    for (int open = regex.indexOf("(?<"); open >= 0; open = regex.indexOf("(?<", open + 3)) {
      int start = open + 3;
      int end = start;
      while (end < regex.length() && isAsciiWord(regex.charAt(end)) && regex.charAt(end) != '_') {
        end++;
      }
      if (end > start && end < regex.length() && regex.charAt(end) == '>' && !Character.isDigit(regex.charAt(start))) {
        String name = regex.substring(start, end);
        if (!name.equals("secret")) {
          found.add(name);
        }
      }
    }
    return List.copyOf(found);
  }


  public List<Rule> rules() {
    return rules;
  }

  /**
   * Every secret in the text, in order of position; where detections of two rules overlap, the one that yields
   * ({@link Rule#yieldsTo}: superseded or generic) is dropped.
   */
  public List<Detection> scan(ByteText text) {
    return withScan(text, scan -> Overlaps.resolve(scan.detections));
  }

  /** Candidates of one rule alone, before validation: what a rule's examples test needs to explain a miss. */
  public List<Candidate> confirmAll(ByteText text) {
    return withScan(text, scan -> List.copyOf(scan.candidates));
  }

  /** Runs the prefilter and confirmation over the text with this thread's state, and reads the result off it. */
  private <T> T withScan(ByteText text, java.util.function.Function<BlobScan, T> result) {
    BlobScan scan = scanState().start(text);
    try {
      automaton.scan(text.bytes(), text.length(), scan.halfHits, scan::onHit);
      return result.apply(scan);
    } finally {
      scan.finish();
    }
  }

  /** This thread's reusable state, or a fresh one when it is busy (a validator that scans a nested value). */
  private BlobScan scanState() {
    BlobScan state = scanStates.get();
    return state.busy() ? new BlobScan() : state;
  }

  /**
   * One thread's scan state, reused from blob to blob: a matcher per rule, reset onto each new text, and where each
   * rule last matched. Allocating these per blob cost more than confirming a typical source file's keyword hits.
   * A rule's state is reset the first time a blob's hit touches it, and only touched matchers are released after.
   */
  private final class BlobScan {
    private ByteText text;
    private int generation;
    private final int[] touchedIn = new int[rules.size()];
    private final int[] touched = new int[rules.size()];
    private int touchedCount;
    private final Matcher[] matchers = new Matcher[rules.size()];
    private final int[] lastEnd = new int[rules.size()];
    private final int[] lastTried = new int[rules.size()];
    private final List<Overlaps.Placed> detections = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final KeywordAutomaton.HalfHits halfHits = new KeywordAutomaton.HalfHits();

    boolean busy() {
      return text != null;
    }

    BlobScan start(ByteText blob) {
      text = blob;
      generation++;
      return this;
    }

    /** Forgets the blob, so that no matcher keeps a large text alive between blobs. */
    void finish() {
      for (int i = 0; i < touchedCount; i++) {
        matchers[touched[i]].reset("");
      }
      touchedCount = 0;
      text = null;
      detections.clear();
      candidates.clear();
    }

    /** Resets a rule's state the first time this blob's hits reach it. */
    private void touch(int r) {
      if (touchedIn[r] == generation) {
        return;
      }
      touchedIn[r] = generation;
      touched[touchedCount++] = r;
      lastEnd[r] = 0;
      lastTried[r] = -1;
      Matcher matcher = matchers[r];
      if (matcher == null) {
        matchers[r] = rules.get(r).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      } else {
        matcher.reset(text);
      }
    }

    void onHit(int keyword, int start) {
      for (int r : rulesByKeyword[keyword]) {
        if (boundaryFirst[r] && noBoundaryBefore(text, start)) {
          continue;
        }
        touch(r);
        // Two keywords of one rule may start at the same offset; a hit inside the rule's last match is no new match.
        if (start < lastEnd[r] || start == lastTried[r]) {
          continue;
        }
        lastTried[r] = start;
        confirm(r, start);
      }
    }

    private void confirm(int r, int start) {
      Rule rule = rules.get(r);
      Matcher matcher = matchers[r];
      matcher.region(start, Math.min(text.length(), start + rule.maxLength()));
      if (!matcher.lookingAt()) {
        return;
      }
      int secretStart = groupStart(matcher, "secret");
      int secretEnd = secretStart < 0 ? -1 : matcher.end("secret");
      if (secretStart < 0) {
        secretStart = matcher.start();
        secretEnd = matcher.end();
      }
      Map<String, String> groups = new HashMap<>();
      for (String name : groupNames.get(r)) {
        String value = matcher.group(name);
        if (value != null) {
          groups.put(name, value);
        }
      }
      Candidate candidate = new Candidate(rule, text.subSequence(secretStart, secretEnd).toString(), secretStart,
          secretEnd, matcher.start(), matcher.end(), Map.copyOf(groups), text);
      candidates.add(candidate);
      if (!passes(candidate)) {
        return;
      }
      lastEnd[r] = matcher.end();
      ScopeVerdict verdict = classify(candidate);
      TextSpan span = TextSpan.of(text.position(secretStart), text.position(secretEnd));
      detections.add(new Overlaps.Placed(new Detection(rule, candidate.secret(), span, candidate.line(),
          text.lineBefore(secretStart, Candidate.LINE_CONTEXT), verdict), secretStart, secretEnd));
    }

    private int groupStart(Matcher matcher, String group) {
      try {
        return matcher.start(group);
      } catch (IllegalArgumentException noSuchGroup) {
        return -1;
      }
    }
  }

  private boolean passes(Candidate candidate) {
    Rule rule = candidate.rule();
    if (candidate.secret().isEmpty()) {
      return false;
    }
    if (rule.minEntropy() > 0 && Entropy.shannon(candidate.secret()) < rule.minEntropy()) {
      return false;
    }
    for (Validator filter : globalFilters) {
      if (!filter.accepts(candidate)) {
        return false;
      }
    }
    for (Validator validator : rule.validators()) {
      if (!validator.accepts(candidate)) {
        return false;
      }
    }
    return true;
  }

  private static ScopeVerdict classify(Candidate candidate) {
    for (ScopeClassifier classifier : candidate.rule().classifiers()) {
      Optional<ScopeVerdict> verdict = classifier.classify(candidate);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    return candidate.rule().scope();
  }
}
