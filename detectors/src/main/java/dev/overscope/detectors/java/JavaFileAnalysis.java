package dev.overscope.detectors.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.Type;
import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.SourceAnalyzer.AnalysisInput;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import dev.overscope.detectors.java.Findings.Strength;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The analysis of one parsed Java file: credential sinks, folded constants, then credential names. */
final class JavaFileAnalysis {
  static final String NAMED_LITERAL_RULE = "java-credential-named-literal";
  static final String VALUE_DEFAULT_RULE = "java-spring-value-default";
  private static final String POWER_UNKNOWN = ": a literal credential, its power not visible offline";
  private static final Pattern VALUE_PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+):(.*)}");
  private static final Set<String> PROPERTY_SETTERS = Set.of("put", "setProperty", "putIfAbsent", "with");

  private final AnalysisInput input;
  private final CompilationUnit unit;
  private final SinkCatalog catalog;
  private final ConstantFolder folder;
  private final SourceLocator locator;
  private final boolean testSource;
  private final String source;
  private final Findings findings = new Findings();

  JavaFileAnalysis(AnalysisInput input, String source, CompilationUnit unit, SinkCatalog catalog) {
    this.input = input;
    this.source = source;
    this.unit = unit;
    this.catalog = catalog;
    this.folder = new ConstantFolder(new ConstantScope(unit));
    this.locator = new SourceLocator(input.text());
    this.testSource = TestSources.isTest(input.path());
  }

  List<Detection> run() {
    sinks();
    foldedConstants(unit);
    if (!testSource) {
      names();
    }
    return findings.detections();
  }

  // ---- credential sinks --------------------------------------------------------------------------------------

  private void sinks() {
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      List<Sink> sinks = catalog.methodSinks(call.getNameAsString());
      if (sinks.isEmpty()) {
        continue;
      }
      List<String> chain = call.getScope().map(this::segments).orElse(List.of());
      for (Sink sink : sinks) {
        if (sink.acceptsArity(call.getArguments().size()) && sink.acceptsReceiver(chain)) {
          sinkArgument(sink, call.getArguments());
        }
      }
    }
    for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
      List<Sink> sinks = catalog.constructorSinks(creation.getType().getNameAsString());
      if (sinks.isEmpty()) {
        continue;
      }
      // A nested type's outer types are its receiver: new TwilioRestClient.Builder(...) gives [TwilioRestClient].
      List<String> outer = creation.getType().getScope()
          .map(scope -> List.of(scope.getNameWithScope().split("\\."))).orElse(List.of());
      for (Sink sink : sinks) {
        if (sink.acceptsArity(creation.getArguments().size()) && sink.acceptsReceiver(outer)) {
          sinkArgument(sink, creation.getArguments());
        }
      }
    }
    for (AssignExpr assign : unit.findAll(AssignExpr.class)) {
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN && assign.getTarget() instanceof FieldAccessExpr field) {
        for (Sink sink : catalog.fieldSinks(field.getNameAsString())) {
          if (sink.acceptsReceiver(segments(field.getScope()))) {
            sinkValue(sink, assign.getValue());
          }
        }
      }
    }
    for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
      if (annotation.getNameAsString().equals("Value")
          || annotation.getNameAsString().equals("org.springframework.beans.factory.annotation.Value")) {
        valueAnnotation(annotation);
      }
    }
  }

  private void sinkArgument(Sink sink, NodeList<Expression> arguments) {
    if (sink.when().isPresent()) {
      Sink.Condition condition = sink.when().get();
      Expression other = arguments.get(condition.argument());
      boolean matches = folder.fold(other).map(value -> condition.accepts(value.text()))
          .orElse(condition.accepts(ConstantFolder.simpleName(other)));
      if (!matches) {
        return;
      }
    }
    sinkValue(sink, arguments.get(sink.argument()));
  }

  private void sinkValue(Sink sink, Expression argument) {
    Optional<FoldedValue> folded = folder.fold(argument).filter(FoldedValue::isCredentialCarrier);
    if (folded.isEmpty()) {
      return;
    }
    String value = sink.stripped(folded.get().asText());
    if (!CredentialShape.isLiteralCredential(value)) {
      return;
    }
    Node origin = folded.get().origin();
    if (catalogue(value, origin)) {
      return;
    }
    Environment environment = testSource ? Environment.TEST : Environment.UNKNOWN;
    String evidence = sink.evidence() + POWER_UNKNOWN + (testSource ? " (in test code)" : "");
    report(Strength.SINK, sink.rule(), value.strip(), origin, new ScopeVerdict(Scope.UNKNOWN, environment, evidence));
  }

  /** Spring's {@code @Value("${db.password:literal}")}: the default is used whenever the property is unset. */
  private void valueAnnotation(AnnotationExpr annotation) {
    Expression member = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      member = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value")) {
          member = pair.getValue();
        }
      }
    }
    if (member == null) {
      return;
    }
    Optional<FoldedValue> folded = folder.fold(member).filter(value -> value.kind() == FoldedValue.Kind.STRING);
    if (folded.isEmpty()) {
      return;
    }
    Matcher placeholder = VALUE_PLACEHOLDER.matcher(folded.get().text().strip());
    if (!placeholder.matches()) {
      return;
    }
    String key = placeholder.group(1);
    String fallback = placeholder.group(2);
    String target = annotatedName(annotation);
    if (!CredentialIdentifiers.isCredential(key) && !CredentialIdentifiers.isCredential(target)) {
      return;
    }
    if (!CredentialShape.isLiteralCredential(fallback) || catalogue(fallback, member)) {
      return;
    }
    Environment environment = testSource ? Environment.TEST : Environment.UNKNOWN;
    report(Strength.SINK, catalog.rule(VALUE_DEFAULT_RULE), fallback, member, new ScopeVerdict(Scope.UNKNOWN,
        environment, "default of @Value(\"${" + key + "}\"), used whenever the property is unset" + POWER_UNKNOWN));
  }

  private static String annotatedName(AnnotationExpr annotation) {
    Optional<Node> parent = annotation.getParentNode();
    if (parent.isPresent() && parent.get() instanceof FieldDeclaration field && !field.getVariables().isEmpty()) {
      return field.getVariable(0).getNameAsString();
    }
    if (parent.isPresent() && parent.get() instanceof Parameter parameter) {
      return parameter.getNameAsString();
    }
    return "";
  }

  // ---- folded constants run through the catalogue ------------------------------------------------------------

  /**
   * Top-down: the largest constant expression is folded once and its parts are not visited again. Single
   * literals are left alone (the regex engine reads them in the blob); annotations hold documentation.
   */
  private void foldedConstants(Node node) {
    if (node instanceof AnnotationExpr) {
      return;
    }
    if (node instanceof Expression expression && isComposite(expression)) {
      Optional<FoldedValue> folded = folder.fold(expression);
      if (folded.isPresent()) {
        FoldedValue value = folded.get();
        if ((value.composite() || expression instanceof TextBlockLiteralExpr) && carriesText(value)) {
          catalogue(value.asText(), value.kind() == FoldedValue.Kind.BYTES ? value.asBytes() : null, expression,
              true);
        }
        return;
      }
    }
    for (Node child : node.getChildNodes()) {
      foldedConstants(child);
    }
  }

  private static boolean isComposite(Expression expression) {
    return expression instanceof BinaryExpr || expression instanceof MethodCallExpr
        || expression instanceof ObjectCreationExpr || expression instanceof ArrayCreationExpr
        || expression instanceof ArrayInitializerExpr || expression instanceof TextBlockLiteralExpr;
  }

  private static boolean carriesText(FoldedValue value) {
    return value.isCredentialCarrier() || value.kind() == FoldedValue.Kind.BUILDER;
  }

  /** Runs a value through the rule catalogue; true when a provider rule recognised it. */
  private boolean catalogue(String value, Node origin) {
    return catalogue(value, null, origin, false);
  }

  private boolean catalogue(String value, byte[] bytes, Node origin, boolean onlyHidden) {
    byte[] scanned = bytes != null ? bytes : value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    boolean found = false;
    for (Detection detection : input.engine().scan(new ByteText(scanned))) {
      // A secret written out whole in the file is the regex engine's to report, with its exact position.
      if (onlyHidden && source.contains(detection.secret())) {
        continue;
      }
      found = true;
      report(Strength.CATALOGUE, detection.rule(), detection.secret(), origin, detection.verdict());
    }
    return found;
  }

  // ---- names as weak evidence --------------------------------------------------------------------------------

  private void names() {
    for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
      if (variable.getInitializer().isPresent() && CredentialIdentifiers.isCredential(variable.getNameAsString())) {
        named(kindOf(variable) + " " + variable.getNameAsString(), variable.getInitializer().get());
      }
    }
    for (AssignExpr assign : unit.findAll(AssignExpr.class)) {
      String target = ConstantFolder.simpleName(assign.getTarget());
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN && CredentialIdentifiers.isCredential(target)) {
        named("variable " + target, assign.getValue());
      }
    }
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      if (PROPERTY_SETTERS.contains(call.getNameAsString()) && call.getArguments().size() == 2) {
        Optional<FoldedValue> key = folder.fold(call.getArgument(0))
            .filter(value -> value.kind() == FoldedValue.Kind.STRING);
        if (key.isPresent() && CredentialIdentifiers.isCredential(key.get().text())) {
          named("property \"" + key.get().text() + "\"", call.getArgument(1));
        }
      }
    }
  }

  private void named(String holder, Expression initializer) {
    Optional<FoldedValue> folded = folder.fold(initializer).filter(FoldedValue::isCredentialCarrier);
    if (folded.isEmpty()) {
      return;
    }
    String value = folded.get().asText();
    if (findings.has(value) || !CredentialShape.looksLikeCredential(value)) {
      return;
    }
    Node origin = folded.get().origin();
    if (catalogue(value, origin)) {
      return;
    }
    report(Strength.NAME, catalog.rule(NAMED_LITERAL_RULE), value, origin, new ScopeVerdict(Scope.UNKNOWN,
        Environment.UNKNOWN, holder + " holds a literal of credential shape" + POWER_UNKNOWN));
  }

  private static String kindOf(VariableDeclarator variable) {
    return variable.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent() ? "field" : "variable";
  }

  // ---- shared ------------------------------------------------------------------------------------------------

  private void report(Strength strength, Rule rule, String secret, Node origin, ScopeVerdict verdict) {
    Optional<TextSpan> span = locator.span(origin);
    if (span.isEmpty()) {
      return;
    }
    findings.add(strength, new Detection(rule, secret, span.get(), locator.lineText(origin), verdict));
  }

  /**
   * The receiver of a call as dotted segments, calls written with {@code ()}: {@code Slack.getInstance()} gives
   * [Slack, getInstance()]. A variable stands for its declared type, or for its initializer when declared
   * {@code var}, so {@code HikariConfig config = ...; config.setPassword(...)} reads as [HikariConfig].
   */
  private List<String> segments(Expression expression) {
    List<String> segments = new ArrayList<>();
    appendSegments(expression, segments, 0);
    return segments;
  }

  private void appendSegments(Expression expression, List<String> segments, int depth) {
    if (depth > 32) {
      segments.add("?");
    } else if (expression instanceof NameExpr name) {
      Optional<Type> type = folder.scope().declaredType(name);
      if (type.isPresent() && !type.get().isVarType()) {
        segments.add(type.get().isClassOrInterfaceType()
            ? type.get().asClassOrInterfaceType().getNameAsString() : type.get().asString());
      } else if (type.isPresent()) {
        Optional<Expression> initializer = folder.scope().constant(name).flatMap(VariableDeclarator::getInitializer);
        if (initializer.isPresent()) {
          appendSegments(initializer.get(), segments, depth + 1);
        } else {
          segments.add(name.getNameAsString());
        }
      } else {
        segments.add(name.getNameAsString());
      }
    } else if (expression instanceof FieldAccessExpr access) {
      appendSegments(access.getScope(), segments, depth + 1);
      segments.add(access.getNameAsString());
    } else if (expression instanceof MethodCallExpr call) {
      call.getScope().ifPresent(scope -> appendSegments(scope, segments, depth + 1));
      segments.add(call.getNameAsString() + "()");
    } else if (expression instanceof ObjectCreationExpr creation) {
      segments.add("new " + creation.getType().getNameAsString() + "()");
    } else {
      segments.add("?");
    }
  }
}
