import { rmSync } from 'node:fs';
// Empties dist/ before a build (tsup builds its two configs in parallel, so neither may clean).
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
