import { readFileSync } from 'node:fs';
import { parseArticle } from './index.js';

const file = process.argv[2];
if (file) process.stdout.write(JSON.stringify(parseArticle(readFileSync(file, 'utf8')), null, 2) + '\n');
