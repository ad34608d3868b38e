import { defineCatalogue } from '../catalogue.ts';

// The bille lab's panels, word checks and capacity verdict. The views'
// own labels live in views-bille.ts; the page title and intro in labs.ts.
export const labBilleCatalogue = defineCatalogue({
  en: {
    'word.help': '2 to 20 letters, no spaces; capitals become small letters. The word’s letters become the vocabulary.',
    'word.empty': 'Type a word: the field is empty.',
    'word.short': 'One letter is not enough: a word needs at least 2 letters.',
    'word.long': 'Too long: {n} letters. Use at most 20.',
    'word.notLetter': '“{ch}” is not a letter. Use letters only: no spaces, digits or punctuation.',
    'stepper.heading': 'Generation, step by step',
    'stepper.intro':
      'x₁ = “{first}”, h₀ = 0, and at every step the most likely letter becomes the next input: xₜ = argmax oₜ₋₁. Each column is one step of the engine’s forward pass, with the current weights.',
    'stepper.waiting': 'The generation appears once the network is ready.',
    'memory.heading': 'Why it needs memory',
    'memory.rnn': 'The RNN column is the network’s next letter after each letter of the word, given the letters before it.',
    'trajectory.heading': 'Where the hidden state goes',
    'trajectory.intro':
      'The same input letter can lead to different next letters only if the hidden state differs. Each point is hₜ after reading the letter beside it; a dashed line joins the steps that read the same letter.',
    'capacity.tooSmall': 'After {steps} updates the network with {h} hidden units still does not spell “{word}”: this hidden size seems too small for the word. Give it more units.',
    'capacity.tooSmallOne': 'After {steps} updates the network with a single hidden unit still does not spell “{word}”: one unit seems too small for the word. Give it more units.',
  },
  fr: {
    'word.help': 'De 2 à 20 lettres, sans espace ; les majuscules deviennent minuscules. Les lettres du mot forment le vocabulaire.',
    'word.empty': 'Tapez un mot : le champ est vide.',
    'word.short': 'Une lettre ne suffit pas : un mot compte au moins 2 lettres.',
    'word.long': 'Trop long : {n} lettres. 20 au plus.',
    'word.notLetter': '« {ch} » n’est pas une lettre. Uniquement des lettres : ni espace, ni chiffre, ni ponctuation.',
    'stepper.heading': 'La génération, pas à pas',
    'stepper.intro':
      'x₁ = « {first} », h₀ = 0, et à chaque pas la lettre la plus probable devient l’entrée suivante : xₜ = argmax oₜ₋₁. Chaque colonne est un pas de la propagation avant du moteur, avec les poids actuels.',
    'stepper.waiting': 'La génération apparaît dès que le réseau est prêt.',
    'memory.heading': 'Pourquoi il faut de la mémoire',
    'memory.rnn': 'La colonne RNN donne la lettre que le réseau prévoit après chaque lettre du mot, sachant les lettres qui la précèdent.',
    'trajectory.heading': 'Où va l’état caché',
    'trajectory.intro':
      'Une même lettre d’entrée ne peut mener à des lettres suivantes différentes que si l’état caché diffère. Chaque point est hₜ après la lecture de la lettre indiquée ; un trait pointillé relie les pas qui lisent la même lettre.',
    'capacity.tooSmall': 'Après {steps} mises à jour, le réseau à {h} unités cachées n’écrit toujours pas « {word} » : cette taille cachée semble trop petite pour ce mot. Donnez-lui plus d’unités.',
    'capacity.tooSmallOne': 'Après {steps} mises à jour, le réseau à une seule unité cachée n’écrit toujours pas « {word} » : une unité semble trop peu pour ce mot. Donnez-lui plus d’unités.',
  },
  ar: {
    'word.help': 'من حرفين إلى 20 حرفًا دون مسافات؛ تتحوّل الحروف الكبيرة إلى صغيرة. حروف الكلمة تصبح المفردات.',
    'word.empty': 'اكتب كلمة: الحقل فارغ.',
    'word.short': 'حرف واحد لا يكفي: تحتاج الكلمة إلى حرفين على الأقل.',
    'word.long': 'طويلة جدًا: {n} حرفًا. الحد الأقصى 20.',
    'word.notLetter': '«⁨{ch}⁩» ليس حرفًا. استخدم الحروف فقط، دون مسافات أو أرقام أو علامات ترقيم.',
    'stepper.heading': 'التوليد خطوةً بخطوة',
    'stepper.intro':
      '⁦x₁ = {first}⁩ و⁦h₀ = 0⁩، وفي كل خطوة يصبح الحرف الأرجح مدخل الخطوة التالية: ⁦xₜ = argmax oₜ₋₁⁩. كل عمود خطوة من الانتشار الأمامي في المحرّك بالأوزان الحالية.',
    'stepper.waiting': 'يظهر التوليد حين تصبح الشبكة جاهزة.',
    'memory.heading': 'لماذا تحتاج إلى ذاكرة',
    'memory.rnn': 'عمود الشبكة التكرارية هو الحرف الذي تتوقعه الشبكة بعد كل حرف من الكلمة، بمعرفة الحروف التي قبله.',
    'trajectory.heading': 'أين تذهب الحالة المخفية',
    'trajectory.intro':
      'لا يمكن للحرف نفسه أن يقود إلى حروف تالية مختلفة إلا إذا اختلفت الحالة المخفية. كل نقطة هي ⁦hₜ⁩ بعد قراءة الحرف المكتوب بجانبها، ويصل خط متقطع بين الخطوات التي تقرأ الحرف نفسه.',
    'capacity.tooSmall': 'بعد {steps} تحديث ما زالت الشبكة ذات {h} وحدات مخفية لا تكتب «⁨{word}⁩»: يبدو هذا الحجم المخفي أصغر من أن يكفي لهذه الكلمة. امنحها وحدات أكثر.',
    'capacity.tooSmallOne': 'بعد {steps} تحديث ما زالت الشبكة ذات الوحدة المخفية الواحدة لا تكتب «⁨{word}⁩»: تبدو وحدة واحدة أقل من أن تكفي لهذه الكلمة. امنحها وحدات أكثر.',
  },
});

export type LabBilleKey = keyof typeof labBilleCatalogue.en;
