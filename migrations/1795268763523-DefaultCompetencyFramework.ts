import { MigrationInterface, QueryRunner } from 'typeorm';

interface Text {
  ja: string;
  en: string;
}
interface BehaviourSeed {
  code: string;
  phase?: string;
  ja: string;
  en: string;
  description: Text;
}

/**
 * The default competency framework (shared/domain/competency-framework.json: STEP0–3, 15 behaviours incl. the
 * cross-cutting one, practice points, the 0–4 scale with proficient level 3), installed PUBLISHED so every
 * database has it. Existing programs are pinned to it, then program."frameworkId" becomes NOT NULL.
 * Data is inlined: migrations never import lib code.
 */
const DEFAULT_FRAMEWORK = {
  code: 'CORE_TALENT_SUPPORT',
  version: 1,
  name: {
    ja: '中核人材確保支援 担い手コンピテンシー',
    en: 'Core-talent support: supporter competencies',
  },
  source: '004_0c31ee5a931d3ed7.txt, chapter 2-2 (2) practice points and (3) required traits/behaviours per STEP',
  proficiencyScale: {
    proficientLevel: 3,
    levels: [
      {
        level: 0,
        ja: '未経験',
        en: 'Not yet demonstrated',
        meaning: 'No evidence yet.',
      },
      {
        level: 1,
        ja: '理解している',
        en: 'Understands',
        meaning:
          'Can explain the behaviour and why it matters (typically after off-JT lectures, e-learning, handbook).',
      },
      {
        level: 2,
        ja: '同行下で実践',
        en: 'Practises with support',
        meaning: 'Shows the behaviour on an accompanied visit while the mentor leads or steps in.',
      },
      {
        level: 3,
        ja: '自立して実践',
        en: 'Practises independently',
        meaning:
          'Leads the behaviour on a visit; the mentor only observes. The level a certified supporter must reach.',
      },
      {
        level: 4,
        ja: '指導できる',
        en: 'Can teach others',
        meaning: 'Coaches others in the behaviour (pre-briefs, feedback). The level a certified mentor must reach.',
      },
    ],
  },
  steps: [
    {
      code: 'STEP0',
      ordinal: 0,
      title: {
        ja: '顧客開拓',
        en: 'Finding client companies',
      },
      tasks: {
        ja: '経営課題を抱えた企業の発掘',
        en: 'Find companies that have management issues',
      },
      practicePoints: [
        {
          ja: '人材ニーズを持ち、かつ人材領域への投資意欲・投資余力があるターゲット企業の選定・開拓を行う',
          en: 'Select and approach target companies that have talent needs and the will and means to invest in talent',
        },
        {
          ja: 'STEP1を他機関に依頼する場合、人材ニーズを持つ企業情報（特に、将来展望や経営課題等）を取り纏めてトスアップする',
          en: "When another organisation takes STEP1, compile the company's information (outlook, management issues) and hand it over",
        },
      ],
      behaviours: [
        {
          code: 'S0-ASSESS',
          ja: '企業の見極め',
          en: 'Judging companies',
          description: {
            ja: '組織内の分析ツールやこれまでの経営支援事例を活用し、投資意欲が高く、また投資を行うに足る財務基盤を有する企業を抽出しようとする',
            en: 'Uses in-house analysis tools and past support cases to pick out companies with a strong will to invest and a financial base able to sustain it',
          },
        },
        {
          code: 'S0-SENSE',
          ja: '人材ニーズの察知',
          en: 'Sensing talent needs',
          description: {
            ja: '組織内の分析ツールやこれまでの経営支援事例を活用し、顕在的・潜在的に人材ニーズを持つ可能性が高い企業を抽出しようとする',
            en: 'Uses in-house analysis tools and past support cases to pick out companies likely to have explicit or latent talent needs',
          },
        },
      ],
    },
    {
      code: 'STEP1',
      ordinal: 1,
      title: {
        ja: '経営課題と人材課題の見つめ直し',
        en: 'Re-examining management and talent issues',
      },
      tasks: {
        ja: '企業のビジョン・ミッション・バリュー、経営課題等の確認・深堀・整理／対処すべき経営課題とその背景にある人材課題の優先順位付け',
        en: "Confirm, dig into and organise the company's vision, mission, values and management issues; prioritise the issues to tackle and the talent issues behind them",
      },
      practicePoints: [
        {
          ja: '経営者との信頼関係を構築し、課題抽出ツールや過去事例の知見を活用して構築した仮説をもとに経営者と対話しながら、経営者の想いを引き出す',
          en: 'Build trust with the owner and draw out their intentions through dialogue grounded in hypotheses built with issue-extraction tools and past cases',
        },
        {
          ja: '企業内の他担当者へもヒアリングを行うことにより、経営と現場の課題認識を合わせる',
          en: 'Interview other staff too, so that management and the shop floor share one view of the issues',
        },
        {
          ja: '経営者の将来構想や経営課題やその背景にある人材課題の棚卸、具体化、優先順位付け等を行う',
          en: "Inventory, concretise and prioritise the owner's future plans, management issues and the talent issues behind them",
        },
        {
          ja: 'STEP2を他機関に依頼する場合、収集した企業情報を取りまとめてトスアップする',
          en: 'When another organisation takes STEP2, compile the collected company information and hand it over',
        },
      ],
      behaviours: [
        {
          code: 'S1-DEDICATION',
          ja: '献身性',
          en: 'Dedication',
          description: {
            ja: '足繁く通って対話を重ねたり、経営者にとって有益な情報を提供し続けたりすることで、信頼を獲得する',
            en: 'Earns trust by visiting often, talking repeatedly and keeping the owner supplied with useful information',
          },
        },
        {
          code: 'S1-LISTENING',
          ja: '傾聴',
          en: 'Active listening',
          description: {
            ja: '杓子定規に議論を行うのではなく相手の想いや課題感を引き出そうとする',
            en: "Draws out the other side's intentions and sense of the problem instead of running a by-the-book discussion",
          },
        },
        {
          code: 'S1-HYPOTHESIS',
          ja: '課題に対する仮説構築',
          en: 'Building hypotheses about issues',
          description: {
            ja: '事前に収集した企業情報などから、経営者が抱える課題や想いに対する仮説を持った上で議論しようとする',
            en: "Comes to the discussion with hypotheses about the owner's issues and intentions, built from company information gathered beforehand",
          },
        },
        {
          code: 'S1-WHOLE-VIEW',
          ja: '組織全体に対する俯瞰した視点',
          en: 'Whole-organisation view',
          description: {
            ja: '経営者以外の現場担当者などにも話を聞き、経営と現場の双方の視点から課題を把握しようとする',
            en: 'Also talks to shop-floor staff, to grasp the issues from both the management and the floor perspective',
          },
        },
      ],
    },
    {
      code: 'STEP2',
      ordinal: 2,
      title: {
        ja: '人材戦略の検討',
        en: 'Shaping the talent strategy',
      },
      tasks: {
        ja: '人材課題に対するアクションプランの提示、サービスラインナップの提供およびその実行方法とゴールイメージの提示／※人材採用の場合 人材要件(役割・業務内容・求人像・求人条件)の明確化、求人方法の提案',
        en: 'Present an action plan for the talent issues, the available services, how to carry them out and the goal; for hiring, define the talent requirement (role, duties, candidate profile, conditions) and propose how to recruit',
      },
      practicePoints: [
        {
          phase: 'SOLUTION',
          ja: '優先順位の高い経営課題に対して、人材確保支援によらず、想定し得る解決策を検討する',
          en: 'For high-priority issues, consider every possible solution, not only hiring',
        },
        {
          phase: 'SOLUTION',
          ja: '組織内外の専門家との意見交換・情報交換などを行い、解決策の仮説の妥当性を検討する',
          en: 'Test the solution hypotheses with experts inside and outside the organisation',
        },
        {
          phase: 'SOLUTION',
          ja: '人材で解決できない経営課題に対しては、適切な経営支援機関等に繋ぎ、課題解決を後押しする',
          en: 'Refer issues that talent cannot solve to a suitable support organisation',
        },
        {
          phase: 'SOLUTION',
          ja: '人材で解決できる経営課題があれば、人材領域における良質な事例等を用いて、具体的な解決までのイメージを示す',
          en: 'Where talent can solve an issue, show a concrete picture of the solution with good cases',
        },
        {
          phase: 'REQUIREMENT',
          ja: '副業・兼業人材を含め、それぞれの人材活用の特徴を説明し適切なサービス選定を促す',
          en: 'Explain each way of using talent, side-job and concurrent work included, and help choose the right service',
        },
        {
          phase: 'REQUIREMENT',
          ja: '具体的な課題解決イメージや採用予定の人材を活用することで得られる効果を示すことで、人材確保への意欲喚起を行う',
          en: 'Motivate the company to secure talent by showing the concrete effect of the planned hire',
        },
        {
          phase: 'REQUIREMENT',
          ja: '経営者へのヒアリングを通じて、人材要件（求人像、人材に求める期待、役割や業務内容、必須条件/希望条件）を整理し、企業情報シート等に取り纏める',
          en: 'Through interviews with the owner, organise the talent requirement (candidate profile, expectations, role and duties, must-have and nice-to-have conditions) on the company information sheet',
        },
      ],
      behaviours: [
        {
          code: 'S2-NETWORKING',
          phase: 'SOLUTION',
          ja: 'ネットワーキング',
          en: 'Networking',
          description: {
            ja: '自組織内外の広い範囲に公式・非公式の人脈を持っており、すぐに連携できる状態を構築しようとしている',
            en: 'Keeps a wide formal and informal network inside and outside the organisation, ready to collaborate at once',
          },
        },
        {
          code: 'S2-MOTIVATE',
          phase: 'SOLUTION',
          ja: '支援先企業のモチベート',
          en: 'Motivating the client',
          description: {
            ja: '成功のイメージや成功までのプロセスを具体的に示しつつ、支援先企業との信頼関係を活かして支援先企業の行動の後押しを行おうとする',
            en: 'Shows concretely what success looks like and how to get there, and uses the relationship of trust to push the client to act',
          },
        },
        {
          code: 'S2-CLIENT-FIRST',
          phase: 'SOLUTION',
          ja: '顧客満足の追求',
          en: 'Putting the client first',
          description: {
            ja: '自己の利益のためではなく、支援先企業の課題解決にとって最も有効な施策・サービスを提案しようとする',
            en: "Proposes the measure or service that best solves the client's problem, not the one that serves their own organisation",
          },
        },
        {
          code: 'S2-LISTENING',
          phase: 'REQUIREMENT',
          ja: '傾聴（人材への期待・懸念）',
          en: 'Listening to expectations of talent',
          description: {
            ja: '自身で条件を決めつけるのではなく、経営者や担当者が抱いている人材への期待や懸念などに耳を傾けようとする',
            en: "Listens to the owner's and staff's expectations and worries about the hire instead of fixing the conditions alone",
          },
        },
        {
          code: 'S2-CANDIDATE-VIEW',
          phase: 'REQUIREMENT',
          ja: '人材視点の想像力',
          en: "Seeing it from the candidate's side",
          description: {
            ja: '人材側の視点を想像し、企業の魅力を引き出そうとする',
            en: "Imagines the candidate's point of view and draws out what makes the company attractive",
          },
        },
      ],
    },
    {
      code: 'STEP3',
      ordinal: 3,
      title: {
        ja: '人材戦略の実行',
        en: 'Executing the talent strategy',
      },
      tasks: {
        ja: '人材戦略を実行するための伴走支援／※人材採用の場合 人材支援機関への取り繋ぎ、候補人材の募集、集客、紹介など／人材の活躍や定着に向けたアフターフォロー、ヒアリングを通じた課題解決状況の把握と追加施策の検討',
        en: 'Accompany the company through executing the strategy; for hiring, refer to talent-service firms and recruit candidates; follow up after hiring on retention, check how the issue is being solved and consider further measures',
      },
      practicePoints: [
        {
          ja: '情報共有用の資料を俯瞰し、特定の事業者に限定せず、要望に合致した人材支援会社へ広く取り繋ぎを行う',
          en: 'Review the shared material and refer widely to talent firms that match the need, not to one favoured provider',
        },
        {
          ja: '内定者フォローや、採用した人材の受入体制等にかかるアドバイスを行い、定着支援を行う',
          en: 'Follow up with the offered candidate and advise on onboarding, to help the hire stay',
        },
        {
          ja: '定期訪問等を通じて、課題解決の進捗や採用した人材の寄与・貢献のモニタリングを行い、進捗が芳しくない場合に、代替案を提示する',
          en: "Monitor progress and the hire's contribution through regular visits, and propose alternatives when progress is poor",
        },
        {
          ja: '課題解決の目的が立った際、新たな経営課題や人材ニーズの掘り起こしを行う',
          en: 'Once the issue is on track, dig out new management issues and talent needs',
        },
      ],
      behaviours: [
        {
          code: 'S3-CATCH-UP',
          ja: '支援状況へのキャッチアップ',
          en: 'Catching up on the case',
          description: {
            ja: '案件シートなどのツールの活用や、打ち合わせを通して、これまでのSTEPに関わった他の支援機関と情報を共有し、状況把握しようとする',
            en: 'Uses case sheets and meetings to share information with the organisations involved in earlier STEPs and grasp where the case stands',
          },
        },
        {
          code: 'S3-LISTENING',
          ja: '傾聴（企業・従業員）',
          en: 'Listening to company and employees',
          description: {
            ja: '企業および従業員双方に対して面談等を行い、それぞれが抱えている期待や懸念などに耳を傾けようとする',
            en: "Interviews both the company and its employees and listens to each side's expectations and worries",
          },
        },
        {
          code: 'S3-NEXT-PROPOSAL',
          ja: '提案に向けた行動',
          en: 'Moving toward the next proposal',
          description: {
            ja: 'フォローアップの中で更なる課題やニーズがあれば、経営者や担当者と議論を行い、次の提案に繋げようとする',
            en: 'When follow-up reveals further issues or needs, discusses them with the owner and staff and turns them into the next proposal',
          },
        },
      ],
    },
  ],
  crossCuttingBehaviours: [
    {
      code: 'X-INFO-SHARING',
      ja: '他組織との情報連携意識',
      en: 'Sharing information with other organisations',
      description: {
        ja: '案件シートなどのツールの活用や、定期的な打ち合わせの設定を通して他の支援機関と情報を共有し、協力体制を構築しようとする',
        en: 'Uses case sheets and regular meetings to share information with other support organisations and build a cooperative set-up',
      },
    },
  ],
} as const;

