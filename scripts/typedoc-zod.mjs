// A TypeDoc plugin for zod schemas as the single source of types.
//
// 1. A schema constant (`export const ReportSchema = z.object(…)`) is documented by its
//    doc comment; its type, zod's generics over the whole shape, is shown as
//    `ZodType` instead of being expanded field by field.
// 2. A type inferred from a schema and tagged `@interface`
//    (`export type Report = z.infer<typeof ReportSchema>`) is shown as an interface, and
//    each field (nested objects' fields too) takes its documentation from the schema's
//    `.describe('…')`: the description is written once, in the schema, and serves the
//    JSON Schema files, the types' doc comments and this reference alike.
// @ts-check
import * as td from 'typedoc';
import ts from 'typescript';

/** @param {td.Application} app */
export function load(app) {
  /** @type {Map<td.DeclarationReflection, Map<string, any>>} */
  const inferred = new Map();
  app.converter.on(td.Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kind !== td.ReflectionKind.TypeAlias && reflection.kind !== td.ReflectionKind.Interface) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const decl = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    if (!decl) return;
    const schema = schemaOfInfer(decl.type, context.checker);
    const fields = schema ? fieldsOf(initializerOf(schema, context.checker), context.checker, 0) : undefined;
    if (fields) inferred.set(reflection, fields);
  });

  app.converter.on(td.Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    // 1. Schema constants: drop the expansion of their type.
    const schemaVars = project.getReflectionsByKind(td.ReflectionKind.Variable).filter((r) => /Schema$/.test(r.name));
    const drop = [];
    for (const r of Object.values(project.reflections)) {
      for (let p = r.parent; p; p = p.parent) {
        if (schemaVars.includes(/** @type {any} */ (p))) {
          drop.push(r);
          break;
        }
      }
    }
    for (const r of drop) project.removeReflection(r);
    for (const v of schemaVars) /** @type {td.DeclarationReflection} */ (v).type = new td.UnknownType('ZodType');

    // 2. Inferred types: fields documented from the schema's describe().
    for (const [reflection, fields] of inferred) document(reflection, fields);

    // 3. Where an inferred type is used (Readonly<{ … }> after inference), link to it by
    //    name instead of repeating its fields inline.
    const byShape = new Map();
    for (const alias of inferred.keys()) {
      const key = shapeKey(alias.children);
      if (key) byShape.set(key, alias);
    }
    const seen = new Set();
    const rewrite = (type) => {
      if (!type || seen.has(type)) return type;
      seen.add(type);
      switch (type.type) {
        case 'reflection': {
          const alias = byShape.get(shapeKey(type.declaration.children));
          if (alias && !isInside(type.declaration, alias)) {
            project.removeReflection(type.declaration);
            return td.ReferenceType.createResolvedReference(alias.name, alias, project);
          }
          for (const child of type.declaration.children ?? []) child.type = rewrite(child.type);
          for (const sig of type.declaration.signatures ?? []) rewriteSignature(sig);
          return type;
        }
        case 'reference': {
          if (type.name === 'Readonly' && type.typeArguments?.length === 1) {
            const inner = rewrite(type.typeArguments[0]);
            if (inner.type === 'reference' && inferredNames.has(inner.name)) return inner;
            type.typeArguments = [inner];
            return type;
          }
          if (type.typeArguments) type.typeArguments = type.typeArguments.map(rewrite);
          return type;
        }
        case 'array':
          type.elementType = rewrite(type.elementType);
          return type;
        case 'union':
        case 'intersection':
          type.types = type.types.map(rewrite);
          return type;
        case 'typeOperator':
          type.target = rewrite(type.target);
          return type;
        case 'tuple':
          type.elements = type.elements.map(rewrite);
          return type;
        case 'optional':
        case 'rest':
          type.elementType = rewrite(type.elementType);
          return type;
        default:
          return type;
      }
    };
    const inferredNames = new Set([...inferred.keys()].map((a) => a.name));
    const rewriteSignature = (sig) => {
      for (const p of sig.parameters ?? []) p.type = rewrite(p.type);
      sig.type = rewrite(sig.type);
    };
    for (const r of Object.values(project.reflections)) {
      if (r instanceof td.DeclarationReflection) {
        r.type = rewrite(r.type);
        for (const sig of r.signatures ?? []) rewriteSignature(sig);
      }
    }
  });
}

// The fields of an object type, by name and where they are declared: two types with the
// same key are the same type.
function shapeKey(children) {
  if (!children || children.length === 0) return undefined;
  return children
    .map((c) => `${c.name}@${c.sources?.[0]?.fileName}:${c.sources?.[0]?.line}`)
    .sort()
    .join('|');
}

