// Compositional patterns for `prohibited_language`, on top of the word and phrase lists of prohibitedLanguage.ts.
// Instead of remembering sentences, they combine the parts a supervisor hears in an abusive remark:
// - insults: a second-person frame ("you're a", "what a", "don't be such a", "usted es un", "no sea", "qué … tan")
//   + a broad insult lexicon (US/UK/IE/AU/IN/Caribbean/African English slang; Spain and Latin American Spanish);
//   words that are insults only when aimed at someone ("cow", "tool", "rata", "bestia") need the frame, words that are
//   nothing else ("nincompoop", "pelele") are enough alone;
// - condescension: questions and comparisons that call the customer stupid without an insult word ("were you dropped
//   on your head", "a trained monkey could do it", "¿le hago un dibujo?", "no tiene dos dedos de frente");
// - threats: a first-person future/modal + a harm or pressure verb + the customer or their family, job, home, money or
//   reputation ("we'll make your life a misery", "le vamos a complicar la vida", "vamos a llamar a todos sus
//   contactos"), and the veiled forms ("the easy way or the hard way", "atengase a las consecuencias", "le va a pesar");
// - discriminatory remarks about nationality, accent, age, gender, disability, religion or race aimed at the customer.
// Same text conventions and judging (quoted, denied, negated, lawful, service visits) as prohibitedLanguage.ts.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PatternSet } from '../prohibitedLanguage.ts';

const alt = (xs: string[]) => `(?:${xs.join('|')})`;

// ================================================================== English
// second-person frames before an insult noun
const EN_FRAME = alt([
  'youre', 'you re', 'you are', 'you were', 'youve been', 'you ve been', 'are you', 'r you', 'you sound like', 'you act like', 'you look like', 'you talk like',
  'youre acting like', 'you re acting like', 'youre being', 'you re being', 'you are being', 'dont be', 'don t be', 'do not be', 'stop being', 'quit being',
  'what an?', 'such an?', 'you', 'ya', 'yer', 'typical',
]);
const EN_FILL = `(?: ${alt([
  'a', 'an', 'such', 'so', 'really', 'just', 'like', 'kind of', 'sort of', 'total', 'complete', 'absolute', 'utter', 'bloody', 'fucking', 'freaking', 'effing', 'frigging', 'damn', 'right', 'proper', 'real',
  'massive', 'huge', 'big', 'little', 'silly', 'stupid', 'dumb', 'old', 'sad', 'pathetic', 'useless', 'lazy', 'ignorant', 'miserable', 'bit of', 'one of those', 'fat', 'ugly', 'thick', 'brainless',
  'clueless', 'worthless', 'spoilt', 'spoiled', 'whiny', 'whinging', 'moaning', 'nasty', 'dirty', 'lying', 'arrogant', 'entitled', 'typical', 'wee', 'absolute', 'bleeding', 'flaming',
])})*`;
// insult nouns that are nothing else: enough on their own
const EN_STRONG = [
  'nutjobs?', 'nutcases?', 'nincompoops?', 'ignoramus(?:es)?', 'buffoons?', 'bellends?', 'knob ?heads?', 'knob ?ends?', 'nob ?heads?', '[a-z]*fuckwits?', 'fucktards?', 'dumbarses?', 'dumbfucks?',
  'dingbats?', 'twerps?', 'dunderheads?', 'lamebrains?', 'pea ?brain(?:s|ed)?', 'bird ?brain(?:s|ed)?', 'meatheads?', 'dingus', 'dweebs?', 'bampots?', 'bawbags?', 'numbnut', 'dimwitted', 'halfwitted',
  'dirtbags?', 'sleaze ?bags?', 'sleaze ?balls?', 'slime ?balls?', 'scrotes?', 'skanks?', 'twonks?', 'wazzocks?', 'ratbags?', 'dickwads?', 'dickweeds?', 'ass ?clowns?', 'ass ?hats?', 'buttheads?', 'bozos?',
  'simpletons?', 'drama queens?', 'cry ?babies', 'crybaby', 'brain ?less', 'dumb ?dumb', 'dumbo', 'nitwitted', 'fathead', 'chucklehead', 'pinhead',
  'cretinous', 'imbecilic', 'dipshits?', 'shitheads?', 'dickheads?', 'jackasses', 'hood ?rats?', 'welfare (?:queens?|bums?|cases?|leech(?:es)?|scroungers?|rats?)', 'benefits? scroungers?', 'dole (?:bludgers?|scum|scroungers?)', 'bludgers?', 'libtards?', 'trailer park (?:trash|people|types?|rednecks?)', 'idiot sandwich', 'dumb as a (?:doornail|rock|box of rocks|post|brick|plank|bag of hammers)',
  // regional: IN, PH, NG/GH, KE, JM, ZA, SG/MY, IE, Scotland
  'kamina', 'kamine', 'kameena', 'kameene', 'harami', 'haramkhor', 'haramzad[ae]', 'kutte', 'kuttiya', 'saala', 'saale', 'nalayak', 'ullu ka pattha', 'gadhe', 'besharam', 'bhikari',
  'ulol', 'tarantado', 'bwisit', 'buwisit', 'walang hiya', 'walanghiya', 'hayop ka', 'inutil ka', 'bobo ka', 'werey', 'oloshi', 'ewu', 'mugu', 'mshenzi', 'kumbafu', 'domkop', 'dom kop', 'poes',
  'pussyhole', 'batty ?boys?', 'battyman', 'chi chi man', 'gowls?', 'culchies?', 'gombeens?', 'dobbers?', 'wallopers?', 'dafty', 'lanjiao', 'chibai', 'cheebai', 'knn', 'nabei',
];
// insult nouns that need a second-person frame ("you cow", "what a tool", "don't be a dick")
const EN_FRAMED = [
  'jerks?', 'cows?', 'dicks?', 'pricks?', 'knobs?', 'tits?', 'tools?', 'planks?', 'div', 'divs', 'melts?', 'weapons?', 'spanners?', 'donuts?', 'doughnuts?', 'mugs?', 'plebs?', 'peasants?', 'chavs?',
  'bogans?', 'dropkicks?', 'flogs?', 'nonces?', 'nutters?', 'weirdos?', 'creeps?', 'freaks?', 'psychos?', 'lunatics?', 'maniacs?', 'snowflakes?', 'brats?', 'sissy', 'sissies', 'pussy', 'cowards?', 'dopes?',
  'dolts?', 'oafs?', 'clots?', 'chumps?', 'suckers?', 'schmucks?', 'putz', 'saps?', 'nerds?', 'slobs?', 'hicks?', 'moochers?', 'scroungers?', 'spongers?', 'hobos?', 'slackers?', 'time ?wasters?',
  'layabouts?', 'wasters?', 'headcases?', 'head cases?', 'basket cases?', 'space cadets?', 'bimbos?', 'sheep', 'monkeys?', 'rats?', 'snakes?', 'worms?', 'vermin',
  'nags?', 'hags?', 'witch', 'witches', 'harpy', 'shrews?', 'old bags?', 'battleaxe', 'battle axe', 'slags?', 'hoes?',
  'dopey', 'goons?', 'goofs?', 'goofballs?', 'dummies', 'dunce', 'eejits?', 'idjits?', 'fools', 'clowns', 'morons', 'losers', 'numpties', 'pillocks', 'twits', 'prats', 'gits', 'sods?', 'buggers?',
  'bastard', 'wankers?', 'tossers?', 'twats?', 'arseholes?', 'assholes?', 'shites?', 'gobshites?', 'pigs', 'animals', 'savages?', 'neanderthals?', 'cavem[ae]n', 'apes?', 'baboons?', 'donkeys', 'mules?',
  'fossils?', 'dinosaurs?', 'relics?', 'boomers?', 'has beens?', 'lowlifes', 'duffers?', 'dunces', 'jokers?', 'scrubs?', 'simps?', 'incels?', 'scallys?', 'scallies', 'ratchet',
].map((x) => {
  // nouns that are also verbs ("you freak out", "you rat on him", "you mug someone") need a stricter right context
  const verbLike = /^(?:tools\?|planks\?|mugs\?|melts\?|freaks\?|creeps\?|goofs\?|rats\?|snakes\?|worms\?|monkeys\?|nags\?|hoes\?|dopes\?|saps\?|knobs\?|pricks\?|suckers\?|weapons\?|sods\?|buggers\?|div)$/.test(x);
  const common = 'record|records|charges?|case|check|report|history|score|code|department|team|unit|alert|protection|prevention|investigation|claim|number|account|card|fee|order|victim|victims|with|that|which|is|was|from|of|for|this|system|computer|machine|model|device|version|software|phone|thing|one';
  const verb = 'out|up|in|on|at|to|around|about|off|over|down|your|my|the|a|an|it|them|him|her|this|into|through|away|back|someone|people|anyone|shop|shops|store|tea|coffee';
  return `${x}(?! (?:${verbLike ? `${common}|${verb}` : common})(?= ))`;
});

const EN_YOU = '(?:you|youre|you re|you are|ya|your|yourself|youve|you ve)';
// first-person future / modal (the agent, the company, "someone")
const EN_I = '(?:we|i|they|well|ill|theyll|wed|id|were|im|our (?:guys|people|agents|collectors|lawyers|team|field team|boys)|some ?one|some ?body|the company|the bank|my (?:guys|people|boys|team|colleagues))';
const EN_WILL = `${EN_I}(?: (?:ll|will|shall|would|d|can|could|might|may|must|are|re|am|m|is|s|going to|gonna|have to|got to|gotta|about to|definitely|just|then|also|be|able to|personally|happily|gladly|soon|make sure to|not hesitate to|have no choice but to|be forced to|start|keep|continue to|won t hesitate to|wont hesitate to))*`;
// first person only (not "they": a warning about fraudsters is not a threat)
const EN_WE1 = `(?:we|i|well|ill|wed|id|were|im|our (?:guys|people|agents|collectors|lawyers|team|field team|boys)|my (?:guys|people|boys|team))(?: (?:ll|will|shall|would|d|can|could|might|may|must|are|re|am|m|going to|gonna|have to|got to|gotta|about to|definitely|just|then|also|be|able to|personally|happily|gladly|soon|make sure to|not hesitate to|have no choice but to|be forced to|start|keep|continue to|won t hesitate to|wont hesitate to))*`;
const EN_PEOPLE = alt([
  'employer', 'boss', 'manager', 'supervisor', 'work', 'job', 'workplace', 'office', 'company', 'hr', 'human resources', 'payroll', 'family', 'wife', 'husband', 'partner', 'spouse', 'parents', 'mother', 'mom',
  'mum', 'father', 'dad', 'kids', 'children', 'son', 'daughter', 'relatives', 'neighbors', 'neighbours', 'friends', 'colleagues', 'coworkers', 'co workers', 'references', 'landlord', 'church', 'in laws',
  'sister', 'brother', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'grandkids', 'grandchildren', 'clients', 'customers', 'contacts',
]);
const EN_HOME = alt(['house', 'home', 'door', 'front door', 'doorstep', 'place', 'work', 'job', 'workplace', 'office', 'business', 'shop', 'store', 'apartment', 'flat', 'building', 'street', 'kids school', 'childrens school', 'gate', 'car']);

