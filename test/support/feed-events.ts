import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FeedEventScan {
  /** Each event type that can reach the activity feed, with where it is appended (file:line). */
  types: Map<string, string[]>;
  /** Appends whose type or feed flag the compiler cannot pin down; each one is a gap in the check. */
  problems: string[];
}

/**
 * Every event type the server can put in a couple's activity feed, read from
 * the server's own code with the TypeScript compiler rather than kept as a
 * list by hand: each call of `EventLog.append` or `ScopedTx.append` under
 * `src/` (client code excluded), its `type` as the type checker sees it (a
 * literal or a union of literals, so `event.type` of a state machine counts
 * every event it can emit), unless its `feed` is the literal `false`. A `feed`
 * decided at run time counts as "can be in the feed".
 *
 * Only our own files are loaded (imports of packages stay unresolved), which
 * keeps this to a few seconds.
 */
export function scanFeedEvents(root = process.cwd()): FeedEventScan {
  const roots = serverFiles(path.join(root, 'src')).filter((file) => readFileSync(file, 'utf8').includes('append('));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNames = (names, containing) =>
    names.map((name) => (name.startsWith('.') ? ts.resolveModuleName(name, containing, options, host).resolvedModule : undefined));
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const types = new Map<string, string[]>();
  const problems: string[] = [];

  for (const file of roots) {
    const source = program.getSourceFile(file)!;
    const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isEventAppend(node, checker)) {
        const event = node.arguments[node.arguments.length - 1];
        if (!event || !ts.isObjectLiteralExpression(event)) {
          problems.push(`${where(node)}: pass the event as an object literal, so its type can be read`);
        } else {
          const type = propertyType(event, 'type', checker);
          const feed = propertyType(event, 'feed', checker);
          if (type === 'forwarded') {
            // Plumbing that passes on an event made elsewhere (the couple scope adds the couple id): checked where it is made.
          } else if (!type) problems.push(`${where(node)}: the event's type cannot be read`);
          else if (!feed || feed === 'forwarded' || !isLiteralFalse(feed)) {
            const literals = stringLiterals(type);
            if (!literals) problems.push(`${where(node)}: the event type is \`${checker.typeToString(type)}\`; give it a literal type (or a union of them) so its feed words can be checked`);
            else for (const literal of literals) types.set(literal, [...(types.get(literal) ?? []), where(node)]);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { types, problems };
}

/** Server code: every .ts file under src except tests and the client (`ui/` folders and `web/`). */
function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'ui' || entry.name === 'web' ? [] : serverFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A call of the event log's append, directly or through a couple-scoped transaction. */
function isEventAppend(call: ts.CallExpression, checker: ts.TypeChecker): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'append') return false;
  const owner = checker.getResolvedSignature(call)?.declaration?.parent;
  if (!owner) return false;
  return (ts.isClassDeclaration(owner) && owner.name?.text === 'EventLog') || (ts.isInterfaceDeclaration(owner) && owner.name.text === 'ScopedTx');
}

/**
 * The type of `name` in an object literal, given directly (`{ name: x }`, `{ name }`) or through a spread
 * (`{ ...event }`); 'forwarded' when a spread passes on the event log's own loosely typed event unchanged.
 */
function propertyType(object: ts.ObjectLiteralExpression, name: string, checker: ts.TypeChecker): ts.Type | 'forwarded' | undefined {
  for (const prop of [...object.properties].reverse()) {
    if (ts.isSpreadAssignment(prop)) {
      const symbol = checker.getTypeAtLocation(prop.expression).getProperty(name);
      if (!symbol) continue;
      const declaredIn = symbol.declarations?.[0]?.parent;
      if (declaredIn && ts.isInterfaceDeclaration(declaredIn) && declaredIn.name.text === 'NewEvent') return 'forwarded';
      return checker.getTypeOfSymbolAtLocation(symbol, prop.expression);
    }
    if (!prop.name || !ts.isIdentifier(prop.name) || prop.name.text !== name) continue;
    if (ts.isPropertyAssignment(prop)) return checker.getTypeAtLocation(prop.initializer);
    if (ts.isShorthandPropertyAssignment(prop)) return checker.getTypeAtLocation(prop.name);
  }
  return undefined;
}

function stringLiterals(type: ts.Type): string[] | null {
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((t) => t.isStringLiteral()) ? parts.map((t) => (t as ts.StringLiteralType).value) : null;
}

function isLiteralFalse(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.BooleanLiteral) !== 0 && (type as { intrinsicName?: string }).intrinsicName === 'false';
}
