/** `render --target cloudrun|ecs|containerapps`: one entry over the three cloud renders. */
import type { DeploySpec } from '../spec/spec.js';
import type { CloudRender, CloudTarget } from './cloud-settings.js';
import { renderCloudRun, type RenderCloudRunOptions } from './cloudrun.js';
import { renderContainerApps } from './containerapps.js';
import { renderEcs } from './ecs.js';

export type { CloudDocument, CloudRender, CloudTarget } from './cloud-settings.js';

export interface RenderCloudTargetOptions extends RenderCloudRunOptions {
  /** The candidate's tag (Cloud Run) or label (Container Apps). */
  tag?: string;
}

export const CLOUD_TARGETS: readonly CloudTarget[] = ['cloudrun', 'ecs', 'containerapps'];

export function renderCloud(target: CloudTarget, spec: DeploySpec, options: RenderCloudTargetOptions): CloudRender {
  switch (target) {
    case 'cloudrun':
      return renderCloudRun(spec, options);
    case 'ecs':
      return renderEcs(spec, options);
    case 'containerapps':
      return renderContainerApps(spec, { ...options, label: options.tag });
  }
}