// ---- belittling without a swear word: condescension about the customer's ability, age mocking, veiled menace about
// the people and places around the customer, "you lot" othering, regional insults (ZA, IE, Scotland, AU/NZ, NG, GH, JM).
// Each frame needs the customer as its target ("for you", "someone your age", "your manager"), so the helpful
// neighbours ("let me spell that for you", "in simple terms", "people your age qualify for…") are left alone.
const EN_HUMANS = alt([
  'employer', 'boss', 'manager', 'line manager', 'supervisor', 'foreman', 'hr', 'h r', 'human resources', 'payroll', 'work mates', 'workmates', 'colleagues', 'coworkers', 'co workers',
  'family', 'wife', 'husband', 'partner', 'spouse', 'parents', 'mother', 'mom', 'mum', 'father', 'dad', 'kids', 'children', 'son', 'daughter', 'relatives', 'in laws', 'mother in law', 'sister', 'brother',
  'neighbors', 'neighbours', 'neighbor', 'neighbour', 'friends', 'landlord', 'landlady', 'church', 'pastor', 'congregation', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'grandkids', 'grandchildren',
  'kids school', 'kids teachers', 'childrens school', 'school', 'teachers', 'clients', 'customers', 'community', 'street', 'whole street', 'village', 'estate',
]);
// "the neighbours'll", "your boss will", "the whole street would"
const EN_THEY_WILL = '(?:ll| ll| will| would| d| are going to| re going to| is going to| s going to| are gonna| re gonna| is gonna| might| could| may| can)(?: all| definitely| certainly| soon| then)?';
const EN_GRAND = '(?:grand ?kids|grand ?children|grand ?son|grand ?daughter|grand ?kid|grand ?child|grand ?babies|grand ?sons|grand ?daughters|young ones|a teenager|a young person|someone younger|a young un)';
// a slip the customer made, as what sarcastic praise ("genius move") is about
const EN_MISTAKE = alt([
  'unplugging', 'pulling', 'yanking', 'deleting', 'forgetting', 'losing', 'breaking', 'turning (?:it|that|the \\w+) off', 'switching (?:it|that|the \\w+) off', 'resetting', 'wiping', 'ignoring', 'throwing',
  'cancelling', 'canceling', 'typing', 'putting', 'sending', 'leaving', 'missing', 'locking yourself', 'getting locked', 'clicking', 'pressing', 'giving', 'writing', 'doing that', 'doing it', 'there', 'that',
  'on your part', 'mate', 'pal', 'buddy', 'love', 'sir', 'ma am', 'maam', 'lady',
]);
const EN_BELITTLING: PatternSet[] = [
  {
    category: 'insult',
    kind: 'insult',
    label: 'condescension',
    denyCheck: true,
    patterns: [
      // the customer's ability: spelling it out, small words, slowness, a child could do it
      '(?:do|must|should|shall) i (?:really |seriously |actually )?(?:need to |have to |got to )?(?:spell it out|draw you a (?:map|diagram|picture)|say it in words of one syllable)(?= $| for you| again| or| mate| love| like)',
      '(?:want|need) me to spell it out(?: for you)?(?= $| do you| or| mate| love| yeah)',
      '(?:dumb|water) (?:it|this|that|things) down(?: a bit| a little| some)? (?:for you|so you|so that you|so even you)',
      '(?:in|using|use|with) (?:really |very |nice |extra |super )?(?:simple|easy|basic|baby|small) (?:english|words|sentences|terms) (?:for you|so you(?:ll| ll| can| understand| get)|so that you|so even you|since you|because you|as you (?:clearly|obviously))',
      '(?:talk|speak|go|say it|explain it|read it|take it)(?: really| very| extra| nice and| super| real)? (?:slow|slowly|slower)(?: for you)?(?: shall i| then| okay| ok)? (?:since|because|as|seeing as|cause|cos|coz) (?:you re|youre|you are|you seem|you clearly|you obviously)',
      '(?:you re|youre|you are) (?:obviously|clearly|evidently|plainly) (?:struggling|having trouble|finding it hard) (?:to keep up|to follow|to understand|to grasp|keeping up|following)',
      '(?:you re|youre|you are) (?:obviously|clearly|evidently) (?:not (?:keeping up|following|getting (?:it|this))|out of your depth|a bit slow|slow on the uptake|not the quickest)',
      '(?:talk|speak|explain it|say it) (?:to you )?like (?:you re|youre|you are|i m talking to|im talking to) (?:a |an )?(?:child|kid|toddler|baby|five|six|five year old|six year old|little kid)',
      '(?:my|a|an|even a|even an|even my)(?: little| young)? (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:year old|years old)(?: son| daughter| kid| boy| girl| nephew| niece| grandson| granddaughter)? (?:could|can|would|manages to|knows how to)(?: easily| probably| have)? (?:do|done|manage|work|figure|handle|sort|get it|follow|understand|use|operate|fill)',
      // sarcastic praise of a slip: "genius move unplugging it mid update"
      `(?:real |absolute |total |proper |pure )?(?:genius|einstein|mastermind|rocket science) (?:move|stuff|idea|work|thinking|play|behaviour|behavior)(?: that| there)? ${EN_MISTAKE}(?= )`,
      // "that's a you problem"
      '(?:thats|that s|that is|sounds like|seems like|its|it s|well thats|well that s) (?:a )?(?:you problem|you issue|you thing)(?= )',
      // "expect everything handed to you"
      '(?:expect|want|think you (?:deserve|re entitled to|are entitled to|should get)) (?:everything|it all|stuff|things) (?:handed|given) to you',
      // age: "at your age I suppose the app's a bit much", "even for someone your age", "get the grandkids to plug it in"
      '(?:at your age|someone (?:of )?your age|somebody (?:of )?your age|a person (?:of )?your age|a man (?:of )?your age|a woman (?:of )?your age|a lady (?:of )?your age|at your time of life)(?: [a-z]+){0,6} (?:a bit much|too much|(?:a bit |too |very )?(?:hard|difficult|complicated|complex|confusing|tricky|technical|fiddly|fast|modern|advanced)(?= for you| to| isn| right| eh| innit| i| though| $)|beyond you|over your head|above your head|a struggle|a challenge|not (?:really )?for you)',
      '(?:at your age|someone (?:of )?your age|somebody (?:of )?your age|a person (?:of )?your age)(?: [a-z]+){0,2} (?:i (?:suppose|spose|guess|imagine|expect|reckon)|(?:you re|youre|you are) (?:bound|going|not going|unlikely) to|no wonder|of course you|you probably (?:can t|cant|don t|dont|won t|wont))',
      '(?:even|especially|not even|surely even) (?:for )?(?:someone|somebody|a person|people|folks|a man|a woman|a lady|an old (?:man|lady|woman|person|fella|dear)|a pensioner|a granny|a grandma|a grandpa|a grandad|an oldie|a senior) (?:of )?(?:your age|your vintage|your generation|as old as you|like you)',
      `(?:get|ask|have|call|wait for|let|maybe get|just get|best get|better get|go get) (?:the|your|one of (?:the|your)) ${EN_GRAND}(?: [a-z]+){0,2} (?:to|do|can|could|will|ll) (?:[a-z]+ ){0,5}(?:for you|it for you|that for you)(?= )`,
      `(?:maybe|just|why not|why don t you|why dont you|you d better|youd better|best|better) (?:get|ask|have|call) (?:the|your|one of (?:the|your)) ${EN_GRAND}(?= to| in| round| over| on)`,
      // "you lot come over here", "you people always want something for nothing"
      '(?:you lot|your lot|you people|your people|your kind|your sort|your type|you types|people like you|the likes of you)(?: [a-z]+){0,2} (?:come|coming|came) (?:over )?(?:here|to this country|to our country|into this country)',
      '(?:you lot|your lot|you people|your kind|your sort|your type|you types|the likes of you)(?: just| all| really)? (?:always|never|all) (?:want|expect|think|try|moan|complain|whinge|whine|cry|do this|do that|the same|pull|play|get|ring|call|ask|lie|cheat|pay late|pay up late|have an excuse|have excuses)',
      '(?:you lot|your lot|you people|your kind|your sort|the likes of you) (?:expect|want|think you|think youre|think you re|are all|are always|are never|are the same|are all the same|are like that|are so|get everything|with your)(?= )',
      // "explain this like you're five", "even a child gets it", "at your age it must all seem like magic"
      '(?:explain|explaining|say|saying|spell|spelling|break|breaking|walk you through|talk|talking|speak|speaking|put)(?: [a-z]+){0,3} like (?:you re|youre|you are|i m talking to|im talking to|talking to|i m explaining to|im explaining to) (?:a |an )?(?:five|six|seven|five year old|six year old|child|kid|toddler|baby|little kid|in kindergarten|in primary school|in nursery|in year one|in first grade)(?= )',
      'even (?:a|my|an) (?:little )?(?:child|kid|toddler|five year old|six year old|baby|monkey|chimp|trained monkey|schoolkid|school kid) (?:gets|understands|knows|manages|does|figures|can do|could do|gets it|understands it|knows how)(?= )',
      '(?:at your age|someone (?:of )?your age|for someone your age|to someone your age|for you at your age)(?: [a-z]+){0,4} (?:seem|seems|look|looks|feel|feels|sound|sounds) like (?:magic|witchcraft|rocket science|black magic|another language|a foreign language|science fiction|sorcery|gibberish|hieroglyphics)',
      '(?:you re|youre|you are) (?:obviously|clearly|evidently|really|just|not exactly|obviously not|clearly not|not very|not that|not really) (?:not )?(?:very |that |exactly |the most |really )?(?:tech savvy|tech literate|computer literate|technical|techy|good with (?:computers|technology|tech|phones|numbers|money|apps))(?= are you| aren t you| arent you| is it| eh| huh| then| either| at all| $)',
      'some of us (?:have|ve got|have got|got) (?:real |actual |proper |other |important )?(?:work|jobs|lives|things|stuff|customers) to (?:do|get on with|serve|attend to|deal with)',
      'how do (?:you people|you lot|people like you|you guys|you) (?:even |actually |ever |honestly )?(?:manage to )?(?:function|dress yourselves|dress yourself|tie your (?:own )?shoes|get through the day|survive|find your way home|remember to breathe|cope with life)(?= )',
      'you d think (?:someone|somebody|a person|a grown (?:man|woman|adult|up)|an adult|a grown up|a grownup|someone your age|you|people)(?: [a-z]+){0,4} (?:could|would|can|should|might|would be able to) (?:read|understand|follow|work out|figure|manage|use|remember|count|spell|listen)(?= )',
      '(?:didn t|didnt|did not|did|do|don t|dont|does|doesn t|doesnt) (?:they|nobody|no one|anyone|anybody|your (?:parents|school|teachers|mum|mom|mother|dad|father)) (?:not |ever |never )?(?:teach|taught) you (?:to |how to )(?:read|write|count|spell|add up|listen|tell the time|use a phone|do maths|do math)(?= $| or| where| at| in| properly| mate| love| back| then| did| do| eh| either| english| numbers| a letter| a bill| what)',
      '(?:another|yet another|one more|just another) (?:one|customer|person|genius|einstein|caller) who (?:can t|cant|cannot|doesn t|doesnt|won t|wont|didn t|didnt) (?:read|follow|listen|understand|count|spell|pay attention)(?= )',
      '(?:a|one|the|finally a|for once a) (?:customer|person|caller|one) who can (?:actually|finally|even) (?:read|follow (?:instructions|simple instructions)|listen|count|spell)(?= )',
      '(?:have you been|you ve been|youve been|you ve clearly been|you sound like you ve been|you sound like youve been) (?:on the (?:sauce|piss|drink|booze|bottle|juice|sherry|gin)|drinking|hitting the bottle|smoking something)(?= $| since| again| today| or| all| mate| love| have you| eh| this| tonight)', 'slow clap',
      // regional insults that need no frame
      'mamparas?', 'doofus(?:es)?', 'dufus', 'boofheads?', 'poephols?', 'thickos?', 'glaikit', 'kwasias?', 'oponu', 'didirin', 'agbaya', 'efulefu', 'lunkheads?', 'nudniks?', 'schlemiels?', 'wutliss', 'dunderheids?', 'eejit', 'gobdaws?', 'dwaas', 'domkoppe',
      // regional insults in a second-person frame ("don't be so dof", "you're some gom", "ya egg")
      `${EN_FRAME}(?: (?:a|an|so|such|such an?|some|right|proper|real|total|complete|absolute|bit of an?|awful|big|bloody|pure|wee|little|silly|daft|stupid|dozy|useless))* ${alt(['dof', 'gom', 'goms', 'amadan', 'langers?', 'fuds?', 'roasters?', 'diddy', 'diddies', 'dipsticks?', 'goobers?', 'nimrods?', 'yutz', 'schlubs?', 'klutz(?:es)?', 'berks?', 'nongs?', 'galahs?', 'drongos?', 'mares?', 'mingers?', 'ninny', 'ninnies', 'bumpkins?', 'yokels?', 'rednecks?', 'hillbill(?:y|ies)', 'ginnals?', 'fala', 'bush ?m[ae]n', 'jjc', 'ninnyhammer', 'egg(?! (?:free|allergy|allergic|order|box|boxes|carton|timer|white|whites|yolk|salad|and|or|sandwich|roll))', 'muppets?', 'plonkers?', 'wallies', 'wally', 'dills?', 'sooks?', 'dags?', 'gooses?', 'clots?', 'prats?', 'twits?', 'nitwits?', 'numpt(?:y|ies)', 'thicko', 'dimwit', 'dozy (?:cow|git|sod|mare|bugger|thing|lot|article|beggar)'])}(?= )`,
      '(?:fool|foolish|chupid|idiat|eediat) (?:bwoy|gyal|gal|man|ooman)(?= )', '(?:yuh|you|ya) (?:too )?(?:fool fool|chupid|dunce|hard ears|out a order)(?= )', 'you (?:no|nuh|don t|dont) have (?:no )?(?:sense|brain|manners|common sense)(?= $| at all| man| sah| mate| love| or| whatsoever)',
    ],
  },
  {
    category: 'threat',
    kind: 'threat_context',
    label: 'veiled menace',
    lawful: true,
    patterns: [
      // "I'm sure your manager would be very interested to hear about it"
      `(?:i m sure|im sure|i bet|i d imagine|id imagine|i would imagine|i imagine|i reckon|i expect|i d bet|no doubt|surely) (?:that )?(?:your|her|his) ${EN_HUMANS}(?: [a-z]+){0,4} (?:would|will|d|ll|might|wouldn t|wouldnt)(?: be)?(?: very| really| quite| so| most| extremely| super| ever so| all)? (?:interested|curious|keen|love|like|want|enjoy|appreciate|pleased|happy|thrilled|delighted|surprised|shocked|fascinated|glad)(?: to)? (?:hear|know|find out|learn|read|see|get a call|about)`,
      `(?:imagine|think about|picture) (?:what|how) (?:your|her|his) ${EN_HUMANS}(?: [a-z]+){0,3} (?:would|will|d|ll|might|are going to|s going to|is going to) (?:say|think|feel|react|do|make of)`,
      `what (?:would|will|d|might) (?:your|her|his) ${EN_HUMANS}(?: [a-z]+){0,2} (?:say|think|make of it|make of this|do) if (?:they|he|she|it|we)(?: [a-z]+){0,2} (?:knew|found out|heard|saw|got|received|learned|learnt|were told|was told|had a call|got a call)`,
      `(?:your|her|his) ${EN_HUMANS} (?:doesn t|doesnt|does not|don t|dont|do not|never) (?:need|have) to (?:know|find out|hear|see|learn)(?: about)?(?: (?:this|it|any of this|any of it|a thing))?(?: if| as long as| so long as| provided| providing| long as)`,
      `(?:you )?(?:don t|dont|do not|wouldn t|wouldnt|would not) (?:want|wanna) (?:your|her|his|the|all the|all your) ${EN_HUMANS} (?:to )?(?:know|knowing|find out|finding out|hear|hearing|see|seeing|finding|to find|talking|getting involved|involved|getting a call|getting calls|reading|watching)`,
      `(?:all )?(?:the|your) (?:neighbou?rs|whole street|street|whole estate|estate|village|school mums|other mums|other parents|school gate|kids friends|colleagues|work mates|workmates)${EN_THEY_WILL} (?:see|watch|know|hear|notice|find out|be watching|be talking|talk|be looking|look)(?= )`,
      `(?:in front of|before|right before|just before|at|during|on) (?:the |your )?(?:school run|school gates?|neighbou?rs|whole street|kids|children|colleagues|work mates|workmates|your boss|the whole office|everyone at work)(?: [a-z]+){0,3} (?:bailiffs?|enforcement (?:agents?|officers?)|collectors?|repo|sheriff|the police|officers|our (?:agents|people|guys|team)|van|knock)`,
      '(?:bailiffs?|enforcement (?:agents?|officers?)|sheriffs?|collectors?|repo (?:men|man|guys)|debt collectors?)(?:ll| ll| will| are going to| re going to| are gonna| re gonna| could| might| may| would) (?:be )?(?:round|over|at your (?:door|house|place|work|home)|on your doorstep|knocking|turning up|showing up|paying you a visit|on (?:their|the) way)(?= )',
      // "you don't want to find out", "these things have a way of getting out"
      '(?:you )?(?:don t|dont|do not|wouldn t|wouldnt|would not) (?:want|wanna) to find out(?= $| do you| would you| trust me| believe me| mate| love| pal| lady| sir| i promise| what (?:happens|we|they|comes|i|the next))',
      '(?:word|news|things like this|these things|stuff like this) (?:gets|get|travels|travel|spreads|spread|has a way of getting|have a way of getting) (?:around|round|about|out|fast|quickly)(?: fast| quickly| quick)?(?= $| you know| doesn t it| doesnt it| don t they| dont they| in a| round| if| once| when| mate| love)',
      '(?:better|best|easier|nicer) for (?:everybody|everyone|all of us|all concerned|you and your family|you and yours|you and the kids)(?: [a-z]+){0,6} (?:quietly|before (?:anyone|anybody|people|it gets out|word gets))',
      '(?:before|so) (?:anyone|anybody|people|your (?:boss|employer|family|wife|husband|neighbou?rs|kids|manager|landlord|colleagues)) (?:else )?(?:finds? out|hears? about|gets? wind|has to know|need to know|needs to know|gets? involved|has to get involved|hears?|sees?|has to hear)(?= )',
      `(?:for|think of) (?:your|the) (?:family s|familys|family|kids|kids s|childrens|children s|children|wife s|wifes|husband s|husbands|daughter s|daughters|son s|sons|little ones) sake(?= )`,
      '(?:things|it|life|work|your job|your life|your position) (?:could|can|will|might|would|is going to|s going to|are going to|re going to|gonna) (?:get|become|be) (?:very |really |pretty |a bit |a little |quite |extremely )?(?:uncomfortable|awkward|embarrassing|difficult|tricky|complicated|hard) (?:for you )?(?:at work|at home|with your (?:boss|employer|family|wife|husband|partner|neighbou?rs|landlord|kids)|in front of)',
      `(?:you |we )?(?:don t|dont|do not|wouldn t|wouldnt|would not) (?:want|wanna) (?:your|her|his|the|all the|all your) ${EN_HUMANS} (?:getting|to get|get) (?:the wrong idea|involved|ideas|curious|a call|calls|a letter|letters|a visit|wind of (?:this|it))`,
      `(?:i d|id|i would|i d be|id be|i would be) (?:think|thinking|be thinking) (?:about|of) (?:the|your) (?:kids|children|family|wife|husband|job|house|home|little ones|grandkids|career|position|reputation)(?: [a-z]+){0,3} (?:if i (?:were|was) you|before you|mate|love|right now|yeah)`,
      '(?:people|folk|folks|neighbours|neighbors|tongues) (?:talk|wag|gossip|will talk|ll talk|do talk|love to talk)(?= $| you know| don t they| dont they| round| around| especially| in| mate| love| and)',
      '(?:won t|wont|will not|doesn t|doesnt|does not|wouldn t|wouldnt|would not) look (?:good|great|nice|very good|too good|pretty)(?: [a-z]+){0,5} (?:neighbou?rs|outside your|at your (?:door|house|work|office)|in front of|your (?:boss|employer|street|kids|colleagues|church|family))',
      '(?:van|vans|truck|trucks|car|cars|agents?|bailiffs?|collectors?|our people|our guys|the lads)(?: is| are| s| ll be| will be|ll be|s)? (?:parked|sat|sitting|waiting|standing) (?:right )?(?:outside|in front of|at|by) (?:your|her|his) (?:house|home|door|front door|work|office|place|drive|driveway|kids school|street|building)',
      `(?:shame|pity) if (?:your|her|his|the) ${EN_HUMANS}`,
      `(?:if|before|once|when) (?:this|it|word|any of this|that|news of this|news) (?:got|gets|went|goes|were to (?:get|go)|ever got|ever gets) (?:back )?(?:to|round to|around to|out to) (?:your|her|his|the) ${EN_HUMANS}`,
      '(?:we|i) (?:have|ve got|got|still have|already have|also have) (?:your|her|his) (?:work|office|employer s|employers|boss s|bosses|wife s|wifes|husband s|husbands|mum s|mums|mother s|mothers|parents|family s|familys|neighbours|references|kids school s|kids schools|hr|manager s|managers|workplace)(?: phone| direct| mobile| home)? (?:number|numbers|details|contact|email|address)(?= you know| too| as well| remember| dont forget| don t forget| just so you know| by the way| mate| love)',
      `(?:i m sure|im sure|i bet|no doubt) (?:hr|human resources|payroll|your work|your office|your workplace|the school|your church|your street)(?: [a-z]+){0,3} (?:would|will|d|ll|might) (?:be )?(?:very |really |so |most )?(?:interested|fascinated|intrigued|all ears|love to (?:hear|know)|like to (?:hear|know)|want to (?:hear|know))`,
      `(?:i d|id|i would|we d|wed|we would) (?:hate|not want|not like|hate it) (?:for|if) (?:your|her|his|the) ${EN_HUMANS}(?: [a-z]+){0,2} (?:to )?(?:find out|found out|hear|heard|know|knew|see|saw|get|got|learn|learned|read|had to)`,
    ],
  },
  {
    category: 'discriminatory',
    kind: 'plain',
    label: 'discriminatory',
    patterns: [
      '(?:do|don t|dont|did|didn t|didnt) they (?:not )?(?:have|teach|use|pay|do|know|learn)(?: [a-z]+){0,3} (?:where you come from|where you re from|where youre from|in your country|back where you come from|back home for you|where your from)',
      '(?:is it|is that|must be|it s|its|it must be|typical) (?:a|your) (?:cultural|culture|religious|race|racial|national|country|tribal|caste) thing(?= )',
      '(?:your|ur) (?:english|accent|spanish|french) (?:is|s|isn t|isnt|is not)(?: not)? (?:so|very|that|too|the best|great|good)(?: good| great| clear| understandable)?(?= $| eh| huh| is it| maybe| so| you know| mate| love| sir| madam| ma am| i can t| i cant| innit| to be honest| honestly)',
      '(?:get|put|pass me to|let me speak to|let me talk to|can i speak to|can i talk to|i need|find|fetch) (?:your|someone|somebody|a person|anyone)(?: [a-z]+){0,2} (?:who (?:speaks|can speak|understands|talks)|that (?:speaks|can speak|understands)) (?:english|proper english|better english|normal english|real english|english properly|english better)',
      'bobbejaan', 'bobbejane', '(?:go|get|fly|swim|sail|head|run|fuck off|piss off|clear off|sod off) back (?:to )?where (?:you|you lot|your lot|you people|your people|your family|your parents|your kind) (?:came|come) from',
      '(?:you|your) (?:lot|people|kind|sort|type) (?:come|came|coming) (?:over )?here (?:and|to|for|expecting|wanting)',
    ],
  },
];

