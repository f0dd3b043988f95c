/**
 * IMG: the image built is the image deployed. Deployed images are pinned by digest and equal to the
 * pushed one; base images are pinned; the image says where it came from (OCI source and revision).
 */
import { parseImageReference, type ImageReference } from '../../registry/reference.js';
import { baseImages } from '../dockerfile.js';
import type { Check, ChecklistInputs, Location, Rule } from '../types.js';
import { composeServices, containerCheck, containersOf, isDict, serviceCheck, type Path } from './pod-specs.js';

interface DeployedImage {
  image: string;
  where: string;
  check: (passed: boolean, message: string) => Check;
}

/** Every `image:` string in a cloud render (ECS containerDefinitions, Cloud Run and Container Apps containers). */
function cloudImages(value: unknown, path: Path = []): Array<{ image: string; path: Path }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => cloudImages(v, [...path, i]));
  if (!isDict(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'image' && typeof v === 'string' ? [{ image: v, path: [...path, k] }] : cloudImages(v, [...path, k])));
}

function deployedImages(inputs: ChecklistInputs): DeployedImage[] {
  const out: DeployedImage[] = [];
  for (const c of containersOf(inputs.manifests)) {
    if (typeof c.container.image !== 'string') continue;
    out.push({ image: c.container.image, where: c.subject, check: (passed, message) => containerCheck(c, [...c.path, 'image'], passed, message) });
  }
  for (const s of composeServices(inputs.compose)) {
    if (typeof s.service.image !== 'string') continue;
    out.push({ image: s.service.image, where: s.subject, check: (passed, message) => serviceCheck(s, ['image'], passed, message) });
  }
  for (const { target, document } of inputs.cloud ?? []) {
    for (const { image, path } of cloudImages(document.value)) {
      out.push({ image, where: `${target} ${path.join('.')}`, check: (passed, message) => ({ passed, message, location: document.locate(path), subject: `${target} ${path.slice(0, -1).join('.')}`, exemption: { kind: 'comments' } }) });
    }
  }
  return out;
}

function parsedRef(image: string): ImageReference | undefined {
  try {
    return parseImageReference(image);
  } catch {
    return undefined;
  }
}

const repositoryOf = (ref: ImageReference) => `${ref.registry}/${ref.repository}`;

/** The server's repository: the spec's `image`, else the registry image the checklist read. */
function serverRepository(inputs: ChecklistInputs): string | undefined {
  const text = inputs.spec?.value.image ?? (inputs.image?.source.startsWith('docker://') ? inputs.image.source.slice('docker://'.length) : undefined);
  const ref = text ? parsedRef(text) : undefined;
  return ref && repositoryOf(ref);
}

const pinnedByDigest: Rule = {
  id: 'IMG001',
  group: 'IMG',
  item: 'image-built',
  severity: 'error',
  title: 'Deployed images are pinned by digest',
  help: 'A tag can be moved to other bytes after the scan; a digest cannot. Deploying by digest runs exactly the image that was scanned and pushed.',
  fix: 'Reference the image as registry/repository@sha256:... (push prints the digest; render and deploy pin it for you).',
  needs: [],
  needsAnyOf: ['manifests', 'compose', 'cloud'],
  aligned: { checkov: ['CKV_K8S_43'], 'kube-linter': ['latest-tag'], 'kube-score': ['container-image-tag'], polaris: ['tagNotSpecified'], trivy: ['KSV013'] },
  check: (inputs) =>
    deployedImages(inputs).map((d) => {
      const ref = parsedRef(d.image);
      const ok = Boolean(ref?.digest);
      const untagged = !/:[^/]*$/.test(d.image.split('@')[0]!);
      return d.check(ok, ok ? `${d.where} runs ${d.image}` : `${d.where} runs ${d.image}, not pinned by digest${untagged ? ' (no tag either: latest)' : ''}`);
    }),
};

