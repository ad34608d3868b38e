import { defineCatalogue } from '../catalogue.ts';

export const homeCatalogue = defineCatalogue({
  en: {
    title: 'Watch a recurrent network learn',
    pitch:
      'A recurrent neural network reads a sequence one step at a time and carries a small memory, its hidden state, from each step to the next. Here the networks are real: they train in your browser while you watch the loss fall, pause them, step through an update, change a setting and see what breaks. Every lab is a link you can share, with exactly the settings on your screen.',
    labsHeading: 'Labs',
    labsIntro: 'Hands-on experiments with a live network. Each one fits on a single screen.',
    openLab: 'Open the lab',
  },
  fr: {
    title: 'Regardez un réseau récurrent apprendre',
    pitch:
      'Un réseau de neurones récurrent lit une séquence pas à pas et garde une petite mémoire, son état caché, d’un pas au suivant. Ici, les réseaux sont bien réels : ils s’entraînent dans votre navigateur pendant que vous regardez la perte baisser. Mettez-les en pause, avancez d’une mise à jour, changez un réglage et voyez ce qui casse. Chaque labo est un lien à partager, avec exactement les réglages affichés à l’écran.',
    labsHeading: 'Labos',
    labsIntro: 'Des expériences pratiques avec un réseau en direct. Chacune tient sur un seul écran.',
    openLab: 'Ouvrir le labo',
  },
  ar: {
    title: 'شاهِد شبكةً تكراريةً وهي تتعلّم',
    pitch:
      'تقرأ الشبكة العصبية التكرارية المتتاليةَ خطوةً بعد خطوة، وتحمل من كل خطوة إلى التي تليها ذاكرةً صغيرة هي حالتها المخفية. الشبكات هنا حقيقية: تتدرّب داخل متصفحك وأنت تشاهد الخسارة تنخفض. أوقفها مؤقتًا، ونفّذ تحديثًا واحدًا، وغيّر إعدادًا لترى ما الذي ينكسر. كل مختبر رابطٌ يمكنك مشاركته بالإعدادات نفسها التي تظهر على شاشتك.',
    labsHeading: 'المختبرات',
    labsIntro: 'تجارب عملية مع شبكة حيّة، كلٌّ منها يتّسع في شاشة واحدة.',
    openLab: 'افتح المختبر',
  },
});
