/**
 * One comment per pull request and preview, found again by its hidden marker among the comments
 * of the pull request (all pages) written by the expected author, and updated in place. Comments
 * by anyone else that carry the marker are ignored: a contributor cannot make the action edit or
 * delete in their place. Two runs that raced and both created one: the oldest is kept, the others
 * deleted.
 */
import type { GitHubClient, RepoRef } from '../github/client.js';
import { hasMarker } from '../github/markers.js';
import type { Logger } from '../util/logger.js';

export interface StickyCommentOptions {
  client: GitHubClient;
  repo: RepoRef;
  issueNumber: number;
  marker: string;
  body: string;
  /** The login whose comments count (the token's identity: github-actions[bot] for GITHUB_TOKEN). */
  author: string;
  logger: Logger;
  /** Create the comment when there is none (false: only update one; a pull request never previewed gets no teardown note). */
  create?: boolean;
}

export interface StickyCommentResult {
  commentId: number;
  url: string;
  created: boolean;
  deleted: number[];
}

async function findMarked(o: StickyCommentOptions) {
  const comments = await o.client.paginate(o.client.rest.issues.listComments, { ...o.repo, issue_number: o.issueNumber, per_page: 100 });
  const marked = comments.filter((c) => hasMarker(c.body, o.marker));
  const ours = marked.filter((c) => c.user?.login.toLowerCase() === o.author.toLowerCase());
  for (const other of marked.filter((c) => !ours.includes(c))) o.logger.warning(`comment ${other.id} by ${other.user?.login ?? 'a deleted user'} carries the preview's marker: ignored (not by ${o.author})`);
  return ours.sort((a, b) => a.id - b.id);
}

export async function upsertStickyComment(o: StickyCommentOptions): Promise<StickyCommentResult | undefined> {
  const { client, repo } = o;
  let marked = await findMarked(o);
  let createdId: number | undefined;
  if (!marked.length) {
    if (o.create === false) {
      o.logger.info(`no preview comment on #${o.issueNumber} to update`);
      return undefined;
    }
    createdId = (await client.rest.issues.createComment({ ...repo, issue_number: o.issueNumber, body: o.body })).data.id;
    // A run that raced may have created one too: list again and keep the oldest.
    marked = await findMarked(o);
  }
  const [kept, ...duplicates] = marked;
  if (!kept) throw new Error(`the comment just created on #${o.issueNumber} is not listed`);
  const deleted: number[] = [];
  for (const dup of duplicates) {
    await client.rest.issues.deleteComment({ ...repo, comment_id: dup.id }).catch((error: { status?: number }) => {
      if (error.status !== 404) throw error; // deleted by the run it raced with
    });
    deleted.push(dup.id);
  }
  if (deleted.length) o.logger.info(`deleted ${deleted.length} duplicate preview comment(s): ${deleted.join(', ')}`);
  if (kept.body !== o.body) await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: o.body });
  const created = kept.id === createdId;
  o.logger.info(`${created ? 'created' : 'updated'} the preview comment ${kept.html_url}`);
  return { commentId: kept.id, url: kept.html_url, created, deleted };
}
