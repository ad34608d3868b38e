import { useLabT } from '../../views/gradients/common/useLabT.ts';
import { ExplainedSection, type SectionProps } from '../shared/ExplainedSection.tsx';

export function Section(p: SectionProps) {
  const t = useLabT();
  return <ExplainedSection {...p} prefix="gr" labels={{ look: t('explain.look'), tryIt: t('explain.try'), notice: t('explain.notice') }} />;
}
