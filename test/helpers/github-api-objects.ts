/**
 * The GitHub API double's state and the REST objects it answers with, shaped as GitHub's
 * description requires (every required field, the right types): issues, comments, deployments
 * and deployment statuses of one repository.
 */

export interface Actor {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export interface IssueState {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: Actor;
  pullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentState {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Record<string, unknown> | string;
  transient: boolean;
  production: boolean;
  creator: Actor;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentStatusState {
  id: number;
  deploymentId: number;
  state: string;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  creator: Actor;
  createdAt: string;
}

export interface RepoState {
  owner: string;
  repo: string;
  issues: IssueState[];
  comments: CommentState[];
  deployments: DeploymentState[];
  statuses: DeploymentStatusState[];
  /** Pull request objects (as GitHub's REST API answers them) by number. */
  pulls: Map<number, Record<string, unknown>>;
}

const API = 'https://api.github.com';
const WEB = 'https://github.com';

export function simpleUser(actor: Actor): Record<string, unknown> {
  const url = `${API}/users/${actor.login}`;
  return {
    login: actor.login,
    id: actor.id,
    node_id: `U_${actor.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${actor.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: actor.type,
    site_admin: false,
  };
}

const repoUrl = (r: RepoState) => `${API}/repos/${r.owner}/${r.repo}`;

function label(r: RepoState, name: string): Record<string, unknown> {
  const id = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000_007, 7);
  return { id, node_id: `LA_${id}`, url: `${repoUrl(r)}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false };
}

export function issueObject(r: RepoState, i: IssueState): Record<string, unknown> {
  const url = `${repoUrl(r)}/issues/${i.number}`;
  const comments = r.comments.filter((c) => c.issueNumber === i.number).length;
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    url,
    repository_url: repoUrl(r),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${r.owner}/${r.repo}/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(i.user),
    labels: i.labels.map((name) => label(r, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    ...(i.pullRequest
      ? { pull_request: { url: `${repoUrl(r)}/pulls/${i.number}`, html_url: `${WEB}/${r.owner}/${r.repo}/pull/${i.number}`, diff_url: null, patch_url: null, merged_at: null } }
      : {}),
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: 'NONE',
  };
}

export function commentObject(r: RepoState, c: CommentState): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${repoUrl(r)}/issues/comments/${c.id}`,
    html_url: `${WEB}/${r.owner}/${r.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoUrl(r)}/issues/${c.issueNumber}`,
    body: c.body,
    user: simpleUser(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  };
}

export function deploymentObject(r: RepoState, d: DeploymentState): Record<string, unknown> {
  const url = `${repoUrl(r)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(r),
    transient_environment: d.transient,
    production_environment: d.production,
  };
}

export function deploymentStatusObject(r: RepoState, s: DeploymentStatusState): Record<string, unknown> {
  const deploymentUrl = `${repoUrl(r)}/deployments/${s.deploymentId}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: simpleUser(s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoUrl(r),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  };
}
