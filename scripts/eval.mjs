#!/usr/bin/env node
// Scores the built parser on a folder of gold files (the format of ../shared/eval/dev: *.gold.json beside the
// article it names in "input") and prints a table. usage: npm run eval -- <dir> [--json out.json] [--verbose]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../dist/index.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' }, verbose: { type: 'boolean' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run eval -- <folder of *.gold.json> [--json out.json] [--verbose]');
  process.exit(2);
}

/** Folded word list: the same folding the parser matches on, punctuation dropped. */
function words(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
const key = (t) => words(t).join(' ');

function overlap(a, b) {
  const counts = new Map();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) if ((counts.get(w) ?? 0) > 0) { n++; counts.set(w, counts.get(w) - 1); }
  return n;
}

/** Same person: equal, or every word of the shorter in the longer with the same last word. */
function samePerson(a, names) {
  const x = words(a);
  return x.length > 0 && names.some((n) => {
    const y = words(n);
    if (!y.length) return false;
    const [s, l] = x.length <= y.length ? [x, y] : [y, x];
    return s.join(' ') === l.join(' ') || (s.every((w) => l.includes(w)) && l.includes(s[s.length - 1]));
  });
}

/** One-to-one pairs of predicted and gold spans with at least half of each side's words shared. */
function pairSpans(pred, gold) {
  const cands = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const pw = words(p), gw = words(g);
    const c = overlap(pw, gw);
    if (pw.length && gw.length && c / pw.length >= 0.5 && c / gw.length >= 0.5) cands.push([c / (pw.length + gw.length), i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0]);
  const used = [new Set(), new Set()], pairs = [];
  for (const [, i, j] of cands) if (!used[0].has(i) && !used[1].has(j)) { used[0].add(i); used[1].add(j); pairs.push([i, j]); }
  return pairs;
}

const tally = () => ({ hit: 0, of: 0 });
const prf = () => ({ tp: 0, pred: 0, gold: 0 });
const T = { articles: 0, errors: 0, headline: tally(), publishedAt: tally(), readTime: tally(), agency: tally(), dateline: tally(),
  authors: prf(), body: prf(), leak: tally(), quotes: prf(), speaker: tally(), quoteSpeaker: prf(), speakers: prf(), scare: tally(), indirect: prf() };
const misses = [];

