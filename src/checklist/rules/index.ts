/** Every rule of the checklist, in the order the report shows them (by group, then id). */
import type { Rule } from '../types.js';
import { rules as hardening } from './hardening.js';
import { rules as health } from './health.js';
import { rules as image } from './image.js';
import { rules as observability } from './observability.js';
import { rules as resources } from './resources.js';
import { rules as scaling } from './scaling.js';
import { rules as secrets } from './secrets.js';
import { rules as tls } from './tls.js';
import { rules as workflows } from './workflows.js';

export const allRules: readonly Rule[] = [...image, ...secrets, ...health, ...resources, ...tls, ...observability, ...scaling, ...hardening, ...workflows];
