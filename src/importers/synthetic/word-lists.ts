// Word material of the synthetic archive per language: frequent real words, names, and syllables for more words.

import type { EditionCode } from '../../domain/editions.js';

export interface WordMaterial {
  /** Frequent real words in several forms, most frequent first. */
  core: string[];
  /** People and places: tags, speakers, words of the text. */
  names: string[];
  /** Syllables that make made-up roots, so the vocabulary is as large as a real archive's. */
  syllables: string[];
  finals: string[];
  /** Endings of made-up words; per group for Azerbaijani vowel harmony (back, front). */
  endings: string[][];
  speakers: string[];
  questionWords: string[];
}

export const WORDS: Record<EditionCode, WordMaterial> = {
  ru: {
    core: (
      'Азербайджан Азербайджана Азербайджану Азербайджаном Азербайджане Баку Баку президент ' +
      'президента президентом министр министра министры министров сотрудничество сотрудничества ' +
      'сотрудничеству сотрудничестве страна страны странами стран год года году лет заявил ' +
      'заявила отметил отметила сообщает сообщил правительство правительства вопрос вопросы ' +
      'вопросам развитие развития развитию встреча встречи встрече визит визита визитом ' +
      'экономика экономики экономике энергетика энергетики нефть нефти газ газа проект проекта ' +
      'проекты проектов регион региона регионе безопасность безопасности переговоры переговоров ' +
      'договор договора соглашение соглашения подписали подписано международный международного ' +
      'международной государственный государственного граждане граждан работа работы новый ' +
      'новые новых первый первого также кроме однако сегодня вчера агентство агентству ' +
      'эмбарго поставки поставок оборона обороны военных армии транспорт транспорта порт ' +
      'маршрут коридор коридора Каспий Каспийского морской инвестиции инвестиций банк банка'
    ).split(' '),
    names: (
      'Ильхам Алиев|Мехрибан Алиева|Вернон Коакер|Джейхун Байрамов|Анкара|Тбилиси|Москва|' +
      'Лондон|Брюссель|Гянджа|Сумгаит|Шуша|Нахчыван|Карабах|ООН|ОБСЕ|Евросоюз|НАТО|' +
      'Кир Стармер|Реджеп Эрдоган|Ираклий Кобахидзе|SOCAR|BP|ТРАСЕКА|COP29'
    ).split('|'),
    syllables:
      'ка ро ми ст ва ле то на ри до бе зо пу ше гу ли мо де ты ра ко су ве ни жа пр тр'.split(' '),
    finals: 'н р л т в к м д с'.split(' '),
    endings: [
      ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'ский', 'ского', 'скую', 'ская'],
    ],
    speakers: ['Вернон Коакер', 'Джейхун Байрамов', 'Эльчин Амирбеков', 'Хикмет Гаджиев'],
    questionWords: 'Как Почему Когда Какие Каким Что'.split(' '),
  },
  az: {
    core: (
      'Azərbaycan Azərbaycanın Azərbaycana Azərbaycanda Azərbaycandan Bakı Bakıda Bakının ' +
      'prezident prezidenti prezidentin nazir naziri nazirlər nazirliyi əməkdaşlıq əməkdaşlığı ' +
      'əməkdaşlığın ölkə ölkələr ölkənin ölkəmiz il ilin ildə bildirib qeyd edib məlumat ' +
      'hökumət hökumətin məsələ məsələlər inkişaf inkişafı görüş görüşdə səfər səfəri iqtisadiyyat ' +
      'iqtisadiyyatın energetika neft neftin qaz qazın layihə layihəsi layihələr region regionun ' +
      'təhlükəsizlik danışıqlar müqavilə saziş imzalanıb beynəlxalq dövlət dövlətin vətəndaşlar ' +
      'iş işlər yeni ilk həmçinin bu gün dünən agentlik agentliyə embarqo tədarük müdafiə ' +
      'hərbi ordu nəqliyyat liman marşrut dəhliz Xəzər dəniz investisiya bank bankın'
    ).split(' '),
    names: (
      'İlham Əliyev|Mehriban Əliyeva|Ceyhun Bayramov|Ankara|Tbilisi|Moskva|London|Brüssel|' +
      'Gəncə|Sumqayıt|Şuşa|Naxçıvan|Qarabağ|BMT|ATƏT|Avropa İttifaqı|NATO|Rəcəb Tayyib Ərdoğan|' +
      'SOCAR|BP|TRASEKA|COP29|Xankəndi|Ağdam|Füzuli'
    ).split('|'),
    syllables:
      'ba qa lı sə ra mə də ni tu gö şə çi yo xa ka ər əl in üz sa ta ma la na da ya'.split(' '),
    finals: 'n r l t m s q z'.split(' '),
    endings: [
      ['', 'ın', 'a', 'da', 'dan', 'lar', 'ları', 'ların', 'la', 'ı', 'dakı', 'ımız'],
      ['', 'in', 'ə', 'də', 'dən', 'lər', 'ləri', 'lərin', 'lə', 'i', 'dəki', 'imiz'],
    ],
    speakers: ['Ceyhun Bayramov', 'Elçin Əmirbəyov', 'Hikmət Hacıyev', 'Vernon Koaker'],
    questionWords: 'Necə Niyə Nə vaxt Hansı Nə'.split(' '),
  },
  en: {
    core: (
      'Azerbaijan Azerbaijan’s Baku president presidents minister ministers ministry cooperation ' +
      'cooperate country countries year years said says noted government governments issue ' +
      'issues development developments meeting meetings visit visited economy economic energy ' +
      'oil gas project projects region regional security talks agreement agreements signed ' +
      'international state citizens work new first also however today yesterday agency embargo ' +
      'supply supplies defence defense military army transport port route corridor Caspian sea ' +
      'investment investments bank banks trade exports imports growth percent million billion'
    ).split(' '),
    names: (
      'Ilham Aliyev|Mehriban Aliyeva|Vernon Coaker|Jeyhun Bayramov|Ankara|Tbilisi|Moscow|' +
      'London|Brussels|Ganja|Sumgayit|Shusha|Nakhchivan|Karabakh|UN|OSCE|European Union|NATO|' +
      'Keir Starmer|Recep Tayyip Erdogan|SOCAR|BP|TRACECA|COP29'
    ).split('|'),
    syllables:
      'ta mo ri ven dal cor pel sun gar lin bro mer sal vin tor ka le po nu fi ra de'.split(' '),
    finals: 'n r l t m s d k'.split(' '),
    endings: [['', 's', 'ed', 'ing', 'er', 'ers', 'ly', 'ment', 'ments']],
    speakers: ['Vernon Coaker', 'Jeyhun Bayramov', 'Elchin Amirbayov', 'Hikmet Hajiyev'],
    questionWords: 'How Why When Which What'.split(' '),
  },
};
