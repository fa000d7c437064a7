// Demo archive, English edition: short stories in topical clusters (Caspian freight, the budget, renewables, chess, judo, Baku's transport, farming, cinema, universities), so related stories have something to find.

import { storiesOf, type DemoDraft } from './build.js';
import type { DemoStory } from './demo-story.js';
import { DEMO_RUBRICS, type DemoRubric } from './rubrics.js';

const R = DEMO_RUBRICS.en;
const WRITERS = ['Emma Collins', 'Kamran Jafarov', 'Sabina Rahimova', 'Farid Nasirov'];

/** A short news story: key, rubric, headline, lead, tags, age in hours and its paragraphs. */
function brief(
  key: string,
  rubric: DemoRubric,
  title: string,
  lead: string,
  tags: string[],
  ageHours: number,
  body: string[],
): DemoDraft {
  const writer = WRITERS[key.length % WRITERS.length]!;
  return {
    key,
    type: 'news',
    rubric: R[rubric],
    title,
    lead,
    tags,
    author: writer,
    ageHours,
    body,
  };
}

export const STORIES_EN_TOPICS: DemoStory[] = storiesOf('en', [
  // Caspian freight and the Middle Corridor (with the Varga interview, the shallowing analysis and Kuryk).
  brief(
    'en-alat-container-volumes',
    'transport',
    'Alat port container volumes up a quarter as Middle Corridor cargo grows',
    'The Baku International Sea Trade Port at Alat handled 61,000 containers in ten months, 24% more than a year earlier, as more freight between China and Europe crossed the Caspian.',
    ['Middle Corridor', 'Caspian Sea', 'Ports'],
    30,
    [
      'Most of the growth came from container trains arriving from Kazakhstan by ferry and leaving Alat by rail for Georgian ports on the Black Sea.',
      'The port said its second berth for ferries would be ready next spring, cutting waiting times for vessels that now queue for up to two days in the busiest weeks.',
    ],
  ),
  brief(
    'en-caspian-ferry-fleet-order',
    'transport',
    'Caspian shipping company orders four new ferries for the Kuryk and Aktau lines',
    'Azerbaijan’s Caspian shipping company has ordered four rail ferries for its crossings to the Kazakh ports of Kuryk and Aktau, to carry more Middle Corridor freight.',
    ['Caspian Sea', 'Middle Corridor', 'Ferries'],
    52,
    [
      'Each ferry will carry 56 rail wagons and is designed for the shallower water now found at the Caspian ports, with a draught of no more than 4.2 metres.',
      'The first vessel is due in two years. Freight forwarders say the lack of ferries, not of trains, is what slows cargo between Central Asia and the Caucasus.',
    ],
  ),
  brief(
    'en-trans-caspian-tariff-talks',
    'transport',
    'Railways of three countries agree a single tariff for trans-Caspian freight',
    'The railways of Azerbaijan, Georgia and Kazakhstan have agreed a single through tariff for containers crossing the Caspian, a long-standing demand of freight forwarders on the Middle Corridor.',
    ['Middle Corridor', 'Kazakhstan', 'Railways'],
    75,
    [
      'Until now shippers paid separately for each railway, the ferry and each port, and the price of a crossing could change several times a year.',
      'The new tariff, to be published each January, covers the whole journey from the Kazakh border to the Black Sea ports and includes the ferry across the Caspian.',
    ],
  ),

  // The 2026 budget and the oil price (with the Azeri Light story and the committee's vote).
  brief(
    'en-budget-2026-first-reading',
    'economy',
    'Parliament passes 2026 state budget in first reading',
    'Members of parliament have approved the draft state budget for 2026 in the first reading, with revenues forecast at 37.8 billion manat and a deficit of 3.4 billion.',
    ['Budget 2026', 'Parliament'],
    20,
    [
      'The finance minister told deputies that the budget assumes an oil price of $65 a barrel and that transfers from the oil fund would fall for the third year in a row.',
      'The second reading, at which deputies may amend spending lines, is planned for next week.',
    ],
  ),
  brief(
    'en-oil-fund-transfer-2026',
    'economy',
    'Oil fund transfer to the 2026 budget to fall by 1.2 billion manat',
    'The state oil fund will transfer 11.4 billion manat to the 2026 state budget, 1.2 billion less than this year, according to the fund’s draft budget sent to parliament.',
    ['Budget 2026', 'Oil fund', 'Oil prices'],
    44,
    [
      'The fund’s revenues depend on the price of oil: at $65 a barrel, the price the state budget assumes, it expects to earn 13.9 billion manat from the sale of the state’s share of crude.',
      'Economists say a smaller transfer means the budget leans more on taxes and customs duties than on oil revenues.',
    ],
  ),
  brief(
    'en-budget-2026-deficit-economists',
    'economy',
    'Economists question oil price assumption in the 2026 budget',
    'Independent economists say the $65 a barrel oil price behind the 2026 state budget is cautious but leaves the deficit exposed if Brent falls further.',
    ['Budget 2026', 'Oil prices'],
    66,
    [
      'Every dollar off the average oil price costs the budget about 150 million manat in revenue, one economist estimated at a round table in Baku.',
      'They urged the government to publish a plan for covering the deficit with borrowing and the oil fund if prices fall below the budget’s assumption.',
    ],
  ),
  brief(
    'en-brent-weekly-loss',
    'energy',
    'Brent heads for a weekly loss; Azeri Light below $69',
    'Brent crude was on course for its second weekly loss on Friday, and Azeri Light, Azerbaijan’s export blend, traded below $69 a barrel.',
    ['Oil prices', 'Azeri Light'],
    98,
    [
      'Traders pointed to rising inventories in the United States and to weaker demand for fuel in Asia. Azeri Light usually trades a few dollars above Brent.',
      'The price matters for the 2026 state budget, which assumes an average oil price of $65 a barrel.',
    ],
  ),

  // Renewable energy (with the Bilasuvar solar plant).
  brief(
    'en-khizi-wind-farm',
    'energy',
    'Construction of 240 MW wind farm in Khizi reaches halfway mark',
    'The wind farm being built in the Khizi and Absheron districts is half complete, its developer said, with 24 of 48 turbines standing and the first power due next summer.',
    ['Renewable energy', 'Wind power'],
    36,
    [
      'Once running, the 240-megawatt farm is expected to produce about a billion kilowatt-hours of electricity a year and save 220 million cubic metres of gas burned at power stations.',
      'The turbine blades, each 80 metres long, were brought by sea to the port of Alat and taken to the site by night.',
    ],
  ),
  brief(
    'en-rooftop-solar-rules',
    'energy',
    'New rules let households sell rooftop solar power to the grid',
    'Households and small businesses with rooftop solar panels will be able to sell surplus electricity to the grid from next year under rules approved by the energy regulator.',
    ['Renewable energy', 'Electricity', 'Solar power'],
    58,
    [
      'Panels of up to 150 kilowatts qualify. The distribution company will pay the wholesale price for every kilowatt-hour fed into the grid and net it off against the household’s bill.',
      'The regulator expects several thousand rooftop solar systems to be connected in the first two years, mostly in sunny southern districts.',
    ],
  ),
  brief(
    'en-green-energy-corridor-cable',
    'energy',
    'Black Sea cable for green electricity moves to design stage',
    'Azerbaijan, Georgia, Romania and Hungary have approved the design stage of an undersea cable to carry electricity from Caspian wind and solar plants to Europe.',
    ['Renewable energy', 'Electricity', 'Green energy corridor'],
    88,
    [
      'The cable of about 1,100 kilometres across the Black Sea would carry up to 1,000 megawatts of renewable power, much of it from offshore wind farms planned in the Caspian.',
      'A feasibility study found the project viable; the design stage is to take 18 months.',
    ],
  ),
  brief(
    'en-solar-plant-nakhchivan',
    'energy',
    'Tender opens for 100 MW solar power plant in Nakhchivan',
    'The energy ministry has opened a tender for a 100-megawatt solar power plant in Nakhchivan, the third large solar project in the country after Bilasuvar and Garadagh.',
    ['Renewable energy', 'Solar power'],
    120,
    [
      'Bidders must offer a price per kilowatt-hour for 25 years of electricity. The plant will feed the region’s grid, which now depends on gas-fired stations and imports.',
      'The winner is to be named in the spring; construction is expected to take 18 months.',
    ],
  ),

  // Chess (with the rapid open in Baku).
  brief(
    'en-chess-olympiad-team-named',
    'sport',
    'Azerbaijan names its team for the Chess Olympiad',
    'The chess federation has named the five grandmasters who will play for Azerbaijan at next year’s Chess Olympiad, with the country’s top-rated player on the first board.',
    ['Chess', 'National team'],
    26,
    [
      'The men’s team will train in Gabala in the summer. The women’s team, also named on Monday, includes two players under 20.',
      'Azerbaijan has won the European team chess championship three times and finished in the top ten at the last Olympiad.',
    ],
  ),
  brief(
    'en-junior-chess-champion',
    'sport',
    'Fourteen-year-old from Sumgait wins the national chess championship',
    'A fourteen-year-old from Sumgait has become the youngest winner of Azerbaijan’s national chess championship, finishing half a point ahead of two grandmasters.',
    ['Chess', 'Sumgait'],
    70,
    [
      'She drew with the defending champion in the last round after a four-hour endgame and scored 8.5 points out of 11.',
      'Her coach said she had learned the game at a school chess club and had studied openings online during the pandemic.',
    ],
  ),
  brief(
    'en-chess-in-schools',
    'sport',
    'Chess lessons to be added to primary school timetables',
    'Chess will be taught once a week in the second and third years of primary school from September, after a pilot in 120 schools, the education ministry said.',
    ['Chess', 'Education'],
    140,
    [
      'Teachers will be trained by the chess federation over the summer. The pilot found that pupils who played chess did better in mathematics tests.',
      'Schools will receive boards and clocks; a chess textbook for children has been written for the lessons.',
    ],
  ),
  brief(
    'en-shamkir-chess-returns',
    'sport',
    'Shamkir chess tournament returns with ten grandmasters',
    'The international chess tournament in Shamkir, one of the strongest in the region, will return in April with ten grandmasters including two from the world’s top ten.',
    ['Chess', 'Shamkir'],
    210,
    [
      'The round-robin tournament will be played over nine rounds with classical time control. Two Azerbaijani grandmasters have been invited.',
      'Games will be broadcast with commentary in three languages, the organisers said.',
    ],
  ),
  brief(
    'en-chess-blitz-european',
    'sport',
    'Azerbaijani grandmaster takes bronze at the European blitz chess championship',
    'An Azerbaijani grandmaster has won bronze at the European blitz chess championship in Batumi after 22 games over two days.',
    ['Chess', 'National team'],
    330,
    [
      'He lost only two games and won the last five in a row, including against the tournament’s top seed.',
      'The rapid chess championship follows this weekend in the same city.',
    ],
  ),

  // Judo (with the Warsaw gold).
  brief(
    'en-judo-grand-slam-baku',
    'sport',
    'Baku to host judo Grand Slam in May',
    'The International Judo Federation has chosen Baku to host a Grand Slam tournament in May, with about 400 judokas from 60 countries expected.',
    ['Judo', 'Baku'],
    40,
    [
      'The tournament at the National Gymnastics Arena will award points towards qualification for the next Olympic Games.',
      'Azerbaijan’s national judo team will enter two judokas in each weight category as the host country.',
    ],
  ),
  brief(
    'en-judo-world-championship-squad',
    'sport',
    'Twelve judokas named for the world judo championship',
    'The judo federation has named twelve judokas for the world championship, led by the European Open winner in Warsaw, Elmar Javadzade.',
    ['Judo', 'National team'],
    84,
    [
      'The squad will hold a training camp in Japan for three weeks before the championship, sparring with Japanese university teams.',
      'The head coach said he expected at least two medals and a place in the top five nations.',
    ],
  ),
  brief(
    'en-judo-junior-europe-gold',
    'sport',
    'Two golds for Azerbaijan at the European junior judo championship',
    'Azerbaijani judokas won two gold medals and a bronze at the European junior judo championship in Sarajevo.',
    ['Judo', 'Youth sport'],
    150,
    [
      'Both champions won their finals by ippon. The team finished second in the medal table behind Georgia.',
      'The national judo federation said six of the juniors would join the senior squad’s training camp this winter.',
    ],
  ),
  brief(
    'en-judo-coach-appointed',
    'sport',
    'Former Olympic medallist to coach the national judo team',
    'A former Olympic medallist has been appointed head coach of Azerbaijan’s men’s judo team, the federation announced.',
    ['Judo', 'National team'],
    260,
    [
      'He replaces a coach who led the team for eight years and won eleven world championship medals with it.',
      'The new coach said he would spend more time on judokas’ groundwork, where the team had lost most of its contests this season.',
    ],
  ),
  brief(
    'en-judo-paris-grand-slam-silver',
    'sport',
    'Azerbaijani judoka wins silver at the Paris Grand Slam',
    'An Azerbaijani judoka in the under-81 kg category has won silver at the Paris Grand Slam, losing the final to the reigning world champion.',
    ['Judo', 'National team'],
    400,
    [
      'He beat judokas from France, Brazil and Japan on his way to the final, which was decided by golden score.',
      'The medal moves him into the top eight of the world ranking, which seeds the draw at the Olympic Games.',
    ],
  ),

  // Baku's public transport (with the shade opinion).
  brief(
    'en-baku-metro-new-station',
    'transport',
    'Baku metro opens its 27th station on the purple line',
    'A new station on the purple line of the Baku metro has opened to passengers, linking the Khojasan residential district with the city centre.',
    ['Baku', 'Metro', 'Public transport'],
    22,
    [
      'The metro expects 35,000 passengers a day at the station. Trains on the purple line will run every four minutes at peak times.',
      'Two more stations on the line are under construction and are due to open within three years.',
    ],
  ),
  brief(
    'en-baku-bus-lanes',
    'transport',
    'Dedicated bus lanes to be extended to twelve more streets in Baku',
    'Baku’s transport agency will mark bus lanes on twelve more streets next year, after the first lanes cut journey times on the busiest routes by up to a fifth.',
    ['Baku', 'Buses', 'Public transport'],
    62,
    [
      'Cameras will fine drivers who use the bus lanes. The agency said buses on the lanes kept to the timetable nine times out of ten.',
      'New bus stops with roofs and seats will be built along the lanes.',
    ],
  ),
  brief(
    'en-baku-electric-buses',
    'transport',
    'First 50 electric buses go into service in Baku',
    'Fifty electric buses have started carrying passengers on four routes in Baku, the first of 300 the city plans to buy by 2028.',
    ['Baku', 'Buses', 'Public transport'],
    110,
    [
      'Each bus can run about 250 kilometres on one charge. A charging depot for 80 buses has been built in the Binagadi district.',
      'Passengers pay the same fare as on diesel buses, with the same travel card that works on the metro.',
    ],
  ),
  brief(
    'en-baku-metro-fares-card',
    'transport',
    'One card for metro, buses and suburban trains from March',
    'Passengers in Baku will be able to pay for the metro, city buses and suburban trains with one travel card from March, with free transfers within 60 minutes.',
    ['Baku', 'Metro', 'Public transport'],
    170,
    [
      'Bank cards and phones will also be accepted at metro gates and on buses. The fare for one journey stays unchanged.',
      'The transport agency said a single fare system would make public transport a better choice than driving into the centre.',
    ],
  ),
  brief(
    'en-baku-bike-lanes',
    'transport',
    'Baku plans 40 kilometres of bike lanes linked to metro stations',
    'Baku’s transport agency has published plans for 40 kilometres of protected bike lanes leading to metro stations and bus stops in the city centre.',
    ['Baku', 'Urban planning', 'Public transport'],
    290,
    [
      'Bike racks will be installed at every metro station on the routes. The first lanes, along the seafront boulevard, will be built next year.',
      'Planners said most trips in the centre are shorter than five kilometres, a distance easy to cycle.',
    ],
  ),

  // Farming and food exports (with Tapla and the wine exports).
  brief(
    'en-hazelnut-harvest',
    'economy',
    'Hazelnut harvest up 15% as exports to Europe grow',
    'Farmers in the north-west have harvested 68,000 tonnes of hazelnuts this year, 15% more than last year, and exports to Europe have risen by a quarter.',
    ['Agriculture', 'Exports'],
    48,
    [
      'Most of the harvest comes from orchards in Gakh, Zagatala and Gabala. Italy and Germany are the largest buyers.',
      'Farmers said new drip irrigation and state subsidies for young trees had helped yields.',
    ],
  ),
  brief(
    'en-pomegranate-exports-russia',
    'economy',
    'Pomegranate growers look for new markets as exports to Russia slow',
    'Pomegranate farmers in Goychay are seeking buyers in the Gulf and Central Asia after exports to Russia, their main market, fell by a fifth.',
    ['Agriculture', 'Exports', 'Goychay'],
    100,
    [
      'The agriculture ministry will take growers to a food fair in Dubai in February. Juice makers are buying more of the harvest this year.',
      'The region harvested 130,000 tonnes of pomegranates, about the same as last year.',
    ],
  ),
  brief(
    'en-farm-subsidies-reform',
    'economy',
    'Farm subsidies to be paid per tonne harvested, not per hectare',
    'Farmers will receive state subsidies for the crops they harvest rather than for the land they sow, under a reform of agricultural support approved by the government.',
    ['Agriculture', 'Subsidies'],
    190,
    [
      'The ministry said paying per hectare had rewarded sowing more than harvesting. Wheat, cotton and hazelnut farmers will be paid per tonne sold to registered buyers.',
      'Farmers’ associations welcomed the change but asked for the rates to be published before the sowing season.',
    ],
  ),
  brief(
    'en-tea-plantations-lankaran',
    'economy',
    'Tea plantations in Lankaran to double in five years',
    'Farmers in Lankaran and Astara will plant 2,000 more hectares of tea over five years under a state programme to revive a crop once grown across the south.',
    ['Agriculture', 'Lankaran'],
    380,
    [
      'Growers will receive seedlings free and a subsidy for each tonne of green leaf. Two tea factories in Lankaran are being modernised.',
      'Local tea covers about a fifth of what the country drinks; the rest is imported.',
    ],
  ),

  // Cinema (with the Lankaran short-film festival).
  brief(
    'en-baku-film-festival-program',
    'culture',
    'Baku International Film Festival announces its programme',
    'The Baku International Film Festival will show 62 feature films and 40 short films from 35 countries in October, with a competition for debut directors.',
    ['Cinema', 'Film festivals'],
    34,
    [
      'The festival opens with an Azerbaijani drama about a family of fishermen in Lankaran. Screenings will be held in four cinemas and an open-air cinema on the boulevard.',
      'Tickets go on sale next week; students will get a discount.',
    ],
  ),
  brief(
    'en-azerbaijanfilm-restoration',
    'culture',
    'Azerbaijanfilm studio restores classic films of the 1960s',
    'The Azerbaijanfilm studio has restored twelve feature films of the 1960s, which will be shown in cinemas and put online with subtitles in three languages.',
    ['Cinema', 'Cultural heritage'],
    96,
    [
      'The original film was scanned frame by frame in 4K and the sound cleaned. Several of the films had not been shown in a cinema for forty years.',
      'The restored films will open a retrospective at the Nizami cinema in December.',
    ],
  ),
  brief(
    'en-debut-film-cannes',
    'culture',
    'Azerbaijani debut film selected for a Cannes sidebar',
    'A feature debut by a young Azerbaijani director has been selected for a parallel section of the Cannes film festival, the first Azerbaijani film there in eight years.',
    ['Cinema', 'Film festivals'],
    220,
    [
      'The film follows a teacher who returns to her village in the mountains of Guba. It was shot in winter with a crew of twelve.',
      'The director said the film had been funded by the culture ministry’s programme for first films.',
    ],
  ),
  brief(
    'en-cinema-funding-programme',
    'culture',
    'Culture ministry doubles funding for first feature films',
    'The culture ministry will fund up to ten first feature films a year, twice as many as now, under a new support programme for cinema.',
    ['Cinema', 'Culture ministry'],
    350,
    [
      'Directors may apply for up to 400,000 manat for a feature film and 60,000 for a short film. A jury of film professionals will choose the projects.',
      'Films made with the programme’s money must be shown in cinemas in at least three regions.',
    ],
  ),
  brief(
    'en-shusha-open-air-cinema',
    'culture',
    'Open-air cinema screenings return to Shusha in summer',
    'Free open-air cinema screenings of Azerbaijani films will be held in Shusha every weekend from June to August, the city administration said.',
    ['Cinema', 'Shusha'],
    500,
    [
      'The screen will be set up on the square by the Khan’s palace. The programme includes restored classics and recent short films from the Lankaran festival.',
      'Film directors will meet audiences after some of the screenings.',
    ],
  ),

  // Universities and schools (with the Northbridge rector interview).
  brief(
    'en-university-entrance-results',
    'society',
    'University entrance exam results: medicine and engineering most sought after',
    'More than 92,000 school leavers sat the university entrance exams this year, and medicine and engineering drew the highest scores, the state examination centre said.',
    ['Education', 'Universities'],
    28,
    [
      'The number of places at universities grew by 4% to 48,000. Engineering faculties filled their state-funded places first for the second year running.',
      'Students will learn where they have been admitted at the end of August.',
    ],
  ),
  brief(
    'en-foreign-university-campus-ganja',
    'society',
    'A second foreign university to open a campus, in Ganja',
    'A technical university from Europe will open a campus in Ganja in two years, teaching engineering and computer science in English.',
    ['Education', 'Universities', 'Ganja'],
    80,
    [
      'It is the second foreign university to announce a campus in the country this year, after Northbridge in Baku. Students will receive the same degree as at home.',
      'The first intake will be 300 students; scholarships will cover the fees of the best tenth.',
    ],
  ),
  brief(
    'en-student-loans-scheme',
    'society',
    'State student loans to cover fees at private universities',
    'Students at accredited private universities will be able to take state loans for their tuition fees from next year, the education ministry said.',
    ['Education', 'Universities'],
    160,
    [
      'Until now loans covered only fees at state universities. Graduates repay them over ten years once they earn more than the average wage.',
      'About 15,000 students are expected to take a loan in the first year.',
    ],
  ),
  brief(
    'en-engineering-faculty-lab',
    'society',
    'Technical university opens a robotics laboratory for engineering students',
    'The Azerbaijan Technical University has opened a robotics laboratory where engineering students will build and programme industrial robots.',
    ['Education', 'Universities', 'Robotics'],
    270,
    [
      'The laboratory was equipped with help from two manufacturers who will offer internships to the best students.',
      'The university plans to launch a master’s programme in robotics engineering next year.',
    ],
  ),
  brief(
    'en-teachers-pay-rise',
    'society',
    'University lecturers and teachers to get a 15% pay rise',
    'Salaries of university lecturers and school teachers will rise by 15% from January, the education ministry said, as part of the 2026 budget.',
    ['Education', 'Universities', 'Budget 2026'],
    450,
    [
      'Lecturers with a doctorate will receive an additional allowance. Universities will be allowed to pay more to staff who publish research abroad.',
      'The rise will cost the budget about 280 million manat a year.',
    ],
  ),
]);