const en: PatternSet[] = [
  {
    category: 'profanity',
    kind: 'plain',
    label: 'profanity',
    patterns: [
      '[a-z]*fuck[a-z]*', 'f+ck(?:ing|in|ed|er)?', 'fuk(?:ing|in|ed)', 'ffs', 'fml', 'wtaf', 'what the f(?= )', '(?:bat|jack|chicken|dog|pig|cow|holy|hot|lil|little|dumb|total|absolute|bull|horse|dip|ape)shit(?:s|ty)?', 'shit(?:ting|ted|ter|tiest|storm|stain|less|kicker|fest|house|bird|poster|show|scared|faced|head|heads)', 'shite?y', 'goddam+it', 'god dam+it', 'goddamit',
      'frickin', 'fricking', 'freakin', 'effin', 'feckin', 'bugger(?:ed|ing|s)?', 'bugger me', 'sod (?:it|this|that|off|you|the lot|all)', 'sodding', 'for christ s sake', 'for christs sake', 'for chrissake',
      'christ on a bike', 'jesus wept', 'jesus h christ', 'christ alive', 'holy (?:crap|hell|cow shit)', 'cock ?up', 'cocked (?:it )?up', 'balls up', 'ballsed up', 'oh balls', 'bollox', 'bollix',
      'cant be arsed', 'can t be arsed', 'arsed', 'screw it(?= $| i | let| lets| we | whatever| then| im | ill | just| all)', '(?:thats|that s|total|complete|utter|pure|such|load of|full of|what a load of) bs',
      '(?:don t|dont|do not|couldn t|couldnt|could not|doesn t|doesnt|didn t|didnt|never) give a (?:toss|damn|crap|hoot|rat s ass|rats ass|rats arse|rat s arse|flying [a-z]+|monkey s|monkeys)',
      'what a (?:prick|dick|knob|tit|cock|twat|cunt|wanker|tosser)', 'dick ?head', 'dickish', 'pissing', 'piss ?take', 'piss ?poor', 'pisses me off', 'arse ?hole', 'damn it all',
      'tangina', 'tang ina', 'punyeta', 'pakshet', 'pakyu', 'putragis', 'bhosdi(?:ke|wale)?', 'bhosadike', 'gaandu', 'gandu', 'bhadwa', 'bakwas', 'chup kar', 'chup raho', 'chup be', 'jou ma se',
      // censored transcripts: "f***ing", "[expletive]", "[bleep]"
      'f (?:ing|in|king|kin|ked|k|off|kin hell)(?= )', 'expletive', 'expletives', 'bleep(?:ing|ed|s)?', 'beep(?:ing|ed) (?:idiot|moron|system|thing|customer|hell)',
      'fok(?:ken|kof)?', 'bumbo(?:claat|clot)', 'bombo(?:claat|clot)', 'raatid', 'rass(?:claat|clot)', 'diam lah',
    ],
  },
  {
    category: 'insult',
    kind: 'insult',
    label: 'insult',
    denyCheck: true,
    patterns: [
      ...EN_STRONG,
      `${EN_FRAME}${EN_FILL} ${alt(EN_FRAMED)}`,
      '(?:youre|you re|you are|you|you absolute|you complete|you total|you utter)(?: a| an| an absolute| a complete| a total| a bloody| a fucking| such a)? waste of (?:space|oxygen|skin|air)',
      // name-calling the customer's age or as a type: "okay boomer", "listen grandpa", "such a karen"
      '(?:ok|okay|alright|all right|listen|look|calm down|relax|whatever|sure|hey|come on|slow down|easy|yeah yeah|yes yes|right) (?:boomer|grandpa|grandma|gramps|granny|grandad|granddad|old timer|old man|old lady|old girl|pops|oldie)(?! (?:is|was|has|had|s|said|wants|needs|will|can|and|account|card|name|passed|died|lives|would|could|should|did|does|told|called|gave)(?= ))(?= )',
      '(?:youre|you re|you are|you)(?: a| an| such a| just a| really| right| proper)? (?:sad|pathetic|silly|stupid|dumb|useless|miserable|ignorant|ridiculous|lazy|worthless|dim|thick|dense|ugly|fat|daft|spiteful|clueless|brainless|hopeless|senile)(?: little| old| wee)? (?:man|woman|boy|girl|person|creature|lady|individual|customer|specimen)(?! (?:who|that|from|at|in|on|of|to|with|called|named|said|says)(?= ))',
      '(?:such a|being a|typical|a total|a complete|proper|real) karen',
      // condescension: the customer's brain, hearing, schooling, sanity
      `${EN_YOU} (?:have|ve got|have got|got|ve) (?:the )?(?:brains?|brain|iq|intelligence|memory|attention span|common sense|manners|brain cells?) (?:of|smaller than|the size of|like) (?:an? )?(?:[a-z]+ )?(?:goldfish|potato|rock|brick|plank|child|toddler|gnat|fly|donkey|pig|monkey|peanut|pea|walnut|turnip|cabbage|doorknob|door knob|sheep|cow|dog|baby|chicken|squirrel|amoeba|sponge|rock)`,
      '(?:an? |your )?iq (?:of|lower than|smaller than) (?:a|an|my|your) [a-z]+', '(?:one|two|three|a few) brain cells?', 'not (?:a|one) brain cell',
      '(?:are|r) you (?:hard of hearing|high|on drugs|drunk|simple|brain dead|braindead|a child|five|twelve)(?= $| or (?:something|what|just|are you)| mate| sir| ma am| lady| man| dude| right now| today| honestly| seriously)',
      '(?:are you|what are you) (?:deaf|blind|dumb|stupid|slow|thick|simple) or (?:just )?(?:stupid|something|what|dumb|slow|thick|ignorant)',
      'is english (?:even|really|actually) your first language', 'english (?:isn t|isnt|is not) (?:even )?your first language(?: is it)?(?= $| is it| clearly| obviously| huh)', '(?:do|can) you (?:not|even) (?:speak|understand|read) (?:english|plain english)', '(?:speak|understand|read) (?:english|plain english) or (?:what|not)',
      'what planet (?:are you|you) (?:on|from|living on)', '(?:were|was) you dropped on your head', 'dropped on (?:your|his|her) head as a (?:baby|child|kid)', 'did you (?:even|ever|actually) (?:finish|go to|pass|attend|get through) (?:school|high school|primary school|kindergarten|grade school|grade one|year one|first grade)', 'did you (?:finish|pass) (?:school|high school|primary school|kindergarten|grade school)(?= $| or| mate| even)',
      '(?:how|how on earth|how the hell) do you (?:even )?(?:function|get through (?:the|your) day|tie your (?:own )?shoes|dress yourself|survive|manage to breathe|remember to breathe|cope|get dressed|find your way)',
      '(?:living|live|been living) under a rock', 'not (?:brain surgery|quantum physics|astrophysics|rocket surgery)', '(?:simple|easy|basic|obvious|clear) (?:enough )?even for you', 'so (?:that )?even you (?:can|could|will|would) (?:understand|get it|follow|manage)',
      'even you (?:can|could|should|ought to) (?:understand|follow|manage|handle|figure)', '(?:use|using|with) (?:small|little|short|simple|tiny) words(?: for you| so you| so that you)?(?= )', 'in words of one syllable',
      '(?:trained monkey|chimp|chimpanzee|toddler|five year old|six year old|seven year old|ten year old|5 year old|6 year old|school ?kid|my (?:dog|cat|grandma|grandmother|granny|nan|nephew|niece|son|daughter|kids?|five year old|six year old|little one|toddler|grandson|granddaughter|baby))(?: [a-z]+){0,2} (?:could|can|would|should be able to|knows how to|manages to) (?:do|understand|figure|work|manage|follow|get|handle|fill|read|use|sort|operate)',
      'even (?:a|an|my) (?:trained |little |small |stupid |dumb )?(?:child|kid|baby|toddler|monkey|chimp|idiot|moron|muppet|donkey|dog|cat|fool|five year old|six year old|seven year old|grandma|granny|nan|gran|caveman|potato|goldfish|schoolkid|school kid|teenager|dummy|numpty|nephew|niece|granddad|grandad|grandpa)(?: [a-z]+)? (?:could|can|would|should be able to|knows how to|manages to)(?= )',
      '(?:are|r) you (?:actually |really |seriously |genuinely |honestly |just |always )?(?:this|that|so) (?:slow|thick|dense|stupid|dumb|dim|clueless|useless|daft|incompetent|ignorant|simple)', 'how can (?:you|anyone|someone) be (?:this|that|so) (?:slow|thick|dense|stupid|dumb|dim|clueless|useless|daft)',
      '(?:nobody|no one|noone|nobody s|no one s|nobodys) (?:is |s |can be )?(?:that|this|so) (?:stupid|dumb|thick|slow|dense|daft|clueless)', 'as (?:thick|dumb|stupid|dense|daft|useless|dim|slow) as (?:they come|a (?:brick|plank|post|rock|bag of (?:hammers|rocks|spanners))|two short planks|mince|they make (?:em|them))',
      '(?:someone|somebody|a person|people|anyone) who (?:can t|cant|cannot|doesn t|doesnt|won t|wont) (?:even )?(?:listen|follow|think|count|spell)(?= $| properly| for| to| mate)', '(?:thats|that s|that is|its|it s|it is) your (?:problem|funeral|tough luck)(?= $| not| mate| deal| sort| lady| sir| pal| buddy| now)',
      '(?<!(?:we ll|well|we will|i ll|ill|i will|can|will|to|and|us|me|team|they|they ll|theyll|i can|we can|going to|gonna|let me|let us|lets|how to|help you|ll) )deal with it(?= $| mate| lady| pal| buddy)',
      '(?:quit|stop|cut|enough of|enough with) (?:your|the|all this|all the|this|that) (?:whining|moaning|crying|bitching|whinging|bellyaching|sniveling|snivelling|drama|tantrum|tantrums|sob story|sob stories|attitude)',
      '(?:youre|you re|you are) (?:such|such a|a real|a total|a right|a proper|a bit of a) pain(?= $| you know| honestly| seriously| mate| sometimes| really| lady| sir| pal)', '(?:belong|belongs|should be|ought to be) in (?:a|the) (?:zoo|cage|asylum|mental (?:hospital|home|institution|ward)|psych ward|nuthouse|nut house|loony bin|circus|padded cell)',
      '(?<!thank )you people(?= $| honestly| seriously| i swear| always| never| are unbelievable| are unreal| are impossible)', '(?:some kind|some sort|a kind) of (?:foreigner|immigrant|illegal|terrorist|retard|idiot|moron|freak|weirdo|psycho|peasant|savage|imbecile|halfwit)(?= $| or| are you| mate)',
      '(?:speak|talk) to (?:someone|somebody|a person|an adult|a grown up|a grownup) (?:normal|sane|competent|intelligent|with a brain|smarter|with half a brain|who can think)',
      // Indian English
      '(?:are you|you are|you re|youre) (?:mad|crazy|mental|stupid|dumb|blind|deaf|nuts|insane|a fool|an idiot|a donkey|useless) or what', '(?:stupid|useless|idiot|foolish|nonsense|illiterate|shameless|cheap|third class|donkey|bloody|mad) fellows?', 'third class (?:fellow|person|people|customer|behaviour)',
      'what (?:nonsense|rubbish|garbage|crap|bakwas) (?:you are|you re|youre|are you) (?:talking|saying|speaking)', '(?:stop|don t|dont|do not) (?:talk|talking|speak|speaking) (?:nonsense|rubbish|bakwas|garbage)(?= $| with me| to me| madam| sir| please)',
      '(?:stop|quit|don t|dont) (?:acting|behaving|talking|carrying on) like (?:a|an) (?:child|baby|kid|toddler|brat|idiot|moron|fool|donkey|mad ?man|mad woman|lunatic|spoilt brat|spoiled brat|little girl|old woman|illiterate)',
      // idioms of stupidity
      '(?:a few|one|two|several|a couple of) (?:sandwiches|sandwich|bricks|brick|cards|card|fries|chips|screws|marbles|beers|cans|tinnies|stubbies|sheep|bales|snags|sausages|ounces|pickles|bananas|coins) short of a (?:picnic|load|full deck|happy meal|six pack|full paddock|paddock|barbie|bunch|full set|full load)',
      'lights are on but (?:nobody|no one|noone) s? ?(?:home|is home)', 'not playing with a full deck', '(?:rocks|sawdust|cotton wool|mush|nothing) (?:in|between) (?:your|his|her) (?:head|ears)', '(?:you|youve|you ve|you have|you got) (?:got )?(?:a )?screws? loose',
      '(?:youre|you re|you are) full of (?:it|crap|shit|bull|rubbish|garbage|nonsense|hot air|yourself)(?= )', '(?:you|youre|you re|you are) (?:talking|talk|spouting|speaking) (?:a lot of |a load of |such |complete |utter |total |absolute )?(?:rubbish|garbage|nonsense|crap|drivel|tripe|bollocks|codswallop|twaddle|hogwash|baloney|bilge|shite|kak|bull|bakwas)',
      'what a load of (?:rubbish|garbage|nonsense|crap|drivel|tripe|bollocks|codswallop) (?:you re|youre|you are) (?:talking|saying|spouting)', '(?:need|want|should get|ought to get|go and get) (?:your head|to get your head|to have your head) (?:examined|checked|read|looked at|tested)',
      '(?:is there|is) something wrong with you(?= $| or| mate| lady| seriously| honestly)', 'are you (?:on something|on drugs|stoned|on crack)(?= $| or| mate| lady| sir| right now| today)',
      '(?:youre|you re|you are) (?:clearly |obviously |really |just |honestly |simply )(?:not|hardly) (?:very|too|that|exactly|the most|overly|particularly) (?:bright|smart|clever|sharp|quick|intelligent)', 'how (?:thick|stupid|dumb|dense|slow|daft|dim) can (?:one person|you|someone|a person|anyone|people) (?:be|get)',
      '(?:youre|you re|you are) (?:really |seriously |honestly |starting to |beginning to )?(?:getting on my (?:last )?nerves|doing my head in|driving me (?:mad|crazy|nuts|insane|up the wall|round the bend|round the twist))',
      '(?:youre|you re|you are) (?:a|an|such a|nothing but a|just a) (?:cheat|liar|crook|fraud|fraudster|thief|scammer|con artist|swindler|criminal|deadbeat|defaulter)(?= $| and| you| who| mate| lady| sir| that s| thats)',
      // Nigerian Pidgin
      '(?:you|u) (?:dey )?(?:craze|mad|ment)(?= )', 'you no get sense', '(?:your|ya) head no (?:correct|good|dey)', 'you be (?:mumu|fool|ode|goat|olodo|idiot|mugu)', 'na (?:mumu|ode|olodo|mugu) you be', 'craze dey (?:worry|do) you',
      '(?:like )?talking to a (?:brick )?wall', '(?:can t|cant|cannot) fix stupid', 'try (?:to )?keep(?:ing)? up(?= $| mate| will you| please| okay| ok| sir| ma am| lady| here| with me| alright)', 'keep up will you', 'pay attention for once', 'for once in your (?:life|miserable life)',
      '(?:idiots|morons|fools|clowns|time wasters|timewasters|losers|deadbeats|scroungers|freeloaders|muppets|numpties|dummies|imbeciles|cretins) like you(?= (?:are|always|never|make|ruin|who|should|shouldnt|shouldn t|dont|don t|cant|can t|think|get|deserve|waste)| $)',
      '(?:nobody|no one|noone|who) asked for your (?:opinion|input|life story|views?|thoughts)', '(?:nobody|no one|noone) cares (?:what you|about you|how you)', 'zip it(?= $| mate| will you| and listen| lady| buddy| pal| sir| ma am)', 'put a sock in it', '(?<!(?:the|a|that|this|water|drain|waste) )pipe down(?= $| mate| will you| please| lady| buddy| pal| sir| ma am| and)', 'button it(?= $| mate| will you| lady| buddy| pal)', 'wind your neck in',
      '(?:keep|shut) your (?:mouth|gob|trap|cakehole|cake hole|piehole|pie hole|yap|big mouth) (?:shut|closed)', 'shut your gob', '(?<=^ |(?:just|oh|so|now|look|listen|okay|ok|then|and|please|why dont you|why don t you|go on|mate|you can) )(?:get lost|take a hike|do one|jog on)(?= $| mate| will you| lady| buddy| pal| then| and| okay| ok| you| sir| ma am)', 'get stuffed', 'naff off', 'bog off',
      'go (?:jump (?:off a (?:bridge|cliff)|in a lake)|take a running jump|play in (?:the )?traffic|away and die|and die|die|fly a kite|boil your head|suck an egg|cry to your (?:mommy|mummy|mum|mom|mother))', 'cry (?:me a river|about it)',
      '(?:stop|quit) (?:acting|behaving|whining|crying|carrying on|sulking) like a (?:child|baby|kid|toddler|brat|idiot|moron|spoilt brat|spoiled brat|little girl|girl|old woman)', 'man up(?! front| the| there| here)', 'grow a (?:brain|pair|spine)', 'get a (?:clue|brain|grip)(?! on| of)', '(?<!(?:you|i|we|they|he|she|kids|children|to|did|where|when|who|can|will|ll) )grow up(?= $| mate| will you| man| lady| and| please| for)',
      '(?:youre|you re|you are|you) (?:clearly |obviously |honestly |really |just )?(?:have|ve got|have got)? ?no (?:clue|idea) what (?:youre|you re|you are) (?:doing|talking about|saying)', '(?:you|youve|you ve|ya) (?:haven t|havent|have not|don t have|dont have|do not have) (?:got )?(?:a|the slightest|the faintest|the foggiest) clue(?= $| have you| do you| mate| sir| ma am| about| what)',
      '(?:youre|you re|you are|hes|he s|shes|she s|theyre|they re) (?:not|hardly) (?:very|too|that|exactly|the most|overly|particularly) (?:bright|smart|clever|sharp|quick|intelligent)', 'not the (?:sharpest|brightest|smartest|quickest)(?= are you| is he| is she| one| person| customer| cookie| bulb| crayon| knife| tool| pencil| spoon| egg| candle)',
      '(?:messed|screwed|mucked|cocked|stuffed|botched|broke|broken|ruined|deleted|blew|typed|entered|did|done|forgot|lost)(?: [a-z]+){0,4} (?:genius|einstein|sherlock|smart guy|smarty pants|professor|rocket scientist|mastermind)(?= $)',
      '(?:well done|nice one|good job|great job|bravo|congrats|congratulations|way to go|brilliant|smooth move|nice going|good going|great work|top marks|oh wow|wow) (?:genius|einstein|sherlock|champ|sunshine|smart guy|rocket scientist|mastermind|professor|hotshot|ace)',
      '(?:youre|you re|you are) (?:such a|a|an|being a|being an|a real|a complete|a total|an absolute)? ?(?:pain in the (?:ass|arse|neck|backside|butt)|headache|nightmare|burden|liability|embarrassment|disgrace|laughing stock)(?! (?:holder|insurance|cover|coverage|limit|claim|for|to|of|on|waiver|policy))',
      'i (?:don t|dont|do not) have time for (?:idiots|people like you|this nonsense|your nonsense|your crap|your games|morons|your stupidity|fools)', 'i ve had enough of (?:you|your (?:nonsense|crap|whining|moaning|attitude|games))', 'ive had enough of (?:you|your (?:nonsense|crap|whining|moaning|attitude|games))',
      '(?:your|ur) (?:stupidity|ignorance|incompetence|laziness)', 'useless (?:customer|person|man|woman|people|lot)', '(?:whiny|whinging|moaning|nagging|senile|demented) (?:old )?(?:cow|bat|bag|git|sod|woman|man|lady|person|customer|fool|bugger)',
    ],
  },
  {
    category: 'threat',
    kind: 'threat',
    label: 'threat',
    patterns: [
      // making the customer's life hard
      `${EN_WE1} (?:make|making) (?:your life|life for you|your life here|your days) (?:a )?(?:(?:living |absolute |total |complete )?(?:misery|miserable|hell|nightmare|impossible|unbearable|difficult|hard|very hard|very difficult|really hard|really difficult|unpleasant|painful|ugly))`,
      `${EN_WE1} (?:make|making) (?:things|this|it|everything|life) (?:very |really |extremely |so |a lot more |much more )?(?:difficult|hard|unpleasant|painful|ugly|nasty|messy|complicated|miserable|expensive) for you`,
      `${EN_WE1} (?:come|coming|go|going|be coming|be going) after (?:you|your|him|her|them)`, `(?:were|we re|we are|im|i m|theyre|they re) (?:coming|going to come) for you(?= $| and| if| next| too| soon)`,
      `${EN_WE1} (?:teach|show) (?:you|him|her) a (?:lesson|thing or two)`, 'teach you a lesson', '(?:youll|you ll|you will|you re going to|youre going to|you are going to|you re gonna|youre gonna|you d|you could|you might) (?:have to )?learn (?:it |this |that )?the hard way', '(?:the )?easy way or the hard way', '(?:the )?hard way or the easy way',
      `${EN_WE1} (?:get|have) (?:you|him|her) (?:fired|sacked|let go|laid off|evicted|kicked out|thrown out|deported|struck off|banned|blacklisted|investigated|audited|put away)`,
      `${EN_WE1} (?:have|get) (?:your|her|his|the) (?:kids|children|child|son|daughter|baby|grandkids) (?:taken|removed|taken away|put into care|put in care)`,
      '(?:your )?(?:visa|green card|immigration status|residency|work permit|citizenship) (?:could|will|might|may|is going to|s going to|would) (?:be (?:in trouble|revoked|cancelled|canceled|at risk|affected)|get (?:revoked|cancelled|canceled))',
      // physical harm
      '(?:youre|you re|you are) (?:a )?dead (?:man|woman|meat)', '(?:youre|you re|you are) dead(?= if| when| buddy| pal| mister| sir| lady)', '(?:smash|kick|punch|bash|beat|knock|cave) (?:your|his|her) (?:face|head|teeth|brains?|skull) in',
      '(?:beat|kick|knock|slap|smack|thrash) the (?:crap|shit|hell|living daylights|stuffing|snot|tar) out of (?:you|him|her)',
      '(?:people|folks|customers|those|anyone|debtors) (?:who|that) (?:don t|dont|do not|won t|wont|refuse to) pay(?: [a-z]+){0,4} (?:have accidents|get hurt|regret it|disappear|end up in hospital|get visits)',
      `${EN_WE1} (?:hunt|track) you(?= $| down| wherever| anywhere| no matter)`, `${EN_WE1} find you(?= wherever| anywhere| no matter| if it takes| one way)`,
      // veiled menace
      '(?:things|it|this|life|your life) (?:could|can|will|is going to|s going to|might|would|are going to|re going to|gonna) (?:get|become|turn)? ?(?:very |really |pretty |a lot |much |extremely )?(?:unpleasant|ugly|nasty|messy|painful|very bad|a lot worse|much worse)(?: very quickly| quickly| fast)? for (?:you|your)',
      '(?:won t|wont|will not|isn t going to|is not going to|aint gonna|ain t gonna|doesn t|doesnt|does not) end well for (?:you|your)', '(?:its|it s|it is|things are|this is|things re) (?:going to|gonna|about to) get (?:very |really )?(?:ugly|nasty|messy|personal)',
      'make an enem(?:y|ies) of (?:us|me)', '(?:don t|dont|do not|wouldn t|wouldnt|would not) want (?:us|me) (?:as (?:an )?enem(?:y|ies)|on your (?:case|back|doorstep)|coming after you|to come after you|to come round|to come to your)',
      '(?:you (?:d|had) )?(?:better )?watch (?:yourself|your step|your back)(?= $| mate| pal| buddy| lady| mister| sir| if| or| because| cause)', 'consider yourself warned',
      '(?:nice|lovely|beautiful|pretty) (?:house|home|car|family|kids|place|wife|daughter|job) (?:you (?:ve got|have|got)|youve got)(?: there)?(?: [a-z]+){0,6} (?:shame|pity|terrible|awful|happen|happened|lose|losing)',
      'we have (?:our )?ways (?:of|to) (?:getting|get|make|making|collect|collecting) (?:our money|what you owe|it out of you|the money out of you|people to pay|you to pay|you pay|our payment)', 'we have (?:friends|people|contacts|guys) in (?:low|high) places',
      '(?:youll|you ll|you will|you are going to|youre going to|you re going to|you re gonna|youre gonna|you could|you might|you may) (?:live to regret|regret the day|rue the day|be very sorry|be so sorry|pay dearly|pay for this dearly|wish you(?: had)? never)',
      `(?:${EN_WE1} )?(?:see to it|make sure|ensure|make certain) (?:that )?(?:you|he|she) (?:lose|loses|never work|never get a job|get fired|gets fired|are fired|re fired|get sacked|end up on the street|lose your job|lose everything|regret)`,
      'never work (?:in this town|in this industry|in this city|in this country|again)(?= )', '(?:youll|you ll|you will|you re going to|youre going to|you are going to|you could|you might) (?:be|end up|find yourself|wind up) (?:out )?on the streets?',
      '(?:lose|take|taking) the roof over (?:your|her|his|their) heads?', `${EN_WE1} (?:strip|clean) you (?:of everything|out|dry)`,
      'one way or (?:another|the other)(?: [a-z]+){0,3} (?:you ll|youll|you will|you re going to|youre going to|we ll|well|we will|we re going to|were going to|were gonna|we re gonna|we are going to) (?:pay|get|collect|have|make|find)',
      '(?:you (?:don t|dont|do not)|you re not going to|youre not going to) want to (?:know|find out|see) what (?:happens|will happen|comes|s coming|is coming|we do|we ll do|well do|happens next|happens to people)',
      '(?:there s|theres|there is) nowhere (?:to hide|for you to hide|you can hide)', 'you can run but you can t hide', 'you can run but you cant hide', '(?:you can t|you cant|you cannot) hide from (?:us|me)(?= )',
      '(?:youll|you ll|you will|you re going to|youre going to|you are going to) be (?:begging|crying|on your knees|in tears|crawling)(?= )', 'cost you (?:a lot |much |far |way )?more than (?:money|a few quid|a few dollars|the debt|the bill|a late fee)',
      `(?:told|tell|warn|warned) (?:your|her|his) ${EN_PEOPLE} (?:what s|whats|what is) coming`, '(?:get|gets|getting|got|deserve|deserves) (?:what s|whats|what is) coming(?: to you)?(?= )',
      '(?:your|his|her) (?:name|face|photo|picture|details|debt|business) (?:will|ll|is going to|s going to|gonna) be (?:all over|on|posted on|plastered (?:all )?over|everywhere in|in|known (?:all over|in|around))(?: the)? (?:town|internet|facebook|social media|street|estate|news|neighbou?rhood|village|papers|local paper|online|everywhere)',
      `${EN_WE1} (?:be in touch with|get in touch with|reach out to|contact|message|tell|notify|call|text|email|warn|inform) (?:everyone|everybody|all your friends|all your contacts|your contacts|your friends|your followers|all your followers|people) (?:on|in|from) your (?:facebook|instagram|whatsapp|phone|contact list|contacts|social media|linkedin|friends list|tiktok|twitter)`,
      '(?:you (?:have|ve got) no idea|you (?:don t|dont) know) what (?:we re|were|we are|i m|im|i am) capable of', '(?:were|we re|we are|im|i m|i am) capable of (?:anything|worse|much worse)(?= )',
      'if you (?:don t|dont|do not) want (?:anything|something) (?:bad )?to happen to (?:you|your (?:family|kids|children|wife|husband|house|home|car|face|legs))(?= )', `${EN_WE1} (?:come|turn up|show up|be round|be there) with the (?:police|cops|sheriff|bailiffs)(?: [a-z]+){0,2} (?:to|at) your`,
      `${EN_WE1} make you pay(?= $| one way| for (?:this|it|that)| dearly| whether| every)`, 'take you to the cleaners', `${EN_WE1} know (?:which|what) (?:school|schools|college|office|company|building|street|house|church|gym|bus|route) (?:your|her|his) ${EN_PEOPLE} (?:go|goes|attend|attends|work|works|live|lives|take|takes|at|to|in)`,
      '(?:put|place|publish|print|run|post|share|circulate) (?:your|his|her) (?:photo|name|picture|face|details) (?:in|on) (?:the )?(?:newspaper|paper|papers|local paper|news|facebook|social media|whatsapp groups?|whatsapp|notice board|noticeboard|society group|building group)', '(?:notice|ad|advert|advertisement|announcement) in the (?:newspaper|paper|papers|local paper) with (?:your|his|her) (?:photo|name|picture)',
      '(?:everyone|everybody|all|the whole)(?: [a-z]+){0,3} (?:knows?|finds? out|hears?|learns?|will know|will find out) (?:that )?(?:you re|youre|you are) (?:a|an) (?:thief|deadbeat|fraud|scammer|criminal|liar|cheat|crook|defaulter|fraudster|con artist|loser)',
      '(?:things|it|this|life|your life) (?:could|can|will|is going to|s going to|might|would|are going to|re going to|gonna) (?:get|become|turn)? ?(?:really|very|pretty|seriously|extremely) (?:bad|ugly|nasty) for (?:you|your)',
      // retaliation for complaining or calling back, and reporting the customer to the police
      '(?:if|when) you (?:keep|continue|carry on|start|go on)(?: on)? (?:calling|shouting|complaining|ringing|harassing|bothering|abusing|swearing|yelling|screaming|wasting|arguing|threatening|calling and shouting)(?: [a-z]+){0,5} (?:i ll|ill|i will|we ll|well|we will|i m going to|im going to|we re going to|were going to|i am going to|we are going to) (?:block|close|freeze|suspend|cancel|terminate|report|blacklist|ban|disconnect|cut off|shut down|flag)',
      `${EN_WE1} (?:report|reporting|hand) (?:you|him|her) (?:over )?to (?:the )?(?:[a-z]+ ){0,2}(?:police|cops|authorities|fbi|cyber cell|cyber crime (?:cell|unit|department|branch)|fraud squad)`, `${EN_WE1} (?:file|lodge|register|make|open) (?:a |an )?(?:police complaint|police case|police report|fir|criminal complaint|case) against you`,
      // jail, criminal record, handcuffs
      'you(?: [a-z]+){0,3} (?:face|facing|do|doing|serve|serving|get|getting|looking at) (?:some )?(?:jail|prison) time', `(?:youll|you ll|you will|you could|you might|you re going to|youre going to|you are going to|you can) (?:do|serve|be doing) time(?= $| for| in| inside| behind)`,
      '(?:you|youll|you ll|youre|you re|your [a-z]+)(?: [a-z]+){0,4} (?:in|wearing) handcuffs', `(?:youll|you ll|you will|you could|you might|you re going to|youre going to|you are going to|you can|you d) (?:end up with|have|get|be left with|carry) a criminal record(?! (?:check|checks|search|certificate|disclosure|clearance))`,
      '(?:charge|charging|report|reporting|prosecute|prosecuting|accuse|accusing) you (?:with|for|of) (?:fraud|theft|stealing|a crime|a criminal offen[cs]e|criminal)',
      // harassment: calling nonstop, calling everyone
      `${EN_WE1} (?:keep|be|continue|start)? ?(?:calling|ringing|phoning|texting|messaging|contacting|bothering|hounding|chasing|harassing|call|ring|phone|text|message|bother|hound|chase|harass) (?:you|your \\w+)(?: [a-z]+){0,3} (?:every (?:day|hour|night|morning|single day|five minutes|ten minutes)|day and night|all day|all night|nonstop|non stop|until you pay|till you pay|until you cough up|around the clock|at all hours|morning noon and night|day in day out)(?!(?: [a-z]+){0,3} (?:to (?:update|check|remind|confirm|let)|with (?:an )?updates?|until (?:it s|its|the|your (?:claim|repair|order|issue|case))))`,
      `${EN_WE1} (?:call|ring|phone|text|message|whatsapp|email|contact|tell|warn) (?:every|all|each of|everyone in|every one of|everybody in) (?:the )?(?:numbers?|contacts?|people|persons?|names?|one) (?:in|on|from) your (?:phone|contacts|contact list|phone book|phonebook|address book|list)`,
      `${EN_WE1} (?:call|ring|phone|text|message|whatsapp|email|contact|tell|warn) (?:all|every one of|each of|everyone in|all of) your (?:contacts|contact list|friends|family|colleagues|phone book|phonebook|relatives|followers|neighbou?rs)`,
      // shaming
      '(?:drag|dragging) (?:your|her|his) (?:name|reputation|family name) through the (?:mud|dirt)', `${EN_WE1} (?:ruin|destroy|trash|tarnish|wreck) (?:your|her|his) (?:reputation|name|good name|life|marriage|business|career)`,
      `${EN_WE1} (?:shame|humiliate|embarrass|expose|out) you(?= in front| at| to| publicly| online| on| before| everywhere| with| $)`, '(?:shame|humiliate|embarrass|expose) you (?:in front of|publicly|online|on social media|to everyone|to your)',
      '(?:everyone|everybody|the whole (?:street|neighbou?rhood|town|building|office|village|family|estate|block|world)|all your (?:neighbou?rs|friends|colleagues|family|relatives|contacts)) (?:will|ll|is going to|are going to|s going to|re going to|gonna) (?:know|find out|hear|learn|see) (?:that )?(?:you|about you|what you|about your|how you)',
      `(?:tell|telling|inform|informing|warn|warning) (?:them|everyone|everybody|people|your \\w+) (?:that )?(?:youre|you re|you are) a (?:thief|deadbeat|fraud|scammer|criminal|liar|cheat|crook|con artist)`,
      `(?:put|post|stick|plaster|hang) (?:up )?(?:posters|flyers|notices|signs|leaflets|your (?:name|photo|picture|face|details)) (?:in|on|around|all over|through) (?:your|the) (?:street|neighbou?rhood|building|town|area|letterbox|door|work|office|block)`,
    ],
  },
  {
    category: 'threat',
    kind: 'threat_context',
    label: 'threat',
    patterns: [
      // wages, accounts, visits, employer: menace only from a collector or a pressure context
      '(?:(?:take|taking|grab|grabbing) (?:a chunk|a cut|a big chunk|a slice|it straight|the money straight|what you owe straight)|(?:dock|docking|garnish|garnishing|skim|skimming|seize|seizing) (?:a chunk|a cut|money|it|the money|payments?|the debt|what you owe|the balance|a percentage)) (?:straight )?(?:out of|from|off) (?:your|his|her) (?:pay ?checks?|wages?|salary|pay|paycheque|pay packet|payslip|benefits|pension)',
      '(?:have|get|see) (?:your|his|her) (?:wages?|pay|salary|paycheck|pay check|paycheque|benefits|pension|bank accounts?|accounts?) (?:garnished|docked|seized|frozen|taken|levied|attached|emptied)',
      `(?:your|her|his) ${EN_PEOPLE} (?:is|are|s|re|will|ll)? ?(?:going to |gonna |about to |soon )?(?:get|receive|be getting|be receiving) (?:a |an |some )?(?:phone )?(?:call|calls|letter|letters|visit|visits|message|messages|email|emails|text|texts|knock)(?= $| from us| from me| about (?:this|you|your debt|it)| tomorrow| today| this week| soon| next| if| unless| at work| then)`,
      `(?:your|her|his) ${EN_PEOPLE} (?:is|are|s|re|will|ll)? ?(?:going to |gonna )?(?:love|enjoy|be (?:thrilled|delighted|interested|happy|pleased)) (?:hearing|to hear|learning|to learn|finding out|to find out) (?:about )?(?:this|it|you|that|what)`,
      `(?:your|her|his) ${EN_PEOPLE} (?:wouldn t|wouldnt|would not|won t|wont|will not|isn t going to|is not going to|might not|may not|probably wouldn t|probably won t) (?:be )?(?:too |very |so |exactly |that |terribly |particularly )?(?:happy|pleased|thrilled|impressed|like|love|want|enjoy|appreciate) (?:to )?(?:hear|find out|know|learn|see|hearing|finding out|about|getting|get|a call)`,
      `(?:wouldn t|wouldnt|would|isn t|isnt|would it not)(?: it)? (?:be )?(?:awful|terrible|a shame|embarrassing|a pity|bad|horrible|unfortunate|a real shame) if (?:your|her|his) ${EN_PEOPLE} (?:found out|knew|heard|learned|saw|got a call|were told|was told|got involved)`,
      '(?:expect|you can expect|youll get|you ll get|you will get|you re going to get|youre going to get|you may get|you might get) a (?:knock|visit|house call|little visit|knock on (?:the|your) door|surprise visit)(?= )',
      `(?:don t|dont|do not) be surprised if (?:someone|somebody|we|our|a|the|people|they|agents?|collectors?|bailiffs?|police|the police|some guys|men) (?:turn|turns|show|shows|come|comes|knock|knocks|appear|appears|pay|pays|drop|drops|visit|visits|call|calls|ring|rings|is|are)`,
      `${EN_WE1} (?:be|wait|waiting|stand|standing|park|parked|sit|sitting) (?:outside|in front of|round|around) (?:your|her|his) ${EN_HOME}`, '(?:the )?(?:police|cops|sheriff|bailiffs?|marshals?|feds) (?:will|ll|are going to|re going to|gonna|could|might)? ?be (?:waiting for you|outside your (?:house|home|door|work|office))',
      '(?:be (?:a )?(?:shame|pity|terrible|awful|tragic|sad)|hate|terrible|awful) if (?:something|anything) (?:bad )?(?:happened|were to happen|was to happen|happens|should happen) to (?:it|you|your|them|him|her|the)',
      `${EN_WE1} (?:clean out|empty|drain|wipe out|freeze) (?:your|all your|his|her) (?:bank )?(?:accounts?|savings)(?! (?:for you|by mistake|due to|for your (?:protection|security|safety)|to protect|as a precaution|while))`,
      `(?:paying|pay|give|giving) (?:you|him|her) a (?:little |friendly |personal |surprise )?(?:visit|house call|knock)`,
      `${EN_WE1} (?:come|go|drive|swing|pop|head|be) (?:round|over|by|out|down|up)(?: there)?(?: and| to)? (?:collect|get|take|grab|pick up|fetch|recover) (?:it|the money|what you owe|the car|our money|payment|the payment|the cash)(?: ourselves| in person| personally| from you| ourself)?`,
      '(?:hearing|hear) from (?:our|the) (?:enforcement|recovery|field|collections?|doorstep|visiting|tracing) (?:team|department|people|agents|unit|officers|guys|squad)',
      `(?:think|consider) (?:very |really )?(?:carefully|hard|long and hard) about (?:your|her|his) (?:family|kids|children|job|wife|husband|safety|home|house|future|health|reputation)(?: if i were you| before| right now| mate| sir)?`,
      `(?:youve|you ve|you have) got (?:kids|children|a family|a wife|a husband|a job|a house|a daughter|a son)(?: [a-z]+){0,3} (?:think about (?:them|it|her|him)|be a shame|wouldn t want|wouldnt want)`,
      '(?:if i (?:were|was) you|in your shoes|in your position) (?:i d|id|i would)(?: be)? (?:very |really |pretty |seriously )?(?:worried|scared|afraid|nervous|watching my back|frightened)',
      `${EN_WE1} know (?:where |that )?(?:your|her|his) ${EN_PEOPLE} (?:works?|lives?|goes|go|studies|study|parks?|shops?|drops?)`, 'not afraid to use it',
      '(?:people|folks|others|customers) (?:have|ve) lost (?:their (?:homes|houses|jobs|families|cars)|everything)(?: [a-z]+){0,3} (?:over|for) (?:less|this|a lot less|much less|smaller)', `${EN_WE1} (?:be )?seeing you (?:very )?soon(?= $| mister| mr| ms| mrs| miss| sir| lady| mate| pal| buddy)`,
      '(?:expect|you can expect) (?:the police|the cops|the sheriff|bailiffs|the bailiffs|collectors|a collector|an agent|our agents|our people|someone|officers|a knock|enforcement) (?:at|on|to|knocking|round|outside|soon|any day)',
      `${EN_WE1} (?:call|ring|phone|contact|alert|report you to|get|involve|send) (?:social services|child services|child protective services|cps|the irs|hmrc|the tax (?:man|office|people|authorities)|immigration|uscis|the home office|border force|your embassy|the dwp|centrelink|the benefits (?:office|people))(?= $| on you| about you| about your| and| if| unless| so| too)`,
      '(?:someone|somebody|someones|somebodys|you|people|your (?:kids|family|wife|husband))(?: s| is| are| re)? (?:going to|gonna|will|ll|might|could|may) (?:get|end up) (?:hurt|injured|hospitali[sz]ed)', 'accidents (?:happen|can happen|do happen)(?= $| you know| to people like you| if)',
      'mark my words', '(?:don t|dont|do not) say (?:i|we) (?:didn t|didnt|did not) warn you',
      `${EN_WE1} (?:send|sending|dispatch|get) (?:our |the |a |some |an )?(?:recovery |collection |collections |field |enforcement |doorstep |visiting )?(?:agents?|officers?|team|guys|people|executives?|staff|representatives?|reps?|boys)(?: [a-z]+){0,2} (?:to|round to|over to|at|out to) (?:your|her|his) (?:house|home|office|work|workplace|job|place|door|address|business|shop|society|building|village|parents|family)`,
      `${EN_WE1} (?:call|ring|phone|contact|tell|inform|notify|email|text|message|visit|speak to|talk to|write to|warn|alert) (?:your|her|his|all your|everyone in your) (?:society|society members|society secretary|residents|residents association|community|village|panchayat|barangay|barangay captain|church|mosque|temple|congregation|elders|building|estate|block)`,
      `${EN_WE1} (?:come|coming|be coming|go|drive|walk|turn up|show up|drop by|stop by|pop round|pop over|swing by|pay a visit)(?: personally| myself| ourselves)? (?:to|at|round to|over to|by|round) (?:your|her|his) ${EN_HOME}`,
      '(?:the )?(?:repo (?:man|men|guys|truck|team)|tow truck|bailiffs?|sheriff|collectors?|enforcement agents?|heavies|our (?:guys|agents|field team|people|boys)) (?:is|are|s|re|will be|ll be|will|ll) (?:coming|on (?:their|its|his) way|heading (?:over|round|your way)|going to come|coming round|coming over|coming for)(?= $| tonight| today| tomorrow| for| to| round| over| your way)',
      '(?:youll|you ll|you will|you re going to|youre going to|you are going to|you re gonna|youre gonna) (?:regret|rue) (?:ever|the day|it|this|that|not paying|crossing us|messing with us|ignoring us|taking)', 'at your age you should know better',

      'you have been warned', 'youve been warned', 'you ve been warned', 'this is your (?:last|final) warning', 'last warning(?= $| mate| sir| pay| you)', 'dont push me', 'don t push me', 'do not push me', 'dont test me', 'don t test me',
      '(?:pay|paying) (?:up )?or (?:else|face the consequences|suffer the consequences|you ll see|youll see|we ll see|well see|we come)', '(?:face|suffer) the consequences(?= $| if| when| mate| sir| of not)',
    ],
  },
  {
    category: 'threat',
    kind: 'threat_fixed',
    label: 'threat',
    patterns: [
      'you (?:won t|wont|will not|ll not|are not going to|re not going to|aren t going to) have (?:a|any|your) (?:job|house|home|car|roof over your head|penny|cent|family|marriage|reputation|friends)(?= left| by| for| much| anymore| after| when| if| $)',
    ],
  },
  {
    category: 'discriminatory',
    kind: 'plain',
    label: 'discriminatory',
    patterns: [
      // accent and language
      '(?:your|ur) (?:english|accent|grammar|pronunciation|spanish|french) (?:is|s|sounds|was)(?: so| really| very| pretty| absolutely| just| bloody| fucking| truly| quite| honestly)* (?:terrible|awful|bad|horrible|rubbish|atrocious|broken|shocking|appalling|poor|weird|funny|hilarious|impossible|unbearable|incomprehensible|a joke|pathetic|painful|thick|ridiculous|laughable)',
      '(?:learn|speak|talk|use) (?:some )?(?:proper|real|normal|decent|good|correct|actual|american|british|the queen s|queens) english', '(?:cant|can t|cannot) understand (?:a word|anything|half of what) (?:you|your)(?: [a-z]+){0,3} (?:accent|english|say|saying)',
      'where are you (?:really|actually|originally) from(?= $| i mean| with| because| though| anyway)', 'what kind of (?:a )?name is (?:that|this)', '(?:is that|sounds like|thats|that s) (?:a |an )?(?:muslim|jewish|arab|arabic|foreign|terrorist|black|mexican|indian|chinese|paki|african|gypsy|ghetto) (?:name|accent)',
      // nationality, race, religion as a group insult
      '(?:your kind|your people|you types|people of your (?:kind|sort|type|race|religion|colou?r|culture)|people from your (?:country|culture|religion|community|village|part of town))(?: [a-z]+)? (?:always|never|smell|stink|breed|come here|steal|lie|cheat|scam|are all the same|are always|are never|are lazy|are the same|are like that)',
      'your lot (?:always|never|smell|stink|breed|come here|steal|lie|cheat|scam|are all the same|are lazy|are the same|are like that)',
      'you (?:immigrants|foreigners|migrants|refugees|asylum seekers|illegals|aliens|mexicans|indians|pakistanis|arabs|muslims|jews|africans|asians|latinos|hispanics|blacks|gypsies|poles|romanians|filipinos|nigerians|pakis|tribals)(?= [a-z])',
      '(?:immigrants|foreigners|migrants|illegals|refugees|asylum seekers) (?:like you|come here|coming here|who come here|take our|taking our|steal|stealing|never pay|dont pay|don t pay|are ruining|ruin|sponge|live off|leech)',
      '(?<=^ |(?:just|why dont you|why don t you|then|so|and|well|maybe|should|ought to|better|pack up and|pack your bags and|you can|can always) )(?:go|get|fuck off|piss off|move|head|get yourself) back (?:home )?to (?:mexico|india|africa|china|pakistan|poland|romania|nigeria|the philippines|jamaica|puerto rico|bangladesh|somalia|syria|iraq|afghanistan|guatemala|honduras|el salvador|colombia|venezuela|haiti|your (?:own )?(?:country|village|jungle|hut|tribe|cave|desert|reservation)|the (?:jungle|village|desert|slums?|ghetto|reservation|bush))(?= $| then| and| if| where| mate| already| yeah)',
      '(?:youre|you re|you are|probably|prolly|bet you re|bet youre) (?:probably |an |just an? |all )?illegal(?= $| anyway| arent| aren t| right| or| immigrants?| aliens?| too)', '(?:you|your) (?:sound|look|talk|act|smell)(?: just)? like (?:a |an )?(?:terrorist|illegal|peasant|villager|monkey|ape|savage|gangster|thug|hood rat|refugee|beggar|slumdog)',
      'you (?:sound|look|talk|act) like (?:you re|youre|you are) (?:from|straight out of|fresh off) (?:the ghetto|the hood|the projects|a village|the jungle|a third world|the third world|the slums|a slum|the sticks|a farm|the bush|some village|the boat)', 'fresh off the boat',
      '(?:do you|have you) even (?:have|got) (?:a |your )?(?:green card|visa|papers|work permit|right to be here|residency|social security number)', 'are you even (?:legal|here legally|a citizen|allowed to be here)',
      '(?:youre|you re|you are|because you re|because youre|since you re|since youre|as a) (?:a |an )?(?:woman|girl|lady|female|foreigner|immigrant|old|pensioner)(?: [a-z]+){0,2} (?:you wouldn t|you wouldnt|you won t|you wont|you can t|you cant|you don t|you dont|so you can t|so you cant|so you won t) (?:get|understand|know|follow|handle|manage)',
      '(?:your|that|this) accent (?:is|s) (?:killing me|doing my head in|driving me (?:mad|crazy|nuts)|impossible|unbearable|painful)', '(?:with|because of) (?:that|your|this) (?:accent|english)(?= $| of yours| i can| i cant| i can t| nobody| no one)', 'that accent of yours',
      '(?:speak|talk) (?:properly|normally|like a normal person|like a human|like a human being|like a normal human|proper english)(?= $| please| will you| mate| for once| for god| man| lady| can| so)', 'are you (?:from|from some) (?:a |the )?(?:village|jungle|farm|cave|slum|slums|ghetto|sticks|bush|third world|backwater)(?: or something| or what)?(?= )',
      '(?:you|your) (?:people|lot|kind|types?) from (?:[a-z]+ ){0,2}[a-z]+(?= $| are| always| never| all| can t| cant| don t| dont)', 'your lot (?:are always|are never|are all)',
      'typical (?:south |north )?(?:indian|punjabi|bihari|bengali|madrasi|gujarati|tamil|mallu|chinese|asian|african|nigerian|mexican|latino|arab|muslim|hindu|jew|jewish|black|irish|scouser|brummie|geordie|yank|filipino|pinoy|foreigner|immigrant|pakistani|paki|bangladeshi|polish|romanian|gypsy|traveller|woman|women|female|millennial|teenager)(?= )',
      '(?:go and |go |just )?ask your (?:husband|man|boyfriend|dad|father|son)(?= $| he ll| hell| he will| to explain| he can| he would| hed| he d| then| mate)',
      '(?:you people|people|you lot|your lot|folks|customers|those|you guys|people like you) (?:who|that) (?:don t|dont|can t|cant|do not|cannot) (?:speak|understand|read) (?:english|the language|proper english)(?: [a-z]+){0,3} (?:always|never|shouldn t|should not|shouldnt|make (?:everything|it|this)|complicate|are (?:always|a pain|the worst|impossible)|waste|expect)',
      'you sound (?:black|ghetto|foreign|indian|mexican|chinese|asian|gay|like a woman|like a girl|like an old woman|retarded|autistic|illiterate|uneducated)', 'ghetto (?:people|customers|folks|trash|rat|rats)', '(?:trailer|white) trash(?! (?:bags?|cans?|bins?|collection|pick ?up|liners?))', 'ching chong', 'curry munchers?', 'darkies?', 'half ?castes?',
      'pikeys?', '(?:bloody|dirty|fucking|typical|stupid|thick|drunk|what a|such a|youre a|you re a|you are a) (?:taig|taigs|knacker|knackers|gyppo|gyppos|gypo|pommy|wog|wogs|jap|japs|chinaman|abo|abos|boong|boongs|coolie|coolies|sambo|honky|gringo|gringos|coconut|oreo|kaffir|hotnot|homo|homos|dyke|dykes|queer|queers|poof|poofs|poofter|poofters|fairy|fairies|lesbo|lesbos|shemale|heeb|yid|yids|mong|mongs|gimp|gimps|spaz|spastic)(?= )',
      'you (?:homo|homos|dyke|dykes|queer|queers|poof|poofs|poofter|poofters|lesbo|lesbos|shemale|gyppo|gyppos|spaz|spastic|mong|mongs|gimp|coon|coons|chink|chinks|gook|gooks|wetback|wetbacks|beaner|beaners|spic|spics|pikey|pikeys|knacker|knackers|wog|wogs)(?= )',
      'wogs?', 'poofters?', 'battybwoy', 'chinamen', 'jungle bunn(?:y|ies)', 'porch monkeys?', 'sand nigg[a-z]*', 'shemales?', 'kaffirs?', 'jihadis?', 'bible bashers?', 'towel ?heads?',
      // gender
      '(?:women|ladies|girls|females|woman)(?: like you)? (?:can t|cant|cannot|never|shouldn t|should not|don t|dont|aren t|arent|are not|are bad|are terrible|are useless|are hopeless|are no good|just can t|just cant|just don t|just dont)(?: (?:good|be trusted|really|even|supposed to))?(?: (?:at|with|to))?(?: (?:handle|manage|understand|deal with|do|drive|count|run|think))? (?:money|finances|numbers|maths?|figures|technology|tech|computers|cars|business|banking|budgets?|these things|this stuff|anything)',
      'leave (?:the )?(?:finances|money|banking|numbers|paperwork|bills|thinking|technical stuff|tech stuff|maths?) to (?:the men|your husband|a man|the man|your man|your dad|your son|the boys)', '(?:put|get|let me (?:speak|talk) to|can i (?:speak|talk) (?:to|with)|i need) (?:your|the) (?:husband|man of the house|boyfriend|dad|father)(?: [a-z]+){0,3} (?:he ll|hell|he will|he would|hed|he d|who) (?:understand|get it|know|sort it)',
      '(?:a man|the men|your husband|a guy|your boyfriend) (?:would|will|ll|could|d) understand(?= $| this| it| better)', '(?:like|such) a (?:girl|woman|little girl|old woman)(?= $| stop| come on| you)', '(?:typical|such a|just like a) (?:blonde|woman driver|housewife|old woman)',
      // age
      '(?:youre|you re|you are|hes|he s|shes|she s|you|you might be|you may be|you must be|maybe you re|maybe youre)(?: probably| just| simply| a bit| way| far| much| clearly| obviously)? (?:too|so) old to (?:understand|use|get|learn|follow|be|handle|figure|manage|know|remember|work|do|deal|cope|keep up|have)', '(?:people|folks|someone|customers|old people|pensioners|seniors|oldies) (?:your age|of your age|of your generation|like you at your age) (?:can t|cant|never|don t|dont|shouldn t|should not|shouldnt|always|struggle|have trouble|just|are hopeless|are useless|get confused|forget)',
      '(?:at your age|at this age|in your state) (?:you should|you ought to|you need to|you d better|just) (?:give up|stay home|retire|be in a home|be in a nursing home|let someone|ask your (?:kids|children|grandkids)|not be)',
      '(?:demented|doolally|losing your marbles|lost your marbles|going senile|getting senile)',
      // disability
      '(?:are you|youre|you re|you are|what are you|you sound|you act|you must be|are you like)(?: a| an| like| kind of| some kind of| sort of| like a| being)* (?:autistic|disabled|handicapped|special needs|dyslexic|adhd|on the spectrum|bipolar|deaf|blind|crippled|brain damaged|mentally challenged|mentally ill|slow|backward) or (?:something|what|just|are you|stupid|dumb)(?= )',
      '(?:what are you|are you like|youre|you re) (?:autistic|retarded|a retard|a spastic|a mong|brain damaged)(?= $| or| mate| sir| lady)', '(?:mental case|psycho case|nut house|loony bin|funny farm)', 'short bus', 'special ed(?:ucation)? (?:kid|student|class)', 'retard(?:s|ed)?',
    ],
  },
  ...EN_BELITTLING,
];

