#!/usr/bin/env node
// The `hearth` command. TypeScript runs directly through tsx's loader: there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../server/src/cli/main.ts');