export class DefaultCompetencyFramework1795268763523 implements MigrationInterface {
  name = 'DefaultCompetencyFramework1795268763523';

  async up(queryRunner: QueryRunner): Promise<void> {
    const framework = DEFAULT_FRAMEWORK;
    const [{ id: frameworkId }] = (await queryRunner.query(
      `INSERT INTO competency_framework (code, version, status, "nameJa", "nameEn", "proficientLevel", scale, "publishedAt")
       VALUES ($1, $2, 'PUBLISHED', $3, $4, $5, $6::jsonb, now()) RETURNING id`,
      [
        framework.code,
        framework.version,
        framework.name.ja,
        framework.name.en,
        framework.proficiencyScale.proficientLevel,
        JSON.stringify(framework.proficiencyScale.levels),
      ],
    )) as { id: string }[];
    const insertBehaviour = (stepId: string | null, ordinal: number, b: BehaviourSeed) =>
      queryRunner.query(
        `INSERT INTO behaviour ("frameworkId", "stepId", code, ordinal, "nameJa", "nameEn", "descriptionJa",
                                "descriptionEn", phase)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [frameworkId, stepId, b.code, ordinal, b.ja, b.en, b.description.ja, b.description.en, b.phase ?? null],
      );
    for (const step of framework.steps) {
      const [{ id: stepId }] = (await queryRunner.query(
        `INSERT INTO competency_step ("frameworkId", code, ordinal, "titleJa", "titleEn", "tasksJa", "tasksEn",
                                      "practicePoints")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
        [
          frameworkId,
          step.code,
          step.ordinal,
          step.title.ja,
          step.title.en,
          step.tasks.ja,
          step.tasks.en,
          JSON.stringify(
            step.practicePoints.map((p: { phase?: string; ja: string; en: string }) => ({
              phase: p.phase ?? null,
              ja: p.ja,
              en: p.en,
            })),
          ),
        ],
      )) as { id: string }[];
      let index = 0;
      for (const behaviour of step.behaviours) {
        index += 1;
        await insertBehaviour(stepId, step.ordinal * 100 + index, behaviour);
      }
    }
    let index = 0;
    for (const behaviour of framework.crossCuttingBehaviours) {
      index += 1;
      await insertBehaviour(null, 99 * 100 + index, behaviour);
    }
    await queryRunner.query(`UPDATE program SET "frameworkId" = $1 WHERE "frameworkId" IS NULL`, [frameworkId]);
    await queryRunner.query(`ALTER TABLE "program" ALTER COLUMN "frameworkId" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program" ALTER COLUMN "frameworkId" DROP NOT NULL`);
    await queryRunner.query(
      `UPDATE program SET "frameworkId" = NULL
       WHERE "frameworkId" IN (SELECT id FROM competency_framework WHERE code = $1 AND version = $2)`,
      [DEFAULT_FRAMEWORK.code, DEFAULT_FRAMEWORK.version],
    );
    await queryRunner.query(`DELETE FROM competency_framework WHERE code = $1 AND version = $2`, [
      DEFAULT_FRAMEWORK.code,
      DEFAULT_FRAMEWORK.version,
    ]);
  }
}