// ================================================================== Spanish
// "usted es un", "eres una", "sos un", "qué … tan", "no sea", "pedazo de" + filler
const ES_FRAME = alt([
  '(?:usted|vos|tu|ud) (?:si |ya |tambien |nomas |nada mas |de verdad )?(?:es|eres|sos|seria|serias|parece un|parece una|pareces un|pareces una)', '(?:es|eres|sos) usted', 'parece usted un', 'parece usted una', 'eres', 'sos', 'seras', 'sera usted', 'no (?:sea|seas|sean|seai|seay|se ponga|te pongas|se haga el|se haga la|te hagas el|te hagas la)',
  'pedazo de', 'so', 'grandisim[oa]', 'par de', 'bola de', 'manga de', 'partida de', 'monton de', 'sarta de', 'flor de', 'tremend[oa]', 'cara de', 'hablando con (?:un|una|este|esta)',
  'que (?:tipo|tipa|señor|senor|señora|senora|señorita|senorita|cliente|persona|hombre|mujer|muchacho|muchacha|chico|chica|vieja|viejo|viejito|viejita|gente|man|vato|morro|morra|chabon|mina|pibe|piba|flaco|flaca|loco|loca|don|doña|socio|weon|gallo) (?:mas|tan)',
  'que (?:clase|tipo|pedazo) de', 'el muy', 'la muy',
]);
const ES_FILL = `(?: ${alt(['bien', 'muy', 'tan', 'un', 'una', 'medio', 'media', 'mas', 're', 'super', 'todo', 'toda', 'tremendo', 'tremenda', 'gran', 'pedazo de', 'si', 'terrible', 'flor de', 'un verdadero', 'una verdadera', 'un completo', 'una completa', 'un pobre', 'una pobre', 'de lo mas', 'demasiado', 'bastante', 'mas que'])})*`;
// nothing but insults: enough alone
const ES_STRONG = [
  'peleles?', 'pringaos?', 'parguelas?', 'gañan(?:es)?', 'mamarrachos?', 'mamarrachas?', 'merluzos?', 'ceporros?', 'tontainas?', 'bocachanclas?', 'bocazas',
  'cantamañanas', 'chupopteros?', 'sabandijas?', 'papanatas', 'mequetrefes?', 'palurd[oa]s?', 'tarupid[oa]s?', 'estupidit[oa]s?', 'imbecilit[oa]s?', 'idiotit[ao]s?', 'cafres?', 'garcas?', 'flaites?',
  'corronch[oa]s?', 'perucho', 'peruchos', 'boliguay[oa]s?', 'cornud[oa]s?', 'hijos? de perra', 'hijas? de perra', 'tarad(?:it)?[oa]s?', 'huevonazo', 'huevonaza', 'weonazo', 'pendejazo', 'pendejisim[oa]',
  'cero a la izquierda', 'carepichas?', 'pariguay[oa]s?', 'singa[oa]s?', 'singada', 'mamabichos?', 'canto de cabron', 'pajuos?', 'pajuas?', 'jalabolas', 'saco de wea', 'carapollas?', 'mamonazos?', 'tocapelotas', 'tocahuevos', 'lameculos', 'chupamedias', 'comemierdas?', 'tonto de capirote', 'tonta de capirote', 'tonto del bote', 'mas tonto que', 'mas bruto que', 'mas burro que',
  'tonto de remate', 'tonta de remate', 'loco de remate', 'idiota de remate', 'pendejo de mierda', 'imbecil de mierda', 'estupido de mierda', 'viejo de mierda', 'vieja de mierda',
  'cliente de mierda', 'gente de mierda', 'de mierda (?:usted|vos|tu)', 'pajuerano', 'pajuerana', 'pajueranos', 'levantad[oa]s? de mierda',
];
// insults only when aimed at someone
const ES_FRAMED = [
  'brut[oa]', 'tont[oa]', 'torpe', 'bob[oa]', 'mens[oa]', 'tarad[oa]', 'idiota', 'imbecil', 'estupid[oa]', 'desastre', 'playo', 'playos', 'malandr[oa]', 'misio', 'misia', 'huachaf[oa]', 'pichi', 'mugros[oa]', 'chorras', 'guajir[oa]', 'bellac[oa]', 'cuico', 'cuica', 'pituc[oa]', 'cateto', 'cateta', 'paleto', 'paleta', 'garrulo', 'garrula', 'cani', 'poligonero', 'chabacan[oa]', 'mediocre', 'fracasad[oa]', 'perdedor', 'perdedora', 'vago', 'vaga', 'parasito', 'peligro', 'cansin[oa]', 'pesao', 'plasta', 'verguenza', 'caso perdido', 'montañer[oa]', 'gamin', 'desechable', 'cortit[oa]', 'cort[oa] de (?:entendimiento|luces|mente)', 'parasit[oa]s?', 'estorbo', 'lastre', 'rat(?:a|as|ita)', 'gusano', 'cucaracha', 'bicho', 'sanguijuela', 'garrapata', 'piojos[oa]',
  'bestia', 'animal', 'burr[oa]', 'asn[oa]', 'mula', 'cabestro', 'buey', 'becerr[oa]', 'cerd[oa]', 'chancho', 'chancha', 'marran[oa]', 'puerc[oa]', 'cochin[oa]', 'perr[oa]', 'zorra', 'guarr[oa]', 'vaca', 'foca', 'ballena',
  'memo', 'mema', 'melon', 'besugo', 'zapallo', 'logi', 'pajero', 'pajera', 'forro', 'forra', 'salame', 'gil', 'nabo', 'naba', 'zopenco', 'pavo', 'pava', 'lento', 'lenta', 'lentit[oa]', 'patan', 'pelmazo', 'pesad[oa]',
  'insoportable', 'cansone?', 'cansona', 'ladilla', 'payas[oa]', 'muerto de hambre', 'muerta de hambre', 'pobreton', 'pobretona', 'pobre diablo',
  'histeric[oa]', 'loc[oa]', 'loquit[oa]', 'chiflad[oa]', 'demente', 'enferm[oa] mental', 'desquiciad[oa]', 'trastornad[oa]', 'zumbad[oa]', 'pirad[oa]', 'chalad[oa]', 'tocad[oa] del ala', 'anormal', 'mongolo', 'mongola',
  'ignorante', 'inutil', 'incompetente', 'incapaz', 'inept[oa]', 'analfabet[oa]', 'bobalicon', 'cutre', 'hortera', 'grasa', 'naco', 'naca', 'rasca', 'roto', 'rota', 'picante', 'ordinari[oa]', 'corriente', 'chusma', 'indi[oa]',
  'cholo', 'chola', 'prieto', 'prieta', 'villero', 'villera', 'gitano', 'gitana', 'bolita', 'paragua', 'marica', 'maricon', 'joto', 'puto', 'tortillera', 'bollera', 'viejo', 'vieja',
  'ladron', 'ladrona', 'estafador', 'estafadora', 'delincuente', 'mentiros[oa]', 'tramposo', 'tramposa', 'vag[oa]', 'flojo', 'floja', 'chanta', 'caradura', 'sinverguenza', 'atorrante', 'mantenid[oa]', 'vividor', 'vividora',
  'basura', 'escoria', 'lacra', 'mierda', 'cagon', 'cagona', 'gallina', 'mariquita', 'nena', 'nenita', 'llorona', 'lloron', 'quejica', 'quejon', 'quejona', 'chillon', 'chillona', 'cretino', 'baboso', 'babosa', 'sonso', 'sonsa',
].map((x) => `${x}(?! (?:de (?:planchar|compañia|carga|servicio|credito|datos|pago|cuenta|contrato|seguro|mar|agua|rio)|mental(?:es)?|que (?:ladra|muerde)))`);

