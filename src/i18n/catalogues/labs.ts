import { defineCatalogue } from '../catalogue.ts';

// Titles, promises and page copy of the labs.
export const labsCatalogue = defineCatalogue({
  en: {
    'gradients.short': 'Gradients',
    'gradients.title': 'Vanishing and exploding gradients',
    'gradients.promise': 'Watch the gradient fade or blow up through time, and see what clipping, ReLU, identity initialisation and gated cells change.',
    'bille.short': 'Bille',
    'bille.title': 'Bille: a network learns to spell',
    'bille.promise': 'Teach a network with three hidden neurons to spell “bille”, one letter at a time.',
    'bille.intro':
      'The network reads “{word}” one letter at a time, each letter a one-hot vector over the vocabulary {vocab}, and at every step it must guess the next letter. All it remembers is its hidden state h, a handful of numbers updated at each letter. With random weights it spells nonsense; press Train and watch the loss fall while the generated word turns into “{word}”.',
    'bille.formula': 'The update at every letter',
    'bille.generated': 'Generated word',
    'bille.generatedHelp':
      'What the network writes now, starting from “{first}” and always picking its most likely next letter.',
    'bille.notYet': 'nothing yet',
    'bille.target': 'Target: {word}',
    'bille.match': 'matches the target',
    'bille.noMatch': 'not the target yet',
    'bille.hidden': 'Hidden units',
    'bille.hiddenHelp': 'Size of the hidden state h: how many numbers the network can remember.',
    'bille.word': 'Word to learn',
    'bille.wordHelp': '2 to 12 lowercase letters. Its letters become the vocabulary.',
    'bille.panels': 'Inside the network',
  },
  fr: {
    'gradients.short': 'Gradients',
    'gradients.title': 'Gradients qui s’évanouissent ou explosent',
    'gradients.promise': 'Regardez le gradient s’éteindre ou exploser dans le temps, et ce que changent l’écrêtage, ReLU, l’initialisation identité et les cellules à portes.',
    'bille.short': 'Bille',
    'bille.title': 'Bille : un réseau apprend à épeler',
    'bille.promise': 'Apprenez à un réseau de trois neurones cachés à écrire « bille », une lettre à la fois.',
    'bille.intro':
      'Le réseau lit « {word} » une lettre à la fois, chaque lettre étant un vecteur one-hot sur le vocabulaire {vocab}, et à chaque pas il doit deviner la lettre suivante. Sa seule mémoire est son état caché h, quelques nombres mis à jour à chaque lettre. Avec des poids aléatoires, il écrit n’importe quoi ; appuyez sur Entraîner et regardez la perte baisser pendant que le mot généré devient « {word} ».',
    'bille.formula': 'La mise à jour à chaque lettre',
    'bille.generated': 'Mot généré',
    'bille.generatedHelp':
      'Ce que le réseau écrit maintenant, en partant de « {first} » et en choisissant toujours la lettre suivante la plus probable.',
    'bille.notYet': 'rien pour l’instant',
    'bille.target': 'Cible : {word}',
    'bille.match': 'identique à la cible',
    'bille.noMatch': 'pas encore la cible',
    'bille.hidden': 'Unités cachées',
    'bille.hiddenHelp': 'Taille de l’état caché h : combien de nombres le réseau peut retenir.',
    'bille.word': 'Mot à apprendre',
    'bille.wordHelp': 'De 2 à 12 lettres minuscules. Ses lettres forment le vocabulaire.',
    'bille.panels': 'À l’intérieur du réseau',
  },
  ar: {
    'gradients.short': 'التدرّجات',
    'gradients.title': 'التدرّجات المتلاشية والمنفجرة',
    'gradients.promise': 'شاهد التدرّج يخبو أو ينفجر عبر الزمن، وما يغيّره القصّ وReLU والتهيئة بمصفوفة الوحدة والخلايا ذات البوابات.',
    'bille.short': 'Bille',
    'bille.title': 'Bille: شبكة تتعلّم التهجئة',
    'bille.promise': 'علِّم شبكةً بثلاثة عصبونات مخفية أن تكتب «bille» حرفًا بعد حرف.',
    'bille.intro':
      'تقرأ الشبكة «{word}» حرفًا بعد حرف، وكل حرف متّجه أحادي الساخن (one-hot) على المفردات {vocab}، وعليها في كل خطوة أن تخمّن الحرف التالي. كل ما تتذكّره هو حالتها المخفية h، أي بضعة أرقام تُحدَّث مع كل حرف. بأوزان عشوائية تكتب كلامًا بلا معنى؛ اضغط «درِّب» وشاهد الخسارة تنخفض بينما تتحوّل الكلمة المولَّدة إلى «{word}».',
    'bille.formula': 'التحديث عند كل حرف',
    'bille.generated': 'الكلمة المولَّدة',
    'bille.generatedHelp': 'ما تكتبه الشبكة الآن بدءًا من «{first}»، مع اختيار الحرف التالي الأكثر احتمالًا في كل مرة.',
    'bille.notYet': 'لا شيء بعد',
    'bille.target': 'الهدف: {word}',
    'bille.match': 'تطابق الهدف',
    'bille.noMatch': 'لم تبلغ الهدف بعد',
    'bille.hidden': 'الوحدات المخفية',
    'bille.hiddenHelp': 'حجم الحالة المخفية h: كم رقمًا تستطيع الشبكة أن تتذكّر.',
    'bille.word': 'الكلمة المراد تعلّمها',
    'bille.wordHelp': 'من حرفين إلى 12 حرفًا لاتينيًا صغيرًا. حروفها تصبح المفردات.',
    'bille.panels': 'داخل الشبكة',
  },
});

export type LabsKey = keyof typeof labsCatalogue.en;
