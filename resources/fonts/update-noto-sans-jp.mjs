/**
 * Refreshes resources/fonts/noto-sans-jp/ from the @fontsource/noto-sans-jp dev
 * dependency: copies the woff2 subsets of the two weights the report uses and
 * writes subsets.json (subset name → Unicode ranges, read from fontsource's CSS),
 * so the report can embed only the subsets its text needs.
 * Run: node resources/fonts/update-noto-sans-jp.mjs
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEIGHTS = [400, 700];
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, 'noto-sans-jp');
const source = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/LICENSE'));
mkdirSync(target, { recursive: true });

/** Every @font-face of one weight's CSS: its subset name and unicode-range. */
function faces(weight) {
  const css = readFileSync(join(source, `${weight}.css`), 'utf8');
  const found = [];
  for (const match of css.matchAll(/\/\* noto-sans-jp-\[?([a-z0-9-]+?)\]?-\d+-normal \*\/[\s\S]*?unicode-range: ([^;]+);/g)) {
    const ranges = match[2].split(',').map((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    });
    found.push({ subset: match[1], ranges });
  }
  return found;
}

const subsets = faces(WEIGHTS[0]);
for (const weight of WEIGHTS) {
  for (const { subset } of faces(weight)) {
    copyFileSync(join(source, 'files', `noto-sans-jp-${subset}-${weight}-normal.woff2`), join(target, `noto-sans-jp-${subset}-${weight}-normal.woff2`));
  }
}
copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
writeFileSync(join(target, 'subsets.json'), JSON.stringify({ family: 'Noto Sans JP', weights: WEIGHTS, subsets }) + '\n');
console.log(`${subsets.length} subsets × ${WEIGHTS.length} weights → ${target}`);
