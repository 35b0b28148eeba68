import type { Assessment, Score } from '../../../../shared/schemas/records.ts';
import { countedScores } from '../../../../shared/framework/counted-scores.ts';
import { frameworkItems } from '../../../../shared/framework/schema.ts';
import { t } from '../../../i18n/index.ts';
import { roundLabel } from '../../../i18n/round-label.ts';
import { dateOfStamp, table, type Cell, type Column, type ExportContext, type ExportTable } from './table-context.ts';

/**
 * Each assessment's answers by item, from the scores its author wrote (see `countedScores`). Two
 * devices offline can each save an answer to the same item; the later one is what the scoring
 * screen shows, so it is the one a table of answers holds.
 */
function answersByAssessment(assessments: readonly Assessment[], scores: readonly Score[]): Map<string, Map<string, Score>> {
  const out = new Map<string, Map<string, Score>>();
  for (const s of countedScores(assessments, scores)) {
    let answers = out.get(s.assessmentId);
    if (!answers) out.set(s.assessmentId, (answers = new Map<string, Score>()));
    const seen = answers.get(s.itemId);
    if (!seen || seen.updatedAt < s.updatedAt) answers.set(s.itemId, s);
  }
  return out;
}

/** The columns that say whose assessment a row is; the respondent only when names may be shown. */
function assessmentColumns(ctx: ExportContext, answers: Map<string, Map<string, Score>>): Column<Assessment>[] {
  return [
    ['id', (a) => a.id],
    ['organisation', (a) => ctx.organisation(a.organisationId)],
    ['round', (a) => roundLabel(a.round)],
    ...(ctx.hideRespondents ? [] : [['respondent', (a: Assessment) => ctx.participant(a.respondentId)] as const]),
    ['frameworkId', (a) => a.frameworkId],
    ['frameworkVersion', (a) => a.frameworkVersion],
    ['submitted', (a) => a.submitted],
    ['date', (a) => dateOfStamp(a.createdAt)],
    ['answered', (a) => answers.get(a.id)?.size ?? 0],
  ];
}

export function assessmentsTable(ctx: ExportContext): ExportTable {
  const answers = answersByAssessment(ctx.bundle.assessments, ctx.bundle.scores);
  return table('assessments', assessmentColumns(ctx, answers), ctx.bundle.assessments);
}

/**
 * One row per answer, grouped by assessment and in framework order. Answers whose assessment was
 * deleted are left out: without it they belong to no organisation or round (the JSON keeps them);
 * so are answers someone other than the assessment's author wrote (see `countedScores`).
 */
export function scoresTable(ctx: ExportContext): ExportTable {
  const order = new Map(frameworkItems(ctx.bundle.framework).map((item, i) => [item.id, i]));
  const rank = (itemId: string) => order.get(itemId) ?? Number.MAX_SAFE_INTEGER;
  const byAssessment = new Map<string, Score[]>();
  for (const s of countedScores(ctx.bundle.assessments, ctx.bundle.scores)) {
    const list = byAssessment.get(s.assessmentId);
    if (list) list.push(s);
    else byAssessment.set(s.assessmentId, [s]);
  }
  const rows = ctx.bundle.assessments.flatMap((a) => (byAssessment.get(a.id) ?? []).sort((x, y) => rank(x.itemId) - rank(y.itemId)).map((s) => ({ a, s })));
  const columns: Column<{ a: Assessment; s: Score }>[] = [
    ['assessment', ({ a }) => a.id],
    ['organisation', ({ a }) => ctx.organisation(a.organisationId)],
    ['round', ({ a }) => roundLabel(a.round)],
    ['itemId', ({ s }) => s.itemId],
    ['item', ({ s }) => ctx.item(s.itemId)],
    ['value', ({ s }) => s.value],
    ['dontKnow', ({ s }) => s.value === null],
    ['comment', ({ s }) => s.comment],
  ];
  return table('scores', columns, rows);
}

/**
 * One row per assessment, one column per item of the workshop's framework: the shape a spreadsheet
 * user averages or charts. Items another framework version asked (and this one lacks) stay in the
 * long table only.
 */
export function scoresWideTable(ctx: ExportContext): ExportTable {
  const answers = answersByAssessment(ctx.bundle.assessments, ctx.bundle.scores);
  const fixed = assessmentColumns(ctx, answers).filter(([key]) => key !== 'answered');
  const items = frameworkItems(ctx.bundle.framework);
  const dontKnow = t('score.dontKnow');
  const answerCell = (s: Score | undefined): Cell => (s === undefined ? null : (s.value ?? dontKnow));
  const base = table('scores-wide', fixed, ctx.bundle.assessments);
  return {
    ...base,
    columns: [...base.columns, ...items.map((i) => ctx.item(i.id))],
    rows: ctx.bundle.assessments.map((a, r) => [...(base.rows[r] ?? []), ...items.map((i) => answerCell(answers.get(a.id)?.get(i.id)))]),
  };
}
