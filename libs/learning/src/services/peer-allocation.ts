/**
 * Allocates peer reviewers: every submission gets `perSubmission` reviewers (at most authors − 1), never its own
 * author, and every author reviews the same number of submissions. Authors are taken in the given order; submission
 * i is reviewed by the next authors round the circle (i + 1, i + 2, …).
 */
export function allocatePeers(authorIds: string[], perSubmission: number): { authorId: string; reviewerId: string }[] {
  const reviewers = Math.min(perSubmission, authorIds.length - 1);
  const pairs: { authorId: string; reviewerId: string }[] = [];
  authorIds.forEach((authorId, index) => {
    for (let offset = 1; offset <= reviewers; offset += 1) {
      pairs.push({ authorId, reviewerId: authorIds[(index + offset) % authorIds.length] });
    }
  });
  return pairs;
}
