package dev.overscope.core.scan;

import dev.overscope.core.config.DurationText;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.reach.AgentCatalog;
import dev.overscope.core.reach.ReachResolver;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RuleSource;
import dev.overscope.core.rule.Validator;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.GitHistorySource;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.Source;
import dev.overscope.core.source.SourceException;
import dev.overscope.core.source.WorkingTreeSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The facade: {@code Scanner.builder().withInstalledPlugins().build().scan(request)}. Reads the sources (working
 * tree, git history), runs the engine over each unique blob once, traces where matched history blobs came from,
 * and assembles findings with reach and policy. Reusable and thread-safe.
 */
public final class Scanner {
  private final Engine engine;
  private final List<Rule> rules;
  private final List<SourceAnalyzer> analyzers;
  private final List<AgentCatalog> catalogs;
  private final Clock clock;

  private Scanner(Engine engine, List<Rule> rules, List<SourceAnalyzer> analyzers, List<AgentCatalog> catalogs,
      Clock clock) {
    this.engine = engine;
    this.rules = List.copyOf(rules);
    this.analyzers = List.copyOf(analyzers);
    this.catalogs = List.copyOf(catalogs);
    this.clock = clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The analyzers on by default, and those the request names. */
  private List<SourceAnalyzer> analyzersFor(ScanRequest request) {
    return analyzers.stream()
        .filter(analyzer -> analyzer.onByDefault() || request.extraAnalyzers().contains(analyzer.name()))
        .toList();
  }

  /** Names of the analyzers that run only when asked for. */
  public List<String> optionalAnalyzers() {
    return analyzers.stream().filter(analyzer -> !analyzer.onByDefault()).map(SourceAnalyzer::name).toList();
  }

  /** Every rule: the regex catalogue and the analyzers' own. */
  public List<Rule> rules() {
    return rules;
  }

  /** The regex engine over every rule, for callers that run parsed values through the catalogue. */
  public Engine engine() {
    return engine;
  }

  public List<AgentCatalog> agentCatalogs() {
    return catalogs;
  }

  /**
   * Scans the request's root: its working tree and, in a git repository, its history as the request says. Throws
   * only when the root itself cannot be read or a requested revision does not exist.
   */
  public ScanResult scan(ScanRequest request) throws SourceException {
    return scan(request, ScanProgress.NONE);
  }

  /** As {@link #scan(ScanRequest)}, telling {@code progress} how it advances. */
  public ScanResult scan(ScanRequest request, ScanProgress progress) throws SourceException {
    long maxFileSize = request.config().limits().maxFileSizeBytes().orElse(request.maxFileSize());
    SourcePlan plan = SourcePlan.of(request, maxFileSize);
    return run(request, plan.sources(), plan.notices(), progress);
  }

  /** Scans the given sources with the request's policy and configuration. */
  public ScanResult scan(ScanRequest request, List<Source> sources) throws SourceException {
    return run(request, sources, List.of(), ScanProgress.NONE);
  }

  private ScanResult run(ScanRequest request, List<Source> sources, List<Notice> planNotices,
      ScanProgress progress) throws SourceException {
    long started = System.nanoTime();
    List<Finding> findings;
    Deadline deadline = Deadline.after(request.timeout(), clock);
    try (BlobCollector collector = new BlobCollector(engine, analyzersFor(request), request.threads(), progress,
        deadline)) {
      planNotices.forEach(collector::notice);
      for (Source source : sources) {
        if (!collector.wantsMore()) {
          break;
        }
        source.read(collector);
      }
      collector.finish();
      List<BlobRecord> matched = collector.matchedBlobs();
      if (deadline.hasPassed()) {
        // Tracing provenance walks the history again: out of time, history findings keep the commit they were read in.
        collector.notice(outOfTime(deadline, collector));
      } else {
        traceHistory(sources, matched, collector);
      }
      OverscopeConfig config = request.config();
      boolean listedWholeTree = !deadline.hasPassed() && sources.stream()
          .anyMatch(source -> source instanceof WorkingTreeSource files && files.readsWholeTree());
      ReachResolver reach = listedWholeTree
          ? new ReachResolver(catalogs, config.agents(), request.root(), collector.workingTreeFiles())
          : new ReachResolver(catalogs, config.agents(), request.root());
      FindingAssembler assembler = new FindingAssembler(reach, request.policy(), Allowlist.of(config),
          request.baseline(), config.policy().severity(), request.revealSecrets());
      findings = assembler.assemble(matched);
      ScanStats stats = new ScanStats(collector.blobsScanned(), collector.bytesScanned(), collector.skippedCounts(),
          Duration.ofNanos(System.nanoTime() - started));
      List<Notice> notices = new ArrayList<>(collector.notices());
      notices.addAll(assembler.notices());
      return new ScanResult(request.root(), findings, notices, stats, request.policy(), rules);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException("scan interrupted");
    }
  }

  private static Notice outOfTime(Deadline deadline, BlobCollector collector) {
    String budget = DurationText.format(deadline.budget().orElseThrow());
    return new Notice("", Notice.Kind.TIME_BUDGET, "time budget of " + budget + " ran out after "
        + collector.blobsScanned() + " blobs: results are partial");
  }

  /** Provenance is traced after scanning, and only for the blobs that matched: clean history costs nothing more. */
  private static void traceHistory(List<Source> sources, List<BlobRecord> matched, BlobCollector collector) {
    List<BlobRecord> inHistory = matched.stream().filter(BlobRecord::inHistory).toList();
    if (inHistory.isEmpty()) {
      return;
    }
    List<String> ids = inHistory.stream().map(BlobRecord::id).toList();
    for (Source source : sources) {
      if (source instanceof GitHistorySource history) {
        try {
          Map<String, List<CommitOrigin>> traced = history.provenance(ids);
          for (BlobRecord record : inHistory) {
            List<CommitOrigin> origins = traced.getOrDefault(record.id(), List.of());
            if (!origins.isEmpty()) {
              record.replaceHistoryOrigins(origins);
            }
          }
        } catch (SourceException e) {
          collector.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE,
              "where history findings came from could not be traced: " + e.getMessage()));
        }
      }
    }
  }

  /** Collects rule sources and agent catalogues; by default from the class path through ServiceLoader. */
  public static final class Builder {
    private final List<RuleSource> ruleSources = new ArrayList<>();
    private final List<AgentCatalog> catalogs = new ArrayList<>();
    private final List<SourceAnalyzer> analyzers = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The clock time budgets are measured on; the system's by default, a controlled one in tests. */
    public Builder clock(Clock other) {
      this.clock = other;
      return this;
    }

    /** Adds every rule source, agent catalogue and source analyzer on the class path (built-in and user jars). */
    public Builder withInstalledPlugins() {
      return withInstalledRuleSources().withInstalledCatalogsAndAnalyzers();
    }

    /** Adds the rule sources on the class path (the built-in catalogue and users' jars of rules). */
    public Builder withInstalledRuleSources() {
      ServiceLoader.load(RuleSource.class).forEach(ruleSources::add);
      return this;
    }

    /** Adds the agent catalogues and source analyzers on the class path, without their rule sources. */
    public Builder withInstalledCatalogsAndAnalyzers() {
      ServiceLoader.load(AgentCatalog.class).forEach(catalogs::add);
      ServiceLoader.load(SourceAnalyzer.class).forEach(analyzers::add);
      return this;
    }

    public Builder addAnalyzer(SourceAnalyzer analyzer) {
      analyzers.add(analyzer);
      return this;
    }

    public Builder addRuleSource(RuleSource source) {
      ruleSources.add(source);
      return this;
    }

    public Builder addAgentCatalog(AgentCatalog catalog) {
      catalogs.add(catalog);
      return this;
    }

    public Scanner build() {
      List<Rule> rules = new ArrayList<>();
      List<Validator> filters = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (RuleSource source : ruleSources) {
        for (Rule rule : source.rules()) {
          if (!ids.add(rule.id())) {
            throw new IllegalStateException("two rules share the id '" + rule.id() + "'");
          }
          rules.add(rule);
        }
        filters.addAll(source.globalFilters());
      }
      for (SourceAnalyzer analyzer : analyzers) {
        for (Rule rule : analyzer.rules()) {
          if (!ids.add(rule.id())) {
            throw new IllegalStateException("two rules share the id '" + rule.id() + "'");
          }
          rules.add(rule);
        }
      }
      return new Scanner(new Engine(rules, filters), rules, analyzers, catalogs, clock);
    }
  }
}
