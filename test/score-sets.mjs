#!/usr/bin/env node
// Wraps each named page-style set around the corpus with ../shared/tools/wrap.mjs and scores the build on it with
// ../shared/tools/score.mjs, every set in this one process: both tools run unchanged, each as a fresh instance of its
// module (a query string on its URL) with its own command line, while the build they load stays one warm module.
// Spawning the two tools once per set cost over 2 s a set, most of it starting Node and a cold parser.
// usage: node test/score-sets.mjs SHARED PKG IDS_FILE OUT_DIR RESULT_JSON SET...
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [shared, pkg, idsFile, outDir, resultFile, ...sets] = process.argv.slice(2);
const corpus = join(shared, 'corpus', 'text');
const ids = readFileSync(idsFile, 'utf8').trim();
let runs = 0;

/** Runs a tool's module afresh with `args` as its command line; its console output is dropped. */
async function runTool(tool, args) {
  const argv = process.argv;
  const log = console.log;
  process.argv = [argv[0], tool, ...args];
  console.log = () => {};
  try {
    await import(`${pathToFileURL(tool).href}?run=${++runs}`);
  } finally {
    process.argv = argv;
    console.log = log;
  }
}

const summaries = {};
for (const set of sets) {
  const out = join(outDir, set.replace(/\.json$/, ''));
  mkdirSync(out, { recursive: true });
  await runTool(join(shared, 'tools', 'wrap.mjs'), ['--corpus', corpus, '--chrome', join(pkg, 'fixtures', 'chrome', set), '--gold', join(out, 'none'), '--out', out, '--ids', ids]);
  const json = join(out, 'score.json');
  await runTool(join(shared, 'tools', 'score.mjs'), ['--pkg', pkg, '--gold', out, '--json', json]);
  summaries[set] = JSON.parse(readFileSync(json, 'utf8')).summary;
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(resultFile, JSON.stringify(summaries));
