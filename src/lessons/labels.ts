import { formatNumber, translator, type Lang } from '../i18n/catalogue.ts';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { noticesCatalogue } from '../i18n/catalogues/notices.ts';
import { findLab } from '../labs/registry.ts';
import type { LessonIssue, RenderLabels } from './types.ts';

/** Why a preset value was refused, with the bounds the lab's schema allows. */
function presetReason(issue: LessonIssue, lang: Lang, tn: ReturnType<typeof translator<keyof typeof noticesCatalogue.en>>): string {
  const reason = String(issue.params['reason'] ?? '');
  if (!(reason in noticesCatalogue.en)) return reason;
  const spec = findLab(String(issue.params['lab'] ?? ''))?.schema[String(issue.params['key'] ?? '')];
  const limits: Record<string, string> = {};
  if (spec?.kind === 'enum') limits['allowed'] = spec.values.join(', ');
  if (spec?.kind === 'int' || spec?.kind === 'number') {
    limits['min'] = formatNumber(spec.min, lang);
    limits['max'] = formatNumber(spec.max, lang);
  }
  return tn(reason as keyof typeof noticesCatalogue.en, limits);
}

/** Container captions and issue messages in one language. */
export function labelsFor(lang: Lang): RenderLabels {
  const t = translator(lessonsCatalogue, lang);
  const tn = translator(noticesCatalogue, lang);
  return {
    predict: t('predict'),
    answer: t('answer'),
    hint: t('hint'),
    describe(issue) {
      const params = issue.code === 'widget-preset' ? { ...issue.params, reason: presetReason(issue, lang, tn) } : issue.params;
      const text = t(issue.code, params);
      return issue.line === undefined ? text : `${text} ${t('issueLine', { line: issue.line })}`;
    },
  };
}
