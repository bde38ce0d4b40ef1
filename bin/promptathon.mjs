#!/usr/bin/env node
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

const { main } = await import(pathToFileURL(await ensureBuilt('server/cli/main.ts', 'cli')).href);
process.exitCode = await main(process.argv.slice(2));
