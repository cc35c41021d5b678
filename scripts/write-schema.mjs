// Writes schema.json (package root, so that node10 resolution finds it too): the JSON Schema of Article, generated from ArticleSchema (zod 4's toJSONSchema).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleSchema } from '../dist/index.js';

const schema = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
schema.$id = 'https://unpkg.com/arabic-news-parser/schema.json';
schema.title = 'Article';
writeFileSync(new URL('../schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
