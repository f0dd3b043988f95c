/**
 * The operations the GitHub API double implements, over its state: issues (list by label and
 * state, create, get, update), issue comments (list, create, update, delete), deployments and
 * their statuses (with auto_inactive as documented), and pulls/get. Requests reach here already
 * checked against the OpenAPI description; answers are checked after.
 */
import type { Operation } from './github-openapi.js';
import { commentObject, deploymentObject, deploymentStatusObject, issueObject, type Actor, type RepoState } from './github-api-objects.js';

export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export const notFound = () => new HttpAnswer(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

export interface RouteContext {
  operation: Operation;
  r: RepoState;
  actor: Actor;
  url: URL;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** Ids and timestamps in creation order. */
  clock: { nextId: () => number; now: () => string };
}

/** One page of a list, with GitHub's Link header (first, prev, next, last). */
function page<T>(url: URL, items: T[], query: Record<string, unknown>): HttpAnswer {
  const perPage = Math.min(Number(query.per_page ?? 30), 100);
  const current = Number(query.page ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    u.searchParams.set('per_page', String(perPage));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(current > 1 ? [link(1, 'first'), link(current - 1, 'prev')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
  ];
  return new HttpAnswer(200, items.slice((current - 1) * perPage, current * perPage), links.length ? { link: links.join(', ') } : {});
}

/** The answer to a valid request of an implemented operation, with the state changed as GitHub would; 501 for the others. */
export function answerOperation({ operation, r, actor, url, params, query, body, clock }: RouteContext): HttpAnswer {
  const { nextId, now } = clock;
  const issueOf = (n: unknown) => r.issues.find((i) => i.number === n);
  const commentOf = (id: unknown) => r.comments.find((c) => c.id === id);
  const deploymentOf = (id: unknown) => r.deployments.find((d) => d.id === id);
  switch (operation.operationId) {
    case 'issues/list-for-repo': {
      const state = (query.state as string | undefined) ?? 'open';
      const labels = typeof query.labels === 'string' ? query.labels.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean) : [];
      const asc = query.direction === 'asc';
      const list = r.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)))
        .sort((a, b) => (asc ? a.number - b.number : b.number - a.number));
      return page(url, list.map((i) => issueObject(r, i)), query);
    }
    case 'issues/create': {
      const at = now();
      const number = Math.max(0, ...r.issues.map((i) => i.number)) + 1;
      const labels = ((body.labels as Array<string | { name?: string }> | undefined) ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
      const issue = { number, id: nextId(), title: String(body.title), body: (body.body as string | undefined) ?? null, state: 'open' as const, stateReason: null, labels, user: actor, pullRequest: false, createdAt: at, updatedAt: at, closedAt: null };
      r.issues.push(issue);
      return new HttpAnswer(201, issueObject(r, issue));
    }
    case 'issues/get': {
      const issue = issueOf(params.issue_number);
      return issue ? new HttpAnswer(200, issueObject(r, issue)) : notFound();
    }
    case 'issues/update': {
      const issue = issueOf(params.issue_number);
      if (!issue) return notFound();
      if (typeof body.title === 'string') issue.title = body.title;
      if ('body' in body) issue.body = (body.body as string | null) ?? null;
      if (Array.isArray(body.labels)) issue.labels = (body.labels as Array<string | { name?: string }>).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
      if (body.state === 'open' || body.state === 'closed') {
        if (body.state !== issue.state) {
          issue.state = body.state;
          issue.closedAt = body.state === 'closed' ? now() : null;
          issue.stateReason = body.state === 'closed' ? ((body.state_reason as string | undefined) ?? 'completed') : 'reopened';
        }
      }
      issue.updatedAt = now();
      return new HttpAnswer(200, issueObject(r, issue));
    }
    case 'issues/list-comments': {
      if (!issueOf(params.issue_number)) return notFound();
      return page(url, r.comments.filter((c) => c.issueNumber === params.issue_number).map((c) => commentObject(r, c)), query);
    }
    case 'issues/create-comment': {
      const issue = issueOf(params.issue_number);
      if (!issue) return notFound();
      const at = now();
      const comment = { id: nextId(), issueNumber: issue.number, body: String(body.body), user: actor, createdAt: at, updatedAt: at };
      r.comments.push(comment);
      return new HttpAnswer(201, commentObject(r, comment));
    }
    case 'issues/update-comment': {
      const comment = commentOf(params.comment_id);
      if (!comment) return notFound();
      comment.body = String(body.body);
      comment.updatedAt = now();
      return new HttpAnswer(200, commentObject(r, comment));
    }
    case 'issues/delete-comment': {
      const comment = commentOf(params.comment_id);
      if (!comment) return notFound();
      r.comments.splice(r.comments.indexOf(comment), 1);
      return new HttpAnswer(204);
    }
    case 'repos/create-deployment': {
      const at = now();
      const deployment = {
        id: nextId(),
        sha: String(body.ref),
        ref: String(body.ref),
        task: (body.task as string | undefined) ?? 'deploy',
        environment: (body.environment as string | undefined) ?? 'production',
        description: (body.description as string | null | undefined) ?? null,
        payload: (body.payload as Record<string, unknown> | string | undefined) ?? {},
        transient: Boolean(body.transient_environment),
        production: (body.production_environment as boolean | undefined) ?? (body.environment ?? 'production') === 'production',
        creator: actor,
        createdAt: at,
        updatedAt: at,
      };
      r.deployments.push(deployment);
      return new HttpAnswer(201, deploymentObject(r, deployment));
    }
    case 'repos/list-deployments': {
      const list = r.deployments
        .filter((d) => ['sha', 'ref', 'task', 'environment'].every((k) => query[k] === undefined || query[k] === (d as unknown as Record<string, unknown>)[k]))
        .sort((a, b) => b.id - a.id);
      return page(url, list.map((d) => deploymentObject(r, d)), query);
    }
    case 'repos/get-deployment': {
      const d = deploymentOf(params.deployment_id);
      return d ? new HttpAnswer(200, deploymentObject(r, d)) : notFound();
    }
    case 'repos/create-deployment-status': {
      const d = deploymentOf(params.deployment_id);
      if (!d) return notFound();
      const status = {
        id: nextId(),
        deploymentId: d.id,
        state: String(body.state),
        description: (body.description as string | undefined) ?? '',
        environment: (body.environment as string | undefined) ?? d.environment,
        logUrl: (body.log_url as string | undefined) ?? (body.target_url as string | undefined) ?? '',
        environmentUrl: (body.environment_url as string | undefined) ?? '',
        creator: actor,
        createdAt: now(),
      };
      if (status.description.length > 140) return new HttpAnswer(422, { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }], documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status' });
      r.statuses.push(status);
      // As documented for auto_inactive: prior non-transient, non-production deployments of the environment become inactive.
      if (status.state === 'success' && body.auto_inactive !== false) {
        for (const prior of r.deployments.filter((p) => p.id < d.id && p.environment === d.environment && !p.transient && !p.production)) {
          r.statuses.push({ ...status, id: nextId(), deploymentId: prior.id, state: 'inactive', createdAt: now() });
        }
      }
      return new HttpAnswer(201, deploymentStatusObject(r, status));
    }
    case 'repos/list-deployment-statuses': {
      if (!deploymentOf(params.deployment_id)) return notFound();
      const list = r.statuses.filter((s) => s.deploymentId === params.deployment_id).sort((a, b) => b.id - a.id);
      return page(url, list.map((s) => deploymentStatusObject(r, s)), query);
    }
    case 'pulls/get': {
      const pull = r.pulls.get(params.pull_number as number);
      const issue = issueOf(params.pull_number);
      // A webhook's pull_request object lacks only auto_merge of what the REST answer requires.
      return pull && issue ? new HttpAnswer(200, { auto_merge: null, ...pull, number: issue.number, state: issue.state }) : notFound();
    }
    default:
      return new HttpAnswer(501, { message: `the GitHub API double does not implement ${operation.operationId}` });
  }
}
