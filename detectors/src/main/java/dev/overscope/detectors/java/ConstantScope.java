package dev.overscope.detectors.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name resolution inside one compilation unit, without a symbol solver: a simple name is a local variable of the
 * enclosing method, else a field of an enclosing type, else the one field of that name in the file. A variable is a
 * constant when it is {@code final} (or an interface field), or when nothing in the file assigns it again.
 */
final class ConstantScope {
  private final Map<String, List<VariableDeclarator>> fieldsByName = new HashMap<>();
  private final Map<String, TypeDeclaration<?>> typesByName = new HashMap<>();
  private final Set<String> reassigned = new HashSet<>();
  private final Map<Node, Map<String, List<VariableDeclarator>>> localsByOwner = new IdentityHashMap<>();

  ConstantScope(CompilationUnit unit) {
    for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
      typesByName.putIfAbsent(type.getNameAsString(), type);
    }
    for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
      for (VariableDeclarator variable : field.getVariables()) {
        fieldsByName.computeIfAbsent(variable.getNameAsString(), k -> new java.util.ArrayList<>()).add(variable);
      }
    }
    for (AssignExpr assign : unit.findAll(AssignExpr.class)) {
      targetName(assign.getTarget()).ifPresent(reassigned::add);
    }
    for (UnaryExpr unary : unit.findAll(UnaryExpr.class)) {
      if (unary.getOperator().name().contains("CREMENT")) {
        targetName(unary.getExpression()).ifPresent(reassigned::add);
      }
    }
  }

  /** The constant a name or field access refers to, when it is one and has an initializer. */
  Optional<VariableDeclarator> constant(Expression reference) {
    return declaration(reference).filter(this::isConstant);
  }

  /** The declared type of the variable a name refers to (a local, parameter or field), when written out. */
  Optional<Type> declaredType(NameExpr name) {
    Optional<Parameter> parameter = parameter(name);
    if (parameter.isPresent()) {
      return parameter.map(Parameter::getType);
    }
    return declaration(name).map(VariableDeclarator::getType);
  }

  boolean isType(String simpleName) {
    return typesByName.containsKey(simpleName);
  }

  private Optional<VariableDeclarator> declaration(Expression reference) {
    if (reference instanceof NameExpr name) {
      return resolve(name);
    }
    if (reference instanceof FieldAccessExpr access) {
      return resolve(access);
    }
    return Optional.empty();
  }

  private boolean isConstant(VariableDeclarator variable) {
    if (variable.getInitializer().isEmpty()) {
      return false;
    }
    Optional<Node> parent = variable.getParentNode();
    boolean declaredFinal = parent.map(node -> node instanceof FieldDeclaration field
        ? field.isFinal() || inInterface(field)
        : node instanceof VariableDeclarationExpr local && local.isFinal()).orElse(false);
    return declaredFinal || !reassigned.contains(variable.getNameAsString());
  }

  private static boolean inInterface(FieldDeclaration field) {
    return field.getParentNode().filter(owner -> owner instanceof ClassOrInterfaceDeclaration type
        && type.isInterface()).isPresent();
  }

  private Optional<VariableDeclarator> resolve(NameExpr name) {
    String id = name.getNameAsString();
    if (parameter(name).isPresent()) {
      return Optional.empty();
    }
    Optional<Node> owner = bodyOwner(name);
    if (owner.isPresent()) {
      List<VariableDeclarator> locals = locals(owner.get()).get(id);
      if (locals != null) {
        // The nearest declaration above the use: a later one of the same name is another scope.
        VariableDeclarator best = null;
        for (VariableDeclarator local : locals) {
          if (before(local, name)) {
            best = local;
          }
        }
        if (best != null) {
          return Optional.of(best);
        }
      }
    }
    List<VariableDeclarator> fields = fieldsByName.get(id);
    if (fields == null) {
      return Optional.empty();
    }
    for (Node node = name; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> type) {
        for (VariableDeclarator field : fields) {
          if (field.getParentNode().flatMap(Node::getParentNode).filter(declaring -> declaring == type).isPresent()) {
            return Optional.of(field);
          }
        }
      }
    }
    return fields.size() == 1 ? Optional.of(fields.get(0)) : Optional.empty();
  }

  private Optional<VariableDeclarator> resolve(FieldAccessExpr access) {
    Expression scope = access.getScope();
    String id = access.getNameAsString();
    List<VariableDeclarator> fields = fieldsByName.get(id);
    if (fields == null) {
      return Optional.empty();
    }
    String owner;
    if (scope instanceof ThisExpr) {
      owner = enclosingTypeName(access);
    } else if (scope instanceof NameExpr typeName) {
      owner = typeName.getNameAsString();
    } else if (scope instanceof FieldAccessExpr qualified) {
      owner = qualified.getNameAsString();
    } else {
      return Optional.empty();
    }
    TypeDeclaration<?> type = typesByName.get(owner);
    if (type == null) {
      return Optional.empty();
    }
    for (VariableDeclarator field : fields) {
      if (field.getParentNode().flatMap(Node::getParentNode).filter(declaring -> declaring == type).isPresent()) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  private static String enclosingTypeName(Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof TypeDeclaration<?> type) {
        return type.getNameAsString();
      }
    }
    return "";
  }

  /** A parameter of an enclosing method, lambda or catch clause that the name refers to. */
  private static Optional<Parameter> parameter(NameExpr name) {
    String id = name.getNameAsString();
    for (Node node = name.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof NodeWithParameters<?> callable) {
        for (Parameter parameter : callable.getParameters()) {
          if (parameter.getNameAsString().equals(id)) {
            return Optional.of(parameter);
          }
        }
      } else if (node instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(id)) {
        return Optional.of(clause.getParameter());
      }
      if (node instanceof TypeDeclaration<?>) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Optional<Node> bodyOwner(Node node) {
    for (Node current = node.getParentNode().orElse(null); current != null;
        current = current.getParentNode().orElse(null)) {
      if (current instanceof CallableDeclaration<?> || current instanceof InitializerDeclaration) {
        return Optional.of(current);
      }
      if (current instanceof TypeDeclaration<?>) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Map<String, List<VariableDeclarator>> locals(Node owner) {
    return localsByOwner.computeIfAbsent(owner, key -> {
      Map<String, List<VariableDeclarator>> locals = new HashMap<>();
      for (VariableDeclarationExpr declaration : key.findAll(VariableDeclarationExpr.class)) {
        for (VariableDeclarator variable : declaration.getVariables()) {
          locals.computeIfAbsent(variable.getNameAsString(), k -> new java.util.ArrayList<>()).add(variable);
        }
      }
      return locals;
    });
  }

  private static boolean before(Node declaration, Node use) {
    return declaration.getBegin().flatMap(start -> use.getBegin().map(start::isBefore)).orElse(false);
  }

  private static Optional<String> targetName(Expression target) {
    if (target instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (target instanceof FieldAccessExpr access) {
      return Optional.of(access.getNameAsString());
    }
    return Optional.empty();
  }
}
