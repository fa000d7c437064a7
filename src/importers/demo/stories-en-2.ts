// Demo archive, English edition: interviews, opinion, analysis and culture.

import { a, h2, list, q, quote, storiesOf } from './build.js';
import type { DemoStory } from './demo-story.js';
import { DEMO_RUBRICS } from './rubrics.js';

const R = DEMO_RUBRICS.en;
const VARGA = 'Helena Varga';
const WHITCOMBE = 'Alan Whitcombe';

export const STORIES_EN_2: DemoStory[] = storiesOf('en', [
  {
    key: 'en-varga-middle-corridor-interview',
    group: 'varga-interview',
    type: 'interview',
    rubric: R.transport,
    title: 'Helena Varga: Trans-Caspian freight can double by 2030 if ports move faster',
    lead: 'Cargo crossing the Caspian Sea on the Middle Corridor could double by the end of the decade, but only if ports and customs on both shores work as one chain, Helena Varga, director of the Danube–Caspian Logistics Institute, said in an interview.',
    tags: ['Middle Corridor', 'Transport', 'Caspian Sea'],
    author: 'Emma Collins',
    ageHours: 21,
    body: [
      'Varga, whose institute tracks container flows between China and Europe, visited Baku this week for a regional transport conference. She spoke about the bottlenecks on the route, the role of **digital paperwork** and what shippers expect next year.',
      q('How would you describe the state of the Middle Corridor today?'),
      a(
        VARGA,
        'It has grown up very quickly. Three years ago many forwarders saw it as an emergency route; now it is part of their regular planning. Volumes through the Caspian ports rise every year, and the container trains arriving in Baku {(from Kazakhstan and China - ed.)} are counted in hundreds, not dozens.',
        'But growth has exposed the weak links. A container can cross Kazakhstan in four days and then wait five days for a ferry. That is the gap we need to close.',
      ),
      q('Where exactly is the bottleneck?'),
      a(
        VARGA,
        'Mostly at sea and at the border. There are not enough ferries and feeder vessels, and when the water is low the ships cannot be fully loaded {(the level of the Caspian has been falling for several years - ed.)}. Then there are the documents: a shipment still passes through several separate customs systems.',
        'The solution is not one big project but many small ones: a shared ferry timetable, a _single electronic consignment note_, and berths kept free for the trains that are on their way.',
      ),
      q('Is doubling the volumes by 2030 realistic?'),
      a(
        VARGA,
        'Yes, if investment in ships keeps pace with investment in railways. The expansion of the port at Alat {(near Baku - ed.)} is a good example of planning ahead. What worries shippers is predictability: they will pay a little more for a route that always takes fourteen days rather than one that takes ten days one month and twenty-five the next.',
      ),
      q('What will decide whether companies stay on the route?'),
      a(
        VARGA,
        'Trust. A shipper who loses a week once will try again; one who loses it three times will not. That is why I tell governments along the corridor that a published, honest transit time is worth more than any discount.',
      ),
    ],
  },
  {
    key: 'en-caspian-shallowing-analysis',
    group: 'caspian-analysis',
    type: 'analysis',
    rubric: R.transport,
    title: 'Shallow water: what the falling Caspian means for ports, ferries and fishermen',
    lead: 'The level of the Caspian Sea has dropped by about a metre and a half since the mid-2000s. Ports are dredging, ferries sail lighter and coastal towns watch the shoreline retreat.',
    tags: ['Caspian Sea', 'Climate', 'Transport'],
    author: 'Kamran Jafarov',
    ageHours: 97,
    body: [
      'For a sea with no outlet to the ocean, the level depends on a simple balance: what the rivers bring in, above all the Volga, minus what evaporates from the surface. Hotter summers and lower river flow have tipped that balance, and scientists expect the decline to continue, although estimates of its speed vary widely.',
      h2('Ports: dredging becomes routine'),
      'Shallower approach channels are the most immediate problem for shipping. A ferry that once carried 50 rail wagons may now take only 40 in the northern ports, where the sea is shallowest. Port operators on both shores have added dredging to their annual budgets, and new berths are being designed for lower water.',
      quote(
        'Ten centimetres of water sounds like nothing until you convert it into the tonnes of cargo a ship can no longer carry.',
        'Rauf Asgarov, hydrographer at the Caspian Marine Research Centre',
      ),
      h2('Fisheries and the coast'),
      'The shallow northern shelf is also the main feeding ground for sturgeon and sprat. Researchers warn that warmer, shallower water holds less oxygen and that spawning grounds near river mouths are shrinking. On the Absheron coast the change is easier to see than to measure: beaches are wider, and some piers no longer reach the water.',
      'What can be done, according to the specialists interviewed for this article:',
      list([
        'a joint monitoring network of all five Caspian states, with open data;',
        'port designs that assume a further fall of one to two metres;',
        'agreements on water use in the Volga and Kura basins;',
        'support for fishing communities moving to aquaculture.',
      ]),
      'Forecasts and observations are collected in the [regional sea-level bulletin](https://example.org/caspian/sea-level-bulletin), which is updated every quarter.',
    ],
  },
  {
    key: 'en-baku-shade-opinion',
    group: 'shade-opinion',
    type: 'opinion',
    rubric: R.society,
    title: 'Baku needs shade before it needs more parking',
    lead: 'Every summer the city gets hotter, and every summer we answer with air conditioners and wider roads. Trees, awnings and water would do more for less.',
    tags: ['Baku', 'Climate', 'Urban planning'],
    author: 'Farid Nasirov',
    ageHours: 203,
    body: [
      'Walk from a metro station to almost any office in central Baku at two o’clock on a July afternoon and you will understand the problem without a single statistic. The pavement radiates heat, the bus stops have no roofs, and the only shade belongs to parked cars.',
      'Yet the statistics are clear too. The surface of an open asphalt car park can be **20 degrees hotter** than the ground under a mature tree a few metres away. Heat is not only a matter of comfort: doctors see it in emergency rooms, above all among older people and those who work outdoors.',
      h2('Cheap things that work'),
      'Other hot cities have shown that the answer is not one grand project but hundreds of small decisions:',
      list([
        'plant trees along every new or rebuilt street, and water them for the first three years;',
        'require shade at every bus stop and school gate;',
        'turn some surface car parks into squares with fountains and drinking taps;',
        'use light-coloured materials for roofs and pavements.',
      ]),
      'None of this is expensive next to a single road interchange. What it needs is a rule that shade is part of a street, just as kerbs and lighting are.',
      quote(
        'A city is comfortable when you can walk across it in August without planning your route around shadows.',
        'Nargiz Huseynli, urban planner',
      ),
      '_The author is an architect who writes about cities. The views expressed are his own._',
    ],
  },
  {
    key: 'en-northbridge-rector-interview',
    type: 'interview',
    rubric: R.society,
    title: 'Northbridge rector: Our Baku campus will start with engineers, not economists',
    lead: 'Northbridge University plans to admit its first 300 students in Baku next autumn. Its rector, Professor Alan Whitcombe, explained why the campus will begin with engineering and how its degrees will be recognised.',
    tags: ['Education', 'Baku'],
    author: 'Emma Collins',
    ageHours: 250,
    body: [
      'The university signed an agreement with its local partner last month and is refurbishing a building in the Khatai district for the campus. The admission rules are published on the [university’s website](https://example.org/northbridge/baku-admissions).',
      q('Why Baku, and why now?'),
      a(
        WHITCOMBE,
        'Because the demand is here. Every year thousands of young people from the region go abroad to study engineering, and many of them do not come back. We want to offer the same degree {(a British-accredited bachelor’s - ed.)} without the need to leave home.',
      ),
      q('Why start with engineering?'),
      a(
        WHITCOMBE,
        'Because the economy needs it most. The energy transition, data centres, railways: all of them are short of engineers. We will open two programmes first, electrical and civil engineering. Computer science will follow a year later.',
      ),
      q('Will the degree be the same as at home?'),
      a(
        WHITCOMBE,
        'Exactly the same. Students follow the same curriculum and sit the same exams, marked by the same examiners. About a third of the teaching staff will come from the main campus {(in the United Kingdom - ed.)}; the rest will be hired locally and trained by us.',
      ),
      q('How much will it cost?'),
      a(
        WHITCOMBE,
        'Tuition will be roughly half of what an international student pays at the main campus. We will also offer **30 full scholarships** every year, and half of them are reserved for students from outside Baku.',
      ),
    ],
  },
  {
    key: 'en-lankaran-short-film-festival',
    type: 'news',
    rubric: R.culture,
    title: 'Lankaran short-film festival names its winners',
    lead: 'A documentary about tea pickers in the hills around Lankaran has won the main prize at the town’s third short-film festival.',
    tags: ['Cinema', 'Lankaran'],
    author: 'Emma Collins',
    ageHours: 380,
    body: [
      'The 18-minute film _Second Harvest_ follows three women through one season on a family tea plantation. The jury praised its “patience and respect for the people on screen”.',
      'More than 70 films from 14 countries were shown over five days. The other awards went to:',
      list([
        'best fiction: _The Ferry at Dawn_ (Georgia);',
        'best animation: _Salt and Honey_ (Azerbaijan);',
        'audience award: _Grandfather’s Radio_ (Kazakhstan).',
      ]),
      'The organisers said next year’s festival would add a section for films shot on mobile phones. The full list of winners is on the [festival’s website](https://example.org/lankaran-shorts/winners).',
    ],
  },
]);
