package dev.overscope.detectors.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.Type;
import dev.overscope.detectors.java.FoldedValue.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the expressions of one compilation unit that are constant: literals, text blocks, {@code +},
 * {@code static final} fields and effectively constant locals, {@code String.join}, {@code concat},
 * {@code StringBuilder} chains, {@code new String(char[]|byte[])} over literal arrays, {@code getBytes()},
 * {@code toCharArray()} and Base64 decoding of literals. Anything else (a method call, a parameter, an environment
 * read) makes the expression not constant. Results are memoised per node; cycles and deep chains give up.
 */
final class ConstantFolder {
  private static final int MAX_DEPTH = 160;
  private static final int MAX_LENGTH = 64 * 1024;
  private static final Set<String> STRING_TYPES = Set.of("String", "java.lang.String", "CharSequence");
  private static final Set<String> BUILDER_TYPES = Set.of("StringBuilder", "StringBuffer");
  private static final Set<String> IDENTITY_METHODS = Set.of("trim", "strip", "intern", "toString");

  private final ConstantScope scope;
  private final Map<Node, Optional<FoldedValue>> memo = new IdentityHashMap<>();
  private final Set<VariableDeclarator> resolving = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private int depth;
  /** Set when the depth limit cut a fold short: such a failure says nothing about the node, so it is not memoised. */
  private boolean truncated;

  ConstantFolder(ConstantScope scope) {
    this.scope = scope;
  }

  ConstantScope scope() {
    return scope;
  }

  /** The constant value of {@code expression}, or empty when any part of it is not known from this file. */
  Optional<FoldedValue> fold(Expression expression) {
    Optional<FoldedValue> known = memo.get(expression);
    if (known != null) {
      return known;
    }
    if (depth == 0) {
      truncated = false;
    }
    if (depth >= MAX_DEPTH) {
      truncated = true;
      return Optional.empty();
    }
    depth++;
    Optional<FoldedValue> value;
    try {
      value = compute(expression).filter(folded -> folded.text().length() <= MAX_LENGTH);
    } finally {
      depth--;
    }
    if (!truncated) {
      memo.put(expression, value);
    }
    return value;
  }