const equalsPushed: Rule = {
  id: 'IMG002',
  group: 'IMG',
  item: 'image-built',
  severity: 'error',
  title: 'Deployed server image is the pushed digest',
  help: 'What was scanned is what gets pushed; the deploy must run that same digest, not an older or a rebuilt one.',
  fix: 'Deploy the digest push reported (render --image REF@sha256:... does), or update the manifest to it.',
  needs: [],
  needsAnyOf: ['manifests', 'compose', 'cloud'],
  aligned: {},
  unavailable: (inputs) => {
    if (!inputs.pushedDigest) return 'no pushed digest given (--pushed-digest, or --image docker://REF)';
    if (!serverRepository(inputs)) return "the server's repository is unknown (the spec's image, or --image docker://REF)";
    return undefined;
  },
  check: (inputs) => {
    const repository = serverRepository(inputs)!;
    return deployedImages(inputs)
      .filter((d) => {
        const ref = parsedRef(d.image);
        return ref !== undefined && repositoryOf(ref) === repository;
      })
      .map((d) => {
        const digest = parsedRef(d.image)!.digest;
        const ok = digest === inputs.pushedDigest;
        return d.check(ok, ok ? `${d.where} runs the pushed digest ${digest}` : `${d.where} runs ${digest ?? 'a tag'}, not the pushed ${inputs.pushedDigest}`);
      });
  },
};

function dockerfileCheck(file: string, line: number, passed: boolean, message: string, subject = 'Dockerfile'): Check {
  const location: Location = { file, line };
  return { passed, message, location, subject, exemption: { kind: 'comments' } };
}

const baseNotLatest: Rule = {
  id: 'IMG003',
  group: 'IMG',
  item: 'image-built',
  severity: 'error',
  title: 'Base images are tagged, not latest',
  help: '`FROM image` and `FROM image:latest` build on whatever the tag points at that day: builds are not reproducible and a scan says nothing about the next one.',
  fix: 'Write FROM image:version (or better, FROM image:version@sha256:...).',
  needs: ['dockerfile'],
  aligned: { hadolint: ['DL3006', 'DL3007'], checkov: ['CKV_DOCKER_7'], trivy: ['AVD-DS-0001'] },
  check: ({ dockerfile }) =>
    baseImages(dockerfile!.text)
      .filter((b) => b.kind === 'image' || b.kind === 'unresolved')
      .map((b) => {
        if (b.kind === 'unresolved') return dockerfileCheck(dockerfile!.file, b.line, true, `FROM ${b.image} is set by a build argument without a default: not checkable here`);
        const ok = Boolean(b.digest) || (b.tag !== undefined && b.tag !== 'latest');
        return dockerfileCheck(dockerfile!.file, b.line, ok, ok ? `FROM ${b.image}` : `FROM ${b.image} ${b.tag ? 'uses latest' : 'has no tag (latest)'}`);
      }),
};

const baseByDigest: Rule = {
  id: 'IMG004',
  group: 'IMG',
  item: 'image-built',
  severity: 'warning',
  title: 'Base images are pinned by digest',
  help: 'A version tag is republished with each patch; a digest pins the exact bytes, so the image is rebuilt from what was reviewed. Dependabot and Renovate keep pinned digests fresh.',
  fix: 'Write FROM image:version@sha256:... (docker buildx imagetools inspect image:version prints the digest).',
  needs: ['dockerfile'],
  aligned: {},
  check: ({ dockerfile }) =>
    baseImages(dockerfile!.text)
      .filter((b) => b.kind === 'image')
      .map((b) => dockerfileCheck(dockerfile!.file, b.line, Boolean(b.digest), b.digest ? `FROM ${b.image}` : `FROM ${b.image} is not pinned by digest`)),
};

const OCI_LABELS = ['org.opencontainers.image.source', 'org.opencontainers.image.revision'];

const ociLabels: Rule = {
  id: 'IMG005',
  group: 'IMG',
  item: 'image-built',
  severity: 'warning',
  title: 'The image names its source and revision (OCI labels)',
  help: 'org.opencontainers.image.source and .revision tie a running image to the commit it was built from: the audit and an incident responder start there.',
  fix: 'Build with the package stage (it sets them), or add LABEL org.opencontainers.image.source=... org.opencontainers.image.revision=... (docker/metadata-action computes both).',
  needs: ['image'],
  aligned: {},
  check: ({ image }) =>
    OCI_LABELS.map((label, i) => {
      const value = image!.config.labels[label];
      const ok = typeof value === 'string' && value.trim() !== '';
      return { passed: ok, message: ok ? `label ${label} is set` : `the image has no ${label} label`, location: { file: image!.source, pointer: `/config/Labels/${label.replace(/~/g, '~0').replace(/\//g, '~1')}` }, subject: `image label ${i === 0 ? 'source' : 'revision'}` };
    }),
};

export const rules: Rule[] = [pinnedByDigest, equalsPushed, baseNotLatest, baseByDigest, ociLabels];
