import { DEFAULT_RUBRIC, RUBRIC_LEVELS, rubricMismatch } from './rubric';

describe('rubric', () => {
  it('has three default criteria with a description for each level 0–4 in both languages', () => {
    expect(DEFAULT_RUBRIC.map((c) => c.code)).toEqual([
      'ISSUE_HYPOTHESIS_QUALITY',
      'SOLUTION_BREADTH',
      'TALENT_REQUIREMENT_CLARITY',
    ]);
    for (const criterion of DEFAULT_RUBRIC) {
      expect(criterion.levels).toHaveLength(RUBRIC_LEVELS);
      expect(criterion.levels.every((l) => l.ja && l.en)).toBe(true);
    }
  });

  it('wants every criterion exactly once', () => {
    const all = DEFAULT_RUBRIC.map((c) => ({ criterion: c.code, level: 2 }));
    expect(rubricMismatch(DEFAULT_RUBRIC, all)).toBeNull();
    expect(rubricMismatch(DEFAULT_RUBRIC, [...all.slice(1), { criterion: 'CHARM', level: 4 }, all[1]])).toEqual({
      missing: ['ISSUE_HYPOTHESIS_QUALITY'],
      unknown: ['CHARM'],
      repeated: ['SOLUTION_BREADTH'],
    });
  });
});