  private Optional<FoldedValue> compute(Expression expression) {
    if (expression instanceof StringLiteralExpr literal) {
      return Optional.of(FoldedValue.string(literal.asString(), literal, false));
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return Optional.of(FoldedValue.string(block.asString(), block, false));
    }
    if (expression instanceof CharLiteralExpr character) {
      return Optional.of(new FoldedValue(Kind.CHAR, String.valueOf(character.asChar()), null, character, false));
    }
    if (expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr) {
      return number(expression).map(n -> new FoldedValue(Kind.NUMBER, Long.toString(n), null, expression, false));
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return fold(enclosed.getInner());
    }
    if (expression instanceof CastExpr cast) {
      return fold(cast.getExpression());
    }
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return concatenation(binary);
    }
    if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
      return reference(expression);
    }
    if (expression instanceof MethodCallExpr call) {
      return call(call);
    }
    if (expression instanceof ObjectCreationExpr creation) {
      return creation(creation);
    }
    if (expression instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
      return array(array.getElementType(), array.getInitializer().get());
    }
    if (expression instanceof ArrayInitializerExpr initializer) {
      return arrayElementType(initializer).flatMap(type -> array(type, initializer));
    }
    return Optional.empty();
  }

  private Optional<FoldedValue> concatenation(BinaryExpr binary) {
    Optional<FoldedValue> left = fold(binary.getLeft());
    if (left.isEmpty()) {
      return Optional.empty();
    }
    Optional<FoldedValue> right = fold(binary.getRight());
    if (right.isEmpty()) {
      return Optional.empty();
    }
    boolean leftString = left.get().kind() == Kind.STRING;
    boolean rightString = right.get().kind() == Kind.STRING;
    // Without a String operand, + is arithmetic, which folding does not track.
    if (!leftString && !rightString) {
      return Optional.empty();
    }
    if (!isPrintable(left.get()) || !isPrintable(right.get())) {
      return Optional.empty();
    }
    return Optional.of(FoldedValue.string(left.get().text() + right.get().text(), binary, true));
  }

  private static boolean isPrintable(FoldedValue value) {
    return value.kind() == Kind.STRING || value.kind() == Kind.CHAR || value.kind() == Kind.NUMBER;
  }

  private Optional<FoldedValue> reference(Expression reference) {
    Optional<VariableDeclarator> constant = scope.constant(reference);
    if (constant.isEmpty() || !resolving.add(constant.get())) {
      return Optional.empty();
    }
    try {
      Expression initializer = constant.get().getInitializer().orElseThrow();
      return fold(initializer);
    } finally {
      resolving.remove(constant.get());
    }
  }

  private Optional<FoldedValue> call(MethodCallExpr call) {
    String name = call.getNameAsString();
    NodeList<Expression> arguments = call.getArguments();
    Optional<Expression> receiver = call.getScope();
    String receiverName = receiver.map(ConstantFolder::simpleName).orElse("");
    switch (name) {
      case "join":
        return receiverName.equals("String") ? join(call) : Optional.empty();
      case "concat":
        return receiver.isPresent() && arguments.size() == 1
            ? strings(List.of(receiver.get(), arguments.get(0))).map(parts ->
                FoldedValue.string(String.join("", parts), call, true))
            : Optional.empty();
      case "valueOf":
      case "copyValueOf":
        if (!receiverName.equals("String") || arguments.size() != 1) {
          return Optional.empty();
        }
        return fold(arguments.get(0)).filter(value -> value.kind() != Kind.BYTES && value.kind() != Kind.BUILDER)
            .map(value -> FoldedValue.string(value.text(), call, true));
      case "decode":
        return isBase64Decoder(receiver) && arguments.size() == 1 ? base64(call, arguments.get(0)) : Optional.empty();
      case "encodeToString":
        return isBase64Encoder(receiver) && arguments.size() == 1
            ? fold(arguments.get(0)).filter(FoldedValue::isCredentialCarrier).map(value ->
                FoldedValue.string(Base64.getEncoder().encodeToString(value.asBytes()), call, true))
            : Optional.empty();
      case "getBytes":
        return receiverValue(receiver, Kind.STRING).map(value ->
            FoldedValue.bytes(value.text().getBytes(StandardCharsets.UTF_8), call));
      case "toCharArray":
        return receiverValue(receiver, Kind.STRING).map(value -> FoldedValue.of(Kind.CHARS, value.text(), call));
      case "append":
        if (arguments.size() != 1) {
          return Optional.empty();
        }
        Optional<FoldedValue> builder = receiverValue(receiver, Kind.BUILDER);
        if (builder.isEmpty()) {
          return Optional.empty();
        }
        return fold(arguments.get(0)).filter(value -> value.kind() != Kind.BYTES && value.kind() != Kind.BUILDER)
            .map(value -> FoldedValue.of(Kind.BUILDER, builder.get().text() + value.text(), call));
      case "reverse":
        return receiverValue(receiver, Kind.BUILDER).map(value ->
            FoldedValue.of(Kind.BUILDER, new StringBuilder(value.text()).reverse().toString(), call));
      default:
        if (IDENTITY_METHODS.contains(name) && arguments.isEmpty() && receiver.isPresent()) {
          return fold(receiver.get()).filter(value -> value.kind() == Kind.STRING || value.kind() == Kind.BUILDER)
              .map(value -> FoldedValue.string(name.equals("toString") ? value.text() : value.text().strip(),
                  call, true));
        }
        return Optional.empty();
    }
  }

  private Optional<FoldedValue> receiverValue(Optional<Expression> receiver, Kind kind) {
    return receiver.flatMap(this::fold).filter(value -> value.kind() == kind);
  }

  private Optional<FoldedValue> join(MethodCallExpr call) {
    NodeList<Expression> arguments = call.getArguments();
    if (arguments.size() < 2) {
      return Optional.empty();
    }
    List<Expression> elements = new ArrayList<>(arguments.subList(1, arguments.size()));
    if (elements.size() == 1) {
      Expression only = elements.get(0);
      if (only instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
        elements = array.getInitializer().get().getValues();
      } else if (only instanceof MethodCallExpr list
          && (list.getNameAsString().equals("of") || list.getNameAsString().equals("asList"))) {
        elements = list.getArguments();
      }
    }
    Optional<List<String>> separator = strings(List.of(arguments.get(0)));
    Optional<List<String>> parts = strings(elements);
    if (separator.isEmpty() || parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(FoldedValue.string(String.join(separator.get().get(0), parts.get()), call, true));
  }

  private Optional<List<String>> strings(List<Expression> expressions) {
    List<String> parts = new ArrayList<>();
    for (Expression expression : expressions) {
      Optional<FoldedValue> value = fold(expression).filter(folded -> folded.kind() == Kind.STRING);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      parts.add(value.get().text());
    }
    return Optional.of(parts);
  }

  private Optional<FoldedValue> base64(MethodCallExpr call, Expression argument) {
    Optional<FoldedValue> input = fold(argument).filter(value -> value.kind() == Kind.STRING
        || value.kind() == Kind.BYTES);
    if (input.isEmpty()) {
      return Optional.empty();
    }
    boolean url = call.getScope().map(ConstantFolder::simpleName).orElse("").toLowerCase().contains("url");
    try {
      byte[] encoded = input.get().asBytes();
      byte[] decoded = url ? Base64.getUrlDecoder().decode(encoded) : Base64.getMimeDecoder().decode(encoded);
      return Optional.of(FoldedValue.bytes(decoded, call));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** {@code Base64.getDecoder()}, {@code getMimeDecoder()}, {@code getUrlDecoder()}, jjwt's {@code Decoders.BASE64}. */
  private static boolean isBase64Decoder(Optional<Expression> receiver) {
    if (receiver.isEmpty()) {
      return false;
    }
    Expression scope = receiver.get();
    if (scope instanceof MethodCallExpr getter) {
      return getter.getNameAsString().matches("get(Mime|Url)?Decoder")
          && getter.getScope().map(ConstantFolder::simpleName).filter("Base64"::equals).isPresent();
    }
    if (scope instanceof FieldAccessExpr field) {
      return field.getNameAsString().startsWith("BASE64") && simpleName(field.getScope()).equals("Decoders");
    }
    return false;
  }

  private static boolean isBase64Encoder(Optional<Expression> receiver) {
    return receiver.filter(scope -> scope instanceof MethodCallExpr getter
        && getter.getNameAsString().matches("get(Mime|Url)?Encoder")
        && getter.getScope().map(ConstantFolder::simpleName).filter("Base64"::equals).isPresent()).isPresent();
  }

  private Optional<FoldedValue> creation(ObjectCreationExpr creation) {
    String type = creation.getType().getNameAsString();
    NodeList<Expression> arguments = creation.getArguments();
    if (STRING_TYPES.contains(type) && !arguments.isEmpty() && arguments.size() <= 2) {
      Optional<FoldedValue> value = fold(arguments.get(0));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      return switch (value.get().kind()) {
        case STRING, CHARS -> Optional.of(FoldedValue.string(value.get().text(), creation, true));
        case BYTES -> Optional.of(FoldedValue.string(new String(value.get().bytes(), StandardCharsets.UTF_8),
            creation, true));
        default -> Optional.empty();
      };
    }
    if (BUILDER_TYPES.contains(type)) {
      if (arguments.isEmpty()) {
        return Optional.of(FoldedValue.of(Kind.BUILDER, "", creation));
      }
      if (arguments.size() == 1) {
        return fold(arguments.get(0)).map(value -> value.kind() == Kind.NUMBER
            ? FoldedValue.of(Kind.BUILDER, "", creation)
            : FoldedValue.of(Kind.BUILDER, value.text(), creation));
      }
    }
    return Optional.empty();
  }

  private Optional<FoldedValue> array(Type elementType, ArrayInitializerExpr initializer) {
    String element = elementType.asString();
    if (!element.equals("char") && !element.equals("byte")) {
      return Optional.empty();
    }
    StringBuilder chars = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Expression value : initializer.getValues()) {
      Optional<Long> code = code(value);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      chars.append((char) code.get().longValue());
      bytes.write((int) (long) code.get());
    }
    return Optional.of(element.equals("char")
        ? FoldedValue.of(Kind.CHARS, chars.toString(), initializer)
        : FoldedValue.bytes(bytes.toByteArray(), initializer));
  }

  /** A character or number element of a literal array: {@code 'a'}, {@code 0x73}, {@code (byte) -12}. */
  private Optional<Long> code(Expression value) {
    if (value instanceof CharLiteralExpr character) {
      return Optional.of((long) character.asChar());
    }
    if (value instanceof CastExpr cast) {
      return code(cast.getExpression());
    }
    if (value instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
      return code(unary.getExpression()).map(n -> -n);
    }
    return number(value).or(() -> fold(value).filter(folded -> folded.kind() == Kind.CHAR
        || folded.kind() == Kind.NUMBER).map(folded -> folded.kind() == Kind.CHAR
        ? (long) folded.text().charAt(0) : Long.parseLong(folded.text())));
  }

  private static Optional<Long> number(Expression expression) {
    try {
      if (expression instanceof IntegerLiteralExpr integer) {
        return Optional.of(integer.asNumber().longValue());
      }
      if (expression instanceof LongLiteralExpr longValue) {
        return Optional.of(longValue.asNumber().longValue());
      }
    } catch (NumberFormatException malformed) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Type> arrayElementType(ArrayInitializerExpr initializer) {
    Optional<Node> parent = initializer.getParentNode();
    if (parent.isPresent() && parent.get() instanceof VariableDeclarator variable
        && variable.getType() instanceof ArrayType arrayType) {
      return Optional.of(arrayType.getComponentType());
    }
    return Optional.empty();
  }

  /** The last identifier of a name or qualified name ({@code java.util.Base64} gives {@code Base64}). */
  static String simpleName(Expression expression) {
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (expression instanceof FieldAccessExpr access) {
      return access.getNameAsString();
    }
    if (expression instanceof MethodCallExpr call) {
      return call.getNameAsString();
    }
    return "";
  }
}