// the customer addressed or pointed at right after an exclamation ("qué bruto es usted", "qué pesada la señora")
const ES_ADDRESSED = `(?:es|eres|sos|que es|que eres|que sos|es usted|eres tu|sos vos|usted|tu|vos|señor|señora|senor|senora|señorita|de cliente|de clienta|de señora|de señor|de tipo|de tipa|de persona|con usted|con vos|contigo|por dios|dios mio|madre mia|(?:el|la|este|esta|ese|esa) (?:señor|señora|senor|senora|tipo|tipa|cliente|clienta|man|viejo|vieja|chavo|vato|weon|gil|pibe|piba|flaco|flaca|muchacho|muchacha|hombre|mujer|tia|tio|doña|don|socio|compadre))(?= )`;
const ES_CL = '(?:le|lo|la|te|les|los|las|se lo|se la|me lo)';
const ES_AUX = '(?:vamos a|voy a|van a|va a|vas a|podemos|puedo|pueden|puede|podriamos|podria|podrian|tendremos que|tenemos que|tengo que|vamos a tener que|nos toca|me toca|hay que|se va a|se van a|procedemos a|pasamos a|paso a|nos encargamos de|me encargo de|nos vamos a encargar de|me voy a encargar de)';
const ES_WE = `(?:${ES_CL} )?(?:${ES_AUX} )?`;
// first person only, and required: "los estafadores pueden arruinar su nombre" is a warning, not a threat
const ES_WE1 = `(?:${ES_CL} )?(?:vamos a|voy a|tendremos que|tenemos que|tengo que|vamos a tener que|nos toca|me toca|procedemos a|pasamos a|paso a|podemos|puedo|podriamos|nos vamos a|me voy a|no nos queda (?:mas|otra) que|no me queda (?:mas|otra) que|nos encargamos de|me encargo de)`;

// ---- belittling without a swear word, in Spanish: condescension about the customer's ability, age mocking, veiled
// menace about the people around the customer (jefe, vecinos, familia), "ustedes los de fuera" othering, regional
// insults (Spain, Venezuela, Peru, Chile, Argentina, Colombia). Same targeting as the English block.
const ES_HUMANS = alt([
  'jefe', 'jefa', 'jefes', 'empleador', 'empleadora', 'patron', 'patrona', 'empresa', 'recursos humanos', 'gerente', 'supervisor', 'supervisora', 'compañeros', 'compañeros de trabajo', 'colegas',
  'familia', 'familiares', 'esposa', 'esposo', 'mujer', 'marido', 'pareja', 'hijos', 'hijas', 'hijo', 'hija', 'padres', 'papas', 'mama', 'papa', 'madre', 'padre', 'suegra', 'suegro', 'suegros',
  'vecinos', 'vecinas', 'vecino', 'vecina', 'amigos', 'conocidos', 'casero', 'casera', 'arrendador', 'iglesia', 'pastor', 'novia', 'novio', 'hermanos', 'hermano', 'hermana', 'nietos', 'barrio', 'colonia', 'comunidad',
]);
const ES_REGIONAL = ['pardill[oa]s?', 'panolis?', 'mendrugos?', 'zotes?', 'berzotas', 'gaznapir[oa]s?', 'mastuerzos?', 'pazguat[oa]s?', 'abrazafarolas', 'tolais?', 'papafritas?', 'perkins?', 'pavotes?', 'pavot[oa]', 'gaf[oa]s?', 'monses?', 'cazurr[oa]s?', 'zangan[oa]s?', 'guaches?', 'agilad[oa]s?', 'atontaos?', 'lerd[oa]s?', 'zoquetes?', 'memos?', 'memas?', 'bobalicon(?:es|a)?', 'tontainas?'];
const ES_BELITTLING: PatternSet[] = [
  {
    category: 'insult',
    kind: 'insult',
    label: 'condescension',
    denyCheck: true,
    patterns: [
      // "¿se lo tengo que deletrear?", "con palabras sencillitas", "despacito a ver si así me sigue", "para que hasta usted lo entienda"
      '(?:se lo|te lo|selo) (?:tengo que|voy a tener que|hay que|tendre que) deletrear(?= $| o que| letra por letra| otra vez| o no)', '(?:tengo que|voy a tener que|hay que) deletrearselo(?= $| o que| letra por letra| otra vez)',
      'con palabras (?:sencillitas|cortitas|facilitas|simplonas|de niño|de primaria|para niños)', '(?:bien |muy )?despacit[oa] (?:a ver si|para ver si|haber si)(?: asi| ahora| esta vez)? (?:me |lo |le )?(?:entiende|entiendes|entendes|sigue|sigues|seguis|capta|captas|cacha|cachas|le entra|te entra|se entera|te enteras)',
      'para que (?:hasta|incluso|aun) (?:usted|vos|tu|ud) (?:lo |me )?(?:entienda|entiendas|entendas|pueda|puedas|capte|captes|siga|sigas)', 'hasta (?:usted|vos|tu) (?:lo )?(?:entenderia|entiende|podria|puede|sabria|captaria)',
      '(?:como |ya que |porque |se nota que |esta claro que |es obvio que |claramente |obviamente )(?:usted |vos |tu )?no (?:me )?(?:sigue|sigues|seguis|entiende|entiendes|entendes|se entera|te enteras|capta|captas|cacha|cachas) (?:ni una|nada|ni jota|ni papa|ni pio)',
      // age
      '(?:ni siquiera|hasta|incluso|aun) (?:para )?(?:alguien|una persona|un señor|una señora|gente|personas|un abuelo|una abuela|un abuelito|una abuelita|un jubilado|una jubilada|un viejito|una viejita|un anciano|una anciana) (?:de su edad|de sus años|de tu edad|de tus años|mayor como usted|tan mayor|como usted)',
      '(?:usted|vos|tu)? ?(?:ya )?no (?:esta|estas|anda|andas) (?:usted |vos |tu )?(?:para (?:estos trotes|estas cosas|esto|esas cosas|tecnologias|aparatos|celulares|computadoras|aplicaciones)|en edad (?:de|para))(?= )',
      '(?:a su edad|a sus años|a tu edad|a tus años)(?: [a-zñ]+){0,4} (?:ya no (?:esta|estas) para|le queda grande|te queda grande|es (?:mucho|demasiado) para (?:usted|vos|ti)|se le complica todo|ya no se entera|ya no entiende|no se entera)',
      '(?:que|mejor que|pues que|mejor) (?:se )?(?:lo|la|le|te)? ?(?:haga|hagan|arregle|arreglen|instale|configure|conecte|enchufe|maneje|lea|explique) (?:su|sus|tu|tus|algun|un|una) niet[oa]s?',
      '(?:pidale|pidele|pedile|digale|dile|decile|llame|llama|busque|busca|consiga|consigue|que venga) (?:a )?(?:su|sus|tu|tus|algun|un|una) niet[oa]s? (?:que|para que|a que) (?:se |le |te )?(?:lo |la )?(?:haga|hagan|arregle|arreglen|conecte|conecten|enchufe|enchufen|explique|expliquen|maneje|manejen|ayude|ayuden)(?: [a-zñ]+){0,5} (?:que usted ya no|porque usted ya no|que ya no|usted ya no|a su edad)',
      // "como a un niño de cinco años", "hasta un niño de primaria lo entiende", "a su edad le debe parecer chino"
      '(?:explique|explico|explicare|expliquemos|explicar|explicarle|explicarselo|digo|diga|decir|hablo|hablar|hablarle|repito|repetir)(?: [a-zñ]+){0,3} como (?:a )?(?:un|una) (?:niñ[oa]|nene|nena|crio|cria|chamac[oa]|bebe|escuincle|pibe|cabro chico)(?: de (?:cinco|seis|siete|ocho|\d+) años| de primaria| de kinder| de preescolar| chiquit[oa]| pequeñ[oa])?(?= )',
      'hasta (?:un|una|mi) (?:niñ[oa]|nene|nena|crio|cria|chamac[oa]|hij[oa]|sobrin[oa]|escuincle|pibe|cabro chico) (?:de (?:primaria|kinder|preescolar|cinco años|seis años|\d+ años) )?(?:lo |la |se lo )?(?:entiende|entenderia|sabe|sabria|hace|haria|puede|podria|maneja|resuelve)(?= )',
      '(?:a su edad|a sus años|a tu edad|a tus años|para alguien de su edad|para usted a su edad)(?: [a-zñ]+){0,4} (?:parecer|parece|sonar|suena|ser|es) (?:chino|arabe|griego|magia|brujeria|ciencia ficcion|otro idioma|jeroglificos)(?= )',
      '(?:se nota que|ya veo que|esta claro que|es obvio que|claramente) (?:usted |vos |tu )?no (?:es|eres|sos) (?:muy |mucho |nada )?(?:de (?:tecnologia|computadoras|celulares|aparatos|apps|numeros)|tecnologic[oa]|habil con (?:la tecnologia|las computadoras|el celular))(?= )',
      'algunos (?:tenemos|si tenemos|aqui tenemos) (?:trabajo|cosas|vida|clientes|cosas que hacer|trabajo que hacer)(?: de verdad| real| importantes?| que atender| que hacer)(?= )',
      '(?:no (?:le|te) (?:enseñaron|enseñaron nunca|ensenaron) a (?:leer|escribir|contar|sumar|escuchar)|nadie (?:le|te) (?:enseño|enseñó|enseno) a (?:leer|escribir|contar|sumar|escuchar))(?= $| o que| en la escuela| en el colegio| bien| señor| señora| donde)',
      '(?:ha|has|habeis|han) estado (?:bebiendo|tomando|chupando|empinando el codo|fumando algo)(?= $| o que| hoy| otra vez| señor| señora| o)', '(?:esta|estas|anda|andas) (?:usted |vos |tu )?(?:borrach[oa]|pasad[oa] de copas|tomad[oa]|en pedo|pedo|mamad[oa]|jalad[oa]|bebid[oa])(?= $| o que| o no| señor| señora| hoy| otra vez)',
      '(?:en su pais|en tu pais|de donde usted viene|de donde viene usted|de donde vienes|alla en su tierra|en su tierra|en su pueblo) no (?:hay|tienen|existen|saben|usan|les enseñan|conocen)(?: [a-zñ]+){0,3} (?:o que|verdad|o no|eh)?(?= )',
      '(?:sera|es|debe ser|seguro es|tiene que ser) (?:cosa|algo|costumbre|tema) (?:de su|de tu|de la|de vuestra) (?:cultura|raza|pais|gente|religion|tierra|pueblo)(?= )',
      '(?:su|tu) (?:español|espanol|castellano|acento|ingles) no es (?:muy |tan |nada |demasiado )?(?:bueno|claro|entendible|bueno que digamos)(?= $| eh| verdad| que digamos| señor| señora| mire| asi que| no le entiendo)',
      '(?:paseme|pasame|pasa|pase|pongame|ponme|comuniqueme|comunicame) (?:a|con) (?:alguien|otra persona|alguno|algun familiar|su hij[oa]|su espos[oa]) que (?:hable|entienda|sepa) (?:bien |mejor )?(?:el )?(?:español|espanol|castellano)(?= )',
      '(?:en cristiano|en castellano) (?:a ver si|para ver si|haber si) (?:lo |me |le )?(?:pilla|pillas|entiende|entiendes|entendes|capta|captas|cacha|cachas|sigue|sigues)', '(?:usted|vos|tu)? ?(?:sabe|sabes|sabés) (?:siquiera|al menos|por lo menos|acaso) (?:prender|encender|usar|manejar|abrir) (?:la|el|un|una) (?:computadora|ordenador|celular|movil|telefono|compu|aplicacion|app)',
      // othering: "ustedes los de fuera vienen aquí", "ustedes siempre quieren todo regalado"
      '(?:ustedes|vosotros|vosotras|los de (?:fuera|afuera|su pais|tu pais|alla)|gente como usted|gente como vos|gente como tu|los de su tipo|la gente de su pais)(?: [a-zñ]+){0,3} (?:vienen|venis|venís|llegan|llegais|vinieron|se vienen) (?:aqui|aca|a este pais|a nuestro pais|a españa|para aca|para aqui|a mi pais)',
      '(?:ustedes|vosotros|vosotras|gente como usted|gente como vos|gente como tu|los de su tipo)(?: los de [a-zñ]+)?(?: siempre| todos| todas)* (?:quieren|quereis|esperan|pretenden|piden|buscan|creen que merecen) (?:todo|las cosas|todo siempre) (?:gratis|regalad[oa]|de gratis|de regalo|hecho|servido|sin pagar|en bandeja|a cambio de nada)',
      '(?:aqui|aca) a (?:aprovechar(?:se|os)?|vivir del cuento|vivir de los demas|quitarnos|robarnos|mamar)',
      // regional insults
      ...ES_REGIONAL.filter((x) => /^(?:panolis|zotes|berzotas|gaznapir|mastuerzos|pazguat|abrazafarolas|tolais|perkins)/.test(x)),
      `${ES_FRAME}${ES_FILL} ${alt(ES_REGIONAL)}(?= )`, `(?:menud[oa]|vaya|valiente|pedazo de|so) ${alt(ES_REGIONAL)}(?= )`, `(?:ay |uy |pero |pucha |chale |caray )?que (?:tan |mas |re |bien )?${alt(ES_REGIONAL)}(?= $| es usted| eres| sos| que es| que eres| señor| señora| por dios)`,
    ],
  },
  {
    category: 'threat',
    kind: 'threat_context',
    label: 'amenaza velada',
    lawful: true,
    patterns: [
      // "estoy seguro de que a su jefe le interesaría saberlo"
      `(?:seguro que|estoy segur[oa] (?:de )?que|me imagino que|imagino que|seguramente|apuesto a que|apuesto que|capaz que) (?:a )?(?:su|sus|tu|tus) ${ES_HUMANS}(?: [a-zñ]+){0,3} (?:le |les )?(?:interesaria|interesaria mucho|encantaria|gustaria|va a interesar|van a interesar|interesara|encantara|sorprenderia|sorprenderá|sorprendera|gustara|va a encantar|va a gustar)`,
      // "sería una pena que sus vecinos se enteraran"
      `(?:seria|es|sería|va a ser) una (?:pena|lastima|verguenza|lata|pena enorme) que (?:(?:su|sus|tu|tus) ${ES_HUMANS} se (?:enter|entera|enteraran|enterara|enterase|enterasen|enteren|entere)[a-z]*|se (?:enter[a-z]+) (?:su|sus|tu|tus) ${ES_HUMANS})`,
      // "imagínese qué diría su jefe si…"
      `(?:imaginese|imaginate|imagina|imaginate|piense|piensa|pensa|figurese|figurate) (?:que|lo que|como) (?:diria|dirian|pensaria|pensarian|va a decir|van a decir|va a pensar|van a pensar|diran|dira|pensara|pensaran) (?:su|sus|tu|tus) ${ES_HUMANS}`,
      `que (?:diria|pensaria|dirian|pensarian|va a decir|van a decir) (?:su|sus|tu|tus) ${ES_HUMANS} si (?:se entera|se enteran|supiera|supieran|le llamamos|les llamamos|lo supiera|lo supieran|recibe|reciben|viera|vieran)`,
      // "mejor que no lo averigüe", "no querrá descubrirlo"
      'mejor (?:que )?no (?:lo )?(?:averigue|averigues|averiguen|descubra|descubras|compruebe|compruebes|sepa lo que pasa|quiera saber)(?= )', 'no (?:querra|querras|le gustaria|te gustaria|le conviene|te conviene) (?:averiguarlo|descubrirlo|comprobarlo|saber lo que pasa|saber que pasa|ver lo que pasa)',
      // "sus vecinos van a ver cuando lleguen los cobradores", "delante de sus vecinos"
      '(?:sus|tus|todos sus|todos tus|los|todos los) (?:vecinos|compañeros|compañeros de trabajo|colegas|hijos) (?:lo |la |le |se )?(?:van a|pueden|podrian|podrán|podran|se van a) (?:ver|enterar|dar cuenta|mirar|comentar|hablar|saber)(?= )',
      '(?:delante|enfrente|frente|en frente) (?:de )?(?:sus|tus|los|todos sus|todos los) (?:vecinos|hijos|compañeros|colegas|clientes)(?: [a-zñ]+){0,3} (?:cobradores|gestores|los de cobranza|la visita|visitarlo|visitarla|tocar la puerta|tocando la puerta|llegan|lleguen|aparecen|aparezcan)',
      '(?:cuando|si) (?:lleguen|llegan|vayan|van|aparezcan|aparecen|caigan|caen) (?:los )?(?:cobradores|gestores de cobro|de cobranza|nuestros gestores|los muchachos|nuestra gente)(?: [a-zñ]+){0,3} (?:vecinos|todo el barrio|la colonia|toda la cuadra|el edificio)',
      `no (?:queremos|querriamos|quisieramos|quiero|querra|querria) que (?:su|sus|tu|tus) ${ES_HUMANS} (?:se (?:haga|hagan|hiciera|hicieran|forme|formen|formara|formaran|lleve|lleven|llevara|llevaran) (?:una |unas )?(?:mala |malas )?(?:idea|ideas|impresion)(?: equivocada| equivocadas| mala| malas| rara| raras)?|se (?:involucre|involucren|meta|metan|preocupe|preocupen)|reciba|reciban)`,
      `(?:yo que usted|yo en su lugar|si yo fuera usted|yo que vos|yo que tu|en su lugar yo) (?:pensaria|pensaría|me preocuparia|pensaria bien|cuidaria) (?:en|por|a)? ?(?:sus|su|tus|tu) (?:hijos|hijas|familia|esposa|esposo|marido|mujer|trabajo|empleo|casa|niños|nietos|reputacion)`,
      '(?:la gente|los vecinos|la gente del barrio|la gente del pueblo) (?:habla|hablan|comenta|comentan|chismea|chismean|se entera|se enteran)(?= $| sabe| eh| usted sabe| ya sabe| sobre todo| y mucho| mucho| en los pueblos| en el barrio)',
      '(?:no se (?:va a ver|ve|veria)|no (?:va a quedar|queda|quedaria)) (?:muy |nada )?bien(?: [a-zñ]+){0,5} (?:vecinos|afuera de su|fuera de su|frente a su|enfrente de su|en su trabajo|delante de)',
      '(?:camioneta|carro|coche|auto|moto|gestores|cobradores|nuestra gente|los muchachos)(?: [a-zñ]+){0,3} (?:parad[oa]s?|estacionad[oa]s?|esperando|aparcad[oa]s?) (?:afuera|fuera|enfrente|frente|en la puerta) (?:de|a) (?:su|tu) (?:casa|trabajo|oficina|domicilio|negocio|puerta|edificio)',
      `(?:que pena|que lastima|seria una pena|seria una lastima|lastima|pena) si (?:su|sus|tu|tus) ${ES_HUMANS}`,
      '(?:tenemos|tengo|ya tenemos|tambien tenemos) (?:el|los) (?:numero|numeros|telefono|telefonos|contacto|correo|direccion) (?:de|del) (?:su|tu) (?:trabajo|jefe|empresa|oficina|esposa|esposo|familia|mama|madre|papa|padre|suegra|vecinos|referencias)(?: [a-zñ]+){0,1} (?:tambien|ademas|eh|sabe|por si acaso|por si las moscas|no lo olvide)(?= )',
      `(?:seguro que|estoy segur[oa] (?:de )?que|me imagino que|apuesto a que) (?:en )?(?:recursos humanos|rrhh|su trabajo|su empresa|su oficina|la escuela|el colegio|su iglesia)(?: [a-zñ]+){0,2} (?:les |le )?(?:encantaria|interesaria|gustaria|interesara|encantara) (?:enterarse|saberlo|saber|conocer)`,
      // "por el bien de sus hijos", "su familia no tiene por qué enterarse si paga hoy"
      'por el bien de (?:su|sus|tu|tus) (?:familia|hijos|hijas|hijo|hija|esposa|esposo|marido|mujer|niños|nietos|trabajo|empleo)', `(?:su|sus|tu|tus) ${ES_HUMANS} no (?:tiene|tienen|tendria|tendrian|necesita|necesitan) (?:por que|porque|que|por qué|ni por que) (?:enterarse|saberlo|saber nada|enterarse de nada|saber)(?: [a-zñ]+){0,3} (?:si|mientras|con tal de que|siempre que|siempre y cuando)`,
      'nadie (?:tiene|tendria) (?:por que|porque|que) (?:enterarse|saberlo|saber nada)(?: [a-zñ]+){0,3} (?:si|mientras|con tal de que|siempre que|siempre y cuando) (?:usted |vos |tu )?(?:paga|pague|pagas|pagues|cancela|cancele|abona|abone)',
      '(?:estas cosas|las cosas|todo) se (?:sabe|saben|corre|corren|riega|riegan) (?:rapido|enseguida|en el barrio|en los pueblos|en un pueblo)(?= )',
    ],
  },
];

