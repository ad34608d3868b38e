import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { useT } from '../../i18n/useT.ts';
import { ExplainedSection, type SectionProps } from '../shared/ExplainedSection.tsx';

export function Section(p: SectionProps) {
  const t = useT(cat);
  return <ExplainedSection {...p} prefix="gates" labels={{ look: t('explain.look'), tryIt: t('explain.try'), notice: t('explain.notice') }} />;
}
