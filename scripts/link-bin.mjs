// After a build, make `node_modules/.bin/jsa` point at the built CLI, as it
// would for an installed package (npm does not link a project's own bin).
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist', 'cli.js');
const link = join(root, 'node_modules', '.bin', 'jsa');
if (existsSync(target)) {
  chmodSync(target, 0o755);
  mkdirSync(dirname(link), { recursive: true });
  try {
    if (lstatSync(link)) unlinkSync(link);
  } catch {
    // no previous link
  }
  symlinkSync(relative(dirname(link), target), link);
}