for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (!gold.input) continue;
  T.articles++;
  let a;
  try {
    a = parseArticle(readFileSync(resolve(dir, gold.input), 'utf8'), gold.format === 'html' ? { format: 'html' } : undefined);
  } catch (error) {
    T.errors++;
    misses.push({ file, error: `${error.code}: ${error.message}` });
    continue;
  }
  const miss = { file };
  const check = (name, ok, got) => { T[name].of++; if (ok) T[name].hit++; else miss[name] = got; };
  if (gold.headline != null) check('headline', key(a.headline) === key(gold.headline), a.headline);
  if (gold.publishedAt != null) check('publishedAt', (a.publishedAt ?? '').slice(0, 10) === gold.publishedAt, a.publishedAt);
  if (gold.readTimeMinutes != null) check('readTime', a.readTime.minutes === gold.readTimeMinutes, a.readTime);
  if (gold.byline) {
    const same = (p, g) => (g == null ? p == null : p != null && samePerson(p, [g]));
    check('agency', same(a.byline.agency, gold.byline.agency), a.byline.agency);
    check('dateline', same(a.byline.dateline, gold.byline.dateline), a.byline.dateline);
    const ga = gold.byline.authors ?? [];
    T.authors.tp += a.byline.authors.filter((p) => ga.some((g) => samePerson(p, [g]))).length;
    T.authors.pred += a.byline.authors.length;
    T.authors.gold += ga.length;
  }
  if (gold.body) {
    const pw = words(a.paragraphs.join(' ')), gw = words(gold.body.join(' '));
    T.body.tp += overlap(pw, gw); T.body.pred += pw.length; T.body.gold += gw.length;
    const paras = a.paragraphs.map(key), joined = ` ${paras.join(' ')} `;
    for (const line of gold.boilerplate ?? []) {
      const k = key(line);
      if (!k) continue;
      const leaked = k.split(' ').length >= 3 ? joined.includes(` ${k} `) : paras.includes(k);
      check('leak', !leaked, line);
    }
  }
  const quotes = a.quotes.filter((q) => q.kind !== 'indirect');
  const gq = gold.quotes ?? [];
  const pairs = pairSpans(quotes.map((q) => q.text), gq.map((q) => q.text));
  T.quotes.tp += pairs.length; T.quotes.pred += quotes.length; T.quotes.gold += gq.length;
  T.quoteSpeaker.pred += quotes.length; T.quoteSpeaker.gold += gq.length;
  const namesOf = (n) => { const s = (gold.speakers ?? []).find((x) => x.name === n); return s ? [s.name, ...s.aliases] : [n]; };
  for (const [i, j] of pairs) {
    const want = gq[j].speaker, got = quotes[i].speaker;
    const ok = want == null ? got == null : got != null && samePerson(got, namesOf(want));
    T.speaker.of++; if (ok) { T.speaker.hit++; T.quoteSpeaker.tp++; } else (miss.speakers ??= []).push({ quote: gq[j].text.slice(0, 40), want, got });
  }
  if (pairs.length < gq.length) miss.missed = gq.filter((_, j) => !pairs.some((p) => p[1] === j)).map((q) => q.text.slice(0, 50));
  if (pairs.length < quotes.length) miss.extra = quotes.filter((_, i) => !pairs.some((p) => p[0] === i)).map((q) => q.text.slice(0, 50));
  for (const ns of gold.notSpeech ?? []) { T.scare.of++; if (quotes.some((q) => key(q.text) === key(ns))) T.scare.hit++; }
  const ind = a.quotes.filter((q) => q.kind === 'indirect');
  T.indirect.tp += pairSpans(ind.map((q) => q.text), (gold.indirect ?? []).map((q) => q.text)).length;
  T.indirect.pred += ind.length; T.indirect.gold += (gold.indirect ?? []).length;
  const used = new Set();
  for (const s of a.speakers) {
    const j = (gold.speakers ?? []).findIndex((g, k) => !used.has(k) && samePerson(s.name, [g.name, ...g.aliases]));
    if (j >= 0) { used.add(j); T.speakers.tp++; }
  }
  T.speakers.pred += a.speakers.length; T.speakers.gold += (gold.speakers ?? []).length;
  if (Object.keys(miss).length > 1) misses.push(miss);
}

const ratio = ({ hit, of }) => (of ? hit / of : null);
const f1 = ({ tp, pred, gold }) => {
  if (!pred && !gold) return null;
  const p = pred ? tp / pred : 1, r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const leak = T.leak.of ? 1 - T.leak.hit / T.leak.of : null;
const rows = [
  ['headline', ratio(T.headline)], ['publishedAt', ratio(T.publishedAt)], ['readTime', ratio(T.readTime)],
  ['agency', ratio(T.agency)], ['dateline', ratio(T.dateline)], ['authors F1', f1(T.authors)?.f1],
  ['body F1', f1(T.body)?.f1], ['chrome leaked into body', leak],
  ['quotes F1', f1(T.quotes)?.f1], ['speaker accuracy', ratio(T.speaker)], ['quote+speaker F1', f1(T.quoteSpeaker)?.f1],
  ['speakers F1', f1(T.speakers)?.f1], ['non-speech taken as quotes', ratio(T.scare)], ['indirect F1', f1(T.indirect)?.f1],
];
if (values.verbose) for (const m of misses) console.log(JSON.stringify(m));
console.log(`${T.articles} articles, ${T.errors} errors (${dir})`);
for (const [name, v] of rows) console.log(`${name.padEnd(28)} ${v == null ? '—' : v.toFixed(3)}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ summary: Object.fromEntries(rows), misses }, null, 1));
