import type { SeededRandom } from '../kernel/random.ts';

/** The adjectives of Docker's name generator (normalizers recognise generated names by them). */
export const NAME_ADJECTIVES = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful',
  'bold', 'boring', 'brave', 'busy', 'charming', 'clever', 'cool', 'compassionate', 'competent', 'condescending',
  'confident', 'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager', 'ecstatic',
  'elastic', 'elated', 'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive', 'flamboyant', 'focused',
  'friendly', 'frosty', 'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore',
  'heuristic', 'hopeful', 'hungry', 'infallible', 'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial',
  'keen', 'kind', 'laughing', 'loving', 'lucid', 'magical', 'mystifying', 'modest', 'musing', 'naughty',
  'nervous', 'nice', 'nifty', 'nostalgic', 'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive',
  'practical', 'priceless', 'quirky', 'quizzical', 'recursing', 'relaxed', 'reverent', 'romantic', 'sad',
  'serene', 'sharp', 'silly', 'sleepy', 'stoic', 'strange', 'stupefied', 'suspicious', 'sweet', 'tender',
  'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant', 'vigilant', 'vigorous', 'wizardly', 'wonderful',
  'xenodochial', 'youthful', 'zealous', 'zen',
];

/** Scientists and hackers, as in Docker's generator: the second half of `adjective_surname`. */
const SURNAMES = [
  'agnesi', 'albattani', 'allen', 'archimedes', 'babbage', 'banach', 'bardeen', 'bartik', 'bassi', 'bell',
  'benz', 'bhabha', 'blackwell', 'bohr', 'booth', 'borg', 'bose', 'brahmagupta', 'brattain', 'brown', 'carson',
  'cerf', 'chandrasekhar', 'clarke', 'colden', 'cori', 'cray', 'curie', 'darwin', 'davinci', 'dijkstra',
  'dirac', 'easley', 'edison', 'einstein', 'elion', 'engelbart', 'euclid', 'euler', 'faraday', 'fermat',
  'fermi', 'feynman', 'franklin', 'gagarin', 'galileo', 'gauss', 'goldberg', 'goodall', 'haibt', 'hamilton',
  'hawking', 'heisenberg', 'hertz', 'hodgkin', 'hofstadter', 'hopper', 'hypatia', 'jackson', 'jang', 'jennings',
  'johnson', 'joliot', 'kalam', 'kare', 'keldysh', 'kepler', 'khorana', 'kilby', 'knuth', 'kowalevski',
  'lalande', 'lamarr', 'lamport', 'leakey', 'leavitt', 'lederberg', 'liskov', 'lovelace', 'lumiere', 'margulis',
  'mayer', 'mccarthy', 'mcclintock', 'meitner', 'mendel', 'merkle', 'mirzakhani', 'morse', 'napier', 'nash',
  'newton', 'nightingale', 'nobel', 'noether', 'northcutt', 'noyce', 'pare', 'pascal', 'pasteur', 'perlman',
  'pike', 'poincare', 'ptolemy', 'ramanujan', 'raman', 'ride', 'ritchie', 'rosalind', 'sammet', 'shamir',
  'shannon', 'shaw', 'shockley', 'sinoussi', 'snyder', 'stallman', 'stonebraker', 'swanson', 'swartz',
  'tesla', 'thompson', 'torvalds', 'turing', 'varahamihira', 'visvesvaraya', 'volhard', 'wescoff', 'wiles',
  'williams', 'wilson', 'wing', 'wozniak', 'wright', 'wu', 'yalow', 'yonath',
];

/**
 * A free `adjective_surname`; like Docker, a clash retries with a digit appended, and
 * `boring_wozniak` is never handed out.
 */
export function generateName(random: SeededRandom, taken: (name: string) => boolean): string {
  const pick = <T>(xs: readonly T[]): T => xs[random.int(xs.length)]!;
  for (let retry = 0; ; retry++) {
    let name = `${pick(NAME_ADJECTIVES)}_${pick(SURNAMES)}`;
    if (name === 'boring_wozniak') continue;
    if (retry > 0) name += String(random.int(10));
    if (!taken(name)) return name;
  }
}
