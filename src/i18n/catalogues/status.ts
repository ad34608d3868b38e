import { defineCatalogue } from '../catalogue.ts';

// What the status line says, in words a student understands.
export const statusCatalogue = defineCatalogue({
  en: {
    starting: 'Building the network…',
    ready: 'Ready. Press Train to start, or Step to make a single update.',
    training: 'Training…',
    paused: 'Paused at step {step}.',
    stepped: 'One update done: now at step {step}.',
    reset: 'Back to step 0 with seed {seed}: the same starting weights, so the same run will replay.',
    reconfigured: 'New settings: the network was rebuilt from step 0.',
    divergedLoss:
      'The loss became infinite at step {step}: the gradients exploded. Try clipping or a smaller learning rate, then Reset.',
    divergedGradient:
      'The gradients became infinite at step {step}: they exploded. Try clipping or a smaller learning rate, then Reset.',
    learned: 'Learned! At step {step}, starting from its first letter, the network spells “{word}”.',
    failed: 'The training engine stopped working.',
    restarted: 'The training engine was restarted with the same settings.',
  },
  fr: {
    starting: 'Construction du réseau…',
    ready: 'Prêt. Appuyez sur Entraîner pour commencer, ou sur Un pas pour une seule mise à jour.',
    training: 'Entraînement en cours…',
    paused: 'En pause au pas {step}.',
    stepped: 'Une mise à jour faite : nous voici au pas {step}.',
    reset: 'Retour au pas 0 avec la graine {seed} : mêmes poids de départ, donc le même entraînement va se rejouer.',
    reconfigured: 'Nouveaux réglages : le réseau a été reconstruit à partir du pas 0.',
    divergedLoss:
      'La perte est devenue infinie au pas {step} : les gradients ont explosé. Essayez l’écrêtage ou un taux d’apprentissage plus petit, puis Réinitialiser.',
    divergedGradient:
      'Les gradients sont devenus infinis au pas {step} : ils ont explosé. Essayez l’écrêtage ou un taux d’apprentissage plus petit, puis Réinitialiser.',
    learned: 'Appris ! Au pas {step}, à partir de sa première lettre, le réseau écrit « {word} ».',
    failed: 'Le moteur d’entraînement s’est arrêté.',
    restarted: 'Le moteur d’entraînement a redémarré avec les mêmes réglages.',
  },
  ar: {
    starting: 'جارٍ بناء الشبكة…',
    ready: 'جاهز. اضغط «درِّب» للبدء، أو «خطوة» لتنفيذ تحديث واحد.',
    training: 'التدريب جارٍ…',
    paused: 'متوقّف مؤقتًا عند الخطوة {step}.',
    stepped: 'تمّ تحديث واحد: نحن الآن عند الخطوة {step}.',
    reset: 'عدنا إلى الخطوة 0 بالبذرة {seed}: الأوزان الابتدائية نفسها، لذا سيتكرّر التدريب نفسه.',
    reconfigured: 'إعدادات جديدة: أُعيد بناء الشبكة من الخطوة 0.',
    divergedLoss:
      'أصبحت الخسارة لانهائية عند الخطوة {step}: لقد انفجرت التدرّجات. جرّب قصّ التدرّجات أو معدّل تعلّم أصغر، ثم أعد الضبط.',
    divergedGradient:
      'أصبحت التدرّجات لانهائية عند الخطوة {step}: لقد انفجرت. جرّب قصّ التدرّجات أو معدّل تعلّم أصغر، ثم أعد الضبط.',
    learned: 'تعلّمت! عند الخطوة {step}، وانطلاقًا من حرفها الأول، تكتب الشبكة «{word}».',
    failed: 'توقّف محرّك التدريب عن العمل.',
    restarted: 'أُعيد تشغيل محرّك التدريب بالإعدادات نفسها.',
  },
});
