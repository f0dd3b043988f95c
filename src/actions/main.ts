/**
 * The all-in-one action. Today it runs the stages that exist: it reads the image through the
 * image reader and reports it. Each later stage joins here as it lands.
 */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectImage } from '../image/inspect.js';
import type { ReadOptions } from '../image/types.js';
import { getListInput, getOptionalInput, getRequiredInput, getSecretInput } from './inputs.js';
import { actionLogger, runAction, setOutputs } from './run-action.js';

export interface MainInputs {
  image: string;
  read: ReadOptions;
}

export function getInputs(): MainInputs {
  const password = getSecretInput('registry-password');
  const username = getOptionalInput('registry-username');
  return {
    image: getRequiredInput('image'),
    read: {
      platform: getOptionalInput('platform') ?? 'linux/amd64',
      logger: actionLogger,
      tempDir: process.env.RUNNER_TEMP,
      registry: {
        insecureRegistries: getListInput('insecure-registries'),
        username,
        password,
        githubToken: process.env.GITHUB_TOKEN,
      },
    },
  };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const report = await inspectImage(inputs.image, inputs.read);
    const reportFile = join(process.env.RUNNER_TEMP ?? '.', 'mcp-orchestrator-inspect.json');
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    setOutputs({
      digest: report.digest,
      platform: report.platform,
      layers: report.layers.length,
      deleted: report.deleted.length,
      'report-file': reportFile,
    });
    await core.summary
      .addHeading('Image', 3)
      .addRaw(`<code>${report.source}</code> → <code>${report.digest}</code> (${report.platform})`, true)
      .addTable([
        [
          { data: '#', header: true },
          { data: 'Layer', header: true },
          { data: 'Entries', header: true },
          { data: 'Deletes', header: true },
          { data: 'Created by', header: true },
        ],
        ...report.layers.map((l) => [
          String(l.index),
          `<code>${l.digest.slice(0, 19)}</code>`,
          String(l.entries),
          String(l.whiteouts.length),
          escapeHtml((l.createdBy ?? '').slice(0, 120)),
        ]),
      ])
      .addRaw(`${report.deleted.length} path(s) are in a layer but not in the final filesystem.`, true)
      .write();
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
