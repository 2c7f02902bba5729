// No page or dataset string ever becomes HTML or code: a lint rule as a meta-test. Every TypeScript
// file of the extension and its tools is parsed (TypeScript's own parser, so comments and strings do
// not count) and searched for HTML sinks and string evaluation. Test fixtures may use them: test/ is
// the one place not scanned, and nothing else is exempt.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SCANNED = ['lib', 'entrypoints', 'components', 'utils', 'scripts'];
const ROOT_FILES = ['wxt.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts', 'vitest.integrity.config.ts'];

/** Property names that parse or write markup. */
const HTML_PROPS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
const DOC_WRITES = new Set(['write', 'writeln']);

export function findSinks(source: string, fileName = 'x.tsx'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    found.push(`${fileName}:${line + 1} ${what}`);
  };
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAccessExpression(n)) {
      const name = n.name.text;
      if (HTML_PROPS.has(name)) at(n, name);
      if (DOC_WRITES.has(name) && /(?:^|\.)document$/.test(n.expression.getText(sf))) at(n, `document.${name}`);
    }
    if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression) && HTML_PROPS.has(n.argumentExpression.text)) at(n, `[${n.argumentExpression.text}]`);
    if (ts.isJsxAttribute(n) && n.name.getText(sf) === 'dangerouslySetInnerHTML') at(n, 'dangerouslySetInnerHTML');
    if (ts.isPropertyAssignment(n) && n.name.getText(sf).replace(/['"]/g, '') === 'dangerouslySetInnerHTML') at(n, 'dangerouslySetInnerHTML');
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const callee = n.expression.getText(sf);
      if (/^(?:(?:window|globalThis|self)\.)?eval$/.test(callee)) at(n, 'eval');
      if (/^(?:(?:window|globalThis|self)\.)?Function$/.test(callee)) at(n, ts.isNewExpression(n) ? 'new Function' : 'Function()');
      const first = n.arguments?.[0];
      if (/(?:^|\.)set(?:Timeout|Interval)$/.test(callee) && first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) at(n, `${callee} with a string`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (/\.(?:ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of SCANNED) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  for (const f of ROOT_FILES) if (fs.existsSync(path.join(root, f))) out.push(path.join(root, f));
  return out;
}

describe('no HTML sinks or string evaluation outside test/', () => {
  it('finds every kind of sink it is meant to find', () => {
    const bad = [
      'el.innerHTML = name;',
      'el.outerHTML = name;',
      "el.insertAdjacentHTML('beforeend', q);",
      'document.write(t);',
      'window.document.writeln(t);',
      "el['innerHTML'] = t;",
      'frame.srcdoc = t;',
      'range.createContextualFragment(t);',
      'eval(code);',
      'window.eval(code);',
      "new Function('return 1');",
      "Function('return 1')();",
      "setTimeout('alert(1)', 10);",
      'const x = <div dangerouslySetInnerHTML={{ __html: t }} />;',
      'h("div", { dangerouslySetInnerHTML: { __html: t } });',
    ];
    for (const src of bad) expect(findSinks(src), src).toHaveLength(1);
    const fine = [
      'el.textContent = name;',
      "const s = 'innerHTML is never used';",
      '// el.innerHTML = x',
      'writer.write(chunk);',
      'setTimeout(() => run(), 0);',
      'const evaluate = 1; evaluated(x);',
      'el.append(document.createTextNode(t));',
    ];
    for (const src of fine) expect(findSinks(src), src).toEqual([]);
  });

  it('the extension, its tools and its build configs contain none', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => findSinks(fs.readFileSync(f, 'utf8'), path.relative(root, f)));
    expect(found).toEqual([]);
  });
});