function isInside(reflection, ancestor) {
  for (let p = reflection; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** `z.infer<typeof X>` / `z.input<typeof X>` / `z.output<typeof X>`: the symbol of X. */
function schemaOfInfer(node, checker) {
  if (!ts.isTypeReferenceNode(node)) return undefined;
  const name = node.typeName.getText();
  if (!/^z\.(infer|input|output)$/.test(name)) return undefined;
  const arg = node.typeArguments?.[0];
  if (!arg || !ts.isTypeQueryNode(arg)) return undefined;
  const symbol = checker.getSymbolAtLocation(arg.exprName);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function initializerOf(symbol, checker) {
  const s = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = s?.declarations?.find(ts.isVariableDeclaration);
  return decl?.initializer;
}

/**
 * What a schema expression says of its fields: name → { description, fields }. Follows
 * .describe/.optional/.readonly/… chains, z.object({…}), .extend({…}), z.array(x) and
 * references to other schema constants.
 */
function fieldsOf(expr, checker, depth) {
  if (!expr || depth > 200) return undefined;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return fieldsOf(expr.expression, checker, depth + 1);
  if (ts.isIdentifier(expr)) {
    const symbol = checker.getSymbolAtLocation(expr);
    return fieldsOf(initializerOf(symbol, checker), checker, depth + 1);
  }
  if (!ts.isCallExpression(expr)) return undefined;
  const callee = expr.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if ((method === 'object' || method === 'strictObject') && ts.isIdentifier(callee.expression) && callee.expression.text === 'z') return shapeOf(expr.arguments[0], checker, depth);
    if (method === 'array' && ts.isIdentifier(callee.expression) && callee.expression.text === 'z') return fieldsOf(expr.arguments[0], checker, depth + 1);
    if (method === 'extend') {
      const base = fieldsOf(callee.expression, checker, depth + 1) ?? new Map();
      const more = shapeOf(expr.arguments[0], checker, depth) ?? new Map();
      return new Map([...base, ...more]);
    }
    return fieldsOf(callee.expression, checker, depth + 1);
  }
  return undefined;
}

function shapeOf(node, checker, depth) {
  if (!node) return undefined;
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'shape') return fieldsOf(node.expression, checker, depth + 1);
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const out = new Map();
  for (const p of node.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const name = p.name.getText().replace(/^['"]|['"]$/g, '');
    out.set(name, { description: descriptionOf(p.initializer, checker, depth) ?? jsDocOf(p), fields: fieldsOf(p.initializer, checker, depth + 1) });
  }
  return out;
}

/** The doc comment written on a field of the shape: { /** 1-based … *\/ paragraph: … }. */
function jsDocOf(node) {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? ''))
    .join('\n')
    .trim();
  return text || undefined;
}

/** The outermost .describe('…') of a field's schema, else that of the schema it names. */
function descriptionOf(expr, checker, depth) {
  for (let e = expr; e && depth < 200; depth++) {
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
      if (e.expression.name.text === 'describe' && e.arguments[0] && ts.isStringLiteralLike(e.arguments[0])) return e.arguments[0].text;
      e = e.expression.expression;
    } else if (ts.isCallExpression(e) && e.arguments.length === 1 && ts.isPropertyAccessExpression(e.expression) === false) {
      return undefined;
    } else if (ts.isIdentifier(e)) {
      // A schema constant without describe(): its doc comment.
      const symbol = checker.getSymbolAtLocation(e);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const doc = target ? ts.displayPartsToString(target.getDocumentationComment(checker)).trim() : '';
      const init = initializerOf(symbol, checker);
      const described = descriptionOf(init, checker, depth + 1);
      return described ?? (doc || undefined);
    } else return undefined;
  }
  return undefined;
}

/** Gives each child of the reflection (and of its object-typed fields) its description. */
function document(reflection, fields) {
  const children = childrenOf(reflection);
  for (const child of children) {
    const field = fields.get(child.name);
    if (!field) continue;
    if (field.description && !child.hasComment()) child.comment = new td.Comment([{ kind: 'text', text: field.description }]);
    if (field.fields) document(child, field.fields);
  }
}

function childrenOf(reflection) {
  const out = [...(reflection.children ?? [])];
  const visit = (type) => {
    if (!type) return;
    if (type.type === 'reflection') out.push(...(type.declaration.children ?? []));
    else if (type.type === 'array') visit(type.elementType);
    else if (type.type === 'union' || type.type === 'intersection') type.types.forEach(visit);
    else if (type.type === 'reference') (type.typeArguments ?? []).forEach(visit);
    else if (type.type === 'typeOperator') visit(type.target);
  };
  visit(reflection.type);
  return out;
}