const es: PatternSet[] = [
  {
    category: 'profanity',
    kind: 'plain',
    label: 'groserías',
    patterns: [
      'maldita sea', 'maldito sea', 'maldita (?:la hora|madre|suerte|vaina)', 'mald(?:ito|ita) (?:sistema|computadora|maquina|pantalla|programa|aparato)', 'hijo de perra', 'hija de perra', 'chinga (?:tu|su) madre', 'chingue (?:tu|su) madre',
      'chingas a tu madre', 'chingate', 'chinguese', 'vete a la verga', 'vayase a la verga', 'puñeta', 'punyeta', 'coño e madre', 'coño de (?:tu|su) madre', 'concha de (?:la lora|tu madre|su madre|la madre|mi madre|tu vieja|su vieja|tu hermana)',
      'ni madres', 'me vale pedo', 'vale pedo', 'chimba', 'chucha', 'me lleva la chingada', 'me lleva el diablo', 'me lleva la trampa', 'a la chingada', 'la gran puta', 'la gran siete', 'la re puta', 'la reputa',
      'me cago en (?:todo|diez|la leche|la madre|dios|la hostia|la puta|tu|su|la mar)', 'hostia puta', 'hostias', 'me cachis', 'cagoendios', 'cago en dios', 'puta vida', 'puto sistema', 'putos sistemas', 'puta maquina', 'puto ordenador',
      'que (?:mierda|mierdas|cagada|verga|chingados|carajos|coño|cojones|huevada|wea|joda|putada)', 'mierdita', 'cagadita', 'pinche (?:sistema|computadora|maquina|pantalla|programa|madre|vida|suerte|trafico|chamba)', 'vergacion',
      'joder (?:ya|tio|tia|hombre|macho|que|con|otra vez|coño)', 'jodido (?:sistema|ordenador|programa)', 'la madre que (?:lo|la|me|te|le|os) pario', 'su madre que (?:lo|la|le) pario', 'tu madre que te pario',
      'hijueputa', 'hijuemadre', 'jueputa', 'juemadre', 'gonorrea', 'malparido', 'careculo', 'pichurria', 'mondá', 'monda', 'hp(?= $)', 'hpta', 'ijueputa', 'ijueputas', 'jodete', 'jodanse', 'joderse',
      'vete (?:a la mierda|al carajo|al diablo|a freir esparragos|a freir monas|a tomar por culo|a la porra|a cagar|al cuerno|a la chingada|a la fregada|a paseo)', 'vayase (?:a la mierda|al carajo|al diablo|a freir esparragos|a tomar por culo|a la porra|a cagar|al cuerno|a la chingada|a la fregada|a paseo)',
      'andate (?:a la mierda|al carajo|a cagar|al diablo|a la concha)', 'idos a la mierda', 'que se vaya (?:a la mierda|al carajo|al diablo)', 'a tomar por culo', 'a tomar por saco', 'por el culo', 'por los cojones', 'huevon de mierda', 'carajo',
    ],
  },
  {
    category: 'insult',
    kind: 'insult',
    label: 'insulto',
    denyCheck: true,
    patterns: [
      ...ES_STRONG,
      `${ES_FRAME}${ES_FILL} ${alt(ES_FRAMED)}`,
      // "qué bruto", "ay qué bestia", "qué animal es usted" — an exclamation with an insult word, aimed at no thing
      `(?:ay |uy |pero |pucha |chale |caray |dios mio )?que (?:tan |mas |re |bien )?${alt(['brut[oa]', 'bestia', 'burr[oa]', 'mongol[oa]', 'naco', 'naca', 'gil', 'nabo', 'salame', 'tarad[oa]', 'mamon', 'mamona', 'cafre', 'lerd[oa]', 'zoquete', 'indio', 'india', 'cholo', 'pendejo', 'pendeja', 'huevon', 'huevona', 'weon', 'weona', 'boludo', 'boluda', 'pelotudo', 'pelotuda', 'forro', 'gueva', 'cojudo', 'cojuda'])}(?= $| ${ES_ADDRESSED})`,
      `(?:ay |uy |pero |pucha |chale |caray |dios mio )?que (?:tan |mas |re |bien )?${alt(['animal', 'grasa', 'guiso', 'cansin[oa]', 'pesao', 'plasta', 'tont[oa]', 'menso', 'mensa', 'torpe', 'bobo', 'boba', 'pesad[oa]', 'lent[oa]', 'inutil', 'rata', 'cutre', 'hortera', 'pringao', 'pringada', 'insoportable', 'ladilla', 'cansona', 'cansón', 'fastidios[oa]', 'intens[oa]', 'ignorante', 'histeric[oa]', 'loc[oa]'])} ${ES_ADDRESSED}`,
      // "es un parásito", "es una rata": a bare "es un/una" only before words that can only be said of a person
      `es (?:un|una)(?: (?:verdadero|verdadera|completo|completa|pobre|tremendo|tremenda|gran))? ${alt(['parasit[oa]', 'estorbo', 'lastre', 'rata', 'gusano', 'sanguijuela', 'garrapata', 'caso perdido', 'inutil', 'incompetente', 'sinverguenza', 'caradura', 'vag[oa]', 'bueno para nada', 'buena para nada', 'histeric[oa]', 'pesad[oa]', 'idiota', 'imbecil', 'estupid[oa]', 'tarad[oa]', 'pendej[oa]', 'mamon', 'mamona', 'cretino', 'cretina', 'pelele', 'payas[oa]', 'ignorante', 'aprovechad[oa]', 'mantenid[oa]', 'vividor', 'vividora', 'fracasad[oa]', 'perdedor', 'perdedora', 'mal educad[oa]', 'maleducad[oa]', 'malcriad[oa]', 'groser[oa]'])}(?! (?:de (?:planchar|compañia|carga|servicio|credito|datos|pago|cuenta|contrato|seguro)|que (?:ladra|muerde))(?= ))`,
      // "el gil este no entiende", "esta vieja no se entera"
      `(?:este|esta|ese|esa|el|la) ${alt(['gil', 'pendej[oa]', 'huevon', 'huevona', 'weon', 'weona', 'bolud[oa]', 'pelotud[oa]', 'idiota', 'imbecil', 'tarad[oa]', 'viej[oa]', 'viejit[oa]', 'salame', 'nab[oa]', 'mens[oa]', 'brut[oa]', 'burr[oa]', 'cafre', 'gilipollas', 'capull[oa]', 'mamon', 'cabron', 'cabrona', 'pesad[oa]', 'lent[oa]', 'tont[oa]', 'naco', 'naca', 'indio', 'india', 'cholo', 'chola', 'negro', 'negra', 'sudaca', 'veneco', 'veneca'])}(?: este| esta| ese| esa)? (?:no (?:entiende|se entera|sabe|paga|escucha|capta|cacha|razona|lee|quiere pagar|para de)|ya no (?:entiende|sabe)|otra vez|siempre|nunca entiende|me tiene)`,
      '(?:usted (?:es|esta|anda)|(?:es|esta|anda) usted|vos (?:sos|estas|andas)|tu (?:eres|estas|andas)|eres|sos|estas|andas) (?:mas|menos) (?:perdid[oa]|tont[oa]|brut[oa]|burr[oa]|lent[oa]|inutil|pesad[oa]|torpe|cort[oa]|despistad[oa]|bob[oa]|loc[oa]|sord[oa]|ciego|ciega) que (?:un|una|el|la)',
      '(?:tiene|tienes|tenes) una papa en la boca', 'habla(?:s)? como (?:indio|un indio|una india|un campesino|un ranchero|un niño|un borracho|un retrasado|un mongolico|un tarado|un negro|un cholo|un naco|un mongolo|un animal|un burro)',
      'no me (?:venga|vengas|vengan) con (?:tonterias|estupideces|pendejadas|huevadas|boludeces|mamadas|babosadas|gilipolleces|chorradas|pavadas|giladas|excusas baratas|cuentitos)', 'deje(?:se)? de (?:pendejadas|tonterias|estupideces|huevadas|boludeces|mamadas|babosadas|gilipolleces|chorradas|pavadas|joder|fregar|molestar|llorar)',
      '(?:usted es|es usted|eres|sos) (?:todo )?un caso(?= $| serio| perdido| aparte| señor| señora| de verdad)', 'que (?:pavada|pavadas|boludez|boludeces|estupidez|estupideces|tonteria|tonterias|pendejada|pendejadas|huevada|huevadas|gilipollez|gilipolleces|chorrada|chorradas|burrada|burradas|sandez|sandeces|babosada|babosadas|mamada|mamadas|gilada|giladas) (?:dice|decis|dices|esta diciendo|estas diciendo|me dice|me decis|me dices|habla|hablas|pregunta|preguntas)',
      '(?:vaya|que|menuda) (?:tela|cruz|tortura|paciencia|pesadez|lata|murga|matraca|brasa|vaina|joda|mamera) (?:contigo|con usted|con vos|con ustedes)',
      '(?:o no|o que|oye|oe|che|mira|mire|ya pues|po|pues|cachai|entendiste|entiendes|me escuchas|me oyes|ya|eh|verdad) (?:gil|burro|bruto|bruta|animal|nabo|salame|forro|zoquete|menso|mensa|tarado|tarada|tonto|tonta|bobo|boba)(?= $)',
      'desastre de (?:persona|cliente|señora|señor|ser humano|tipo|tipa|mujer|hombre)', '(?:se lo |le |te )?(?:explico|explicare|voy a explicar|tengo que explicar|digo|dibujo) con (?:peras y manzanas|manzanitas|dibujitos|plastilina|palitos|bolitas|manzanas|peritas)',
      '(?:ya )?(?:termino|terminaste|acabo|acabaste|termino usted|acabo usted) de (?:llorar|quejarse|lloriquear|berrear|chillar|quejarte|lloriquear)', 'que pedo (?:contigo|con usted|con vos|con ustedes|traes|tienes|tiene|te pasa)',
      '(?:que|en que) (?:idioma|lengua|dialecto) (?:es ese|es eso|me esta hablando|me estas hablando|habla usted)(?= )', 'habla (?:español|castellano|cristiano) o (?:que|no)(?= )',
      // condescension: brains, hearing, schooling, sanity
      '(?:tiene|tienes|tenes) (?:el|un) (?:cerebro|celebro|coco|seso|mate|bocho|cabeza) (?:de|como el de|como de|del tamaño de) (?:un |una )?(?:mosquito|mosca|pajaro|gallina|hormiga|piedra|mosco|pulga|nuez|garbanzo|niño|nene|chorlito|alcornoque|mula|burro|pez|tortuga|papa|ameba)',
      '(?:tiene|tienes|tenes) menos (?:cerebro|luces|seso|neuronas|inteligencia|cabeza) que (?:un|una)', 'no (?:tiene|tienes|tenes) (?:dos dedos de frente|ni una neurona|neuronas|cerebro|ni idea de nada|ni la menor idea de nada|seso)',
      '(?:a usted|usted|a vos|a ti|a este señor|a esta señora) (?:le|te) (?:faltan|falta) (?:luces|un tornillo|neuronas|un hervor|cerebro|seso|materia gris|una tuerca|cabeza)', '(?:le|te) (?:faltan|falta) (?:luces|un tornillo|un hervor|neuronas)(?= o que| o no| verdad)', '(?:le|te) (?:faltan|falta) (?:neuronas|un hervor|materia gris)', '(?:poca|pocas) (?:luz|luces|neuronas|cabeza|seso) (?:tiene|tienes|tenes)', '(?:dos|tres|pocas) neuronas', 'una sola neurona',
      '(?:esta|estas|anda|andas|esta usted|usted esta|estas vos) (?:mal|enfermo|enferma|tocado|tocada) de la cabeza', '(?:esta|estas|estás|anda|andas|esta usted|usted esta|estas vos) (?:loc[oa]|sord[oa]|ciego|ciega|drogad[oa]|borrach[oa]|pendej[oa]|tarad[oa]|idiota|mensa|menso|bobo|boba|zumbad[oa]|chiflad[oa]|en la luna|en las nubes|en babia|en otro planeta|dormid[oa]) o que',
      '(?:esta|estas|anda|esta usted|usted esta|estas vos) (?:sord[oa]|ciego|ciega)(?= $| o no| verdad| acaso| señor| señora| senor| senora)', '(?:es|eres|sos|es usted|usted es) (?:tont[oa]|idiota|burr[oa]|brut[oa])(?= $| o no| verdad| acaso| señor| señora| senor| senora)',
      '(?:es|eres|sos|es usted|usted es|se hace|te haces|se lo hace|te lo haces) (?:tont[oa]|idiota|pendej[oa]|bobo|boba|menso|mensa|gil|lent[oa]|burr[oa]) o se (?:lo )?hace', 'o se (?:hace|lo hace|la hace) (?:el|la) (?:tont[oa]|pendej[oa]|menso|mensa|loc[oa]|sord[oa])',
      '(?:usted no|acaso no|que no|vos no|tu no|o no) (?:entiende|entendes|entiendes) (?:el )?(?:español|espanol|castellano|cristiano)', '(?<=^ )no (?:entiende|entendes|entiendes) (?:el )?(?:español|espanol|castellano|cristiano)(?= $| o que| o no| señor| señora)', '(?:no|usted no|acaso no) (?:me )?(?:entiende|entendes|entiendes|escucha|oye|oyes|escuchas) o que',
      '(?:le|te) (?:tengo|tendre|voy) (?:que |a )?(?:hacer|dibujar|explicar con) (?:un |unos )?(?:dibujo|dibujito|dibujitos|manzanitas|plastilina|peras)', 'se lo (?:explico|digo|repito|voy a explicar) como (?:a )?un (?:niño|nene|chico|crio|bebe|tonto|nino)',
      '(?:esto|eso|lo) (?:lo )?(?:hace|entiende|sabe|haria|entenderia|logra|resuelve) hasta (?:mi |un |una |el |la )?(?:abuela|abuelo|sobrin[oa]|hij[oa]|perro|gato|niño|nene|mono|bebe|burro|chimpance|crio|chamaco|cabro chico|pibe)',
      'hasta (?:un|una|mi) (?:mono|chimpance|niño|nene|bebe|perro|gato|burro|abuela|abuelo|sobrin[oa]|hij[oa]|chamaco|crio)(?: de (?:[a-z]+ )?(?:años|meses))? (?:lo |la )?(?:puede|podria|sabe|entiende|hace|haria|entenderia|sabria|logra)',
      'no es (?:ciencia de cohetes|fisica cuantica|ingenieria espacial|ciencia espacial|ciencia nuclear)',
      '(?:usted|vos|tu) (?:fue|fuiste) (?:alguna vez )?a la escuela(?= $| o no| o que| siquiera| alguna vez)', '(?:usted|vos|tu) (?:sabe|sabes|sabés) leer(?= $| o no| o que| siquiera| señor| señora)', 'no (?:sabe|sabes|sabés) leer o que', 'aprenda a leer', 'aprende a leer', 'aprenda a escuchar', 'lea (?:bien )?antes de llamar',
      '(?:nadie|quien) (?:le|te) (?:pregunto|pidio) (?:su|tu) opinion', 'a nadie le importa (?:su opinion|tu opinion|lo que (?:usted |vos |tu )?(?:piense|pienses|opine|opines|diga|digas|crea|creas))', '(?:me importa|nos importa) (?:un (?:pepino|rabano|comino|bledo|cuerno|pimiento|pito|carajo|huevo|cacahuate|cacahuete)|una mierda|tres pepinos|poco|nada) (?:lo que|su|tu|usted|vos)',
      'deje de (?:quejarse|llorar|lloriquear|chillar|gimotear) como (?:una|un) (?:vieja|niña|niño|nena|bebe|loca|loco)', '(?:llora|llore|lloras|se queja|te quejas) como (?:una|un) (?:vieja|niña|nena|bebe|loca)', 'no (?:sea|seas) (?:llorica|quejica|chillon|chillona|nena|nenita|mariquita|gallina|cagon|cagona)',
      '(?:usted|vos|tu) no (?:sirve|sirves|servis) (?:para nada|ni para|de nada)', 'no (?:sirves|servis) (?:para nada|ni para)', '(?:usted|vos|tu) no sirve ni para (?:pagar|eso|leer|firmar|contestar)', '(?:cierre|cierra|cerra|callese|callate|calle) (?:el|la) (?:pico|boca|hocico|jeta|trompa|buzon|ojete|orto)',
      'me (?:tiene|tenes|tienes) (?:harto|harta|podrido|podrida|frito|frita|hasta la madre|hasta el gorro|hasta la coronilla|hasta las narices|hasta los huevos|mamado|mamada|jodido|jodida)', 'que (?:fastidio|ladilla|jartera|hartera|cruz|lata|peste|pesadez|flojera|pereza|hueva|paja|mamera|joda) con (?:usted|vos|ustedes|este señor|esta señora|este tipo|esta tipa|este cliente|esta clienta)',
      'que (?:ladilla|jartera|fastidio|peste|lata|cruz|pereza|flojera|hueva|mamera|paja) de (?:cliente|señor|señora|tipo|tipa|persona|gente|vieja|viejo)', 'que (?:tipa|tipo|vieja|viejo|señora|señor|cliente) (?:mas|tan) (?:insoportable|cansona|cansón|cansona|jarta|harta|pesada|pesado|ladilla|intensa|intenso|fastidiosa|fastidioso|latosa|latoso)',
      '(?:callese|callate) (?:y|que|la boca|ya|de una vez|por favor|usted|vos|tu|viejo|vieja|señora|señor)', 'a callar', 'no me (?:rompa|rompas|hinche|hinches|infle|infles) (?:las pelotas|los huevos|las bolas|los cojones|las narices)',
      'te (?:lo|la) buscaste', '(?:se|te) (?:lo|la) (?:tiene|tienes) bien merecido', 'gente como (?:usted|vos|tu) (?:me da (?:asco|rabia|pena|lastima|verguenza)|no merece|es la razon por la que(?! (?:hacemos|amamos|me gusta|nos gusta|vale|trabajamos|seguimos|estamos|existimos))|sobra|no deberia tener)', 'gente de su (?:calaña|especie|ralea)',
      'no (?:le|te) da (?:la cabeza|el cerebro|el coco|el mate)', 'no (?:le|te) (?:da|alcanza) (?:la cabeza|el cerebro|el coco|el mate|la neurona) (?:para|pa)', 'que poca (?:luz|cabeza|inteligencia)', '(?:brillante|genio|lumbrera|einstein|figura|crack|campeon|idolo) (?:usted|vos|tu)(?= $)',
    ],
  },
  {
    category: 'threat',
    kind: 'threat',
    label: 'amenaza',
    patterns: [
      // making the customer's life hard
      `(?<!no (?:queremos|quiero|buscamos|pretendemos|busco|pretendo|es para|se trata de) )${ES_WE1} (?:complic|amarg|arruin|destru|jod|freg|joroba|hund|cag|desgraci|envenen|hac(?:er|emos|eremos)(?:le|te)? (?:imposible|miserable|un infierno|de cuadritos|pesada|dificil|mas dificil))[a-z]* (?:la vida|la existencia|el dia a dia|la vida entera)`,
      `(?:${ES_WE1} )?(?:hacer|hacemos|haremos|hacerle|hacerte)(?:le|te)? (?:la vida|su vida|tu vida) (?:imposible|miserable|un infierno|de cuadritos|muy dificil|un calvario|una pesadilla|cuadritos|de la patada|de perros)`,
      `(?:lo|la|te|los|las) (?:vamos a|voy a|van a|podemos|puedo|vamos a tener que|nos vamos a encargar de|me voy a encargar de) (?:hundir|arruinar|destruir|joder|fregar|reventar|fundir|quebrar|funar|quemar|escrachar|balconear|exhibir|perseguir|acosar|cazar|aplastar|hacer mierda|hacer pedazos|hacer polvo)(?= $| (?:en|con|por|ante|frente|delante|hasta|si|y|señor|señora|senor|senora|de|a|usted|vos))`,
      `(?:lo|la|te|los|las) (?:${ES_AUX} )(?:encontrar|buscar|ubicar|localizar|seguir|rastrear) (?:donde sea|donde este|donde se esconda|donde te escondas|hasta debajo de las piedras|hasta el fin del mundo|como sea|a donde vaya|a donde vayas|hasta el infierno)`, 'hasta debajo de las piedras',
      '(?:se|te) (?:va|vas) a acordar de (?:mi|nosotros|esta llamada|este dia|esta empresa)', '(?:va|vas|van) a (?:saber|enterarse|enterar|conocer) (?:de )?quien soy yo', '(?:se|te) (?:va|vas) a enterar de quien soy yo', 'no (?:sabe|sabes|saben|sabés) con quien (?:esta hablando|estas hablando|habla|hablas|trata|tratas|se mete|te metes)',
      'ya veremos quien (?:rie|gana|tiene la razon|paga|llora|sale perdiendo|manda|puede mas)', 
      // veiled consequences
      '(?:at+engase|at+enganse|atente|atenete|asuma|asumira|asumiras|sufrira|sufriran|sufriras|va a sufrir|van a sufrir|vas a sufrir|pagara|pagaras|va a pagar|vas a pagar|va a tener que asumir|atenerse) (?:a )?las consecuencias',
      '(?:habra|va a haber|vendran|van a venir|tendra|vas a tener|va a tener) consecuencias(?= $| para usted| para ti| para vos| graves| muy graves| serias| muy serias| señor| señora| y)',
      '(?:despues|luego|entonces) no (?:diga|digas|digás|se queje|te quejes|llore|llores|venga|vengas) (?:que no (?:se lo|te lo|le|te|se) (?:adverti|avise|dije|advertimos|avisamos|advertí|dijimos)|llorando|a llorar)', 'no (?:diga|digas) que no (?:se lo|te lo|le|te) (?:adverti|avise|dije|advertimos|avisamos|dijimos)',
      '(?:queda|quedas|esta|estas) (?:usted |vos )?advertid[oa](?= $| señor| señora| senor| senora| eh| ya| y)', '(?:queda|quedas) (?:usted |vos )?avisad[oa](?= $| señor| señora| senor| senora| eh)', '(?:luego|despues) no se (?:queje|lamente)',
      '(?:esto|la cosa|las cosas|el asunto|todo|su situacion|tu situacion|el tema) (?:se (?:va|van|puede|pueden|podria|podrian) (?:a )?poner|se (?:pone|pondra|pondran)) (?:muy |bien |re |super |mucho mas )?(?:feo|fea|feas|feos|color de hormiga|negro|negra|cabron|cabrona|muy mal)',
      'se (?:le|te|les) (?:va|van|puede|pueden|podria) (?:a )?poner (?:muy |bien |re |todo )?(?:feo|fea|feas|feos|color de hormiga|negro|negra|cabron)', 'se (?:le|te) (?:va|vas) a caer el mundo',
      '(?:lo|la|te) (?:va|vas|van) a pasar (?:muy |bien |realmente |pero )?(?:mal|fatal|feo|muy mal)', '(?:le|te) (?:va|vas) a ir (?:fatal|de la patada|de la chingada|como en feria|peor)',
      'no (?:querra|quiere|querria|querras|quieres|querés|le conviene|te conviene|le gustaria|te gustaria|desea|deseara) (?:tener|meterse en|buscarse|ganarse|tener que ver con) (?:problemas|lios|broncas|un problema|una bronca|enemigos|un lio) con (?:nosotros|nosotras|la empresa|esta empresa|conmigo|mi gente)',
      '(?:tenernos|tenerme) (?:de|como) (?:enemigos|enemigo|enemiga)', 'no (?:le|te) conviene (?:ponerse|meterse|jugar|enfrentarse|pelear|hacerse el vivo) (?:con nosotros|conmigo)', 'por las buenas o por las malas', 'a las buenas o a las malas', 'por las malas(?= $| entonces| va a ser| sera)',
      '(?:seria|sería|es) (?:una )?(?:pena|lastima|lástima|triste|terrible|una desgracia) que (?:le|te|les|a su \\w+ le|a sus \\w+ les|a su familia le) (?:pasara|pase|pasase|ocurriera|ocurra|sucediera|suceda) algo',
      '(?:sus|tus) (?:hijos|hijas|nietos|familia|familiares|seres queridos) (?:pueden|podrian|van a|tendran que) (?:sufrir las consecuencias|pasarla mal|pagar las consecuencias|pagarlo caro)',
      'no (?:va|vas|van) a (?:tener|haber|encontrar) (?:donde|a donde|adonde) (?:esconderse|esconderte|meterse|meterte|huir|correr)', 'no (?:hay|habra) (?:donde|lugar donde) (?:esconderse|esconderte|meterse)',
      '(?:sabemos|se|conocemos|tenemos ubicado|tenemos ubicada) (?:en )?(?:que|donde|cual|a que) (?:colegio|escuela|universidad|guarderia|jardin|trabajo|empresa|oficina|calle|barrio|casa|hospital) (?:estan|esta|estudian|estudia|trabaja|trabajan|vive|viven|va|van) (?:sus|su|tus|tu)',
      '(?:vamos|voy|van|iremos|ire|vendremos|vamos a ir|van a ir|voy a ir|vamos a llegar|vamos a caer|llegamos|caemos|le caemos|le llegamos) (?:con|junto con|acompañados de|acompañado de) (?:la|una|los|un) (?:policia|patrulla|fiscalia|guardia civil|carabineros|tombos|pacos|juez|abogado|abogados|notario)(?: [a-z]+){0,2} (?:a|hasta|por) (?:su|tu|la casa|el trabajo)',
      '(?:hacer|haremos|hacemos|vamos a hacer|voy a hacer|conseguir|conseguiremos|lograr|lograremos) que (?:lo|la|te|le) (?:despidan|echen|corran|boten|saquen del trabajo|quiten el trabajo|desalojen|echen de su casa|echen de la casa|metan pres[oa])',
      'si no (?:quiere|quieres|querés) que (?:le|te|les|a su [a-z]+ le|a sus [a-z]+ les|a su familia le) (?:pase|ocurra|suceda) algo(?! (?:a (?:su|sus|tu|tus) (?:tarjeta|cuenta|clave|datos|dinero|celular|equipo|vehiculo|informacion|saldo)|parecido|igual|asi|similar)(?= ))', '(?:no (?:sabe|sabes|tiene idea|tienes idea)|ni (?:se imagina|te imaginas)) (?:de )?(?:lo que|todo lo que|de lo que) (?:somos|soy) capa(?:z|ces)', '(?:somos|soy) capa(?:z|ces) de (?:todo|cualquier cosa|lo que sea)(?= )',
      '(?:hacer(?:le|lo|la|te)? pasar) (?:una |un )?(?:verguenza|pena|bochorno|mal rato|mal momento)(?: [a-z]+){0,3} (?:delante de|frente a|ante|con) (?:su|sus|tu|tus|todo el|toda la|todos)',
      '(?:refundir(?:lo|la|te|le)?|pudrir(?:se|te)?|se va a pudrir|te vas a pudrir|se pudrira|te pudriras)(?: [a-z]+){0,2} (?:en la carcel|en la cana|en el bote|en prision|en el tambo|tras las rejas|en la penitenciaria|en el reclusorio)',
      '(?:va|vas|van) a ver lo que (?:le|te|les) (?:pasa|va a pasar|sucede|espera)', 'si (?:sabe|sabes|sabés|saben) lo que (?:le|te|les) conviene',
      'no (?:nos|me) (?:obligue|obligues|obliguen|haga|hagas|hagan) (?:a )?(?:tomar|llegar a|usar|aplicar|recurrir a) (?:otras medidas|otro tipo de medidas|medidas mas (?:fuertes|drasticas|duras)|la fuerza|otros metodos|otros medios|medidas extremas)',
      '(?:vamos a|voy a|van a|tendremos que|tenemos que|nos va a tocar) tomar (?:medidas|acciones) (?:mas )?(?:fuertes|drasticas|duras|extremas|de otro tipo|de fuerza)',
      // harm
      `${ES_WE}(?:romper|partir|quebrar|reventar|volar|madrear|tronar|rajar|desfigurar)(?:le|te)? (?:la|el) (?:madre|cara|jeta|hocico|crisma|alma|culo|trompa|geta|espinazo)`, `${ES_WE1} (?:romper|partir|quebrar|reventar|volar|madrear|tronar|rajar|desfigurar)(?:le|te)? (?:la|el|los|las) (?:boca|dientes|piernas|pierna|brazos|brazo|huesos|cabeza|mandibula|nariz|costillas)`,
      `${ES_WE}(?:dar|darle|darte|meter|meterle|meterte|pegar|pegarle|pegarte|propinar|propinarle|arrimar|arrimarle|echar|echarle)(?:le|te)? (?:una |unos |unas |un )?(?:golpiza|paliza|madriza|putiza|chinga|tunda|pela|cachetada|bofetada|trompada|piña|piñas|patada|patadas|puñalada|balazo|tiro|plomazo|cuchillada|coñazo|coñazos|vergazo|vergazos|calentada|sopapo|trancazo|chingadazo|golpes)`,
      '(?:le|te) (?:va|vas|van) a (?:pasar|suceder|ocurrir) algo(?: malo| feo| grave)? a (?:su|tu|sus|tus) [a-z]+',
      // ruin, the street, accounts
      '(?:se|te) (?:va|vas|van) a quedar (?:en la calle|sin nada|sin un peso|sin un centavo|sin techo|en la ruina|en la quiebra|pidiendo limosna|sin un quinto|en la lona|en pelotas)',
      `(?:lo|la|te|los|las) (?:${ES_AUX} )?(?:dejar|dejamos|dejaremos) (?:sin nada|sin un peso|en la ruina|en la calle|en la quiebra|sin casa|sin techo|sin trabajo|sin sueldo|en la lona|pidiendo limosna|en pelotas|sin un centavo|en la miseria)`,
      `${ES_WE}(?:quitar|sacar|embargar|rematar|llevar(?:nos)?|arrebatar)(?:le|te)? hasta (?:la|el|los|las|su|sus|tu|tus) (?:casa|camisa|calzones|ultimo peso|ultimo centavo|alma|carro|coche|cama|ropa|perro|moto|tele|nevera|refri|muebles|hijos)`,
      // harassment
      `${ES_WE1} (?:estar )?(?:llamar|llamando|escribir|escribiendo|marcar|marcando|molestar|molestando|acosar|acosando|llamarle|llamarlo|llamarla|escribirle|molestarle)(?:le|lo|la|te)? (?:todos los dias|cada hora|cada rato|a cada rato|a toda hora|dia y noche|de dia y de noche|mañana tarde y noche|sin parar|hasta que pague|hasta que pagues|a todas horas|cada cinco minutos|cada media hora|cada dia|toda la noche|todo el dia y toda la noche)(?!(?: [a-z]+){0,3} (?:para (?:darle seguimiento|informarle|recordarle|confirmar|avisarle|actualizarle)|con (?:novedades|informacion|actualizaciones)))`,
      `(?:${ES_WE1} (?:llamar|escribir|mandar mensajes?|mandar whatsapps?|mensajear|avisar|contactar|llamarles|escribirles|avisarles|contactarles|contarles|decirles)|(?:${ES_CL} )?(?:llamamos|escribimos|avisamos|contactamos|llamaremos|escribiremos|avisaremos|contactaremos|les contamos|les decimos))(?:les)? (?:a )?(?:todos |cada uno de |toda )(?:sus|tus|la|su) (?:contactos|agenda|lista de contactos|amigos|familiares|conocidos|vecinos|compañeros)`,
      `(?:${ES_WE1} (?:llamar|escribir|mensajear|avisar|contactar)|(?:${ES_CL} )?(?:llamamos|escribimos|avisamos|contactamos|llamaremos|escribiremos|avisaremos|contactaremos))(?:les)? a (?:sus|tus) contactos`,
      `(?:diciendo|diciendoles|para decirles|les decimos|les diremos|contandoles|avisando|avisandoles) que (?:usted |vos |tu )?(?:es|eres|sos) (?:un |una )?(?:ladron|ladrona|moros[oa]|estafador[a]?|tramposo|tramposa|delincuente|mentiros[oa]|ratero|ratera|deudor[a]?|sinverguenza|caradura|vag[oa])`,
      `(?:publicar|poner|subir|difundir|divulgar|anunciar|pegar|colgar)(?:les)? (?:a todos |en redes |en todas partes |en el barrio |en internet |en facebook )?que (?:usted |vos |tu )?(?:es|eres|sos) (?:un |una )?(?:moros[oa]|ladron|ladrona|estafador[a]?|tramposo|tramposa|delincuente|deudor[a]?|mentiros[oa]|ratero|ratera)`,
      `(?:lo|la|te) (?:${ES_AUX} )?(?:quemar|exhibir|escrachar|balconear|exponer|funar|ventilar|humillar|avergonzar|ridiculizar) (?:en|con|ante|frente a|delante de) (?:el|la|los|las|su|sus|tu|tus|todo el|toda la|todos sus|todos tus) (?:barrio|vecinos|vecindario|colonia|cuadra|edificio|trabajo|oficina|empresa|familia|redes|mundo|comunidad|pueblo|conjunto|compañeros|jefe|jefes)`,
      // jail, handcuffs, criminal record, deportation
      `(?:${ES_CL} )?(?:${ES_AUX} )?poner(?:le|te)? (?:las )?esposas`, '(?:va|vas|van|puede|podria) a? ?(?:terminar|salir|acabar|estar|quedar) esposad[oa]s?',
      `(?:${ES_WE1} (?:acusar|denunciar)(?:lo|la|le|te)?|(?:lo|la|le|te) (?:acusamos|denunciamos|acusaremos|denunciaremos|vamos a acusar|vamos a denunciar|voy a acusar|voy a denunciar)) (?:penalmente|por estafa|por fraude|de fraude|de estafa|por robo|de robo|ante la fiscalia|en la fiscalia|ante la policia|a la policia|con la policia|ante el ministerio publico|en el ministerio publico|por abuso de confianza|de abuso de confianza)`,
      '(?:va|vas|van|puede|podria) a? ?(?:tener|quedar con|quedarse con|cargar con|salir con) (?:antecedentes(?: penales)?|prontuario|record criminal|registro criminal|ficha policial)',
      `(?:${ES_CL} )(?:${ES_AUX} )?(?:deportar|expulsar del pais|sacar del pais|echar del pais)`, 'deportarl[oe]', 'deportarla', 'deportarte', '(?:lo|la|te) (?:van a|pueden|podrian) (?:deportar|sacar del pais|echar del pais)',
      // career, credit
      '(?:nunca|jamas) (?:mas |en la vida |en su vida )?(?:va|vas|van|podra|podras|podria|podrias|vuelva|vuelve) (?:a )?(?:conseguir|tener|encontrar|sacar|volver a tener|trabajar) (?:trabajo|empleo|chamba|pega|laburo|un trabajo|en ningun lado|en ninguna parte|en este pais|en esta ciudad)',
      `(?<!no (?:queremos|quiero) )${ES_WE1} (?:arruinar|destruir|manchar|ensuciar|hundir|quemar|joder|cagar)(?:le|te)? (?:el|su|tu) (?:nombre|buen nombre|reputacion|apellido|prestigio|futuro|negocio|matrimonio|carrera)`,
    ],
  },
  {
    category: 'threat',
    kind: 'threat_context',
    label: 'amenaza',
    patterns: [
      // visits, accounts, wages, employer: menace from a collector or under payment pressure, not a service visit
      `(?:a )?(?:su|tu|sus|tus) (?:jefe|jefa|jefes|empleador|patron|patrona|empresa|esposa|esposo|marido|mujer|familia|hijos|padres|vecinos|suegra|suegros|compañeros|gerente|pareja|novia|novio) no (?:le|les|te) (?:haria|haría|va a hacer|hace|gustaria|va a gustar|gusta) (?:ninguna |mucha |nada de |ni pizca de )?(?:gracia|gustar|feliz)?(?: (?:enterarse|saberlo|saber|que se entere|que se enteren|recibir|una llamada|la llamada|esto|eso))?`,
      `(?:estas cosas|esto|eso|todo esto|la deuda|el asunto|estos temas|esto de la deuda)(?: [a-z]+){0,3} (?:llegan|llega|acaba llegando|acaban llegando|termina llegando|terminan llegando|puede llegar|pueden llegar|va a llegar|van a llegar|se sabe|se saben|se entera) (?:a|en) (?:la empresa|su empresa|tu empresa|su trabajo|tu trabajo|tu laburo|oidos de|los oidos de|su jefe|tu jefe|sus jefes|recursos humanos|su familia|tu familia|sus vecinos|el barrio|la oficina)`,
      `(?:yo |nosotros )?(?:le |te |les )?(?:llamo|hablo|aviso|escribo|llamamos|hablamos|avisamos|escribimos|llamaria|llamariamos|hablaria|hablariamos) (?:a|al|con|donde) (?:tu|su|sus|tus|la|el|los) (?:jefe|jefa|jefes|patron|patrona|recursos humanos|rrhh|familia|familiares|vieja|viejo|mujer|marido|esposa|esposo|vecinos|suegra|suegros|compañeros|gerente|empleador|referencias)`,
      `(?:yo |nosotros )?(?:le |te |les )?(?:llamo|hablo|aviso|escribo|voy|caigo|paso|me presento|me aparezco|llamamos|hablamos|avisamos|escribimos|vamos|caemos|pasamos|nos presentamos) (?:a|al|con|donde|hasta|en) (?:tu|su|la|el) (?:laburo|trabajo|chamba|pega|jale|empresa|oficina|negocio)(?: [a-z]+){0,4} (?:y (?:hablo|hablamos|le cuento|les cuento|le contamos|les contamos|aviso|avisamos|pregunto|preguntamos)|a ver (?:que|si)|para que|con recursos humanos|con (?:tu|su) jefe|con rrhh)`,
      '(?:si|cuando) (?:sigue|sigues|seguís|continua|continuas|vuelve a|vuelves a) (?:llamando|gritando|molestando|insultando|quejandose|quejandote|reclamando|llamar|gritar|molestar|insultar)(?: [a-zñ]+){0,5} (?:le|te|lo|la) (?:voy a|vamos a) (?:bloquear|cancelar|cerrar|suspender|reportar|denunciar|cortar|congelar|boletinar|dar de baja)',
      '(?:le|te|les) (?:cae|caen|caera|caeran|va a caer|van a caer|caemos|vamos a caer|aparece|aparecen|va a aparecer|van a aparecer|aparecemos)(?: [a-z]+){0,4} (?:a|en|por|hasta) (?:su|tu|la|el) (?:casa|trabajo|oficina|negocio|domicilio|chamba|laburo|pega|puerta|jale|chambita)',
      `(?:${ES_AUX}|vamos|iremos|ire|voy) (?:a )?(?:tocar|tocarle|golpear|golpearle|tocarte|tocarles|tumbar|tumbarle|derribar) (?:la|su|tu) puerta`,
      `(?:${ES_AUX} )?(?:estar|quedarnos|pararnos|plantarnos|estacionarnos) (?:afuera|fuera|enfrente|frente|afuerita|parados|esperando|esperandolo|esperandola|esperandote|apostados|vigilando) (?:de|a|en) (?:su|tu|la) (?:casa|trabajo|oficina|puerta|negocio|domicilio|edificio)`,
      '(?:lo|la|te) (?:esperamos|vamos a esperar|estaremos esperando|voy a esperar|espero|estamos esperando|van a esperar|esperaremos) (?:a la salida|afuera|fuera|en la esquina)(?: (?:de|del) (?:su |tu |la |el )?(?:trabajo|casa|oficina|colegio|escuela|edificio))?',
      `(?:su|tu|sus|tus) (?:jefe|jefa|jefes|empleador|patron|patrona|empresa|esposa|esposo|marido|mujer|familia|hijos|padres|mama|papa|vecinos|suegra|suegros|compañeros|gerente|recursos humanos|pareja|novia|novio) (?:va|van|puede|pueden|podria|podrian) (?:a )?(?:recibir|tener|llevarse) (?:una |la |nuestra |unas |un |nuestras )?(?:llamada|llamadas|visita|visitas|carta|cartas|mensaje|mensajes|noticia|noticias|sorpresa|sorpresita)`,
      '(?:le|te|les) (?:va|van|vas) a pesar', '(?:le|te|les) (?:pesara|pesaran)', 'si no (?:paga|pagas|pagás|cancela|abona)(?: [a-z]+){0,3} (?:ya )?(?:va|vas|van) a ver(?= )', 'ya (?:va|vas) a ver(?= $)',
      '(?:no pagar|el no pagar|si no paga|si no pagas|si no pagás)(?: [a-z]+){0,2} (?:le|te|les) (?:va|van) a salir (?:muy |bien )?caro', '(?:le|te|les) (?:va|van) a salir (?:muy |bien )?caro (?:no pagar|el no pagar|si no paga|si no pagas)',
      'por (?:su|tu) (?:propio )?bien(?: [a-z]+){0,4} (?:pague|pagar|paga|pagues|pongase al dia|cancele)', '(?:pague|pagar|paga|pagues|cancele)(?: [a-z]+){0,4} por (?:su|tu) (?:propio )?bien', 'piense (?:bien )?en (?:su|sus) (?:familia|hijos|esposa|esposo|trabajo|reputacion|futuro)(?: [a-z]+){0,3} (?:antes de no pagar|si no paga|y pague|y mejor pague|no pagar)', '(?:pruebenos|pruebeme|pruebanos|pruebame|probanos|probame)(?= $| nomas| a ver| si se atreve| si quiere)',
      '(?:le|te) (?:puede|podria|va a|van a) costar (?:el|su|tu|la) (?:trabajo|empleo|puesto|casa|carro|familia|matrimonio|libertad|chamba|pega|laburo)',
      '(?:la proxima|la siguiente|esta|otra|la otra) (?:llamada|visita|carta) (?:la |se la )?(?:va a recibir|recibira|va a ser para|sera para|hacemos a|va para|le va a llegar a) (?:su|tu) (?:jefe|jefa|esposa|esposo|marido|mujer|familia|hijos|hija|hijo|mama|papa|madre|padre|vecinos|empresa|trabajo|suegra|pareja|novia|novio|recursos humanos)',
      '(?:va|vas|van|puede|podria|podrias|puedes) (?:a )?perder (?:el|su|tu|la|sus|tus) (?:trabajo|empleo|puesto|chamba|pega|laburo|casa|carro|auto|coche|moto|negocio|familia|hijos|libertad|casita|vivienda|departamento|apartamento)',
      `(?<!para )(?:${ES_WE1} (?:vaci|limpi|congel)[a-z]*|(?:${ES_CL} )?(?:vaciamos|limpiamos|congelamos|vaciaremos|congelaremos)) (?:la|las|su|sus|tu|tus|todas (?:las|sus)) (?:cuentas?|ahorros|tarjetas)(?! (?:por seguridad|para (?:proteger|protegerl|su seguridad|evitar)|preventivamente|mientras|temporalmente|por precaucion|por fraude|por el fraude|hasta que (?:confirme|verifique|llegue la nueva)))`,
      `(?:${ES_AUX} )?(?:mandar|mandarle|enviar|enviarle|mandamos|enviamos|mandaremos|enviaremos) (?:a )?(?:los|unos|nuestros|a los|la gente de|los de) (?:cobradores|gestores de cobro|muchachos|de cobranza|de campo|abogados|matones|gorilas)(?: (?:a|hasta|para) (?:su|tu|la) (?:casa|trabajo|oficina|negocio|domicilio))?`,
      'los de (?:cobranza|cobranzas|cobros|campo|recuperacion|la oficina|la empresa) (?:le|te|lo|la)? ?(?:van a|vamos a|van a ir a)? ?(?:caer|visitar|buscar|caen|visitan|buscan|tocar)', '(?:ultima|última) (?:advertencia|oportunidad|vez que se lo digo|vez que le aviso)(?= $| señor| señora| senor| senora| eh| o| y|,)',
    ],
  },
  {
    category: 'threat',
    kind: 'threat',
    label: 'amenaza',
    lawful: true,
    patterns: [
      `(?:${ES_CL} )(?:${ES_AUX} )?(?:poner|meter|reportar|mandar|subir|anotar|registrar|boletinar)(?:lo|la|le|te)? (?:en|a) (?:todas las|todos los|cada una de las|cada uno de los) (?:listas negras|listas|centrales|centrales de riesgo|bases de datos|buros|burós|registros)`,
      '(?:lo|la|te) (?:vamos a|voy a|van a) (?:quemar|fichar|manchar) (?:en|con|ante) (?:todos los bancos|todas las entidades|todo el sistema financiero|todas partes|todos lados)',
    ],
  },
  {
    category: 'threat',
    kind: 'threat_fixed',
    label: 'amenaza',
    patterns: [
      'no (?:lo|la|le|te|los|las) (?:vamos a|voy a|van a|pensamos|piensan) dejar de (?:llamar|molestar|buscar|escribir|perseguir|visitar)', 'no (?:vamos a|voy a|van a) (?:parar|descansar|dejar de llamar) hasta que (?:pague|pagues|nos pague|me pague|salde|cancele)',
      'no (?:le|te) (?:vamos a|voy a|van a) dejar (?:en paz|tranquil[oa]|vivir|respirar|dormir|ni respirar)',
    ],
  },
  {
    category: 'discriminatory',
    kind: 'plain',
    label: 'discriminatorio',
    patterns: [
      // accent, language
      '(?:su|tu) (?:español|espanol|castellano|acento|forma de hablar|manera de hablar|modo de hablar|pronunciacion|gramatica|tonito|dejo) (?:es|esta|suena|da)(?: muy| bien| re| tan| demasiado| super| de verdad| francamente| realmente)* (?:terrible|horrible|pesim[oa]|fatal|malisim[oa]|mal[oa]?|espantos[oa]|rar[oa]|ridicul[oa]|incomprensible|lamentable|vergonzos[oa]|de (?:campo|pueblo|indio|india|rancho|selva|burro|monte|cerro|serrano|cholo|naco)|risa|pena|asco)',
      '(?:ese|su|tu|con ese|con su|con tu) (?:acento|tonito|dejo|hablado)(?: de)? (?:de )?(?:indio|india|campesino|ranchero|serrano|cholo|naco|pueblo|rancho|monte|cerro|sudaca|veneco)',
      '(?:se (?:nota|ve|oye|escucha) que|seguro que) (?:usted |vos |tu )?(?:es usted|eres tu|sos vos|es|eres|sos) (?:extranjer[oa]|de afuera|de fuera|inmigrante|venezolan[oa]|colombian[oa]|peruan[oa]|bolivian[oa]|haitian[oa]|dominican[oa]|paraguay[oa]|cuban[oa]|sudaca|veneco|indi[oa]|del campo|del pueblo|del cerro|de provincia|provincian[oa]|de la sierra|serran[oa]|indigena|pobre|de barrio|de villa|de la villa|de rancho)',
      // nationality, race, region as a group
      'ustedes (?:los|las) (?:sudacas|venecos|cholos|nacos|indios|negros|maricones|indiada|negrada)(?= )',
      '(?:los|las|todos los|todas las) (?:venezolanos|venezolanas|colombianos|peruanos|bolivianos|haitianos|dominicanos|paraguayos|ecuatorianos|cubanos|nicaraguenses|hondureños|mexicanos|argentinos|chilenos|gitanos|moros|negros|indios|indigenas|cholos|serranos|costeños|extranjeros|inmigrantes|sudacas|venecos|chinos|judios|musulmanes|arabes|gallegos|paisas|chilangos) (?:siempre (?:igual|lo mismo|con lo mismo|con excusas|mienten|roban|se quejan|quieren todo gratis)|nunca (?:pagan|entienden|saben)|son todos|son todas|todos son|son unos|son unas|son (?:insoportables|flojos|vagos|ladrones|sucios|brutos|ignorantes|tontos|lentos|mentirosos|tramposos|cochinos|borrachos|delincuentes|maleducados|groseros|pesados|salvajes|animales|inferiores)|no pagan|no saben|no entienden|roban|son iguales|son asi|son ladrones|son flojos|son vagos|vienen a quitar|vienen a robar|vienen a aprovecharse)',
      'como (?:todos los|todas las|todo|toda) (?:venezolan|colombian|peruan|bolivian|haitian|dominican|paraguay|ecuatorian|cuban|mexican|argentin|chilen|gitan|mor|negr|indi|chol|serran|extranjer|inmigrant|sudac|venec)[a-z]*(?= no (?:paga|pagan|entiende|entienden|sabe|saben)| nunca| siempre igual| $)',
      '(?:tipico|tipica|tenia que ser|clasico|clasica) de (?:ustedes|ustedes los|ustedes las|los|las|un|una) (?:extranjer[oa]s?|inmigrantes?|venezolan[oa]s?|colombian[oa]s?|peruan[oa]s?|bolivian[oa]s?|haitian[oa]s?|dominican[oa]s?|sudacas?|venecos?|gitan[oa]s?|mor[oa]s?|negr[oa]s?|indi[oa]s?|chol[oa]s?|mujer(?:es)?|viej[oa]s?|latinos?|gallegos?|indigenas?|serran[oa]s?|costeñ[oa]s?|provincian[oa]s?)',
      '(?:vuelvase|regresese|regresate|volvete|largate|larguese|vayase|andate|devuelvase|vayanse|vete) (?:a|para) (?:venezuela|colombia|peru|bolivia|haiti|paraguay|ecuador|cuba|nicaragua|honduras|mexico|marruecos|africa|china|su pueblo|tu pueblo|su rancho|tu rancho|su tierra|tu tierra|la selva|el monte|el cerro|la sierra|su cerro|su choza|la villa|su villa|la favela)(?= $| de una vez| mejor| entonces| y no| si no le gusta| si no te gusta)',
      '(?:indi[oa]|negr[oa]|chol[oa]|nac[oa]|prieto|prieta|sudaca|veneco|veneca|gitan[oa]|mor[oa]|serran[oa]|cabecita) (?:tenia|tenias|habia|habias) que ser', 'pinche (?:indio|india|negro|negra|naco|naca|prieto|prieta|cholo|chola|gringo|veneco|gachupin|sudaca)',
      '(?:ese|su|tu) nombre (?:raro |extraño |feo )?de (?:indio|india|negro|negra|extranjero|moro|gitano|pueblo|rancho|campo)', '(?:que|ese|su|tu) (?:nombre|apellido) (?:tan |mas )?(?:raro|feo|ridiculo|indio|de indio)(?= $| tiene| que| señor| señora| usted)',
      '(?:gente|la gente) (?:como usted |como vos |como tu )?(?:del campo|de pueblo|de rancho|de la sierra|de los cerros|de la villa|del cerro|del monte|de barrio bajo|de provincia)(?= no (?:entiende|sabe|paga)| siempre| nunca| es asi| son asi| es lo que)',
      'ustedes (?:los|las) (?:del campo|de pueblo|de la villa|de rancho|de los cerros|de la sierra) (?:no|nunca|siempre|son asi|son todos)',
      // gender
      '(?:ustedes )?(?:las mujeres|las señoras|las viejas|las minas|las chicas|las muchachas)(?: como usted)? (?:no|nunca|siempre)(?: (?:se|le|les|lo|la))? (?:saben|entienden|manejan|sirven|pagan|piensan|razonan|cachan|captan|enteran|deberian|deben|pueden)(?: [a-z]+)? (?:de |con )?(?:numeros|plata|dinero|finanzas|cuentas|tecnologia|estas cosas|nada|negocios|bancos|carros|autos|tarjetas|manejar)',
      '(?:pasele|paseme|paseme a|comuniqueme con|ponga a|pongame a|paseme con|deje que hable|que hable|que me llame) (?:a )?(?:su|tu) (?:marido|esposo|hombre|papa|hijo|novio)(?: [a-z]+){0,3} (?:que|porque|el si|el) (?:si )?(?:entiende|entienda|sabe|sabra|sepa|va a entender)',
      'cosas de (?:mujeres|viejas|señoras)(?= $| que| no)',
      '(?:ustedes (?:los|las)|la gente|los|las|gente como usted) que (?:no )?(?:hablan|habla|saben|entienden|vienen|son|tienen|llegan)(?: [a-zñ]+){0,3} (?:siempre (?:complican|lo complican|dan problemas|llegan|quieren|se quejan|igual|lo mismo)|nunca (?:entienden|saben|pagan)|todo lo complican|complican todo|son un problema|dan problemas|no deberian)', '(?:usted|vos|tu) como (?:mujer|señora|vieja|anciana|extranjer[oa]|inmigrante|indi[oa]) no (?:entiende|sabe|puede|entendes|sabes|entiendes)', '(?:venga|hable|llame|me pase|pase|pasen|ponga|que venga|que hable) (?:a )?un (?:hombre|varon)(?= )',
      '(?:la gente mayor|las personas mayores|los viejos|las viejas|los viejitos|los abuelos|los ancianos|los jubilados|la gente de su edad|la gente vieja)(?: [a-zñ]+){0,3} (?:no deberia|no deberian|no tendria que|no tendrian que|ya no deberia|ya no deberian)',
      '(?:ya )?(?:esta|estas) (?:muy |bien |re |demasiado )?(?:viejit[oa]|viej[oa]|ancian[oa]|mayor|chochit[oa]) (?:para|pa)(?: [a-z]+){0,3} (?:abuel[oa]|viejit[oa]|doña|don|señora|señor|tata|nona|abue|mija|mijo)(?= )',
      // age
      '(?:usted (?:ya )?(?:esta|es)|(?:esta|es) usted|ya (?:esta|es) usted|vos (?:ya )?(?:estas|sos)|tu (?:ya )?(?:estas|eres)|ya estas|ya sos|ya eres) (?:muy |demasiado |bien |re |tan )?(?:viej[oa]|mayor|ancian[oa]|veterano|veterana|vejestorio|carcamal|momia|fosil) (?:para|pa) (?:esto|entender|estas cosas|manejar|usar|aprender|saber|hacer|el celular|la computadora|la app|la tecnologia|internet)',
      '(?:abuel[oa]|viejit[oa]|viej[oa]|tata|nona|nono|cucho|cucha|ruco|ruca)(?: [a-z]+){0,2} (?:ya no entiende|usted ya no entiende|no entiende nada|ya chochea|ya esta chocho|ya esta chocha|ya no se entera|ya no sabe nada|ya no puede ni)',
      '(?:a su edad|a sus años|a tu edad|a tus años)(?: [a-z]+){0,3} (?:deberia|debería|tendria|ya deberia) (?:estar|quedarse|irse|vivir) (?:en (?:un|el) (?:asilo|geriatrico|residencia|hogar de ancianos|ancianato)|en casa|tranquil[oa]|sin (?:tarjeta|celular|credito))',
      '(?:chochea|chochear|chocheando|chochean|esta chocho|esta chocha|ya chochea|vieja chocha|viejo chocho|viejo verde|vieja loca|viejo loco|vejestorio|carcamal)',
      // disability, sexuality
      '(?:es|eres|sos|es usted|usted es|parece|pareces) (?:un |una )?(?:retrasad[oa]|mongolic[oa]|mogolic[oa]|mongol[oa]|subnormal|deficiente mental|tarad[oa] mental)(?= $| o que| o no| señor| señora| senor| senora| verdad| acaso| usted)', '(?:es|eres|sos|esta|estas|es usted|usted es) (?:autista|discapacitad[oa]|sord[oa]|ciego|ciega|enferm[oa] mental) o que',
      'parece (?:autista|retrasad[oa]|mongolic[oa]|down|sord[oa]|ciego|ciega)', '(?:ni que fuera|como si fuera|como) (?:autista|retrasad[oa]|mongolic[oa]|down|subnormal)',
      '(?:no (?:sea|seas)|que|eres|sos|es usted|usted es|es un|eres un|sos un|que tan|tan|bien|muy|pinche|pedazo de) (?:maricon|marica|maricona|joto|puto|puta|tortillera|bollera|maraco|fleto|trolo|trola|mariposon|mariquita|afeminado|machorra|marimacha)',
      'trolos?', 'mariposon(?:es)?', 'machorras?', 'marimachas?',
    ],
  },
  ...ES_BELITTLING,
];

export const GRAMMAR_PATTERNS: Record<AnalysisLanguage, PatternSet[]> = { en, es };

// "you'll" / "you ll" (see prohibitedLanguage.ts)
const CONTRACTED_YOU = /\byou (?=\(\?:|ll\b|re\b|d\b|ve\b)/g;
for (const set of GRAMMAR_PATTERNS.en) set.patterns = set.patterns.map((p) => p.replace(CONTRACTED_YOU, 'you ?'));
