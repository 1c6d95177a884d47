import { parseFrameworkDocument } from './framework-document';

const text = (ja: string, en: string) => ({ ja, en });
const VALID = {
  code: 'CORE_TALENT_SUPPORT',
  version: 1,
  name: text('中核人材確保支援 担い手コンピテンシー', 'Core-talent support: supporter competencies'),
  proficiencyScale: {
    proficientLevel: 3,
    levels: [0, 1, 2, 3, 4].map((level) => ({ level, ja: `レベル${level}`, en: `Level ${level}`, meaning: '-' })),
  },
  steps: [
    {
      code: 'STEP2',
      ordinal: 2,
      title: text('人材戦略の検討', 'Shaping the talent strategy'),
      tasks: text('アクションプランの提示', 'Present an action plan'),
      practicePoints: [{ phase: 'SOLUTION', ...text('解決策を検討する', 'Consider every solution') }],
      behaviours: [
        {
          code: 'S2-NETWORKING',
          phase: 'SOLUTION',
          ...text('ネットワーキング', 'Networking'),
          description: text('人脈を持つ', 'Keeps a network'),
        },
      ],
    },
  ],
  crossCuttingBehaviours: [
    {
      code: 'X-INFO-SHARING',
      ...text('他組織との情報連携意識', 'Sharing information with other organisations'),
      description: text('情報を共有する', 'Shares information'),
    },
  ],
};

describe('parseFrameworkDocument', () => {
  it('accepts a document in the shape of shared/domain/competency-framework.json', () => {
    const parsed = parseFrameworkDocument(JSON.stringify(VALID));
    if (!('document' in parsed)) throw new Error(parsed.problems.join('\n'));
    expect(parsed.document).toEqual(VALID);
  });

  it('names the position of every problem', () => {
    const parsed = parseFrameworkDocument(JSON.stringify({ code: 'lower case', version: 0, steps: 'none' }));
    expect(parsed).toEqual({
      problems: [
        'code: must match ^[A-Z][A-Z0-9_]{1,59}$',
        'version: must be an integer from 1 to 100000',
        'name: must be an object',
        'name.ja: must be a non-empty string',
        'name.en: must be a non-empty string',
        'proficiencyScale: must be an object',
        'proficiencyScale.proficientLevel: must be an integer from 1 to 4',
        'proficiencyScale.levels: must be an array',
        'proficiencyScale.levels: must list the levels 0, 1, 2, 3, 4 in order',
        'steps: must be an array',
        'steps: must contain at least one step',
        'steps: must contain at least one behaviour',
      ],
    });
  });

  it('reports text that is not JSON, and a document that is not an object', () => {
    expect(parseFrameworkDocument('{')).toEqual({ problems: [expect.stringMatching(/^\$: not valid JSON/)] });
    expect(parseFrameworkDocument('[]')).toMatchObject({ problems: expect.arrayContaining(['$: must be an object']) });
  });
});
