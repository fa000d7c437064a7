// Demo archive, Azerbaijani edition: interviews, opinion and analysis.

import { a, h2, list, q, quote, storiesOf } from './build.js';
import type { DemoStory } from './demo-story.js';
import { DEMO_RUBRICS } from './rubrics.js';

const R = DEMO_RUBRICS.az;
const VARGA = 'Helena Varqa';
const ALAKBARLI = 'Samir Ələkbərli';

export const STORIES_AZ_2: DemoStory[] = storiesOf('az', [
  {
    key: 'az-varga-middle-corridor-interview',
    group: 'varga-interview',
    type: 'interview',
    rubric: R.transport,
    title:
      'Helena Varqa: Limanlar sürətlənsə, Xəzərdən keçən yük axını 2030-cu ilədək iki dəfə arta bilər',
    lead: 'Orta Dəhliz üzrə Xəzər dənizini keçən yüklərin həcmi onilliyin sonunadək iki dəfə arta bilər, lakin bu, yalnız hər iki sahildəki limanlar və gömrüklər vahid zəncir kimi işlədiyi halda mümkündür. Bunu müsahibəsində Dunay-Xəzər Logistika İnstitutunun direktoru Helena Varqa deyib.',
    tags: ['Orta Dəhliz', 'Nəqliyyat', 'Xəzər dənizi'],
    author: 'Rəşad Quliyev',
    ageHours: 20,
    body: [
      'İnstitutu Çinlə Avropa arasında konteyner axınlarını izləyən Varqa bu həftə regional nəqliyyat konfransında iştirak etmək üçün Bakıya gəlib. O, marşrutdakı darboğazlardan, **elektron sənəd dövriyyəsinin** rolundan və yükgöndərənlərin gələn ildən gözləntilərindən danışıb.',
      q('Orta Dəhlizin bugünkü vəziyyətini necə qiymətləndirərdiniz?'),
      a(
        VARGA,
        'Dəhliz çox sürətlə yetkinləşib. Üç il əvvəl bir çox ekspeditorlar onu ehtiyat marşrut kimi görürdüsə, indi o, onların müntəzəm planlaşdırmasının bir hissəsidir. Xəzər limanlarından keçən həcmlər hər il artır, Bakıya {(Qazaxıstandan və Çindən - red.)} gələn konteyner qatarlarının sayı artıq onlarla deyil, yüzlərlə ölçülür.',
        'Lakin artım zəif halqaları üzə çıxarıb. Konteyner Qazaxıstanı dörd günə keçə, sonra isə bərəni beş gün gözləyə bilər. Aradan qaldırmalı olduğumuz boşluq məhz budur.',
      ),
      q('Darboğaz konkret olaraq haradadır?'),
      a(
        VARGA,
        'Əsasən dənizdə və sərhəddə. Bərə və fider gəmiləri çatışmır, su səviyyəsi aşağı olanda isə gəmiləri tam yükləmək mümkün olmur {(Xəzərin səviyyəsi bir neçə ildir ki, azalır - red.)}. Bir də sənədlər məsələsi var: yük hələ də bir neçə ayrı gömrük sistemindən keçir.',
        'Həll yolu bir böyük layihə deyil, çoxlu kiçik addımlardır: bərələr üçün ümumi cədvəl, _vahid elektron qaimə_ və yaxınlaşan qatarlar üçün boş saxlanılan körpülər.',
      ),
      q('2030-cu ilədək həcmlərin iki dəfə artması realdırmı?'),
      a(
        VARGA,
        'Bəli, əgər gəmilərə qoyulan investisiyalar dəmir yoluna qoyulanlardan geri qalmasa. Ələtdəki {(Bakı yaxınlığında - red.)} limanın genişləndirilməsi uzaqgörən planlaşdırmanın yaxşı nümunəsidir. Yükgöndərənləri proqnozlaşdırıla bilənlik narahat edir: onlar gah on, gah da iyirmi beş gün çəkən marşrut əvəzinə həmişə on dörd gün çəkən marşrut üçün bir az artıq ödəməyə hazırdırlar.',
      ),
      q('Şirkətlərin bu marşrutda qalıb-qalmayacağını nə müəyyən edəcək?'),
      a(
        VARGA,
        'Etimad. Bir dəfə bir həftə itirən yükgöndərən yenidən cəhd edəcək, üç dəfə itirən isə yox. Ona görə də dəhliz boyu ölkələrin hökumətlərinə deyirəm: dərc olunmuş və dürüst tranzit müddəti istənilən endirimdən daha dəyərlidir.',
      ),
    ],
  },
  {
    key: 'az-caspian-shallowing-analysis',
    group: 'caspian-analysis',
    type: 'analysis',
    rubric: R.transport,
    title:
      'Dayaz su: Xəzərin səviyyəsinin azalması limanlar, bərələr və balıqçılar üçün nə deməkdir',
    lead: 'Xəzər dənizinin səviyyəsi 2000-ci illərin ortalarından bəri təxminən bir yarım metr aşağı düşüb. Limanlar kanalları dərinləşdirir, bərələr natamam yüklə üzür, sahil şəhərləri isə sahilin geri çəkilməsini izləyir.',
    tags: ['Xəzər dənizi', 'İqlim', 'Nəqliyyat'],
    author: 'Nigar Həsənli',
    ageHours: 96.5,
    body: [
      'Okeana çıxışı olmayan dəniz üçün səviyyə sadə balansdan asılıdır: çayların, ilk növbədə Volqanın gətirdiyi su ilə səthdən buxarlanan su arasındakı fərqdən. Daha isti yay ayları və çay axınının azalması bu balansı pozub. Alimlər azalmanın davam edəcəyini gözləyirlər, lakin onun sürəti ilə bağlı qiymətləndirmələr xeyli fərqlənir.',
      h2('Limanlar: dibdərinləşdirmə adi işə çevrilir'),
      'Dayazlaşmış yanaşma kanalları gəmiçilik üçün ən aktual problemdir. Əvvəllər 50 dəmir yolu vaqonu götürən bərə indi dənizin ən dayaz olduğu şimal limanlarında cəmi 40 vaqon götürə bilir. Hər iki sahildəki liman operatorları dibdərinləşdirməni illik büdcələrinə daxil ediblər, yeni körpülər isə daha aşağı su səviyyəsi nəzərə alınmaqla layihələndirilir.',
      quote(
        'On santimetr su, onu gəminin artıq götürə bilmədiyi yükün tonlarına çevirənə qədər heç nə kimi görünür.',
        'Rauf Əsgərov, Xəzər Dəniz Tədqiqatları Mərkəzinin hidroqrafı',
      ),
      h2('Balıqçılıq və sahil'),
      'Dayaz şimal şelfi həm də nərəkimilər və kilkə üçün əsas qidalanma yeridir. Tədqiqatçılar xəbərdarlıq edirlər ki, daha isti və dayaz suda oksigen azdır, çay mənsəblərindəki kürüləmə yerləri isə kiçilir. Abşeron sahilində dəyişikliyi ölçməkdənsə görmək daha asandır: çimərliklər genişlənib, bəzi estakadalar isə artıq suya çatmır.',
      'Bu məqalə üçün fikri öyrənilən mütəxəssislərin sözlərinə görə, nə etmək olar:',
      list([
        'bütün beş Xəzəryanı dövlətin açıq məlumatlara əsaslanan birgə monitorinq şəbəkəsi;',
        'səviyyənin daha bir-iki metr aşağı düşəcəyini nəzərə alan liman layihələri;',
        'Volqa və Kür hövzələrində sudan istifadəyə dair razılaşmalar;',
        'akvakulturaya keçən balıqçı icmalarına dəstək.',
      ]),
      'Proqnozlar və müşahidə məlumatları hər rüb yenilənən [regional dəniz səviyyəsi bülletenində](https://example.org/caspian/sea-level-bulletin) toplanır.',
    ],
  },
  {
    key: 'az-alakbarli-theatre-interview',
    group: 'theatre-interview',
    type: 'interview',
    rubric: R.culture,
    title: 'Samir Ələkbərli: Teatr tamaşaçını paytaxtda gözləməməlidir',
    lead: 'Gəncə Gənclər Teatrının bədii rəhbəri Samir Ələkbərli yeni tamaşadan, regionlara qastrol səfərlərindən və gənc aktyorların səhnəyə necə gəldiyindən danışıb.',
    tags: ['Teatr', 'Gəncə'],
    author: 'Aytən Məmmədova',
    ageHours: 140,
    body: [
      'Teatr mövsümü "İpək yolu tacirləri" tamaşasının premyerası ilə açır. Tamaşa XVII əsrdə Gəncədən keçən karvandan bəhs edir və qışda Şəki, Lənkəran və Qəbələdə göstəriləcək. Qastrol cədvəli [teatrın saytında](https://example.org/ganja-youth-theatre/tour) dərc olunub.',
      q('Niyə məhz karvan hekayəsi?'),
      a(
        ALAKBARLI,
        'Çünki bu şəhər həmişə yol üstündə olub. Biz arxivdə {(Gəncə Şəhər Tarixi Muzeyinin fondlarında - red.)} tacirlərin yazdığı məktubları tapdıq: qiymətlərdən, xəstəliklərdən, evdə qalan uşaqlardan yazırdılar. Tamaşa bu məktublardan doğub.',
        'Bizim üçün vacibdir ki, tamaşaçı bunu tarix dərsliyi kimi deyil, **öz qonşusunun hekayəsi** kimi eşitsin.',
      ),
      q('Teatr niyə regionlara qastrola çıxır?'),
      a(
        ALAKBARLI,
        'Teatr tamaşaçını paytaxtda gözləməməlidir. Şəkidə və ya Lənkəranda yaşayan gənc hər dəfə Bakıya getməyəcək. Keçən il biz səkkiz rayonda çıxış etdik və zallarda {(orta hesabla 300 yerlik - red.)} demək olar ki, boş yer qalmadı.',
      ),
      q('Gənc aktyorlar teatra necə gəlir?'),
      a(
        ALAKBARLI,
        'Əksəriyyəti studiyamızdan. Hər il açıq dinləmə keçiririk, yaş həddi yoxdur. Truppaya son qəbul etdiklərimizdən biri əvvəllər mühəndis işləyirdi, indi isə baş rollardan birini oynayır.',
      ),
      q('Növbəti mövsümdən nə gözləmək olar?'),
      a(
        ALAKBARLI,
        'Uşaqlar üçün iki yeni tamaşa və Nizaminin {(Nizami Gəncəvi - red.)} qəzəlləri əsasında musiqili axşam hazırlayırıq. Bir də arzumuz var: yayda açıq havada, qala divarlarının yanında oynamaq.',
      ),
    ],
  },
  {
    key: 'az-baku-shade-opinion',
    group: 'shade-opinion',
    type: 'opinion',
    rubric: R.society,
    title: 'Bakıya yeni dayanacaqlardan əvvəl kölgə lazımdır',
    lead: 'Hər yay şəhər daha da isti olur və hər yay biz buna kondisionerlərlə və daha geniş yollarla cavab veririk. Ağaclar, çardaqlar və su daha az xərclə daha çox fayda verərdi.',
    tags: ['Bakı', 'İqlim', 'Şəhərsalma'],
    author: 'Fərid Nəsirov',
    ageHours: 200,
    body: [
      'İyulda günorta saat ikidə Bakının mərkəzində metro stansiyasından istənilən ofisə piyada gedin, problemi heç bir statistika olmadan anlayacaqsınız. Səki isti saçır, avtobus dayanacaqlarının damı yoxdur, yeganə kölgə isə park edilmiş maşınlarındır.',
      'Bununla belə, statistika da aydındır. Açıq asfalt dayanacağın səthi bir neçə metr aralıdakı yaşlı ağacın altındakı torpaqdan **20 dərəcə isti** ola bilər. İstilik təkcə rahatlıq məsələsi deyil: həkimlər onun nəticələrini təcili yardım şöbələrində, xüsusilə yaşlılar və açıq havada çalışanlar arasında görürlər.',
      h2('İşləyən ucuz həllər'),
      'Digər isti şəhərlər göstərib ki, cavab bir möhtəşəm layihə deyil, yüzlərlə kiçik qərardır:',
      list([
        'hər yeni və ya yenidən qurulan küçə boyunca ağac əkmək və ilk üç il onları suvarmaq;',
        'hər avtobus dayanacağında və məktəb darvazası önündə kölgəliyi məcburi etmək;',
        'açıq dayanacaqların bir hissəsini fəvvarəli və içməli su kranları olan meydançalara çevirmək;',
        'damlar və səkilər üçün açıq rəngli materiallardan istifadə etmək.',
      ]),
      'Bunların heç biri bir yol qovşağı ilə müqayisədə baha deyil. Lazım olan yeganə şey qaydadır: kölgə də səki və işıqlandırma kimi küçənin bir hissəsidir.',
      quote(
        'Avqustda marşrutunu kölgələrə görə planlaşdırmadan şəhəri piyada keçə bilirsənsə, o şəhər rahatdır.',
        'Nərgiz Hüseynli, şəhərsalma mütəxəssisi',
      ),
      '_Müəllif memardır və şəhərlər haqqında yazır. İfadə olunan fikirlər müəllifin şəxsi mövqeyidir._',
    ],
  },
]);
