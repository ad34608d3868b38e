import { defineCatalogue } from '../catalogue.ts';

// Every string of the gradients lab (#/lab/gradients) and its views. Symbols
// are the notes' notation in all three languages: h_t, W_hh, ρ, τ, f_t.

export const labGradientsCatalogue = defineCatalogue({
  en: {
    'page.title': 'Vanishing and exploding gradients',
    'page.intro':
      'Backpropagation through time multiplies the gradient by one Jacobian per step: diag(φ′) W_hh. Multiply a number by 0.9 fifty times and you get 0.005; by 1.1, 117. This lab shows that chain live on a real network training in your browser: how fast the gradient fades or blows up with the distance, why the eigenvalues of W_hh decide it, what clipping does, and why gated cells remember further back.',
    'page.task':
      'The network reads {t} tokens: a “country” (A to D), {k} distractors (a to d) and a question mark, and must name the country at the end, like “I grew up in France … I speak fluent ___”. The loss is at the last step only, so everything it learns about the first token travels back {back} steps.',
    'page.formula': 'One step of the network, and the chain the gradient goes through',
    'explain.look': 'What you see',
    'explain.try': 'Try',
    'explain.notice': 'Notice',
    'series.ghost': '‖∂h_T/∂h_t‖ before your last switch',

    'set.heading': 'Network',
    'set.cell': 'Cell',
    'opt.rnn': 'Vanilla RNN',
    'opt.lstm': 'LSTM',
    'opt.gru': 'GRU',
    'set.act': 'Activation φ',
    'set.actGated': 'Gated cells use their own sigmoids and tanh.',
    'opt.sigmoid': 'sigmoid σ',
    'opt.identity': 'identity (linear)',
    'set.init': 'Initialisation of W_hh',
    'opt.gaussian': 'Gaussian',
    'opt.orthogonal': 'Orthogonal',
    'opt.identityInit': 'Identity',
    'opt.echo': 'Echo-state',
    'initHelp.gaussian': 'Entries drawn N(0, σ²/H): the eigenvalues fill a disc of radius about σ.',
    'initHelp.orthogonal': 'ρ times an orthogonal matrix: every eigenvalue has modulus exactly ρ.',
    'initHelp.identity': 'W_hh = ρ I and zero recurrent bias: the state is carried over unchanged when ρ = 1.',
    'initHelp.echo_state': 'A random matrix rescaled so that its spectral radius is exactly ρ.',
    'set.rho': 'Spectral radius ρ of W_hh',
    'set.sigma': 'Scale σ of W_hh (ρ ≈ σ)',
    'set.rhoHelp': 'Below 1 the gradient vanishes, above 1 it can explode. Each change rebuilds the network from the seed.',
    'set.steps': 'Sequence length T',
    'set.stepsHelp': '{k} distractors between the country and the question.',
    'set.hidden': 'Hidden units H',
    'set.lr': 'Learning rate λ (SGD)',
    'set.lrHelp': 'Plain gradient descent, W ← W − λ ∇W, as in the notes.',

    'rem.heading': 'Remedies from the notes',
    'rem.relu': 'ReLU instead of tanh',
    'rem.reluHelp': 'Its slope is exactly 0 or 1: no factor below 1 from the activation.',
    'rem.identity': 'Identity initialisation',
    'rem.identityHelp': 'W_hh = I, b = 0: at the start each step passes the state and the gradient on unchanged.',
    'rem.echo': 'Echo-state scaling',
    'rem.echoHelp':
      'A random W_hh rescaled to spectral radius ρ = 0.95, just below 1: the echo-state recipe. Move the ρ slider to try other radii.',
    'rem.gated': 'Gated cell (LSTM)',
    'rem.gatedHelp': 'The cell state is carried by c_t = f_t c_{t−1} + …: one step back multiplies by the forget gate only.',
    'rem.ghost': 'After a switch, the dotted grey line in the first chart keeps ‖∂h_T/∂h_t‖ from just before it.',

    's.profile.title': '1. How the gradient fades or grows with distance',
    's.profile.look':
      'For the latest training sequence: ‖∂L/∂h_t‖, how much the loss still depends on the state t steps before the end, and ‖∂h_T/∂h_t‖, the product of the Jacobians in between, against the distance T − t. The vertical axis is logarithmic, so an exponential is a straight line. The thin dotted line is √H · ρ^k.',
    's.profile.try':
      'Move ρ from 0.5 to 1.5. Switch the activation to identity: the profile then follows ρ^k exactly. Press Train and watch the profile move as W_hh changes.',
    's.profile.notice':
      'At ρ = 0.5 the first tokens receive a gradient 10⁻¹⁵ times weaker than the last one: the net cannot learn from them. Above 1 the line climbs. With tanh the line bends below ρ^k, because each step also multiplies by the slope tanh′ ≤ 1; with ReLU or identity nothing bends it down.',
    's.chain.title': '2. The derivative chain',
    's.chain.look':
      'The table of the notes: the product of n slopes. 0.25 is the steepest a sigmoid gets; s̄ is the mean slope measured now, at the activations of the current network. The chart shows the factor that each step back actually applied to ‖∂h_T/∂h_t‖.',
    's.chain.try': 'Switch the activation to sigmoid, then to ReLU. Train for a while and watch s̄ change.',
    's.chain.notice':
      'Even at its steepest the sigmoid divides the gradient by 4 per step: 2.3 × 10⁻¹⁰ after 16 steps, 8 × 10⁻³¹ after 50. The measured factor hovers around ρ · s̄: the matrix and the slope multiply.',
    's.eigen.title': '3. Eigenvalues of W_hh: W^t = U Λ^t U⁻¹',
    's.eigen.look':
      'The first chart: the eigenvalues λ of W_hh in the complex plane, with the unit circle. The slider raises them to the power t, which is what t steps of the recurrence do along each eigen-direction. The second: how much the fastest and slowest directions are stretched after t steps, and what W^t does to a fixed vector.',
    's.eigen.try': 'Press Play. Compare the Gaussian and orthogonal initialisations at the same ρ; try identity.',
    's.eigen.notice':
      'Inside the unit circle the points spiral into 0; outside they fly to the edge. After a few dozen steps only the largest |λ| = ρ counts, which is why ρ decides whether long-range gradients vanish or explode. Orthogonal puts every eigenvalue on the circle of radius ρ; Gaussian spreads them over the disc.',
    's.clip.title': '4. Clipping by global norm',
    's.clip.look':
      'The network above, trained twice from the same seed on the same sequences. One run clips its gradient g by global norm: if ‖g‖ > τ, g ← τ g / ‖g‖. The other does not.',
    's.clip.try':
      'Press “Load an exploding example”, then train both. Move τ and train again. Also try ρ = 1.5 with ReLU.',
    's.clip.notice':
      'Without clipping one huge gradient throws the weights so far that the next pass overflows: the run diverges, and the line below says at which update. The clipped run stays finite. In the 2-D picture the clipped arrow lies on top of the original: clipping keeps the direction and caps the length.',
    's.memory.title': '5. Long-range memory: vanilla RNN, LSTM, GRU',
    's.memory.look':
      'For each number of distractors K, a vanilla RNN, an LSTM and a GRU learn the recall task from the same seed, with the same optimiser and the same number of updates, and are tested on 200 new sequences. The second chart: at the longest K, how the gradient fades going back through each trained network.',
    's.memory.try': 'Run the experiment. Then change the learning rate or the budget, or the seed, and run it again.',
    's.memory.notice':
      'Where a curve falls to chance (25 %) is how far back that network learned to remember. The vanilla RNN falls to chance within a few dozen steps; the gated cells keep the country much further. The second chart shows why: the LSTM’s cell path multiplies by the forget gate f_t alone, with no weight matrix and no tanh slope, so it fades far more slowly than the vanilla path, and the GRU’s update gate does the same for h_t. Try a smaller budget: a path that carries the gradient still has to be learned.',

    'clip.tau': 'Threshold τ',
    'clip.tauHelp': 'Clipping fires when the global norm of all gradients exceeds τ.',
    'clip.run': 'Train both ({n} updates)',
    'clip.pause': 'Pause both',
    'clip.reset': 'Reset both',
    'clip.preset': 'Load an exploding example',
    'clip.status': 'Clipped run: {a}. Run without clipping: {b}.',
    'clip.stillFinite': 'The clipped run is still finite.',
    'state.idle': 'starting',
    'state.running': 'training',
    'state.paused': 'paused',
    'state.done': 'finished',
    'state.diverged': 'diverged',

    'mem.setup':
      'Fixed for all three: H = {h}, Adam at learning rate {lr}, clipping at τ = {tau}, K ∈ {ks}. The gated cells start with their memory gate open: the biases of the LSTM’s forget gate f and of the GRU’s update gate z are raised by {bias}, so both gates start near 0.95. Everything else is initialised as in PyTorch.',
    'mem.budget': 'Updates per network',
    'mem.budgetHelp': 'The same budget for every cell and every K.',
    'mem.lr': 'Learning rate (Adam)',
    'mem.lrHelp': 'The same for the three cells.',
    'mem.run': 'Run the experiment',
    'mem.stop': 'Stop',
    'mem.idle': 'Not run yet: it trains {total} networks in a worker, which takes under a minute.',
    'mem.progress': 'Training the {cell} at K = {k}: network {n} of {total}.',
    'mem.progressLabel': 'Progress of the experiment',
    'mem.done': 'Finished: {total} networks trained and tested.',
    'mem.failed': 'The experiment stopped: {message}',

    waiting: 'Waiting for the first numbers from the engine…',
    'table.show': 'Show the numbers',
    'regime.vanishing': 'vanishing',
    'regime.stable': 'stable',
    'regime.exploding': 'exploding',
    'cell.rnn': 'vanilla RNN (tanh)',
    'cell.lstm': 'LSTM',
    'cell.gru': 'GRU',

    'profile.title': 'Gradient norms against the distance T − t',
    'profile.x': 'distance T − t (steps back from the loss)',
    'profile.y': 'norm (log scale)',
    'profile.distance': 'T − t',
    'profile.summary':
      '{steps} steps, ρ = {rho}. ‖∂h_T/∂h_t‖ goes from {first} at distance 0 to {last} at distance {far}: each step back multiplies it by about {factor} ({regime}); ρ^{far} = {rhoFar}.',
    'profile.lossSummary': '‖∂L/∂h_t‖ goes from {lossFirst} at distance 0 to {lossLast} at distance {far}.',
    'series.dLdh': '‖∂L/∂h_t‖',
    'series.dhTdh': '‖∂h_T/∂h_t‖',
    'series.dcTdc': '‖∂c_T/∂c_t‖ (LSTM cell state)',
    'profile.noLossYet': '‖∂L/∂h_t‖ needs a backward pass: it appears after the first update (press Step or Train).',
    'series.ref': 'reference √H · ρ^k, ρ = {rho}',

    'chain.tableCaption': 'The derivative chain: the product of n slopes',
    'chain.sigmoidCol': '0.25ⁿ (sigmoid at its steepest)',
    'chain.slopeCol': 's̄ⁿ ({act} slope here, s̄ = {s})',
    'chain.rhoSlopeCol': '(ρ s̄)ⁿ, ρ = {rho}',
    'chain.factorTitle': 'The factor each step back multiplies the gradient by',
    'chain.factorY': 'factor per step (log)',
    'chain.factorSeries': 'measured: ‖∂h_T/∂h_{t−1}‖ / ‖∂h_T/∂h_t‖',
    'chain.rhoSlopeLine': 'ρ · s̄ (rough prediction)',
    'chain.one': '1 = no change',
    'chain.summary':
      'Measured on the current network, each step back multiplies ‖∂h_T/∂h_t‖ by {factor} on average. The mean {act} slope at the current activations is s̄ = {s} and ρ = {rho}, so ρ · s̄ = {rs}.',

    'eigen.planeTitle': 'Eigenvalues of W_hh raised to the power t',
    'eigen.powersTitle': 'Growth along the eigen-directions, |λ|^t',
    'eigen.powersY': 'length multiplied by (log)',
    'eigen.power': 'Power t = {t}',
    'eigen.play': 'Play',
    'eigen.pause': 'Pause',
    'eigen.shrinks': '|λ| < 1: this direction shrinks',
    'eigen.keeps': '|λ| = 1: this direction keeps its length',
    'eigen.grows': '|λ| > 1: this direction grows',
    'eigen.largest': 'largest |λ|^t = ρ^t',
    'eigen.smallest': 'smallest |λ|^t',
    'eigen.measured': '‖W^t x‖ / ‖x‖ for a fixed vector x',
    'eigen.compressed':
      'The radius is drawn compressed (r ↦ 2r / (r + 1)): the unit circle sits halfway to the edge and the edge stands for infinity, so growing points stay in view. Angles are exact.',
    'eigen.summary':
      '{n} eigenvalues: {grow} outside the unit circle (those directions grow), {shrink} inside (they shrink), {keep} on it. ρ = {rho}; at t = {t}, ρ^t = {rhoT} and the smallest |λ|^t = {minT}.',
    'eigen.powersSummary':
      'After t steps the fastest direction is multiplied by ρ^t with ρ = {rho}, the slowest by {min}^t. A fixed vector x follows the fastest one: that is why ‖∂h_T/∂h_t‖ tracks ρ^k.',

    'clip.lossTitle': 'Loss of the same network, with and without clipping',
    'clip.notYet': 'Nothing trained yet: press “Train both”.',
    'clip.normTitle': 'Global gradient norm before and after clipping',
    'clip.x': 'update',
    'clip.lossY': 'loss (log)',
    'clip.normY': 'global norm ‖g‖ (log)',
    'clip.clippedRun': 'clipped at τ = {tau}',
    'clip.unclippedRun': 'not clipped',
    'clip.before': 'clipped run, before clipping',
    'clip.after': 'clipped run, after clipping',
    'clip.unclippedNorm': 'run without clipping',
    'clip.thresholdLine': 'threshold τ',
    'clip.fired': 'clipping fired',
    'clip.divergedMark': 'diverged at update {step}',
    'clip.divergedSentence':
      'The run without clipping diverged at update {step}: its gradient or loss stopped being a finite number, so training stopped there.',
    'clip.lossSummary': 'Latest loss: {clipped} with clipping at τ = {tau}, {unclipped} without.',
    'clip.normSummary':
      'Clipping fired in {fired} of {points} plotted points (ticks on the axis). Largest norm before clipping: {maxBefore}; after: {maxAfter}, never above τ = {tau}. Largest norm of the run without clipping: {maxUnclipped}.',

    'vector.title': 'One gradient before and after clipping, in two dimensions',
    'vector.x': '‖∇W_hh‖',
    'vector.y': '‖∇ other weights‖',
    'vector.before': 'before',
    'vector.after': 'clipped by norm',
    'vector.byValue': 'clipped entry by entry',
    'vector.showByValue': 'Also show clipping each entry to ±τ',
    'vector.compressed':
      'Both axes together hold the whole gradient: the arrow’s length is the global norm, so the threshold is the circle. Lengths are drawn compressed around τ; angles are exact.',
    'vector.summary':
      'Before: length {lb} at {ab}°. Clipped by norm: length {la} (τ = {tau}) at {aa}°: the same direction, a shorter step.',
    'vector.summaryValue':
      'Before: length {lb} at {ab}°. Clipped by norm: length {la} at {aa}°, the same direction. Clipped entry by entry to ±{tau}: {av}°, the direction has turned.',

    'memory.title': 'Recall accuracy against the number of distractors K',
    'memory.x': 'K, distractors between the country and the question (log)',
    'memory.y': 'accuracy',
    'memory.chance': 'chance ({p})',
    'memory.summary':
      'At K = {k}: vanilla RNN {rnn}, LSTM {lstm}, GRU {gru} (chance is {chance}). Same seed, same number of updates for all three.',
    'memory.reach': 'Longest gap recalled with 90 % accuracy or better: vanilla RNN {rnn}, LSTM {lstm}, GRU {gru}.',
    'memory.none': 'none',
    'memory.notRun': 'No network trained yet: press “Run the experiment”.',

    'path.title': 'Paths back through time at K = {k}',
    'path.lstmForget': 'LSTM cell path ‖∏ f_t‖',
    'path.lstmCell': 'LSTM ‖∂c_T/∂c_t‖',
    'path.rnn': 'vanilla ‖∂h_T/∂h_t‖',
    'path.gru': 'GRU ‖∂h_T/∂h_t‖',
    'path.waiting': 'Appears when the three networks have been trained at the longest K.',
    'path.summary':
      '{k} steps back, starting from {start}: the LSTM’s cell path ∏ f_t is {forget} and ‖∂c_T/∂c_t‖ is {cell}, where the vanilla net’s ‖∂h_T/∂h_t‖ is {rnn} and the GRU’s is {gru}.',
  },
  fr: {
    'page.title': 'Gradients qui s’évanouissent ou explosent',
    'page.intro':
      'La rétropropagation dans le temps multiplie le gradient par une jacobienne à chaque pas : diag(φ′) W_hh. Multipliez un nombre cinquante fois par 0,9 et vous obtenez 0,005 ; par 1,1, 117. Ce labo montre cette chaîne en direct sur un vrai réseau qui s’entraîne dans votre navigateur : à quelle vitesse le gradient s’éteint ou explose avec la distance, pourquoi les valeurs propres de W_hh en décident, ce que fait l’écrêtage, et pourquoi les cellules à portes se souviennent de plus loin.',
    'page.task':
      'Le réseau lit {t} symboles : un « pays » (A à D), {k} distracteurs (a à d) et un point d’interrogation, et doit nommer le pays à la fin, comme dans « J’ai grandi en France … je parle couramment ___ ». La perte n’est qu’au dernier pas : tout ce qu’il apprend sur le premier symbole remonte {back} pas.',
    'page.formula': 'Un pas du réseau, et la chaîne que traverse le gradient',
    'explain.look': 'Ce que vous voyez',
    'explain.try': 'Essayez',
    'explain.notice': 'Remarquez',
    'series.ghost': '‖∂h_T/∂h_t‖ avant votre dernier changement',

    'set.heading': 'Réseau',
    'set.cell': 'Cellule',
    'opt.rnn': 'RNN simple',
    'opt.lstm': 'LSTM',
    'opt.gru': 'GRU',
    'set.act': 'Activation φ',
    'set.actGated': 'Les cellules à portes ont leurs propres sigmoïdes et tanh.',
    'opt.sigmoid': 'sigmoïde σ',
    'opt.identity': 'identité (linéaire)',
    'set.init': 'Initialisation de W_hh',
    'opt.gaussian': 'Gaussienne',
    'opt.orthogonal': 'Orthogonale',
    'opt.identityInit': 'Identité',
    'opt.echo': 'Echo-state',
    'initHelp.gaussian': 'Coefficients tirés selon N(0, σ²/H) : les valeurs propres remplissent un disque de rayon environ σ.',
    'initHelp.orthogonal': 'ρ fois une matrice orthogonale : toutes les valeurs propres ont un module exactement égal à ρ.',
    'initHelp.identity': 'W_hh = ρ I et biais récurrent nul : pour ρ = 1 l’état est transmis tel quel.',
    'initHelp.echo_state': 'Une matrice aléatoire remise à l’échelle pour que son rayon spectral vaille exactement ρ.',
    'set.rho': 'Rayon spectral ρ de W_hh',
    'set.sigma': 'Échelle σ de W_hh (ρ ≈ σ)',
    'set.rhoHelp': 'Sous 1 le gradient s’évanouit, au-dessus il peut exploser. Chaque changement reconstruit le réseau à partir de la graine.',
    'set.steps': 'Longueur de séquence T',
    'set.stepsHelp': '{k} distracteurs entre le pays et la question.',
    'set.hidden': 'Unités cachées H',
    'set.lr': 'Taux d’apprentissage λ (SGD)',
    'set.lrHelp': 'Descente de gradient simple, W ← W − λ ∇W, comme dans le cours.',

    'rem.heading': 'Les remèdes du cours',
    'rem.relu': 'ReLU au lieu de tanh',
    'rem.reluHelp': 'Sa pente vaut exactement 0 ou 1 : l’activation n’apporte aucun facteur inférieur à 1.',
    'rem.identity': 'Initialisation identité',
    'rem.identityHelp': 'W_hh = I, b = 0 : au départ, chaque pas transmet l’état et le gradient sans les changer.',
    'rem.echo': 'Mise à l’échelle echo-state',
    'rem.echoHelp':
      'Une W_hh aléatoire ramenée au rayon spectral ρ = 0,95, juste sous 1 : la recette echo-state. Déplacez le curseur ρ pour essayer d’autres rayons.',
    'rem.gated': 'Cellule à portes (LSTM)',
    'rem.gatedHelp': 'L’état de cellule suit c_t = f_t c_{t−1} + … : un pas en arrière ne multiplie que par la porte d’oubli.',
    'rem.ghost': 'Après un changement, la ligne grise pointillée du premier graphique garde ‖∂h_T/∂h_t‖ d’avant.',

    's.profile.title': '1. Comment le gradient s’éteint ou grandit avec la distance',
    's.profile.look':
      'Pour la dernière séquence d’entraînement : ‖∂L/∂h_t‖, combien la perte dépend encore de l’état t pas avant la fin, et ‖∂h_T/∂h_t‖, le produit des jacobiennes intermédiaires, selon la distance T − t. L’axe vertical est logarithmique : une exponentielle y est une droite. La fine ligne pointillée est √H · ρ^k.',
    's.profile.try':
      'Faites varier ρ de 0,5 à 1,5. Passez l’activation à l’identité : le profil suit alors exactement ρ^k. Appuyez sur Entraîner et regardez le profil bouger quand W_hh change.',
    's.profile.notice':
      'À ρ = 0,5 les premiers symboles reçoivent un gradient 10⁻¹⁵ fois plus faible que le dernier : le réseau ne peut rien en apprendre. Au-dessus de 1 la droite monte. Avec tanh elle plonge sous ρ^k, car chaque pas multiplie aussi par la pente tanh′ ≤ 1 ; avec ReLU ou l’identité rien ne la fait plonger.',
    's.chain.title': '2. La chaîne des dérivées',
    's.chain.look':
      'Le tableau du cours : le produit de n pentes. 0,25 est la pente maximale d’une sigmoïde ; s̄ est la pente moyenne mesurée maintenant, aux activations du réseau actuel. Le graphique montre le facteur réellement appliqué à ‖∂h_T/∂h_t‖ à chaque pas en arrière.',
    's.chain.try': 'Passez l’activation à sigmoïde, puis à ReLU. Entraînez un moment et regardez s̄ changer.',
    's.chain.notice':
      'Même à sa pente maximale, la sigmoïde divise le gradient par 4 à chaque pas : 2,3 × 10⁻¹⁰ après 16 pas, 8 × 10⁻³¹ après 50. Le facteur mesuré tourne autour de ρ · s̄ : la matrice et la pente se multiplient.',
    's.eigen.title': '3. Valeurs propres de W_hh : W^t = U Λ^t U⁻¹',
    's.eigen.look':
      'Premier graphique : les valeurs propres λ de W_hh dans le plan complexe, avec le cercle unité. Le curseur les élève à la puissance t, ce que font t pas de récurrence le long de chaque direction propre. Second graphique : l’étirement des directions la plus rapide et la plus lente après t pas, et ce que W^t fait à un vecteur fixé.',
    's.eigen.try': 'Appuyez sur Lancer. Comparez les initialisations gaussienne et orthogonale au même ρ ; essayez l’identité.',
    's.eigen.notice':
      'Dans le cercle unité les points s’enroulent vers 0 ; dehors ils filent vers le bord. Après quelques dizaines de pas seul le plus grand |λ| = ρ compte : c’est pourquoi ρ décide si les gradients lointains s’évanouissent ou explosent. L’orthogonale met toutes les valeurs propres sur le cercle de rayon ρ ; la gaussienne les répand dans le disque.',
    's.clip.title': '4. Écrêtage par la norme globale',
    's.clip.look':
      'Le réseau ci-dessus, entraîné deux fois à partir de la même graine sur les mêmes séquences. Un run écrête son gradient g par la norme globale : si ‖g‖ > τ, g ← τ g / ‖g‖. L’autre non.',
    's.clip.try':
      'Appuyez sur « Charger un exemple qui explose », puis entraînez les deux. Changez τ et recommencez. Essayez aussi ρ = 1,5 avec ReLU.',
    's.clip.notice':
      'Sans écrêtage, un seul gradient énorme projette les poids si loin que le passage suivant déborde : le run diverge, et la ligne ci-dessous dit à quelle mise à jour. Le run écrêté reste fini. Sur la figure 2-D, la flèche écrêtée est posée sur l’originale : l’écrêtage garde la direction et plafonne la longueur.',
    's.memory.title': '5. Mémoire à long terme : RNN simple, LSTM, GRU',
    's.memory.look':
      'Pour chaque nombre de distracteurs K, un RNN simple, un LSTM et un GRU apprennent la tâche de rappel avec la même graine, le même optimiseur et le même nombre de mises à jour, puis sont testés sur 200 nouvelles séquences. Second graphique : au plus grand K, comment le gradient s’éteint en remontant chaque réseau entraîné.',
    's.memory.try': 'Lancez l’expérience. Puis changez le taux d’apprentissage, le budget ou la graine, et relancez.',
    's.memory.notice':
      'L’endroit où une courbe tombe au hasard (25 %) indique jusqu’où ce réseau a appris à se souvenir. Le RNN simple retombe au hasard en quelques dizaines de pas ; les cellules à portes gardent le pays bien plus loin. Le second graphique montre pourquoi : le chemin de cellule du LSTM ne multiplie que par la porte d’oubli f_t, sans matrice de poids ni pente de tanh, et s’éteint donc bien plus lentement que le chemin du RNN simple ; la porte de mise à jour du GRU fait de même pour h_t. Essayez un budget plus petit : un chemin qui transmet le gradient doit encore être appris.',

    'clip.tau': 'Seuil τ',
    'clip.tauHelp': 'L’écrêtage s’applique quand la norme globale de tous les gradients dépasse τ.',
    'clip.run': 'Entraîner les deux ({n} mises à jour)',
    'clip.pause': 'Mettre les deux en pause',
    'clip.reset': 'Réinitialiser les deux',
    'clip.preset': 'Charger un exemple qui explose',
    'clip.status': 'Run écrêté : {a}. Run sans écrêtage : {b}.',
    'clip.stillFinite': 'Le run écrêté reste fini.',
    'state.idle': 'démarrage',
    'state.running': 'entraînement',
    'state.paused': 'en pause',
    'state.done': 'terminé',
    'state.diverged': 'divergé',

    'mem.setup':
      'Identique pour les trois : H = {h}, Adam au taux {lr}, écrêtage à τ = {tau}, K ∈ {ks}. Les cellules à portes partent avec leur porte de mémoire ouverte : les biais de la porte d’oubli f du LSTM et de la porte de mise à jour z du GRU sont augmentés de {bias}, si bien que les deux portes partent près de 0,95. Tout le reste est initialisé comme dans PyTorch.',
    'mem.budget': 'Mises à jour par réseau',
    'mem.budgetHelp': 'Le même budget pour chaque cellule et chaque K.',
    'mem.lr': 'Taux d’apprentissage (Adam)',
    'mem.lrHelp': 'Le même pour les trois cellules.',
    'mem.run': 'Lancer l’expérience',
    'mem.stop': 'Arrêter',
    'mem.idle': 'Pas encore lancée : elle entraîne {total} réseaux dans un worker, en moins d’une minute.',
    'mem.progress': 'Entraînement du {cell} à K = {k} : réseau {n} sur {total}.',
    'mem.progressLabel': 'Avancement de l’expérience',
    'mem.done': 'Terminé : {total} réseaux entraînés et testés.',
    'mem.failed': 'L’expérience s’est arrêtée : {message}',

    waiting: 'En attente des premiers nombres du moteur…',
    'table.show': 'Afficher les nombres',
    'regime.vanishing': 'évanouissement',
    'regime.stable': 'stable',
    'regime.exploding': 'explosion',
    'cell.rnn': 'RNN simple (tanh)',
    'cell.lstm': 'LSTM',
    'cell.gru': 'GRU',

    'profile.title': 'Normes du gradient selon la distance T − t',
    'profile.x': 'distance T − t (pas en arrière depuis la perte)',
    'profile.y': 'norme (échelle log)',
    'profile.distance': 'T − t',
    'profile.summary':
      '{steps} pas, ρ = {rho}. ‖∂h_T/∂h_t‖ passe de {first} à la distance 0 à {last} à la distance {far} : chaque pas en arrière la multiplie par environ {factor} ({regime}) ; ρ^{far} = {rhoFar}.',
    'profile.lossSummary': '‖∂L/∂h_t‖ passe de {lossFirst} à la distance 0 à {lossLast} à la distance {far}.',
    'series.dLdh': '‖∂L/∂h_t‖',
    'series.dhTdh': '‖∂h_T/∂h_t‖',
    'series.dcTdc': '‖∂c_T/∂c_t‖ (état de cellule du LSTM)',
    'profile.noLossYet': '‖∂L/∂h_t‖ demande une rétropropagation : il apparaît après la première mise à jour (Pas ou Entraîner).',
    'series.ref': 'référence √H · ρ^k, ρ = {rho}',

    'chain.tableCaption': 'La chaîne des dérivées : le produit de n pentes',
    'chain.sigmoidCol': '0,25ⁿ (sigmoïde à sa pente maximale)',
    'chain.slopeCol': 's̄ⁿ (pente de {act} ici, s̄ = {s})',
    'chain.rhoSlopeCol': '(ρ s̄)ⁿ, ρ = {rho}',
    'chain.factorTitle': 'Le facteur par lequel chaque pas en arrière multiplie le gradient',
    'chain.factorY': 'facteur par pas (log)',
    'chain.factorSeries': 'mesuré : ‖∂h_T/∂h_{t−1}‖ / ‖∂h_T/∂h_t‖',
    'chain.rhoSlopeLine': 'ρ · s̄ (prévision grossière)',
    'chain.one': '1 = aucun changement',
    'chain.summary':
      'Mesuré sur le réseau actuel, chaque pas en arrière multiplie ‖∂h_T/∂h_t‖ par {factor} en moyenne. La pente moyenne de {act} aux activations actuelles vaut s̄ = {s} et ρ = {rho}, donc ρ · s̄ = {rs}.',

    'eigen.planeTitle': 'Valeurs propres de W_hh élevées à la puissance t',
    'eigen.powersTitle': 'Croissance le long des directions propres, |λ|^t',
    'eigen.powersY': 'longueur multipliée par (log)',
    'eigen.power': 'Puissance t = {t}',
    'eigen.play': 'Lancer',
    'eigen.pause': 'Pause',
    'eigen.shrinks': '|λ| < 1 : cette direction rétrécit',
    'eigen.keeps': '|λ| = 1 : cette direction garde sa longueur',
    'eigen.grows': '|λ| > 1 : cette direction grandit',
    'eigen.largest': 'plus grand |λ|^t = ρ^t',
    'eigen.smallest': 'plus petit |λ|^t',
    'eigen.measured': '‖W^t x‖ / ‖x‖ pour un vecteur x fixé',
    'eigen.compressed':
      'Le rayon est comprimé (r ↦ 2r / (r + 1)) : le cercle unité est à mi-chemin du bord et le bord représente l’infini, si bien que les points qui grandissent restent visibles. Les angles sont exacts.',
    'eigen.summary':
      '{n} valeurs propres : {grow} hors du cercle unité (ces directions grandissent), {shrink} à l’intérieur (elles rétrécissent), {keep} dessus. ρ = {rho} ; à t = {t}, ρ^t = {rhoT} et le plus petit |λ|^t = {minT}.',
    'eigen.powersSummary':
      'Après t pas, la direction la plus rapide est multipliée par ρ^t avec ρ = {rho}, la plus lente par {min}^t. Un vecteur x fixé suit la plus rapide : c’est pourquoi ‖∂h_T/∂h_t‖ suit ρ^k.',

    'clip.lossTitle': 'Perte du même réseau, avec et sans écrêtage',
    'clip.notYet': 'Rien d’entraîné pour l’instant : appuyez sur « Entraîner les deux ».',
    'clip.normTitle': 'Norme globale du gradient avant et après écrêtage',
    'clip.x': 'mise à jour',
    'clip.lossY': 'perte (log)',
    'clip.normY': 'norme globale ‖g‖ (log)',
    'clip.clippedRun': 'écrêté à τ = {tau}',
    'clip.unclippedRun': 'sans écrêtage',
    'clip.before': 'run écrêté, avant écrêtage',
    'clip.after': 'run écrêté, après écrêtage',
    'clip.unclippedNorm': 'run sans écrêtage',
    'clip.thresholdLine': 'seuil τ',
    'clip.fired': 'écrêtage appliqué',
    'clip.divergedMark': 'divergence à la mise à jour {step}',
    'clip.divergedSentence':
      'Le run sans écrêtage a divergé à la mise à jour {step} : son gradient ou sa perte n’était plus un nombre fini, l’entraînement s’est donc arrêté là.',
    'clip.lossSummary': 'Dernière perte : {clipped} avec écrêtage à τ = {tau}, {unclipped} sans.',
    'clip.normSummary':
      'L’écrêtage s’est appliqué dans {fired} des {points} points tracés (traits sur l’axe). Plus grande norme avant écrêtage : {maxBefore} ; après : {maxAfter}, jamais au-dessus de τ = {tau}. Plus grande norme du run sans écrêtage : {maxUnclipped}.',

    'vector.title': 'Un gradient avant et après écrêtage, en deux dimensions',
    'vector.x': '‖∇W_hh‖',
    'vector.y': '‖∇ autres poids‖',
    'vector.before': 'avant',
    'vector.after': 'écrêté par la norme',
    'vector.byValue': 'écrêté coordonnée par coordonnée',
    'vector.showByValue': 'Montrer aussi l’écrêtage de chaque coordonnée à ±τ',
    'vector.compressed':
      'Les deux axes contiennent tout le gradient : la longueur de la flèche est la norme globale, le seuil est donc le cercle. Les longueurs sont comprimées autour de τ ; les angles sont exacts.',
    'vector.summary':
      'Avant : longueur {lb}, angle {ab}°. Écrêté par la norme : longueur {la} (τ = {tau}), angle {aa}° : même direction, pas plus court.',
    'vector.summaryValue':
      'Avant : longueur {lb}, angle {ab}°. Écrêté par la norme : longueur {la}, angle {aa}°, même direction. Écrêté coordonnée par coordonnée à ±{tau} : {av}°, la direction a tourné.',

    'memory.title': 'Précision du rappel selon le nombre de distracteurs K',
    'memory.x': 'K, distracteurs entre le pays et la question (log)',
    'memory.y': 'précision',
    'memory.chance': 'hasard ({p})',
    'memory.summary':
      'À K = {k} : RNN simple {rnn}, LSTM {lstm}, GRU {gru} (le hasard donne {chance}). Même graine, même nombre de mises à jour pour les trois.',
    'memory.reach': 'Plus long écart rappelé avec 90 % de précision ou mieux : RNN simple {rnn}, LSTM {lstm}, GRU {gru}.',
    'memory.none': 'aucun',
    'memory.notRun': 'Aucun réseau entraîné pour l’instant : appuyez sur « Lancer l’expérience ».',

    'path.title': 'Chemins à rebours dans le temps à K = {k}',
    'path.lstmForget': 'chemin de cellule du LSTM ‖∏ f_t‖',
    'path.lstmCell': 'LSTM ‖∂c_T/∂c_t‖',
    'path.rnn': 'RNN simple ‖∂h_T/∂h_t‖',
    'path.gru': 'GRU ‖∂h_T/∂h_t‖',
    'path.waiting': 'Apparaît quand les trois réseaux ont été entraînés au plus grand K.',
    'path.summary':
      '{k} pas en arrière, en partant de {start} : le chemin de cellule du LSTM ∏ f_t vaut {forget} et ‖∂c_T/∂c_t‖ vaut {cell}, alors que ‖∂h_T/∂h_t‖ vaut {rnn} pour le RNN simple et {gru} pour le GRU.',
  },
  ar: {
    'page.title': 'التدرّجات المتلاشية والمنفجرة',
    'page.intro':
      'يضرب الانتشار العكسي عبر الزمن التدرّجَ في مصفوفة جاكوبية عند كل خطوة: diag(φ′) W_hh. اضرب عددًا في 0.9 خمسين مرة تحصل على 0.005، وفي 1.1 تحصل على 117. يعرض هذا المختبر تلك السلسلة مباشرةً على شبكة حقيقية تتدرّب في متصفّحك: بأي سرعة يخبو التدرّج أو ينفجر مع المسافة، ولماذا تحسم ذلك القيمُ الذاتية لـ W_hh، وماذا يفعل القصّ، ولماذا تتذكّر الخلايا ذات البوابات أبعد.',
    'page.task':
      'تقرأ الشبكة {t} رمزًا: «بلدًا» (من A إلى D)، ثم {k} مشتِّتًا (من a إلى d)، ثم علامة استفهام، وعليها أن تسمّي البلد في النهاية، كما في «نشأتُ في فرنسا … أتكلّم بطلاقة ___». الخسارة في الخطوة الأخيرة وحدها، فكل ما تتعلّمه عن الرمز الأول يرجع {back} خطوة.',
    'page.formula': 'خطوة واحدة من الشبكة، والسلسلة التي يمرّ بها التدرّج',
    'explain.look': 'ما تراه',
    'explain.try': 'جرّب',
    'explain.notice': 'لاحظ',
    'series.ghost': '‖∂h_T/∂h_t‖ قبل آخر تبديل',

    'set.heading': 'الشبكة',
    'set.cell': 'الخلية',
    'opt.rnn': 'شبكة RNN بسيطة',
    'opt.lstm': 'LSTM',
    'opt.gru': 'GRU',
    'set.act': 'دالة التنشيط φ',
    'set.actGated': 'للخلايا ذات البوابات دوال سيغمويد وtanh خاصة بها.',
    'opt.sigmoid': 'السيغمويد σ',
    'opt.identity': 'المطابقة (خطّية)',
    'set.init': 'تهيئة W_hh',
    'opt.gaussian': 'غاوسية',
    'opt.orthogonal': 'متعامدة',
    'opt.identityInit': 'مصفوفة الوحدة',
    'opt.echo': 'حالة الصدى (echo-state)',
    'initHelp.gaussian': 'معاملات من التوزيع N(0, σ²/H): تملأ القيم الذاتية قرصًا نصف قطره σ تقريبًا.',
    'initHelp.orthogonal': 'ρ مضروبة في مصفوفة متعامدة: لكل القيم الذاتية طويلة تساوي ρ تمامًا.',
    'initHelp.identity': 'W_hh = ρ I وانحياز تكراري صفري: عند ρ = 1 تُنقل الحالة كما هي.',
    'initHelp.echo_state': 'مصفوفة عشوائية يُعاد قياسها ليكون نصف قطرها الطيفي ρ تمامًا.',
    'set.rho': 'نصف القطر الطيفي ρ لـ W_hh',
    'set.sigma': 'مقياس σ لـ W_hh (ρ ≈ σ)',
    'set.rhoHelp': 'تحت 1 يتلاشى التدرّج، وفوقه قد ينفجر. كل تغيير يعيد بناء الشبكة من البذرة.',
    'set.steps': 'طول المتتالية T',
    'set.stepsHelp': '{k} مشتِّتًا بين البلد والسؤال.',
    'set.hidden': 'الوحدات المخفية H',
    'set.lr': 'معدّل التعلّم λ (SGD)',
    'set.lrHelp': 'انحدار تدرّج بسيط، W ← W − λ ∇W، كما في الدروس.',

    'rem.heading': 'علاجات من الدروس',
    'rem.relu': 'ReLU بدل tanh',
    'rem.reluHelp': 'ميلها 0 أو 1 تمامًا: لا يأتي من التنشيط أي عامل أصغر من 1.',
    'rem.identity': 'التهيئة بمصفوفة الوحدة',
    'rem.identityHelp': 'W_hh = I و b = 0: في البداية تنقل كل خطوة الحالة والتدرّج دون تغيير.',
    'rem.echo': 'قياس Echo-state',
    'rem.echoHelp':
      'مصفوفة W_hh عشوائية يُعاد قياسها إلى نصف قطر طيفي ρ = 0.95، أقل بقليل من 1: وصفة حالة الصدى. حرّك منزلق ρ لتجربة أنصاف أقطار أخرى.',
    'rem.gated': 'خلية ذات بوابات (LSTM)',
    'rem.gatedHelp': 'حالة الخلية c_t = f_t c_{t−1} + …: الرجوع خطوة يضرب في بوابة النسيان وحدها.',
    'rem.ghost': 'بعد أي تبديل، يحفظ الخط الرمادي المنقّط في الرسم الأول ‖∂h_T/∂h_t‖ كما كان قبله.',

    's.profile.title': '1. كيف يخبو التدرّج أو ينمو مع المسافة',
    's.profile.look':
      'لآخر متتالية تدريب: ‖∂L/∂h_t‖، أي مقدار ما تبقّى من اعتماد الخسارة على الحالة قبل النهاية بـ t خطوة، و‖∂h_T/∂h_t‖، جداء المصفوفات الجاكوبية بينهما، بحسب المسافة T − t. المحور الرأسي لوغاريتمي، فالدالة الأسية فيه خط مستقيم. والخط المنقّط الرفيع هو √H · ρ^k.',
    's.profile.try':
      'حرّك ρ من 0.5 إلى 1.5. اجعل التنشيط دالة المطابقة: يتبع المنحنى حينئذ ρ^k تمامًا. اضغط «درِّب» وشاهد المنحنى يتحرّك مع تغيّر W_hh.',
    's.profile.notice':
      'عند ρ = 0.5 يصل إلى الرموز الأولى تدرّج أضعف بـ 10⁻¹⁵ مرة من الأخير: لا تستطيع الشبكة أن تتعلّم منها شيئًا. فوق 1 يصعد الخط. ومع tanh ينحني تحت ρ^k لأن كل خطوة تضرب أيضًا في الميل tanh′ ≤ 1؛ أما مع ReLU أو المطابقة فلا شيء يحنيه.',
    's.chain.title': '2. سلسلة المشتقات',
    's.chain.look':
      'جدول الدروس: جداء n ميلًا. 0.25 أشدّ ميل للسيغمويد؛ وs̄ متوسط الميل المقيس الآن عند تنشيطات الشبكة الحالية. ويعرض الرسم العامل الذي طبّقته فعلًا كل خطوة إلى الوراء على ‖∂h_T/∂h_t‖.',
    's.chain.try': 'اجعل التنشيط سيغمويد، ثم ReLU. درّب قليلًا وشاهد s̄ يتغيّر.',
    's.chain.notice':
      'حتى عند أشدّ ميل له يقسم السيغمويد التدرّج على 4 في كل خطوة: 2.3 × 10⁻¹⁰ بعد 16 خطوة، و8 × 10⁻³¹ بعد 50. ويدور العامل المقيس حول ρ · s̄: المصفوفة والميل يتضاعفان معًا.',
    's.eigen.title': '3. القيم الذاتية لـ W_hh: W^t = U Λ^t U⁻¹',
    's.eigen.look':
      'الرسم الأول: القيم الذاتية λ لـ W_hh في المستوى العقدي مع دائرة الوحدة. يرفعها المنزلق إلى القوة t، وهذا ما تفعله t خطوة من التكرار على طول كل اتجاه ذاتي. الرسم الثاني: مقدار تمدّد أسرع الاتجاهات وأبطئها بعد t خطوة، وما تفعله W^t بمتّجه ثابت.',
    's.eigen.try': 'اضغط «تشغيل». قارن التهيئتين الغاوسية والمتعامدة عند ρ نفسه، وجرّب مصفوفة الوحدة.',
    's.eigen.notice':
      'داخل دائرة الوحدة تلتفّ النقاط نحو 0، وخارجها تنطلق نحو الحافة. بعد بضع عشرات من الخطوات لا يبقى مؤثرًا إلا أكبر |λ| = ρ، ولهذا يحسم ρ تلاشي التدرّجات البعيدة أو انفجارها. تضع التهيئة المتعامدة كل القيم الذاتية على الدائرة ذات نصف القطر ρ، وتنشرها الغاوسية في القرص.',
    's.clip.title': '4. القصّ بالمعيار الكلّي',
    's.clip.look':
      'الشبكة أعلاه مدرَّبة مرتين من البذرة نفسها على المتتاليات نفسها. يقصّ أحد التشغيلين تدرّجه g بالمعيار الكلّي: إذا كان ‖g‖ > τ فإن g ← τ g / ‖g‖. والآخر لا يقصّ.',
    's.clip.try': 'اضغط «حمّل مثالًا منفجرًا» ثم درّب الاثنين. غيّر τ وأعد. وجرّب أيضًا ρ = 1.5 مع ReLU.',
    's.clip.notice':
      'من دون قصّ، يقذف تدرّجٌ هائل واحد الأوزانَ بعيدًا حتى يفيض الحساب في التمرير التالي: يتباعد التشغيل، ويقول السطر أدناه عند أي تحديث. ويبقى التشغيل المقصوص منتهيًا. وفي الرسم ثنائي الأبعاد يقع السهم المقصوص فوق الأصلي: القصّ يحفظ الاتجاه ويحدّ الطول.',
    's.memory.title': '5. الذاكرة البعيدة: RNN بسيطة وLSTM وGRU',
    's.memory.look':
      'لكل عدد من المشتِّتات K تتعلّم شبكة بسيطة وLSTM وGRU مهمّة الاسترجاع من البذرة نفسها، بالمُحسِّن نفسه وعدد التحديثات نفسه، ثم تُختبر على 200 متتالية جديدة. الرسم الثاني: عند أكبر K، كيف يخبو التدرّج رجوعًا عبر كل شبكة مدرَّبة.',
    's.memory.try': 'شغّل التجربة. ثم غيّر معدّل التعلّم أو الميزانية أو البذرة وأعد تشغيلها.',
    's.memory.notice':
      'الموضع الذي يهبط فيه منحنى إلى الصدفة (25 %) يدلّ على المدى الذي تعلّمت تلك الشبكة أن تتذكّره. تهبط الشبكة البسيطة إلى الصدفة في غضون بضع عشرات من الخطوات، بينما تحفظ الخلايا ذات البوابات البلدَ أبعد بكثير. ويبيّن الرسم الثاني السبب: مسار خلية LSTM يضرب في بوابة النسيان f_t وحدها، دون مصفوفة أوزان ولا ميل tanh، فيخبو أبطأ بكثير من مسار الشبكة البسيطة، وبوابة التحديث في GRU تفعل الشيء نفسه لـ h_t. جرّب ميزانية أصغر: المسار الذي ينقل التدرّج لا بدّ أن يُتعلَّم أيضًا.',

    'clip.tau': 'العتبة τ',
    'clip.tauHelp': 'يُطبَّق القصّ حين يتجاوز المعيار الكلّي لكل التدرّجات τ.',
    'clip.run': 'درّب الاثنين ({n} تحديث)',
    'clip.pause': 'أوقف الاثنين مؤقتًا',
    'clip.reset': 'أعد تهيئة الاثنين',
    'clip.preset': 'حمّل مثالًا منفجرًا',
    'clip.status': 'التشغيل المقصوص: {a}. التشغيل من دون قصّ: {b}.',
    'clip.stillFinite': 'ما زال التشغيل المقصوص منتهيًا.',
    'state.idle': 'قيد البدء',
    'state.running': 'قيد التدريب',
    'state.paused': 'متوقّف مؤقتًا',
    'state.done': 'انتهى',
    'state.diverged': 'تباعد',

    'mem.setup':
      'ثابت للثلاث: H = {h}، وAdam بمعدّل تعلّم {lr}، وقصّ عند τ = {tau}، وK ∈ {ks}. تبدأ الخلايا ذات البوابات وبوابة ذاكرتها مفتوحة: يُرفع انحياز بوابة النسيان f في LSTM وبوابة التحديث z في GRU بمقدار {bias}، فتبدأ البوابتان قرب 0.95. وكل ما عدا ذلك مهيّأ كما في PyTorch.',
    'mem.budget': 'التحديثات لكل شبكة',
    'mem.budgetHelp': 'الميزانية نفسها لكل خلية ولكل K.',
    'mem.lr': 'معدّل التعلّم (Adam)',
    'mem.lrHelp': 'هو نفسه للخلايا الثلاث.',
    'mem.run': 'شغّل التجربة',
    'mem.stop': 'أوقف',
    'mem.idle': 'لم تُشغَّل بعد: تدرّب {total} شبكة في عامل خلفي، في أقلّ من دقيقة.',
    'mem.progress': 'تدريب {cell} عند K = {k}: الشبكة {n} من {total}.',
    'mem.progressLabel': 'تقدّم التجربة',
    'mem.done': 'انتهت: دُرِّبت {total} شبكة واختُبرت.',
    'mem.failed': 'توقّفت التجربة: {message}',

    waiting: 'في انتظار الأرقام الأولى من المحرّك…',
    'table.show': 'اعرض الأرقام',
    'regime.vanishing': 'تلاشٍ',
    'regime.stable': 'استقرار',
    'regime.exploding': 'انفجار',
    'cell.rnn': 'شبكة RNN بسيطة (tanh)',
    'cell.lstm': 'LSTM',
    'cell.gru': 'GRU',

    'profile.title': 'معايير التدرّج بحسب المسافة T − t',
    'profile.x': 'المسافة T − t (خطوات إلى الوراء من الخسارة)',
    'profile.y': 'المعيار (مقياس لوغاريتمي)',
    'profile.distance': 'T − t',
    'profile.summary':
      '{steps} خطوة، ρ = {rho}. ينتقل ‖∂h_T/∂h_t‖ من {first} عند المسافة 0 إلى {last} عند المسافة {far}: كل خطوة إلى الوراء تضربه في {factor} تقريبًا ({regime})؛ ρ^{far} = {rhoFar}.',
    'profile.lossSummary': 'وينتقل ‖∂L/∂h_t‖ من {lossFirst} عند المسافة 0 إلى {lossLast} عند المسافة {far}.',
    'series.dLdh': '‖∂L/∂h_t‖',
    'series.dhTdh': '‖∂h_T/∂h_t‖',
    'series.dcTdc': '‖∂c_T/∂c_t‖ (حالة خلية LSTM)',
    'profile.noLossYet': 'يحتاج ‖∂L/∂h_t‖ إلى انتشار عكسي: يظهر بعد أول تحديث (اضغط «خطوة» أو «درِّب»).',
    'series.ref': 'مرجع √H · ρ^k، ρ = {rho}',

    'chain.tableCaption': 'سلسلة المشتقات: جداء n ميلًا',
    'chain.sigmoidCol': '0.25ⁿ (السيغمويد عند أشدّ ميل له)',
    'chain.slopeCol': 's̄ⁿ (ميل {act} هنا، s̄ = {s})',
    'chain.rhoSlopeCol': '(ρ s̄)ⁿ، ρ = {rho}',
    'chain.factorTitle': 'العامل الذي تضرب فيه كل خطوة إلى الوراء التدرّج',
    'chain.factorY': 'العامل لكل خطوة (لوغاريتمي)',
    'chain.factorSeries': 'مقيس: ‖∂h_T/∂h_{t−1}‖ / ‖∂h_T/∂h_t‖',
    'chain.rhoSlopeLine': 'ρ · s̄ (تقدير تقريبي)',
    'chain.one': '1 = بلا تغيير',
    'chain.summary':
      'مقيسًا على الشبكة الحالية، تضرب كل خطوة إلى الوراء ‖∂h_T/∂h_t‖ في {factor} في المتوسط. متوسط ميل {act} عند التنشيطات الحالية s̄ = {s} و ρ = {rho}، إذن ρ · s̄ = {rs}.',

    'eigen.planeTitle': 'القيم الذاتية لـ W_hh مرفوعة إلى القوة t',
    'eigen.powersTitle': 'النموّ على طول الاتجاهات الذاتية، |λ|^t',
    'eigen.powersY': 'معامل تضاعف الطول (لوغاريتمي)',
    'eigen.power': 'القوة t = {t}',
    'eigen.play': 'تشغيل',
    'eigen.pause': 'إيقاف مؤقت',
    'eigen.shrinks': '|λ| < 1: هذا الاتجاه يتقلّص',
    'eigen.keeps': '|λ| = 1: هذا الاتجاه يحافظ على طوله',
    'eigen.grows': '|λ| > 1: هذا الاتجاه ينمو',
    'eigen.largest': 'أكبر |λ|^t = ρ^t',
    'eigen.smallest': 'أصغر |λ|^t',
    'eigen.measured': '‖W^t x‖ / ‖x‖ لمتّجه x ثابت',
    'eigen.compressed':
      'نصف القطر مرسوم مضغوطًا (r ↦ 2r / (r + 1)): دائرة الوحدة في منتصف المسافة إلى الحافة، والحافة تمثّل اللانهاية، فتبقى النقاط النامية ظاهرة. الزوايا دقيقة.',
    'eigen.summary':
      '{n} قيمة ذاتية: {grow} خارج دائرة الوحدة (تنمو اتجاهاتها)، و{shrink} داخلها (تتقلّص)، و{keep} عليها. ρ = {rho}؛ عند t = {t}، ρ^t = {rhoT} وأصغر |λ|^t = {minT}.',
    'eigen.powersSummary':
      'بعد t خطوة يُضرب الاتجاه الأسرع في ρ^t حيث ρ = {rho}، والأبطأ في {min}^t. والمتّجه الثابت x يتبع الأسرع: لهذا يتبع ‖∂h_T/∂h_t‖ المنحنى ρ^k.',

    'clip.lossTitle': 'خسارة الشبكة نفسها، مع القصّ ومن دونه',
    'clip.notYet': 'لم يُدرَّب شيء بعد: اضغط «درّب الاثنين».',
    'clip.normTitle': 'المعيار الكلّي للتدرّج قبل القصّ وبعده',
    'clip.x': 'التحديث',
    'clip.lossY': 'الخسارة (لوغاريتمي)',
    'clip.normY': 'المعيار الكلّي ‖g‖ (لوغاريتمي)',
    'clip.clippedRun': 'مقصوص عند τ = {tau}',
    'clip.unclippedRun': 'من دون قصّ',
    'clip.before': 'التشغيل المقصوص، قبل القصّ',
    'clip.after': 'التشغيل المقصوص، بعد القصّ',
    'clip.unclippedNorm': 'التشغيل من دون قصّ',
    'clip.thresholdLine': 'العتبة τ',
    'clip.fired': 'طُبِّق القصّ',
    'clip.divergedMark': 'تباعد عند التحديث {step}',
    'clip.divergedSentence':
      'تباعد التشغيل من دون قصّ عند التحديث {step}: لم يعد تدرّجه أو خسارته عددًا منتهيًا، فتوقّف التدريب هناك.',
    'clip.lossSummary': 'آخر خسارة: {clipped} مع القصّ عند τ = {tau}، و{unclipped} من دونه.',
    'clip.normSummary':
      'طُبِّق القصّ في {fired} من {points} نقطة مرسومة (علامات على المحور). أكبر معيار قبل القصّ: {maxBefore}؛ وبعده: {maxAfter}، لا يتجاوز أبدًا τ = {tau}. أكبر معيار للتشغيل من دون قصّ: {maxUnclipped}.',

    'vector.title': 'تدرّج واحد قبل القصّ وبعده، في بُعدين',
    'vector.x': '‖∇W_hh‖',
    'vector.y': 'معيار تدرّج الأوزان الأخرى',
    'vector.before': 'قبل',
    'vector.after': 'مقصوص بالمعيار',
    'vector.byValue': 'مقصوص مركّبةً مركّبة',
    'vector.showByValue': 'اعرض أيضًا قصّ كل مركّبة إلى ±τ',
    'vector.compressed':
      'يحمل المحوران معًا التدرّج كلّه: طول السهم هو المعيار الكلّي، فالعتبة هي الدائرة. الأطوال مضغوطة حول τ؛ والزوايا دقيقة.',
    'vector.summary':
      'قبل: الطول {lb} بزاوية {ab}°. بعد القصّ بالمعيار: الطول {la} (τ = {tau}) بزاوية {aa}°: الاتجاه نفسه وخطوة أقصر.',
    'vector.summaryValue':
      'قبل: الطول {lb} بزاوية {ab}°. بعد القصّ بالمعيار: الطول {la} بزاوية {aa}°، الاتجاه نفسه. بعد قصّ كل مركّبة إلى ±{tau}: {av}°، لقد دار الاتجاه.',

    'memory.title': 'دقّة الاسترجاع بحسب عدد المشتِّتات K',
    'memory.x': 'K، المشتِّتات بين البلد والسؤال (لوغاريتمي)',
    'memory.y': 'الدقّة',
    'memory.chance': 'الصدفة ({p})',
    'memory.summary':
      'عند K = {k}: الشبكة البسيطة {rnn}، وLSTM {lstm}، وGRU {gru} (الصدفة تعطي {chance}). البذرة نفسها وعدد التحديثات نفسه للثلاث.',
    'memory.reach': 'أطول فجوة تُسترجَع بدقّة 90 % أو أكثر: الشبكة البسيطة {rnn}، وLSTM {lstm}، وGRU {gru}.',
    'memory.none': 'لا شيء',
    'memory.notRun': 'لم تُدرَّب أي شبكة بعد: اضغط «شغّل التجربة».',

    'path.title': 'مسارات الرجوع عبر الزمن عند K = {k}',
    'path.lstmForget': 'مسار خلية LSTM ‖∏ f_t‖',
    'path.lstmCell': 'LSTM ‖∂c_T/∂c_t‖',
    'path.rnn': 'الشبكة البسيطة ‖∂h_T/∂h_t‖',
    'path.gru': 'GRU ‖∂h_T/∂h_t‖',
    'path.waiting': 'يظهر عندما تُدرَّب الشبكات الثلاث عند أكبر K.',
    'path.summary':
      'على بعد {k} خطوة إلى الوراء، بدءًا من {start}: مسار خلية LSTM ∏ f_t يساوي {forget} و‖∂c_T/∂c_t‖ يساوي {cell}، بينما ‖∂h_T/∂h_t‖ يساوي {rnn} للشبكة البسيطة و{gru} لـ GRU.',
  },
});

export type LabGradientsKey = keyof (typeof labGradientsCatalogue)['en'];
