import type { UpdateCommentRequest } from '@journeyflow/shared/api/journeys';
import { and, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { comments } from '../db/schema/comments';
import { users } from '../db/schema/users';
import { NotFoundError } from '../errors/domainErrors';
import { assertJourneyVisible, toComment } from './journeyHistory';

/**
 * Marks a review comment resolved or open again (issue 16): the marketer sees the reviewer's comments on
 * their nodes and closes each one they have dealt with. Anyone who may read the journey may do it; who and
 * when are kept on the comment.
 */
export const resolveJourneyComment = async (
  orm: Orm,
  actor: UserPrincipal,
  journeyId: string,
  commentId: string,
  input: UpdateCommentRequest,
  now: Date,
) =>
  orm.transaction(async (tx) => {
    await assertJourneyVisible(tx, actor, journeyId);
    const [row] = await tx
      .update(comments)
      .set(
        input.resolved
          ? { resolvedAt: now, resolvedBy: actor.userId }
          : { resolvedAt: null, resolvedBy: null },
      )
      .where(
        and(
          eq(comments.id, commentId),
          eq(comments.journeyId, journeyId),
          eq(comments.workspaceId, actor.workspaceId),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError('Comment');
    const [author] = row.authorId
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.authorId))
      : [];
    return toComment(row, author?.name ?? null, input.resolved ? actor.name : null);
  });
