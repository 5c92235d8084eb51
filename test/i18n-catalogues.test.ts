import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogue, definedMessages, loadCatalogues } from '../src/core/i18n/messages';
import { LOCALES } from '../src/core/i18n/locales';

/**
 * Every word is in a catalogue, in every language:
 * - each copy file (`defineMessages`) is named by its path and has a catalogue
 *   per other language beside it (`copy.de.json`) with exactly its keys, each
 *   a valid ICU message using exactly the English message's values, and the
 *   English using exactly the values it declares;
 * - no screen or server answer carries words of its own: JSX text, text
 *   attributes (aria-label, title, placeholder, alt, label) and the messages
 *   of the server's errors come from copy, never from a literal.
 */
const SRC = path.resolve('src');
const OTHER_LOCALES = LOCALES.filter((l) => l !== 'en');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = files(SRC).filter((f) => !f.includes(`${path.sep}core${path.sep}i18n${path.sep}`));
const rel = (f: string) => path.relative(SRC, f).replaceAll(path.sep, '/');
const copyFiles = sources.filter((f) => /\bdefineMessages\(/.test(readFileSync(f, 'utf8')));

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function choicesHaveOther(elements: MessageFormatElement[]): boolean {
  return elements.every((element) => {
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return true;
    return 'other' in element.options && Object.values(element.options).every((option) => choicesHaveOther(option.value));
  });
}

const sorted = (set: Iterable<string>) => [...set].sort();

describe('catalogues', () => {
  it.each(sources.filter((f) => /(^|[-/])copy\.ts$/.test(rel(f))).map(rel))('%s is written as messages (defineMessages)', (name) => {
    expect(copyFiles.map(rel)).toContain(name);
  });

  describe.each(copyFiles.map((f) => [rel(f), f] as const))('%s', (name, file) => {
    const namespace = name.replace(/\.tsx?$/, '');

    it('is named by its path, and its messages are valid ICU with the values they declare', async () => {
      expect(readFileSync(file, 'utf8')).toContain(`defineMessages('${namespace}'`);
      await import(/* @vite-ignore */ file);
      const own = [...definedMessages().values()].filter((m) => m.key.startsWith(`${namespace}.`));
      expect(own.length).toBeGreaterThan(0);
      for (const message of own) {
        const ast = parse(message.text, { ignoreTag: true });
        expect(sorted(argumentsOf(ast)), `${message.key} uses exactly the values it declares`).toEqual(sorted(Object.keys(message.args)));
        expect(choicesHaveOther(ast), `${message.key}: every plural and select has an "other"`).toBe(true);
      }
    });

    it.each(OTHER_LOCALES)('has every message in %s, no other, each with the English values', async (locale) => {
      const catalogueFile = file.replace(/\.tsx?$/, `.${locale}.json`);
      expect(existsSync(catalogueFile), `${rel(catalogueFile)} exists`).toBe(true);
      await import(/* @vite-ignore */ file);
      await loadCatalogues(locale);
      const english = [...definedMessages().values()].filter((m) => m.key.startsWith(`${namespace}.`));
      const translated = [...catalogue(locale).entries()].filter(([key]) => key.startsWith(`${namespace}.`));
      expect(sorted(translated.map(([key]) => key)), `${rel(catalogueFile)} has exactly the English keys`).toEqual(sorted(english.map((m) => m.key)));
      const byKey = new Map(translated);
      for (const message of english) {
        const text = byKey.get(message.key)!;
        expect(text.trim(), `${message.key} in ${locale} is not empty`).not.toBe('');
        const ast = parse(text, { ignoreTag: true });
        expect(sorted(argumentsOf(ast)), `${message.key} in ${locale} uses the English values`).toEqual(sorted(argumentsOf(parse(message.text, { ignoreTag: true }))));
        expect(choicesHaveOther(ast), `${message.key} in ${locale}: every plural and select has an "other"`).toBe(true);
      }
    });
  });
});

// ── words outside the catalogues ──

const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
const ERROR_CLASSES = new Set(['AppError', 'BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'Gone', 'Locked', 'TooManyRequests']);
const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken]);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Where a literal ends up: JSX children, a text attribute or an error's message say words to a person; anything else (a class name, a call's argument) does not. */
function saysWords(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isCallExpression(parent) || ts.isPropertyAssignment(parent) || ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return false;
    if (ts.isNewExpression(parent)) return ts.isIdentifier(parent.expression) && ERROR_CLASSES.has(parent.expression.text) && parent.arguments !== undefined && parent.arguments.indexOf(child as ts.Expression) === parent.arguments.length - 1;
    if (ts.isJsxAttribute(parent)) return TEXT_ATTRIBUTES.has(parent.name.getText());
    if (ts.isJsxExpression(parent)) return ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent);
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

export function wordsOutsideCatalogues(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const at = () => `${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${at()} ${node.text.trim()}`);
    const text = literalText(node);
    if (text !== null && hasWords(text) && saysWords(node)) found.push(`${at()} ${text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const areas = [...new Set(sources.filter((f) => !copyFiles.includes(f)).map((f) => rel(f).split('/').slice(0, rel(f).startsWith('features/') ? 2 : 1).join('/')))];

describe('words outside the catalogues', () => {
  it.each(areas)('%s says nothing that is not in a catalogue', (area) => {
    const found = sources.filter((f) => !copyFiles.includes(f) && rel(f).startsWith(`${area}/`)).flatMap(wordsOutsideCatalogues);
    expect(found).toEqual([]);
  });
});

// ── words read when a module loads ──

/**
 * Copy read at a module's top level is read once, when the code arrives — before a lazily loaded
 * screen's catalogue does, and never again after: it would stay English on a German page. Words
 * are read where they are shown (inside a function or component), so each read is in the page's
 * language.
 */
export function copyReadAtLoad(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const copyNames = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !/copy$/.test(statement.moduleSpecifier.text)) continue;
    if (statement.importClause?.isTypeOnly) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) copyNames.add(element.name.text);
    if (bindings && ts.isNamespaceImport(bindings)) copyNames.add(bindings.name.text);
  }
  /** `const f = copy.feed`, where `f` is only ever read further (`f.sent`): a name for a subtree, whose words are still read when shown. */
  const aliasOfSubtree = (node: ts.Node): boolean => {
    const declaration = node.parent;
    if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== node || !ts.isIdentifier(declaration.name)) return false;
    const alias = declaration.name.text;
    const uses: ts.Identifier[] = [];
    const collect = (n: ts.Node) => {
      if (ts.isIdentifier(n) && n.text === alias && n !== declaration.name) uses.push(n);
      ts.forEachChild(n, collect);
    };
    collect(source);
    return uses.every((use) => (ts.isPropertyAccessExpression(use.parent) || ts.isElementAccessExpression(use.parent)) && use.parent.expression === use);
  };
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return; // read when called
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && aliasOfSubtree(node)) return;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      let root: ts.Expression = node;
      while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = root.expression;
      if (ts.isIdentifier(root) && copyNames.has(root.text)) {
        found.push(`${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().slice(0, 60)}`);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) visit(statement);
  return found;
}

describe('words read when a module loads', () => {
  it.each(areas)('%s reads its words where it shows them', (area) => {
    const found = sources.filter((f) => !copyFiles.includes(f) && rel(f).startsWith(`${area}/`)).flatMap(copyReadAtLoad);
    expect(found).toEqual([]);
  });
});
