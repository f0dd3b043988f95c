import type { Command } from '../command.js';
import { bridgeCommand } from './bridge.js';
import { checklistCommand } from './checklist.js';
import { deployCommand } from './deploy.js';
import { healthCommand } from './health.js';
import { inspectCommand } from './inspect.js';
import { packageCommand } from './package.js';
import { pushCommand } from './push.js';
import { renderCommand } from './render.js';
import { scanCommand } from './scan.js';
import { downCommand, upCommand } from './up.js';

/** Every subcommand, in the order `--help` lists them. Each lives in its own file here. */
export const commands: readonly Command[] = [packageCommand, inspectCommand, scanCommand, pushCommand, renderCommand, deployCommand, healthCommand, checklistCommand, bridgeCommand, upCommand, downCommand];
