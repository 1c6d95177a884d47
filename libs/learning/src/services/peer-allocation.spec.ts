import { allocatePeers } from './peer-allocation';

describe('allocatePeers', () => {
  const authors = ['a', 'b', 'c', 'd', 'e'];

  it('gives each submission N reviewers, never its author, and each author N reviews to do', () => {
    const pairs = allocatePeers(authors, 2);
    expect(pairs).toHaveLength(10);
    for (const author of authors) {
      const reviewersOf = pairs.filter((p) => p.authorId === author).map((p) => p.reviewerId);
      expect(reviewersOf).toHaveLength(2);
      expect(new Set(reviewersOf).size).toBe(2);
      expect(reviewersOf).not.toContain(author);
      expect(pairs.filter((p) => p.reviewerId === author)).toHaveLength(2);
    }
  });

  it('caps N at the number of other authors and allocates nothing to a lone author', () => {
    expect(allocatePeers(['a', 'b'], 3)).toEqual([
      { authorId: 'a', reviewerId: 'b' },
      { authorId: 'b', reviewerId: 'a' },
    ]);
    expect(allocatePeers(['a'], 2)).toEqual([]);
    expect(allocatePeers([], 2)).toEqual([]);
  });
});
